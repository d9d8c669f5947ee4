"""Dialogs of the Admin tab: a user account (new or edited) and a new password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core import accounts
from desk_app.models.core.accounts import User
from desk_app.models.core.errors import UserError, ValidationError
from desk_app.models.core.permissions import ROLES
from desk_app.ui.main_window import role_label
from desk_app.ui.session import Session
from desk_app.ui.widgets import focus_field, show_error


def _buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.submit)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class UserDialog(QDialog):
    """Create an account (user None) or edit name, NIP, position and role of one."""

    def __init__(self, session: Session, user: User | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.user = user
        self.result_user: User | None = None
        self.setWindowTitle(self.tr("Pengguna baru") if user is None else self.tr("Ubah pengguna"))
        self.setMinimumWidth(460)
        self.username = QLineEdit(user.username if user else "")
        self.username.setReadOnly(user is not None)
        self.full_name = QLineEdit(user.full_name if user else "")
        self.nip = QLineEdit(user.nip if user else "")
        self.nip.setPlaceholderText(self.tr("18 digit, boleh kosong"))
        self.position = QLineEdit(user.position if user else "")
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(ROLES.index(user.role) if user else 0)
        self.password = _password_edit()
        self.password2 = _password_edit()
        form = QFormLayout()
        form.addRow(self.tr("Nama &pengguna:"), self.username)
        form.addRow(self.tr("Nama &lengkap:"), self.full_name)
        form.addRow(self.tr("NI&P:"), self.nip)
        form.addRow(self.tr("&Jabatan:"), self.position)
        form.addRow(self.tr("P&eran:"), self.role)
        if user is None:
            form.addRow(self.tr("San&di (min. 8 karakter):"), self.password)
            form.addRow(self.tr("&Ulangi sandi:"), self.password2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("&Simpan"), self.tr("&Batal")))
        (self.full_name if user else self.username).setFocus()

    def submit(self) -> None:
        widgets = {"username": self.username, "full_name": self.full_name, "nip": self.nip,
                   "role": self.role, "password": self.password}
        try:
            if self.user is None:
                if self.password.text() != self.password2.text():
                    raise ValidationError(self.tr("Kedua sandi tidak sama."), "password")
                self.result_user = accounts.create_user(
                    self.session.user, self.session.office_code, self.username.text(),
                    self.full_name.text(), self.role.currentData(), self.password.text(),
                    nip=self.nip.text(), position=self.position.text())
            else:
                nip = self.nip.text().replace(" ", "")
                if nip and (not nip.isdigit() or len(nip) != 18):
                    raise ValidationError(self.tr("NIP harus 18 digit angka."), "nip")
                if not self.full_name.text().strip():
                    raise ValidationError(self.tr("Nama lengkap wajib diisi."), "full_name")
                self.result_user = accounts.update_user(
                    self.session.user, self.user.id, full_name=self.full_name.text(), nip=nip,
                    position=self.position.text(), role=self.role.currentData())
        except UserError as exc:
            show_error(self, exc)
            focus_field(widgets, exc)
            return
        self.accept()


class ResetPasswordDialog(QDialog):
    def __init__(self, session: Session, user: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.user = user
        self.setWindowTitle(self.tr("Atur ulang sandi — %1").replace("%1", user.username))
        self.password = _password_edit()
        self.password2 = _password_edit()
        form = QFormLayout()
        form.addRow(self.tr("Sandi &baru (min. 8 karakter):"), self.password)
        form.addRow(self.tr("&Ulangi sandi:"), self.password2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("&Simpan"), self.tr("&Batal")))

    def submit(self) -> None:
        try:
            if self.password.text() != self.password2.text():
                raise ValidationError(self.tr("Kedua sandi tidak sama."), "password")
            accounts.reset_password(self.session.user, self.user.id, self.password.text())
        except UserError as exc:
            show_error(self, exc)
            self.password.setFocus()
            return
        self.accept()
