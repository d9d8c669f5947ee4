"""Aplikasi → Ubah sandi saya: the logged-in user changes their own password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core import accounts
from desk_app.models.core.accounts import User
from desk_app.models.core.errors import UserError, ValidationError
from desk_app.ui.session import Session
from desk_app.ui.widgets import show_error


class ChangePasswordDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Ubah sandi saya"))
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.new2 = QLineEdit()
        for edit in (self.old, self.new, self.new2):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Sandi &lama:"), self.old)
        form.addRow(self.tr("Sandi &baru:"), self.new)
        form.addRow(self.tr("&Ulangi sandi baru:"), self.new2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def submit(self) -> None:
        try:
            if self.new.text() != self.new2.text():
                raise ValidationError(self.tr("Kedua sandi baru tidak sama."), "password")
            accounts.change_own_password(self.session.user, self.old.text(), self.new.text())
            self.session.user = User.get_by_id(self.session.user.id)
        except UserError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(self, self.tr("Sandi diubah"), self.tr("Sandi Anda sudah diubah."))
        self.accept()
