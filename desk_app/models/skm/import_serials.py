"""Serials of imported forms: the file's No checked, or fresh ones given.

`serial="file"`: No is the printed form's serial, once per office and year among the
counted forms (the rule of `survey_entry`), and once in the file. `serial="auto"`: each
form gets "IMP-<n>" from the office's `skm_import` counter of its year, taken inside the
import's transaction (never equal to a printed, all-digit number).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter as Tally

from desk_app.models.core.errors import ValidationError
from desk_app.models.core.office import Counter, next_serial
from desk_app.models.skm.entry import normalize_serial
from desk_app.models.skm.import_values import RowError
from desk_app.models.skm.tables import SurveyResponse

AUTO_PREFIX = "IMP-"
IMPORT_COUNTER = "skm_import"


def _used_serials(office: str, years: set[int]) -> dict[tuple[int, str], dt.date]:
    used: dict[tuple[int, str], dt.date] = {}
    for year in years:
        query = (SurveyResponse.select(SurveyResponse.serial, SurveyResponse.survey_date)
                 .where((SurveyResponse.office == office) & (SurveyResponse.entry == 1)
                        & SurveyResponse.voided_at.is_null()
                        & (SurveyResponse.survey_date >= dt.date(year, 1, 1))
                        & (SurveyResponse.survey_date <= dt.date(year, 12, 31))).tuples())
        for serial, day in query.iterator():
            used[(year, serial)] = day
    return used


def serial_errors(rows: list[tuple[int, dict, str]], office: str) -> list[RowError]:
    errors = []
    used = _used_serials(office, {data["survey_date"].year for _, data, _ in rows})
    seen: dict[tuple[int, str], int] = {}
    for number, data, _ in rows:
        try:
            serial = normalize_serial(data["no"])
        except ValidationError as exc:
            errors.append(RowError(number, exc.message))
            continue
        key = (data["survey_date"].year, serial)
        if key in seen:
            errors.append(RowError(number, f"No {serial} sama dengan baris {seen[key]} "
                                           f"(tahun {key[0]})."))
        elif key in used:
            errors.append(RowError(number, f"No {serial} sudah dipakai formulir lain "
                                           f"pada tahun {key[0]} ({used[key]:%d-%m-%Y})."))
        seen.setdefault(key, number)
    return errors



def auto_serials(rows: list[tuple[int, dict, str]], office: str) -> list[str]:
    """Fresh serials per year from the office's import counter (inside the transaction)."""
    by_year: dict[int, int] = Tally(data["survey_date"].year for _, data, _ in rows)
    start = {}
    for year, count in by_year.items():
        first = next_serial(office, IMPORT_COUNTER, year)  # locks the counter row
        Counter.update(last=first + count - 1).where(
            (Counter.office == office) & (Counter.kind == IMPORT_COUNTER)
            & (Counter.year == year)).execute()
        start[year] = first
    serials = []
    for _, data, _ in rows:
        year = data["survey_date"].year
        serials.append(f"{AUTO_PREFIX}{start[year]}")
        start[year] += 1
    return serials
