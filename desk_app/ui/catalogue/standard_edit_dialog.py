"""Editing a service standard: the form starts from the latest version and is saved as
the next version (catalogue.save_standard_version); earlier versions stay as they were."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.catalogue.tables import Service, ServiceStandard
from desk_app.models.core.dates import local_today
from desk_app.models.core.errors import UserError
from desk_app.ui.session import Session
from desk_app.ui.widgets import DateEdit, focus_field, show_error


def _text_edit(text: str, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class StandardEditDialog(QDialog):
    def __init__(self, session: Session, service: Service, base: ServiceStandard,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.service = service
        self.saved: ServiceStandard | None = None
        self.setWindowTitle(self.tr("Ubah standar pelayanan — %1").replace("%1", service.code))
        self.resize(780, 640)
        intro = QLabel(self.tr("Perubahan disimpan sebagai versi %1; versi %2 tetap tersimpan dan "
                               "dapat dibaca.").replace("%1", str(base.version + 1))
                       .replace("%2", str(base.version)))
        intro.setWordWrap(True)

        self.fields: dict[str, QWidget] = {}
        f = self.fields
        f["name"] = QLineEdit(base.name)
        f["description"] = _text_edit(base.description, 50)
        f["requirements"] = _text_edit("\n".join(base.requirements or []), 110)
        f["procedure"] = _text_edit("\n".join(base.procedure or []), 110)
        days = QSpinBox()
        days.setRange(0, 365)
        days.setValue(base.time_frame_days)
        days.setSuffix(self.tr(" hari kerja"))
        f["time_frame_days"] = days
        f["fee"] = QLineEdit(base.fee)
        f["product"] = _text_edit(base.product, 50)
        f["complaint_channel"] = _text_edit(base.complaint_channel, 60)
        f["legal_basis"] = _text_edit("\n".join(base.legal_basis or []), 90)
        for key in ("facilities", "competence", "supervision", "staffing", "service_guarantee",
                    "security_guarantee", "performance_evaluation"):
            f[key] = _text_edit(getattr(base, key), 50)
        f["sk_number"] = QLineEdit(base.sk_number)
        f["sk_date"] = DateEdit(value=base.sk_date, allow_empty=True)
        f["effective_date"] = DateEdit(value=local_today(session.tz))
        f["change_note"] = _text_edit("", 50)

        public = QWidget()
        form = QFormLayout(public)
        form.addRow(self.tr("&Nama layanan:"), f["name"])
        form.addRow(self.tr("&Uraian singkat:"), f["description"])
        form.addRow(self.tr("&Persyaratan (satu per baris):"), f["requirements"])
        form.addRow(self.tr("P&rosedur (satu langkah per baris):"), f["procedure"])
        form.addRow(self.tr("&Jangka waktu:"), days)
        form.addRow(self.tr("&Biaya/tarif:"), f["fee"])
        form.addRow(self.tr("Pro&duk pelayanan:"), f["product"])
        form.addRow(self.tr("Penanganan &pengaduan:"), f["complaint_channel"])

        internal = QWidget()
        form2 = QFormLayout(internal)
        form2.addRow(self.tr("Dasar &hukum (satu per baris):"), f["legal_basis"])
        form2.addRow(self.tr("&Sarana dan prasarana:"), f["facilities"])
        form2.addRow(self.tr("&Kompetensi pelaksana:"), f["competence"])
        form2.addRow(self.tr("Pengawasan &internal:"), f["supervision"])
        form2.addRow(self.tr("Ju&mlah pelaksana:"), f["staffing"])
        form2.addRow(self.tr("Jaminan pela&yanan:"), f["service_guarantee"])
        form2.addRow(self.tr("Jaminan keam&anan:"), f["security_guarantee"])
        form2.addRow(self.tr("&Evaluasi kinerja:"), f["performance_evaluation"])

        decree = QWidget()
        form3 = QFormLayout(decree)
        form3.addRow(self.tr("&Nomor SK:"), f["sk_number"])
        form3.addRow(self.tr("&Tanggal SK:"), f["sk_date"])
        form3.addRow(self.tr("&Berlaku sejak:"), f["effective_date"])
        form3.addRow(self.tr("&Catatan perubahan:"), f["change_note"])

        self.pages = QTabWidget()
        self.pages.addTab(public, self.tr("Komponen publik"))
        self.pages.addTab(internal, self.tr("Komponen internal"))
        self.pages.addTab(decree, self.tr("Penetapan"))
        self._page_of = {key: 0 for key in ("name", "description", "requirements", "procedure",
                                            "time_frame_days", "fee", "product", "complaint_channel")}
        self._page_of.update({key: 2 for key in ("sk_number", "sk_date", "effective_date",
                                                 "change_note")})

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Simpan versi baru"))
        save.setToolTip(self.tr("Ctrl+Enter atau Ctrl+S"))
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Bata&l"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        f["name"].setFocus()

    def values(self) -> dict:
        values: dict = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QPlainTextEdit):
                values[key] = widget.toPlainText()
            elif isinstance(widget, QSpinBox):
                values[key] = widget.value()
            elif isinstance(widget, DateEdit):
                values[key] = widget.date_value()
            else:
                values[key] = widget.text()
        return values

    def submit(self) -> None:
        try:
            self.saved = catalogue.save_standard_version(self.session.user, self.service.id,
                                                         self.values())
        except UserError as exc:
            field = getattr(exc, "field", None)
            self.pages.setCurrentIndex(self._page_of.get(field, 1) if field else 0)
            show_error(self, exc)
            focus_field(self.fields, exc)
            return
        self.accept()

