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

from desk_app.models import catalogue
from desk_app.models.dates import to_local
from desk_app.models.office import Office
from desk_app.models.periods import Period
from desk_app.models.requests import STATUS_REJECTED, ServiceRequest
from desk_app.models.services import Service
from desk_app.models.workdays import working_days_between


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
    zones = {o.code: o.time_zone for o in Office.select(Office.code, Office.time_zone)}
    figures = RequestFigures(period=period, office=office)
    rows: dict[str, ServiceFigures] = {}
    services = Service.select().order_by(Service.sort_order, Service.code)
    if office:
        services = services.where(Service.office == office)
    for service in services:
        if service.code not in rows and service.active:
            rows[service.code] = _service_row(service, period)
    by_id = {s.id: s for s in services}

    def row_for(service_id: str) -> ServiceFigures:
        service = by_id[service_id]
        if service.code not in rows:
            rows[service.code] = _service_row(service, period)
        return rows[service.code]

    base = ServiceRequest.select(ServiceRequest.id, ServiceRequest.office, ServiceRequest.service,
                                 ServiceRequest.reg_date, ServiceRequest.due_date,
                                 ServiceRequest.status, ServiceRequest.complete,
                                 ServiceRequest.finished_at, ServiceRequest.voided_at)
    if office:
        base = base.where(ServiceRequest.office == office)

    registered = base.where((ServiceRequest.reg_date >= period.start)
                            & (ServiceRequest.reg_date <= period.end))
    for r in registered.namedtuples():
        if r.voided_at is not None:
            figures.void += 1
            continue
        figures.received += 1
        row_for(r.service).received += 1
        figures.rejected += r.status == STATUS_REJECTED
        figures.incomplete += not r.complete

    # Finished in the period: UTC bounds widened by a day, then the local date decides.
    low = dt.datetime.combine(period.start - dt.timedelta(days=1), dt.time())
    high = dt.datetime.combine(period.end + dt.timedelta(days=2), dt.time())
    finished = base.where(ServiceRequest.finished_at.between(low, high)
                          & ServiceRequest.voided_at.is_null())
    for r in finished.namedtuples():
        day = to_local(r.finished_at, zones.get(r.office)).date()
        if not period.contains(day):
            continue
        reg_date, due_date = _date(r.reg_date), _date(r.due_date)
        row = row_for(r.service)
        figures.finished += 1
        row.finished += 1
        if day <= due_date:
            figures.finished_on_time += 1
            row.on_time += 1
        row._days.append(working_days_between(reg_date, day))

    # Two queries rather than one with "finished_at IS NULL OR finished_at >= low": each
    # half can use the finished_at index, where the OR made the planner walk every
    # request registered before the period's end (seconds in a database of ten years).
    late = base.where((ServiceRequest.reg_date <= period.end)
                      & (ServiceRequest.due_date < period.end)
                      & ServiceRequest.voided_at.is_null()
                      & (ServiceRequest.status != STATUS_REJECTED))
    figures.overdue_at_end += late.where(ServiceRequest.finished_at.is_null()).count()
    # Finished on a local day after the period's end means finished (UTC) after the
    # end day's midnight UTC less the zone offset: the last day's midnight is a safe bound.
    after_end = dt.datetime.combine(period.end, dt.time())
    for r in late.where(ServiceRequest.finished_at >= after_end).namedtuples():
        if to_local(r.finished_at, zones.get(r.office)).date() > period.end:
            figures.overdue_at_end += 1

    for row in rows.values():
        if row._days:
            row.avg_working_days = round(sum(row._days) / len(row._days), 2)
        if row.finished:
            row.on_time_share = row.on_time / row.finished
    figures.per_service = list(rows.values())
    return figures


def _service_row(service: Service, period: Period) -> ServiceFigures:
    standard = catalogue.standard_in_force(service, period.end)
    return ServiceFigures(code=service.code, name=service.name,
                          standard_days=standard.time_frame_days if standard else None)


def _date(value) -> dt.date:
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value
