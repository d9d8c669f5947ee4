"""The stage actions of one complaint (verify, dispose, follow up, reply, close, side
exit, note): each a small form (`ActionDialog`) whose `perform` calls the domain
function. `ComplaintActions` holds one method per action; the detail dialog
(complaints/detail.py) mixes it in and runs them from its action buttons.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.complaints import flow as cf
from desk_app.models.complaints import views as complaint_views
from desk_app.models.complaints.tables import CATEGORIES, SIDE_EXITS
from desk_app.models.core.dates import format_date, local_today
from desk_app.models.core.errors import UserError
from desk_app.ui.widgets import DateEdit, confirm, focus_field, show_error

UNIT_SUGGESTIONS = ["Seksi Kepenghuluan dan Pemberdayaan KUA", "Bidang Penyelenggaraan Haji dan Umrah",
                    "Bidang Penerangan Agama Islam", "Subbagian Tata Usaha", "Unit PTSP"]


class ActionDialog(QDialog):
    """A small form for one action; `perform()` calls the domain function. The dialog
    stays open (with the cursor in the faulty field) when the input is refused."""

    def __init__(self, title: str, perform, parent: QWidget | None = None, hint: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.perform = perform
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        if hint:
            label = QLabel(hint)
            label.setWordWrap(True)
            label.setStyleSheet("color: #0b5394;")
            layout.addWidget(label)
        layout.addLayout(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 200)

    def add(self, key: str, label: str, widget: QWidget) -> QWidget:
        self.form.addRow(label, widget)
        self.fields[key] = widget
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)
            widget.setMinimumHeight(90)
        return widget

    KEEP_OPEN = object()  # `perform` returns this when the user backed out of a confirmation

    def _accept(self) -> None:
        try:
            result = self.perform(self)
        except UserError as exc:
            show_error(self, exc)
            focus_field(self.fields, exc)
            return
        if result is not ActionDialog.KEEP_OPEN:
            self.accept()


def _text(widget: QPlainTextEdit) -> str:
    return widget.toPlainText()


class ComplaintActions:
    """The form actions of `ComplaintDetailDialog` (a mixin: it uses the dialog's
    `session`, `complaint_id`, `complaint`, `view` and `_run`)."""

    def do_verify(self) -> None:
        user, cid = self.session.user, self.complaint_id
        dialog = ActionDialog(self.tr("Verifikasi pengaduan"), None, self,
                              self.tr("Lengkap dan dalam kewenangan kantor? Bila bukan wewenang, "
                                      "gunakan Keluar jalur."))
        category = dialog.add("category", self.tr("Kategori:"), QComboBox())
        for name in CATEGORIES:
            category.addItem(name, name)
        category.setCurrentIndex(CATEGORIES.index(self.complaint.category))
        exam = dialog.add("needs_examination", "", QCheckBox(self.tr("Perlu pemeriksaan (batas jawaban 60 hari kerja)")))
        exam.setChecked(self.complaint.needs_examination)
        note = dialog.add("note", self.tr("Catatan:"), QPlainTextEdit())
        dialog.perform = lambda d: cf.verify(user, cid, category=category.currentData(),
                                             needs_examination=exam.isChecked(), note=_text(note))
        self._run(dialog)

    def do_dispose(self) -> None:
        user, cid = self.session.user, self.complaint_id
        dialog = ActionDialog(self.tr("Disposisi pengaduan"), None, self)
        unit = dialog.add("unit", self.tr("&Unit tujuan:"), QComboBox())
        unit.setEditable(True)
        unit.addItems(UNIT_SUGGESTIONS)
        unit.setCurrentText(self.complaint.assigned_unit or "")
        officer = dialog.add("to_user", self.tr("&Petugas:"), QComboBox())
        officer.addItem(self.tr("(tanpa petugas tertentu)"), None)
        for person in complaint_views.list_assignable_users(self.session.office_code):
            officer.addItem(f"{person.full_name} ({person.role_label})", person.id)
        instruction = dialog.add("instruction", self.tr("&Instruksi:"), QPlainTextEdit())
        exam = dialog.add("needs_examination", "", QCheckBox(self.tr("Perlu pemeriksaan (batas jawaban 60 hari kerja)")))
        exam.setChecked(self.complaint.needs_examination)
        dialog.perform = lambda d: cf.dispose(user, cid, unit.currentText(), officer.currentData(),
                                              _text(instruction), needs_examination=exam.isChecked())
        self._run(dialog)

    def do_follow_up(self) -> None:
        user, cid = self.session.user, self.complaint_id
        dialog = ActionDialog(self.tr("Catat tindak lanjut"), None, self)
        action = dialog.add("action", self.tr("&Tindakan:"), QPlainTextEdit())
        dialog.perform = lambda d: cf.record_follow_up(user, cid, _text(action))
        self._run(dialog)

    def do_reply(self) -> None:
        user, cid = self.session.user, self.complaint_id
        dialog = ActionDialog(self.tr("Jawaban kepada pelapor"), None, self,
                              self.tr("Nomor surat resmi diberikan saat disimpan. Batas jawaban: %1.")
                              .replace("%1", format_date(self.view["reply_deadline"])))
        text = dialog.add("reply_text", self.tr("&Isi jawaban:"), QPlainTextEdit())
        text.setMinimumHeight(160)
        day = dialog.add("reply_date", self.tr("&Tanggal surat:"), DateEdit(value=local_today(self.session.tz)))
        dialog.perform = lambda d: cf.record_reply(user, cid, _text(text), day.date_value())
        dialog.resize(640, 360)
        self._run(dialog)

    def do_close(self) -> None:
        user, cid = self.session.user, self.complaint_id
        dialog = ActionDialog(self.tr("Selesaikan pengaduan"), None, self, self.view["close_hint"])
        outcome = dialog.add("outcome", self.tr("&Hasil:"), QPlainTextEdit())
        dialog.perform = lambda d: cf.close(user, cid, _text(outcome))
        self._run(dialog)

    def do_side_exit(self) -> None:
        user, cid = self.session.user, self.complaint_id
        dialog = ActionDialog(self.tr("Keluar jalur"), None, self,
                              self.tr("Ditunda dapat dilanjutkan kembali; bukan wewenang (dirujuk) dan "
                                      "diarsipkan hanya dapat diselesaikan."))
        exit_box = dialog.add("exit", self.tr("&Menjadi:"), QComboBox())
        for name in SIDE_EXITS:
            if name != self.complaint.stage:
                exit_box.addItem(name, name)
        reason = dialog.add("reason", self.tr("&Alasan:"), QPlainTextEdit())

        def perform(_d):
            if not confirm(self, self.tr("Pindahkan pengaduan ini ke \"%1\"?").replace("%1", exit_box.currentData())):
                return ActionDialog.KEEP_OPEN
            return cf.side_exit(user, cid, exit_box.currentData(), _text(reason))

        dialog.perform = perform
        self._run(dialog)

    def do_note(self) -> None:
        user, cid = self.session.user, self.complaint_id
        dialog = ActionDialog(self.tr("Tambah catatan"), None, self,
                              self.tr("Catatan disimpan di linimasa; isi pengaduan asli tidak berubah."))
        note = dialog.add("note", self.tr("&Catatan:"), QPlainTextEdit())
        dialog.perform = lambda d: cf.add_note(user, cid, _text(note))
        self._run(dialog)
