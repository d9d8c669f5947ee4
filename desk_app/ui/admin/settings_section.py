"""Admin section "Pengaturan": the office-wide options declared in models/settings.py,
edited through one generic form (a number box for int options, a text field for text).
The signer's name/NIP/position have their own section; list options are edited where
they are used (e.g. the survey question order in the survey tab)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core import notice, settings
from desk_app.models.core.errors import UserError
from desk_app.ui.admin.notice_editor import NoticeEditor
from desk_app.ui.session import Session
from desk_app.ui.widgets import focus_field, show_error, show_info

SKIPPED = {"head_name", "head_nip", "head_position"}
LABELS = {  # translated in the "SettingsSection" context; others show the model's label
    "request_number_template": QT_TRANSLATE_NOOP("SettingsSection", "Format nomor permohonan"),
    "complaint_number_template": QT_TRANSLATE_NOOP("SettingsSection", "Format nomor pengaduan"),
    "letter_number_template": QT_TRANSLATE_NOOP("SettingsSection", "Format nomor surat"),
    "letter_classification_complaint": QT_TRANSLATE_NOOP(
        "SettingsSection", "Kode klasifikasi surat jawaban pengaduan"),
    "complaint_days_verify": QT_TRANSLATE_NOOP("SettingsSection", "Batas verifikasi (hari kerja)"),
    "complaint_days_dispose": QT_TRANSLATE_NOOP("SettingsSection", "Batas disposisi (hari kerja)"),
    "complaint_days_follow_up": QT_TRANSLATE_NOOP(
        "SettingsSection", "Batas rencana tindak lanjut (hari kerja)"),
    "complaint_days_reply": QT_TRANSLATE_NOOP("SettingsSection", "Batas jawaban (hari kerja)"),
    "complaint_days_reply_exam": QT_TRANSLATE_NOOP(
        "SettingsSection", "Batas jawaban bila perlu pemeriksaan (hari kerja)"),
    "complaint_days_close": QT_TRANSLATE_NOOP(
        "SettingsSection", "Tanpa tanggapan setelah jawaban, boleh ditutup (hari kerja)"),
    "complaint_whatsapp": QT_TRANSLATE_NOOP("SettingsSection", "Nomor WhatsApp untuk menanyakan pengaduan"),
    "backup_keep": QT_TRANSLATE_NOOP("SettingsSection", "Jumlah cadangan otomatis yang disimpan"),
    "retention_years": QT_TRANSLATE_NOOP("SettingsSection", "Masa simpan data pribadi (tahun)"),
    notice.KEY: QT_TRANSLATE_NOOP("SettingsSection", "Pemberitahuan pelindungan data pribadi"),
}


def option_label(key: str) -> str:
    if key in LABELS:
        return QCoreApplication.translate("SettingsSection", LABELS[key])
    return settings.OPTIONS[key].label


class SettingsSection(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.edits: dict[str, QWidget] = {}
        self.notice_editor: NoticeEditor | None = None
        values = settings.get_all(session.office_code)
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        for key, option in settings.OPTIONS.items():
            if key in SKIPPED or option.type not in (int, str):
                continue
            if key == notice.KEY:  # several lines, with its own preview
                editor = NoticeEditor(str(values[key] or ""), self.notice_context)
                self.edits[key] = editor.edit
                self.notice_editor = editor
                form.addRow(option_label(key) + ":", editor)
                continue
            if option.type is int:
                edit = QSpinBox()
                edit.setRange(0, 9999)
                edit.setValue(int(values[key]))
            else:
                edit = QLineEdit(str(values[key] or ""))
                edit.setCursorPosition(0)
            edit.setObjectName(key)
            edit.setToolTip(self.tr("Bawaan: %1").replace("%1", str(option.default)))
            self.edits[key] = edit
            form.addRow(option_label(key) + ":", edit)
        if self.notice_editor is not None:  # the preview follows the values it quotes
            self.edits["retention_years"].valueChanged.connect(self.notice_editor.timer.start)
            self.edits["complaint_whatsapp"].textChanged.connect(self.notice_editor.timer.start)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        note = QLabel(self.tr("Berlaku untuk semua loket kantor ini. Format nomor memakai {year}, "
                              "{serial:05d}, {month:02d}, {office_code}, {grade} dan "
                              "{classification}."))
        note.setWordWrap(True)
        defaults = QPushButton(self.tr("Isi nilai &bawaan"))
        defaults.clicked.connect(self.fill_defaults)
        save = QPushButton(self.tr("&Simpan pengaturan"))
        save.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(defaults)
        row.addStretch(1)
        row.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)

    def values(self) -> dict:
        return {key: edit.value() if isinstance(edit, QSpinBox)
                else edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
                for key, edit in self.edits.items()}

    def notice_context(self) -> tuple[str, int, str]:
        """The privacy notice's placeholders as they stand on screen (not yet saved)."""
        years = self.edits.get("retention_years")
        whatsapp = self.edits.get("complaint_whatsapp")
        office = self.session.office
        return (office.name, years.value() if years else 0,
                notice.contact_line(whatsapp.text().strip() if whatsapp else "", office.phone or ""))

    def fill_defaults(self) -> None:
        for key, edit in self.edits.items():
            default = settings.OPTIONS[key].default
            if isinstance(edit, QSpinBox):
                edit.setValue(int(default))
            elif isinstance(edit, QPlainTextEdit):
                edit.setPlainText(str(default))
            else:
                edit.setText(str(default))

    def save(self) -> None:
        try:
            settings.set_many(self.session.user, self.session.office_code, self.values())
        except UserError as exc:
            show_error(self, exc)
            focus_field(self.edits, exc)
            return
        show_info(self, self.tr("Pengaturan tersimpan."))
