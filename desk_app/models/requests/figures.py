"""Request figures for a report scope: what the monthly/quarterly service report needs.

Every figure stands **as at the scope's "as of" moment** (the period's end, or now while
the period runs; see models/core/scope.py), so a closed period gives the same figures
whenever it is printed. A request changed after that moment (finished, rejected or
voided later) counts with the status it had then, read back from its events.

Definitions (all dates are the office's local dates):
- received: registered in the period and not voided by the moment (declined included);
- rejected: received and "ditolak" at the moment; incomplete: received with "berkas belum
  lengkap"; void: registered in the period and voided by the moment;
- finished: reached "selesai" in the period (not voided by the moment); on time when the
  finishing date is not after the due date (the standard's time frame in working days
  from registration, skipping holidays and cuti bersama);
- in_process_at_end: registered by the moment (in this period or before), neither
  finished, rejected nor voided by then ("terdaftar" or "diproses" at the moment);
- overdue_at_end: those of them whose due date lies before the "as of" day.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from peewee import Case, fn

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.catalogue.tables import Service
from desk_app.models.core.db import as_date, as_datetime, raw_rows
from desk_app.models.core.periods import Period
from desk_app.models.core.scope import ReportScope, as_scope
from desk_app.models.core.workdays import working_days_between
from desk_app.models.requests.tables import (
    OPEN_STATUSES,
    STATUS_REGISTERED,
    STATUS_REJECTED,
    STATUS_VOID,
    RequestEvent,
    ServiceRequest,
)


@dataclass
class ServiceFigures:
    code: str
    name: str
    received: int = 0
    finished: int = 0
    on_time: int = 0
    avg_working_days: float | None = None  # registration to finish, finished ones only
    standard_days: int | None = None
    on_time_share: float | None = None  # 0..1, None when nothing finished
    in_process_at_end: int = 0
    overdue_at_end: int = 0

    _days: list[int] = field(default_factory=list, repr=False)


@dataclass
class RequestFigures:
    period: Period
    office: str | None
    received: int = 0
    finished: int = 0
    finished_on_time: int = 0
    overdue_at_end: int = 0
    in_process_at_end: int = 0
    rejected: int = 0
    void: int = 0
    incomplete: int = 0
    per_service: list[ServiceFigures] = field(default_factory=list)

    @property
    def on_time_share(self) -> float | None:
        return self.finished_on_time / self.finished if self.finished else None


def request_figures(period: Period | str | ReportScope, office: str | None = None) -> RequestFigures:
    """The figures of a scope (or of a period and office, as at now)."""
    scope = as_scope(period, office)
    office = scope.office
    period = scope.period
    figures = RequestFigures(period=period, office=office)
    rows = _Rows(office, period)
    later = _changed_later(scope)
    _registered(scope, figures, rows, later)
    _finished(scope, figures, rows)
    _open_at_end(scope, figures, rows, later)

    for row in rows.rows.values():
        if row._days:
            row.avg_working_days = sum(row._days) / len(row._days)
        if row.finished:
            row.on_time_share = row.on_time / row.finished
    figures.per_service = list(rows.rows.values())
    return figures


class _Rows:
    """A figures row per service (active services always, others once they count)."""

    def __init__(self, office: str | None, period: Period):
        services = Service.select().order_by(Service.sort_order, Service.code)
        if office:
            services = services.where(Service.office == office)
        services = list(services)
        self.standards = catalogue.standards_in_force([s.id for s in services], period.end)
        self.by_id = {s.id: s for s in services}
        self.rows: dict[str, ServiceFigures] = {}
        for service in services:
            if service.active:
                self(service.id)

    def __call__(self, service_id: str) -> ServiceFigures | None:
        service = self.by_id.get(service_id)
        if service is None:
            return None
        if service.code not in self.rows:
            standard = self.standards.get(service.id)
            self.rows[service.code] = ServiceFigures(
                code=service.code, name=service.name,
                standard_days=standard.time_frame_days if standard else None)
        return self.rows[service.code]


def _where_office(query, scope: ReportScope):
    return query.where(ServiceRequest.office == scope.office) if scope.office else query


def _changed_later(scope: ReportScope) -> dict[str, tuple]:
    """Requests registered by the moment whose status changed after it, with the status
    they had at the moment (from their events): id -> (service, reg_date, due_date,
    status now, status then). Empty while the period runs (the moment is now)."""
    t = scope.as_of_utc
    fields = (ServiceRequest.id, ServiceRequest.service, ServiceRequest.reg_date,
              ServiceRequest.due_date, ServiceRequest.status)
    registered = ServiceRequest.reg_date <= scope.as_of_date
    # Three narrow queries rather than one OR (which no index serves): finished later
    # (finished_at index), voided or rejected later (the few of that status, by the
    # (status, due_date) index). Each is empty or small for a recent period.
    found: dict[str, tuple] = {}
    for cond in ((ServiceRequest.finished_at > t),
                 (ServiceRequest.status == STATUS_VOID) & (ServiceRequest.voided_at > t),
                 (ServiceRequest.status == STATUS_REJECTED) & (ServiceRequest.updated_at > t)):
        query = _where_office(ServiceRequest.select(*fields).where(registered & cond), scope)
        for rid, service, reg, due, status in raw_rows(query):
            found[rid] = (service, as_date(reg), as_date(due), status)
    if not found:
        return {}
    then = dict.fromkeys(found, STATUS_REGISTERED)
    ids = list(found)
    for start in range(0, len(ids), 500):
        events = (RequestEvent.select(RequestEvent.request, RequestEvent.to_status)
                  .where(RequestEvent.request.in_(ids[start:start + 500])
                         & RequestEvent.to_status.is_null(False) & (RequestEvent.at <= t))
                  .order_by(RequestEvent.at, RequestEvent.created_at))
        for rid, status in raw_rows(events):
            then[rid] = status
    return {rid: (*found[rid], then[rid]) for rid in found}


def _registered(scope: ReportScope, figures: RequestFigures, row_for, later: dict) -> None:
    """Registered in the period, counted per service by the database, then corrected by
    the few whose status changed after the moment."""
    period, t = scope.period, scope.as_of_utc
    void = ServiceRequest.voided_at.is_null(False) & (ServiceRequest.voided_at <= t)
    kept = ServiceRequest.voided_at.is_null() | (ServiceRequest.voided_at > t)
    counts = _where_office(
        ServiceRequest
        .select(ServiceRequest.service,
                fn.SUM(Case(None, [(void, 1)], 0)).alias("void"),
                fn.SUM(Case(None, [(kept, 1)], 0)).alias("received"),
                fn.SUM(Case(None, [(ServiceRequest.voided_at.is_null()
                                    & (ServiceRequest.status == STATUS_REJECTED), 1)], 0)),
                fn.SUM(Case(None, [(kept & (ServiceRequest.complete == False), 1)],  # noqa: E712
                            0)).alias("incomplete"))
        .where((ServiceRequest.reg_date >= period.start) & (ServiceRequest.reg_date <= period.end))
        .group_by(ServiceRequest.service), scope)
    for service_id, void_n, received, rejected, incomplete in raw_rows(counts):
        figures.void += int(void_n or 0)
        figures.received += int(received or 0)
        figures.rejected += int(rejected or 0)
        figures.incomplete += int(incomplete or 0)
        row = row_for(service_id) if received else None
        if row is not None:
            row.received += int(received)
    for _service, reg, _due, now, then in later.values():
        if not period.contains(reg):
            continue
        # counted above by today's status; the moment's status decides
        figures.rejected += (then == STATUS_REJECTED) - (now == STATUS_REJECTED)


def _finished(scope: ReportScope, figures: RequestFigures, row_for) -> None:
    """Finished in the period (its UTC window), not voided by the moment. Read as raw
    rows: peewee's per-field conversion cost more than the loop itself."""
    t = scope.as_of_utc
    finished = _where_office(
        ServiceRequest.select(ServiceRequest.service, ServiceRequest.reg_date,
                              ServiceRequest.due_date, ServiceRequest.finished_at)
        .where((ServiceRequest.finished_at >= scope.start_utc)
               & (ServiceRequest.finished_at < scope.end_utc)
               & (ServiceRequest.voided_at.is_null() | (ServiceRequest.voided_at > t))), scope)
    days_between = cache(working_days_between)  # requests share a few hundred day pairs
    for service_id, reg_date, due_date, finished_at in raw_rows(finished):
        day = scope.local_date(as_datetime(finished_at))
        row = row_for(service_id) or ServiceFigures("", "")
        figures.finished += 1
        row.finished += 1
        on_time = day <= as_date(due_date)
        figures.finished_on_time += on_time
        row.on_time += on_time
        row._days.append(days_between(as_date(reg_date), day))


