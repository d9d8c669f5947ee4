"""First start on an empty database: the office and the first admin account.
`setup.initialize` creates both and loads the service catalogue in one transaction."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core import setup
from desk_app.models.core.accounts import User
from desk_app.models.core.dates import TZ_LABELS
from desk_app.models.core.errors import UserError, ValidationError
from desk_app.models.core.setup import NTB_DEFAULTS
from desk_app.ui.widgets import focus_field, show_error

TIME_ZONES = tuple(TZ_LABELS)  # WIB, WITA, WIT


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.admin: User | None = None
        self.setWindowTitle(self.tr("Persiapan pertama — Loket Prima"))
        self.setMinimumWidth(620)
        intro = QLabel(self.tr(
            "Basis data ini masih kosong. Isi identitas kantor dan buat akun admin pertama; "
            "katalog layanan dimuat otomatis. Semuanya dapat diubah nanti di tab Admin."))
        intro.setWordWrap(True)

        d = NTB_DEFAULTS
        self.code = QLineEdit(d["code"])
        self.name = QLineEdit(d["name"])
        self.unit = QLineEdit(d["unit"])
        self.address = QLineEdit(d["address"])
        self.city = QLineEdit(d["city"])
        self.letter_code = QLineEdit(d["letter_code"])
        for edit in (self.code, self.name, self.unit, self.address, self.city, self.letter_code):
            edit.setCursorPosition(0)  # show the start of a long default
        self.letterhead = QPlainTextEdit("\n".join(d["letterhead"]))
        self.letterhead.setTabChangesFocus(True)
        self.letterhead.setFixedHeight(90)
        self.time_zone = QComboBox()
        for tz, label in zip(TIME_ZONES, (self.tr("WIB (Asia/Jakarta)"), self.tr("WITA (Asia/Makassar)"),
                                          self.tr("WIT (Asia/Jayapura)")), strict=True):
            self.time_zone.addItem(label, tz)
        self.time_zone.setCurrentIndex(TIME_ZONES.index(d["time_zone"]))

        office_box = QGroupBox(self.tr("Kantor"))
        form = QFormLayout(office_box)
        form.addRow(self.tr("&Kode kantor:"), self.code)
        form.addRow(self.tr("&Nama kantor:"), self.name)
        form.addRow(self.tr("&Unit/bidang:"), self.unit)
        form.addRow(self.tr("&Alamat:"), self.address)
        form.addRow(self.tr("Ko&ta:"), self.city)
        form.addRow(self.tr("Kode &surat:"), self.letter_code)
        form.addRow(self.tr("&Kop surat (satu baris per baris):"), self.letterhead)
        form.addRow(self.tr("&Zona waktu:"), self.time_zone)

        self.username = QLineEdit("admin")
        self.full_name = QLineEdit()
        self.nip = QLineEdit()
        self.nip.setPlaceholderText(self.tr("18 digit, boleh kosong"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        admin_box = QGroupBox(self.tr("Akun admin pertama"))
        form2 = QFormLayout(admin_box)
        form2.addRow(self.tr("Nama &pengguna:"), self.username)
        form2.addRow(self.tr("Nama &lengkap:"), self.full_name)
        form2.addRow(self.tr("NI&P:"), self.nip)
        form2.addRow(self.tr("San&di (min. 8 karakter):"), self.password)
        form2.addRow(self.tr("&Ulangi sandi:"), self.password2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Simpan dan mulai"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(office_box)
        layout.addWidget(admin_box)
        layout.addWidget(buttons)
        self.full_name.setFocus()

    def office_fields(self) -> dict:
        return {
            "name": self.name.text(),
            "unit": self.unit.text(),
            "address": self.address.text(),
            "city": self.city.text(),
            "letter_code": self.letter_code.text(),
            "letterhead": self.letterhead.toPlainText(),
            "time_zone": self.time_zone.currentData(),
        }

    def submit(self) -> None:
        fields = {"code": self.code, "name": self.name, "time_zone": self.time_zone,
                  "username": self.username, "full_name": self.full_name, "nip": self.nip,
                  "password": self.password}
        try:
            if self.password.text() != self.password2.text():
                raise ValidationError(self.tr("Kedua sandi tidak sama."), "password")
            self.admin = setup.initialize(self.code.text(), self.office_fields(),
                                          self.username.text(), self.full_name.text(),
                                          self.password.text(), self.nip.text())
        except UserError as exc:
            show_error(self, exc)
            focus_field(fields, exc)
            return
        self.accept()
