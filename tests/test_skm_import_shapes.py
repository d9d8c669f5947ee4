"""The SKM data offices already hold, in the shapes they hold it (issue 24): a monthly recap
pair numbered 1…n, an online-form export with question texts and word answers, a recap
with a title block and total/NRR rows, a semicolon CSV in Windows-1252. Each imports, its
IKM equals the hand computation written beside it, a second import adds nothing, and a
wrong word is refused with its row number."""

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import Workbook

from desk_app.models.catalogue.tables import Service
from desk_app.models.core.periods import parse_period
from desk_app.models.skm import index as skm
from desk_app.models.skm.importer import TotalsDisagree, import_surveys, prepare_import
from desk_app.models.skm.tables import SurveyResponse

TODAY = dt.date(2026, 11, 30)
U = [f"U{i}" for i in range(1, 10)]
WORDS = {code: answers for code, answers in skm.ELEMENT_ANSWERS.items()}


@pytest.fixture
def svc(db, office):
    return list(Service.select().where(Service.office == office).order_by(Service.sort_order))


def xlsx(path, rows):
    book = Workbook()
    for values in rows:
        book.active.append(values)
    book.save(path)
    return path


def ikm(period, service, office):
    return skm.compute_index(parse_period(period), service.id, office).ikm


# --- a monthly recap pair numbered 1…n --------------------------------------------------

RECAP_HEADER = ["No", "Tanggal", "Layanan", "Jenis Kelamin", "Umur", "Pendidikan",
                "Pekerjaan", *U, "Saran"]


def recap(path, month, answers, service):
    rows = [RECAP_HEADER]
    for n, values in enumerate(answers, start=1):
        rows.append([n, dt.date(2026, month, 10 + n), service.code, "L", 40, "SMA", "PNS",
                     *values, ""])
    return xlsx(path, rows)


def test_monthly_recap_pair_with_fresh_serials(db, office, counter, svc, tmp_path):
    # January: four forms, all 4, all 3, all 4, all 3 -> each NRR 14/4 = 3.5 -> IKM 87.50
    january = recap(tmp_path / "jan.xlsx", 1, [[4] * 9, [3] * 9, [4] * 9, [3] * 9], svc[0])
    # February, numbered 1…2 again: all 4 twice -> IKM 100.00
    february = recap(tmp_path / "feb.xlsx", 2, [[4] * 9, [4] * 9], svc[0])
    assert import_surveys(counter, january, office, TODAY).imported == 4  # No as serials
    refused = import_surveys(counter, february, office, TODAY)  # No 1 again in 2026
    assert refused.imported == 0
    assert [str(e) for e in refused.errors][0].startswith("Baris 2: No 1 sudah dipakai")
    assert import_surveys(counter, february, office, TODAY, serial="auto").imported == 2
    assert ikm("2026-01", svc[0], office) == Decimal("87.50")
    assert ikm("2026-02", svc[0], office) == Decimal("100.00")
    # both months: each element (4+3+4+3+4+4)/6 = 22/6 -> 22/6 × 25 = 91.666… -> 91.67
    assert ikm("2026-Q1", svc[0], office) == Decimal("91.67")
    serials = sorted(s for (s,) in SurveyResponse.select(SurveyResponse.serial).tuples())
    assert serials == ["1", "2", "3", "4", "IMP-1", "IMP-2"]
    for path, serial in ((january, "file"), (february, "auto"), (january, "auto")):
        again = import_surveys(counter, path, office, TODAY, serial=serial)
        assert again.already_imported and again.imported == 0
    assert SurveyResponse.select().count() == 6


# --- an online-form export ----------------------------------------------------------------

ONLINE_HEADER = ["Timestamp", "Layanan yang Anda terima", "Jenis Kelamin", "Usia",
                 "Pendidikan terakhir", "Pekerjaan", *(skm.QUESTIONS[c] for c in U),
                 "Saran dan masukan untuk perbaikan pelayanan"]


def online(path, service, wrong=None):
    def words(level, u4=None):
        said = [WORDS[c][level - 1] for c in U]
        if u4:
            said[3] = WORDS["U4"][u4 - 1]
        return said

    answers = [
        [w.upper() for w in words(4)],           # shouting is forgiven
        [f"  {w}  " for w in words(3)],          # so is spacing
        words(2, u4=4),                          # U4 "Gratis" = 4
    ]
    if wrong:
        answers[1][0] = wrong
    rows = [ONLINE_HEADER]
    for n, said in enumerate(answers):
        rows.append([f"14/09/2026 10:{20 + n}:05", service.name, ("Laki-laki", "Perempuan")[n % 2],
                     f"{30 + n} tahun", ("SMA/SMK/Sederajat", "S1", "Diploma")[n],
                     ("ASN", "Wiraswasta", "Pelajar/Mahasiswa")[n], *said, "Terima kasih"])
    return xlsx(path, rows)


