"""Where a request stands on its SOP revision: the flow walked from step 1 through the
answers of its decisions, the checklist shown on the request, and "Pekerjaan saya" (the
steps waiting for an officer). Reading only; doing the steps is in work.py.

Rules (the ones a user sees):
- A request follows the SOP revision pinned on it at registration, to the end.
- The flow runs from step 1: a process step leads to the next position, a decision to
  its "ya" or "tidak" target, an end step finishes the work. Steps a forward "tidak"
  jump passes over are not needed for this request.
- A decision's answer is kept in the step's note as "Jawaban: Ya" / "Jawaban: Tidak".
- Time taken: a step's clock starts when the request's previous step was done (or at
  registration for the first one) and stops when it is done. It is counted in working
  minutes: only the time within office hours 08:00–16:00 (office time zone) on working
  days counts, so one "hari" of an SOP (8 hours) equals one working day. A step over
  its standard (time value × unit) is marked `over_standard`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.core.accounts import User
from desk_app.models.core.base import utcnow
from desk_app.models.core.dates import office_zone
from desk_app.models.core.errors import ValidationError
from desk_app.models.core.worktime import working_minutes
from desk_app.models.requests.flow import get_request
from desk_app.models.requests.tables import OPEN_STATUSES, RequestStep, ServiceRequest
from desk_app.models.sop.tables import STEP_DECISION, STEP_END, SopStep

ANSWER_YES = "ya"
ANSWER_NO = "tidak"
ANSWER_LABELS = {ANSWER_YES: "Ya", ANSWER_NO: "Tidak"}
_ANSWER_RE = re.compile(r"^Jawaban: (Ya|Tidak)\b")
DEVIATION_LABELS = {"out_of_order": "Tidak berurutan", "skipped": "Dilewati"}

# Timeline kinds (RequestEvent.kind): hand-overs, decisions sent back, and steps done
# out of order or skipped (plain step completions live on the checklist only, with
# their audit events). The request timeline labels an unknown kind as
# its words capitalised, so these read "Langkah tidak berurutan", "Serah terima", ... as they
# are. "handover" is taken by the counter flow for handing the product to the applicant.
EVENT_STEP_OUT_OF_ORDER = "langkah_tidak_berurutan"
EVENT_STEP_SKIPPED = "langkah_dilewati"
EVENT_DECISION_RETURNED = "keputusan_kembali"
EVENT_HANDOVER = "serah_terima"


# --- the flow --------------------------------------------------------------------

def decision_answer(record: RequestStep | None) -> str | None:
    if record is None or record.skipped:
        return None
    match = _ANSWER_RE.match(record.note or "")
    if not match:
        return None
    return ANSWER_YES if match.group(1) == "Ya" else ANSWER_NO


@dataclass
class Flow:
    """Where a request stands on its revision's steps."""

    steps: list[SopStep]
    done: dict[str, RequestStep]  # sop_step id -> record
    path: list[int] = field(default_factory=list)  # positions walked, in order
    next_position: int | None = None  # None when finished
    finished: bool = False

    def step_at(self, position: int) -> SopStep | None:
        if 1 <= position <= len(self.steps):
            return self.steps[position - 1]
        return None

    @property
    def next_step(self) -> SopStep | None:
        return self.step_at(self.next_position) if self.next_position else None


def _successor(step: SopStep, record: RequestStep | None) -> int | None:
    if step.kind == STEP_END:
        return None
    if step.kind == STEP_DECISION:
        answer = decision_answer(record)
        target = step.no_target if answer == ANSWER_NO else step.yes_target
        if target and target > step.position:
            return target
    return step.position + 1


def walk(steps: list[SopStep], done: dict[str, RequestStep]) -> Flow:
    flow = Flow(steps=steps, done=done)
    position: int | None = 1 if steps else None
    seen: set[int] = set()
    while position is not None and position not in seen:
        step = flow.step_at(position)
        if step is None:
            break
        seen.add(position)
        flow.path.append(position)
        record = done.get(step.id)
        if record is None:
            flow.next_position = position
            return flow
        position = _successor(step, record)
    flow.finished = True
    return flow


def flow_for(request: ServiceRequest) -> Flow:
    if request.sop_revision_id is None:
        raise ValidationError("Permohonan ini tidak memiliki SOP.", "sop")
    steps = catalogue.revision_steps(request.sop_revision)
    done = {r.sop_step_id: r for r in RequestStep.select().where(RequestStep.request == request)}
    return walk(steps, done)


