"""Working a request through its SOP revision: the checklist, marking steps done,
skipping or doing a step out of order (a deviation, always with a reason), decisions
(ya/tidak), hand-over between officers, and "Pekerjaan saya".

Rules (the ones a user sees):
- A request follows the SOP revision pinned on it at registration, to the end.
- The flow runs from step 1: a process step leads to the next position, a decision to
  its "ya" or "tidak" target, an end step finishes the work. Steps a forward "tidak"
  jump passes over are not needed for this request.
- A decision answered towards an earlier step (e.g. "berkas tidak lengkap, kembali ke
  pemohon") does not complete the decision: the answer is recorded in the timeline and
  the step stays waiting until it is answered again.
- Only a user whose role is in the step's roles, or a head of section, may do a step.
- Doing a step that is not the next one requires a reason (deviation "out_of_order");
  skipping requires a reason (deviation "skipped").
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
from desk_app.models.core import audit
from desk_app.models.core.accounts import User
from desk_app.models.core.base import snapshot, utcnow
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import NotFound, PermissionDenied, ValidationError
from desk_app.models.core.office import Office
from desk_app.models.core.permissions import DENIED_MESSAGE, ROLE_HEAD, ROLE_LABELS, can, require
from desk_app.models.core.text import check_text
from desk_app.models.core.worktime import (  # noqa: F401 (re-exported)
    WORK_END,
    WORK_START,
    add_working_minutes,
    format_minutes,
    format_standard,
    working_minutes,
)
from desk_app.models.requests.tables import (
    OPEN_STATUSES,
    STATUS_DONE,
    STATUS_IN_PROGRESS,
    STATUS_REGISTERED,
    RequestEvent,
    RequestStep,
    ServiceRequest,
)
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


def _flow_for(request: ServiceRequest) -> Flow:
    if request.sop_revision_id is None:
        raise ValidationError("Permohonan ini tidak memiliki SOP.", "sop")
    steps = catalogue.revision_steps(request.sop_revision)
    done = {r.sop_step_id: r for r in RequestStep.select().where(RequestStep.request == request)}
    return walk(steps, done)


def next_steps(request: ServiceRequest) -> list[SopStep]:
    """The step(s) waiting to be done next on this request (empty when finished)."""
    if request.sop_revision_id is None:
        return []
    step = _flow_for(request).next_step
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


def get_request(request_id: str) -> ServiceRequest:
    request = ServiceRequest.get_or_none(ServiceRequest.id == request_id)
    if request is None:
        raise NotFound("Permohonan tidak ditemukan.")
    return request


def office_tz(office_code: str) -> str | None:
    office = Office.get_or_none(Office.code == office_code)
    return office.time_zone if office else None


def checklist(request_id: str, now: dt.datetime | None = None) -> list[ChecklistRow]:
    request = get_request(request_id)
    if request.sop_revision_id is None:
        return []
    flow = _flow_for(request)
    now = now or utcnow()
    tz = office_tz(request.office)
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


# --- permissions -----------------------------------------------------------------

def may_do_step(user: User | None, step: SopStep) -> bool:
    if user is None:
        return True
    if not can(user, "requests.advance"):
        return False
    return user.role == ROLE_HEAD or user.role in (step.roles or [])


def _require_step_role(actor, step: SopStep) -> None:
    if actor is None:
        raise ValidationError("Langkah SOP harus dikerjakan oleh petugas yang masuk.", "actor")
    require(actor, "requests.advance", "mengerjakan langkah SOP")
    if not may_do_step(actor, step):
        roles = ", ".join(ROLE_LABELS.get(r, r) for r in step.roles or []) or "-"
        raise PermissionDenied(DENIED_MESSAGE.format(
            what=f"langkah {step.position} hanya dikerjakan oleh {roles} atau Kepala Seksi"))


def _open_request_for_update(request_id: str, actor=None) -> ServiceRequest:
    request = get_request(request_id)
    if request.is_void or request.status not in OPEN_STATUSES:
        raise ValidationError("Permohonan ini sudah tidak dalam proses.", "status")
    if actor is not None and actor.office != request.office:
        raise PermissionDenied(DENIED_MESSAGE.format(what="permohonan ini milik kantor lain"))
    return request


def _step_of(request: ServiceRequest, sop_step_id: str) -> SopStep:
    step = SopStep.get_or_none(SopStep.id == sop_step_id)
    if step is None or step.revision_id != request.sop_revision_id:
        raise ValidationError("Langkah ini bukan bagian SOP permohonan tersebut.", "step")
    return step


# --- writes ----------------------------------------------------------------------

def complete_step(actor, request_id: str, sop_step_id: str, note: str = "",
                  deviation_reason: str = "", at: dt.datetime | None = None,
                  answer: str | None = None) -> RequestStep | None:
    """Mark one step done. A decision needs `answer` ("ya"/"tidak"); a step that is not
    the next one needs `deviation_reason`. Returns None when a decision's answer sent the
    work back to an earlier step (recorded in the timeline; the step stays waiting)."""
    note = check_text((note or "").strip(), "Catatan", "note", 2000, long_text=True)
    reason = check_text((deviation_reason or "").strip(), "Alasan", "deviation_reason", 2000, True)
    at = at or utcnow()
    with write_transaction():
        request = _open_request_for_update(request_id, actor)
        step = _step_of(request, sop_step_id)
        _require_step_role(actor, step)
        flow = _flow_for(request)
        if step.id in flow.done:
            raise ValidationError(f"Langkah {step.position} sudah dikerjakan.", "step")
        is_next = step.position == flow.next_position
        if not is_next and not reason:
            raise ValidationError(
                f"Langkah {step.position} belum gilirannya. Tuliskan alasan bila memang "
                "harus dikerjakan lebih dulu.", "deviation_reason")
        if step.kind == STEP_DECISION:
            if answer not in ANSWER_LABELS:
                raise ValidationError("Pilih jawaban keputusan: Ya atau Tidak.", "answer")
            target = step.yes_target if answer == ANSWER_YES else step.no_target
            if target and target <= step.position:
                _record_return(actor, request, step, answer, target, note, at)
                return None
            note = f"Jawaban: {ANSWER_LABELS[answer]}" + (f" — {note}" if note else "")
        record = _save_step(actor, request, step, flow, at, note=note,
                            deviation=None if is_next else "out_of_order", reason=reason)
        _after_step(actor, request, at)
    return record


def skip_step(actor, request_id: str, sop_step_id: str, reason: str,
              at: dt.datetime | None = None) -> RequestStep:
    """Pass over a step without doing it; the reason is recorded as a deviation."""
    reason = check_text((reason or "").strip(), "Alasan", "reason", 2000, long_text=True)
    at = at or utcnow()
    if not reason:
        raise ValidationError("Alasan melewati langkah wajib diisi.", "reason")
    with write_transaction():
        request = _open_request_for_update(request_id, actor)
        step = _step_of(request, sop_step_id)
        _require_step_role(actor, step)
        flow = _flow_for(request)
        if step.id in flow.done:
            raise ValidationError(f"Langkah {step.position} sudah dikerjakan.", "step")
        record = _save_step(actor, request, step, flow, at, skipped=True, deviation="skipped",
                            reason=reason)
        _after_step(actor, request, at)
    return record


def _save_step(actor, request, step, flow: Flow, at, note="", skipped=False, deviation=None,
               reason="", tz: str | None = None) -> RequestStep:
    started = step_started_at(request, flow.done.values(), at)
    minutes = None if skipped else working_minutes(started, at, tz or office_tz(request.office))
    over = bool(minutes is not None and step.standard_minutes > 0 and minutes > step.standard_minutes)
    record = RequestStep.create(
        office=request.office, request=request, sop_step=step, done_by=actor, done_at=at,
        started_at=started, minutes_taken=minutes, over_standard=over, skipped=skipped,
        deviation=deviation, deviation_reason=reason, note=note, created_at=at, updated_at=at)
    if deviation:  # the timeline carries deviations; every step is on the checklist
        kind = EVENT_STEP_SKIPPED if skipped else EVENT_STEP_OUT_OF_ORDER
        text = f"Langkah {step.position} ({DEVIATION_LABELS[deviation].lower()}): {reason}"
        RequestEvent.create(office=request.office, request=request, at=at, actor=actor, kind=kind,
                            sop_step=step, note=text, created_at=at, updated_at=at)
    audit.record_change(actor, "skip_step" if skipped else "complete_step", record, None,
                        snapshot(record))
    flow.done[step.id] = record
    return record


def _record_return(actor, request, step, answer, target, note, at) -> None:
    text = (f"Langkah {step.position}: {ANSWER_LABELS[answer]} — kembali ke langkah {target}"
            + (f". {note}" if note else ""))
    event = RequestEvent.create(office=request.office, request=request, at=at, actor=actor,
                                kind=EVENT_DECISION_RETURNED, sop_step=step, note=text,
                                created_at=at, updated_at=at)
    audit.record_change(actor, "decision", event, None, snapshot(event))


def _after_step(actor, request: ServiceRequest, at: dt.datetime) -> None:
    """Move the request's status along: first step done -> diproses, flow finished ->
    selesai (through the counter's status flow, so its rules and timeline apply)."""
    from desk_app.models.requests import flow as request_flow

    flow = _flow_for(request)
    request = get_request(request.id)
    if request.status == STATUS_REGISTERED:
        request_flow.change_status(actor, request.id, STATUS_IN_PROGRESS, at=at)
    if flow.finished:
        request_flow.change_status(actor, request.id, STATUS_DONE, at=at)


def _assignable_user(user_id: str, office: str) -> User:
    user = User.get_or_none(User.id == user_id)
    if user is None or not user.active:
        raise ValidationError("Rekan penerima tidak ditemukan atau tidak aktif.", "to_user")
    if not can(user, "requests.advance"):
        raise ValidationError(f"{user.full_name} tidak mengerjakan permohonan.", "to_user")
    if user.office != office:
        raise ValidationError("Rekan penerima berada di kantor lain.", "to_user")
    return user


def hand_over(actor, request_id: str, to_user_id: str, note: str,
              at: dt.datetime | None = None) -> RequestEvent:
    """Hand a request to a colleague, with a note; the timeline shows who gave, who
    accepted and at which step."""
    require(actor, "requests.advance", "menyerahkan pekerjaan")
    if actor is None:
        raise ValidationError("Serah terima harus dilakukan oleh petugas yang masuk.", "actor")
    note = check_text((note or "").strip(), "Catatan", "note", 2000, long_text=True)
    at = at or utcnow()
    if not note:
        raise ValidationError("Catatan serah terima wajib diisi.", "note")
    with write_transaction():
        request = _open_request_for_update(request_id, actor)
        giver = request.assigned_to or actor
        if (actor is not None and request.assigned_to_id not in (None, actor.id)
                and actor.role != ROLE_HEAD):
            raise PermissionDenied(DENIED_MESSAGE.format(
                what=f"permohonan ini sedang dipegang {request.assigned_to.full_name}"))
        receiver = _assignable_user(to_user_id, request.office)
        if request.assigned_to_id == receiver.id:
            raise ValidationError(f"Permohonan ini sudah dipegang {receiver.full_name}.", "to_user")
        event = _handover(actor, request, giver, receiver, note, at)
    return event


def _handover(actor, request, giver, receiver, note, at) -> RequestEvent:
    before = snapshot(request)
    current = next_steps(request)
    step = current[0] if current else None
    where = f" pada langkah {step.position}" if step else ""
    text = f"Dari {giver.full_name} kepada {receiver.full_name}{where}. {note}"
    event = RequestEvent.create(
        office=request.office, request=request, at=at, actor=actor or giver, kind=EVENT_HANDOVER,
        from_user=giver, to_user=receiver, sop_step=step, note=text,
        created_at=at, updated_at=at)
    request.assigned_to = receiver
    request.save()
    audit.record_change(actor, "handover", request, before, snapshot(request))
    return event


def reassign_all(actor_head, from_user_id: str, to_user_id: str, note: str,
                 at: dt.datetime | None = None) -> int:
    """A head of section moves all open requests of an absent officer to a colleague in
    one transaction: one hand-over event per request. Returns how many were moved."""
    require(actor_head, "requests.reassign_all", "mengalihkan semua pekerjaan")
    if actor_head is None:
        raise ValidationError("Pengalihan harus dilakukan oleh kepala seksi yang masuk.", "actor")
    note = check_text((note or "").strip(), "Catatan", "note", 2000, long_text=True)
    at = at or utcnow()
    if not note:
        raise ValidationError("Catatan pengalihan wajib diisi.", "note")
    if from_user_id == to_user_id:
        raise ValidationError("Petugas asal dan penerima tidak boleh sama.", "to_user")
    with write_transaction():
        giver = User.get_or_none(User.id == from_user_id)
        if giver is None:
            raise ValidationError("Petugas asal tidak ditemukan.", "from_user")
        receiver = _assignable_user(to_user_id, giver.office)
        requests = list(ServiceRequest.select().where(
            (ServiceRequest.assigned_to == giver) & ServiceRequest.status.in_(OPEN_STATUSES)
            & ServiceRequest.voided_at.is_null()).order_by(ServiceRequest.registered_at))
        for request in requests:
            _handover(actor_head, request, giver, receiver, note, at)
        audit.record(actor_head, "reassign_all", "User", giver.id, giver.office,
                     {"from": giver.username, "to": receiver.username, "count": len(requests),
                      "requests": [r.number for r in requests], "note": note})
    return len(requests)


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
    tz = office_tz(user.office)
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


# --- trace -----------------------------------------------------------------------

def request_trace(request_id: str):
    """Everything about a request's work, for printing (see models/sop_trace.py)."""
    from desk_app.models.sop.trace import build_trace

    return build_trace(request_id)
