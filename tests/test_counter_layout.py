"""Every tab fits an office screen: 1024x768 at 100 % and 1366x768 at 125 % (1093x614
logical pixels): no window-wide horizontal scroll bar on any tab page (issue 20).
Screenshots of each tab are kept in the test's tmp folder to look at."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication
from shell_helpers import session_for

from desk_app.ui.main_window import MainWindow

SIZES = {"1024x768": (1024, 768), "1366x768@125%": (1093, 614)}


@pytest.mark.parametrize("role", ["counter", "head", "admin"])
@pytest.mark.parametrize("size", list(SIZES))
def test_every_tab_fits_without_a_window_wide_horizontal_scroll_bar(qtbot, db, tmp_path, size, role):
    window = MainWindow(session_for(role))
    qtbot.addWidget(window)
    window.resize(*SIZES[size])
    window.show()
    qtbot.waitExposed(window)
    too_wide = []
    for key, page in window.pages.items():
        window.show_tab(key)
        assert window.tab(key) is not None, key
        QApplication.processEvents()
        qtbot.wait(30)
        window.grab().save(str(tmp_path / f"{size}-{role}-{key}.png"))
        bar = page.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            too_wide.append((key, page.widget().minimumSizeHint().width(), page.viewport().width()))
    assert window.size().width() == SIZES[size][0]
    assert too_wide == [], f"tab pages wider than the window: {too_wide} (screenshots in {tmp_path})"
    assert isinstance(window.pages["requests"], QAbstractScrollArea)
