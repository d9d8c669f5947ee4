"""The SOP editor (admins): the identity fields of an SOP (PermenPAN-RB 35/2012) and its
steps, published as a new revision with its effective date. Older revisions are never
changed; they stay readable in the SOP page's revision picker.

The steps grid (a QAbstractTableModel) shows every step; the form under it edits the
selected one. Moving, inserting or removing a step keeps decision targets pointing at
the same steps.
"""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.core.errors import UserError
from desk_app.models.core.permissions import ROLE_COUNTER, ROLE_HEAD, ROLE_LABELS
from desk_app.models.sop.tables import STEP_KINDS, TIME_UNITS, Sop, SopRevision
from desk_app.ui.widgets import DateEdit, confirm, focus_field, show_error

_ROOT = QModelIndex()
KIND_LABELS = {"start": QT_TRANSLATE_NOOP("SopEditor", "Mulai"),
               "process": QT_TRANSLATE_NOOP("SopEditor", "Kegiatan"),
               "decision": QT_TRANSLATE_NOOP("SopEditor", "Keputusan"),
               "end": QT_TRANSLATE_NOOP("SopEditor", "Selesai")}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("SopEditor", KIND_LABELS.get(kind, kind))
WORK_ROLES = (ROLE_COUNTER, ROLE_HEAD)
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


class StepsModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("StepsModel", "No"),
        QT_TRANSLATE_NOOP("StepsModel", "Jenis"),
        QT_TRANSLATE_NOOP("StepsModel", "Kegiatan"),
        QT_TRANSLATE_NOOP("StepsModel", "Pelaksana"),
        QT_TRANSLATE_NOOP("StepsModel", "Peran"),
        QT_TRANSLATE_NOOP("StepsModel", "Kelengkapan"),
        QT_TRANSLATE_NOOP("StepsModel", "Waktu"),
        QT_TRANSLATE_NOOP("StepsModel", "Output"),
        QT_TRANSLATE_NOOP("StepsModel", "Keterangan"),
        QT_TRANSLATE_NOOP("StepsModel", "Ya →"),
        QT_TRANSLATE_NOOP("StepsModel", "Tidak →"),
    )

    def __init__(self, steps: list[dict], parent=None):
        super().__init__(parent)
        self.steps = steps

    def rowCount(self, parent=_ROOT):  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.steps)

    def columnCount(self, parent=_ROOT):  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        step = self.steps[index.row()]
        col = index.column()
        value = step.get("time_value") or 0
        values = (
            str(index.row() + 1), kind_label(step.get("kind", "")), step.get("activity", ""),
            ", ".join(step.get("actors") or []),
            ", ".join(ROLE_LABELS.get(r, r) for r in step.get("roles") or []),
            step.get("requirements", ""), f"{value:g} {step.get('time_unit', 'menit')}",
            step.get("output", ""), step.get("note", ""),
            str(step.get("yes_target") or "") if step.get("kind") == "decision" else "",
            str(step.get("no_target") or "") if step.get("kind") == "decision" else "",
        )
        return values[col]

    def refresh_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # structure changes keep decision targets on the same steps --------------------
    def _remap(self, mapping) -> None:
        for step in self.steps:
            for key in ("yes_target", "no_target"):
                if step.get(key):
                    step[key] = mapping(step[key])

    def insert(self, row: int, step: dict) -> None:
        self.beginInsertRows(_ROOT, row, row)
        self._remap(lambda p: p + 1 if p >= row + 1 else p)
        self.steps.insert(row, step)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(_ROOT, row, row)
        del self.steps[row]
        self._remap(lambda p: None if p == row + 1 else (p - 1 if p > row + 1 else p))
        self.endRemoveRows()

    def swap(self, row: int, other: int) -> None:
        a, b = row + 1, other + 1
        self.beginResetModel()
        self.steps[row], self.steps[other] = self.steps[other], self.steps[row]
        self._remap(lambda p: b if p == a else (a if p == b else p))
        self.endResetModel()


