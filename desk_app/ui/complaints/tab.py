"""The Pengaduan tab: the quick log form on the left, the complaint list on the right.

Keys: Ctrl+N new complaint (first field), Ctrl+F search, Enter on a row opens the
complaint, F5 reloads. Red rows are past their stage deadline, yellow ones are due
today or on the next working day. The list never shows a hidden identity.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.complaints import flow as cf
from desk_app.models.complaints.tables import CATEGORIES, CHANNELS, SIDE_EXITS, STAGES
from desk_app.models.core.dates import format_short, local_today
from desk_app.models.core.errors import UserError
from desk_app.models.core.periods import parse_period
from desk_app.ui import ui_state
from desk_app.ui.complaints.detail import ComplaintDetailDialog
from desk_app.ui.complaints.form import ComplaintForm
from desk_app.ui.widgets import fit_combos, show_error

_ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_BG = QColor("#f8d7da")
DUE_SOON_BG = QColor("#fff3cd")
CLOSED_FG = QColor("#6c757d")
SEARCH_DELAY_MS = 350


class ComplaintListModel(QAbstractTableModel):
    """Complaints in pages from `complaint_flow.search_complaints` (keyset paging)."""

    COLUMNS = ("number", "received", "kind", "channel", "category", "complainant", "stage",
               "due", "mark", "ticket")

    def __init__(self, office: str, tz: str | None = None, page_size: int = 100, parent=None):
        super().__init__(parent)
        self.office = office
        self.tz = tz
        self.page_size = page_size
        self.filters: dict = {}
        self.rows: list[cf.ComplaintRow] = []
        self.cursor = None
        self.exhausted = False
        self.today = local_today(tz)
        self.headers = (self.tr("Nomor"), self.tr("Diterima"), self.tr("Jenis"), self.tr("Saluran"),
                        self.tr("Kategori"), self.tr("Pelapor"), self.tr("Tahap"), self.tr("Batas tahap"),
                        self.tr("Keterangan"), self.tr("Tiket"))

    def set_filters(self, **filters) -> None:
        """Apply new filters; the first page is loaded within the reset."""
        self.beginResetModel()
        self.filters = filters
        self.today = local_today(self.tz)
        self.rows, self.cursor, self.exhausted = [], None, True
        try:
            page = self._page(None)
            self.rows, self.cursor = list(page.rows), page.cursor
            self.exhausted = page.cursor is None
        finally:
            self.endResetModel()

    def _page(self, after) -> cf.Page:
        return cf.search_complaints(self.office, after=after, limit=self.page_size, today=self.today,
                                    **self.filters)

    def refresh(self) -> None:
        self.set_filters(**self.filters)

    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802
        if parent.isValid() or self.exhausted:
            return
        page = self._page(self.cursor)
        self.cursor = page.cursor
        self.exhausted = page.cursor is None
        if not page.rows:
            return
        first = len(self.rows)
        self.beginInsertRows(_ROOT, first, first + len(page.rows) - 1)
        self.rows.extend(page.rows)
        self.endInsertRows()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def row_of(self, complaint_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == complaint_id), -1)

    def mark(self, row: cf.ComplaintRow) -> str:
        if row.overdue:
            return self.tr("LEWAT BATAS %1 hari kerja").replace("%1", str(row.days_overdue))
        if row.due_soon:
            return self.tr("Batas hari ini") if row.stage_due == self.today else self.tr("Batas besok")
        if row.stage == "jawaban" and row.stage_due and row.stage_due <= self.today:
            return self.tr("Boleh ditutup")
        return ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.overdue:
                return QBrush(OVERDUE_BG)
            if row.due_soon:
                return QBrush(DUE_SOON_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and row.stage == "selesai":
            return QBrush(CLOSED_FG)
        if role == Qt.ItemDataRole.FontRole and row.overdue and column in ("number", "mark"):
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def _display(self, row: cf.ComplaintRow, column: str) -> str:
        values = {
            "number": row.number, "received": format_short(row.received_date), "kind": row.kind,
            "channel": row.channel, "category": row.category, "complainant": row.complainant,
            "stage": row.stage, "due": format_short(row.stage_due), "mark": self.mark(row),
            "ticket": row.external_ticket,
        }
        return values[column]


class ComplaintTable(QTableView):
    """Enter opens the selected complaint."""

    def __init__(self, open_current, parent=None):
        super().__init__(parent)
        self._open_current = open_current

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_current()
            return
        super().keyPressEvent(event)


class ComplaintsTab(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.form = ComplaintForm(session)
        self.form.registered.connect(self._registered)
        form_box = QGroupBox(self.tr("Catat pengaduan"))
        QVBoxLayout(form_box).addWidget(self.form)
        if not session.can("complaints.register"):  # never setVisible(True) here: a widget with no
            form_box.hide()  # parent yet would be shown as a window and take the focus

        self.model = ComplaintListModel(session.office_code, session.tz, parent=self)
        self.view = ComplaintTable(self.open_current)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(lambda _index: self.open_current())
        for column, width in enumerate((120, 84, 80, 100, 96, 112, 82, 84, 185)):
            self.view.setColumnWidth(column, width)
        ui_state.track_table(self.view, "complaints/list")

        list_box = QGroupBox(self.tr("Daftar pengaduan"))
        list_layout = QVBoxLayout(list_box)
        list_layout.addLayout(self._filters())
        list_layout.addWidget(self.view)
        self.status = QLabel()
        self.status.setStyleSheet("color: #555;")
        list_layout.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(form_box)
        splitter.addWidget(list_box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 980])
        QVBoxLayout(self).addWidget(splitter)
        fit_combos(self)  # fits 1024 px: no combo as wide as the longest service name

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+N", self.new_complaint), ("Ctrl+F", self.focus_search),
                           ("F5", self.apply_filter)):
            QShortcut(QKeySequence(keys), self, slot).setContext(context)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.apply_filter()
        self.setFocusProxy(self.form.kind if session.can("complaints.register") else self.search)

    def _filters(self) -> QVBoxLayout:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nomor pengaduan atau tiket (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.stage = QComboBox()
        self.stage.addItem(self.tr("Semua tahap"), None)
        self.stage.addItem(self.tr("Belum selesai"), cf.STAGE_OPEN)
        for stage in STAGES + SIDE_EXITS:
            self.stage.addItem(stage, stage)
        self.category = QComboBox()
        self.category.addItem(self.tr("Semua kategori"), None)
        for category in CATEGORIES:
            self.category.addItem(category, category)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Semua saluran"), None)
        for channel in CHANNELS:
            self.channel.addItem(channel, channel)
        self.period = QLineEdit()
        self.period.setPlaceholderText(self.tr("Periode: 2026-11, 2026-Q3, 2026"))
        self.period.setMinimumWidth(130)
        self.period.returnPressed.connect(self.apply_filter)
        self.period.editingFinished.connect(self.apply_filter)
        self.overdue = QCheckBox(self.tr("Hanya le&wat batas"))
        for combo in (self.stage, self.category, self.channel):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.overdue.toggled.connect(lambda _c: self.apply_filter())
        reload_button = QPushButton(self.tr("Muat ulang (F5)"))
        reload_button.clicked.connect(self.apply_filter)
        self.search.setMinimumWidth(150)
        first, second = QHBoxLayout(), QHBoxLayout()
        for widget, stretch in ((self.search, 1), (self.period, 0), (self.overdue, 0), (reload_button, 0)):
            first.addWidget(widget, stretch)
        for widget in (self.stage, self.category, self.channel):
            second.addWidget(widget, 1)
        rows = QVBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        return rows

    def current_filters(self) -> dict:
        period_text = self.period.text().strip()
        period = parse_period(period_text) if period_text else None
        return {"stage": self.stage.currentData(), "category": self.category.currentData(),
                "channel": self.channel.currentData(), "overdue": True if self.overdue.isChecked() else None,
                "period": period, "query": self.search.text()}

    def apply_filter(self) -> None:
        self._timer.stop()
        try:
            filters = self.current_filters()
        except UserError as exc:
            self.status.setText(exc.message)
            self.status.setStyleSheet("color: #b00020;")
            return
        self.model.set_filters(**filters)
        self.status.setStyleSheet("color: #555;")
        self.status.setText(self.tr("Merah: lewat batas tahap · Kuning: batas hari ini/besok · "
                                    "Enter membuka pengaduan"))

    def new_complaint(self) -> None:
        if self.session.can("complaints.register"):
            self.form.clear()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _registered(self, complaint_id: str) -> None:
        self.apply_filter()
        row = self.model.row_of(complaint_id)
        if row >= 0:
            self.view.selectRow(row)

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        self.open_complaint(self.model.data(index, ID_ROLE))

    def open_complaint(self, complaint_id: str) -> ComplaintDetailDialog | None:
        try:
            dialog = ComplaintDetailDialog(self.session, complaint_id, self)
        except Exception as exc:  # a vanished record or a database fault: shown, not raised
            show_error(self, exc)
            return None
        dialog.changed.connect(lambda _cid: self._changed(complaint_id))
        dialog.exec()
        return dialog

    def _changed(self, complaint_id: str) -> None:
        self.model.refresh()
        row = self.model.row_of(complaint_id)
        if row >= 0:
            self.view.selectRow(row)


__all__ = ["ComplaintsTab", "ComplaintListModel"]
