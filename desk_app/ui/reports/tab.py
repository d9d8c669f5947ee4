"""Laporan: the period report for heads of section — choose a period and an office,
"Susun laporan" (gathered and rendered off the GUI thread, with progress and cancel),
look at the PDF's pages, then save it as PDF or Excel or print it."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core.dates import local_today
from desk_app.models.core.office import Office
from desk_app.models.core.periods import Period, month_just_ended
from desk_app.reports.figure_rows import row_text
from desk_app.reports.figure_rows import summary_rows as figure_summary_rows
from desk_app.reports.output import save_atomically
from desk_app.reports.pdf_report import render_pdf
from desk_app.reports.period_report import gather_report
from desk_app.reports.report_data import ReportData
from desk_app.reports.xlsx_report import render_xlsx
from desk_app.ui.period_picker import PeriodPicker
from desk_app.ui.table_model import RIGHT, Column, TableModel
from desk_app.ui.widgets import show_error, show_info

try:  # PySide6-Pdf: a real preview of the pages
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - the summary table stands in
    QPdfDocument = QPdfView = None

ALL = "__all__"

# the report's key figures as a two-column table (shown when QtPdf is missing, and as the
# text summary under the preview); rows: (label, value) from `summary_rows`
SUMMARY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("SummaryModel", "Uraian"), lambda r: r[0]),
    Column(QT_TRANSLATE_NOOP("SummaryModel", "Nilai"), lambda r: r[1], align=RIGHT),
)


def summary_rows(d: ReportData) -> list[tuple[str, str]]:
    """The report's key figures as declared once for the PDF and the workbook
    (reports/figure_rows), labels through Qt's translation (context "ReportRows")."""
    return [(QCoreApplication.translate("ReportRows", row.label), row_text(row))
            for row in figure_summary_rows(d)]


def build_report(period: Period, office: str | None, pdf_path: str, progress) -> ReportData:
    """Worker-side: gather once and render the PDF for the preview (whole or not at all:
    a job cancelled while rendering leaves no file)."""
    data = gather_report(period, office, progress=progress)
    progress(6, 7, "Menyusun berkas PDF…")

    def render(path: str) -> None:
        render_pdf(data, path)
        progress(7, 7, "Selesai.")  # raises Cancelled before the rename

    save_atomically(pdf_path, render)
    return data


