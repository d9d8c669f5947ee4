"""The Laporan tab: build a report off the GUI thread, preview it, save it as PDF/Excel."""

from __future__ import annotations

import openpyxl
import pytest
from pypdf import PdfReader
from report_helpers import build_october

from desk_app.models.core.office import Office
from desk_app.ui.reports.tab import ReportsTab
from desk_app.ui.session import Session


@pytest.fixture
def tab(qtbot, db_url, office, head, counter):
    build_october(office, counter, head)
    widget = ReportsTab(Session(user=head, office=Office.get_by_id(office), db_url=db_url))
    qtbot.addWidget(widget)
    return widget


def test_period_picker_by_keyboard(tab, qtbot):
    from PySide6.QtCore import Qt

    picker = tab.period
    assert picker.period().kind == "month"  # the month just ended
    picker.set_period("2026-03")
    picker.kind.setFocus()
    qtbot.keyClick(picker.kind, Qt.Key.Key_Down)  # Triwulan: the one holding March
    assert tab.selected_period().code == "2026-Q1"
    qtbot.keyClick(picker.part, Qt.Key.Key_End)  # Triwulan IV
    picker.year.lineEdit().selectAll()
    qtbot.keyClicks(picker.year, "2025")
    qtbot.keyClick(picker.year, Qt.Key.Key_Return)
    assert tab.selected_period().code == "2025-Q4"
    assert [label.buddy() for label in picker.labels] == [picker.kind, picker.part, picker.year]


def test_build_preview_and_save(tab, qtbot, tmp_path, monkeypatch):
    assert not tab.save_pdf.isEnabled() and not tab.save_xlsx.isEnabled()
    tab.period.set_period("2026-10")
    tab.build_button.click()
    qtbot.waitUntil(lambda: tab.data is not None, timeout=30000)
    assert tab.data.requests.received == 5
    assert tab.save_pdf.isEnabled() and tab.save_xlsx.isEnabled() and tab.print_button.isEnabled()
    assert "Bulan Oktober 2026" in tab.status.text()
    assert tab.summary.rows[0][1] == "5"
    if tab.pdf_document is not None:
        assert tab.pdf_document.pageCount() >= 2

    pdf, xlsx = tmp_path / "lap.pdf", tmp_path / "lap.xlsx"
    answers = iter([(str(pdf), ""), (str(xlsx), "")])
    monkeypatch.setattr("desk_app.ui.save_file.ask_user", lambda dialog: next(answers))
    tab.save_pdf.click()
    qtbot.waitUntil(lambda: pdf.exists() and "Tersimpan" in tab.status.text(), timeout=10000)
    assert "LAPORAN PELAYANAN PUBLIK" in PdfReader(str(pdf)).pages[0].extract_text()
    tab.save_xlsx.click()
    qtbot.waitUntil(lambda: xlsx.exists() and str(xlsx) in tab.status.text(), timeout=10000)
    assert openpyxl.load_workbook(xlsx).sheetnames[0] == "Ringkasan"


def test_empty_period_is_not_an_error(tab, qtbot):
    tab.period.kind.setCurrentIndex(3)  # Tahunan
    tab.period.year.setValue(2024)
    tab.build_button.click()
    qtbot.waitUntil(lambda: tab.data is not None, timeout=30000)
    assert tab.data.empty
    assert "Tidak ada data" in tab.status.text()


def test_cancel_stops_the_work_and_says_so(tab, qtbot, monkeypatch):
    import time

    from desk_app.reports import period_report
    from desk_app.reports.report_data import RequestSection

    def slow_requests(scope):
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            task = tab.task  # set on the GUI thread just after the worker started
            if task is not None and task.cancel_requested:
                break
            time.sleep(0.01)
        return RequestSection()

    monkeypatch.setattr(period_report, "gather_requests", slow_requests)
    tab.build_button.click()
    assert not tab.build_button.isEnabled()  # one report at a time
    qtbot.waitUntil(lambda: tab.task is not None)
    tab.task.cancel()
    qtbot.waitUntil(lambda: tab.task is None, timeout=10000)
    assert tab.data is None
    assert "dibatalkan" in tab.status.text()
    assert tab.build_button.isEnabled() and not tab.save_pdf.isEnabled()
