"""Request figures for a period: what the monthly/quarterly service report needs.

Definitions (all dates are the office's local dates):
- received: registered in the period and not voided (declined ones included);
- rejected: received and now "ditolak"; incomplete: received with "berkas belum lengkap";
- void: registered in the period and voided;
- finished: reached "selesai" in the period (not voided); on time when the finishing date
  is not after the due date (the due date counts the standard's time frame in working
  days from registration, skipping holidays and cuti bersama);
- overdue_at_end: registered by the period's end, still not finished at the end of the
  period (or finished only later), not rejected/voided, and due before the period's end.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache

from peewee import Case, fn

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.catalogue.tables import Service
from desk_app.models.core.dates import office_zones, to_local
from desk_app.models.core.db import as_date, as_datetime, raw_rows
from desk_app.models.core.periods import Period
from desk_app.models.core.workdays import working_days_between
from desk_app.models.requests.tables import OPEN_STATUSES, STATUS_REJECTED, ServiceRequest


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

    _days: list[int] = field(default_factory=list, repr=False)


@dataclass
class RequestFigures:
    period: Period
    office: str | None
    received: int = 0
    finished: int = 0
    finished_on_time: int = 0
    overdue_at_end: int = 0
    rejected: int = 0
    void: int = 0
    incomplete: int = 0
    per_service: list[ServiceFigures] = field(default_factory=list)

    @property
    def on_time_share(self) -> float | None:
        return self.finished_on_time / self.finished if self.finished else None


def request_figures(period: Period, office: str | None = None) -> RequestFigures:
    zones = office_zones()
    figures = RequestFigures(period=period, office=office)
    services = Service.select().order_by(Service.sort_order, Service.code)
    if office:
        services = services.where(Service.office == office)
    services = list(services)
    standards = catalogue.standards_in_force([s.id for s in services], period.end)
    by_id = {s.id: s for s in services}
    rows: dict[str, ServiceFigures] = {}

    def row_for(service_id: str) -> ServiceFigures:
        service = by_id[service_id]
        if service.code not in rows:
            standard = standards.get(service.id)
            rows[service.code] = ServiceFigures(
                code=service.code, name=service.name,
                standard_days=standard.time_frame_days if standard else None)
        return rows[service.code]

    for service in services:
        if service.active:
            row_for(service.id)

    # Registered in the period: counted per service by the database.
    not_void = ServiceRequest.voided_at.is_null()
    counts = (ServiceRequest
              .select(ServiceRequest.service,
                      fn.SUM(Case(None, [(not_void, 0)], 1)).alias("void"),
                      fn.SUM(Case(None, [(not_void, 1)], 0)).alias("received"),
                      fn.SUM(Case(None, [(not_void & (ServiceRequest.status == STATUS_REJECTED),
                                          1)], 0)).alias("rejected"),
                      fn.SUM(Case(None, [(not_void & (ServiceRequest.complete == False), 1)],  # noqa: E712
                                  0)).alias("incomplete"))
              .where((ServiceRequest.reg_date >= period.start)
                     & (ServiceRequest.reg_date <= period.end))
              .group_by(ServiceRequest.service))
    if office:
        counts = counts.where(ServiceRequest.office == office)
    for service_id, void, received, rejected, incomplete in raw_rows(counts):
        figures.void += int(void)
        figures.received += int(received)
        figures.rejected += int(rejected)
        figures.incomplete += int(incomplete)
        if received:
            row_for(service_id).received += int(received)

    # Finished in the period: UTC bounds widened by a day, then the local date decides.
    # Read as raw rows: peewee's per-field conversion cost more than the loop itself.
    low = dt.datetime.combine(period.start - dt.timedelta(days=1), dt.time())
    high = dt.datetime.combine(period.end + dt.timedelta(days=2), dt.time())
    finished = (ServiceRequest.select(ServiceRequest.service, ServiceRequest.office,
                                      ServiceRequest.reg_date, ServiceRequest.due_date,
                                      ServiceRequest.finished_at)
                .where(ServiceRequest.finished_at.between(low, high) & not_void))
    if office:
        finished = finished.where(ServiceRequest.office == office)
    days_between = cache(working_days_between)  # requests share a few hundred day pairs
    for service_id, office_code, reg_date, due_date, finished_at in raw_rows(finished):
        day = to_local(as_datetime(finished_at), zones.get(office_code)).date()
        if not period.contains(day):
            continue
        row = row_for(service_id)
        figures.finished += 1
        row.finished += 1
        if day <= as_date(due_date):
            figures.finished_on_time += 1
            row.on_time += 1
        row._days.append(days_between(as_date(reg_date), day))

    late = ServiceRequest.select().where((ServiceRequest.reg_date <= period.end)
                                         & (ServiceRequest.due_date < period.end) & not_void)
    if office:
        late = late.where(ServiceRequest.office == office)
    # Still unfinished: a request neither finished, rejected nor voided is open
    # ("terdaftar"/"diproses"), so the (status, due_date) index finds the few of them.
    # "finished_at IS NULL" is counted by a CASE, not put in WHERE: there the planner
    # would walk the finished_at index over every unfinished request of ten years.
    unfinished = late.select(fn.SUM(Case(None, [(ServiceRequest.finished_at.is_null(), 1)], 0)))
    figures.overdue_at_end += int(unfinished.where(ServiceRequest.status.in_(OPEN_STATUSES))
                                  .scalar() or 0)
    # Finished on a local day after the period's end means finished (UTC) after the
    # end day's midnight UTC less the zone offset: the last day's midnight is a safe bound.
    after_end = dt.datetime.combine(period.end, dt.time())
    later = late.select(ServiceRequest.office, ServiceRequest.finished_at).where(
        (ServiceRequest.status != STATUS_REJECTED) & (ServiceRequest.finished_at >= after_end))
    for office_code, finished_at in raw_rows(later):
        if to_local(as_datetime(finished_at), zones.get(office_code)).date() > period.end:
            figures.overdue_at_end += 1

    for row in rows.values():
        if row._days:
            row.avg_working_days = round(sum(row._days) / len(row._days), 2)
        if row.finished:
            row.on_time_share = row.on_time / row.finished
    figures.per_service = list(rows.values())
    return figures
