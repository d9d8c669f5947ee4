"""Finding service requests: the list's rows (NIK masked), filtered by number, NIK, phone,
name, status, service and dates, paged newest first (keyset: registration date and
serial), and one request with everything its detail view shows."""


from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from desk_app.models.catalogue.tables import Service
from desk_app.models.core.dates import local_today
from desk_app.models.core.db import as_date, is_sqlite
from desk_app.models.core.errors import NotFound, ValidationError
from desk_app.models.core.nik import clean_nik, mask_nik
from desk_app.models.core.paging import Page
from desk_app.models.core.phone import normalize_phone
from desk_app.models.requests import name_search
from desk_app.models.requests.tables import (
    OPEN_STATUSES,
    ServiceRequest,
)


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
    """Number, NIK, phone or the start of a word of the applicant's name: the condition,
    and for a name the text searched for (else None).

    16 digits -> NIK (indexed equality); a phone number -> normalised phone (indexed);
    text with digits and a dash or slash -> tracking number (indexed equality, or a
    prefix); a short number -> serial; anything else -> name prefix (word start)."""
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
                    limit: int = 100) -> Page[RequestRow]:
    """One page of the request list, newest first, keyset-paged on (reg_date, serial):
    pass the page's `cursor` (the last row's `key`) as `after` for the next page; the
    cursor is None after a short page (a full last page costs one more, empty, query). A
    name search gives best matches first, paged on (rank, reg_date, serial). Uses the
    (office, reg_date) and (status, due_date) indexes, and the name parts and their
    vocabulary for names; never counts or loads the whole table."""
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
        rows = [_row(values, rank) for rank, values in name_search.search(
            query, flt.office, name, after, limit, flt.date_from, flt.date_to)]
        return Page(rows, rows[-1].key if len(rows) == limit else None)
    if after is not None:
        day, serial = after
        query = query.where((ServiceRequest.reg_date < day)
                            | ((ServiceRequest.reg_date == day) & (ServiceRequest.serial < serial)))
    query = query.order_by(ServiceRequest.reg_date.desc(), ServiceRequest.serial.desc()).limit(limit)
    # plain tuples: peewee builds a new namedtuple class for every query's .namedtuples()
    rows = [_row(values) for values in query.tuples()]
    return Page(rows, rows[-1].key if len(rows) == limit else None)


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
