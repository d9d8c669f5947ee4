"""Lengths and characters enforced in the widgets, before the domain sees the text.

The domain refuses control characters and over-long text with a message naming the field
(desk_app/models/core/text.py); the widgets stop them earlier, while typing or pasting:
a line edit takes at most `maxLength` characters and no control character, a long text
is cut at its limit. `limit(widget, n)` sets a field's own limit (the domain's figure);
`install(app)` gives every other editable text field of the app a default limit the
first time it gets the focus (typing and pasting need the focus), so no form is left out.
"""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit

from desk_app.models.core.text import find_forbidden

DEFAULT_LINE = 500  # no one-line field of the domain is longer
DEFAULT_LONG = 20_000
QT_DEFAULT_MAX = 32767


class NoControlCharacters(QValidator):
    """Refuses NUL, other control characters, lone surrogates and direction overrides."""

    def validate(self, text: str, pos: int):
        if find_forbidden(text, long_text=False):
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos


def _cut_long_text(edit: QPlainTextEdit) -> None:
    text = edit.toPlainText()
    limit = edit.property("maxChars") or DEFAULT_LONG
    clean = "".join(ch for ch in text if not find_forbidden(ch, long_text=True))
    if len(clean) > limit:
        clean = clean[:limit]
    if clean != text:
        cursor = edit.textCursor()
        position = min(cursor.position(), len(clean))
        edit.blockSignals(True)
        edit.setPlainText(clean)
        edit.blockSignals(False)
        cursor = edit.textCursor()
        cursor.setPosition(position)
        edit.setTextCursor(cursor)


def limit(widget, length: int) -> None:
    """Give `widget` (QLineEdit or QPlainTextEdit) its field's limit."""
    if isinstance(widget, QLineEdit):
        widget.setMaxLength(length)
        if widget.validator() is None:
            widget.setValidator(NoControlCharacters(widget))
    elif isinstance(widget, QPlainTextEdit):
        first = widget.property("maxChars") is None
        widget.setProperty("maxChars", length)
        if first:
            widget.textChanged.connect(lambda: _cut_long_text(widget))


def _inside_other_control(widget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, (QAbstractSpinBox, QComboBox))


def _on_focus(_old, new) -> None:
    if isinstance(new, QLineEdit) and not new.isReadOnly() and not _inside_other_control(new):
        if new.maxLength() == QT_DEFAULT_MAX:  # never cuts text already there
            limit(new, max(DEFAULT_LINE, len(new.text())))
        elif new.validator() is None:
            new.setValidator(NoControlCharacters(new))
    elif isinstance(new, QPlainTextEdit) and not new.isReadOnly() and new.property("maxChars") is None:
        limit(new, max(DEFAULT_LONG, len(new.toPlainText())))


def install(app: QApplication) -> None:
    app.focusChanged.connect(_on_focus)
