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

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desk_app.models.core.errors import UserError
from desk_app.ui.text import format_date

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
    `datetime.date` (or None when `allow_empty` and left at the minimum).

    Digits typed are a mask, as in Windows office software: "31122026" (or "31-12-2026",
    "1-2-2026") gives 31-12-2026 whatever date was shown, and whatever section held the
    cursor. Qt's own typing edits one section at a time against the shown date, so 31
    typed over a February date was corrected into another month. Four digits give that
    day of the shown year, six a year 20yy; a date that does not exist is refused with a
    beep and the field keeps its date. Delete empties an `allow_empty` field."""

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

    # --- typing through the mask ---------------------------------------------------

    _typed = ""  # the digits typed since the field took the keyboard, "-" between groups

    def focusInEvent(self, event):  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        self._typed = ""
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.setCurrentSection(QDateEdit.Section.DaySection)

    def keyPressEvent(self, event):  # noqa: N802 (Qt's name)
        text = event.text()
        commands = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier \
            | Qt.KeyboardModifier.MetaModifier
        if event.modifiers() & commands:  # Alt+2 opens a tab; it types nothing here
            super().keyPressEvent(event)
            return
        if text.isdigit() and len(text) == 1:
            self._type(text)
            return
        if text in ("-", "/", ".") and self._typed:
            self._type("-")
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.allow_empty \
                and not self._typed:
            self.set_date_value(None)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish()
        elif self._typed:
            self._typed = ""
            self._show(self.textFromDateTime(self.dateTime()))
        super().keyPressEvent(event)

    def _show(self, text: str) -> None:
        """Put text in the field without Qt reading it as a date (nor signalling)."""
        line = self.lineEdit()
        line.blockSignals(True)
        line.setText(text)
        line.blockSignals(False)

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 (Qt's name)
        """Tab leaves the field (Qt's date edit would walk its day/month/year sections)."""
        self._finish()
        return QWidget.focusNextPrevChild(self, next_)

    def focusOutEvent(self, event):  # noqa: N802 (Qt's name)
        self._finish()
        super().focusOutEvent(event)

    def _groups(self) -> list[str]:
        groups = self._typed.split("-")
        digits = "".join(groups)
        if len(groups) == 1:  # plain digits: 2 + 2 + 4
            return [g for g in (digits[:2], digits[2:4], digits[4:8]) if g] if digits else []
        return groups

    def _type(self, char: str) -> None:
        groups = self._groups()
        if char == "-":
            if len(groups) >= 3 or (groups and not groups[-1]):
                return
            self._typed = "-".join(groups + [""])
        else:
            if len(groups) == 3 and len(groups[2]) >= 4:
                return
            if groups and len(groups) < 3 and len(groups[-1]) >= 2:
                groups.append("")
            if not groups:
                groups = [""]
            groups[-1] += char
            self._typed = "-".join(groups)
        shown = self._groups() + ["", "", ""]
        mask = "-".join(g.ljust(n, "_") for g, n in zip(shown[:3], (2, 2, 4), strict=True))
        self._show(mask)
        if len(self._groups()) == 3 and len(self._groups()[2]) == 4:
            self._finish()

    def _finish(self) -> None:
        if not self._typed:
            return
        groups = self._groups()
        self._typed = ""
        day = self.date_value() or dt.date.today()
        try:
            numbers = [int(g) for g in groups if g]
            if len(numbers) < 2:
                raise ValueError
            year = numbers[2] if len(numbers) == 3 else day.year
            if len(numbers) == 3 and len(groups[2]) <= 2:
                year += 2000
            value = dt.date(year, numbers[1], numbers[0])
            if not self.minimumDate().toPython() <= value <= self.maximumDate().toPython():
                raise ValueError
        except ValueError:
            QApplication.beep()
            self._show(self.textFromDateTime(self.dateTime()))
            self.setToolTip(QCoreApplication.translate("Widgets", "Tanggal tidak dikenali: ketik hhbbtttt, mis. 31122026"))
            return
        self.set_date_value(value)
        self._show(self.textFromDateTime(self.dateTime()))

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


def fit_combos(widget: QWidget, chars: int = 12) -> None:
    """Let every combo box under `widget` be narrower than its longest item (a service
    name can be 90 characters): the list pops up wide enough, the box elides. Without
    this a tab is as wide as its longest service name and needs a window-wide scroll bar
    on a 1024-pixel screen."""
    for combo in widget.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(chars)
        # Qt keeps a minimum size hint computed before the policy changed: an explicit
        # minimum width is what layouts then use
        combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance("x" * chars) + 40)
    for child in [widget, *widget.findChildren(QWidget)]:  # and layouts measure again
        if child.layout() is not None:
            child.layout().invalidate()
        child.updateGeometry()
