"""Keying paper SKM forms: validation, serials, undo, correction, double entry, the index."""

import datetime as dt
import json
from decimal import Decimal

import pytest

from desk_app.models.catalogue.tables import Service
from desk_app.models.core import audit
from desk_app.models.core.errors import PermissionDenied, ValidationError
from desk_app.models.core.periods import parse_period
from desk_app.models.requests.registration import register_request
from desk_app.models.skm import entry as survey_entry
from desk_app.models.skm import index as skm
from desk_app.models.skm.tables import SurveyResponse

DAY = dt.date(2026, 8, 12)
CODES = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"]
# four forms, U1..U9 (None = skipped); hand computation in test_cli_json_equals_hand_computation
FORMS = [
    [4, 4, 3, 4, 3, 4, 4, 2, 3],
    [3, 4, 3, 4, 3, 3, 4, None, 3],
    [4, 3, 2, 4, 4, 4, 4, 1, 4],
    [3, 3, 3, 4, 3, 4, 3, 3, None],
]


def answers(values):
    return dict(zip(CODES, values, strict=True))


def services(office):
    return list(Service.select().where(Service.office == office).order_by(Service.sort_order))


def batch(actor, office, service=None, day=DAY, double=False, **kw):
    service = service or services(office)[0]
    return survey_entry.create_batch(actor, office, service.id, day, double_entry=double, **kw)


def key(actor, b, serial, values, entry=1, **profile):
    profile = {"gender": "L", "age": 35, "education": "SMA", "occupation": "Swasta"} | profile
    return survey_entry.save_form(actor, b.id, serial, answers(values), entry=entry, **profile)


def test_save_validates_every_field(db, office, counter):
    b = batch(counter, office)
    good = {"gender": "P", "age": 40, "education": "D4/S1", "occupation": "PNS"}
    for bad, field in [({"U1": 5}, "U1"), ({"U2": 0}, "U2"), ({"U10": 3}, "answers")]:
        with pytest.raises(ValidationError) as err:
            survey_entry.save_form(counter, b.id, "1", bad, **good)
        assert err.value.field == field
    for change, field in [({"gender": "X"}, "gender"), ({"age": 9}, "age"), ({"age": 111}, "age"),
                          ({"education": "S4"}, "education"), ({"occupation": "Petani"}, "occupation")]:
        with pytest.raises(ValidationError) as err:
            survey_entry.save_form(counter, b.id, "1", answers(FORMS[0]), **(good | change))
        assert err.value.field == field
    assert SurveyResponse.select().count() == 0
    form = survey_entry.save_form(counter, b.id, "007", answers(FORMS[1]), **good)
    assert form.serial == "7" and form.u8 is None and form.survey_date == DAY
    assert form.education == "D4/S1"


def test_counter_without_permission_cannot_key(db, office, admin, counter):
    b = batch(counter, office)
    with pytest.raises(PermissionDenied):
        key(admin, b, "1", FORMS[0])


def test_duplicate_serial_in_the_same_year_refused(db, office, counter, counter2):
    first, second = services(office)[:2]
    key(counter, batch(counter, office, first), "15", FORMS[0])
    other = batch(counter2, office, second, day=dt.date(2026, 11, 3))
    with pytest.raises(ValidationError, match="15 sudah dipakai pada tahun 2026"):
        key(counter2, other, "0015", FORMS[1])
    next_year = batch(counter2, office, second, day=dt.date(2027, 1, 4), at=dt.datetime(2027, 1, 4, 2))
    assert key(counter2, next_year, "15", FORMS[1]).serial == "15"


def test_next_serial_undo_and_tally(db, office, counter):
    b = batch(counter, office)
    assert survey_entry.next_serial(b.id) == "1"
    key(counter, b, "41", FORMS[0])
    assert survey_entry.next_serial(b.id) == "42"
    key(counter, b, "42", FORMS[1])
    tally = survey_entry.batch_tally(b.id)
    assert (tally.forms, tally.answers, tally.skipped, tally.last_serial) == (2, 17, 1, "42")
    undone = survey_entry.undo_last(counter, b.id)
    assert undone.serial == "42"
    assert SurveyResponse.get_by_id(undone.id).void_reason == "dibatalkan saat entri"
    assert survey_entry.next_serial(b.id) == "42"
    assert survey_entry.batch_tally(b.id).forms == 1
    # the serial of a voided form may be keyed again
    key(counter, b, "42", FORMS[2])


