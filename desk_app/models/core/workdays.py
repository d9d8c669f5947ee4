"""Working days (DOMAIN.md §5): Monday to Friday, less national holidays (from the
`holidays` package) and cuti bersama days (entered by the admin each year)."""

from __future__ import annotations

import datetime as dt
import time
from functools import lru_cache

from desk_app.models.core import audit
from desk_app.models.core.base import snapshot
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import NotFound, ValidationError
from desk_app.models.core.office import CutiBersama
from desk_app.models.core.permissions import require

_CUTI_CACHE: dict = {"loaded_at": None, "dates": {}}
_CUTI_TTL_SECONDS = 300  # other counters may add days; re-read now and then


@lru_cache(maxsize=64)
def national_holidays(year: int) -> dict[dt.date, str]:
    import holidays  # a large package: loaded when a deadline is first computed

    return dict(holidays.Indonesia(years=year, language="id"))


def suggested_cuti_bersama(year: int) -> dict[dt.date, str]:
    """Joint-leave days the `holidays` package knows for `year`, offered to the admin."""
    import holidays

    try:
        days = holidays.country_holidays("ID", years=year, categories=("government",), language="id")
    except (NotImplementedError, KeyError, ValueError):  # an older holidays without the category
        return {}
    return dict(days)


def cuti_bersama_days() -> dict[dt.date, str]:
    now = time.monotonic()
    loaded_at = _CUTI_CACHE["loaded_at"]
    # None, not 0.0: time.monotonic() counts from boot, so on a machine up for less than
    # the TTL a forgotten cache would never be re-read
    if loaded_at is None or now - loaded_at > _CUTI_TTL_SECONDS:
        _CUTI_CACHE["dates"] = {
            row.date: row.description for row in CutiBersama.select(CutiBersama.date, CutiBersama.description)
        }
        _CUTI_CACHE["loaded_at"] = now
    return _CUTI_CACHE["dates"]


def forget_cached_days() -> None:
    """Call after cuti bersama days change (or when another database is opened)."""
    _CUTI_CACHE["loaded_at"] = None


def day_off_reason(day: dt.date) -> str | None:
    """Why `day` is not a working day, or None when it is one."""
    if day.weekday() == 5:
        return "Sabtu"
    if day.weekday() == 6:
        return "Minggu"
    name = national_holidays(day.year).get(day)
    if name:
        return name
    return cuti_bersama_days().get(day)


def is_working_day(day: dt.date) -> bool:
    return day_off_reason(day) is None


def add_working_days(start: dt.date, days: int) -> dt.date:
    """The date `days` working days after `start` (the start day itself not counted).
    With days=0 the result is `start`, or the next working day if `start` is a day off."""
    current = start
    if days <= 0:
        while not is_working_day(current):
            current += dt.timedelta(days=1)
        return current
    remaining = days
    while remaining:
        current += dt.timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end` (0 when end <= start)."""
    if end <= start:
        return 0
    if start.year == end.year:
        return _running_count(end) - _running_count(start)
    total = _running_count(dt.date(start.year, 12, 31)) - _running_count(start)
    for year in range(start.year + 1, end.year):
        total += _running_count(dt.date(year, 12, 31))
    return total + _running_count(end)


def _running_count(day: dt.date) -> int:
    """Working days from 1 January of `day`'s year up to `day` inclusive. Reports call
    working_days_between for thousands of requests, so each year's running count is
    built once, and again when the cuti bersama days are re-read."""
    cuti = cuti_bersama_days()
    cache = _CUTI_CACHE.setdefault("running", {})
    if cache.get("cuti") is not cuti:
        cache.clear()
        cache["cuti"] = cuti
    counts = cache.get(day.year)
    if counts is None:
        first = dt.date(day.year, 1, 1)
        running, counts = 0, []
        for offset in range((dt.date(day.year + 1, 1, 1) - first).days):
            running += is_working_day(first + dt.timedelta(days=offset))
            counts.append(running)
        cache[day.year] = counts
    return counts[day.timetuple().tm_yday - 1]


# Cuti bersama days, entered by the admin each year.

def list_cuti_bersama(year: int | None = None) -> list[CutiBersama]:
    query = CutiBersama.select().order_by(CutiBersama.date)
    if year:
        query = query.where(CutiBersama.date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    return list(query)


def add_cuti_bersama(actor, office: str, day: dt.date, description: str = "Cuti bersama") -> CutiBersama:
    require(actor, "admin.holidays", "mengatur cuti bersama")
    if day.weekday() >= 5:
        raise ValidationError("Cuti bersama jatuh pada hari Sabtu/Minggu; tidak perlu dicatat.", "date")
    with write_transaction():
        if CutiBersama.get_or_none(CutiBersama.date == day):
            raise ValidationError(f"Tanggal {day:%d-%m-%Y} sudah tercatat.", "date")
        row = CutiBersama.create(office=office, date=day, description=(description or "Cuti bersama").strip())
        audit.record_change(actor, "create", row, None, snapshot(row))
    forget_cached_days()
    return row


def remove_cuti_bersama(actor, row_id: str, reason: str) -> None:
    """A wrongly entered day is removed (it is a calendar entry, not a citizen's record);
    the audit keeps what it was and why it went."""
    require(actor, "admin.holidays", "mengatur cuti bersama")
    if not (reason or "").strip():
        raise ValidationError("Alasan penghapusan wajib diisi.", "reason")
    with write_transaction():
        row = CutiBersama.get_or_none(CutiBersama.id == row_id)
        if row is None:
            raise NotFound("Tanggal cuti bersama tidak ditemukan.")
        row.delete_instance()  # before the event: it records the row as gone
        audit.record(actor, "delete", "CutiBersama", row.id, row.office,
                     {"before": snapshot(row), "reason": reason.strip()})
    forget_cached_days()


class WorkdayCounter:
    """Working days between two dates by a prefix count over one span (lists and reports
    count many spans over the same months); outside the span it asks `workdays`."""

    def __init__(self, start: dt.date, end: dt.date):
        self.start, self.end = start, end
        self.prefix: list[int] = []
        running, day = 0, start
        while day <= end:
            running += is_working_day(day)
            self.prefix.append(running)
            day += dt.timedelta(days=1)

    def between(self, a: dt.date, b: dt.date) -> int:
        if b <= a:
            return 0
        if a < self.start or b > self.end:
            return working_days_between(a, b)
        return self.prefix[(b - self.start).days] - self.prefix[(a - self.start).days]
