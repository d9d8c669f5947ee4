import datetime as dt

from desk_app.models.core import workdays
from desk_app.models.core.workdays import (
    add_working_days,
    day_off_reason,
    is_working_day,
    working_days_between,
)


def test_weekend_is_skipped(db):
    friday = dt.date(2026, 11, 20)
    assert add_working_days(friday, 1) == dt.date(2026, 11, 23)  # Monday
    assert add_working_days(friday, 5) == dt.date(2026, 11, 27)


def test_national_holiday_is_skipped(db):
    # 17 August 2026 (Monday) is Independence Day.
    assert not is_working_day(dt.date(2026, 8, 17))
    assert add_working_days(dt.date(2026, 8, 14), 1) == dt.date(2026, 8, 18)
    assert "Kemerdekaan" in day_off_reason(dt.date(2026, 8, 17))


def test_cuti_bersama_entered_by_admin_is_skipped(db, admin, office):
    thursday = dt.date(2026, 12, 24)
    assert is_working_day(thursday)
    workdays.add_cuti_bersama(admin, office, thursday, "Cuti bersama Natal")
    assert not is_working_day(thursday)
    # Wed 23 Dec + 2 working days: skips Thu 24 (cuti bersama), Fri 25 (Christmas), weekend
    assert add_working_days(dt.date(2026, 12, 23), 2) == dt.date(2026, 12, 29)


def test_working_days_between(db):
    assert working_days_between(dt.date(2026, 11, 20), dt.date(2026, 11, 27)) == 5
    assert working_days_between(dt.date(2026, 11, 27), dt.date(2026, 11, 20)) == 0


def test_zero_days_from_a_day_off_moves_to_next_working_day(db):
    assert add_working_days(dt.date(2026, 11, 21), 0) == dt.date(2026, 11, 23)
