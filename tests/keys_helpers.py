"""Real key presses on the focused widget, for the keyboard tests (offscreen too)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def activate(window) -> None:
    """Show `window` and give it the keyboard, as a click on its title bar would."""
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window, 3000)


def focused():
    return QApplication.focusWidget()


def _target(within=None):
    """The widget a key goes to: the focused one, or in a dialog that the offscreen
    platform did not activate, the dialog's own focused widget."""
    if within is not None:
        return within.focusWidget() or within
    return QApplication.focusWidget() or QApplication.activeWindow()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1, within=None) -> None:
    for _ in range(times):
        target = _target(within)
        assert target is not None, "no widget has the keyboard"
        qtbot.keyClick(target, key, modifier)


def type_text(qtbot, text: str, within=None) -> None:
    target = _target(within) if within is not None else QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard"
    qtbot.keyClicks(target, text)
