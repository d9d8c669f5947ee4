"""The receipt on its own paper: printed on A5 (not blown up to A4), saved as PDF on the
paper chosen in the form (A5 or 80 mm roll); backups listed in office time (issue 20)."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from shell_helpers import session_for

from desk_app.models.catalogue.tables import Service
from desk_app.models.requests.registration import register_request
from desk_app.reports.receipt import write_receipt
from desk_app.ui import save_file
from desk_app.ui.admin.backups_panel import backup_columns
from desk_app.ui.pdf_print import pdf_page_size, render_to_printer
from desk_app.ui.requests.form import RegistrationForm
from desk_app.ui.table_model import TableModel

A5_POINTS = (419.5, 595.3)
ROLL_WIDTH = 80 / 25.4 * 72  # 80 mm in points


@pytest.fixture
def request_row(db, office, counter):
    svc = Service.get((Service.office == office) & (Service.code == "BIMAS-01"))
    docs = [{"name": r, "received": True} for r in svc.standards.first().requirements]
    person = {"name": "Baiq Nur'aini", "nik": "5271014506900001", "phone": "081237451234"}
    return register_request(counter, svc.id, person, docs, at=dt.datetime(2026, 11, 24, 2, 5))


def _page_points(path) -> tuple[float, float]:
    box = PdfReader(str(path)).pages[0].mediabox
    return float(box.width), float(box.height)


def test_the_a5_receipt_prints_on_a5_at_its_own_size(request_row, tmp_path, qapp):
    receipt = tmp_path / "receipt.pdf"
    write_receipt(request_row.id, str(receipt), layout="a5")
    size = pdf_page_size(str(receipt))
    assert size.id() == QPageSize.PageSizeId.A5
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(size)
    assert render_to_printer(str(receipt), printer) == 1
    width, height = _page_points(tmp_path / "printed.pdf")
    assert abs(width - A5_POINTS[0]) < 2 and abs(height - A5_POINTS[1]) < 2


def test_save_pdf_follows_the_paper_chosen_in_the_form(request_row, tmp_path, qtbot, monkeypatch):
    form = RegistrationForm(session_for("counter"))
    qtbot.addWidget(form)
    form.last_request_id, form.last_number = request_row.id, request_row.number
    form.pdf_button.setEnabled(True)
    asked = []

    def save_dialog(dialog):
        offered = dialog.selectedNameFilter()
        asked.append(offered)
        return str(tmp_path / "struk"), offered  # the officer keeps the type offered
    monkeypatch.setattr(save_file, "ask_user", save_dialog)
    form.paper.setCurrentIndex(form.paper.findData("thermal"))
    form.save_last_pdf()
    assert "80 mm" in asked[0]
    width, _height = _page_points(tmp_path / "struk.pdf")
    assert abs(width - ROLL_WIDTH) < 2
    form.paper.setCurrentIndex(form.paper.findData("a5"))
    form.save_last_pdf()
    assert "A5" in asked[1]
    assert abs(_page_points(tmp_path / "struk.pdf")[0] - A5_POINTS[0]) < 2


def test_backups_are_listed_in_office_time(qapp, tmp_path):
    made = tmp_path / "loket-20261202-otomatis.db"
    made.write_bytes(b"x")
    noon_utc = dt.datetime(2026, 12, 2, 4, 0, tzinfo=dt.UTC).timestamp()  # 12:00 WITA
    os.utime(made, (noon_utc, noon_utc))
    model = TableModel(backup_columns("Asia/Makassar"), context="BackupsModel")
    model.set_rows([made])
    assert model.data(model.index(0, 1)) == "02-12-2026 12:00 WITA"