def test_online_form_export_with_question_texts_and_words(db, office, counter, svc, tmp_path):
    path = online(tmp_path / "google-form.xlsx", svc[1])
    plan = prepare_import(counter, path, office, TODAY)
    assert plan.columns.fields[:2] == ["date", "service"] and plan.columns.fields[6:15] == U
    assert SurveyResponse.select().count() == 0  # the preview writes nothing
    # hand computation: U1–U9 but U4 (4+3+2)/3 = 3; U4 (4+3+4)/3 = 11/3
    # Σ NRR = 8×3 + 11/3 = 83/3; IKM = 83/3 / 9 × 25 = 76.851… -> 76.85, B
    assert [(g.service, g.month, g.forms, g.ikm, g.grade) for g in plan.groups] == [
        (svc[1].code, "2026-09", 3, Decimal("76.85"), "B")]
    result = import_surveys(counter, path, office, TODAY)
    assert result.imported == 3 and result.auto_serials  # no No column: fresh serials
    assert ikm("2026-09", svc[1], office) == Decimal("76.85")
    forms = list(SurveyResponse.select().order_by(SurveyResponse.age))
    assert [(f.gender, f.age, f.education, f.occupation) for f in forms] == [
        ("L", 30, "SMA", "PNS"), ("P", 31, "D4/S1", "Wirausaha"), ("L", 32, "D1-D3", "Lainnya")]
    # the same export saved again (other bytes, same content) adds nothing
    resaved = online(tmp_path / "google-form (1).xlsx", svc[1])
    assert import_surveys(counter, resaved, office, TODAY).already_imported
    assert SurveyResponse.select().count() == 3


def test_a_wrong_word_is_a_row_error(db, office, counter, svc, tmp_path):
    path = online(tmp_path / "form.xlsx", svc[1], wrong="Sangat puas")
    result = import_surveys(counter, path, office, TODAY)
    assert result.imported == 0 and [e.row for e in result.errors] == [3]
    assert str(result.errors[0]).startswith("Baris 3: Jawaban U1 harus 1–4, a–d atau salah "
                                            "satu dari: Tidak sesuai / Kurang sesuai")
    assert "bukan 'Sangat puas'" in str(result.errors[0])
    assert SurveyResponse.select().count() == 0


# --- a recap with a title block and total/NRR rows ---------------------------------------------

def titled_recap(path, service, total_u3=12):
    rows = [["REKAPITULASI SURVEI KEPUASAN MASYARAKAT"], ["Kantor Wilayah Kementerian Agama NTB"],
            ["Triwulan III 2026"], [],
            ["NO", "TGL", "JENIS LAYANAN", "L/P", "UMUR", "PENDIDIKAN", "PEKERJAAN",
             *(f"P{i}" for i in range(1, 10)), "KRITIK DAN SARAN"]]
    answers = [[4] * 9, [3] * 9, [3] * 9, [2] * 9]
    for n, values in enumerate(answers, start=1):
        rows.append([n, dt.date(2026, 8, n), service.code, "P", 25 + n, "SMA", "Swasta",
                     *values, ""])
    # hand computation: each element (4+3+3+2)/4 = 3 -> IKM 3 × 25 = 75.00, C
    rows.append(["", "JUMLAH", "", "", "", "", "", 12, 12, total_u3, 12, 12, 12, 12, 12, 12])
    rows.append(["", "NRR / UNSUR", "", "", "", "", "", *["3,00"] * 9])
    rows.append(["", "NRR TERTIMBANG", "", "", "", "", "", *[0.333] * 9])
    rows.append(["", "IKM", "", "", "", "", "", 75])
    return xlsx(path, rows)


def test_recap_with_title_block_and_total_rows(db, office, counter, svc, tmp_path):
    path = titled_recap(tmp_path / "rekap-tw3.xlsx", svc[2])
    plan = prepare_import(counter, path, office, TODAY)
    assert plan.columns.header_row == 5
    assert [f.row for f in plan.footer] == [10, 11, 12, 13]
    assert [f.kind for f in plan.footer] == ["sum", "mean", "", ""]
    assert plan.disagreements == []
    result = import_surveys(counter, path, office, TODAY, serial="auto")
    assert result.imported == 4
    assert ikm("2026-08", svc[2], office) == Decimal("75.00")
    assert import_surveys(counter, path, office, TODAY, serial="auto").already_imported


def test_recap_whose_totals_disagree_is_reported_before_import(db, office, counter, svc,
                                                               tmp_path, cli):
    path = titled_recap(tmp_path / "rekap.xlsx", svc[2], total_u3=13)
    plan = prepare_import(counter, path, office, TODAY)
    assert plan.disagreements == ["Baris 10 (JUMLAH): U3: berkas 13, dari baris formulir 12"]
    with pytest.raises(TotalsDisagree, match="Baris 10 \\(JUMLAH\\): U3: berkas 13"):
        import_surveys(counter, path, office, TODAY, serial="auto")
    assert SurveyResponse.select().count() == 0
    code, _, err = cli("import-surveys", str(path), "--serial", "auto")
    assert code == 1 and "--ignore-totals" in err and SurveyResponse.select().count() == 0
    code, out, _ = cli("import-surveys", str(path), "--serial", "auto", "--ignore-totals")
    assert code == 0 and "4 formulir survei diimpor" in out


