"""Dialogs of the Survei tab: edit one form (correction, manual resolve), the double-entry
mismatches side by side, and the list of bad rows of an import."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
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
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core.errors import UserError
from desk_app.models.skm import entry as survey_entry
from desk_app.models.skm import forms as survey_forms
from desk_app.models.skm.index import EDUCATION, ELEMENT_ANSWERS, ELEMENT_NAMES, OCCUPATIONS
from desk_app.ui import text_limits
from desk_app.ui.table_model import Column, Look, TableModel
from desk_app.ui.widgets import show_error, show_info

DIFFERENT_BG = QColor("#ffd9d4")
PROFILE_LABELS = {
    "gender": QT_TRANSLATE_NOOP("SurveyDialogs", "Jenis kelamin"),
    "age": QT_TRANSLATE_NOOP("SurveyDialogs", "Umur"),
    "education": QT_TRANSLATE_NOOP("SurveyDialogs", "Pendidikan"),
    "occupation": QT_TRANSLATE_NOOP("SurveyDialogs", "Pekerjaan"),
    "comment": QT_TRANSLATE_NOOP("SurveyDialogs", "Saran"),
}


def profile_label(field: str) -> str:
    return QCoreApplication.translate("SurveyDialogs", PROFILE_LABELS[field])


def show_value(field: str, value) -> str:
    if value is None or value == "":
        return "—"
    code = field.upper()
    if code in ELEMENT_ANSWERS:
        return f"{value} · {ELEMENT_ANSWERS[code][int(value) - 1]}"
    if field == "education":
        return dict(EDUCATION).get(value, str(value))
    return str(value)


class FormDialog(QDialog):
    """All fields of one form, for a correction or a manual resolution."""

    def __init__(self, order: list[str], values: dict, serial: str, title: str,
                 parent: QWidget | None = None, serial_editable: bool = True):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.order = order
        layout = QFormLayout(self)
        self.serial = QLineEdit(serial, self)
        self.serial.setEnabled(serial_editable)
        layout.addRow(self.tr("&No. formulir"), self.serial)
        self.gender = self._combo([("", self.tr("(kosong)")), ("L", self.tr("L — laki-laki")),
                                   ("P", self.tr("P — perempuan"))], values.get("gender"))
        layout.addRow(self.tr("&Jenis kelamin"), self.gender)
        self.age = QSpinBox(self)
        self.age.setRange(survey_forms.MIN_AGE - 1, survey_forms.MAX_AGE)
        self.age.setSpecialValueText(self.tr("(kosong)"))
        self.age.setValue(values.get("age") or survey_forms.MIN_AGE - 1)
        layout.addRow(self.tr("&Umur"), self.age)
        self.education = self._combo([("", self.tr("(kosong)"))] + list(EDUCATION),
                                     values.get("education"))
        layout.addRow(self.tr("&Pendidikan"), self.education)
        self.occupation = self._combo([("", self.tr("(kosong)"))] + list(OCCUPATIONS),
                                      values.get("occupation"))
        layout.addRow(self.tr("P&ekerjaan"), self.occupation)
        self.answers: dict[str, QComboBox] = {}
        for number, code in enumerate(order, start=1):
            options = [(None, self.tr("— dilewati"))] + [
                (i, f"{i} / {'abcd'[i - 1]} · {text}")
                for i, text in enumerate(ELEMENT_ANSWERS[code], start=1)]
            combo = self._combo(options, values.get(code.lower(), values.get(code)))
            self.answers[code] = combo
            layout.addRow(f"{number}. {ELEMENT_NAMES[code]} ({code})", combo)
        self.comment = QLineEdit(values.get("comment") or "", self)
        text_limits.limit(self.comment, 2000)
        layout.addRow(self.tr("&Saran"), self.comment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def _combo(self, options, current) -> QComboBox:
        combo = QComboBox(self)
        for data, label in options:
            combo.addItem(label, data)
            if data == current or (data == "" and current is None):
                combo.setCurrentIndex(combo.count() - 1)
        return combo

    def values(self) -> dict:
        def data(combo):
            value = combo.currentData()
            return None if value in ("", None) else value

        age = self.age.value()
        result = {code.lower(): data(combo) for code, combo in self.answers.items()}
        result.update(gender=data(self.gender),
                      age=None if age < survey_forms.MIN_AGE else age,
                      education=data(self.education), occupation=data(self.occupation),
                      comment=self.comment.text().strip())
        return result

    def serial_text(self) -> str:
        return self.serial.text()


def _differences(item: survey_entry.Mismatch) -> str:
    if item.first is None:
        return QCoreApplication.translate("MismatchListModel", "tidak ada di entri 1")
    if item.second is None:
        return QCoreApplication.translate("MismatchListModel", "tidak ada di entri 2")
    return ", ".join(f.upper() if f.startswith("u") else profile_label(f) for f in item.fields)


MISMATCH_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("MismatchListModel", "No."), lambda m: m.serial),
    Column(QT_TRANSLATE_NOOP("MismatchListModel", "Berbeda"), _differences),
)


def _field_name(field: str) -> str:
    code = field.upper()
    return f"{code} {ELEMENT_NAMES[code]}" if code in ELEMENT_NAMES else profile_label(field)


def _side(side: dict | None, field: str) -> str:
    if side is None:
        return QCoreApplication.translate("SideBySideModel", "(tidak diketik)")
    return show_value(field, side[field])


class SideBySideModel(TableModel):
    """Field | Entri 1 | Entri 2 for one mismatching form (one row per field);
    differing rows highlighted."""

    def __init__(self, order: list[str], parent=None):
        self.fields = [c.lower() for c in order] + list(PROFILE_LABELS)
        self.item: survey_entry.Mismatch | None = None
        super().__init__((
            Column(QT_TRANSLATE_NOOP("SideBySideModel", "Isian"), _field_name),
            Column(QT_TRANSLATE_NOOP("SideBySideModel", "Entri 1"),
                   lambda f: _side(self.item.first, f)),
            Column(QT_TRANSLATE_NOOP("SideBySideModel", "Entri 2"),
                   lambda f: _side(self.item.second, f)),
        ), context="SideBySideModel", look=self._look, parent=parent)

    def set_item(self, item: survey_entry.Mismatch | None) -> None:
        self.item = item
        self.set_rows(self.fields if item is not None else [])

    def _look(self, field: str, _column: Column) -> Look | None:
        return Look(DIFFERENT_BG) if field in self.item.fields else None


class MismatchDialog(QDialog):
    """The two keyings of a double-entry batch side by side, resolved one form at a time."""

    def __init__(self, session, batch, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.batch = session, batch
        self.setWindowTitle(self.tr("Perbandingan entri ganda"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.list_model = TableModel(MISMATCH_COLUMNS, context="MismatchListModel", parent=self)
        self.list_view = QTableView(self)
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.horizontalHeader().setStretchLastSection(True)
        self.detail_model = SideBySideModel(batch.question_order, self)
        self.detail_view = QTableView(self)
        self.detail_view.setModel(self.detail_model)
        self.detail_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        row.addWidget(self.list_view, 1)
        row.addWidget(self.detail_view, 2)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        self.use_first = QPushButton(self.tr("Pakai entri &1"), self)
        self.use_second = QPushButton(self.tr("Pakai entri &2"), self)
        self.edit = QPushButton(self.tr("&Isi sesuai kertas…"), self)
        self.absent = QPushButton(self.tr("Formulir tidak &ada"), self)
        close = QPushButton(self.tr("&Tutup"), self)
        for button in (self.use_first, self.use_second, self.edit, self.absent):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.use_first.clicked.connect(lambda: self._resolve_with("first"))
        self.use_second.clicked.connect(lambda: self._resolve_with("second"))
        self.edit.clicked.connect(self._resolve_by_hand)
        self.absent.clicked.connect(self._resolve_absent)
        close.clicked.connect(self.accept)
        self.list_view.selectionModel().currentRowChanged.connect(self._show_current)
        self.reload()

    def reload(self, mismatches=None) -> None:
        if mismatches is None:
            mismatches = survey_entry.compare_double_entry(self.batch.id)
        self.list_model.set_rows(mismatches)
        batch = survey_entry.get_batch(self.batch.id)
        if mismatches:
            self.summary.setText(self.tr("%1 formulir berbeda antara entri 1 dan entri 2. Batch "
                                         "belum dihitung.").replace("%1", str(len(mismatches))))
            self.list_view.selectRow(0)
        else:
            self.detail_model.set_item(None)
            state = self.tr("Batch sudah dihitung.") if batch.status == "counted" else \
                self.tr("Batch belum dihitung (entri kedua belum ada).")
            self.summary.setText(self.tr("Tidak ada perbedaan. ") + state)
        for button in (self.use_first, self.use_second, self.edit, self.absent):
            button.setEnabled(bool(mismatches))

    def current(self) -> survey_entry.Mismatch | None:
        return self.list_model.row_at(self.list_view.currentIndex().row())

    def _show_current(self, *_args) -> None:
        item = self.current()
        self.detail_model.set_item(item)
        if item is not None:
            self.use_first.setEnabled(item.first is not None)
            self.use_second.setEnabled(item.second is not None)

    def _resolve(self, values) -> None:
        item = self.current()
        if item is None:
            return
        try:
            remaining = survey_entry.resolve_mismatch(self.session.user, self.batch.id,
                                                      item.serial, values)
        except UserError as exc:
            show_error(self, exc)
            return
        self.reload(remaining)
        if not remaining:
            show_info(self, self.tr("Semua perbedaan sudah diselesaikan; batch dihitung."))

    def _resolve_with(self, side: str) -> None:
        item = self.current()
        if item is not None and getattr(item, side) is not None:
            self._resolve(dict(getattr(item, side)))

    def _resolve_by_hand(self) -> None:
        item = self.current()
        if item is None:
            return
        dialog = FormDialog(self.batch.question_order, item.first or item.second or {},
                            item.serial, self.tr("Isi sesuai kertas no. %1").replace("%1", item.serial),
                            self, serial_editable=False)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._resolve(dialog.values())

    def _resolve_absent(self) -> None:
        from desk_app.ui.widgets import confirm

        item = self.current()
        if item and confirm(self, self.tr("Formulir no. %1 tidak ada pada tumpukan kertas? "
                                          "Kedua ketikannya dibatalkan.").replace("%1", item.serial)):
            self._resolve(None)


class ImportErrorsDialog(QDialog):
    """The bad rows of a refused import, to fix in the workbook."""

    def __init__(self, result, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Impor survei ditolak"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        label = QLabel(result.message, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        text = QPlainTextEdit(self)
        text.setReadOnly(True)
        text.setPlainText("\n".join(str(e) for e in result.errors))
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
