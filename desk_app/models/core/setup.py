"""Setting up the office: its identity (first start and later edits), its first admin and
the service catalogue in one go."""

from __future__ import annotations

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.core import accounts, audit
from desk_app.models.core.accounts import User
from desk_app.models.core.base import snapshot, utcnow
from desk_app.models.core.dates import DEFAULT_TZ, zone
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import NotFound, ValidationError
from desk_app.models.core.office import Office
from desk_app.models.core.permissions import ROLE_ADMIN, require
from desk_app.models.core.text import check_text

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
    "time_zone": DEFAULT_TZ,
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
            clean[key] = [check_text(line.strip(), key, key, 200) for line in lines if line.strip()]
        else:
            clean[key] = (value or "").strip() if isinstance(value, str) or value is None else value
            check_text(clean[key] if isinstance(clean[key], str) else None, key, key, 500)
    if "name" in clean and not clean["name"]:
        raise ValidationError("Nama kantor wajib diisi.", "name")
    if "time_zone" in clean:
        tz = clean["time_zone"] or DEFAULT_TZ
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


def needs_setup() -> bool:
    return not Office.select().exists() or not User.select().exists()


def initialize(office_code: str, office_fields: dict, admin_username: str, admin_full_name: str,
               admin_password: str, admin_nip: str = "") -> User:
    """Create the office, its first admin account and load the seed catalogue, all in
    one transaction: a failure leaves the database empty, ready to try again."""
    with write_transaction():
        office = create_office(None, office_code, **office_fields)
        admin = accounts.create_user(None, office.code, admin_username, admin_full_name,
                                     ROLE_ADMIN, admin_password, nip=admin_nip,
                                     position="Administrator Sistem")
        catalogue.load_catalogue(admin, office.code)
    return admin
