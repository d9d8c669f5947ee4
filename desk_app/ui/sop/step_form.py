"""One step of a SOP draft: the grid of the draft's steps (numbers and decision targets
kept right when steps move) and the form that edits the selected step in place.
Part of the SOP editor (sop/editor.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desk_app.models.core.permissions import ROLE_COUNTER, ROLE_HEAD, ROLE_LABELS
from desk_app.models.sop.tables import STEP_KINDS, TIME_UNITS
from desk_app.ui.table_model import Column, TableModel

KIND_LABELS = {"start": QT_TRANSLATE_NOOP("SopEditor", "Mulai"),
               "process": QT_TRANSLATE_NOOP("SopEditor", "Kegiatan"),
               "decision": QT_TRANSLATE_NOOP("SopEditor", "Keputusan"),
               "end": QT_TRANSLATE_NOOP("SopEditor", "Selesai")}


WORK_ROLES = (ROLE_COUNTER, ROLE_HEAD)


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("SopEditor", KIND_LABELS.get(kind, kind))


STEPS_CTX = "StepsModel"


def _targets(step: dict, key: str) -> str:
    return str(step.get(key) or "") if step.get("kind") == "decision" else ""


def _column(title: str, value) -> Column:
    return Column(title, value, tooltip=True)


def editor_step_columns(position) -> list[Column]:
    """The draft's steps (dicts); `position(step)` is the step's number in the draft."""
    return [
        Column(QT_TRANSLATE_NOOP(STEPS_CTX, "No"), lambda s: str(position(s)), position, tooltip=True),
        _column(QT_TRANSLATE_NOOP(STEPS_CTX, "Jenis"), lambda s: kind_label(s.get("kind", ""))),
        _column(QT_TRANSLATE_NOOP(STEPS_CTX, "Kegiatan"), lambda s: s.get("activity", "")),
        _column(QT_TRANSLATE_NOOP(STEPS_CTX, "Pelaksana"), lambda s: ", ".join(s.get("actors") or [])),
        _column(QT_TRANSLATE_NOOP(STEPS_CTX, "Peran"),
                lambda s: ", ".join(ROLE_LABELS.get(r, r) for r in s.get("roles") or [])),
        _column(QT_TRANSLATE_NOOP(STEPS_CTX, "Kelengkapan"), lambda s: s.get("requirements", "")),
        _column(QT_TRANSLATE_NOOP(STEPS_CTX, "Waktu"),
                lambda s: f"{s.get('time_value') or 0:g} {s.get('time_unit', 'menit')}"),
        _column(QT_TRANSLATE_NOOP(STEPS_CTX, "Output"), lambda s: s.get("output", "")),
        _column(QT_TRANSLATE_NOOP(STEPS_CTX, "Keterangan"), lambda s: s.get("note", "")),
        _column(QT_TRANSLATE_NOOP(STEPS_CTX, "Ya →"), lambda s: _targets(s, "yes_target")),
        _column(QT_TRANSLATE_NOOP(STEPS_CTX, "Tidak →"), lambda s: _targets(s, "no_target")),
    ]


class StepsModel(TableModel):
    """The draft's steps; inserting, removing or moving one keeps every decision target
    pointing at the same step."""

    def __init__(self, steps: list[dict], parent=None):
        super().__init__(editor_step_columns(self._position), steps, context=STEPS_CTX,
                         parent=parent)

    @property
    def steps(self) -> list[dict]:
        return self.rows

    def _position(self, step: dict) -> int:
        return next(i for i, s in enumerate(self.rows) if s is step) + 1

    def _remap(self, mapping) -> None:
        for step in self.rows:
            for key in ("yes_target", "no_target"):
                if step.get(key):
                    step[key] = mapping(step[key])

    def insert(self, row: int, step: dict) -> None:
        self._remap(lambda p: p + 1 if p >= row + 1 else p)
        self.insert_row(row, step)
        self._renumbered(row)

    def remove(self, row: int) -> None:
        self.remove_row(row)
        self._remap(lambda p: None if p == row + 1 else (p - 1 if p > row + 1 else p))
        self._renumbered(row)

    def swap(self, row: int, other: int) -> None:
        a, b = row + 1, other + 1
        self.beginResetModel()
        self.rows[row], self.rows[other] = self.rows[other], self.rows[row]
        self._remap(lambda p: b if p == a else (a if p == b else p))
        self.endResetModel()

    def sort(self, column: int, order=None) -> None:
        """The draft's order is the SOP's order: moved only with Naikkan/Turunkan."""

    def _renumbered(self, first: int) -> None:
        """Numbers and targets from `first` on changed: repaint every row."""
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1,
                                                                self.columnCount() - 1))


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