def _open_at_end(scope: ReportScope, figures: RequestFigures, row_for, later: dict) -> None:
    """In process (and overdue) at the moment: the requests open now — the (status,
    due_date) index finds the few of them — plus those that were open then and changed
    after it."""
    day = scope.as_of_date
    open_now = _where_office(
        ServiceRequest.select(ServiceRequest.service,
                              fn.COUNT(ServiceRequest.id),
                              fn.SUM(Case(None, [(ServiceRequest.due_date < day, 1)], 0)))
        .where(ServiceRequest.status.in_(OPEN_STATUSES) & ServiceRequest.voided_at.is_null()
               & (ServiceRequest.reg_date <= day))
        .group_by(ServiceRequest.service), scope)
    counts: Counter = Counter()
    late: Counter = Counter()
    for service_id, n, overdue in raw_rows(open_now):
        counts[service_id] += int(n)
        late[service_id] += int(overdue or 0)
    for service_id, _reg, due, _now, then in later.values():
        if then in OPEN_STATUSES:
            counts[service_id] += 1
            late[service_id] += due < day
    for service_id, n in counts.items():
        figures.in_process_at_end += n
        figures.overdue_at_end += late[service_id]
        row = row_for(service_id)
        if row is not None:
            row.in_process_at_end += n
            row.overdue_at_end += late[service_id]

