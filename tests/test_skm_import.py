"""Importing SKM forms from Excel: all or nothing, re-import, row-numbered messages."""

import datetime as dt
import re

import pytest
from openpyxl import Workbook

from desk_app.models.catalogue.tables import Service
from desk_app.models.core.errors import PermissionDenied, UserError
from desk_app.models.core.periods import parse_period
from desk_app.models.skm import entry as survey_entry
from desk_app.models.skm import index as skm
from desk_app.models.skm.importer import import_surveys
from desk_app.models.skm.tables import SurveyResponse

TODAY = dt.date(2026, 11, 30)
# Columns deliberately out of order and in mixed case; element columns as codes.
HEADER = ["no", "TANGGAL", "Layanan", "U9", "U8", "u1", "U2", "U3", "U4", "U5", "U6", "U7",
          "Jenis kelamin", "Umur", "Pendidikan", "Pekerjaan", "Saran", "Catatan petugas"]


def row(no, service, u, day=dt.date(2026, 9, 14), gender="P", age=33, edu="SMA", job="Swasta",
        saran=""):
    # u = answers U1..U9; the sheet holds U9, U8 first
    return [no, day, service, u[8], u[7], *u[:7], gender, age, edu, job, saran, "abaikan"]


def write(path, rows, header=HEADER, title_rows=0):
    book = Workbook()
    sheet = book.active
    for _ in range(title_rows):
        sheet.append(["SURVEI KEPUASAN MASYARAKAT"])
    sheet.append(header)
    for values in rows:
        sheet.append(values)
    book.save(path)
    return path


@pytest.fixture
def svc(db, office):
    return list(Service.select().where(Service.office == office).order_by(Service.sort_order))


def test_import_good_file_then_reimport_is_a_no_op(db, office, counter, svc, tmp_path):
    path = write(tmp_path / "skm.xlsx", [
        row(1, svc[0].code, [4, 4, 3, 4, 3, 4, 4, 2, 3], saran="Antrian cepat"),
        row(2, svc[0].name, [3, 4, 3, 4, 3, 3, 4, None, 3]),
        row(3, svc[0].code.lower(), ["d", "c", "b", "d", "d", "d", "d", "a", "d"], gender="L"),
        [None] * len(HEADER),  # a blank row is skipped
        row(4, svc[1].code, [4] * 9, age="61", edu="D4/S1", job="PNS"),
    ], title_rows=2)
    result = import_surveys(counter, path, office, today=TODAY)
    assert result.errors == [] and result.imported == 4
    forms = list(SurveyResponse.select().order_by(SurveyResponse.import_key))
    assert [f.source for f in forms] == ["import"] * 4
    third = SurveyResponse.get(SurveyResponse.serial == "3")
    assert (third.u1, third.u2, third.u8, third.u9, third.gender) == (4, 3, 1, 4, "L")
    assert SurveyResponse.get(SurveyResponse.serial == "2").u8 is None
    index = skm.compute_index(parse_period("2026-09"), svc[0].id, office)
    assert index.respondents == 3 and index.elements[7].answers == 2
    assert skm.suggestions(parse_period("2026-09"), office=office)[0].text == "Antrian cepat"

    again = import_surveys(counter, path, office, today=TODAY)
    assert again.already_imported and again.imported == 0
    assert "sudah pernah diimpor" in again.message
    assert SurveyResponse.select().count() == 4
    from desk_app.models.core import trail

    assert trail.row_problems() == []  # each imported form is sealed in the audit trail


