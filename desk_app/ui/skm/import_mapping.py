"""The mapping dialog of the survey import: which column of the file holds which field.

Shown when the import could not place every column by its heading (or a required field,
Tanggal, Layanan or U1–U9, has no column). Each column of the header row gets a choice of
field, with the first values under it; a preview of the first rows shows the file as the
import will read it. The confirmed mapping is remembered under a name, for every file
with the same header row (and for `import-surveys FILE --mapping NAME`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.catalogue.tables import Service
from desk_app.models.core.errors import UserError
from desk_app.models.skm import import_values as values
from desk_app.models.skm.import_columns import (
    FIELD_LABELS,
    HEADER_SEARCH_ROWS,
    SHORT_LABELS,
    Columns,
    columns_at,
)
from desk_app.models.skm.import_values import text
from desk_app.ui.table_model import Column, Look, TableModel
from desk_app.ui.widgets import DateEdit

SAMPLE_ROWS = 5


MARKED_BG = QColor("#fde2e1")


@dataclass(frozen=True)
class TextRow:
    """One row of a grid of texts; a marked row is shown in a warning colour."""

    cells: tuple[str, ...]
    marked: bool = False


def _cell(number: int):
    return lambda row: row.cells[number] if number < len(row.cells) else ""


def text_grid(parent) -> TableModel:
    """A small read-only grid of texts whose headers and rows are given whole
    (`show_texts`)."""
    return TableModel((), context="RowsModel",
                      look=lambda row, _column: Look(MARKED_BG) if row.marked else None,
                      parent=parent)


def show_texts(model: TableModel, headers: list[str], rows: list[list[str]], marked=()) -> None:
    """Fill a text grid: one column per header, rows of texts, `marked` row numbers."""
    marked = set(marked)
    model.set_columns([Column(title, _cell(i)) for i, title in enumerate(headers)],
                      [TextRow(tuple(r), i in marked) for i, r in enumerate(rows)])


def read_as(field: str, value) -> str:
    """A cell as the import will read it; "✗ …" when it would be a row error."""
    if not text(value):
        return ""
    try:
        if field in FIELD_LABELS and field.startswith("U"):
            return str(values.answer(field, value))
        if field == "date":
            return f"{values.date(value):%d-%m-%Y}"
        reader = {"gender": values.gender, "age": values.age, "education": values.education,
                  "occupation": values.occupation}.get(field)
        return str(reader(value)) if reader else text(value)
    except UserError:
        return "✗ " + text(value)


def make_view(model, parent) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class MappingDialog(QDialog):
    """Column → field for one file; `columns()` and `name()` after it is accepted."""

    def __init__(self, table, columns: Columns, office: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.table, self.office, self._columns = table, office, columns
        self.setWindowTitle(self.tr("Pemetaan kolom impor survei"))
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Beberapa kolom berkas %1 belum dikenali. Pilih isi setiap kolom (kolom yang "
            "tidak dipakai: “abaikan”). Tanggal, Layanan dan U1–U9 wajib. Pemetaan ini diingat "
            "untuk berkas dengan judul kolom yang sama.").replace("%1", table.name), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(1, max(1, min(HEADER_SEARCH_ROWS, len(table.rows))))
        self.header_spin.setValue(columns.header_row)
        self.header_spin.valueChanged.connect(self._header_moved)
        self.header_spin.setMaximumWidth(80)
        form.addRow(self.tr("&Baris judul kolom"), self.header_spin)
        self.name_edit = QLineEdit(columns.mapping_name or table.path.stem, self)
        self.name_edit.setMaxLength(60)
        self.name_edit.textChanged.connect(self._check)
        form.addRow(self.tr("&Nama pemetaan"), self.name_edit)
        form.addRow(self.tr("Tanpa kolom Tanggal/Layanan"), self._build_defaults())
        layout.addLayout(form)
        self.columns_model = text_grid(self)
        self.columns_view = make_view(self.columns_model, self)
        layout.addWidget(self.columns_view, 3)
        layout.addWidget(QLabel(self.tr("Pratinjau baris pertama seperti yang akan dibaca "
                                        "(✗ = tidak dapat dibaca):"), self))
        self.preview_model = text_grid(self)
        layout.addWidget(make_view(self.preview_model, self), 2)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Lanjut"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.combos: list[QComboBox] = []
        self._fill()

    def _build_defaults(self) -> QHBoxLayout:
        """A date and a service for every row, for a recap without those columns."""
        row = QHBoxLayout()
        self.date_check = QCheckBox(self.tr("&Tanggal semua baris:"), self)
        self.date_edit = DateEdit(self)
        self.date_edit.setEnabled(False)
        self.date_check.toggled.connect(self.date_edit.setEnabled)
        self.date_check.toggled.connect(self._check)
        self.date_edit.dateChanged.connect(self._check)
        self.service_combo = QComboBox(self)
        self.service_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.service_combo.setMinimumContentsLength(30)
        self.service_combo.addItem(self.tr("Layanan dari kolom berkas"), None)
        for service in Service.select().where(Service.office == self.office).order_by(
                Service.sort_order, Service.code):
            self.service_combo.addItem(self.tr("Semua baris: %1").replace(
                "%1", f"{service.code} — {service.name}"), service.code)
        self.service_combo.currentIndexChanged.connect(self._check)
        for widget in (self.date_check, self.date_edit):
            row.addWidget(widget)
        row.addWidget(QLabel(self.tr("&Layanan:"), self))
        row.itemAt(row.count() - 1).widget().setBuddy(self.service_combo)
        row.addWidget(self.service_combo, 1)
        return row

    def defaults(self) -> dict:
        chosen = {}
        if self.date_check.isChecked() and self.date_edit.date_value():
            chosen["date"] = self.date_edit.date_value()
        if self.service_combo.currentData():
            chosen["service"] = self.service_combo.currentData()
        return chosen

    # --- the grid ---------------------------------------------------------------------
    def _samples(self) -> list[list]:
        body = [cells for number, cells in self.table.rows
                if number > self._columns.header_row and any(text(v) for v in cells)]
        return body[:SAMPLE_ROWS]

    def _fill(self) -> None:
        samples = self._samples()
        rows = []
        for index, header in enumerate(self._columns.headers):
            values = [text(r[index]) for r in samples if index < len(r) and text(r[index])]
            rows.append([header or self.tr("(tanpa judul, kolom %1)").replace("%1", str(index + 1)),
                         "", " · ".join(values[:3])])
        show_texts(self.columns_model, [self.tr("Kolom berkas"), self.tr("Isi sebagai"),
                                        self.tr("Contoh isi")], rows, self._columns.unplaced)
        self.combos = []
        for index, chosen in enumerate(self._columns.fields):
            combo = QComboBox(self.columns_view)
            combo.addItem(self.tr("— abaikan —"), None)
            for name, label in FIELD_LABELS.items():
                combo.addItem(label, name)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.currentIndexChanged.connect(self._check)
            self.columns_view.setIndexWidget(self.columns_model.index(index, 1), combo)
            self.combos.append(combo)
        self.columns_view.setColumnWidth(0, 320)
        self.columns_view.setColumnWidth(1, 260)
        self.columns_view.horizontalHeader().setStretchLastSection(True)
        self._check()

    def _header_moved(self, number: int) -> None:
        self._columns = columns_at(self.table.rows, number, self.office)
        self._fill()

    def fields(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def columns(self) -> Columns:
        fields = self.fields()
        return Columns(self._columns.header_row, self._columns.headers, fields,
                       self._columns.layout, self.name(), [], self.defaults())

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def _check(self) -> None:
        columns = self.columns()
        headers, samples = [], self._samples()
        placed = [(i, f) for i, f in enumerate(columns.fields) if f]
        for _, field in placed:
            headers.append(SHORT_LABELS[field])
        show_texts(self.preview_model, headers, [
            [read_as(f, r[i]) if i < len(r) else "" for i, f in placed] for r in samples])
        problems = []
        if columns.missing:
            problems.append(self.tr("Belum ada kolom untuk: %1.").replace(
                "%1", ", ".join(SHORT_LABELS[f] for f in columns.missing)))
        if columns.doubled:
            problems.append(self.tr("Dipilih lebih dari sekali: %1.").replace(
                "%1", ", ".join(SHORT_LABELS[f] for f in columns.doubled)))
        if not self.name():
            problems.append(self.tr("Nama pemetaan wajib diisi."))
        self.status.setText(" ".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
