"""The "Pekerjaan Saya" tab: the open SOP steps waiting for me or my role, by due date.
Enter opens the request (its "Langkah SOP" page); a head of section can move all open
work of an absent officer to a colleague in one action."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QKeySequence, QShortcut
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

from desk_app.models.core import dates, worktime
from desk_app.models.core.accounts import User
from desk_app.models.core.errors import UserError
from desk_app.models.core.permissions import can
from desk_app.models.requests.tables import OPEN_STATUSES, ServiceRequest
from desk_app.models.sop import flow as sop_flow
from desk_app.models.sop import work as sop_work
from desk_app.ui.table_model import Column, Look, TableModel
from desk_app.ui.widgets import confirm, focus_field, show_error, show_info

OVER_FILL = QColor("#fde2e1")
LATE_FILL = QColor("#f8d0cd")


CTX = "MyWorkModel"


def my_work_columns() -> list[Column]:
    def column(title, value, sort=None, key=""):
        return Column(title, value, sort, tooltip=True, key=key)

    return [
        column(QT_TRANSLATE_NOOP(CTX, "Jatuh tempo"), lambda i: dates.format_short(i.request.due_date),
               lambda i: i.request.due_date, "due"),
        column(QT_TRANSLATE_NOOP(CTX, "Nomor"), lambda i: i.request.number),
        column(QT_TRANSLATE_NOOP(CTX, "Layanan"), lambda i: i.request.service.name),
        column(QT_TRANSLATE_NOOP(CTX, "Pemohon"), lambda i: i.request.applicant_name),
        column(QT_TRANSLATE_NOOP(CTX, "Langkah"), lambda i: str(i.step.position),
               lambda i: i.step.position),
        column(QT_TRANSLATE_NOOP(CTX, "Kegiatan"), lambda i: i.step.activity),
        column(QT_TRANSLATE_NOOP(CTX, "Baku"), lambda i: worktime.format_standard(i.step)),
        column(QT_TRANSLATE_NOOP(CTX, "Berjalan"), lambda i: worktime.format_minutes(i.elapsed_minutes),
               lambda i: i.elapsed_minutes, "elapsed"),
        column(QT_TRANSLATE_NOOP(CTX, "Untuk"),
               lambda i: QCoreApplication.translate(CTX, "Saya" if i.assigned_to_me else "Peran saya")),
    ]


class MyWorkModel(TableModel):
    """The open steps waiting for me; `today` (the office's) decides the late marks."""

    def __init__(self, tz: str, parent=None):
        self.tz = tz
        self.today = dates.local_today(tz)
        super().__init__(my_work_columns(), context=CTX, look=self._look, parent=parent)

    def set_rows(self, rows) -> None:
        self.today = dates.local_today(self.tz)
        super().set_rows(rows)

    def _look(self, item: sop_flow.WorkItem, column: Column) -> Look | None:
        if column.key == "due" and item.request.due_date < self.today:
            return Look(LATE_FILL)
        if column.key == "elapsed" and item.overdue:
            return Look(OVER_FILL)
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
        for col, width in ((0, 90), (1, 130), (2, 220), (3, 160), (4, 60), (6, 70), (7, 100)):
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
            items = sop_flow.my_work(self.session.user)
        except UserError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(items)
        late = sum(1 for i in items if i.overdue)
        self.count.setText(self.tr("%1 langkah menunggu, %2 melewati waktu baku.")
                           .replace("%1", str(len(items))).replace("%2", str(late)))
        if items:
            self.view.selectRow(0)

    def open_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        item = self.model.row_at(index.row())
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