def test_correction_needs_permission_and_keeps_old_values(db, office, counter, head):
    b = batch(counter, office)
    form = key(counter, b, "5", FORMS[0])
    with pytest.raises(PermissionDenied):
        survey_entry.correct_form(counter, form.id, answers={"U3": 1})
    survey_entry.correct_form(head, form.id, answers={"U3": 1}, age=52)
    fixed = SurveyResponse.get_by_id(form.id)
    assert (fixed.u3, fixed.age, fixed.u1) == (1, 52, 4)
    event = [e for e in audit.history("SurveyResponse", form.id) if e.action == "correct"][-1]
    assert event.actor == "kasi"
    assert (event.diff["before"]["u3"], event.diff["after"]["u3"]) == (3, 1)
    assert (event.diff["before"]["age"], event.diff["after"]["age"]) == (35, 52)


def test_double_entry_counts_only_after_mismatches_are_resolved(db, office, counter, counter2):
    period = parse_period("2026-08")
    b = batch(counter, office, double=True)
    for serial, values in zip(("1", "2", "3"), FORMS, strict=False):
        key(counter, b, serial, values)
    assert skm.compute_index(period, office=office).respondents == 0  # not reconciled yet
    assert survey_entry.next_serial(b.id, entry=2) == "1"
    key(counter2, b, "1", FORMS[0], entry=2)
    key(counter2, b, "2", [3, 4, 3, 4, 3, 3, 4, 2, 3], entry=2)  # U8 keyed 2 instead of skipped
    key(counter2, b, "3", FORMS[2], entry=2, age=53)  # age typed wrong
    mismatches = survey_entry.reconcile_batch(counter, b.id)
    assert [(m.serial, m.fields) for m in mismatches] == [("2", ("u8",)), ("3", ("age",))]
    assert mismatches[0].first["u8"] is None and mismatches[0].second["u8"] == 2
    assert skm.compute_index(period, office=office).respondents == 0
    paper2 = dict(mismatches[0].first)
    left = survey_entry.resolve_mismatch(counter, b.id, "2", paper2)
    assert [m.serial for m in left] == ["3"]
    left = survey_entry.resolve_mismatch(counter, b.id, "3", dict(mismatches[1].first))
    assert left == []
    assert survey_entry.get_batch(b.id).status == "counted"
    result = skm.compute_index(period, office=office)
    assert result.respondents == 3  # entry 2 is not counted twice
    assert result.elements[7].answers == 2  # U8 of form 2 stays skipped


def test_double_entry_form_missing_in_one_keying(db, office, counter, counter2):
    b = batch(counter, office, double=True)
    key(counter, b, "1", FORMS[0])
    key(counter2, b, "1", FORMS[0], entry=2)
    key(counter2, b, "2", FORMS[1], entry=2)
    [missing] = survey_entry.reconcile_batch(counter, b.id)
    assert missing.serial == "2" and missing.first is None
    survey_entry.resolve_mismatch(counter, b.id, "2", missing.second)
    assert survey_entry.get_batch(b.id).status == "counted"
    assert skm.compute_index(parse_period("2026-08"), office=office).respondents == 2


def _register_requests(counter, service, count, day):
    at = dt.datetime.combine(day, dt.time(2, 0))
    for i in range(count):
        register_request(counter, service.id, {"name": f"Pemohon {i}",
                                                "nik": f"5271010101900{i + 1:03d}",
                                                "phone": "081234567890"},
                         [], accept_incomplete=True, at=at + dt.timedelta(minutes=i))


