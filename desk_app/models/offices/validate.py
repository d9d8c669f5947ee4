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
import functools
import json
import math
import re

import peewee

from desk_app.models.catalogue.tables import Service, ServiceStandard
from desk_app.models.complaints.sealing import MAX_SEALED
from desk_app.models.complaints.sealing import problem as sealed_problem
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
TEXT_LIMITS = {(Complaint, "sealed_identity"): MAX_SEALED}  # the words sealed with the identity
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


@functools.cache
def sent_columns(model) -> frozenset[str]:
    return frozenset(USER_DISPLAY_FIELDS if model is User else model._meta.fields)


def _enum_choices() -> dict:
    from desk_app.models.skm.index import EDUCATION, OCCUPATIONS

    return {**ENUMS, (SurveyResponse, "education"): tuple(code for code, _label in EDUCATION),
            (SurveyResponse, "occupation"): tuple(code for code, _label in OCCUPATIONS)}


class RowProblem(ValueError):
    """Why one row is refused (Indonesian, names the column)."""


def _text(name: str, value, limit: int, multiline: bool) -> None:
    if not isinstance(value, str):
        raise RowProblem(f"kolom {name} harus teks")
    if len(value) > limit:
        raise RowProblem(f"kolom {name} terlalu panjang ({len(value)} karakter, paling banyak {limit})")
    if not value.isprintable() and (_CONTROL_TEXT if multiline else _CONTROL).search(value):
        raise RowProblem(f"kolom {name} memuat karakter kendali (mis. NUL)")


# In JSON text a control character can only appear escaped: \u0000-\u001f (but \t \n \r
# allowed), \b, \f; an escaped backslash before it does not count. DEL stays raw.
_JSON_CONTROL = re.compile(r'(?<!\\)(?:\\\\)*\\(?:u00(?:0[0-8bcef]|1[0-9a-f])|[bf])|\x7f')


def _json_value(name: str, value) -> None:
    """No control character in any string of a JSON value, no infinite number: checked
    on the value's JSON text (one C call instead of a walk through the value)."""
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (ValueError, TypeError, RecursionError):
        raise RowProblem(f"kolom {name} memuat angka tak hingga atau terlalu bersarang") from None
    if _JSON_CONTROL.search(text):
        raise RowProblem(f"kolom {name} memuat karakter kendali (mis. NUL)")


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


# what to check of each column, worked out once per table
_FK, _JSON, _BOOL, _DATETIME, _DATE, _NUMBER, _CHAR, _TEXT, _ANY = range(9)


@functools.cache
def _spec(model) -> tuple:
    enums = _enum_choices()
    fields, spec = model._meta.fields, []
    for name in sorted(sent_columns(model)):
        field = fields[name]
        nullable = field.null or (model is AuditEvent and name == "diff")
        extra = None
        if isinstance(field, peewee.ForeignKeyField):
            kind, extra = _FK, 36
        elif isinstance(field, JSONField):
            kind = _JSON
        elif isinstance(field, peewee.BooleanField):
            kind = _BOOL
        elif isinstance(field, peewee.DateTimeField):
            kind = _DATETIME
        elif isinstance(field, peewee.DateField):
            kind, extra = _DATE, name in FUTURE_DATES
        elif isinstance(field, (peewee.IntegerField, peewee.FloatField)):
            low, high = RANGES.get((model, name), (-(2**31), 2**31 - 1))
            if isinstance(field, peewee.SmallIntegerField):
                low, high = max(low, -32768), min(high, 32767)
            kind, extra = _NUMBER, (low, high, isinstance(field, peewee.IntegerField))
        elif isinstance(field, peewee.CharField):
            kind, extra = _CHAR, field.max_length
        elif isinstance(field, peewee.TextField):
            kind, extra = _TEXT, TEXT_LIMITS.get((model, name), MAX_TEXT)
        else:
            kind = _ANY
        spec.append((name, nullable, kind, extra, enums.get((model, name))))
    return tuple(spec)


def _check_number(name: str, value, extra) -> None:
    low, high, integer = extra
    if type(value) is bool or not isinstance(value, int if integer else (int, float)):
        raise RowProblem(f"kolom {name} harus angka")
    if not math.isfinite(value) or not low <= value <= high:
        raise RowProblem(f"kolom {name} di luar rentang {low:g}–{high:g} ({value})")


def _check_columns(model, row: dict, now: dt.datetime) -> None:
    for name, nullable, kind, extra, choices in _spec(model):
        value = row[name]
        if value is None:
            if not nullable:
                raise RowProblem(f"kolom {name} wajib diisi")
            continue
        if kind == _CHAR or kind == _FK:
            _text(name, value, extra, False)
        elif kind == _TEXT:
            _text(name, value, extra, True)
        elif kind == _DATETIME:
            _moment(name, value, now, False, False)
        elif kind == _DATE:
            _moment(name, value, now, True, extra)
        elif kind == _NUMBER:
            _check_number(name, value, extra)
        elif kind == _BOOL:
            if type(value) is not bool:
                raise RowProblem(f"kolom {name} harus ya/tidak")
        elif kind == _JSON:
            _json_value(name, value)
        if choices is not None and value not in choices:
            raise RowProblem(f"kolom {name} berisi nilai yang tidak dikenal ({str(value)[:40]!r})")


def check_row(model, row, office: str, now: dt.datetime | None = None) -> None:
    """Raise RowProblem when `row` (decoded JSON of one line) is not acceptable."""
    if not isinstance(row, dict):
        raise RowProblem("baris bukan objek JSON")
    expected = sent_columns(model)
    if model is Complaint and "sealed_identity" not in row:
        raise RowProblem("dikirim oleh Loket Prima versi lama (tanpa enkripsi identitas pelapor "
                         "rahasia): perbarui aplikasi di kantor pengirim, lalu kirim ulang")
    if row.keys() != expected:
        extra, missing = set(row) - expected, expected - set(row)
        if extra:
            raise RowProblem(f"kolom yang tidak boleh dikirim: {', '.join(sorted(extra))[:200]}")
        raise RowProblem(f"kolom tidak lengkap: {', '.join(sorted(missing))[:200]}")
    if row["office"] != office:
        raise RowProblem(f"data kantor lain ({str(row.get('office'))[:32]}), bukan kantor pengirim {office}")
    _check_columns(model, row, now or utcnow())
    if model is AuditEvent:
        if not (_HEX64.match(row["hash"]) and _HEX64.match(row["prev_hash"])):
            raise RowProblem("hash peristiwa audit tidak sah")
        if not isinstance(row["diff"], (dict, type(None))):
            raise RowProblem("kolom diff harus objek")
    if model is User and "@" in row["username"]:
        raise RowProblem("nama pengguna tidak boleh memuat @")
    if model is Complaint:
        _check_identity(row)


def _check_identity(row: dict) -> None:
    """Anonymous: no identity. Rahasia: no plain identity, and the sealed one well formed
    (opened only by the office that owns it). Named: nothing sealed."""
    plain = row["complainant_name"] or row["complainant_contact"] or row["complainant_address"]
    if row["protection"] == "anonim" and plain:
        raise RowProblem("pengaduan anonim tidak boleh memuat identitas pengadu")
    if row["protection"] == "rahasia":
        if plain:
            raise RowProblem("pengaduan rahasia memuat identitas pengadu tanpa enkripsi")
        problem = sealed_problem(row["sealed_identity"])
        if problem:
            raise RowProblem(f"pengaduan rahasia: {problem}")
    elif row["sealed_identity"]:
        raise RowProblem("hanya pengaduan rahasia yang boleh memuat identitas tersegel")


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
