"""Setting up the office, editing its identity, and cuti bersama days."""

from __future__ import annotations

import datetime as dt

from desk_app.models import audit
from desk_app.models.base import snapshot, utcnow
from desk_app.models.dates import zone
from desk_app.models.db import write_transaction
from desk_app.models.errors import NotFound, ValidationError
from desk_app.models.office import CutiBersama, Office, Setting
from desk_app.models.permissions import require
from desk_app.models.workdays import forget_cached_days

# Defaults offered by the first-run dialog.
NTB_DEFAULTS = {
    "code": "Kw.18",
    "name": "Kantor Wilayah Kementerian Agama Provinsi Nusa Tenggara Barat",
    "unit": "Bidang Bimas Islam",
    "address": "Jl. Udayana No. 6, Mataram, Nusa Tenggara Barat 83122",
    "city": "Mataram",
    "phone": "(0370) 622317",
    "email": "ntb@kemenag.go.id",
    "website": "ntb.kemenag.go.id",
    "letter_code": "Kw.18.4",
    "time_zone": "Asia/Makassar",
    "letterhead": [
        "KEMENTERIAN AGAMA REPUBLIK INDONESIA",
        "KANTOR WILAYAH KEMENTERIAN AGAMA PROVINSI NUSA TENGGARA BARAT",
        "Jl. Udayana No. 6 Mataram 83122 Telp. (0370) 622317",
        "Laman: ntb.kemenag.go.id  Pos-el: ntb@kemenag.go.id",
    ],
}

OFFICE_FIELDS = ("name", "unit", "parent", "address", "city", "phone", "email", "website",
                 "letterhead", "letter_code", "time_zone")


def _clean_office_fields(fields: dict) -> dict:
    clean = {}
    for key, value in fields.items():
        if key not in OFFICE_FIELDS:
            raise ValidationError(f"Kolom kantor tidak dikenal: {key}")
        if key == "letterhead":
            lines = value.splitlines() if isinstance(value, str) else list(value or [])
            clean[key] = [line.strip() for line in lines if line.strip()]
        else:
            clean[key] = (value or "").strip() if isinstance(value, str) or value is None else value
    if "name" in clean and not clean["name"]:
        raise ValidationError("Nama kantor wajib diisi.", "name")
    if "time_zone" in clean:
        tz = clean["time_zone"] or "Asia/Makassar"
        if zone(tz).key != tz:
            raise ValidationError(f"Zona waktu '{tz}' tidak dikenal.", "time_zone")
        clean["time_zone"] = tz
    return clean


def create_office(actor, code: str, **fields) -> Office:
    code = (code or "").strip()
    if not code or len(code) > 32 or " " in code:
        raise ValidationError("Kode kantor wajib diisi, tanpa spasi, maksimal 32 karakter.", "code")
    clean = _clean_office_fields(fields)
    with write_transaction():
        if Office.get_or_none(Office.code == code):
            raise ValidationError(f"Kantor dengan kode {code} sudah ada.", "code")
        office = Office.create(code=code, **clean)
        audit.record_change(actor, "create", office, None, snapshot(office), office=code)
    return office


def update_office(actor, code: str, **fields) -> Office:
    require(actor, "admin.office", "mengubah identitas kantor")
    clean = _clean_office_fields(fields)
    with write_transaction():
        office = Office.get_or_none(Office.code == code)
        if office is None:
            raise NotFound(f"Kantor {code} tidak ditemukan.")
        before = snapshot(office)
        for key, value in clean.items():
            setattr(office, key, value)
        office.updated_at = utcnow()
        office.save()
        audit.record_change(actor, "update", office, before, snapshot(office), office=code)
    return office


def home_office() -> Office | None:
    """The office this database belongs to: the first one created (a consolidated
    province database holds others too, imported from bundles: those are marked by a
    `_bundle_import` setting and never count as home, whatever their creation date)."""
    imported = Setting.select(Setting.office).where(Setting.key == "_bundle_import")
    own = Office.select().where(Office.code.not_in(imported)).order_by(Office.created_at).first()
    return own or Office.select().order_by(Office.created_at).first()


def list_cuti_bersama(year: int | None = None) -> list[CutiBersama]:
    query = CutiBersama.select().order_by(CutiBersama.date)
    if year:
        query = query.where(CutiBersama.date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    return list(query)


def add_cuti_bersama(actor, office: str, day: dt.date, description: str = "Cuti bersama") -> CutiBersama:
    require(actor, "admin.holidays", "mengatur cuti bersama")
    if day.weekday() >= 5:
        raise ValidationError("Cuti bersama jatuh pada hari Sabtu/Minggu; tidak perlu dicatat.", "date")
    with write_transaction():
        if CutiBersama.get_or_none(CutiBersama.date == day):
            raise ValidationError(f"Tanggal {day:%d-%m-%Y} sudah tercatat.", "date")
        row = CutiBersama.create(office=office, date=day, description=(description or "Cuti bersama").strip())
        audit.record_change(actor, "create", row, None, snapshot(row))
    forget_cached_days()
    return row


def remove_cuti_bersama(actor, row_id: str, reason: str) -> None:
    """A wrongly entered day is removed (it is a calendar entry, not a citizen's record);
    the audit keeps what it was and why it went."""
    require(actor, "admin.holidays", "mengatur cuti bersama")
    if not (reason or "").strip():
        raise ValidationError("Alasan penghapusan wajib diisi.", "reason")
    with write_transaction():
        row = CutiBersama.get_or_none(CutiBersama.id == row_id)
        if row is None:
            raise NotFound("Tanggal cuti bersama tidak ditemukan.")
        audit.record(actor, "delete", "CutiBersama", row.id, row.office,
                     {"before": snapshot(row), "reason": reason.strip()})
        row.delete_instance()
    forget_cached_days()
