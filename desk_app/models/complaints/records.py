"""What every complaint module shares: the acting user, the office's day, checked input,
loading a complaint and writing one of its timeline events."""

from __future__ import annotations

import datetime as dt

from desk_app.models.complaints.tables import Complaint, ComplaintEvent
from desk_app.models.core.accounts import User
from desk_app.models.core.base import utcnow
from desk_app.models.core.dates import local_today, office_zone, to_local
from desk_app.models.core.errors import NotFound, UserError, ValidationError
from desk_app.models.core.text import check_text


def acting_user(actor) -> User:
    if not isinstance(actor, User):
        raise UserError("Tindakan atas pengaduan harus dilakukan oleh pengguna yang masuk.")
    return actor


def office_day(office: str, at: dt.datetime | None) -> dt.date:
    """The office-local date of `at` (naive UTC), or today at the office."""
    tz = office_zone(office)
    return to_local(at, tz).date() if at else local_today(tz)


def clean_text(value, label: str, field: str, required: bool = True, limit: int | None = None) -> str:
    text = check_text((value or "").strip(), label, field, limit, long_text=limit is None)
    if required and not text:
        raise ValidationError(f"{label} wajib diisi.", field)
    if limit and len(text) > limit:
        raise ValidationError(f"{label} terlalu panjang (maksimal {limit} karakter).", field)
    return text


def choose(value, options, label: str, field: str) -> str:
    if value not in options:
        raise ValidationError(f"{label} '{value}' tidak dikenal. Pilihan: {', '.join(options)}.", field)
    return value


def add_event(complaint: Complaint, actor: User, kind: str, at: dt.datetime | None, *,
           stage_from: str | None = None, stage_to: str | None = None, text: str = "",
           due: dt.date | None = None, unit: str = "", to_user: User | None = None) -> ComplaintEvent:
    return ComplaintEvent.create(
        office=complaint.office, complaint=complaint, at=at or utcnow(), actor=actor, kind=kind,
        stage_from=stage_from, stage_to=stage_to, text=text, due_date=due, unit=unit, to_user=to_user,
    )


def load_complaint(complaint_id: str) -> Complaint:
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None or complaint.is_void:
        raise NotFound("Pengaduan tidak ditemukan.")
    return complaint


def expect_stage(complaint: Complaint, allowed: tuple[str, ...], message: str) -> None:
    if complaint.stage not in allowed:
        raise ValidationError(f"{message} (tahap sekarang: {complaint.stage}).", "stage")