class ReportsTab(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.data: ReportData | None = None
        self.task = None
        self._tmp = tempfile.TemporaryDirectory(prefix="loket-laporan-")
        self.pdf_path = str(Path(self._tmp.name) / "laporan.pdf")
        self._build()
        self._set_default_period()
        self._update_buttons()

    # --- layout --------------------------------------------------------------------
    def _build(self) -> None:
        self.period = PeriodPicker(labels=(self.tr("&Jenis:"), self.tr("Pe&riode:"), self.tr("Ta&hun:")))
        self.office = QComboBox()
        self._fill_offices()
        self.build_button = QPushButton(self.tr("&Susun laporan"))
        self.build_button.setDefault(True)
        self.save_pdf = QPushButton(self.tr("Simpan &PDF…"))
        self.save_xlsx = QPushButton(self.tr("Simpan &Excel…"))
        self.print_button = QPushButton(self.tr("&Cetak…"))
        self.status = QLabel(self.tr("Pilih periode dan kantor, lalu tekan «Susun laporan»."))
        self.status.setWordWrap(True)

        office_label = QLabel(self.tr("&Kantor:"))
        office_label.setBuddy(self.office)
        top = QHBoxLayout()
        for widget in (self.period, office_label, self.office):
            top.addWidget(widget)
        top.addWidget(self.build_button)
        top.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        for button in (self.save_pdf, self.save_xlsx, self.print_button):
            actions.addWidget(button)

        self.summary = TableModel(SUMMARY_COLUMNS, context="SummaryModel", parent=self)
        self.summary_view = QTableView()
        self.summary_view.setModel(self.summary)
        self.summary_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)  # "1 dari 1 (100,0%)" on one line
        self.summary_view.verticalHeader().hide()
        self.stack = QStackedWidget()
        self.pdf_document = self.pdf_view = None
        if QPdfView is not None:
            self.pdf_document = QPdfDocument(self)
            self.pdf_view = QPdfView(self)
            self.pdf_view.setDocument(self.pdf_document)
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.stack.addWidget(self.pdf_view)
        self.stack.addWidget(self.summary_view)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)
        p = self.period
        for first, second in ((p.kind, p.part), (p.part, p.year), (p.year, self.office),
                              (self.office, self.build_button), (self.build_button, self.save_pdf),
                              (self.save_pdf, self.save_xlsx), (self.save_xlsx, self.print_button)):
            self.setTabOrder(first, second)

        self.build_button.clicked.connect(self.build)
        self.save_pdf.clicked.connect(self.export_pdf)
        self.save_xlsx.clicked.connect(self.export_xlsx)
        self.print_button.clicked.connect(self.print_report)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_report)

    def _fill_offices(self) -> None:
        own = self.session.office_code
        self.office.addItem(self.tr("Kantor ini (%1)").replace("%1", own), own)
        others = [o for o in Office.select(Office.code, Office.name).order_by(Office.code)
                  if o.code != own]
        if others:
            self.office.addItem(self.tr("Seluruh kantor (gabungan)"), ALL)
            for o in others:
                self.office.addItem(f"{o.code} — {o.name}", o.code)

    def _set_default_period(self) -> None:
        """The month just ended: what a head of section reports on."""
        self.period.set_period(month_just_ended(local_today(self.session.tz)))

    def _update_buttons(self) -> None:
        ready = self.data is not None and self.task is None
        for button in (self.save_pdf, self.save_xlsx, self.print_button):
            button.setEnabled(ready)
        self.build_button.setEnabled(self.task is None)

    # --- actions -------------------------------------------------------------------
    def selected_period(self) -> Period:
        return self.period.period()

    def selected_office(self) -> str | None:
        code = self.office.currentData()
        return None if code == ALL else code

    def build(self) -> None:
        if self.task is not None:
            return
        period, office = self.selected_period(), self.selected_office()
        if self.pdf_document is not None:
            self.pdf_document.close()  # release the file before it is written again
        self.data = None
        self.status.setText(self.tr("Menyusun laporan %1…").replace("%1", period.label))
        path = self.pdf_path
        self.task = self.session.tasks.run(
            self, lambda progress: build_report(period, office, path, progress),
            on_done=self._built, on_error=self._failed, title=self.tr("Menyusun laporan"))
        self.task.ended.connect(self._task_gone)
        self._update_buttons()

    def _task_gone(self) -> None:
        if self.task is not None:  # ended without a result or an error: cancelled
            self.status.setText(self.tr("Penyusunan laporan dibatalkan."))
        self.task = None
        self._update_buttons()

    def _built(self, data: ReportData) -> None:
        self.task = None
        self.data = data
        self.summary.set_rows(summary_rows(data))
        if self.pdf_document is not None:
            self.pdf_document.load(self.pdf_path)
        note = self.tr(" Tidak ada data pada periode ini.") if data.empty else ""
        self.status.setText(self.tr("%1 — %2.").replace("%1", data.cover.heading)
                            .replace("%2", data.cover.office_name) + note)
        self._update_buttons()

    def _failed(self, exc: Exception) -> None:
        self.task = None
        self.status.setText(self.tr("Laporan tidak dapat disusun."))
        self._update_buttons()
        show_error(self, exc)

    def _file_name(self, suffix: str) -> str:
        c = self.data.cover
        office = (c.office_code or "semua").replace("/", "-")
        return f"Laporan_{c.period_code}_{office}{suffix}"

    def _ask_path(self, title: str, suffix: str, pattern: str) -> str | None:
        from desk_app.ui.save_file import save_file_name

        path, _ = save_file_name(self, title, self._file_name(suffix), pattern)
        if not path:
            return None
        return path if path.lower().endswith(suffix) else path + suffix

    def export_pdf(self) -> None:
        if self.data is None:
            return
        path = self._ask_path(self.tr("Simpan laporan PDF"), ".pdf", self.tr("Berkas PDF (*.pdf)"))
        if path:
            source = self.pdf_path
            self._save(path, lambda _progress: save_atomically(
                path, lambda partial: shutil.copyfile(source, partial)))

    def export_xlsx(self) -> None:
        if self.data is None:
            return
        path = self._ask_path(self.tr("Simpan laporan Excel"), ".xlsx",
                              self.tr("Buku kerja Excel (*.xlsx)"))
        if path:
            data = self.data
            self._save(path, lambda _progress: save_atomically(
                path, lambda partial: render_xlsx(data, partial)))

    def _save(self, path: str, func) -> None:
        def done(_result) -> None:
            self.status.setText(self.tr("Tersimpan: %1").replace("%1", path))

        def failed(exc: Exception) -> None:
            show_error(self, exc)  # save_atomically says which file and why, in one line

        self.session.tasks.run(self, func, on_done=done, on_error=failed,
                               title=self.tr("Menyimpan laporan"), cancellable=False)

    def print_report(self) -> None:
        if self.data is None:
            return
        try:
            from desk_app.ui.pdf_print import print_pdf
        except ImportError:
            show_info(self, self.tr("Pencetakan memerlukan komponen PySide6-Pdf. Simpan PDF lalu "
                                    "cetak dari pembaca PDF."))
            return
        print_pdf(self, self.pdf_path, self.data.cover.heading)

