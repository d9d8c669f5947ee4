"""Per-PC window state: geometry, column widths and the language survive a restart."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView, QWidget

from desk_app.ui import ui_state


def test_geometry_is_restored(qtbot):
    first = QWidget()
    qtbot.addWidget(first)
    first.setGeometry(50, 60, 640, 410)
    ui_state.save_geometry(first, "test/geometry")
    second = QWidget()
    qtbot.addWidget(second)
    assert ui_state.restore_geometry(second, "test/geometry")
    assert (second.width(), second.height()) == (640, 410)
    assert not ui_state.restore_geometry(QWidget(), "test/never-saved")


def _table(qtbot) -> QTableView:
    model = QStandardItemModel(3, 4)
    view = QTableView()
    view.setModel(model)
    view.model_ref = model
    qtbot.addWidget(view)
    return view


def test_column_widths_are_saved_as_the_user_resizes_and_restored(qtbot):
    view = _table(qtbot)
    ui_state.track_table(view, "test/table")
    view.setColumnWidth(2, 333)  # the user drags a column
    again = _table(qtbot)
    ui_state.track_table(again, "test/table")
    assert again.columnWidth(2) == 333


def test_language_choice_is_kept_apart_and_validated(qtbot):
    assert ui_state.language() in ui_state.LANGUAGES
    ui_state.set_language("en")
    try:
        assert ui_state.language() == "en"
        assert ui_state.settings().value("options/language") == "en"
    finally:
        ui_state.set_language("id")
    assert ui_state.language() == "id"


def test_about_box_never_shows_a_database_password():
    from desk_app.ui.main_window import safe_url

    assert safe_url("postgresql://loket:rahasia@10.0.0.5:5432/kanwil") == \
        "postgresql://loket@10.0.0.5:5432/kanwil"
    assert safe_url("/data/loket-prima.db") == "/data/loket-prima.db"
