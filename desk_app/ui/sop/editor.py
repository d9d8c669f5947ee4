"""The SOP editor (admins): the identity fields of an SOP (PermenPAN-RB 35/2012) and its
steps, published as a new revision with its effective date. Older revisions are never
changed; they stay readable in the SOP page's revision picker.

The steps grid shows every step; the form under it edits the selected one (both in
sop/step_form.py). Moving, inserting or removing a step keeps decision targets pointing
at the same steps.
"""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.core.errors import UserError
from desk_app.models.core.permissions import ROLE_COUNTER
from desk_app.models.sop.tables import Sop, SopRevision
from desk_app.ui.sop.step_form import StepForm, StepsModel
from desk_app.ui.widgets import DateEdit, confirm, focus_field, show_error

LIST_FIELDS = (("legal_basis", QT_TRANSLATE_NOOP("SopEditor", "Dasar hukum")),
               ("qualifications", QT_TRANSLATE_NOOP("SopEditor", "Kualifikasi pelaksana")),
               ("related_sops", QT_TRANSLATE_NOOP("SopEditor", "Keterkaitan")),
               ("equipment", QT_TRANSLATE_NOOP("SopEditor", "Peralatan/perlengkapan")),
               ("warnings", QT_TRANSLATE_NOOP("SopEditor", "Peringatan")),
               ("records", QT_TRANSLATE_NOOP("SopEditor", "Pencatatan dan pendataan")))


def revision_data(revision: SopRevision) -> dict:
    """A revision as the editable dict publish_sop_revision takes."""
    data = {key: copy.deepcopy(getattr(revision, key)) for key in catalogue.SOP_REVISION_FIELDS}
    data["steps"] = [{key: copy.deepcopy(getattr(step, key)) for key in catalogue.SOP_STEP_FIELDS}
                     for step in catalogue.revision_steps(revision)]
    return data


