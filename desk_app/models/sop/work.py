"""Doing a request's SOP work: marking steps done, skipping or doing a step out of order
(a deviation, always with a reason), answering decisions (ya/tidak) and handing a request
over between officers. Where a request stands (the flow, the checklist, "Pekerjaan
saya") is read in flow.py.

Rules (the ones a user sees):
- A decision answered towards an earlier step (e.g. "berkas tidak lengkap, kembali ke
  pemohon") does not complete the decision: the answer is recorded in the timeline and
  the step stays waiting until it is answered again.
- Only a user whose role is in the step's roles, or a head of section, may do a step.
- Doing a step that is not the next one requires a reason (deviation "out_of_order");
  skipping requires a reason (deviation "skipped").
- A decision's answer is kept in the step's note as "Jawaban: Ya" / "Jawaban: Tidak".
"""


from __future__ import annotations

import datetime as dt

from desk_app.models.core import audit
from desk_app.models.core.accounts import User
from desk_app.models.core.base import snapshot, utcnow
from desk_app.models.core.dates import office_zone
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import PermissionDenied, ValidationError
from desk_app.models.core.permissions import DENIED_MESSAGE, ROLE_HEAD, ROLE_LABELS, can, require
from desk_app.models.core.text import check_text
from desk_app.models.core.worktime import working_minutes
from desk_app.models.requests import flow as request_flow
from desk_app.models.requests.tables import (
    OPEN_STATUSES,
    STATUS_DONE,
    STATUS_IN_PROGRESS,
    STATUS_REGISTERED,
    RequestEvent,
    RequestStep,
    ServiceRequest,
)
from desk_app.models.sop.flow import (
    ANSWER_LABELS,
    ANSWER_YES,
    DEVIATION_LABELS,
    EVENT_DECISION_RETURNED,
    EVENT_HANDOVER,
    EVENT_STEP_OUT_OF_ORDER,
    EVENT_STEP_SKIPPED,
    Flow,
    flow_for,
    get_request,
    next_steps,
    step_started_at,
)
from desk_app.models.sop.tables import STEP_DECISION, SopStep

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
        flow = flow_for(request)
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
        flow = flow_for(request)
        if step.id in flow.done:
            raise ValidationError(f"Langkah {step.position} sudah dikerjakan.", "step")
        record = _save_step(actor, request, step, flow, at, skipped=True, deviation="skipped",
                            reason=reason)
        _after_step(actor, request, at)
    return record


def _save_step(actor, request, step, flow: Flow, at, note="", skipped=False, deviation=None,
               reason="", tz: str | None = None) -> RequestStep:
    started = step_started_at(request, flow.done.values(), at)
    minutes = None if skipped else working_minutes(started, at, tz or office_zone(request.office))
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
    flow = flow_for(request)
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
