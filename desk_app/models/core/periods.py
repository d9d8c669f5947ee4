"""Reporting periods: `2026-10` a month, `2026-Q3` a quarter, `2026-S2` a semester,
`2026` a year."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desk_app.models.core.dates import MONTHS_ID
from desk_app.models.core.errors import ValidationError

_PATTERN = re.compile(r"^(\d{4})(?:-(?:(\d{1,2})|[Qq]([1-4])|[Ss]([12])))?$")


@dataclass(frozen=True)
class Period:
    code: str
    kind: str  # month / quarter / semester / year
    start: dt.date  # first day
    end: dt.date  # last day (inclusive)
    months: int

    @property
    def label(self) -> str:
        """Indonesian name used in report titles: 'Bulan Oktober 2026', 'Semester II 2026'."""
        year = self.start.year
        if self.kind == "month":
            return f"Bulan {MONTHS_ID[self.start.month - 1]} {year}"
        if self.kind == "quarter":
            return f"Triwulan {_ROMAN[(self.start.month - 1) // 3]} {year}"
        if self.kind == "semester":
            return f"Semester {_ROMAN[(self.start.month - 1) // 6]} {year}"
        return f"Tahun {year}"

    @property
    def end_exclusive(self) -> dt.date:
        return self.end + dt.timedelta(days=1)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def previous(self) -> Period:
        """The period of the same length just before this one."""
        return period_from_start(_add_months(self.start, -self.months), self.kind)


_ROMAN = ("I", "II", "III", "IV")


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def period_from_start(start: dt.date, kind: str) -> Period:
    months = {"month": 1, "quarter": 3, "semester": 6, "year": 12}[kind]
    end = _add_months(start, months) - dt.timedelta(days=1)
    y = start.year
    code = {
        "month": f"{y}-{start.month:02d}",
        "quarter": f"{y}-Q{(start.month - 1) // 3 + 1}",
        "semester": f"{y}-S{(start.month - 1) // 6 + 1}",
        "year": f"{y}",
    }[kind]
    return Period(code=code, kind=kind, start=start, end=end, months=months)


def parse_period(text: str) -> Period:
    match = _PATTERN.match((text or "").strip())
    if not match:
        raise ValidationError(
            f"Periode '{text}' tidak dikenal. Contoh: 2026-10 (bulan), 2026-Q3 (triwulan), "
            "2026-S2 (semester), 2026 (tahun).",
            "period",
        )
    year = int(match.group(1))
    if not 2000 <= year <= 2100:
        raise ValidationError(f"Tahun {year} di luar jangkauan.", "period")
    month, quarter, semester = match.group(2), match.group(3), match.group(4)
    if month:
        if not 1 <= int(month) <= 12:
            raise ValidationError(f"Bulan {month} tidak sah (1–12).", "period")
        return period_from_start(dt.date(year, int(month), 1), "month")
    if quarter:
        return period_from_start(dt.date(year, (int(quarter) - 1) * 3 + 1, 1), "quarter")
    if semester:
        return period_from_start(dt.date(year, (int(semester) - 1) * 6 + 1, 1), "semester")
    return period_from_start(dt.date(year, 1, 1), "year")


# --- choosing a period by its parts (the window's period picker) ------------------------

PERIOD_KINDS = ("month", "quarter", "semester", "year")
PARTS_PER_YEAR = {"month": 12, "quarter": 4, "semester": 2, "year": 1}


def period_of(kind: str, year: int, part: int = 1) -> Period:
    """The period of a kind, a year and a part (month 1–12, quarter 1–4, semester 1–2;
    a year has one part)."""
    if kind not in PARTS_PER_YEAR:
        raise ValidationError(f"Jenis periode '{kind}' tidak dikenal.", "period")
    if not 2000 <= year <= 2100:
        raise ValidationError(f"Tahun {year} di luar jangkauan.", "period")
    if not 1 <= part <= PARTS_PER_YEAR[kind]:
        raise ValidationError(f"Bagian periode {part} tidak sah.", "period")
    months = 12 // PARTS_PER_YEAR[kind]
    return period_from_start(dt.date(year, (part - 1) * months + 1, 1), kind)


def period_part(period: Period) -> int:
    """Which part of its year a period is (October: 10; Q3: 3; S2: 2; a year: 1)."""
    return (period.start.month - 1) // (12 // PARTS_PER_YEAR[period.kind]) + 1


def period_containing(day: dt.date, kind: str) -> Period:
    """The period of a kind that contains `day` (this month, this quarter, ...)."""
    months = 12 // PARTS_PER_YEAR[kind]
    return period_of(kind, day.year, (day.month - 1) // months + 1)


def month_just_ended(today: dt.date) -> Period:
    """The month before `today`'s: what a head of section reports on."""
    return period_containing(today.replace(day=1) - dt.timedelta(days=1), "month")