class SopEditorDialog(QDialog):
    """Edit the SOP starting from `base` (a revision) and publish it as the next revision."""

    def __init__(self, session, sop: Sop, base: SopRevision, parent=None):
        super().__init__(parent)
        self.session = session
        self.sop = sop
        self.published: SopRevision | None = None
        self.data = revision_data(base)
        next_number = (sop.revisions.order_by(SopRevision.revision.desc()).first().revision + 1)
        self.setWindowTitle(self.tr("Ubah SOP — akan terbit sebagai revisi %1").replace("%1", str(next_number)))
        self.next_number = next_number
        self.fields: dict[str, QWidget] = {}
        tabs = QTabWidget()
        tabs.addTab(self._identity_page(), self.tr("&Identitas"))
        tabs.addTab(self._steps_page(), self.tr("&Langkah"))
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.publish_button = buttons.addButton(self.tr("&Terbitkan revisi"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.publish)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(1100, 720)

    # identity --------------------------------------------------------------------
    def _identity_page(self) -> QWidget:
        d = self.data
        page = QWidget()
        form = QFormLayout()
        self.title = QLineEdit(d.get("title") or "")
        self.number = QLineEdit(d.get("number") or "")
        self.unit = QLineEdit(d.get("unit") or "")
        self.date_made = DateEdit(value=d.get("date_made"))
        self.date_revised = DateEdit(value=dt.date.today())
        self.effective = DateEdit(value=dt.date.today())
        self.position = QLineEdit(d.get("approved_by_position") or "")
        self.approver = QLineEdit(d.get("approved_by_name") or "")
        self.nip = QLineEdit(d.get("approved_by_nip") or "")
        self.change_note = QLineEdit()
        self.change_note.setPlaceholderText(self.tr("Apa yang diubah pada revisi ini"))
        for text, widget, key in (
                (self.tr("&Nama SOP:"), self.title, "title"), (self.tr("N&omor SOP:"), self.number, "number"),
                (self.tr("&Unit:"), self.unit, "unit"),
                (self.tr("Tanggal pem&buatan:"), self.date_made, "date_made"),
                (self.tr("Tanggal re&visi:"), self.date_revised, "date_revised"),
                (self.tr("Tanggal &efektif:"), self.effective, "effective_date"),
                (self.tr("Disahkan oleh — &jabatan:"), self.position, "approved_by_position"),
                (self.tr("Disahkan oleh — n&ama:"), self.approver, "approved_by_name"),
                (self.tr("Disahkan oleh — N&IP:"), self.nip, "approved_by_nip"),
                (self.tr("Catatan &perubahan:"), self.change_note, "change_note")):
            form.addRow(text, widget)
            self.fields[key] = widget
        lists = QGridLayout()
        self.lists: dict[str, QPlainTextEdit] = {}
        self.actors_edit = QPlainTextEdit("\n".join(d.get("actors") or []))
        self.actors_edit.setTabChangesFocus(True)
        self.actors_edit.textChanged.connect(self._actors_changed)
        self.fields["actors"] = self.actors_edit
        entries = list(LIST_FIELDS) + [("actors", QT_TRANSLATE_NOOP("SopEditor", "Pelaksana (kolom swimlane)"))]
        for i, (key, label) in enumerate(entries):
            edit = self.actors_edit if key == "actors" else QPlainTextEdit("\n".join(d.get(key) or []))
            edit.setTabChangesFocus(True)
            self.lists[key] = edit
            self.fields.setdefault(key, edit)
            box = QVBoxLayout()
            title = QLabel(QCoreApplication.translate("SopEditor", label) + self.tr(" (satu per baris)"))
            title.setBuddy(edit)
            box.addWidget(title)
            box.addWidget(edit)
            lists.addLayout(box, i // 2, i % 2)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        return page

    def _lines(self, key: str) -> list[str]:
        return [line.strip() for line in self.lists[key].toPlainText().splitlines() if line.strip()]

    def _actors_changed(self) -> None:
        if hasattr(self, "step_form"):
            self.step_form.set_actors(self._lines("actors"))

    # steps -----------------------------------------------------------------------
    def _steps_page(self) -> QWidget:
        page = QWidget()
        self.model = StepsModel(self.data["steps"], self)
        self.view = QTableView()
        self.view.setObjectName("sop_steps_editor")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 32), (1, 80), (3, 150), (4, 130), (5, 130), (6, 70), (7, 120),
                           (8, 110), (9, 48), (10, 56)):
            self.view.setColumnWidth(col, width)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.fields["steps"] = self.view
        self.step_form = StepForm(self._step_edited)
        self.step_form.set_actors(self._lines("actors"))
        buttons = QHBoxLayout()
        for text, slot, key in ((self.tr("&Tambah langkah"), self.add_step, "Ctrl+N"),
                                (self.tr("&Hapus langkah"), self.remove_step, "Ctrl+Del"),
                                (self.tr("Naik&kan"), lambda: self.move_step(-1), "Ctrl+Up"),
                                (self.tr("T&urunkan"), lambda: self.move_step(1), "Ctrl+Down")):
            button = QPushButton(f"{text} ({key})")
            button.clicked.connect(slot)
            QShortcut(QKeySequence(key), page, activated=slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view)
        top_layout.addLayout(buttons)
        splitter.addWidget(top)
        splitter.addWidget(self.step_form)
        splitter.setSizes([380, 240])
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self.step_form.load(None)
        return page

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _row_changed(self, current, _previous) -> None:
        self.step_form.load(self.model.steps[current.row()] if current.isValid() else None)

    def _step_edited(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.refresh_row(row)

    def add_step(self) -> None:
        row = self.current_row() + 1
        actors = self._lines("actors")
        step = {"kind": "process", "activity": "", "actors": actors[:1], "roles": [ROLE_COUNTER],
                "requirements": "", "time_value": 15, "time_unit": "menit", "output": "",
                "note": "", "yes_target": None, "no_target": None}
        self.model.insert(row, step)
        self.view.selectRow(row)
        self.step_form.activity.setFocus()

    def remove_step(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        text = self.tr("Hapus langkah %1 dari draf revisi ini?").replace("%1", str(row + 1))
        if not confirm(self, text):
            return
        self.model.remove(row)
        if self.model.rowCount():
            self.view.selectRow(min(row, self.model.rowCount() - 1))
        else:
            self.step_form.load(None)

    def move_step(self, delta: int) -> None:
        row = self.current_row()
        other = row + delta
        if row < 0 or not 0 <= other < self.model.rowCount():
            return
        self.model.swap(row, other)
        self.view.selectRow(other)

    # publish ---------------------------------------------------------------------
    def values(self) -> dict:
        data = {
            "title": self.title.text().strip(), "number": self.number.text().strip(),
            "unit": self.unit.text().strip(), "date_made": self.date_made.date_value(),
            "date_revised": self.date_revised.date_value(),
            "effective_date": self.effective.date_value(),
            "approved_by_position": self.position.text().strip(),
            "approved_by_name": self.approver.text().strip(),
            "approved_by_nip": self.nip.text().strip(),
            "change_note": self.change_note.text().strip(),
            "steps": copy.deepcopy(self.model.steps),
        }
        for key, _label in LIST_FIELDS:
            data[key] = self._lines(key)
        data["actors"] = self._lines("actors")
        return data

    def publish(self) -> None:
        data = self.values()
        try:
            catalogue.validate_sop(data)
        except UserError as exc:
            self._show_field(exc)
            return
        text = self.tr("Terbitkan revisi %1, berlaku mulai %2? Revisi yang sudah terbit tidak "
                       "dapat diubah lagi.").replace("%1", str(self.next_number)).replace(
            "%2", data["effective_date"].strftime("%d-%m-%Y"))
        if not confirm(self, text):
            return
        try:
            self.published = catalogue.publish_sop_revision(self.session.user, self.sop.id, data)
        except UserError as exc:
            self._show_field(exc)
            return
        self.accept()

    def _show_field(self, exc: UserError) -> None:
        show_error(self, exc)
        field = getattr(exc, "field", None)
        self.tabs.setCurrentIndex(1 if field == "steps" else 0)
        focus_field(self.fields, exc)
