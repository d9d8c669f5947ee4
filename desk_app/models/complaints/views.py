"""A complaint as staff see it: the view (never a hidden identity), its timeline and the
actions the detail window may offer."""

from __future__ import annotations

import datetime as dt

from desk_app.models.catalogue.tables import Service
from desk_app.models.complaints.deadlines import (
    close_hint,
    days_overdue,
    deadline_text,
    is_due_soon,
    is_overdue,
    may_close,
    reply_deadline,
)
from desk_app.models.complaints.identity import complainant_label, safe_text
from desk_app.models.complaints.records import load_complaint
from desk_app.models.complaints.tables import (
    PROTECTION_CONFIDENTIAL,
    PROTECTION_NAMED,
    SIDE_EXITS,
    Complaint,
    ComplaintEvent,
)
from desk_app.models.core.accounts import User
from desk_app.models.core.dates import local_today, office_zone
from desk_app.models.core.permissions import can
from desk_app.models.requests.tables import ServiceRequest

EVENT_LABELS = {
    "register": "Dicatat",
    "verify": "Diverifikasi",
    "disposition": "Disposisi",
    "follow-up": "Tindak lanjut",
    "reply": "Jawaban",
    "close": "Ditutup",
    "side-exit": "Keluar jalur",
    "resume": "Dilanjutkan",
    "note": "Catatan",
    "reveal": "Identitas ditampilkan",
}


def public_view(complaint: Complaint, today: dt.date | None = None) -> dict:
    """Everything staff may see without revealing: a hidden identity is never included."""
    today = today or local_today(office_zone(complaint.office))
    named = complaint.protection == PROTECTION_NAMED
    service = Service.get_or_none(Service.id == complaint.service_id) if complaint.service_id else None
    request = (ServiceRequest.get_or_none(ServiceRequest.id == complaint.request_id)
               if complaint.request_id else None)
    assigned = User.get_or_none(User.id == complaint.assigned_to_id) if complaint.assigned_to_id else None
    return {
        "id": complaint.id, "office": complaint.office, "number": complaint.number,
        "kind": complaint.kind, "channel": complaint.channel,
        "external_ticket": complaint.external_ticket, "received_date": complaint.received_date,
        "protection": complaint.protection, "complainant": complainant_label(complaint),
        "contact": complaint.complainant_contact if named else "",
        "address": complaint.complainant_address if named else "",
        "category": complaint.category, "service": service.name if service else "",
        "request_number": request.number if request else "", "text": safe_text(complaint),
        "stage": complaint.stage, "stage_due": complaint.stage_due,
        "needs_examination": complaint.needs_examination,
        "reply_deadline": reply_deadline(complaint),
        "overdue": is_overdue(complaint, today), "due_soon": is_due_soon(complaint, today),
        "days_overdue": days_overdue(complaint, today), "may_close": may_close(complaint, today),
        "deadline_text": deadline_text(complaint, today), "close_hint": close_hint(complaint, today),
        "assigned_unit": complaint.assigned_unit, "assigned_to": assigned.full_name if assigned else "",
        "reply_text": complaint.reply_text, "reply_date": complaint.reply_date,
        "reply_number": complaint.reply_number, "outcome": complaint.outcome,
        "closed_at": complaint.closed_at,
    }


def get_complaint(complaint_id: str) -> Complaint:
    return load_complaint(complaint_id)


def timeline(complaint_id: str) -> list[dict]:
    """The complaint's events, oldest first: no identity in them (reveals show the reason)."""
    rows = (ComplaintEvent.select(ComplaintEvent, User)
            .join(User, on=(ComplaintEvent.actor == User.id))
            .where(ComplaintEvent.complaint == complaint_id)
            .order_by(ComplaintEvent.at, ComplaintEvent.created_at))
    names = {}
    result = []
    for ev in rows:
        to_name = ""
        if ev.to_user_id:
            if ev.to_user_id not in names:
                user = User.get_or_none(User.id == ev.to_user_id)
                names[ev.to_user_id] = user.full_name if user else ""
            to_name = names[ev.to_user_id]
        result.append({
            "at": ev.at, "actor": ev.actor.full_name, "kind": ev.kind,
            "label": EVENT_LABELS.get(ev.kind, ev.kind), "stage_from": ev.stage_from,
            "stage_to": ev.stage_to, "text": ev.text, "due_date": ev.due_date, "unit": ev.unit,
            "to_user": to_name,
        })
    return result


def allowed_actions(user, complaint: Complaint) -> set[str]:
    """Which actions the detail view should offer this user on this complaint."""
    stage = complaint.stage
    checks = {
        "verify": ("complaints.verify", stage == "diterima"),
        "dispose": ("complaints.dispose", stage in ("verifikasi", "disposisi")),
        "follow_up": ("complaints.follow_up", stage in ("disposisi", "tindak lanjut")),
        "reply": ("complaints.reply", stage in ("disposisi", "tindak lanjut")),
        "close": ("complaints.close", stage in ("jawaban",) + SIDE_EXITS),
        "side_exit": ("complaints.side_exit", stage != "selesai"),
        "resume": ("complaints.side_exit", stage == "ditunda"),
        "note": ("complaints.note", True),
        "reveal": ("complaints.reveal_identity", complaint.protection == PROTECTION_CONFIDENTIAL),
        "print_reply": ("complaints.view", bool(complaint.reply_number)),
    }
    return {name for name, (perm, ok) in checks.items() if ok and can(user, perm)}


def list_assignable_users(office: str) -> list[User]:
    return list(User.select().where((User.office == office) & User.active).order_by(User.full_name))
