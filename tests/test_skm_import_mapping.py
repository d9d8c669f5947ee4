"""Column mapping of the survey import: common headings recognised, a mapping made once
remembered per file layout and usable from the command line (--mapping NAME)."""

import datetime as dt

import pytest
from openpyxl import Workbook

from desk_app.models.catalogue.tables import Service
from desk_app.models.core.errors import UserError
from desk_app.models.skm.import_columns import (
    find_columns,
    guess_field,
    save_mapping,
    stored_mappings,
)
from desk_app.models.skm.import_values import answer, date
from desk_app.models.skm.importer import import_surveys
from desk_app.models.skm.tables import SurveyResponse

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize("heading, field", [
    ("U1", "U1"), ("p9", "U9"), ("Unsur 4", "U4"), ("UNSUR-7", "U7"), ("Pertanyaan 2", "U2"),
    ("U3 Waktu penyelesaian", "U3"), ("Persyaratan", "U1"), ("Biaya/Tarif", "U4"),
    ("Sarana dan prasarana", "U9"), ("Penanganan Pengaduan, Saran dan Masukan", "U8"),
    ("Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis "
     "pelayanannya?", "U1"),
    ("3. Bagaimana pendapat Saudara tentang kecepatan waktu petugas dalam memberikan "
     "pelayanan?", "U3"),
    ("Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?", "U8"),
    ("Tanggal", "date"), ("Timestamp", "date"), ("Waktu", "date"), ("Stempel waktu", "date"),
    ("Tanggal Pelayanan", "date"), ("Layanan", "service"), ("Jenis Layanan", "service"),
    ("Jenis layanan yang Anda terima", "service"), ("No.", "serial"), ("Nomor Responden", "serial"),
    ("Jenis Kelamin (L/P)", "gender"), ("Usia (tahun)", "age"), ("Pendidikan terakhir Anda", "education"),
    ("Pekerjaan", "occupation"), ("Kritik dan saran", "comment"),
    ("Saran dan masukan untuk perbaikan pelayanan", "comment"),
    ("Nama", None), ("Alamat email", None), ("Tanggal lahir", None), ("Nomor HP/WA", None),
    ("", None), ("Nama layanan", "service"),
])
def test_common_headings_are_recognised(heading, field):
    assert guess_field(heading) == field


@pytest.mark.parametrize("code, said, value", [
    ("U1", "Sangat sesuai", 4), ("U1", " kurang   SESUAI ", 2), ("U4", "Cukup mahal", 2),
    ("U4", "gratis", 4), ("U8", "Dikelola dengan baik", 4), ("U8", "Ada tetapi tidak berfungsi", 2),
    ("U7", "Sopan dan ramah", 3), ("U9", "d. Sangat baik", 4), ("U2", "B", 2), ("U3", 3.0, 3),
    ("U5", None, None), ("U6", "", None),
])
def test_answers_as_numbers_letters_or_the_elements_own_words(code, said, value):
    assert answer(code, said) == value


@pytest.mark.parametrize("said", ["Sangat puas", "5", "e", "Sangat sesuai sekali", "Mudah"])
def test_other_answers_are_refused(said):
    with pytest.raises(UserError, match="Jawaban U1 harus 1–4, a–d"):
        answer("U1", said)


@pytest.mark.parametrize("said, day", [
    ("14/09/2026 10:22:31", dt.date(2026, 9, 14)), ("2026/09/14 10.22.31", dt.date(2026, 9, 14)),
    ("2026-09-14", dt.date(2026, 9, 14)), ("14 Agustus 2026", dt.date(2026, 8, 14)),
    ("3 Sep 2026", dt.date(2026, 9, 3)), (dt.datetime(2026, 9, 14, 8, 1), dt.date(2026, 9, 14)),
])
def test_dates_and_timestamps(said, day):
    assert date(said) == day


