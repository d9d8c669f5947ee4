"""Registering service requests at the counter and moving them through their statuses.

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

import peewee

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.catalogue.tables import Service
from desk_app.models.core import audit, numbering
from desk_app.models.core.accounts import User
from desk_app.models.core.base import snapshot, utcnow
from desk_app.models.core.dates import local_today, to_local
from desk_app.models.core.db import as_date, is_sqlite, write_transaction
from desk_app.models.core.errors import NotFound, ValidationError
from desk_app.models.core.nik import clean_nik, mask_nik, validate_nik
from desk_app.models.core.office import Office
from desk_app.models.core.permissions import require
from desk_app.models.core.phone import normalize_phone
from desk_app.models.core.workdays import add_working_days
from desk_app.models.requests import name_search
from desk_app.models.requests import names as request_names
from desk_app.models.requests.tables import (
    OPEN_STATUSES,
    STATUS_DELIVERED,
    STATUS_DONE,
    STATUS_IN_PROGRESS,
    STATUS_REGISTERED,
    STATUS_REJECTED,
    STATUS_VOID,
    STATUSES,
    Applicant,
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
}


# --- validation ------------------------------------------------------------------

def clean_applicant(applicant: dict) -> dict:
    """Validated applicant fields: NIK and phone are required for these services."""
    name = " ".join((applicant.get("name") or "").split())
    if not name:
        raise ValidationError("Nama pemohon wajib diisi.", "name")
    if len(name) > 150:
        raise ValidationError("Nama pemohon terlalu panjang (paling banyak 150 huruf).", "name")
    return {
        "name": name,
        "nik": validate_nik(applicant.get("nik") or ""),
        "phone": normalize_phone(applicant.get("phone") or ""),
        "address": (applicant.get("address") or "").strip(),
        "institution": (applicant.get("institution") or "").strip()[:200],
    }


def checklist(requirements: list[str], documents: list[dict]) -> list[dict]:
    """The standard's requirements, each marked received or not, plus any extra document
    the officer listed. A requirement missing from `documents` counts as not received."""
    given = {(d.get("name") or "").strip(): bool(d.get("received")) for d in documents or []}
    result = [{"name": r, "received": given.pop(r, False)} for r in requirements]
    result += [{"name": name, "received": received} for name, received in given.items() if name]
    return result


def missing_documents(documents: list[dict]) -> list[str]:
    return [d["name"] for d in documents if not d.get("received")]


def _need_user(actor) -> User:
    if actor is None:
        raise ValidationError("Perubahan permohonan harus dilakukan oleh petugas yang masuk.", "actor")
    return actor


# --- applicants ------------------------------------------------------------------

def find_applicant(nik: str | None = None, phone: str | None = None,
                   office: str | None = None) -> Applicant | None:
    """A returning applicant by NIK (first) or phone; None when not found or the input is
    not (yet) a complete NIK / phone number. Never raises on half-typed input."""
    query = Applicant.select().order_by(Applicant.updated_at.desc())
    if office:
        query = query.where(Applicant.office == office)
    text = clean_nik(nik or "")
    if len(text) == 16 and text.isdigit():
        found = query.where(Applicant.nik == text).first()
        if found:
            return found
    if phone:
        try:
            number = normalize_phone(phone)
        except ValidationError:
            return None
        return query.where(Applicant.phone == number).first()
    return None


def _save_applicant(office: str, data: dict) -> Applicant:
    person = Applicant.get_or_none((Applicant.office == office) & (Applicant.nik == data["nik"]))
    if person is None:
        return Applicant.create(office=office, **data)
    changed = {k: v for k, v in data.items() if getattr(person, k) != v}
    if changed:
        for key, value in changed.items():
            setattr(person, key, value)
        person.save()
    return person


# --- registering -----------------------------------------------------------------

def register_request(actor, service_id: str, applicant: dict, documents: list[dict],
                     accept_incomplete: bool = False, at: dt.datetime | None = None) -> ServiceRequest:
    """Register a request in one transaction: tracking number, standard and SOP revision
    in force, due date in working days, daily queue number, timeline entry and audit.

    With documents missing, `accept_incomplete=True` registers it as "berkas belum
    lengkap" (the receipt lists what is missing); otherwise ValidationError."""
    require(actor, "requests.register", "mendaftarkan permohonan")
    user = _need_user(actor)
    data = clean_applicant(applicant)
    with write_transaction():
        request = _register(user, service_id, data, documents, accept_incomplete, at)
    return request