class StepForm(QGroupBox):
    """Edits one step dict in place; `edited` is called after every change."""

    def __init__(self, edited, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Langkah terpilih"))
        self.edited = edited
        self.step: dict | None = None
        self.loading = False
        self.kind = QComboBox()
        for kind in STEP_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.activity = QPlainTextEdit()
        self.activity.setTabChangesFocus(True)
        self.activity.setFixedHeight(52)
        self.actor_box = QWidget()
        self.actor_layout = QHBoxLayout(self.actor_box)
        self.actor_layout.setContentsMargins(0, 0, 0, 0)
        self.actor_checks: list[QCheckBox] = []
        self.role_checks = {role: QCheckBox(self.tr(ROLE_LABELS[role])) for role in WORK_ROLES}
        roles = QHBoxLayout()
        for box in self.role_checks.values():
            roles.addWidget(box)
            box.toggled.connect(self._changed)
        roles.addStretch(1)
        self.requirements = QLineEdit()
        self.time_value = QDoubleSpinBox()
        self.time_value.setRange(0, 999)
        self.time_value.setDecimals(1)
        self.time_unit = QComboBox()
        for unit in TIME_UNITS:
            self.time_unit.addItem(unit, unit)
        self.output = QLineEdit()
        self.note = QLineEdit()
        self.yes_target = QSpinBox()
        self.no_target = QSpinBox()
        for spin in (self.yes_target, self.no_target):
            spin.setRange(0, 99)
            spin.setSpecialValueText("-")
        grid = QGridLayout(self)
        labels = [(self.tr("&Jenis:"), self.kind), (self.tr("&Kegiatan:"), self.activity),
                  (self.tr("Pe&laksana:"), self.actor_box), (self.tr("&Peran:"), None),
                  (self.tr("Ke&lengkapan:"), self.requirements), (self.tr("&Waktu:"), self.time_value),
                  (self.tr("&Output:"), self.output), (self.tr("Ke&terangan:"), self.note),
                  (self.tr("&Ya ke langkah:"), self.yes_target),
                  (self.tr("Tida&k ke langkah:"), self.no_target)]
        for i, (text, widget) in enumerate(labels):
            label = QLabel(text)
            row, col = i % 5, (i // 5) * 2
            grid.addWidget(label, row, col)
            if widget is self.time_value:
                box = QHBoxLayout()
                box.addWidget(self.time_value)
                box.addWidget(self.time_unit)
                grid.addLayout(box, row, col + 1)
            elif widget is None:
                grid.addLayout(roles, row, col + 1)
                label.setBuddy(self.role_checks[ROLE_COUNTER])
                continue
            else:
                grid.addWidget(widget, row, col + 1)
            label.setBuddy(widget)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        self.kind.currentIndexChanged.connect(self._changed)
        self.activity.textChanged.connect(self._changed)
        for widget in (self.requirements, self.output, self.note):
            widget.textChanged.connect(self._changed)
        self.time_value.valueChanged.connect(self._changed)
        self.time_unit.currentIndexChanged.connect(self._changed)
        self.yes_target.valueChanged.connect(self._changed)
        self.no_target.valueChanged.connect(self._changed)

    def set_actors(self, actors: list[str]) -> None:
        for box in self.actor_checks:
            self.actor_layout.removeWidget(box)
            box.deleteLater()
        self.actor_checks = []
        for actor in actors:
            box = QCheckBox(actor)
            box.toggled.connect(self._changed)
            self.actor_layout.addWidget(box)
            self.actor_checks.append(box)
        if self.step is not None:
            self.load(self.step)

    def load(self, step: dict | None) -> None:
        self.step = step
        self.setEnabled(step is not None)
        if step is None:
            return
        self.loading = True
        self.kind.setCurrentIndex(max(self.kind.findData(step.get("kind", "process")), 0))
        self.activity.setPlainText(step.get("activity", ""))
        for box in self.actor_checks:
            box.setChecked(box.text() in (step.get("actors") or []))
        for role, box in self.role_checks.items():
            box.setChecked(role in (step.get("roles") or []))
        self.requirements.setText(step.get("requirements", ""))
        self.time_value.setValue(float(step.get("time_value") or 0))
        self.time_unit.setCurrentIndex(max(self.time_unit.findData(step.get("time_unit", "menit")), 0))
        self.output.setText(step.get("output", ""))
        self.note.setText(step.get("note", ""))
        self.yes_target.setValue(step.get("yes_target") or 0)
        self.no_target.setValue(step.get("no_target") or 0)
        self._decision_fields()
        self.loading = False

    def _decision_fields(self) -> None:
        decision = self.kind.currentData() == "decision"
        self.yes_target.setEnabled(decision)
        self.no_target.setEnabled(decision)

    def _changed(self, *_args) -> None:
        self._decision_fields()
        if self.loading or self.step is None:
            return
        step = self.step
        step["kind"] = self.kind.currentData()
        step["activity"] = self.activity.toPlainText().strip()
        step["actors"] = [box.text() for box in self.actor_checks if box.isChecked()]
        step["roles"] = [role for role, box in self.role_checks.items() if box.isChecked()]
        step["requirements"] = self.requirements.text().strip()
        step["time_value"] = self.time_value.value()
        step["time_unit"] = self.time_unit.currentData()
        step["output"] = self.output.text().strip()
        step["note"] = self.note.text().strip()
        decision = step["kind"] == "decision"
        step["yes_target"] = (self.yes_target.value() or None) if decision else None
        step["no_target"] = (self.no_target.value() or None) if decision else None
        self.edited()


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
