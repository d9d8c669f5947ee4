"""Every text field of the domain, fed arbitrary Unicode (NUL, control characters, lone
surrogates, direction overrides, very long text): either stored exactly as cleaned, or
refused with one Indonesian message naming the field; never another exception, never a
control character in the database. Dates and empty survey forms: refused with a reason.
On SQLite and PostgreSQL."""

import datetime as dt
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.models.catalogue.tables import Service
from desk_app.models.complaints import flow as cf
from desk_app.models.core import accounts, setup
from desk_app.models.core.errors import ValidationError
from desk_app.models.core.text import check_text, find_forbidden
from desk_app.models.requests import registration as rf
from desk_app.models.skm import entry as survey_entry

NIK = "5271014506900001"
AT = dt.datetime(2026, 11, 25, 2, 0)  # 10:00 WITA
NASTY = ["\x00", "\x07", "\x1b[2J", "\ud800", "\udfff", "\u202e", "\x7f", "\n", "\t", "\r",
         "a" * 30000]
text = st.one_of(
    st.text(max_size=60),  # any code point Hypothesis likes, surrogates included
    st.text(st.characters(min_codepoint=0, max_codepoint=0x40), max_size=20),
    st.builds(lambda a, bad, b: a + bad + b, st.text(max_size=10), st.sampled_from(NASTY),
              st.text(max_size=10)),
)
SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


def clean(value) -> bool:
    return not isinstance(value, str) or find_forbidden(value) is None


def refused_or_stored(call, read_back, value, field):
    """Run `call`; a refusal names the field (or the data layer's guard); a success
    stores the text (stripped, spaces collapsed where the domain does) without control
    characters."""
    try:
        result = call()
    except ValidationError as exc:
        assert exc.message and "\x00" not in exc.message
        assert exc.field in (field, None), (exc.field, exc.message)  # None: the data layer's guard
        return None
    stored = read_back(result)
    assert clean(stored), repr(stored)
    assert stored in (value.strip(), " ".join(value.split())), (stored, value)
    return stored


def service_id(office, code="BIMAS-01"):
    return Service.get((Service.office == office) & (Service.code == code)).id


def documents(office):
    from desk_app.models.catalogue import standards

    standard = standards.standard_in_force(Service.get_by_id(service_id(office)))
    return [{"name": d, "received": True} for d in standard.requirements]


@pytest.mark.parametrize("field", ["name", "address", "institution"])
@SETTINGS
@given(value=text)
def test_request_applicant_fields(db, office, counter, field, value):
    person = {"name": "Baiq Siti Aminah", "nik": NIK, "phone": "081237451234",
              "address": "Ampenan", "institution": ""} | {field: value}
    column = {"name": "applicant_name", "address": "applicant_address",
              "institution": "applicant_institution"}[field]
    refused_or_stored(lambda: rf.register_request(counter, service_id(office), person, documents(office), at=AT),
                      lambda r: getattr(type(r).get_by_id(r.id), column), value, field)


@pytest.mark.parametrize("field", ["text", "complainant_name", "contact", "address"])
@SETTINGS
@given(value=text)
def test_complaint_fields(db, office, counter, field, value):
    values = dict(kind="pengaduan", channel="datang langsung", received_date=dt.date(2026, 11, 25),
                  protection="bernama", complainant_name="Baiq Nurhayati", contact="081998877665",
                  address="Ampenan", category="pelayanan", text="Antrean terlalu lama.") | {field: value}
    column = {"contact": "complainant_contact", "address": "complainant_address"}.get(field, field)
    refused_or_stored(lambda: cf.register_complaint(counter, at=AT, **values),
                      lambda c: getattr(type(c).get_by_id(c.id), column), value, field)


@SETTINGS
@given(value=text)
def test_complaint_note(db, office, counter, value):
    complaint = cf.register_complaint(
        counter, at=AT, kind="pengaduan", channel="datang langsung", received_date=dt.date(2026, 11, 25),
        protection="bernama", complainant_name="Baiq", contact="", address="", category="pelayanan",
        text="Antrean terlalu lama.")
    refused_or_stored(lambda: cf.add_note(counter, complaint.id, value, at=AT),
                      lambda e: type(e).get_by_id(e.id).text, value, "note")


@SETTINGS
@given(value=text)
def test_survey_comment(db, office, counter, value):
    batch = survey_entry.create_batch(counter, office, service_id(office), dt.date(2026, 11, 2))
    serial = str(survey_entry.next_serial(batch.id))
    refused_or_stored(lambda: survey_entry.save_form(counter, batch.id, serial, {"U1": 4}, comment=value),
                      lambda r: type(r).get_by_id(r.id).comment, value, "comment")


