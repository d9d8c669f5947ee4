"""Rendering the period report from a hand-made ReportData (no database): long tables
split over pages with their header repeated, user text escaped in the PDF, every
risky text kept as text in Excel, Indonesian number formats."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
from pypdf import PdfReader

from desk_app.reports.formats import clean_text, excerpt, number, percent
from desk_app.reports.pdf_report import render_pdf
from desk_app.reports.report_data import (
    ComplaintRow,
    ComplaintSection,
    Cover,
    ReportData,
    RequestSection,
    Signature,
    SkmSection,
    SopSection,
    Suggestion,
)
from desk_app.reports.xlsx_report import render_xlsx

RISKY = ["=1+1", "+62 812", "-rusak", "@admin", "bel\x07 berbunyi", "<b>tebal</b> & 'kutip'"]


def report(overdue: int = 0, suggestions: list[str] = ()) -> ReportData:
    day = dt.date(2026, 10, 5)
    rows = [ComplaintRow(f"ADU-2026-{i:04d}", day, "pengaduan", "telepon", "pelayanan",
                         "diterima", day, 3, "BIMAS-01", f"Keluhan nomor {i}")
            for i in range(1, overdue + 1)]
    return ReportData(
        cover=Cover(["KEMENTERIAN AGAMA REPUBLIK INDONESIA"], "Laporan Pelayanan Publik Bulan "
                    "Oktober 2026", "Kw.18", "Kanwil NTB", "", "2026-10", "Bulan Oktober 2026",
                    dt.date(2026, 10, 1), dt.date(2026, 10, 31),
                    "1 Oktober 2026 s.d. 31 Oktober 2026", "2 November 2026 10:00 WITA"),
        requests=RequestSection(received=5000, finished=4321, finished_on_time=4000),
        sop=SopSection(),
        complaints=ComplaintSection(received=overdue, by_stage={"diterima": overdue},
                                    overdue=rows, listing=list(rows)),
        skm=SkmSection(respondents=len(suggestions), ikm=86.21,
                       suggestions=[Suggestion(s, 1, ["BIMAS-01"], day, day)
                                    for s in suggestions]),
        signature=Signature("Mataram", "2 November 2026", "Kepala Bidang", "Nama", "1970"),
    )


def pdf_pages(data) -> list[str]:
    out = io.BytesIO()
    render_pdf(data, out)
    return [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]


def test_indonesian_number_formats():
    assert number(5000) == "5.000"
    assert number(86.2069, 2) == "86,21"
    assert number(3.44827, 4) == "3,4483"
    assert number(None) == "–"
    assert percent(0.875) == "87,5%"
    assert clean_text("a\x00b\x1fc\td") == "abc\td"
    assert excerpt("x" * 200, 10) == "x" * 9 + "…"


def test_long_table_splits_with_repeated_header_and_page_x_of_y():
    pages = pdf_pages(report(overdue=120))
    assert len(pages) >= 4
    holding = [i for i, text in enumerate(pages) if "ADU-2026-" in text]
    assert len(holding) >= 2
    for i in holding:
        assert "Pokok pengaduan" in pages[i]  # the header row again on every page
    for i, text in enumerate(pages, 1):
        assert f"Halaman {i} dari {len(pages)}" in text
    flat = " ".join(" ".join(pages).split())
    assert "ADU-2026-0001" in flat and "ADU-2026-0120" in flat
    assert "Permohonan diterima 5.000" in flat


def test_user_text_is_escaped_in_the_pdf():
    flat = " ".join(" ".join(pdf_pages(report(suggestions=RISKY))).split())
    assert "<b>tebal</b> & 'kutip'" in flat  # shown as typed, not read as markup


def test_risky_text_stays_text_in_excel():
    out = io.BytesIO()
    render_xlsx(report(suggestions=RISKY), out)
    wb = openpyxl.load_workbook(io.BytesIO(out.getvalue()))
    cells = {c.value: c for ws in wb.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)}
    for text in RISKY:
        kept = clean_text(text)
        assert kept in cells, text
        assert cells[kept].data_type == "s"
    assert "bel berbunyi" in cells  # the control character removed, the text kept
    assert cells["=1+1"].quotePrefix


def test_empty_sections_say_so():
    flat = " ".join(" ".join(pdf_pages(report())).split())
    assert flat.count("Tidak ada data pada periode ini.") >= 2  # SOP and complaints at least


def test_a_suggestion_written_on_many_forms_is_one_row_with_its_count():
    data = report(suggestions=["Ruang tunggu panas"])
    first, last = dt.date(2026, 10, 2), dt.date(2026, 10, 29)
    data.skm.suggestions = [
        Suggestion("Sudah baik, pertahankan.", 41, ["BIMAS-01", "BIMAS-04", "BIMAS-07",
                                                   "BIMAS-10"], first, last),
        Suggestion("Ruang tunggu panas", 1, ["BIMAS-04"], last, last)]
    flat = " ".join(" ".join(pdf_pages(data)).split())
    assert "1 Sudah baik, pertahankan. 41 4 layanan 02-10-2026 s.d. 29-10-2026" in flat
    assert "2 Ruang tunggu panas 1 BIMAS-04 29-10-2026" in flat

    out = io.BytesIO()
    render_xlsx(data, out)
    ws = openpyxl.load_workbook(io.BytesIO(out.getvalue()))["SKM"]
    rows = [[c.value for c in row[:5]] for row in ws.iter_rows()]
    header = rows.index(["Jumlah", "Saran/masukan", "Layanan", "Tanggal pertama",
                         "Tanggal terakhir"])
    assert rows[header + 1] == [41, "Sudah baik, pertahankan.",
                                "BIMAS-01, BIMAS-04, BIMAS-07, BIMAS-10",
                                dt.datetime(2026, 10, 2), dt.datetime(2026, 10, 29)]
    assert rows[header + 2][:3] == [1, "Ruang tunggu panas", "BIMAS-04"]


def test_long_user_text_is_broken_into_lines_that_fit_its_column():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desk_app.reports.pdf_common import FONT, split_lines

    text = "Antrean lama " + "x" * 90 + " di loket\ndua"
    lines = split_lines(text, FONT, 9, 100)
    assert all(stringWidth(line, FONT, 9) <= 100 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "").replace("\n", "")
    assert lines[0] == "Antrean lama" and lines[-2:] == ["di loket", "dua"]
