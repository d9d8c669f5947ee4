"""Dates and times the Indonesian way, in the office's time zone.

The office's time zone is looked up here and nowhere else: `office_zone(office)` for one
office (a code or its row), `office_zones()` for all of them at once. Everything else
takes the zone's name as a plain value."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desk_app.models.core.office import DEFAULT_TZ, Office

DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
TZ_LABELS = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}


def office_zone(office: Office | str | None) -> str:
    """The time zone name of an office (its row or its code); DEFAULT_TZ when the office
    is unknown or None."""
    if isinstance(office, Office):
        return office.time_zone or DEFAULT_TZ
    if office:
        row = Office.select(Office.time_zone).where(Office.code == office).first()
        if row is not None and row.time_zone:
            return row.time_zone
    return DEFAULT_TZ


def office_zones() -> dict[str, str]:
    """Every office's time zone name, by office code (for figures over several offices)."""
    return {o.code: o.time_zone or DEFAULT_TZ for o in Office.select(Office.code, Office.time_zone)}


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_TZ)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TZ)


def to_local(utc: dt.datetime | None, tz: str | None = None) -> dt.datetime | None:
    """A stored naive-UTC time as the office's local (aware) time."""
    if utc is None:
        return None
    return utc.replace(tzinfo=dt.UTC).astimezone(zone(tz))


def local_now(tz: str | None = None) -> dt.datetime:
    return dt.datetime.now(zone(tz))


def local_today(tz: str | None = None) -> dt.date:
    return local_now(tz).date()


def local_to_utc(local: dt.datetime, tz: str | None = None) -> dt.datetime:
    """An office-local time (naive or aware) as naive UTC, for storing."""
    if local.tzinfo is None:
        local = local.replace(tzinfo=zone(tz))
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def format_date(day: dt.date | None, weekday: bool = False) -> str:
    """'24 November 2026', or with weekday 'Selasa, 24 November 2026'."""
    if day is None:
        return ""
    text = f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"
    return f"{DAYS_ID[day.weekday()]}, {text}" if weekday else text


def format_datetime(utc: dt.datetime | None, tz: str | None = None) -> str:
    """'24 November 2026 14:05 WITA' from a stored UTC time."""
    if utc is None:
        return ""
    local = to_local(utc, tz)
    label = TZ_LABELS.get(tz or DEFAULT_TZ, local.tzname() or "")
    return f"{format_date(local.date())} {local:%H:%M} {label}".strip()


def format_short(day: dt.date | None) -> str:
    return f"{day:%d-%m-%Y}" if day else ""


EARLIEST_DAY = dt.date(2000, 1, 1)  # default of the office setting "office_start_date"


def office_start(office: str) -> dt.date:
    """The first day the office records (setting `office_start_date`, ISO text)."""
    from desk_app.models.core import settings

    try:
        return dt.date.fromisoformat(str(settings.get(office, "office_start_date")).strip())
    except (KeyError, ValueError):
        return EARLIEST_DAY


def check_day(day, office: str, label: str, field: str, today: dt.date | None = None,
              start: dt.date | None = None) -> dt.date:
    """A form's, request's or complaint's date: between the office's start and today
    (its own time zone). 1900-01-01 or next year is a typing slip, refused with a reason."""
    from desk_app.models.core.errors import ValidationError

    if isinstance(day, dt.datetime):
        day = day.date()
    if not isinstance(day, dt.date):
        raise ValidationError(f"{label} wajib diisi.", field)
    if today is None:
        today = local_today(office_zone(office))
    if day > today:
        raise ValidationError(f"{label} {format_date(day)} belum terjadi (setelah hari ini).", field)
    start = start or office_start(office)
    if day < start:
        raise ValidationError(f"{label} {format_date(day)} sebelum kantor mulai mencatat "
                              f"({format_date(start)}); periksa tahunnya.", field)
    return day