@pytest.mark.parametrize("field", ["full_name", "position"])
@SETTINGS
@given(value=text)
def test_user_fields(db, office, admin, field, value):
    import uuid

    values = {"full_name": "Lalu Petugas", "position": ""} | {field: value}
    refused_or_stored(
        lambda: accounts.create_user(admin, office, f"u{uuid.uuid4().hex[:10]}", values["full_name"],
                                     "counter", "sandi-rahasia-1", position=values["position"]),
        lambda u: getattr(type(u).get_by_id(u.id), field), value, field)


@pytest.mark.parametrize("field", ["name", "address", "city"])
@SETTINGS
@given(value=text)
def test_office_fields(db, office, admin, field, value):
    refused_or_stored(lambda: setup.update_office(admin, office, **{field: value}),
                      lambda o: getattr(type(o).get_by_id(o.code), field), value, field)


@SETTINGS
@given(value=text)
def test_standard_fields(db, office, admin, value):
    from desk_app.models.catalogue import standards

    service = Service.get_by_id(service_id(office))
    values = {"name": service.name, "description": value, "requirements": ["KTP", value]}
    try:
        standard = standards.save_standard_version(admin, service.id, values)
    except ValidationError as exc:
        assert exc.message
        return
    assert clean(standard.description) and all(clean(r) for r in standard.requirements)


@given(value=st.text(max_size=40))
def test_check_text_alone(value):
    try:
        kept = check_text(value, "Isian", "isian", limit=30)
    except ValidationError as exc:
        assert exc.field == "isian" and exc.message.startswith("Isian ")
    else:
        assert kept == value and len(value) <= 30
        assert not any(unicodedata.category(c) in ("Cc", "Cs") for c in value)


# --- dates and empty forms ----------------------------------------------------------------

@pytest.mark.parametrize("day", [dt.date(1900, 1, 1), dt.date(1, 1, 1), dt.date(2026, 12, 24)])
def test_complaint_date_between_office_start_and_today(db, office, counter, day):
    with pytest.raises(ValidationError) as caught:
        cf.register_complaint(counter, at=AT, kind="pengaduan", channel="datang langsung",
                              received_date=day, protection="anonim", complainant_name="",
                              contact="", address="", category="pelayanan", text="Antrean lama.")
    assert caught.value.field == "received_date"


@pytest.mark.parametrize("day", [dt.date(1900, 1, 1), dt.date(1, 1, 1)])
def test_survey_batch_date_before_the_office_started(db, office, counter, day):
    with pytest.raises(ValidationError, match="sebelum kantor mulai mencatat"):
        survey_entry.create_batch(counter, office, service_id(office), day)


def test_request_dated_before_the_office_started(db, office, counter, admin):
    from desk_app.models.core import settings as office_settings

    office_settings.set_many(admin, office, {"office_start_date": "2026-01-01"})
    with pytest.raises(ValidationError, match="sebelum kantor mulai"):
        rf.register_request(counter, service_id(office), {"name": "Baiq", "nik": NIK, "phone": "081237451234"},
                            documents(office), at=dt.datetime(2025, 12, 31, 2))


def test_a_survey_form_needs_one_answer(db, office, counter):
    batch = survey_entry.create_batch(counter, office, service_id(office), dt.date(2026, 11, 2))
    with pytest.raises(ValidationError, match="tanpa satu pun jawaban") as caught:
        survey_entry.save_form(counter, batch.id, "1", {}, gender="L", age=30)
    assert caught.value.field == "answers"
    assert survey_entry.save_form(counter, batch.id, "1", {"U4": 4}).u4 == 4


def test_import_row_errors_say_why(db, office, admin, tmp_path):
    from openpyxl import Workbook

    from desk_app.models.skm.importer import import_surveys
    from desk_app.models.skm.tables import SurveyResponse

    book = Workbook()
    sheet = book.active
    sheet.append(["No", "Tanggal", "Layanan", "Jenis Kelamin", "Umur", "Pendidikan", "Pekerjaan",
                  "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"])
    sheet.append(["1", "2026-10-05", "BIMAS-01", "L", 30, "SMA", "PNS"] + [None] * 9)
    sheet.append(["2", dt.date(1900, 1, 1), "BIMAS-01", "L", 30, "SMA", "PNS"] + [4] * 9)
    sheet.append(["3", "2026-10-05", "BIMAS-01", "L", 30, "SMA", "PNS"] + [4] * 9)
    path = tmp_path / "survei.xlsx"
    book.save(path)
    result = import_surveys(admin, path, office, today=dt.date(2026, 11, 25))
    messages = {e.row: e.message for e in result.errors}
    assert "tanpa satu pun jawaban" in messages[2]
    assert "sebelum kantor mulai mencatat" in messages[3]
    assert SurveyResponse.select().count() == 0
