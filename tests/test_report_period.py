"""The period report: figures known by hand, read back from the report object, the PDF
and the workbook; an empty period; formula text; hidden identities; the command."""

from __future__ import annotations

import io

import openpyxl
import pytest
from pypdf import PdfReader
from report_helpers import (
    FORMULA_COMPLAINT,
    FORMULA_SUGGESTION,
    NOW,
    PLAIN_SUGGESTION,
    SECRET_CONTACT,
    SECRET_NAME,
    build_october,
)

from desk_app.models.core import settings
from desk_app.models.core.periods import parse_period
from desk_app.reports.pdf_report import render_pdf
from desk_app.reports.period_report import gather_report
from desk_app.reports.xlsx_report import render_xlsx


@pytest.fixture
def october(office, admin, counter, head):
    build_october(office, counter, head)
    settings.set_many(admin, office, {"head_name": "Dra. Hj. Baiq Nurul Aini, M.Pd.I.",
                                      "head_nip": "197208121998032002"})
    return gather_report(parse_period("2026-10"), office, now=NOW)


def pdf_text(data) -> str:
    buffer = io.BytesIO()
    render_pdf(data, buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    return "\n".join(page.extract_text() for page in reader.pages)


def workbook(data) -> openpyxl.Workbook:
    buffer = io.BytesIO()
    render_xlsx(data, buffer)
    return openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))


def sheet_pairs(ws) -> dict:
    """Column A label -> column B value, for the 'Uraian | Nilai' blocks."""
    return {row[0]: row[1] for row in ws.iter_rows(values_only=True)
            if row and isinstance(row[0], str) and len(row) > 1}


def all_cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield from row


def test_report_object_holds_the_hand_computed_figures(october):
    r = october.requests
    assert (r.received, r.finished, r.finished_on_time, r.overdue_at_end) == (5, 3, 2, 2)
    assert (r.rejected, r.void, r.incomplete) == (1, 1, 2)
    rows = {row.code: row for row in r.services}
    assert (rows["BIMAS-01"].received, rows["BIMAS-01"].finished, rows["BIMAS-01"].on_time) == (2, 2, 1)
    assert rows["BIMAS-01"].avg_working_days == 6.5
    assert rows["BIMAS-01"].standard_days == 5
    assert (rows["BIMAS-10"].received, rows["BIMAS-10"].finished, rows["BIMAS-10"].on_time) == (3, 1, 1)
    assert rows["BIMAS-10"].avg_working_days == 2.0

    k = october.complaints
    assert k.received == 3 and k.replied == 1 and k.replied_on_time == 1
    assert k.by_kind["pengaduan"] == 2 and k.by_kind["aspirasi"] == 1
    assert k.by_channel["datang langsung"] == k.by_channel["telepon"] == k.by_channel["WhatsApp/SMS"] == 1
    assert k.avg_days_reply == 4.0
    assert [row.number for row in k.listing] == sorted(row.number for row in k.listing)
    assert len(k.overdue) >= 1  # C2 never verified: its 3-day deadline passed on 15 October

    s = october.skm
    assert s.respondents == 29
    assert s.ikm == 86.21 and s.ikm_unit == 3.4483 and s.grade == "B" and s.performance == "Baik"
    assert all(e.nrr == 3.4483 and e.score == 86.21 and e.grade == "B" for e in s.elements)
    assert (s.population, s.sample_minimum, s.sample_met) == (1, 1, True)
    gender = next(t for t in s.profile if t.title == "Jenis kelamin")
    assert dict(gender.rows)["Laki-laki"] == 20 and dict(gender.rows)["Perempuan"] == 9
    assert [x.text for x in s.suggestions] == [FORMULA_SUGGESTION, PLAIN_SUGGESTION]
    assert len(s.responses) == 29

    c, g = october.cover, october.signature
    assert c.title == "Laporan Pelayanan Publik Bulan Oktober 2026"
    assert c.period_text == "1 Oktober 2026 s.d. 31 Oktober 2026"
    assert (g.place, g.date_text, g.nip) == ("Mataram", "2 November 2026", "197208121998032002")
    assert not october.empty


