"""Small helpers every tab uses: error and confirmation boxes, an Indonesian date edit,
a form-validation focus helper.

    from desk_app.ui.widgets import show_error, confirm, DateEdit

    try:
        accounts.set_active(session.user, user_id, False)
    except UserError as exc:
        show_error(self, exc)
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QDateEdit,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desk_app.models.core.dates import format_date
from desk_app.models.core.errors import UserError

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Widgets", text)


def show_error(parent: QWidget | None, exc: BaseException | str, title: str | None = None) -> None:
    """Show a UserError's Indonesian message (or a plain text). Any other exception is
    logged with its traceback and shown as a short message: never a traceback."""
    if isinstance(exc, UserError):
        text = exc.message
    elif isinstance(exc, str):
        text = exc
    else:  # logged with its traceback, personal data masked; never shown raw
        from desk_app import crash

        text = crash.window_message(exc)
    QMessageBox.warning(parent, title or QCoreApplication.translate("Widgets", "Tidak dapat dilanjutkan"), text)


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or QCoreApplication.translate("Widgets", "Informasi"), text)


def confirm(parent: QWidget | None, text: str, title: str | None = None,
            default_yes: bool = False) -> bool:
    """Ask Yes/No before a destructive action; No is the default button."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title or QCoreApplication.translate("Widgets", "Konfirmasi"), text, buttons, default)
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "",
             password: bool = False) -> str | None:
    """A one-line question; None when cancelled."""
    mode = QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal
    value, ok = QInputDialog.getText(parent, title, label, mode, text)
    return value if ok else None


class DateEdit(QDateEdit):
    """A date field shown as dd-MM-yyyy with a calendar popup; `date_value()` returns a
    `datetime.date` (or None when `allow_empty` and left at the minimum)."""

    def __init__(self, parent: QWidget | None = None, value: dt.date | None = None,
                 allow_empty: bool = False):
        super().__init__(parent)
        self.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        self.setDisplayFormat("dd-MM-yyyy")
        self.setCalendarPopup(True)
        self.allow_empty = allow_empty
        if allow_empty:
            self.setMinimumDate(QDate(1900, 1, 1))
            self.setSpecialValueText(QCoreApplication.translate("Widgets", "(kosong)"))
        self.set_date_value(value if value is not None or allow_empty else dt.date.today())
        self.dateChanged.connect(self._update_tooltip)
        self._update_tooltip()

    def set_date_value(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(self.minimumDate() if self.allow_empty else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def date_value(self) -> dt.date | None:
        if self.allow_empty and self.date() == self.minimumDate():
            return None
        return self.date().toPython()

    def _update_tooltip(self) -> None:
        value = self.date_value()
        self.setToolTip(format_date(value, weekday=True) if value else "")


def focus_field(widgets: dict[str, QWidget], exc: UserError) -> None:
    """After a ValidationError, put the cursor in the input it names (if any)."""
    field = getattr(exc, "field", None)
    widget = widgets.get(field) if field else None
    if widget is not None:
        widget.setFocus()
