"""A request's trace for printing: every SOP step (who, when, time against the
standard, deviations with reasons) and every hand-over and timeline event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.models.core.accounts import User
from desk_app.models.core.office import Office
from desk_app.models.core.worktime import format_standard
from desk_app.models.requests.tables import RequestEvent, ServiceRequest
from desk_app.models.sop.flow import (
    DEVIATION_LABELS,
    EVENT_HANDOVER,
    checklist,
    get_request,
)
from desk_app.models.sop.tables import SopRevision


@dataclass
class TraceStep:
    position: int
    activity: str
    actors: list[str]
    standard: str
    state: str  # selesai / dilewati / menunggu / tidak diperlukan
    done_by: str = ""
    done_at: dt.datetime | None = None
    minutes: float | None = None
    over_standard: bool = False
    deviation: str = ""
    reason: str = ""
    note: str = ""


@dataclass
class TraceEvent:
    at: dt.datetime
    kind: str
    actor: str
    from_user: str
    to_user: str
    step: str
    note: str


@dataclass
class RequestTrace:
    request: ServiceRequest
    office: Office
    service_name: str
    sop_number: str
    sop_title: str
    revision: int
    steps: list[TraceStep]
    handovers: list[TraceEvent]
    events: list[TraceEvent]


def build_trace(request_id: str) -> RequestTrace:
    """Everything about a request's work, for printing: steps, who, when, time against
    the standard, deviations and hand-overs."""
    request = get_request(request_id)
    rows = checklist(request_id)
    users = {u.id: u.full_name for u in User.select(User.id, User.full_name)}
    steps = []
    for row in rows:
        record = row.record
        state = {"done": "selesai", "skipped": "dilewati", "next": "menunggu"}.get(row.state)
        if state is None:
            state = "menunggu" if row.on_path else "tidak diperlukan"
        item = TraceStep(row.step.position, row.step.activity, list(row.step.actors or []),
                         format_standard(row.step), state)
        if record is not None:
            item.done_by = users.get(record.done_by_id, "")
            item.done_at = record.done_at
            item.minutes = record.minutes_taken
            item.over_standard = bool(record.over_standard)
            item.deviation = DEVIATION_LABELS.get(record.deviation or "", "")
            item.reason = record.deviation_reason or ""
            item.note = record.note or ""
        steps.append(item)
    positions = {s.id: s.position for s in (r.step for r in rows)}
    events = []
    for ev in RequestEvent.select().where(RequestEvent.request == request).order_by(RequestEvent.at):
        events.append(TraceEvent(ev.at, ev.kind, users.get(ev.actor_id, ""),
                                 users.get(ev.from_user_id, ""), users.get(ev.to_user_id, ""),
                                 str(positions.get(ev.sop_step_id, "")), ev.note or ""))
    revision: SopRevision | None = request.sop_revision
    return RequestTrace(
        request=request, office=Office.get_by_id(request.office),
        service_name=request.service.name,
        sop_number=revision.number if revision else "", sop_title=revision.title if revision else "",
        revision=revision.revision if revision else 0, steps=steps,
        handovers=[e for e in events if e.kind == EVENT_HANDOVER], events=events)
