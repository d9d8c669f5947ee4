"""The SKM report document (PDF and .docx) and the poster: the regulation's outline, the
figures of `skm --json`, the follow-up plan and its progress (both backends)."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from docx import Document
from pypdf import PdfReader

from desk_app.models.catalogue.tables import Service
from desk_app.models.core.periods import parse_period
from desk_app.models.skm import followup
from desk_app.models.skm.entry import create_batch, save_form
from desk_app.reports.skm_poster import render_skm_poster
from desk_app.reports.skm_report_data import gather_skm_report
from desk_app.reports.skm_report_docx import render_skm_report_docx
from desk_app.reports.skm_report_pdf import render_skm_report_pdf

CHAPTERS = ("BAB I PENDAHULUAN", "BAB II PENGUMPULAN DATA SKM", "BAB III HASIL PENGOLAHAN DATA SKM",
            "BAB IV ANALISIS HASIL SKM", "BAB V KESIMPULAN")


def pdf_text(render, data) -> tuple[str, int]:
    out = io.BytesIO()
    render(data, out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


@pytest.fixture
def surveyed(db, office, counter, head):
    """Two semesters of forms (the trend) and a plan for the first with progress."""
    service = Service.get((Service.office == office) & (Service.code == "BIMAS-01"))
    for month, low in ((3, 2), (9, 3)):
        batch = create_batch(counter, office, service.id, dt.date(2026, month, 1),
                             dt.date(2026, month, 28))
        for serial in range(1, 6):
            answers = {f"U{i}": 4 for i in range(1, 10)}
            answers.update(U3=low, U8=3)
            save_form(counter, batch.id, f"{month}{serial}", answers, gender="L", age=30)
    item = followup.add_item(head, office, "2026-S1", "U3", "Antrean daring", ["III"], "Kasi Bimas")
    followup.update_progress(head, item.id, "selesai", "Antrean daring berjalan sejak Agustus")
    followup.add_item(head, office, "2026-S2", "U3", "Penambahan petugas loket", ["I", "II"],
                      "Kepala Bidang")
    return office


def test_report_has_the_regulation_outline_and_the_index_figures(surveyed, cli, db):
    data = gather_skm_report(parse_period("2026-S2"), surveyed)
    text, pages = pdf_text(render_skm_report_pdf, data)
    flat = " ".join(text.split())
    for chapter in CHAPTERS:
        assert chapter in flat
    db.close()
    code, out, _ = cli("skm", "--period", "2026-S2", "--json")
    figures = json.loads(out)
    assert f"{figures['ikm']:.2f}".replace(".", ",") in flat  # (7×4 + 3 + 3) / 9 × 25 = 94,44
    for element in figures["elements"]:
        assert f"{element['nrr']:.4f}".replace(".", ",") in flat
    assert "Penambahan petugas loket" in flat  # this period's plan
    assert "Antrean daring" in flat and "Selesai" in flat  # last period's progress
    assert "Krejcie" in flat and "Lampiran 2. Tabel Perhitungan" in flat
    assert 5 <= pages <= 12


def test_docx_holds_the_same_chapters_figures_and_plan(surveyed):
    data = gather_skm_report(parse_period("2026-S2"), surveyed)
    out = io.BytesIO()
    render_skm_report_docx(data, out)
    doc = Document(io.BytesIO(out.getvalue()))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading 1")]
    assert headings[:5] == list(CHAPTERS)
    cells = " ".join(cell.text for table in doc.tables for row in table.rows for cell in row.cells)
    assert "94,44" in cells and "Penambahan petugas loket" in cells and "Selesai" in cells
    trend = next(t for t in doc.tables if t.rows[0].cells[0].text == "Periode")
    assert [r.cells[2].text for r in trend.rows[1:]] == ["–", "–", "91,67", "94,44"]


def test_poster_is_one_page_with_the_index_and_the_actions(surveyed):
    data = gather_skm_report(parse_period("2026-S2"), surveyed)
    text, pages = pdf_text(render_skm_poster, data)
    assert pages == 1
    assert "94,44" in text and "Mutu A" in text and "Penambahan petugas loket" in text
    _text, a3_pages = pdf_text(lambda d, out: render_skm_poster(d, out, "A3"), data)
    assert a3_pages == 1


def test_skm_report_command_writes_pdf_and_docx(surveyed, cli, db, tmp_path):
    db.close()
    code, out, err = cli("skm-report", "--period", "2026-S2", "--pdf", str(tmp_path / "r.pdf"),
                         "--docx", str(tmp_path / "r.docx"))
    assert code == 0, err
    assert (tmp_path / "r.pdf").stat().st_size > 5000 and (tmp_path / "r.docx").exists()
    assert not [p for p in tmp_path.iterdir() if "sebagian" in p.name]
    code, out, err = cli("skm-poster", "--period", "2026-S2", "--pdf", str(tmp_path / "p.pdf"))
    assert code == 0 and (tmp_path / "p.pdf").exists()
    code, out, err = cli("skm-report", "--period", "2026-S2")
    assert code == 1 and "--pdf" in err