def _register(user: User, service_id: str, data: dict, documents: list[dict],
              accept_incomplete: bool, at: dt.datetime | None,
              status: str = STATUS_REGISTERED, note: str = "") -> ServiceRequest:
    service = Service.get_or_none(Service.id == service_id)
    if service is None or not service.active:
        raise NotFound("Layanan tidak ditemukan atau tidak aktif.")
    at = at or utcnow()
    office = Office.get_by_id(service.office)
    day = to_local(at, office.time_zone).date()
    standard = catalogue.standard_in_force(service, day)
    docs = checklist(standard.requirements, documents)
    missing = missing_documents(docs)
    if missing and not accept_incomplete:
        raise ValidationError(
            f"Berkas belum lengkap ({len(missing)} dokumen belum diserahkan). "
            "Daftarkan sebagai 'berkas belum lengkap' atau tolak permohonan.", "documents")
    serial, number = numbering.take_request_number(office.code, day)
    person = _save_applicant(office.code, data)
    request = ServiceRequest.create(
        office=office.code, number=number, year=day.year, serial=serial, service=service,
        standard=standard, sop_revision=catalogue.sop_revision_in_force(service, day),
        applicant=person, applicant_name=data["name"], applicant_nik=data["nik"],
        applicant_phone=data["phone"], applicant_address=data["address"],
        applicant_institution=data["institution"], documents=docs, complete=not missing,
        registered_by=user, registered_at=at, reg_date=day,
        queue_number=numbering.take_queue_number(office.code, day),
        due_date=add_working_days(day, standard.time_frame_days),
        status=status, status_note=note, created_at=at, updated_at=at,
    )
    request_names.add_request(request)
    kind = "registered" if not missing else "registered_incomplete"
    RequestEvent.create(office=office.code, request=request, at=at, actor=user, kind=kind,
                        to_status=STATUS_REGISTERED,
                        note="Kurang: " + "; ".join(missing) if missing else "")
    audit.record_change(user, "register", request, None, snapshot(request))
    return request


def decline_request(actor, service_id: str, applicant: dict, documents: list[dict],
                    reason: str = INCOMPLETE_REASON, at: dt.datetime | None = None) -> ServiceRequest:
    """The officer declined an incomplete application at the counter. It is recorded as
    a request with a tracking number and status "ditolak" (reason kept), so the choice
    shows in the list, the timeline, the audit trail and the figures."""
    require(actor, "requests.register", "mencatat permohonan yang ditolak")
    user = _need_user(actor)
    data = clean_applicant(applicant)
    reason = (reason or "").strip() or INCOMPLETE_REASON
    with write_transaction():
        request = _register(user, service_id, data, documents, True, at)
        at = request.registered_at
        request.status = STATUS_REJECTED
        request.status_note = reason
        request.save()
        RequestEvent.create(office=request.office, request=request, at=at, actor=user,
                            kind="declined", from_status=STATUS_REGISTERED,
                            to_status=STATUS_REJECTED, note=reason)
        audit.record(user, "decline", "ServiceRequest", request.id, request.office,
                     {"number": request.number, "reason": reason,
                      "missing": missing_documents(request.documents)})
    return request


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
    user = _need_user(actor)
    note = (note or "").strip()
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
    user = _need_user(actor)
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


# --- reading ---------------------------------------------------------------------

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


@dataclass(frozen=True)
class RequestRow:
    """One line of the request list (what the grid shows), NIK already masked."""

    id: str
    number: str
    reg_date: dt.date
    serial: int
    registered_at: dt.datetime
    queue_number: int
    service_code: str
    service_name: str
    applicant_name: str
    nik_masked: str
    phone: str
    status: str
    due_date: dt.date
    complete: bool

    rank: int | None = None  # a name search's match level (0 best), else None

    @property
    def key(self) -> tuple:
        """The keyset position: (reg_date, serial), or (rank, reg_date, serial) in a
        name search, whose pages go by match level first."""
        if self.rank is not None:
            return (self.rank, self.reg_date, self.serial)
        return (self.reg_date, self.serial)

    def urgency(self, today: dt.date) -> str:
        """"overdue", "due_today" or "" — only open requests can be late."""
        if self.status not in OPEN_STATUSES:
            return ""
        if self.due_date < today:
            return "overdue"
        return "due_today" if self.due_date == today else ""


@dataclass
class RequestFilter:
    office: str
    text: str = ""
    status: str | None = None
    service_id: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    overdue: bool = False
    today: dt.date | None = None


