"""What a district may send and how every row of a bundle is checked.

Only the sender's own records of these tables travel (SENT_TABLES, in dependency order):
its requests with their applicants, events and steps; its complaints and their events;
its survey forms; its audit events; and, because those records point at them, its own
catalogue (services, standards, SOPs) and its users as display records (name, NIP,
position: never a password hash, role or active flag; at the receiver they are inactive
counter accounts with an unusable password, see merge.localize). Never settings, cuti
bersama days, offices, counters, nor anything of another office.

Each row is checked by the rules of local entry: exactly the table's columns, each of its
type, within its length or range, an allowed value where the app has a closed list, no
NUL or control characters, times not in the future beyond CLOCK_TOLERANCE, and every
reference pointing at a record of the sender (in the bundle or already here).
"""

from __future__ import annotations

import datetime as dt
import math
import re

import peewee

from desk_app.models.catalogue.tables import Service, ServiceStandard
from desk_app.models.complaints.tables import (
    CATEGORIES,
    CHANNELS,
    KINDS,
    PROTECTIONS,
    SIDE_EXITS,
    STAGES,
    Complaint,
    ComplaintEvent,
)
from desk_app.models.core.accounts import User
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.base import JSONField, utcnow
from desk_app.models.requests.tables import (
    STATUSES,
    Applicant,
    RequestEvent,
    RequestStep,
    ServiceRequest,
)
from desk_app.models.skm.tables import SurveyBatch, SurveyResponse
from desk_app.models.sop.tables import STEP_KINDS, TIME_UNITS, Sop, SopRevision, SopStep

SENT_TABLES: list[type[peewee.Model]] = [
    User, Service, ServiceStandard, Sop, SopRevision, SopStep, Applicant, ServiceRequest,
    RequestEvent, RequestStep, Complaint, ComplaintEvent, SurveyBatch, SurveyResponse, AuditEvent,
]
USER_DISPLAY_FIELDS = ("id", "office", "username", "full_name", "nip", "position",
                       "created_at", "updated_at")
CLOCK_TOLERANCE = dt.timedelta(minutes=10)
EARLIEST = dt.datetime(2000, 1, 1)
MAX_TEXT = 100_000  # a TextField: a complaint's words (a long letter typed in), a note
MAX_JSON = 200_000
# dates that name a deadline or a decree's effect: may lie ahead, within a few years
FUTURE_DATES = {"due_date", "stage_due", "effective_date", "sk_date", "date_revised",
                "date_made", "date_to"}
FUTURE_DATE_LIMIT = dt.timedelta(days=5 * 366)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # keeps \t \n \r
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
COMPLAINT_STAGES = STAGES + SIDE_EXITS
ENUMS: dict[tuple[type, str], tuple] = {
    (ServiceRequest, "status"): STATUSES,
    (RequestEvent, "from_status"): STATUSES,
    (RequestEvent, "to_status"): STATUSES,
    (RequestStep, "deviation"): ("out_of_order", "skipped"),
    (Complaint, "kind"): KINDS,
    (Complaint, "channel"): CHANNELS,
    (Complaint, "category"): CATEGORIES,
    (Complaint, "protection"): PROTECTIONS,
    (Complaint, "stage"): COMPLAINT_STAGES,
    (ComplaintEvent, "stage_from"): COMPLAINT_STAGES,
    (ComplaintEvent, "stage_to"): COMPLAINT_STAGES,
    (SurveyResponse, "gender"): ("L", "P"),
    (SurveyResponse, "source"): ("keyed", "import", "kiosk"),
    (SurveyResponse, "entry"): (1, 2),
    (SurveyBatch, "status"): ("open", "counted"),
    (SopStep, "kind"): STEP_KINDS,
    (SopStep, "time_unit"): TIME_UNITS,
}
RANGES: dict[tuple[type, str], tuple[float, float]] = {
    **{(SurveyResponse, f"u{i}"): (1, 4) for i in range(1, 10)},
    (SurveyResponse, "age"): (10, 110),
    (ServiceRequest, "year"): (2000, 2100),
    (Complaint, "year"): (2000, 2100),
    (ServiceRequest, "serial"): (1, 10**9),
    (Complaint, "serial"): (1, 10**9),
    (ServiceRequest, "queue_number"): (0, 10**6),
    (ServiceStandard, "time_frame_days"): (0, 3650),
    (RequestStep, "minutes_taken"): (0, 10**8),
    (AuditEvent, "seq"): (1, 2**31 - 1),
}
# Columns a bundle may never change on a record already here (local entry cannot either).
IMMUTABLE: dict[type, tuple[str, ...]] = {
    Complaint: ("text", "number", "year", "serial", "created_at", "registered_at"),
    ServiceRequest: ("number", "year", "serial", "created_at", "registered_at"),
    SurveyResponse: ("serial", "created_at"),
}


def sent_columns(model) -> set[str]:
    return set(USER_DISPLAY_FIELDS) if model is User else set(model._meta.fields)


def _enum_choices() -> dict:
    from desk_app.models.skm.entry import EDUCATION_CODES, OCCUPATION_CODES

    return {**ENUMS, (SurveyResponse, "education"): EDUCATION_CODES,
            (SurveyResponse, "occupation"): OCCUPATION_CODES}


class RowProblem(ValueError):
    """Why one row is refused (Indonesian, names the column)."""


def _text(name: str, value, limit: int, multiline: bool) -> None:
    if not isinstance(value, str):
        raise RowProblem(f"kolom {name} harus teks")
    if len(value) > limit:
        raise RowProblem(f"kolom {name} terlalu panjang ({len(value)} karakter, paling banyak {limit})")
    if (_CONTROL_TEXT if multiline else _CONTROL).search(value):
        raise RowProblem(f"kolom {name} memuat karakter kendali (mis. NUL)")


