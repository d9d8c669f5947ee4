"""The Standar Pelayanan tab: a searchable list of services and, for the chosen one, its
standard (six public and eight internal components) in any saved version; admins save
an edited standard as a new version; everyone prints the public standard sheet.

Other features add pages to the detail area with ONE line in DETAIL_PAGES below
(title translated in the "CatalogueTab" context, module, class, permission), or at run
time with `catalogue_tab.add_detail_page(title, factory)`. The class (or factory) is
called as `factory(session, parent)` and returns a QWidget that has
`set_service(service)`; it is called with the selected `Service` row (or None when
nothing is selected) now and every time the selection changes.
"""

from __future__ import annotations

import html
import importlib
import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.catalogue.tables import Service, ServiceStandard
from desk_app.models.core.dates import format_date, local_today
from desk_app.models.core.errors import UserError
from desk_app.reports.standard_sheet import write_standard_sheet
from desk_app.ui import ui_state
from desk_app.ui.catalogue.parts import (
    INTERNAL_FIELDS,
    PUBLIC_FIELDS,
    SERVICE_COLUMNS,
    ServiceFilter,
    components_html,
    standard_header_html,
)
from desk_app.ui.session import Session
from desk_app.ui.table_model import ROW_ROLE, TableModel
from desk_app.ui.widgets import show_error

CTX = "CatalogueTab"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DetailPageSpec:
    title: str  # translated in the "CatalogueTab" context
    module: str
    class_name: str  # built as Class(session, parent); has set_service(service)
    permission: str = "catalogue.view"


DETAIL_PAGES: list[DetailPageSpec] = [
    DetailPageSpec(QT_TRANSLATE_NOOP("CatalogueTab", "&SOP"), "desk_app.ui.sop.panel", "SopPanel"),
]
# --- the tab --------------------------------------------------------------------------

class CatalogueTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.service: Service | None = None
        self.standard: ServiceStandard | None = None
        self.extra_pages: list[QWidget] = []

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Cari layanan (kode, nama, kategori)… Ctrl+F"))
        self.search.setClearButtonEnabled(True)
        self.model = TableModel(SERVICE_COLUMNS, context=CTX, parent=self)
        self.proxy = ServiceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setObjectName("services")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 90)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.table.setFocus)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table)
        self.count_label = QLabel()
        left_layout.addWidget(self.count_label)

        self.version_combo = QComboBox()
        self.version_combo.setObjectName("versions")
        self.version_combo.setMinimumWidth(260)
        self.version_combo.currentIndexChanged.connect(self._version_changed)
        version_label = QLabel(self.tr("&Versi:"))
        version_label.setBuddy(self.version_combo)
        self.edit_button = QPushButton(self.tr("&Ubah standar…"))
        self.edit_button.setObjectName("edit_standard")
        self.edit_button.clicked.connect(self.edit_standard)
        self.edit_button.setVisible(session.can("catalogue.edit"))
        self.print_button = QPushButton(self.tr("&Cetak lembar standar"))
        self.print_button.setObjectName("print_sheet")
        menu = QMenu(self.print_button)
        self.save_pdf_action = menu.addAction(self.tr("&Simpan sebagai PDF…"), self.save_sheet_pdf)
        self.print_action = menu.addAction(self.tr("&Cetak ke printer…"), self.print_sheet)
        self.print_button.setMenu(menu)
        bar = QHBoxLayout()
        bar.addWidget(version_label)
        bar.addWidget(self.version_combo)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.print_button)

        self.header = QTextBrowser()
        self.header.setObjectName("standard_header")
        self.public_view = QTextBrowser()
        self.public_view.setObjectName("public_components")
        self.internal_view = QTextBrowser()
        self.internal_view.setObjectName("internal_components")
        for view in (self.public_view, self.internal_view):
            view.document().setIndentWidth(16)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.addTab(self.public_view, self.tr("Komponen &publik"))
        self.detail_tabs.addTab(self.internal_view, self.tr("Komponen &internal"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        detail_split = QSplitter(Qt.Orientation.Vertical)
        detail_split.addWidget(self.header)
        detail_split.addWidget(self.detail_tabs)
        detail_split.setStretchFactor(1, 1)
        detail_split.setSizes([130, 600])
        right_layout.addWidget(detail_split, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.save_sheet_pdf)

        self.reload()
        self._add_registered_pages()
        ui_state.track_table(self.table, "catalogue/services")
        self.setFocusProxy(self.search)

    # --- extension point ---------------------------------------------------------------
    def add_detail_page(self, title: str, factory: Callable[[Session, QWidget], QWidget]) -> QWidget:
        """Add a page to the detail area. `factory(session, parent)` returns a QWidget with
        `set_service(service)`, called now and on every selection change. Returns it."""
        page = factory(self.session, self.detail_tabs)
        self.detail_tabs.addTab(page, title)
        self.extra_pages.append(page)
        page.set_service(self.service)
        return page

    def _add_registered_pages(self) -> None:
        for spec in DETAIL_PAGES:
            if not self.session.can(spec.permission):
                continue
            try:
                factory = getattr(importlib.import_module(spec.module), spec.class_name)
                self.add_detail_page(QCoreApplication.translate("CatalogueTab", spec.title), factory)
            except Exception:  # a broken page must not take the catalogue down with it
                log.exception("catalogue page %s could not be built", spec.module)

    # --- loading -----------------------------------------------------------------------
    def reload(self, keep_id: str | None = None) -> None:
        keep_id = keep_id or (self.service.id if self.service else None)
        self.model.set_rows(catalogue.list_services(self.session.office_code))
        self._filter(self.search.text())
        row = self.model.row_of(keep_id) if keep_id else -1
        if row >= 0:
            self.select_source_row(row)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self.show_service(None)

    def select_source_row(self, row: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self.count_label.setText(self.tr("%1 dari %2 layanan").replace("%1", str(self.proxy.rowCount()))
                                 .replace("%2", str(self.model.rowCount())))
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
            self.table.selectRow(0)
        elif not self.proxy.rowCount() and self.service is not None:
            self.show_service(None)  # nothing matches: no stale detail beside an empty list

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _current_changed(self, current, _previous) -> None:
        service = self.proxy.data(current, ROW_ROLE) if current.isValid() else None
        if service is not None and (self.service is None or service.id != self.service.id):
            self.show_service(service)

    def show_service(self, service: Service | None, version: int | None = None) -> None:
        self.service = service
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        if service is not None:
            today = local_today(self.session.tz)
            in_force = catalogue.standard_in_force(service, today)
            for standard in catalogue.standard_versions(service):
                label = self.tr("Versi %1 — berlaku %2").replace("%1", str(standard.version)).replace(
                    "%2", format_date(standard.effective_date))
                if in_force and standard.id == in_force.id:
                    label += " " + self.tr("(berlaku sekarang)")
                elif standard.effective_date > today:
                    label += " " + self.tr("(belum berlaku)")
                self.version_combo.addItem(label, standard.version)
            wanted = version if version is not None else (in_force.version if in_force else None)
            index = self.version_combo.findData(wanted)
            self.version_combo.setCurrentIndex(max(index, 0))
        self.version_combo.blockSignals(False)
        self._version_changed()
        for page in self.extra_pages:
            page.set_service(service)

    def _version_changed(self, *_args) -> None:
        version = self.version_combo.currentData()
        self.standard = None
        if self.service is not None and version is not None:
            self.standard = self.service.standards.where(ServiceStandard.version == version).first()
        has = self.standard is not None
        self.edit_button.setEnabled(has)
        self.print_button.setEnabled(has)
        self.version_combo.setEnabled(has)
        if not has:
            self.header.setHtml(f"<p>{html.escape(self.tr('Pilih layanan di daftar.'))}</p>")
            self.public_view.clear()
            self.internal_view.clear()
            return
        self.header.setHtml(standard_header_html(self.service, self.standard))
        self.public_view.setHtml(components_html(
            self.standard, PUBLIC_FIELDS, self.tr("Komponen standar pelayanan yang terkait dengan "
                                                  "proses penyampaian pelayanan")))
        self.internal_view.setHtml(components_html(
            self.standard, INTERNAL_FIELDS, self.tr("Komponen standar pelayanan yang terkait dengan "
                                                    "proses pengelolaan pelayanan di internal")))

    # --- actions -----------------------------------------------------------------------
    def edit_standard(self) -> None:
        if self.service is None or self.standard is None or not self.session.can("catalogue.edit"):
            return
        from desk_app.ui.catalogue.standard_edit_dialog import StandardEditDialog

        base = catalogue.latest_standard(self.service)
        dialog = StandardEditDialog(self.session, self.service, base, self)
        if dialog.exec() == StandardEditDialog.DialogCode.Accepted and dialog.saved is not None:
            self.reload(self.service.id)
            self.show_service(catalogue.get_service(self.service.id), dialog.saved.version)

    def _write_sheet(self, path: str) -> None:
        write_standard_sheet(path, self.session.office, self.service, self.standard)

    def save_sheet_pdf(self) -> str | None:
        if self.standard is None:
            return None
        from desk_app.ui.save_file import save_file_name

        suggested = f"Standar-{self.service.code}-v{self.standard.version}.pdf"
        path, _ = save_file_name(self, self.tr("Simpan lembar standar"), suggested,
                                 self.tr("Berkas PDF (*.pdf)"))
        if not path:
            return None
        try:
            self._write_sheet(path)
        except (UserError, OSError) as exc:
            show_error(self, exc if isinstance(exc, UserError) else str(exc))
            return None
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Tersimpan: %1").replace("%1", path), 8000)
        return path

    def print_sheet(self) -> None:
        if self.standard is None:
            return
        from desk_app.ui.pdf_print import print_pdf

        with tempfile.TemporaryDirectory(prefix="loket-prima-") as folder:
            path = str(Path(folder) / "standar.pdf")
            try:
                self._write_sheet(path)
            except UserError as exc:
                show_error(self, exc)
                return
            print_pdf(self, path, self.tr("Cetak lembar standar"))
