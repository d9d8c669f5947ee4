"""The index arithmetic of PermenPAN-RB 14/2017 (DOMAIN.md §3), without a database."""

import datetime as dt
from decimal import Decimal

import pytest

from desk_app.models.skm import index as skm


def test_small_check_of_domain_md():
    # 15 × 4, 12 × 3, 2 × 2 → total 100 from 29 answers
    element = skm.element_result("U1", 15 * 4 + 12 * 3 + 2 * 2, 29)
    assert element.total == 100 and element.answers == 29
    assert element.nrr == Decimal("3.4483")
    assert element.score == Decimal("86.21")
    assert element.grade == "B"


@pytest.mark.parametrize("score, grade, label", [
    ("100.00", "A", "Sangat baik"),
    ("88.31", "A", "Sangat baik"),
    ("88.30", "B", "Baik"),
    ("76.61", "B", "Baik"),
    ("76.60", "C", "Kurang baik"),
    ("65.00", "C", "Kurang baik"),
    ("64.99", "D", "Tidak baik"),
    ("25.00", "D", "Tidak baik"),
])
def test_grade_boundaries(score, grade, label):
    assert skm.grade_for(Decimal(score)) == (grade, label)


def test_grade_uses_the_value_rounded_to_two_decimals():
    # 88.305 rounds half up to 88.31 → A; 88.304 → 88.30 → B
    assert skm.grade_for(skm.round_half_up(skm.Fraction(88305, 1000), 2))[0] == "A"
    assert skm.grade_for(skm.round_half_up(skm.Fraction(88304, 1000), 2))[0] == "B"


@pytest.mark.parametrize("population, sample", [
    (10, 10), (50, 44), (100, 80), (200, 132), (500, 217), (1000, 278), (2000, 322),
    (5000, 357), (10000, 370), (100000, 383), (1000000, 384),
])
def test_krejcie_morgan_rows(population, sample):
    assert skm.krejcie_morgan(population) == sample


def test_krejcie_morgan_without_population():
    assert skm.krejcie_morgan(0) == 0


def test_perfect_survey_is_exactly_100():
    sums = {code: (4 * 37, 37) for code in skm.ELEMENT_CODES}
    result = skm.index_from_sums(sums, respondents=37)
    assert result.ikm == Decimal("100.00")
    assert result.ikm_unit == Decimal("4.0000")
    assert (result.grade, result.performance) == ("A", "Sangat baik")
    assert all(e.score == Decimal("100.00") and e.grade == "A" for e in result.elements)


def test_exact_weight_not_0_11():
    # every NRR 3.5: 9 × 3.5 × 0.11 × 25 would be 86.63; with 1/9 it is exactly 87.50
    sums = {code: (7, 2) for code in skm.ELEMENT_CODES}
    result = skm.index_from_sums(sums, respondents=2)
    assert result.ikm == Decimal("87.50") and result.ikm_unit == Decimal("3.5000")


def test_rounding_only_at_the_end():
    # two elements with NRR 11/3, seven with 3: the figures come from the exact fractions
    sums = {code: (9, 3) for code in skm.ELEMENT_CODES}
    sums["U1"] = sums["U2"] = (11, 3)
    result = skm.index_from_sums(sums, respondents=3)
    # exact: (21 + 22/3) / 9 × 25 = 85/27 × 25 = 78.7037… → 78.70; unit 3.148148… → 3.1481
    assert result.ikm == Decimal("78.70")
    assert result.ikm_unit == Decimal("3.1481")
    assert result.elements[0].nrr == Decimal("3.6667")
    assert result.elements[0].score == Decimal("91.67")


def test_element_without_answers_leaves_index_uncomputed():
    sums = {code: (12, 4) for code in skm.ELEMENT_CODES}
    sums["U8"] = (0, 0)
    result = skm.index_from_sums(sums, respondents=4)
    assert result.ikm is None and result.grade is None
    assert result.missing_elements == ["U8"]
    assert result.elements[7].nrr is None


def test_age_bands():
    assert [skm.age_band(a) for a in (17, 20, 21, 30, 31, 60, 61, None)] == [
        "≤ 20", "≤ 20", "21–30", "21–30", "31–40", "51–60", "> 60", "Tidak diisi"]


def test_identical_suggestions_are_counted_once():
    day = dt.date(2026, 11, 2)
    written = [skm.Suggestion(day, "BIMAS-02", "1", "Sudah baik."),
               skm.Suggestion(day, "BIMAS-01", "2", "Antrean terlalu panjang"),
               skm.Suggestion(day + dt.timedelta(days=3), "BIMAS-01", "3", "sudah  BAIK"),
               skm.Suggestion(day + dt.timedelta(days=9), "BIMAS-02", "4", "Sudah baik!"),
               skm.Suggestion(day + dt.timedelta(days=9), "BIMAS-03", "5", "Ruang tunggu panas"),
               skm.Suggestion(day + dt.timedelta(days=9), "BIMAS-03", "6", "Sudah baik, tapi")]
    groups = skm.group_suggestions(written)
    # the most frequent first, then in the order first written
    assert [(g.text, g.count) for g in groups] == [
        ("Sudah baik.", 3), ("Antrean terlalu panjang", 1), ("Ruang tunggu panas", 1),
        ("Sudah baik, tapi", 1)]
    often = groups[0]
    assert often.services == ("BIMAS-01", "BIMAS-02")
    assert (often.first_date, often.last_date) == (day, day + dt.timedelta(days=9))
    assert sum(g.count for g in groups) == len(written)
