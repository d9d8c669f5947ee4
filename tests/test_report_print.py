"""Printing: Unicode text in every PDF (Arabic, transliteration marks), one half-up
rounding wherever a number is shown, and a workbook ready to print — its print settings
read back with openpyxl and the file rendered by LibreOffice."""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import subprocess
import unicodedata

import openpyxl
import pytest
from pypdf import PdfReader
from test_report_render import report

from desk_app.reports import pdf_common as pc
from desk_app.reports.figure_rows import FigureRow, row_text
from desk_app.reports.formats import number, percent, round_half_up
from desk_app.reports.pdf_report import render_pdf
from desk_app.reports.report_data import ServiceRow
from desk_app.reports.xlsx_report import render_xlsx

ARABIC = "عبد الله بن مسعود"
LATIN = "Muḥammad ʿAbd al-Raḥmān Ṣāliḥ"


def _pdf(data) -> bytes:
    out = io.BytesIO()
    render_pdf(data, out)
    return out.getvalue()


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_arabic_and_transliterated_names_read_back_from_the_pdf():
    pdf = _pdf(report(suggestions=[ARABIC, LATIN, "tanda ≤ ≥ Σ … • ✓"]))
    text = _text(pdf)
    assert LATIN in text
    assert "≤ ≥ Σ … • ✓" in text
    assert "?" not in text
    # Arabic is drawn in its joined (presentation) forms: the same letters once normalised
    letters = unicodedata.normalize("NFKC", text)
    for word in ARABIC.split():
        assert word in letters
    fonts = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
            assert "/FontDescriptor" in font["/DescendantFonts"][0].get_object() \
                if "/DescendantFonts" in font else "/FontFile2" in font["/FontDescriptor"]
    assert "NotoSansArabic-Regular" in fonts and "DejaVuSansCondensed" in fonts
    assert not any(name.startswith("Helvetica") for name in fonts)  # every face embedded


def test_a_character_no_font_has_is_spelled_out_not_questioned():
    assert pc.cell_text("akhir \U0001FAE0") == "akhir [U+1FAE0]"
    assert "[U+1FAE0]" in _text(_pdf(report(suggestions=["senyum \U0001FAE0"])))


@pytest.mark.parametrize(("value", "decimals", "text"), [
    (7.25, 1, "7,3"), (29 / 4, 1, "7,3"), (0.125, 2, "0,13"), (2.675, 2, "2,68"),
    (1.005, 2, "1,01"), (86.205, 2, "86,21"), (0.05, 1, "0,1"), (-2.5, 0, "-3"),
    (1234.5, 0, "1.235"),
])
def test_half_up_rounding_at_x5(value, decimals, text):
    assert number(value, decimals) == text
    assert round_half_up(value, decimals) == float(text.replace(".", "").replace(",", "."))


def test_shares_and_declared_rows_round_half_up():
    assert percent(0.8125) == "81,3%" and percent(7 / 8) == "87,5%"
    assert row_text(FigureRow("Rata-rata", 7.25, "dec1")) == "7,3"


def test_pdf_and_workbook_show_the_same_rounded_value():
    data = report()
    data.requests.services = [ServiceRow("BIMAS-01", "Rekomendasi", 4, 4, 4, 7.25, 5, 1.0)]
    assert "7,3" in " ".join(_text(_pdf(data)).split())
    out = io.BytesIO()
    render_xlsx(data, out)
    ws = openpyxl.load_workbook(io.BytesIO(out.getvalue()))["Permohonan"]
    row = next(r for r in ws.iter_rows(min_row=5) if r[0].value == "BIMAS-01")
    assert row[8].value == 7.3 and row[8].number_format == "#,##0.0"


def _workbook_bytes(data) -> bytes:
    out = io.BytesIO()
    render_xlsx(data, out)
    return out.getvalue()


def test_workbook_print_settings():
    data = report(overdue=60, suggestions=["Ruang tunggu panas sekali " * 6])
    wb = openpyxl.load_workbook(io.BytesIO(_workbook_bytes(data)))
    for ws in wb.worksheets:
        assert ws.print_area, ws.title
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth == 1
        # the first sheet on one page; the others as long as they run
        assert ws.page_setup.fitToHeight == (1 if ws.title == "Ringkasan" else 0)
        assert "Halaman &P dari &N" in ws.oddFooter.left.text
    for name in ("Permohonan", "SOP", "Pengaduan", "SKM", "Data SKM"):
        ws = wb[name]
        assert ws.page_setup.orientation == "landscape"
        assert ws.print_title_rows == "$4:$4"  # the header row on every page
    first = wb["Ringkasan"]
    assert first["A1"].value == "KEMENTERIAN AGAMA REPUBLIK INDONESIA"
    top = [c.value for row in first.iter_rows(max_row=8, max_col=1) for c in row]
    assert "Periode: 1 Oktober 2026 s.d. 31 Oktober 2026" in top
    listing = wb["Pengaduan"]
    number_cell = listing["A5"]
    text_cell = listing["J5"]
    assert number_cell.value == "ADU-2026-0001"
    assert number_cell.border.left.style == "thin" and text_cell.border.bottom.style == "thin"
    assert text_cell.alignment.wrap_text
    assert listing.column_dimensions["J"].width >= 40
    skm = wb["SKM"]
    suggestion = next(c for row in skm.iter_rows() for c in row
                      if isinstance(c.value, str) and c.value.startswith("Ruang tunggu"))
    assert suggestion.alignment.wrap_text
    assert skm.row_dimensions[suggestion.row].height >= 30  # room for the wrapped lines


def test_a_provisional_workbook_says_so_on_the_first_sheet():
    data = report()
    data.cover = dataclasses.replace(data.cover, provisional=True, as_of_text="20 Oktober 2026")
    wb = openpyxl.load_workbook(io.BytesIO(_workbook_bytes(data)))
    top = [c.value for row in wb["Ringkasan"].iter_rows(max_row=10, max_col=1) for c in row]
    assert any(v and "(SEMENTARA)" in v for v in top)
    assert any(v and v.startswith("SEMENTARA: periode belum berakhir") for v in top)
    assert "SEMENTARA" in wb["Pengaduan"].oddFooter.left.text


def test_libreoffice_prints_the_workbook_on_a_sane_number_of_pages(tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required in CI: scripts/setup.sh installs it")
        pytest.skip("LibreOffice (soffice) is not installed")
    data = report(overdue=120, suggestions=[f"Saran nomor {i}" for i in range(30)])
    book = tmp_path / "laporan.xlsx"
    book.write_bytes(_workbook_bytes(data))
    profile = tmp_path / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(book)],
                   check=True, capture_output=True, timeout=180)
    reader = PdfReader(str(tmp_path / "laporan.pdf"))
    pages = len(reader.pages)
    # six sheets; 120 complaints listed twice (all, then overdue) at ~35 lines a page
    assert 6 <= pages <= 20, pages
    for page in reader.pages:  # A4, and landscape sheets printed landscape
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert {round(width), round(height)} == {595, 842}
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "ADU-2026-0120" in text and "Halaman 1 dari" in text