def _text_condition(text: str):
    """Number, NIK, phone or the applicant's name: the condition, or for a name (None,
    the text searched for).

    16 digits -> NIK (indexed equality); a phone number -> normalised phone (indexed);
    text with digits and a dash or slash -> tracking number (indexed equality, or a
    prefix); a short number -> serial; anything else -> a name (name_search.py)."""
    text = " ".join(text.split())
    compact = clean_nik(text)
    if compact.isdigit() and len(compact) == 16:
        return ServiceRequest.applicant_nik == compact, None
    if compact.lstrip("+").isdigit() and compact.lstrip("+").startswith(("08", "628")) and len(compact) >= 9:
        try:
            return ServiceRequest.applicant_phone == normalize_phone(text), None
        except ValidationError:
            pass
    if compact.isdigit() and len(compact) <= 6:
        return ServiceRequest.serial == int(compact), None
    if any(ch.isdigit() for ch in text) and any(ch in "-/" for ch in text):
        upper = text.upper().replace(" ", "")  # numbers are stored upper-case
        # a prefix as a range, so the (office, number) index serves it on both backends
        return (ServiceRequest.number >= upper) & (ServiceRequest.number < upper + "\uffff"), None
    return None, text  # a name: name_search.py


def search_requests(flt: RequestFilter, after: tuple | None = None,
                    limit: int = 100) -> list[RequestRow]:
    """One page of the request list, newest first, keyset-paged on (reg_date, serial):
    pass the last row's `key` as `after` for the next page (a name search: best matches
    first, paged on (rank, reg_date, serial)). Uses the (office, reg_date) and (status,
    due_date) indexes, and the name parts for a rare name; never counts or loads the
    whole table."""
    # No join: the planner then walks the (office, reg_date) index newest first and stops
    # after `limit` rows. The service's code and name come from subqueries, run for the
    # rows returned only: one round trip, which a server's searches notice.
    service = Service.id == ServiceRequest.service
    query = (ServiceRequest
             .select(ServiceRequest.id, ServiceRequest.number, ServiceRequest.reg_date,
                     ServiceRequest.serial, ServiceRequest.registered_at,
                     ServiceRequest.queue_number, ServiceRequest.applicant_name,
                     ServiceRequest.applicant_nik, ServiceRequest.applicant_phone,
                     ServiceRequest.status, ServiceRequest.due_date, ServiceRequest.complete,
                     Service.select(Service.code).where(service).alias("service_code"),
                     Service.select(Service.name).where(service).alias("service_name"))
             .where(ServiceRequest.office == flt.office))
    name = None
    if flt.text.strip():
        condition, name = _text_condition(flt.text)
        if name is None:
            query = query.where(condition)
    if flt.status:
        query = query.where(ServiceRequest.status == flt.status)
    if flt.service_id:
        column = ServiceRequest.service
        if is_sqlite():  # unary + keeps SQLite on the (office, reg_date) walk, no big sort
            column = peewee.NodeList((peewee.SQL("+"), ServiceRequest.service), glue="")
        query = query.where(column == flt.service_id)
    if flt.overdue:
        today = flt.today or local_today()
        query = query.where(ServiceRequest.status.in_(OPEN_STATUSES)
                            & (ServiceRequest.due_date < today))
    if flt.date_from:
        query = query.where(ServiceRequest.reg_date >= flt.date_from)
    if flt.date_to:
        query = query.where(ServiceRequest.reg_date <= flt.date_to)
    if name:  # best matches first: see name_search.py
        return [_row(values, rank) for rank, values in name_search.search(
            query, flt.office, name, after, limit, flt.date_from, flt.date_to)]
    if after is not None:
        day, serial = after
        query = query.where((ServiceRequest.reg_date < day)
                            | ((ServiceRequest.reg_date == day) & (ServiceRequest.serial < serial)))
    query = query.order_by(ServiceRequest.reg_date.desc(), ServiceRequest.serial.desc()).limit(limit)
    # plain tuples: peewee builds a new namedtuple class for every query's .namedtuples()
    return [_row(values) for values in query.tuples()]


def _row(values: tuple, rank: int | None = None) -> RequestRow:
    (request_id, number, reg_date, serial, registered_at, queue_number, applicant, nik,
     phone, status, due_date, complete, service_code, service_name) = values
    return RequestRow(
        id=request_id, number=number, reg_date=as_date(reg_date), serial=serial,
        registered_at=registered_at, queue_number=queue_number,
        service_code=service_code or "", service_name=service_name or "",
        applicant_name=applicant, nik_masked=mask_nik(nik), phone=phone or "",
        status=status, due_date=as_date(due_date), complete=complete, rank=rank)


def request_detail(request_id: str) -> ServiceRequest:
    """The request with its service, standard and registering officer loaded."""
    try:
        return (ServiceRequest.select(ServiceRequest, Service)
                .join(Service, on=(ServiceRequest.service == Service.id))
                .where(ServiceRequest.id == request_id).get())
    except peewee.DoesNotExist:
        raise NotFound("Permohonan tidak ditemukan.") from None
