"""How many of the people served answered the survey: the response rate per service.

population: requests finished in the period (reached "selesai", not voided, the office's
local dates), the people who received the service's product; forms: the counted forms
dated in the period (kiosk, paper and imported, see index.counted_condition). A rate
over 100 % is possible (a walk-in kiosk or paper forms from people who were served
earlier) and is shown as it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction

import peewee

from desk_app.models.catalogue.tables import Service
from desk_app.models.core.dates import local_to_utc
from desk_app.models.core.office import Office
from desk_app.models.core.periods import Period
from desk_app.models.requests.tables import STATUS_VOID, ServiceRequest
from desk_app.models.skm.index import counted_condition, round_half_up
from desk_app.models.skm.tables import SOURCE_LABELS, SurveyResponse

SOURCES = ("paper", "kiosk", "import")


@dataclass
class ResponseRate:
    service: str | None  # service code, None = all services
    name: str
    forms: int = 0
    population: int = 0
    by_source: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SOURCES, 0))

    @property
    def rate(self):
        """Percent, 2 decimals half up; None when nobody was served."""
        if not self.population:
            return None
        return round_half_up(Fraction(self.forms * 100, self.population), 2)


def _utc_window(period: Period, office: str | None) -> tuple[dt.datetime, dt.datetime]:
    row = Office.get_or_none(Office.code == office) if office else Office.select().first()
    tz = row.time_zone if row else None
    return (local_to_utc(dt.datetime.combine(period.start, dt.time()), tz),
            local_to_utc(dt.datetime.combine(period.end_exclusive, dt.time()), tz))


def response_rates(period: Period, office: str | None = None,
                   service_id: str | None = None) -> tuple[ResponseRate, list[ResponseRate]]:
    """(all services, per service in catalogue order) for `period`."""
    start, end = _utc_window(period, office)
    r = ServiceRequest
    finished = (r.select(r.service, peewee.fn.COUNT(r.id))
                .where((r.finished_at >= start) & (r.finished_at < end)
                       & r.voided_at.is_null() & (r.status != STATUS_VOID)))
    s = SurveyResponse
    forms = (s.select(s.service, s.source, peewee.fn.COUNT(s.id))
             .where(counted_condition() & (s.survey_date >= period.start)
                    & (s.survey_date <= period.end)))
    services = Service.select(Service.id, Service.code, Service.name).order_by(
        Service.office, Service.sort_order, Service.code)
    if office:
        finished = finished.where(r.office == office)
        forms = forms.where(s.office == office)
        services = services.where(Service.office == office)
    if service_id:
        finished = finished.where(r.service == service_id)
        forms = forms.where(s.service == service_id)
        services = services.where(Service.id == service_id)
    rows = {svc.id: ResponseRate(svc.code, svc.name) for svc in services}
    for sid, count in finished.group_by(r.service).tuples():
        if sid in rows:
            rows[sid].population += int(count)
    for sid, source, count in forms.group_by(s.service, s.source).tuples():
        if sid in rows:
            rows[sid].forms += int(count)
            key = SOURCE_LABELS.get(source, "paper")
            rows[sid].by_source[key] += int(count)
    total = ResponseRate(None, "Semua layanan")
    for row in rows.values():
        total.forms += row.forms
        total.population += row.population
        for key, count in row.by_source.items():
            total.by_source[key] += count
    return total, [row for row in rows.values() if row.forms or row.population]
