"""Moving service requests through their statuses, and their timeline. Registering them is
in registration.py, finding them in search.py.

Status flow (DOMAIN/issue 4):

    terdaftar -> diproses -> selesai (siap diambil) -> diserahkan
    terdaftar/diproses -> ditolak            (reason required)
    any but dibatalkan  -> dibatalkan (void) (reason required, head of section only)

`change_status(actor, request_id, to_status, note="", at=None, collector_name=None)` is
the one door for every status change; the SOP checklist calls it with "diproses" when
the first step is done and "selesai" when the last one is. Asking for the status the
request already has is a no-op (returns the request unchanged), so callers need not
check first. Every change writes a RequestEvent (the timeline) and an audit event in
the same transaction. A voided request keeps its tracking number; numbers are never
reused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.models.core import audit
from desk_app.models.core.accounts import User
from desk_app.models.core.base import snapshot, utcnow
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import NotFound, ValidationError
from desk_app.models.core.permissions import require
from desk_app.models.core.text import check_text
from desk_app.models.requests.tables import (
    STATUS_DELIVERED,
    STATUS_DONE,
    STATUS_IN_PROGRESS,
    STATUS_REGISTERED,
    STATUS_REJECTED,
    STATUS_VOID,
    STATUSES,
    RequestEvent,
    ServiceRequest,
)

STATUS_LABELS = {
    STATUS_REGISTERED: "Terdaftar",
    STATUS_IN_PROGRESS: "Diproses",
    STATUS_DONE: "Selesai (siap diambil)",
    STATUS_DELIVERED: "Diserahkan",
    STATUS_REJECTED: "Ditolak",
    STATUS_VOID: "Dibatalkan",
}
# to_status -> statuses it may be reached from
ALLOWED_FROM = {
    STATUS_IN_PROGRESS: (STATUS_REGISTERED,),
    STATUS_DONE: (STATUS_IN_PROGRESS,),
    STATUS_DELIVERED: (STATUS_DONE,),
    STATUS_REJECTED: (STATUS_REGISTERED, STATUS_IN_PROGRESS),
    STATUS_VOID: (STATUS_REGISTERED, STATUS_IN_PROGRESS, STATUS_DONE, STATUS_DELIVERED,
                  STATUS_REJECTED),
}
INCOMPLETE_REASON = "Berkas tidak lengkap"
EVENT_LABELS = {
    "registered": "Permohonan didaftarkan",
    "registered_incomplete": "Didaftarkan dengan berkas belum lengkap",
    "declined": "Permohonan ditolak di loket",
    "status": "Status diubah",
    "handover": "Produk diserahkan",
    "receipt_print": "Tanda terima dicetak",
    "receipt_reprint": "Tanda terima dicetak ulang",
    "surveyed": "Disurvei (kiosk, tanpa nama)",
    "correction": "Data pemohon dikoreksi",
}


def acting_user(actor) -> User:
    if actor is None:
        raise ValidationError("Perubahan permohonan harus dilakukan oleh petugas yang masuk.", "actor")
    return actor


# --- status changes --------------------------------------------------------------

def get_request(request_id: str) -> ServiceRequest:
    request = ServiceRequest.get_or_none(ServiceRequest.id == request_id)
    if request is None:
        raise NotFound("Permohonan tidak ditemukan.")
    return request


def allowed_transitions(status: str) -> list[str]:
    return [to for to, sources in ALLOWED_FROM.items() if status in sources]


def change_status(actor, request_id: str, to_status: str, note: str = "",
                  at: dt.datetime | None = None, collector_name: str | None = None) -> ServiceRequest:
    """Move a request to `to_status`. "ditolak" and "dibatalkan" need a reason in
    `note`; "diserahkan" needs `collector_name`; "dibatalkan" only by the head."""
    if to_status not in STATUSES or to_status == STATUS_REGISTERED:
        raise ValidationError(f"Status '{to_status}' tidak dikenal.", "status")
    if to_status == STATUS_VOID:
        require(actor, "requests.void", "membatalkan permohonan")
    else:
        require(actor, "requests.advance", "mengubah status permohonan")
    user = acting_user(actor)
    note = check_text((note or "").strip(), "Catatan", "note", 2000, long_text=True)
    collector = " ".join((collector_name or "").split())
    if to_status in (STATUS_REJECTED, STATUS_VOID) and not note:
        label = "penolakan" if to_status == STATUS_REJECTED else "pembatalan"
        raise ValidationError(f"Alasan {label} wajib diisi.", "note")
    if to_status == STATUS_DELIVERED and not collector:
        raise ValidationError("Nama pengambil produk wajib diisi.", "collector_name")
    at = at or utcnow()
    with write_transaction():
        request = get_request(request_id)
        if request.status == to_status:
            return request
        if request.status not in ALLOWED_FROM[to_status]:
            raise ValidationError(
                f"Permohonan berstatus '{STATUS_LABELS[request.status]}' tidak dapat diubah "
                f"menjadi '{STATUS_LABELS[to_status]}'.", "status")
        before = snapshot(request)
        previous = request.status
        request.status = to_status
        if note:
            request.status_note = note
        if to_status == STATUS_DONE:
            request.finished_at = at
        elif to_status == STATUS_DELIVERED:
            request.delivered_at = at
            request.delivered_to = collector
        elif to_status == STATUS_VOID:
            request.voided_at = at
            request.voided_by = audit.actor_name(user)
            request.void_reason = note
        request.updated_at = at
        request.save()
        kind = "handover" if to_status == STATUS_DELIVERED else "status"
        text = f"Diambil oleh {collector}" + (f". {note}" if note else "") if collector else note
        RequestEvent.create(office=request.office, request=request, at=at, actor=user, kind=kind,
                            from_status=previous, to_status=to_status, note=text)
        audit.record_change(user, "status", request, before, snapshot(request))
    return request


def handover_product(actor, request_id: str, collector_name: str, note: str = "",
                     at: dt.datetime | None = None) -> ServiceRequest:
    """The product was collected: who took it and when (status "diserahkan")."""
    return change_status(actor, request_id, STATUS_DELIVERED, note=note, at=at,
                         collector_name=collector_name)


def log_receipt_print(actor, request_id: str, reprint: bool, at: dt.datetime | None = None) -> None:
    """Record that the receipt was printed or saved; a reprint is audited as such."""
    require(actor, "requests.view", "mencetak tanda terima")
    user = acting_user(actor)
    at = at or utcnow()
    kind = "receipt_reprint" if reprint else "receipt_print"
    with write_transaction():
        request = get_request(request_id)
        RequestEvent.create(office=request.office, request=request, at=at, actor=user, kind=kind)
        audit.record(user, kind, "ServiceRequest", request.id, request.office,
                     {"number": request.number})


def receipt_printed_before(request_id: str) -> bool:
    return RequestEvent.select().where(
        (RequestEvent.request == request_id)
        & RequestEvent.kind.in_(("receipt_print", "receipt_reprint"))).exists()


# --- the timeline ----------------------------------------------------------------

@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime  # naive UTC
    actor: str  # full name
    kind: str
    label: str
    from_status: str | None
    to_status: str | None
    note: str


def timeline(request_id: str) -> list[TimelineEntry]:
    """The request's history, oldest first: registration, status changes, hand-over,
    receipt prints and anything other features add as RequestEvent rows."""
    query = (RequestEvent.select(RequestEvent, User.full_name)
             .join(User, on=(RequestEvent.actor == User.id))
             .where(RequestEvent.request == request_id)
             .order_by(RequestEvent.at, RequestEvent.created_at))
    entries = []
    for ev in query:
        label = EVENT_LABELS.get(ev.kind, ev.kind.replace("_", " ").capitalize())
        if ev.kind == "status" and ev.to_status:
            label = f"Status: {STATUS_LABELS.get(ev.from_status, ev.from_status)} → " \
                    f"{STATUS_LABELS.get(ev.to_status, ev.to_status)}"
        entries.append(TimelineEntry(ev.at, ev.actor.full_name, ev.kind, label, ev.from_status,
                                     ev.to_status, ev.note))
    return entries
