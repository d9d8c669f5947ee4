"""The "Langkah SOP" page of the request detail: the checklist of the request's SOP
revision, the next step highlighted, overruns marked; Selesai (Ctrl+D), Lewati (with a
reason), out-of-order only with a reason, hand-over to a colleague, print the trace.

Registered in request_detail.EXTRA_PAGES through `make_sop_page`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core import dates, worktime
from desk_app.models.core.accounts import User
from desk_app.models.core.errors import UserError
from desk_app.models.core.permissions import can
from desk_app.models.requests.tables import OPEN_STATUSES
from desk_app.models.sop import flow as sop_flow
from desk_app.models.sop import work as sop_work
from desk_app.ui.table_model import Column, Look, TableModel
from desk_app.ui.widgets import ask_text, focus_field, show_error

NEXT_FILL = QColor("#dcecff")
OVER_FILL = QColor("#fde2e1")
DEVIATION_FILL = QColor("#fff4cc")
MUTED = QColor("#888888")


CTX = "ChecklistModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _state_text(row: sop_flow.ChecklistRow) -> str:
    text = {"done": _tr("Selesai"), "skipped": _tr("Dilewati"), "next": _tr("Berikutnya"),
            "pending": _tr("Menunggu"), "not_needed": _tr("Tidak diperlukan")}[row.state]
    return text + (_tr(" (melebihi)") if row.overdue else "")


def _deviation_text(row: sop_flow.ChecklistRow) -> str:
    record = row.record
    if record is None:
        return ""
    parts = []
    if record.deviation:
        parts.append(f"{sop_flow.DEVIATION_LABELS[record.deviation]}: {record.deviation_reason}")
    if record.note:
        parts.append(record.note)
    return "; ".join(parts)


def checklist_columns(tz: str, names: dict[str, str]) -> list[Column]:
    """The checklist's columns; `names` maps the ids of the officers who did a step to
    their names (filled when the rows are loaded)."""
    def column(title, value, sort=None, key=""):
        return Column(title, value, sort, tooltip=True, key=key)

    return [
        column(QT_TRANSLATE_NOOP(CTX, "No"), lambda r: str(r.step.position), lambda r: r.step.position),
        column(QT_TRANSLATE_NOOP(CTX, "Kegiatan"), lambda r: r.step.activity),
        column(QT_TRANSLATE_NOOP(CTX, "Pelaksana"), lambda r: ", ".join(r.step.actors or [])),
        column(QT_TRANSLATE_NOOP(CTX, "Waktu baku"), lambda r: worktime.format_standard(r.step)),
        column(QT_TRANSLATE_NOOP(CTX, "Status"), _state_text, key="state"),
        column(QT_TRANSLATE_NOOP(CTX, "Oleh"),
               lambda r: names.get(r.record.done_by_id, "") if r.record else ""),
        column(QT_TRANSLATE_NOOP(CTX, "Selesai"),
               lambda r: dates.format_datetime(r.record.done_at, tz) if r.record else "",
               lambda r: r.record.done_at if r.record else None),
        column(QT_TRANSLATE_NOOP(CTX, "Lama"),
               lambda r: worktime.format_minutes(r.elapsed_minutes)
               if r.elapsed_minutes is not None else "",
               lambda r: r.elapsed_minutes, key="elapsed"),
        column(QT_TRANSLATE_NOOP(CTX, "Penyimpangan / catatan"), _deviation_text, key="deviation"),
    ]


def checklist_look(row: sop_flow.ChecklistRow, column: Column) -> Look:
    background = None
    if row.overdue and column.key in ("state", "elapsed"):
        background = OVER_FILL
    elif row.record is not None and row.record.deviation and column.key == "deviation":
        background = DEVIATION_FILL
    elif row.is_next:
        background = NEXT_FILL
    return Look(background, MUTED if row.state == "not_needed" else None, row.is_next)


class ChecklistModel(TableModel):
    """The checklist rows of one request, with the names of who did each step."""

    def __init__(self, tz: str, parent=None):
        self.names: dict[str, str] = {}
        super().__init__(checklist_columns(tz, self.names), context=CTX, look=checklist_look,
                         parent=parent)

    def set_rows(self, rows) -> None:
        rows = list(rows)
        ids = {r.record.done_by_id for r in rows if r.record is not None}
        self.names.clear()
        if ids:
            self.names.update({u.id: u.full_name for u in User.select(User.id, User.full_name)
                               .where(User.id.in_(ids))})
        super().set_rows(rows)


class StepDoneDialog(QDialog):
    """Marking one step done: optional note, Ya/Tidak for a decision, and a required
    reason when the step is not the next one."""

    def __init__(self, row: sop_flow.ChecklistRow, parent=None):
        super().__init__(parent)
        self.row = row
        step = row.step
        self.setWindowTitle(self.tr("Langkah %1 selesai").replace("%1", str(step.position)))
        form = QFormLayout()
        activity = QLabel(step.activity)
        activity.setWordWrap(True)
        form.addRow(self.tr("Kegiatan:"), activity)
        self.answer_group = QButtonGroup(self)
        self.yes = QRadioButton(self.tr("&Ya"))
        self.no = QRadioButton(self.tr("&Tidak"))
        if step.kind == "decision":
            box = QHBoxLayout()
            for value, button in (("ya", self.yes), ("tidak", self.no)):
                self.answer_group.addButton(button)
                button.setProperty("answer", value)
                box.addWidget(button)
            box.addStretch(1)
            hint = self.tr("Ya → langkah %1, Tidak → langkah %2").replace(
                "%1", str(step.yes_target or "-")).replace("%2", str(step.no_target or "-"))
            form.addRow(self.tr("Jawaban:"), box)
            form.addRow("", QLabel(hint))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Catatan (boleh kosong)"))
        form.addRow(self.tr("&Catatan:"), self.note)
        self.reason = QLineEdit()
        if not row.is_next:
            warn = QLabel(self.tr("Langkah ini belum gilirannya. Alasan wajib diisi dan dicatat "
                                  "sebagai penyimpangan."))
            warn.setWordWrap(True)
            warn.setStyleSheet("color: #a4262c;")
            form.addRow(warn)
            form.addRow(self.tr("&Alasan:"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Selesai"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.fields = {"answer": self.yes, "note": self.note, "deviation_reason": self.reason}
        if step.kind == "decision":
            self.yes.setChecked(True)
        first = self.reason if not row.is_next else (self.yes if step.kind == "decision" else self.note)
        first.setFocus()

    @property
    def answer(self) -> str | None:
        button = self.answer_group.checkedButton()
        return button.property("answer") if button else None

    @property
    def values(self) -> dict:
        return {"note": self.note.text(), "deviation_reason": self.reason.text(),
                "answer": self.answer if self.row.step.kind == "decision" else None}


class HandOverDialog(QDialog):
    def __init__(self, session, exclude_id: str | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Serahkan ke rekan"))
        self.user = QComboBox()
        for user in (User.select().where((User.office == session.office_code) & User.active)
                     .order_by(User.full_name)):
            if user.id != exclude_id and can(user, "requests.advance"):
                self.user.addItem(f"{user.full_name} ({user.role_label})", user.id)
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Kepada:"), self.user)
        form.addRow(self.tr("&Catatan:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Serahkan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.fields = {"to_user": self.user, "note": self.note}

    @property
    def user_id(self) -> str | None:
        return self.user.currentData()


def save_pdf(parent: QWidget, title: str, default_name: str, write) -> str | None:
    """Ask where to save, write the PDF with `write(path)`, open it. None when cancelled."""
    from desk_app.models.core.files import replacing
    from desk_app.ui.save_file import save_file_name

    path, _chosen = save_file_name(parent, title, default_name, "PDF (*.pdf)")
    if not path:
        return None
    try:
        with replacing(path, "menyimpan PDF") as partial:
            write(str(partial))
    except (UserError, OSError) as exc:
        show_error(parent, exc if isinstance(exc, UserError) else str(exc))
        return None
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))
    return path


class RequestStepsPage(QWidget):
    changed = Signal()

    def __init__(self, session, request_id: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.request_id = request_id
        self.model = ChecklistModel(session.tz, self)
        self.view = QTableView()
        self.view.setObjectName("sop_steps")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 36), (2, 130), (3, 80), (4, 120), (5, 130), (6, 140), (7, 90), (8, 200)):
            self.view.setColumnWidth(col, width)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.done_button = QPushButton(self.tr("&Selesai… (Ctrl+D)"))
        self.skip_button = QPushButton(self.tr("&Lewati…"))
        self.handover_button = QPushButton(self.tr("Serahkan ke &rekan…"))
        self.trace_button = QPushButton(self.tr("Cetak &jejak"))
        self.done_button.clicked.connect(self.mark_done)
        self.skip_button.clicked.connect(self.skip)
        self.handover_button.clicked.connect(self.hand_over)
        self.trace_button.clicked.connect(self.print_trace)
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.mark_done)
        self.view.doubleClicked.connect(lambda _i: self.mark_done())
        row = QHBoxLayout()
        for button in (self.done_button, self.skip_button, self.handover_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.trace_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.setFocusProxy(self.view)
        self.reload()

    def reload(self) -> None:
        try:
            request = sop_flow.get_request(self.request_id)
            rows = sop_flow.checklist(self.request_id)
        except UserError as exc:
            show_error(self, exc)
            return
        self.request = request
        self.model.set_rows(rows)
        open_ = request.status in OPEN_STATUSES and not request.is_void
        can_work = self.session.can("requests.advance") and open_
        for button in (self.done_button, self.skip_button, self.handover_button):
            button.setEnabled(can_work and bool(rows))
        holder = request.assigned_to.full_name if request.assigned_to_id else self.tr("belum ada")
        revision = request.sop_revision
        if revision is None:
            self.summary.setText(self.tr("Permohonan ini tidak memiliki SOP."))
            return
        done = sum(1 for r in rows if r.record is not None)
        over = sum(1 for r in rows if r.overdue)
        self.summary.setText(self.tr("%1 — revisi %2. %3 dari %4 langkah tercatat; %5 melebihi waktu "
                                     "baku. Dipegang: %6.")
                             .replace("%1", revision.number).replace("%2", str(revision.revision))
                             .replace("%3", str(done)).replace("%4", str(len(rows)))
                             .replace("%5", str(over)).replace("%6", holder))
        next_row = next((i for i, r in enumerate(rows) if r.is_next), None)
        if next_row is not None:
            self.view.selectRow(next_row)
            self.view.scrollTo(self.model.index(next_row, 0))

    def selected_row(self) -> sop_flow.ChecklistRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[index.row()]

    def _after(self) -> None:
        self.reload()
        self.changed.emit()

    def mark_done(self) -> None:
        row = self.selected_row()
        if row is None or not self.done_button.isEnabled():
            return
        if row.record is not None:
            show_error(self, self.tr("Langkah ini sudah dicatat."))
            return
        dialog = StepDoneDialog(row, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                sop_work.complete_step(self.session.user, self.request_id, row.step.id,
                                                **dialog.values)
            except UserError as exc:
                show_error(self, exc)
                focus_field(dialog.fields, exc)
                continue
            self._after()
            return

    def skip(self) -> None:
        row = self.selected_row()
        if row is None or not self.skip_button.isEnabled():
            return
        if row.record is not None:
            show_error(self, self.tr("Langkah ini sudah dicatat."))
            return
        reason = ask_text(self, self.tr("Lewati langkah %1").replace("%1", str(row.step.position)),
                          self.tr("Alasan melewati langkah (dicatat sebagai penyimpangan):"))
        if reason is None:
            return
        try:
            sop_work.skip_step(self.session.user, self.request_id, row.step.id, reason)
        except UserError as exc:
            show_error(self, exc)
            return
        self._after()

    def hand_over(self) -> None:
        dialog = HandOverDialog(self.session, self.request.assigned_to_id or self.session.user.id, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                sop_work.hand_over(self.session.user, self.request_id, dialog.user_id,
                                   dialog.note.text())
            except UserError as exc:
                show_error(self, exc)
                focus_field(dialog.fields, exc)
                continue
            self._after()
            return

    def print_trace(self) -> None:
        from desk_app.reports.request_trace import write_trace_pdf  # reportlab: on first print

        name = f"jejak-{self.request.number.replace('/', '-')}.pdf"
        save_pdf(self, self.tr("Simpan jejak permohonan"), name,
                 lambda path: write_trace_pdf(self.request_id, path, self.session.user.full_name))


def make_sop_page(session, request_id: str, parent) -> tuple[str, QWidget]:
    """Factory for request_detail.EXTRA_PAGES."""
    page = RequestStepsPage(session, request_id, parent)
    return page.tr("Langkah S&OP"), page
