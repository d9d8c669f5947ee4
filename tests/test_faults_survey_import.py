"""Careless workbooks never break the survey import: wrong types, missing or doubled
columns, formulas, empty sheets, renamed files and big files give a clear Indonesian
message, and either every row is imported or none is."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from desk_app.models.core.errors import UserError
from desk_app.models.skm.importer import import_surveys
from desk_app.models.skm.tables import SurveyResponse

HEADER = ["No", "Tanggal", "Layanan", "Jenis Kelamin", "Umur", "Pendidikan", "Pekerjaan",
          "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "Saran"]
GOOD = ["{n}", dt.date(2026, 10, 5), "BIMAS-01", "L", 34, "SMA", "Swasta", 4, 3, 4, 4, 3, 4, 4, 3, 4, ""]

cells = st.one_of(
    st.none(), st.integers(-5, 200), st.floats(allow_nan=True, allow_infinity=True),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12), st.sampled_from(["=1+1", "=HYPERLINK(\"x\")", "L", "P", "a", "SMA", "PNS",
                                           "BIMAS-01", "2026-10-05", "05/10/2026"]),
    st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
)


def write_book(path, header, rows):
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def good_row(n):
    return [str(n) if v == "{n}" else v for v in GOOD]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    header=st.lists(st.sampled_from(HEADER + ["Extra", "u1", "NO"]), min_size=0, max_size=20),
    mess=st.lists(st.tuples(st.integers(0, 16), cells), max_size=6),
    rows=st.integers(1, 5),
)
def test_random_workbooks_import_all_or_nothing(db, admin, office, tmp_path_factory, header, mess, rows):
    data = [good_row(n) for n in range(1, rows + 1)]
    for column, value in mess:
        data[column % rows][column] = value
    path = write_book(tmp_path_factory.mktemp("x") / "survei.xlsx", header, data)
    before = SurveyResponse.select().count()
    try:
        result = import_surveys(admin, path, office, today=dt.date(2026, 11, 25))
    except UserError as exc:
        assert exc.message
        assert SurveyResponse.select().count() == before
        return
    after = SurveyResponse.select().count()
    if result.errors:
        assert after == before
        assert all(e.row >= 2 and e.message for e in result.errors)
    elif not result.already_imported:
        assert after - before == result.imported == rows


def test_well_formed_workbook_with_shuffled_columns(db, admin, office, tmp_path):
    order = list(reversed(range(len(HEADER))))
    rows = [[good_row(n)[i] for i in order] for n in range(1, 4)]
    path = write_book(tmp_path / "acak.xlsx", [HEADER[i].upper() for i in order], rows)
    result = import_surveys(admin, path, office, today=dt.date(2026, 11, 25))
    assert result.imported == 3, result.errors


@pytest.mark.parametrize("case", ["empty", "header only", "renamed text", "renamed csv", "doubled column"])
def test_bad_files_get_a_message_and_change_nothing(db, admin, office, tmp_path, case):
    path = tmp_path / "survei.xlsx"
    if case == "empty":
        Workbook().save(path)
    elif case == "header only":
        write_book(path, HEADER, [])
    elif case == "renamed text":
        path.write_text("ini bukan berkas excel")
    elif case == "renamed csv":
        path.write_text(",".join(HEADER) + "\n1,2026-10-05,BIMAS-01\n")
    else:
        write_book(path, HEADER + ["U3"], [good_row(1) + [2]])
    before = SurveyResponse.select().count()
    try:
        result = import_surveys(admin, path, office, today=dt.date(2026, 11, 25))
        assert result.errors, case
        message = str(result.errors[0])
    except UserError as exc:
        message = exc.message
    assert message
    assert SurveyResponse.select().count() == before


def test_a_big_workbook_imports_whole(db, admin, office, tmp_path, backend):
    if backend == "postgres":
        pytest.skip("one backend is enough for the size test")
    rows = [good_row(n) for n in range(1, 5001)]
    path = write_book(tmp_path / "besar.xlsx", HEADER, rows)
    result = import_surveys(admin, path, office, today=dt.date(2026, 11, 25))
    assert result.imported == 5000
    again = import_surveys(admin, path, office, today=dt.date(2026, 11, 25))
    assert again.already_imported and SurveyResponse.select().count() == 5000
