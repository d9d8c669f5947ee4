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
from desk_app.models.requests import names as request_names
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

    @property
    def key(self) -> tuple[dt.date, int]:
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
    # wildcards and PostgreSQL's LIKE escape character are not searched for
    pattern = text.replace("%", "").replace("_", "").replace("\\", "")
    condition = (ServiceRequest.applicant_name ** f"{pattern}%") | \
        (ServiceRequest.applicant_name ** f"% {pattern}%")
    return condition, pattern


def _period_conditions(model, flt: RequestFilter, after: tuple[dt.date, int] | None) -> list:
    """The date range and the keyset position, on `model`'s reg_date and serial."""
    conditions = []
    if flt.date_from:
        conditions.append(model.reg_date >= flt.date_from)
    if flt.date_to:
        conditions.append(model.reg_date <= flt.date_to)
    if after is not None:
        day, serial = after
        conditions.append((model.reg_date < day) | ((model.reg_date == day) & (model.serial < serial)))
    return conditions


# A name with fewer name parts (about one per matching request) than limit * factor is
# searched through them: a part costs an index entry when only the name is searched, a
# request row when a status or service must be checked too. A more common name (on
# 500,000 requests: one in 50 or more) is found faster by walking the newest requests,
# about 5,000 rows read for a page.
NAME_ONLY_FACTOR = 100
NAME_AND_FILTER_FACTOR = 25


def _named_requests(flt: RequestFilter, name: str, after: tuple[dt.date, int] | None, limit: int):
    """The ids (a list or a subquery) among which the page lies, when the name is rare
    enough; None for a common name. A name that matches nobody then costs one empty
    index range instead of a walk through every request."""
    parts = request_names.parts_starting_with(flt.office, name)
    for condition in _period_conditions(request_names.RequestNamePart, flt, after):
        parts = parts.where(condition)
    name_only = not (flt.status or flt.service_id or flt.overdue)
    most = limit * (NAME_ONLY_FACTOR if name_only else NAME_AND_FILTER_FACTOR)
    if parts.limit(most).count() >= most:
        return None
    if name_only:
        return _newest_requests(parts, limit)
    return parts.select(request_names.RequestNamePart.request)


def _newest_requests(parts, limit: int) -> list[str]:
    """The ids of the newest `limit` requests the name parts point to, from the index
    alone. A name can start two of its words with the text ("nur" in "Nur Nurhayati"):
    more parts are read until `limit` different requests are found."""
    part = request_names.RequestNamePart
    ordered = parts.select(part.request).order_by(part.reg_date.desc(), part.serial.desc())
    wanted = limit
    while True:
        rows = [request_id for (request_id,) in ordered.limit(wanted).tuples()]
        ids = list(dict.fromkeys(rows))  # the parts of one request are next to each other
        if len(ids) >= limit or len(rows) < wanted:
            return ids[:limit]
        wanted *= 2


def search_requests(flt: RequestFilter, after: tuple[dt.date, int] | None = None,
                    limit: int = 100) -> Page[RequestRow]:
    """One page of the request list, newest first, keyset-paged on (reg_date, serial):
    pass the page's `cursor` (the last row's `key`) as `after` for the next page; the
    cursor is None after a short page (a full last page costs one more, empty, query). Uses the (office, reg_date)
    and (status, due_date) indexes, and the name parts for a rare name; never counts or
    loads the whole table."""
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
    for condition in _period_conditions(ServiceRequest, flt, after):
        query = query.where(condition)
    if name:
        named = _named_requests(flt, name, after, limit)
        if named is not None:  # the LIKE above still decides; this only narrows
            query = query.where(ServiceRequest.id.in_(named))
    query = query.order_by(ServiceRequest.reg_date.desc(), ServiceRequest.serial.desc()).limit(limit)
    rows = []
    # plain tuples: peewee builds a new namedtuple class for every query's .namedtuples()
    for (request_id, number, reg_date, serial, registered_at, queue_number, applicant, nik,
         phone, status, due_date, complete, service_code, service_name) in query.tuples():
        rows.append(RequestRow(
            id=request_id, number=number, reg_date=as_date(reg_date), serial=serial,
            registered_at=registered_at, queue_number=queue_number,
            service_code=service_code or "", service_name=service_name or "",
            applicant_name=applicant, nik_masked=mask_nik(nik), phone=phone or "",
            status=status, due_date=as_date(due_date), complete=complete))
    return Page(rows, rows[-1].key if len(rows) == limit else None)


def request_detail(request_id: str) -> ServiceRequest:
    """The request with its service, standard and registering officer loaded."""
    try:
        return (ServiceRequest.select(ServiceRequest, Service)
                .join(Service, on=(ServiceRequest.service == Service.id))
                .where(ServiceRequest.id == request_id).get())
    except peewee.DoesNotExist:
        raise NotFound("Permohonan tidak ditemukan.") from None
