"""Keying a stack of paper SKM forms: batch header, the fast form, tally, saved forms.

Keys after the batch header (Alt+M starts it): the serial proposes itself; type the
profile and the nine answers (see `survey_form`); the form saves itself after its last
cell (or press Enter); F2 adds a suggestion first; Ctrl+Z undoes the last form.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.catalogue.tables import Service
from desk_app.models.core import settings
from desk_app.models.core.dates import format_date, local_today
from desk_app.models.core.errors import UserError, ValidationError
from desk_app.models.skm import entry as survey_entry
from desk_app.models.skm.index import ELEMENT_CODES
from desk_app.ui import text_limits
from desk_app.ui.skm.dialogs import FormDialog, MismatchDialog, show_value
from desk_app.ui.skm.entry_files import SurveyFileActions
from desk_app.ui.skm.form import FastForm
from desk_app.ui.table_model import CENTER, Column, TableModel
from desk_app.ui.widgets import DateEdit, show_error

PROFILE_COLUMNS = ("gender", "age", "education", "occupation")


FIXED_TITLES = {"serial": QT_TRANSLATE_NOOP("FormsModel", "No."),
                "gender": QT_TRANSLATE_NOOP("FormsModel", "JK"),
                "age": QT_TRANSLATE_NOOP("FormsModel", "Umur"),
                "education": QT_TRANSLATE_NOOP("FormsModel", "Pend."),
                "occupation": QT_TRANSLATE_NOOP("FormsModel", "Pekerjaan"),
                "comment": QT_TRANSLATE_NOOP("FormsModel", "Saran")}


def form_columns(order: list[str]) -> list[Column]:
    """The saved forms of a batch: serial, profile, the answers in the paper's question
    order (titled "3 (U7)"), the suggestion."""
    def column(name: str, title: str) -> Column:
        def text(form):
            value = getattr(form, name)
            if name == "education":
                return show_value(name, value)
            return "—" if value is None else str(value)

        align = None if name in ("comment", "occupation") else CENTER
        return Column(title, text, lambda form: getattr(form, name), align, key=name)

    columns = [column(name, FIXED_TITLES[name]) for name in ("serial", *PROFILE_COLUMNS)]
    columns += [column(code.lower(), f"{number} ({code})") for number, code in enumerate(order, 1)]
    return [*columns, column("comment", FIXED_TITLES["comment"])]


class SurveyEntryPage(SurveyFileActions, QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.batch = None
        self.entry = 1
        self._import = None  # the import in progress (its dialogs and steps)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_header())
        self.entry_box = self._build_entry()
        layout.addWidget(self.entry_box, 1)
        self.entry_box.setEnabled(False)
        self._load_services()
        self._load_batches()
        QShortcut(QKeySequence("Ctrl+Z"), self, self.undo_last,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- batch header ---------------------------------------------------------------
    def _build_header(self) -> QGroupBox:
        box = QGroupBox(self.tr("Batch formulir"), self)
        form = QFormLayout(box)
        self.batch_combo = QComboBox(box)
        self.batch_combo.currentIndexChanged.connect(self._batch_chosen)
        label = QLabel(self.tr("&Batch"), box)
        label.setBuddy(self.batch_combo)
        form.addRow(label, self.batch_combo)
        self.service_combo = QComboBox(box)
        label = QLabel(self.tr("&Layanan"), box)
        label.setBuddy(self.service_combo)
        form.addRow(label, self.service_combo)
        dates = QHBoxLayout()
        today = local_today(self.session.tz)
        self.date_from = DateEdit(box, today)
        self.date_to = DateEdit(box, today)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("s.d."), box))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        label = QLabel(self.tr("&Tanggal survei"), box)
        label.setBuddy(self.date_from)
        form.addRow(label, dates)
        self.order_edit = QLineEdit(" ".join(settings.get(self.session.office_code,
                                                          "survey_question_order")), box)
        self.order_edit.setToolTip(self.tr("Urutan pertanyaan pada kertas, dengan kode unsur"))
        label = QLabel(self.tr("&Urutan pertanyaan"), box)
        label.setBuddy(self.order_edit)
        form.addRow(label, self.order_edit)
        options = QHBoxLayout()
        self.double_check = QCheckBox(self.tr("Entri &ganda (diketik dua kali)"), box)
        self.entry_combo = QComboBox(box)
        self.entry_combo.addItem(self.tr("Entri pertama"), 1)
        self.entry_combo.addItem(self.tr("Entri kedua"), 2)
        self.autosave_check = QCheckBox(self.tr("Simpan &otomatis setelah isian terakhir"), box)
        self.autosave_check.setChecked(True)
        self.start_button = QPushButton(self.tr("&Mulai mengetik"), box)
        self.start_button.clicked.connect(self.start_batch)
        self.import_button = QPushButton(self.tr("&Impor dari Excel/CSV…"), box)
        self.import_button.clicked.connect(self.import_excel)
        self.import_button.setVisible(self.session.can("surveys.import"))
        self.print_button = QPushButton(self.tr("&Cetak kuesioner kosong…"), box)
        self.print_button.clicked.connect(self.print_questionnaires)
        for widget in (self.double_check, self.entry_combo, self.autosave_check):
            options.addWidget(widget)
        options.addStretch(1)
        for widget in (self.start_button, self.import_button, self.print_button):
            options.addWidget(widget)
        can_enter = self.session.can("surveys.enter")
        self.start_button.setEnabled(can_enter)
        self.print_button.setEnabled(can_enter)
        form.addRow(options)
        return box

    def _load_services(self) -> None:
        self.service_combo.clear()
        for service in (Service.select().where((Service.office == self.session.office_code)
                                               & Service.active).order_by(Service.sort_order)):
            self.service_combo.addItem(f"{service.code} — {service.name}", service.id)

    def _load_batches(self, select_id: str | None = None) -> None:
        self.batch_combo.blockSignals(True)
        self.batch_combo.clear()
        self.batch_combo.addItem(self.tr("— batch baru —"), None)
        for batch in survey_entry.list_batches(self.session.office_code):
            period = format_date(batch.date_from)
            if batch.date_to != batch.date_from:
                period += " – " + format_date(batch.date_to)
            kind = self.tr(" · entri ganda") if batch.double_entry else ""
            state = self.tr("dihitung") if batch.status == "counted" else self.tr("belum dihitung")
            self.batch_combo.addItem(f"{batch.service.code} · {period}{kind} · {state}", batch.id)
            if batch.id == select_id:
                self.batch_combo.setCurrentIndex(self.batch_combo.count() - 1)
        self.batch_combo.blockSignals(False)
        self._batch_chosen()

    def _batch_chosen(self, *_args) -> None:
        batch_id = self.batch_combo.currentData()
        new = batch_id is None
        for widget in (self.service_combo, self.date_from, self.date_to, self.order_edit,
                       self.double_check):
            widget.setEnabled(new)
        batch = survey_entry.get_batch(batch_id) if batch_id else None
        self.entry_combo.setVisible(bool(batch and batch.double_entry))
        if batch is not None:
            self.service_combo.setCurrentIndex(self.service_combo.findData(batch.service_id))
            self.date_from.set_date_value(batch.date_from)
            self.date_to.set_date_value(batch.date_to)
            self.order_edit.setText(" ".join(batch.question_order))
            self.double_check.setChecked(batch.double_entry)

    def start_batch(self) -> None:
        batch_id = self.batch_combo.currentData()
        try:
            if batch_id is None:
                order = self.order_edit.text().replace(",", " ").split()
                batch = survey_entry.create_batch(
                    self.session.user, self.session.office_code, self.service_combo.currentData(),
                    self.date_from.date_value(), self.date_to.date_value(), order,
                    self.double_check.isChecked())
                self._load_batches(batch.id)
            else:
                batch = survey_entry.get_batch(batch_id)
        except UserError as exc:
            show_error(self, exc)
            return
        self.batch = batch
        self.entry = self.entry_combo.currentData() if batch.double_entry else 1
        self.form.set_order(batch.question_order)
        self.form.autosave = self.autosave_check.isChecked()
        self.compare_button.setVisible(batch.double_entry)
        self.entry_box.setEnabled(True)
        self.entry_box.setTitle(self.tr("Formulir — %1 (entri %2)")
                                .replace("%1", batch.service.name).replace("%2", str(self.entry)))
        self._next_form()

    # --- the fast form --------------------------------------------------------------
    def _build_entry(self) -> QGroupBox:
        box = QGroupBox(self.tr("Formulir"), self)
        layout = QVBoxLayout(box)
        top = QHBoxLayout()
        self.serial_edit = QLineEdit(box)
        self.serial_edit.setMaximumWidth(140)
        label = QLabel(self.tr("&No. formulir"), box)
        label.setBuddy(self.serial_edit)
        self.serial_edit.returnPressed.connect(self._serial_done)
        top.addWidget(label)
        top.addWidget(self.serial_edit)
        self.tally_label = QLabel(box)
        top.addStretch(1)
        top.addWidget(self.tally_label)
        layout.addLayout(top)
        self.form = FastForm(list(ELEMENT_CODES), box)
        self.form.save_requested.connect(self.save_current)
        self.form.comment_requested.connect(lambda: self.comment_edit.setFocus())
        self.form.hint_changed.connect(self._show_hint)
        layout.addWidget(self.form)
        comment_row = QHBoxLayout()
        self.comment_edit = QLineEdit(box)
        text_limits.limit(self.comment_edit, 2000)
        self.comment_edit.setPlaceholderText(self.tr("Saran responden (F2), Enter untuk menyimpan"))
        self.comment_edit.returnPressed.connect(self._comment_done)
        label = QLabel(self.tr("&Saran"), box)
        label.setBuddy(self.comment_edit)
        comment_row.addWidget(label)
        comment_row.addWidget(self.comment_edit)
        layout.addLayout(comment_row)
        self.hint_label = QLabel(box)
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Simpan (Enter)"), box)
        self.save_button.clicked.connect(self.save_current)
        self.undo_button = QPushButton(self.tr("Batalkan terakhir (Ctrl+Z)"), box)
        self.undo_button.clicked.connect(self.undo_last)
        self.correct_button = QPushButton(self.tr("Ko&reksi formulir…"), box)
        self.correct_button.clicked.connect(self.correct_selected)
        self.correct_button.setVisible(self.session.can("surveys.correct"))
        self.compare_button = QPushButton(self.tr("Ban&dingkan entri ganda…"), box)
        self.compare_button.clicked.connect(self.compare)
        for button in (self.save_button, self.undo_button, self.correct_button,
                       self.compare_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.forms_model = TableModel(form_columns(list(ELEMENT_CODES)), context="FormsModel",
                                       parent=self)
        self.forms_view = QTableView(box)
        self.forms_view.setModel(self.forms_model)
        self.forms_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.forms_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.forms_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.forms_view.horizontalHeader().setStretchLastSection(True)
        self.forms_view.verticalHeader().hide()
        self.forms_view.doubleClicked.connect(self.correct_selected)
        layout.addWidget(self.forms_view, 1)
        return box

    def _show_hint(self, text: str, is_error: bool) -> None:
        if is_error:
            QApplication.beep()
        self.hint_label.setText(text)
        self.hint_label.setStyleSheet("color: #b00020; font-weight: bold;" if is_error else
                                      "color: #444;")

    def _serial_done(self) -> None:
        """Enter in the serial field: save a complete form, else continue typing it."""
        if self.form.missing():
            self.form.setFocus()
        else:
            self.save_current()

    def _comment_done(self) -> None:
        if self.form.missing():
            self.form.setFocus()
            self.form.go_to_first_missing()
        else:
            self.save_current()

    def _next_form(self, values: dict | None = None, serial: str | None = None) -> None:
        self.form.clear()
        self.comment_edit.clear()
        if values:
            self.form.load(values)
            self.comment_edit.setText(values.get("comment") or "")
        self.serial_edit.setText(serial or survey_entry.next_serial(self.batch.id, self.entry))
        self._refresh_list()
        self.form.setFocus()

    def _refresh_list(self) -> None:
        forms = survey_entry.list_forms(self.batch.id, self.entry)
        self.forms_model.set_columns(form_columns(self.batch.question_order), forms)
        if forms:
            self.forms_view.scrollToBottom()
        tally = survey_entry.batch_tally(self.batch.id, self.entry)
        mean = f"{tally.mean:.2f}".replace(".", ",") if tally.mean is not None else "—"
        self.tally_label.setText(
            self.tr("Batch ini: %1 formulir · %2 jawaban · %3 dilewati · rata-rata %4")
            .replace("%1", str(tally.forms)).replace("%2", str(tally.answers))
            .replace("%3", str(tally.skipped)).replace("%4", mean))

    def save_current(self) -> None:
        if self.batch is None:
            return
        missing = self.form.missing()
        if missing:
            self._show_hint(self.tr("Belum lengkap: %1 belum diketik (0/spasi = dilewati).")
                            .replace("%1", missing[0].title), True)
            self.form.setFocus()
            self.form.go_to_first_missing()
            return
        data = self.form.form_data()
        try:
            saved = survey_entry.save_form(
                self.session.user, self.batch.id, self.serial_edit.text(), data["answers"],
                data["gender"], data["age"], data["education"], data["occupation"],
                self.comment_edit.text(), entry=self.entry)
        except ValidationError as exc:
            self._show_hint(exc.message, True)
            if exc.field == "serial":
                self.serial_edit.setFocus()
                self.serial_edit.selectAll()
            return
        except UserError as exc:
            show_error(self, exc)
            return
        self._next_form()
        self._show_hint(self.tr("Formulir no. %1 tersimpan.").replace("%1", saved.serial), False)

    def undo_last(self) -> None:
        if self.batch is None:
            return
        try:
            undone = survey_entry.undo_last(self.session.user, self.batch.id, self.entry)
        except UserError as exc:
            show_error(self, exc)
            return
        if undone is None:
            self._show_hint(self.tr("Tidak ada formulir yang bisa dibatalkan."), True)
            return
        self._next_form(survey_entry.form_values(undone), undone.serial)
        self._show_hint(self.tr("Formulir no. %1 dibatalkan; isiannya dimuat kembali untuk "
                                "diperbaiki.").replace("%1", undone.serial), False)

    def correct_selected(self, *_args) -> None:
        form = self.forms_model.row_at(self.forms_view.currentIndex().row())
        if self.batch is None or form is None:
            self._show_hint(self.tr("Pilih formulir pada tabel untuk dikoreksi."), True)
            return
        if not self.session.can("surveys.correct"):
            show_error(self, self.tr("Koreksi formulir hanya oleh kepala seksi."))
            return
        dialog = FormDialog(self.batch.question_order, survey_entry.form_values(form),
                            form.serial, self.tr("Koreksi formulir no. %1").replace("%1", form.serial),
                            self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        answers = {c: values[c.lower()] for c in ELEMENT_CODES}
        try:
            survey_entry.correct_form(
                self.session.user, form.id, serial=dialog.serial_text(), answers=answers,
                gender=values["gender"] or "", age=values["age"] or "",
                education=values["education"] or "", occupation=values["occupation"] or "",
                comment=values["comment"])
        except UserError as exc:
            show_error(self, exc)
            return
        self._refresh_list()

    def compare(self) -> None:
        if self.batch is None or not self.batch.double_entry:
            return
        try:
            survey_entry.reconcile_batch(self.session.user, self.batch.id)
        except UserError as exc:
            show_error(self, exc)
            return
        MismatchDialog(self.session, self.batch, self).exec()
        self._load_batches(self.batch.id)
        self.batch = survey_entry.get_batch(self.batch.id)
        self._refresh_list()