def odd_file(path, service, extra=False, month=7):
    header = ["Resp.", "Hari isi", "Loket", *(f"Q-{c}" for c in "ABCDEFGHI"), "Catatan"]
    rows = [header + (["Nama"] if extra else [])]
    for n in range(1, 4):
        rows.append([n, dt.date(2026, month, n), service.code, *[4, 3, 4, 4, 3, 4, 4, 3, 4],
                     "ok"] + (["Budi"] if extra else []))
    book = Workbook()
    for values in rows:
        book.active.append(values)
    book.save(path)
    return path, header


FIELDS = ["serial", "date", "service", "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U9", "U8",
          "comment"]


def test_a_mapping_saved_once_is_used_by_layout_and_by_name(db, office, counter, tmp_path, cli):
    service = Service.select().where(Service.office == office).first()
    path, header = odd_file(tmp_path / "lama.xlsx", service)
    with pytest.raises(UserError, match="Baris judul kolom tidak ditemukan"):
        import_surveys(counter, path, office, TODAY)
    save_mapping(counter, office, "rekap lama", header, FIELDS)
    assert stored_mappings(office)["rekap lama"]["columns"]["q h"] == "U9"
    columns = find_columns([(1, header)], office)  # found again by its layout
    assert columns.mapping_name == "rekap lama" and columns.fields == FIELDS
    # a column set aside stays set aside, even one whose heading would be recognised
    plain = ["Tanggal", "Layanan", *(f"U{i}" for i in range(1, 10)), "Saran"]
    assert find_columns([(1, plain)], office).fields[-1] == "comment"
    save_mapping(counter, office, "tanpa saran", plain,
                 ["date", "service", *(f"U{i}" for i in range(1, 10)), None])
    assert find_columns([(1, plain)], office).fields[-1] is None

    code, _, err = cli("import-surveys", str(path), "--mapping", "tidak-ada")
    assert code == 1 and "Pemetaan kolom 'tidak-ada' tidak dikenal" in err and "rekap lama" in err
    code, out, _ = cli("import-surveys", str(path), "--mapping", "rekap lama", "--dry-run")
    assert code == 0 and f"{service.code} 2026-07: 3 formulir, IKM" in out
    assert SurveyResponse.select().count() == 0  # a dry run writes nothing
    code, out, _ = cli("import-surveys", str(path), "--mapping", "rekap lama")
    assert code == 0 and "3 formulir survei diimpor" in out
    form = SurveyResponse.get(SurveyResponse.serial == "1")
    assert (form.u8, form.u9, form.comment) == (4, 3, "ok")  # H is U9, I is U8 in this file

    # another layout (a column more) still takes the named mapping by header text
    other, _ = odd_file(tmp_path / "lama2.xlsx", service, extra=True, month=8)
    with pytest.raises(UserError, match="Baris judul kolom tidak ditemukan"):
        import_surveys(counter, other, office, TODAY, serial="auto")
    result = import_surveys(counter, other, office, TODAY, serial="auto", mapping="rekap lama")
    assert result.imported == 3 and result.auto_serials
    # the same forms in another file (a column more) are recognised: nothing added
    again, _ = odd_file(tmp_path / "lama3.xlsx", service, extra=True)
    assert import_surveys(counter, again, office, TODAY, serial="auto",
                          mapping="rekap lama").already_imported
    assert SurveyResponse.select().count() == 6


def test_an_nrr_row_is_checked_to_the_decimals_it_shows():
    from desk_app.models.skm import import_recap as recap

    index = {code: i for i, code in enumerate(["label", *(f"U{i}" for i in range(1, 10))])}
    index.pop("label")
    sums = {f"U{i}": (100, 29) for i in range(1, 10)}  # NRR 3.4483 (DOMAIN.md §3 example)
    cells = {7: ["NRR", "3,45", "3.4483", 3.448275862, "3,5", "3,44", 3.45, "3,45", "3,45", "3,45"]}
    footer = [recap.FooterRow(7, "NRR", recap.kind_of("NRR per unsur"))]  # 3,4 would pass
    recap.check(footer, cells, index, sums, {})
    assert footer[0].problems == ["U4: berkas 3,5, dari baris formulir 3,4483",
                                  "U5: berkas 3,44, dari baris formulir 3,4483"]
    assert recap.kind_of("NRR tertimbang") == "" and recap.kind_of("Jumlah nilai") == "sum"