def test_pdf_shows_the_same_figures(october):
    text = pdf_text(october)
    flat = " ".join(text.split())
    assert "LAPORAN PELAYANAN PUBLIK BULAN OKTOBER 2026" in flat
    assert "Permohonan diterima 5" in flat
    assert "Selesai tepat waktu 2 (66,7%)" in flat
    assert "Melewati batas waktu pada akhir periode 2" in flat
    assert "BIMAS-01" in flat and "6,5" in flat
    assert "86,21" in flat and "3,4483" in flat
    assert "Dra. Hj. Baiq Nurul Aini, M.Pd.I." in flat and "NIP. 197208121998032002" in flat
    assert "Mataram, 2 November 2026" in flat
    assert "Halaman 1 dari" in flat
    assert "ruang tunggu panas" in flat and "<terima kasih>" in flat  # escaped, shown as typed


def test_workbook_shows_the_same_figures(october):
    wb = workbook(october)
    assert wb.sheetnames == ["Ringkasan", "Permohonan", "SOP", "Pengaduan", "SKM", "Data SKM"]
    summary = sheet_pairs(wb["Ringkasan"])
    assert summary["Permohonan diterima"] == 5
    assert summary["Permohonan selesai"] == 3
    assert summary["Selesai tepat waktu"] == 2
    assert summary["Dalam proses pada akhir periode"] == 2
    assert summary["Melewati batas waktu pada akhir periode"] == 2
    assert summary["Pengaduan diterima"] == 3
    assert summary["Responden SKM"] == 29
    assert summary["Indeks Kepuasan Masyarakat (IKM)"] == 86.21
    assert summary["Nilai IKM (skala 25–100)"] == 86.21
    services = {row[0]: row for row in wb["Permohonan"].iter_rows(min_row=5, values_only=True)
                if row[0]}
    assert services["BIMAS-01"][2:5] == (2, 2, 1) and services["BIMAS-01"][8] == 6.5
    assert services["BIMAS-10"][6:8] == (2, 2)  # in process and overdue at the end
    skm = wb["SKM"]
    elements = {row[0]: row for row in skm.iter_rows(min_row=5, max_row=14, values_only=True)}
    assert elements["U1"][2:5] == (29, 100, 3.4483) and elements["U1"][7] == 86.21
    assert elements["IKM"][4] == 3.4483 and elements["IKM"][7] == 86.21
    # the check formulas point at the raw answers on the data sheet
    count_formula = elements["U1"][9]
    assert count_formula.startswith("=COUNT('Data SKM'!E")
    first = int(count_formula.split("!E")[1].split(":")[0])
    raw = [row for row in wb["Data SKM"].iter_rows(min_row=first, values_only=True) if row[0]]
    assert len(raw) == 29 and sum(row[4] for row in raw) == 100
    assert wb["Permohonan"].freeze_panes == "A5"
    assert wb["Pengaduan"].auto_filter.ref


def test_text_starting_with_equals_stays_text_in_excel(october):
    wb = workbook(october)
    cells = {c.value: c for c in all_cells(wb) if c.value in (FORMULA_SUGGESTION, FORMULA_COMPLAINT)}
    assert set(cells) == {FORMULA_SUGGESTION, FORMULA_COMPLAINT}
    for cell in cells.values():
        assert cell.data_type == "s"


def test_hidden_identity_appears_nowhere(october):
    text = pdf_text(october)
    assert SECRET_NAME not in text and SECRET_CONTACT not in text
    assert "Zulkarnain" not in text
    wb = workbook(october)
    for cell in all_cells(wb):
        if isinstance(cell.value, str):
            assert "Zulkarnain" not in cell.value and SECRET_CONTACT not in cell.value


def test_a_period_without_activity_gives_a_clean_report(office):
    data = gather_report(parse_period("2025-01"), office, now=NOW)
    assert data.empty and data.requests.empty and data.skm.empty and data.complaints.empty
    text = " ".join(pdf_text(data).split())
    assert "Tidak ada data pada periode ini." in text
    assert "LAPORAN PELAYANAN PUBLIK BULAN JANUARI 2025" in text
    wb = workbook(data)
    assert sheet_pairs(wb["Ringkasan"])["Permohonan diterima"] == 0
    assert any(c.value == "Tidak ada data pada periode ini." for c in all_cells(wb))