def test_wrong_word_in_a_titled_recap_names_its_row(db, office, counter, svc, tmp_path):
    path = titled_recap(tmp_path / "rekap.xlsx", svc[2])
    from openpyxl import load_workbook

    book = load_workbook(path)
    book.active["J7"] = "lumayan"  # P3 of the second form (sheet row 7)
    book.save(path)
    result = import_surveys(counter, path, office, TODAY, serial="auto")
    assert [str(e)[:32] for e in result.errors] == ["Baris 7: Jawaban U3 harus 1–4, a"]


# --- a semicolon CSV in Windows-1252 ---------------------------------------------------------

def cp1252_csv(path, service, wrong=None):
    lines = ["No;Tanggal;Layanan;Jenis Kelamin;Umur;Pendidikan;Pekerjaan;"
             + ";".join(f"Unsur {i}" for i in range(1, 10)) + ";Saran"]
    answers = [["d"] * 9, ["C"] * 9, ["4", "3", "d", "c", "4", "3", "d", "c", "4"]]
    if wrong:
        answers[2][8] = wrong
    for n, said in enumerate(answers, start=101):
        lines.append(f"{n};{n - 100:02d}/10/2026;{service.code};P;45;D4/S1;PNS;"
                     + ";".join(said) + ";Pelayanan ramah – terima kasih, Bu André")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def test_semicolon_csv_in_windows_1252(db, office, counter, svc, tmp_path):
    path = cp1252_csv(tmp_path / "skm-oktober.csv", svc[0])
    result = import_surveys(counter, path, office, TODAY)
    assert result.imported == 3 and not result.auto_serials
    assert sorted(s for (s,) in SurveyResponse.select(SurveyResponse.serial).tuples()) == [
        "101", "102", "103"]
    assert SurveyResponse.get(SurveyResponse.serial == "101").comment == (
        "Pelayanan ramah – terima kasih, Bu André")
    # hand computation: U1, U3, U5, U7, U9: (4+3+4)/3 = 11/3; U2, U4, U6, U8: (4+3+3)/3 = 10/3
    # Σ NRR = 5×11/3 + 4×10/3 = 95/3; IKM = 95/3 / 9 × 25 = 87.962… -> 87.96, B
    assert ikm("2026-10", svc[0], office) == Decimal("87.96")
    assert import_surveys(counter, path, office, TODAY).already_imported
    assert SurveyResponse.select().count() == 3


def test_wrong_word_in_a_csv_names_its_row(db, office, counter, svc, tmp_path):
    path = cp1252_csv(tmp_path / "skm.csv", svc[0], wrong="Bagus sekali")
    result = import_surveys(counter, path, office, TODAY)
    assert [(e.row, e.message[:20]) for e in result.errors] == [(4, "Jawaban U9 harus 1–4")]
    assert SurveyResponse.select().count() == 0


def test_a_form_row_that_reads_like_a_total_is_still_a_form(db, office, counter, svc, tmp_path):
    rows = [["Timestamp", "Layanan", "Penilaian umum", *U]]
    for n, verdict in enumerate(["Total memuaskan", "Nilai baik"], start=1):
        rows.append([dt.datetime(2026, 9, n, 8), svc[0].code, verdict, *[4] * 9])
    rows.append(["", "", "Jumlah", *[8] * 9])
    rows.append(["Mataram, 30 September 2026", "", "Kepala Seksi"])  # a signature block
    plan = prepare_import(counter, xlsx(tmp_path / "f.xlsx", rows), office, TODAY)
    assert [n for n, _, _ in plan.rows] == [2, 3]
    assert [f.row for f in plan.footer] == [4, 5] and plan.disagreements == []


def test_a_recap_without_date_and_service_columns_takes_them_for_every_row(
        db, office, counter, svc, tmp_path, cli):
    rows = [["REKAP SKM JANUARI 2025 — " + svc[3].name], ["No", "L/P", "Umur", *U]]
    rows += [[n, "L", 30 + n, *[level] * 9] for n, level in ((1, 4), (2, 2), (3, 3))]
    rows.append(["JUMLAH", "", "", *[9] * 9])
    path = xlsx(tmp_path / "rekap-jan-2025.xlsx", rows)
    code, _, err = cli("import-surveys", str(path), "--serial", "auto")
    assert code == 1 and "Kolom wajib tidak ada pada baris judul (baris 2): Tanggal, Layanan" in err
    code, out, _ = cli("import-surveys", str(path), "--serial", "auto", "--date", "31/01/2025",
                       "--service", svc[3].code)
    assert code == 0 and out.startswith("3 formulir survei diimpor")
    # (4+2+3)/3 = 3 for every element -> IKM 75.00
    assert ikm("2025-01", svc[3], office) == Decimal("75.00")
    code, out, _ = cli("import-surveys", str(path), "--serial", "auto", "--date", "2025-01-31",
                       "--service", svc[3].code)
    assert code == 0 and "sudah pernah diimpor" in out and SurveyResponse.select().count() == 3
