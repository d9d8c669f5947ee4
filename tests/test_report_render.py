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
                       suggestions=[Suggestion(day, "BIMAS-01", s) for s in suggestions]),
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