def test_bad_rows_listed_and_nothing_imported(db, office, counter, svc, tmp_path, cli):
    b = survey_entry.create_batch(counter, office, svc[0].id, dt.date(2026, 9, 1))
    survey_entry.save_form(counter, b.id, "77", {c: 4 for c in skm.ELEMENT_NAMES})
    path = write(tmp_path / "skm.xlsx", [
        row(1, svc[0].code, [4] * 9),                       # row 2: good
        row(2, svc[0].code, [4, 4, 5, 4, 4, 4, 4, 4, 4]),   # row 3: U3 = 5
        row(3, "KODE-LAIN", [4] * 9),                        # row 4: unknown service
        row(4, svc[0].code, [4] * 9, gender="X"),           # row 5: gender
        row(5, svc[0].code, [4] * 9, day="31/02/2026"),     # row 6: no such date
        row(1, svc[0].code, [3] * 9),                       # row 7: serial of row 2 again
        row(77, svc[0].code, [3] * 9),                      # row 8: serial keyed already
        row(8, svc[0].code, ["=1+2"] + [3] * 8),            # row 9: formula
        row(9, svc[0].code, [3] * 9, age=7),                # row 10: age
        row(10, svc[0].code, [3] * 9, day=dt.date(2026, 12, 24)),  # row 11: future
    ])
    result = import_surveys(counter, path, office, today=TODAY)
    assert result.imported == 0
    assert [e.row for e in result.errors] == [3, 4, 5, 6, 7, 8, 9, 10, 11]
    text = [str(e) for e in result.errors]
    assert "Baris 3: Jawaban U3 harus 1–4" in text[0]
    assert "Layanan 'KODE-LAIN' tidak dikenal" in text[1]
    assert "Jenis kelamin harus L atau P" in text[2]
    assert "Tanggal '31/02/2026' tidak dikenali" in text[3]
    assert "No 1 sama dengan baris 2" in text[4]
    assert "No 77 sudah dipakai" in text[5]
    assert "rumus" in text[6]
    assert "Umur harus 10–110" in text[7]
    assert "belum terjadi" in text[8]
    assert SurveyResponse.select().where(SurveyResponse.source == "import").count() == 0

    code, out, err = cli("import-surveys", str(path))
    assert code == 1
    assert "tidak ada formulir yang diimpor" in err and "Baris 4: Layanan" in err
    assert SurveyResponse.select().where(SurveyResponse.source == "import").count() == 0


def test_cli_imports_a_good_file(db, office, svc, tmp_path, cli):
    path = write(tmp_path / "baik.xlsx", [row(i, svc[0].code, [3] * 9) for i in range(1, 6)])
    code, out, _ = cli("import-surveys", str(path))
    assert code == 0 and "5 formulir survei diimpor" in out
    code, out, _ = cli("import-surveys", str(path))
    assert code == 0 and "sudah pernah diimpor" in out


@pytest.mark.parametrize("case, message", [
    ("renamed", "tidak dapat dibaca sebagai .xlsx"),
    ("ods", "bukan berkas Excel .xlsx atau CSV"),
    ("empty", "kosong"),
    ("missing", "Kolom wajib tidak ada pada baris judul (baris 1): U7"),
    ("doubled", "Kolom ganda pada baris judul (baris 1): U4"),
    ("no_header", "Baris judul kolom tidak ditemukan"),
    ("no_rows", "tidak berisi baris formulir"),
])
def test_file_level_problems_are_explained(db, office, counter, tmp_path, case, message):
    path = tmp_path / ("skm.ods" if case == "ods" else "skm.xlsx")
    if case in ("renamed", "ods"):
        path.write_text("No;Tanggal;U1\n1;2026-09-01;4\n")
    elif case == "empty":
        Workbook().save(path)
    elif case == "missing":
        write(path, [], header=[h for h in HEADER if h not in ("Umur", "U7")])
    elif case == "doubled":
        write(path, [], header=HEADER + ["u4"])
    elif case == "no_header":
        write(path, [["data", "tanpa", "judul"]] * 3, header=["Survei"])
    else:
        write(path, [])
    with pytest.raises(UserError, match=re.escape(message)):
        import_surveys(counter, path, office, today=TODAY)


def test_import_needs_permission(db, office, tmp_path, svc):
    from desk_app.models.core.accounts import User

    clerk = User.get(User.username == "petugas")
    clerk.role = "viewer"
    path = write(tmp_path / "skm.xlsx", [row(1, svc[0].code, [4] * 9)])
    with pytest.raises(PermissionDenied):
        import_surveys(clerk, path, office, today=TODAY)


def test_keys_name_file_and_row_and_older_imports_are_still_recognised(db, office, counter,
                                                                       svc, tmp_path):
    from desk_app.models.skm.import_read import file_sha256

    path = write(tmp_path / "skm.xlsx", [row(n, svc[0].code, [4] * 9) for n in (1, 2)])
    sha = file_sha256(path)
    import_surveys(counter, path, office, today=TODAY)
    keys = sorted(k for (k,) in SurveyResponse.select(SurveyResponse.import_key).tuples())
    assert [k.rsplit(":", 1)[0] for k in keys] == [f"{sha}:2", f"{sha}:3"]
    # a form imported before fingerprints existed had the key "<file sha>:<row>" only
    SurveyResponse.update(import_key=SurveyResponse.id).execute()
    SurveyResponse.update(import_key=f"{sha}:2").where(SurveyResponse.serial == "1").execute()
    assert import_surveys(counter, path, office, today=TODAY).already_imported