def next_steps(request: ServiceRequest) -> list[SopStep]:
    """The step(s) waiting to be done next on this request (empty when finished)."""
    if request.sop_revision_id is None:
        return []
    step = flow_for(request).next_step
    return [step] if step else []


def step_started_at(request: ServiceRequest, records, before: dt.datetime) -> dt.datetime:
    """When the clock of a step done at `before` started: the last step done before it,
    or the registration time."""
    times = [r.done_at for r in records if r.done_at <= before]
    return max(times) if times else request.registered_at


@dataclass
class ChecklistRow:
    step: SopStep
    record: RequestStep | None
    is_next: bool
    on_path: bool  # False: passed over by a decision, not needed for this request
    overdue: bool  # done over its standard, or the next step already past it
    elapsed_minutes: float | None  # done: time taken; next: time so far

    @property
    def state(self) -> str:
        if self.record is not None:
            return "skipped" if self.record.skipped else "done"
        if self.is_next:
            return "next"
        return "pending" if self.on_path else "not_needed"


def checklist(request_id: str, now: dt.datetime | None = None) -> list[ChecklistRow]:
    request = get_request(request_id)
    if request.sop_revision_id is None:
        return []
    flow = flow_for(request)
    now = now or utcnow()
    tz = office_zone(request.office)
    on_path = set(flow.path)
    last_on_path = max(flow.path) if flow.path else 0
    rows = []
    for step in flow.steps:
        record = flow.done.get(step.id)
        is_next = step.position == flow.next_position
        elapsed = None
        overdue = False
        if record is not None:
            elapsed = record.minutes_taken
            overdue = bool(record.over_standard)
        elif is_next and request.status in OPEN_STATUSES:
            started = step_started_at(request, flow.done.values(), now)
            elapsed = working_minutes(started, now, tz)
            overdue = step.standard_minutes > 0 and elapsed > step.standard_minutes
        needed = step.position in on_path or (not flow.finished and step.position > last_on_path)
        rows.append(ChecklistRow(step, record, is_next, needed, overdue, elapsed))
    return rows


# --- my work ---------------------------------------------------------------------

@dataclass
class WorkItem:
    request: ServiceRequest
    step: SopStep
    assigned_to_me: bool
    started_at: dt.datetime
    elapsed_minutes: float
    overdue: bool


def my_work(user: User, now: dt.datetime | None = None) -> list[WorkItem]:
    """Open steps waiting for `user`: requests assigned to them, and steps of their role
    on requests nobody of that role holds. Ordered by the request's due date."""
    now = now or utcnow()
    tz = office_zone(user.office)
    requests = list(ServiceRequest.select().where(
        (ServiceRequest.office == user.office) & ServiceRequest.status.in_(OPEN_STATUSES)
        & ServiceRequest.voided_at.is_null() & ServiceRequest.sop_revision.is_null(False))
        .order_by(ServiceRequest.due_date, ServiceRequest.registered_at))
    if not requests:
        return []
    done: dict[str, dict[str, RequestStep]] = {}
    ids = [r.id for r in requests]
    for start in range(0, len(ids), 500):  # keep the IN list small on every backend
        for record in RequestStep.select().where(RequestStep.request.in_(ids[start:start + 500])):
            done.setdefault(record.request_id, {})[record.sop_step_id] = record
    holders = {u.id: u for u in User.select().where(
        User.id.in_({r.assigned_to_id for r in requests if r.assigned_to_id}))}
    steps_of: dict[str, list[SopStep]] = {}
    items = []
    for request in requests:
        rev = request.sop_revision_id
        if rev not in steps_of:
            steps_of[rev] = list(SopStep.select().where(SopStep.revision == rev)
                                 .order_by(SopStep.position))
        records = done.get(request.id, {})
        step = walk(steps_of[rev], records).next_step
        if step is None:
            continue
        mine = request.assigned_to_id == user.id
        holder = holders.get(request.assigned_to_id)
        for_role = user.role in (step.roles or []) and (holder is None or holder.role not in step.roles)
        if not (mine or for_role):
            continue
        started = step_started_at(request, records.values(), now)
        elapsed = working_minutes(started, now, tz)
        items.append(WorkItem(request, step, mine, started, elapsed,
                              step.standard_minutes > 0 and elapsed > step.standard_minutes))
    return items
