"""One report scope: the period, the office(s), the time zone, the UTC window and the
"as of" moment, worked out once and handed to every figure function.

    scope = report_scope(parse_period("2026-10"), "Kw.18")            # printed now
    scope = report_scope(period, None, now=dt.datetime(2026, 12, 2, 3))  # every office

Decision (issue 19): a **closed** period (its last local day is over when the report is
made) is reported as at the period's end: the moment `as_of_utc` is the end of the
window, so the same period printed on any later day gives the same figures. A period
still **running** is reported as at the printing moment and marked provisional
(`provisional`, "SEMENTARA" on the documents); overdue is counted against that moment.

One time zone per scope: the office's, or for every office of a consolidated database
the home office's (the offices of one province share it). Figure functions take local
dates with `local_date()` and compare stored UTC times with the window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.models.core.dates import DEFAULT_TZ, local_to_utc, to_local
from desk_app.models.core.errors import NotFound
from desk_app.models.core.office import Office, home_office
from desk_app.models.core.periods import Period, parse_period


@dataclass(frozen=True)
class ReportScope:
    period: Period
    office: str | None  # None: every office of the database
    time_zone: str
    start_utc: dt.datetime  # naive UTC: local midnight of the period's first day
    end_utc: dt.datetime  # naive UTC: local midnight after the period's last day (exclusive)
    now_utc: dt.datetime  # naive UTC: the moment the report is made

    @property
    def provisional(self) -> bool:
        """The period has not ended yet: figures as at now, printed "SEMENTARA"."""
        return self.now_utc < self.end_utc

    @property
    def as_of_utc(self) -> dt.datetime:
        """The moment the figures are taken: the period's end, or now while it runs."""
        return min(self.now_utc, self.end_utc)

    @property
    def as_of_date(self) -> dt.date:
        """The local day the figures stand on: the period's last day, or today while it
        runs. A deadline is passed when it lies before this day."""
        return self.period.end if not self.provisional else self.today

    @property
    def today(self) -> dt.date:
        """The local date of the printing moment."""
        return self.local_date(self.now_utc)

    def local_date(self, utc: dt.datetime) -> dt.date:
        return to_local(utc, self.time_zone).date()

    def in_window(self, utc: dt.datetime | None) -> bool:
        return utc is not None and self.start_utc <= utc < self.end_utc

    def by_as_of(self, utc: dt.datetime | None) -> bool:
        """A stored UTC time lies at or before the "as of" moment."""
        return utc is not None and utc <= self.as_of_utc

    def for_office(self, office: str) -> ReportScope:
        """The same period and moment for one office (a consolidated report's breakdown)."""
        return make_scope(self.period, office, self.time_zone, self.now_utc)


def make_scope(period: Period, office: str | None, time_zone: str | None,
               now_utc: dt.datetime) -> ReportScope:
    tz = time_zone or DEFAULT_TZ
    return ReportScope(
        period=period, office=office, time_zone=tz,
        start_utc=local_to_utc(dt.datetime.combine(period.start, dt.time()), tz),
        end_utc=local_to_utc(dt.datetime.combine(period.end_exclusive, dt.time()), tz),
        now_utc=now_utc)


def report_scope(period: Period | str, office: str | None = None,
                 now: dt.datetime | None = None, strict: bool = True) -> ReportScope:
    """The scope for `period` and `office` (None = every office), made at `now` (naive
    UTC; default: this moment). The zone is the office's, else the home office's. An
    unknown office is refused when `strict`, else reported (empty) in the default zone."""
    span = parse_period(period) if isinstance(period, str) else period
    if office:
        row = Office.get_or_none(Office.code == office)
        if row is None and strict:
            raise NotFound(f"Kantor dengan kode '{office}' tidak ada di basis data ini.")
    else:
        row = home_office()
    now_utc = now if now is not None else dt.datetime.now(dt.UTC).replace(tzinfo=None)
    return make_scope(span, office, row.time_zone if row else None, now_utc)


def scope_at_date(period: Period | str, office: str | None, as_of: dt.date | None) -> ReportScope:
    """A scope whose printing moment is the end of local day `as_of` (None: now) — for
    callers that think in days (the figure functions' older signature)."""
    if as_of is None:
        return report_scope(period, office, strict=False)
    scope = report_scope(period, office, now=dt.datetime(2000, 1, 1), strict=False)
    end_of_day = local_to_utc(dt.datetime.combine(as_of, dt.time(23, 59, 59)), scope.time_zone)
    return make_scope(scope.period, office, scope.time_zone, end_of_day)


def as_scope(period_or_scope, office: str | None = None,
             as_of: dt.date | None = None) -> ReportScope:
    """A ReportScope as given, or one made from a period (text or Period) and office."""
    if isinstance(period_or_scope, ReportScope):
        return period_or_scope
    return scope_at_date(period_or_scope, office, as_of)
