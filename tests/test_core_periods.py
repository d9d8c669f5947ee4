import datetime as dt

import pytest

from desk_app.models.core.errors import ValidationError
from desk_app.models.core.periods import parse_period


@pytest.mark.parametrize(
    "code, start, end, label",
    [
        ("2026-10", dt.date(2026, 10, 1), dt.date(2026, 10, 31), "Bulan Oktober 2026"),
        ("2026-02", dt.date(2026, 2, 1), dt.date(2026, 2, 28), "Bulan Februari 2026"),
        ("2026-Q3", dt.date(2026, 7, 1), dt.date(2026, 9, 30), "Triwulan III 2026"),
        ("2026-S2", dt.date(2026, 7, 1), dt.date(2026, 12, 31), "Semester II 2026"),
        ("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31), "Tahun 2026"),
    ],
)
def test_periods(code, start, end, label):
    period = parse_period(code)
    assert (period.start, period.end, period.label, period.code) == (start, end, label, code)


def test_previous_period_has_the_same_length():
    assert parse_period("2026-01").previous().code == "2025-12"
    assert parse_period("2026-S1").previous().code == "2025-S2"
    assert parse_period("2026-Q1").previous().code == "2025-Q4"
    assert parse_period("2026").previous().code == "2025"


@pytest.mark.parametrize("bad", ["", "2026-13", "2026-Q5", "26-10", "Oktober", "2026-S3"])
def test_bad_periods_are_explained(bad):
    with pytest.raises(ValidationError) as info:
        parse_period(bad)
    assert "tidak" in info.value.message


def test_period_by_kind_year_and_part():
    from desk_app.models.core.periods import (
        month_just_ended,
        period_containing,
        period_of,
        period_part,
    )

    assert [period_of(k, 2026, p).code for k, p in (("month", 10), ("quarter", 3), ("semester", 2),
                                                     ("year", 1))] == ["2026-10", "2026-Q3", "2026-S2", "2026"]
    for code in ("2026-10", "2026-Q3", "2026-S2", "2026"):
        period = parse_period(code)
        assert period_of(period.kind, period.start.year, period_part(period)) == period
    assert period_containing(dt.date(2026, 8, 17), "quarter").code == "2026-Q3"
    assert month_just_ended(dt.date(2026, 1, 5)).code == "2025-12"
    with pytest.raises(ValidationError):
        period_of("quarter", 2026, 5)
    with pytest.raises(ValidationError):
        period_of("month", 1999, 1)
