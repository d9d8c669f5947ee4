"""The login dialog: user name, password, Enter submits. A refusal is explained in the
dialog itself with the one message accounts.authenticate gives for an unknown user, a
wrong password, an inactive or a locked account (nobody learns which it was).

Enter is handled by the dialog itself, not left to Qt's default-button search: after a
failed attempt the officer types the password again and presses Enter, and that must
log in every time (Esc cancels, as in any Windows dialog).

It is the first window of a start and is painted before the data layer has loaded (see
GuiController in app.py): nothing from desk_app.models but the errors is imported here
before the officer presses Masuk. `first_painted` tells the controller it may load the
rest; `before_submit()` makes a submit wait for it (False: no login possible now).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app import __version__
from desk_app.models.core.errors import UserError
from desk_app.ui import ui_state

if TYPE_CHECKING:
    from desk_app.models.core.accounts import User


class LoginDialog(QDialog):
    first_painted = Signal()

    def __init__(self, office_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.user: User | None = None
        self.before_submit: Callable[[], bool] = lambda: True
        self._painted = False
        self.setWindowTitle(self.tr("Masuk — Loket Prima"))
        self.setMinimumWidth(420)

        title = QLabel(self.tr("Loket Prima"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        office = self.office_label = QLabel(office_name)
        office.setWordWrap(True)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setText(ui_state.last_username())
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        user_label = QLabel(self.tr("&Nama pengguna:"))
        user_label.setBuddy(self.username)
        pass_label = QLabel(self.tr("&Sandi:"))
        pass_label.setBuddy(self.password)
        form.addRow(user_label, self.username)
        form.addRow(pass_label, self.password)

        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Masuk"))
        self.ok_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        version = QLabel(self.tr("Versi %1").replace("%1", __version__))
        version.setAlignment(Qt.AlignmentFlag.AlignRight)
        version.setStyleSheet("color: gray;")

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(office)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        layout.addWidget(version)
        (self.password if self.username.text() else self.username).setFocus()

    def keyPressEvent(self, event):  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            focused = self.focusWidget()
            if focused is not None and focused is not self.ok_button and focused.inherits("QPushButton"):
                focused.click()  # Enter on a focused button presses that button
            elif focused is self.username and not self.password.text():
                self.password.setFocus()
            else:
                self.submit()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def set_office_name(self, name: str) -> None:
        self.office_label.setText(name)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def submit(self) -> None:
        if not self.before_submit():
            return
        from desk_app.models.core import accounts

        username = self.username.text().strip()
        if not username:
            self.show_error(self.tr("Isi nama pengguna."))
            self.username.setFocus()
            return
        try:
            self.user = accounts.authenticate(username, self.password.text())
        except UserError as exc:
            self.show_error(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        ui_state.set_last_username(self.user.username)
        self.accept()