def _json_strings(name: str, value, depth: int = 0) -> None:
    if depth > 20:
        raise RowProblem(f"kolom {name} terlalu bersarang")
    if isinstance(value, str):
        if _CONTROL_TEXT.search(value):
            raise RowProblem(f"kolom {name} memuat karakter kendali (mis. NUL)")
    elif isinstance(value, dict):
        for key, item in value.items():
            _json_strings(name, key, depth + 1)
            _json_strings(name, item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _json_strings(name, item, depth + 1)
    elif isinstance(value, float) and not math.isfinite(value):
        raise RowProblem(f"kolom {name} memuat angka tak hingga")


def _moment(name: str, value, now: dt.datetime, date_only: bool, future_ok: bool):
    if not isinstance(value, str) or len(value) > 40:
        raise RowProblem(f"kolom {name} harus tanggal/waktu ISO")
    try:
        parsed = dt.date.fromisoformat(value) if date_only else dt.datetime.fromisoformat(value)
    except ValueError:
        raise RowProblem(f"kolom {name} bukan tanggal/waktu yang sah ({value[:40]!r})") from None
    if not date_only and parsed.tzinfo is not None:
        raise RowProblem(f"kolom {name} harus waktu UTC tanpa zona")
    moment = dt.datetime.combine(parsed, dt.time()) if date_only else parsed
    if moment < EARLIEST:
        raise RowProblem(f"kolom {name} terlalu lampau ({value})")
    limit = now + (FUTURE_DATE_LIMIT if future_ok else
                   (dt.timedelta(days=1) if date_only else CLOCK_TOLERANCE))
    if moment > limit:
        raise RowProblem(f"kolom {name} berada di masa depan ({value})")


def check_value(model, name: str, field: peewee.Field, value, now: dt.datetime, enums: dict) -> None:
    if value is None:
        if not field.null and not (model is AuditEvent and name == "diff"):
            raise RowProblem(f"kolom {name} wajib diisi")
        return
    if isinstance(field, peewee.ForeignKeyField):
        _text(name, value, 36, False)
    elif isinstance(field, JSONField):
        _json_strings(name, value)
    elif isinstance(field, peewee.BooleanField):
        if not isinstance(value, bool):
            raise RowProblem(f"kolom {name} harus ya/tidak")
    elif isinstance(field, peewee.DateTimeField):
        _moment(name, value, now, False, False)
    elif isinstance(field, peewee.DateField):
        _moment(name, value, now, True, name in FUTURE_DATES)
    elif isinstance(field, (peewee.IntegerField, peewee.FloatField)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or \
                (isinstance(field, peewee.IntegerField) and not isinstance(value, int)):
            raise RowProblem(f"kolom {name} harus angka")
        low, high = RANGES.get((model, name), (-(2**31), 2**31 - 1))
        if isinstance(field, peewee.SmallIntegerField):
            low, high = max(low, -32768), min(high, 32767)
        if not math.isfinite(value) or not low <= value <= high:
            raise RowProblem(f"kolom {name} di luar rentang {low:g}–{high:g} ({value})")
    elif isinstance(field, peewee.CharField):
        _text(name, value, field.max_length, False)
    elif isinstance(field, peewee.TextField):
        _text(name, value, MAX_TEXT, True)
    choices = enums.get((model, name))
    if choices is not None and value not in choices:
        raise RowProblem(f"kolom {name} berisi nilai yang tidak dikenal ({str(value)[:40]!r})")


def check_row(model, row, office: str, now: dt.datetime | None = None, enums: dict | None = None) -> None:
    """Raise RowProblem when `row` (decoded JSON of one line) is not acceptable."""
    if not isinstance(row, dict):
        raise RowProblem("baris bukan objek JSON")
    expected = sent_columns(model)
    extra, missing = set(row) - expected, expected - set(row)
    if extra:
        raise RowProblem(f"kolom yang tidak boleh dikirim: {', '.join(sorted(extra))[:200]}")
    if missing:
        raise RowProblem(f"kolom tidak lengkap: {', '.join(sorted(missing))[:200]}")
    if row.get("office") != office:
        raise RowProblem(f"data kantor lain ({str(row.get('office'))[:32]}), bukan kantor pengirim {office}")
    now = now or utcnow()
    enums = enums if enums is not None else _enum_choices()
    fields = model._meta.fields
    for name in sorted(expected):
        check_value(model, name, fields[name], row[name], now, enums)
    if model is AuditEvent:
        if not (_HEX64.match(row["hash"]) and _HEX64.match(row["prev_hash"])):
            raise RowProblem("hash peristiwa audit tidak sah")
        if not isinstance(row["diff"], (dict, type(None))):
            raise RowProblem("kolom diff harus objek")
    if model is User and "@" in row["username"]:
        raise RowProblem("nama pengguna tidak boleh memuat @")
    if model is Complaint and row["protection"] == "anonim" and (
            row["complainant_name"] or row["complainant_contact"] or row["complainant_address"]):
        raise RowProblem("pengaduan anonim tidak boleh memuat identitas pengadu")


def references(model) -> list[tuple[str, type]]:
    """(column, referenced table) of every foreign key of `model`."""
    return [(name, f.rel_model) for name, f in model._meta.fields.items()
            if isinstance(f, peewee.ForeignKeyField)]


def entity_model(name: str):
    """The table an audit event's `entity` names, when it is a record with an office."""
    from desk_app.models.core.tables import ALL_TABLES

    for model in ALL_TABLES:
        if model.__name__ == name and "office" in model._meta.fields and \
                not isinstance(model._meta.primary_key, peewee.CompositeKey):
            return model
    return None