def test_quarter_semester_and_year_titles(office):
    for code, title in (("2026-Q3", "Triwulan III 2026"), ("2026-S2", "Semester II 2026"),
                        ("2026", "Tahun 2026")):
        data = gather_report(parse_period(code), office, now=NOW)
        assert data.cover.title == f"Laporan Pelayanan Publik {title}"


def test_command_writes_both_files(cli, office, counter, head, tmp_path):
    build_october(office, counter, head)
    pdf, xlsx = tmp_path / "okt.pdf", tmp_path / "okt.xlsx"
    code, out, err = cli("report", "--period", "2026-10", "--pdf", str(pdf), "--xlsx", str(xlsx))
    assert code == 0, err
    assert "PDF disimpan" in out and "Excel disimpan" in out
    assert PdfReader(str(pdf)).pages
    assert sheet_pairs(openpyxl.load_workbook(xlsx)["Ringkasan"])["Permohonan diterima"] == 5


def test_command_refuses_a_bad_period_in_indonesian(cli, tmp_path):
    code, _out, err = cli("report", "--period", "2026-13", "--pdf", str(tmp_path / "x.pdf"))
    assert code != 0 and "Bulan 13 tidak sah" in err
    code, _out, err = cli("report", "--period", "Oktober", "--pdf", str(tmp_path / "x.pdf"))
    assert code != 0 and "Periode 'Oktober' tidak dikenal" in err
    assert not (tmp_path / "x.pdf").exists()


def test_command_needs_an_output_file(cli):
    code, _out, err = cli("report", "--period", "2026-10")
    assert code != 0 and "--pdf" in err


def test_command_refuses_an_unknown_office(cli, tmp_path):
    code, _out, err = cli("report", "--period", "2026-10", "--office", "Kk.99",
                          "--pdf", str(tmp_path / "x.pdf"))
    assert code != 0 and "Kk.99" in err


def test_consolidated_report_has_a_row_per_office(office, counter, head):
    from desk_app.models.core.setup import create_office

    build_october(office, counter, head)
    create_office(None, "Kk.18.01", name="Kantor Kementerian Agama Kota Mataram", city="Mataram")
    data = gather_report(parse_period("2026-10"), None, now=NOW)
    assert data.cover.office_name == "Seluruh kantor" and data.cover.office_code is None
    rows = {row.code: row for row in data.offices}
    assert set(rows) == {"Kw.18", "Kk.18.01"}
    assert rows["Kw.18"].requests_received == 5 and rows["Kw.18"].ikm == 86.21
    assert rows["Kk.18.01"].requests_received == 0 and rows["Kk.18.01"].ikm is None
    assert data.requests.received == 5
    flat = " ".join(pdf_text(data).split())
    assert "E. Rekapitulasi per Kantor" in flat and "Kk.18.01" in flat
    names = [row[0] for row in workbook(data)["Ringkasan"].iter_rows(values_only=True) if row]
    assert "Kantor Kementerian Agama Kota Mataram" in names


def test_standard_days_follow_the_version_in_force_at_the_period_end(office, admin):
    import datetime as dt

    from desk_app.models.catalogue import standards as catalogue
    from desk_app.models.sop.figures import sop_figures

    service = catalogue.service_by_code(office, "BIMAS-01")
    first = catalogue.latest_standard(service)
    values = {k: getattr(first, k) for k in catalogue.STANDARD_TEXT_FIELDS}
    values.update({k: getattr(first, k) for k in catalogue.STANDARD_LIST_FIELDS})
    for days, effective in ((9, dt.date(2026, 10, 15)), (11, dt.date(2026, 12, 1))):
        catalogue.save_standard_version(admin, service.id,
                                        dict(values, time_frame_days=days, effective_date=effective))
    for code, days in (("2026-09", first.time_frame_days), ("2026-10", 9), ("2026-12", 11)):
        data = gather_report(parse_period(code), office, now=NOW)
        assert {row.code: row.standard_days for row in data.requests.services}["BIMAS-01"] == days
        sops = {row.service_code: row.standard_days for row in sop_figures(code, office)}
        assert sops["BIMAS-01"] == days
