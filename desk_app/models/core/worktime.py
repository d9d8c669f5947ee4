"""Office time: minutes counted only within office hours (08:00–16:00, office time
zone) on working days, so one "hari" of an SOP time standard (8 hours) is one working
day. Used to measure how long an SOP step took against its standard."""

from __future__ import annotations

import datetime as dt

from desk_app.models.core import dates
from desk_app.models.core.workdays import is_working_day

WORK_START = dt.time(8, 0)
WORK_END = dt.time(16, 0)


def working_minutes(start: dt.datetime, end: dt.datetime, tz: str | None = None) -> float:
    """Minutes between two naive-UTC times that fall within office hours on working days."""
    if start is None or end is None or end <= start:
        return 0.0
    local_start = dates.to_local(start, tz)
    local_end = dates.to_local(end, tz)
    zone = local_start.tzinfo
    total = 0.0
    day = local_start.date()
    while day <= local_end.date():
        if is_working_day(day):
            open_at = dt.datetime.combine(day, WORK_START, zone)
            close_at = dt.datetime.combine(day, WORK_END, zone)
            lo = max(open_at, local_start)
            hi = min(close_at, local_end)
            if hi > lo:
                total += (hi - lo).total_seconds() / 60
        day += dt.timedelta(days=1)
    return round(total, 1)


def add_working_minutes(start: dt.datetime, minutes: float, tz: str | None = None) -> dt.datetime:
    """The naive-UTC time `minutes` of office time after `start` (the inverse of
    working_minutes); a start outside office hours moves to the next opening first."""
    local = dates.to_local(start, tz)
    zone = local.tzinfo
    remaining = max(0.0, float(minutes))
    while True:
        day = local.date()
        open_at = dt.datetime.combine(day, WORK_START, zone)
        close_at = dt.datetime.combine(day, WORK_END, zone)
        if not is_working_day(day) or local >= close_at:
            local = dt.datetime.combine(day + dt.timedelta(days=1), WORK_START, zone)
            continue
        local = max(local, open_at)
        available = (close_at - local).total_seconds() / 60
        if remaining <= available:
            result = local + dt.timedelta(minutes=remaining)
            return result.astimezone(dt.UTC).replace(tzinfo=None)
        remaining -= available
        local = dt.datetime.combine(day + dt.timedelta(days=1), WORK_START, zone)


def format_minutes(minutes: float | None) -> str:
    """'45 menit', '2 jam 10 menit', '1 hari 3 jam' (1 hari = 8 jam kerja)."""
    if minutes is None:
        return ""
    total = int(round(minutes))
    days, rest = divmod(total, 8 * 60)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(f"{days} hari")
    if hours:
        parts.append(f"{hours} jam")
    if mins or not parts:
        parts.append(f"{mins} menit")
    return " ".join(parts)


def format_standard(step) -> str:
    """An SOP step's time standard as written on the sheet: '15 menit', '1,5 jam'."""
    value = step.time_value
    text = f"{int(value)}" if float(value).is_integer() else f"{value:g}".replace(".", ",")
    return f"{text} {step.time_unit}"
