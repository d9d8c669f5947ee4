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


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        target = QApplication.focusWidget() or QApplication.activeWindow()
        assert target is not None, "no widget has the keyboard"
        qtbot.keyClick(target, key, modifier)


def type_text(qtbot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard"
    qtbot.keyClicks(target, text)