def test_cli_json_equals_hand_computation(db, office, counter, head, cli):
    first, second = services(office)[:2]
    b = batch(counter, office, first)
    forms = [key(counter, b, str(i + 1), values) for i, values in enumerate(FORMS)]
    # not counted: a voided form, a form of July, an unreconciled double-entry batch
    extra = key(counter, b, "9", [1] * 9)
    survey_entry.void_form(head, extra.id, "salah ketik")
    key(counter, batch(counter, office, first, day=dt.date(2026, 7, 30)), "10", [1] * 9)
    key(counter, batch(counter, office, first, double=True), "11", [1] * 9)
    key(counter, batch(counter, office, second), "12", [4] * 9)  # another service
    _register_requests(counter, first, 3, dt.date(2026, 7, 10))  # population of July
    assert len(forms) == 4

    code, out, err = cli("skm", "--period", "2026-08", "--service", first.code, "--json")
    assert code == 0, err
    data = json.loads(out)
    # By hand: U1 14/4, U2 14/4, U3 11/4, U4 16/4, U5 13/4, U6 15/4, U7 15/4, U8 6/3, U9 10/3
    # Σ NRR = 179/6; IKM(1–4) = 179/54 = 3.31481…; IKM = 4475/54 = 82.8703…
    expected_nrr = [3.5, 3.5, 2.75, 4.0, 3.25, 3.75, 3.75, 2.0, 3.3333]
    expected_score = [87.5, 87.5, 68.75, 100.0, 81.25, 93.75, 93.75, 50.0, 83.33]
    assert data["period"] == "2026-08" and data["service"] == first.code
    assert data["respondents"] == 4
    assert [e["code"] for e in data["elements"]] == CODES
    assert [e["answers"] for e in data["elements"]] == [4, 4, 4, 4, 4, 4, 4, 3, 3]
    assert [e["nrr"] for e in data["elements"]] == expected_nrr
    assert [e["score"] for e in data["elements"]] == expected_score
    assert [e["grade"] for e in data["elements"]] == ["B", "B", "C", "A", "B", "A", "A", "D", "B"]
    assert data["elements"][0]["name"] == "Persyaratan"
    assert (data["ikm"], data["ikm_unit"]) == (82.87, 3.3148)
    assert (data["grade"], data["performance"]) == ("B", "Baik")
    assert (data["sample_minimum"], data["sample_met"]) == (3, True)
    assert set(data) == {"period", "service", "respondents", "elements", "ikm", "ikm_unit",
                         "grade", "performance", "sample_minimum", "sample_met", "population",
                         "response_rate", "by_source", "sample_population"}

    code, out, _ = cli("skm", "--period", "2026-08", "--json")
    every = json.loads(out)
    assert every["service"] is None and every["respondents"] == 5

    code, out, _ = cli("skm", "--period", "2026-08", "--service", first.code)
    assert code == 0
    assert "IKM (25–100) : 82,87" in out and "Mutu         : B — kinerja Baik" in out


def test_cli_rejects_bad_period_and_service(db, cli):
    code, _, err = cli("skm", "--period", "2026-13")
    assert code == 1 and "Bulan 13 tidak sah" in err
    code, _, err = cli("skm", "--period", "2026-Q3", "--service", "TIDAK-ADA")
    assert code == 1 and "tidak ditemukan" in err


def test_profile_and_suggestions(db, office, counter):
    b = batch(counter, office)
    key(counter, b, "1", FORMS[0], gender="P", age=19, education="SD", occupation="PNS",
        comment="Ruang tunggu panas")
    key(counter, b, "2", FORMS[1], gender="L", age=61, education="S3", occupation=None)
    period = parse_period("2026-Q3")
    profile = skm.respondent_profile(period, office=office)
    assert profile.respondents == 2
    assert dict(profile.gender) == {"Laki-laki": 1, "Perempuan": 1, "Tidak diisi": 0}
    assert dict(profile.age)["≤ 20"] == 1 and dict(profile.age)["> 60"] == 1
    assert dict(profile.education)["S3"] == 1
    assert dict(profile.occupation)["Tidak diisi"] == 1
    [note] = skm.suggestions(period, office=office)
    assert note.text == "Ruang tunggu panas" and note.serial == "1"


def test_skipped_answers_are_not_counted(db, office, counter):
    b = batch(counter, office)
    key(counter, b, "1", [4, 4, 4, 4, 4, 4, 4, None, 4])
    key(counter, b, "2", [4, 4, 4, 4, 4, 4, 4, 2, None])
    result = skm.compute_index(parse_period("2026-08"), office=office)
    u8, u9 = result.elements[7], result.elements[8]
    assert (u8.answers, u8.nrr, u9.answers, u9.nrr) == (1, Decimal("2.0000"), 1, Decimal("4.0000"))
    # (7 × 4 + 2 + 4) / 9 × 25 = 94.44
    assert result.ikm == Decimal("94.44")


def test_counted_double_entry_batch_stays_consistent(db, office, counter, counter2, head):
    b = batch(counter, office, double=True)
    for serial, values in (("1", FORMS[0]), ("2", FORMS[1]), ("3", FORMS[2])):
        key(counter, b, serial, values)
        key(counter2, b, serial, values, entry=2)
    assert survey_entry.reconcile_batch(counter, b.id) == []
    form = SurveyResponse.get((SurveyResponse.serial == "1") & (SurveyResponse.entry == 1))
    survey_entry.correct_form(head, form.id, answers={"U1": 2})  # both keyings corrected
    assert survey_entry.compare_double_entry(b.id) == []
    assert survey_entry.get_batch(b.id).status == "counted"
    survey_entry.void_form(head, form.id, "formulir rusak")  # both keyings voided
    assert survey_entry.compare_double_entry(b.id) == []
    assert skm.compute_index(parse_period("2026-08"), office=office).respondents == 2
    survey_entry.undo_last(counter, b.id)  # entry 1 of form 3 undone while entry 2 stays
    assert survey_entry.get_batch(b.id).status == "open"
    assert skm.compute_index(parse_period("2026-08"), office=office).respondents == 0
