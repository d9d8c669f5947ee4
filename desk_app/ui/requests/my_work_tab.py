"""The "Pekerjaan Saya" tab: the open SOP steps waiting for me or my role, by due date.
Enter opens the request (its "Langkah SOP" page); a head of section can move all open
work of an absent officer to a colleague in one action."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core import dates
from desk_app.models.core.accounts import User
from desk_app.models.core.errors import UserError
from desk_app.models.core.permissions import can
from desk_app.models.requests.tables import OPEN_STATUSES, ServiceRequest
from desk_app.models.sop import work as sop_work
from desk_app.ui import text as ui_text
from desk_app.ui.widgets import confirm, focus_field, show_error, show_info

_ROOT = QModelIndex()
OVER_FILL = QColor("#fde2e1")
LATE_FILL = QColor("#f8d0cd")


class MyWorkModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("MyWorkModel", "Jatuh tempo"),
        QT_TRANSLATE_NOOP("MyWorkModel", "Nomor"),
        QT_TRANSLATE_NOOP("MyWorkModel", "Layanan"),
        QT_TRANSLATE_NOOP("MyWorkModel", "Pemohon"),
        QT_TRANSLATE_NOOP("MyWorkModel", "Langkah"),
        QT_TRANSLATE_NOOP("MyWorkModel", "Kegiatan"),
        QT_TRANSLATE_NOOP("MyWorkModel", "Baku"),
        QT_TRANSLATE_NOOP("MyWorkModel", "Berjalan"),
        QT_TRANSLATE_NOOP("MyWorkModel", "Untuk"),
    )

    def __init__(self, tz: str, parent=None):
        super().__init__(parent)
        self.tz = tz
        self.items: list[sop_work.WorkItem] = []
        self.today = dates.local_today(tz)

    def load(self, items: list[sop_work.WorkItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.today = dates.local_today(self.tz)
        self.endResetModel()

    def rowCount(self, parent=_ROOT):  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=_ROOT):  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None

    def _text(self, item: sop_work.WorkItem, col: int) -> str:
        r, s = item.request, item.step
        values = (
            dates.format_short(r.due_date), r.number, r.service.name, r.applicant_name,
            str(s.position), s.activity, sop_work.format_standard(s),
            ui_text.format_minutes(item.elapsed_minutes),
            self.tr("Saya") if item.assigned_to_me else self.tr("Peran saya"),
        )
        return values[col]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, col)
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == 0 and item.request.due_date < self.today:
                return QBrush(LATE_FILL)
            if col == 7 and item.overdue:
                return QBrush(OVER_FILL)
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None


class ReassignDialog(QDialog):
    """Head of section: all open work of an absent officer to a colleague."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Alihkan semua pekerjaan"))
        users = [u for u in User.select().where((User.office == session.office_code) & User.active)
                 .order_by(User.full_name) if can(u, "requests.advance")]
        counts = {}
        for r in ServiceRequest.select(ServiceRequest.assigned_to).where(
                ServiceRequest.status.in_(OPEN_STATUSES) & ServiceRequest.voided_at.is_null()
                & ServiceRequest.assigned_to.is_null(False)):
            counts[r.assigned_to_id] = counts.get(r.assigned_to_id, 0) + 1
        self.source = QComboBox()
        self.target = QComboBox()
        for user in users:
            self.source.addItem(self.tr("%1 — %2 permohonan terbuka").replace("%1", user.full_name)
                                .replace("%2", str(counts.get(user.id, 0))), user.id)
            self.target.addItem(user.full_name, user.id)
        if self.target.count() > 1:
            self.target.setCurrentIndex(1)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Mis.: cuti sakit sampai 30 November"))
        form = QFormLayout()
        form.addRow(self.tr("&Dari petugas:"), self.source)
        form.addRow(self.tr("&Kepada:"), self.target)
        form.addRow(self.tr("&Catatan:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Alihkan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.fields = {"from_user": self.source, "to_user": self.target, "note": self.note}


class MyWorkTab(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.model = MyWorkModel(session.tz, self)
        self.view = QTableView()
        self.view.setObjectName("my_work")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # the activity (Kegiatan, stretched) keeps ~250 px on a 1024-pixel screen
        for col, width in ((0, 88), (1, 118), (2, 140), (3, 120), (4, 56), (6, 64), (7, 90), (8, 90)):
            self.view.setColumnWidth(col, width)
        self.view.activated.connect(lambda _index: self.open_selected())
        self.count = QLabel()
        self.open_button = QPushButton(self.tr("Buka &permohonan"))
        self.open_button.clicked.connect(self.open_selected)
        self.reload_button = QPushButton(self.tr("&Muat ulang (F5)"))
        self.reload_button.clicked.connect(self.reload)
        self.reassign_button = QPushButton(self.tr("Alih&kan semua pekerjaan…"))
        self.reassign_button.clicked.connect(self.reassign_all)
        self.reassign_button.setVisible(session.can("requests.reassign_all"))
        QShortcut(QKeySequence("F5"), self, activated=self.reload)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.reload_button)
        row.addWidget(self.reassign_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.reload()  # each time the tab comes to the front: others move work too

    def reload(self) -> None:
        try:
            items = sop_work.my_work(self.session.user)
        except UserError as exc:
            show_error(self, exc)
            return
        self.model.load(items)
        late = sum(1 for i in items if i.overdue)
        self.count.setText(self.tr("%1 langkah menunggu, %2 melewati waktu baku.")
                           .replace("%1", str(len(items))).replace("%2", str(late)))
        if items:
            self.view.selectRow(0)

    def open_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        item = self.model.items[index.row()]
        from desk_app.ui.requests.detail import RequestDetailDialog
        from desk_app.ui.sop.steps import RequestStepsPage

        dialog = RequestDetailDialog(self.session, item.request.id, self)
        for i in range(dialog.tabs.count()):
            if isinstance(dialog.tabs.widget(i), RequestStepsPage):
                dialog.tabs.setCurrentIndex(i)
                dialog.tabs.widget(i).setFocus()
        dialog.exec()
        self.reload()

    def reassign_all(self) -> None:
        dialog = ReassignDialog(self.session, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            text = self.tr("Alihkan semua permohonan terbuka milik %1 kepada %2?").replace(
                "%1", dialog.source.currentText().split(" — ")[0]).replace("%2", dialog.target.currentText())
            if not confirm(self, text):
                continue
            try:
                moved = sop_work.reassign_all(self.session.user, dialog.source.currentData(),
                                              dialog.target.currentData(), dialog.note.text())
            except UserError as exc:
                show_error(self, exc)
                focus_field(dialog.fields, exc)
                continue
            show_info(self, self.tr("%1 permohonan dialihkan.").replace("%1", str(moved)))
            self.reload()
            return
