"""Complaint options of the office (admin only): stage deadlines in working days, the
classification code of reply letters, the WhatsApp number printed on receipts.
Saved through `settings.set_many` (one audited change)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.models import settings
from desk_app.models.errors import UserError
from desk_app.ui.widgets import focus_field, show_error

DAY_KEYS = ("complaint_days_verify", "complaint_days_dispose", "complaint_days_follow_up",
            "complaint_days_reply", "complaint_days_reply_exam", "complaint_days_close")
TEXT_KEYS = ("letter_classification_complaint", "complaint_whatsapp")


class ComplaintSettingsDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Pengaturan pengaduan"))
        values = settings.get_all(session.office_code)
        self.edits: dict[str, QWidget] = {}
        form = QFormLayout()
        for key in DAY_KEYS:
            spin = QSpinBox()
            spin.setRange(0, 365)
            spin.setSuffix(self.tr(" hari kerja"))
            spin.setValue(int(values[key]))
            self.edits[key] = spin
            form.addRow(self.tr(settings.OPTIONS[key].label) + ":", spin)
        for key in TEXT_KEYS:
            edit = QLineEdit(str(values[key] or ""))
            self.edits[key] = edit
            form.addRow(self.tr(settings.OPTIONS[key].label) + ":", edit)
        note = QLabel(self.tr("Bawaan menurut regulasi: verifikasi dan disposisi 3, rencana tindak lanjut 5, "
                              "jawaban 14 (60 bila perlu pemeriksaan), penutupan 10 hari kerja setelah "
                              "jawaban. Batas baru berlaku untuk tahap yang dimulai sesudah disimpan."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        result = {}
        for key, widget in self.edits.items():
            result[key] = widget.value() if isinstance(widget, QSpinBox) else widget.text()
        return result

    def save(self) -> None:
        try:
            settings.set_many(self.session.user, self.session.office_code, self.values())
        except UserError as exc:
            show_error(self, exc)
            focus_field(self.edits, exc)
            return
        self.accept()
