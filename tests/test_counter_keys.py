"""The keyboard traps a counter officer met (issue 20), each driven by real key presses."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import TEST_USERS
from keys_helpers import ALT, CTRL, activate, focused, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget
from shell_helpers import session_for
from sop_helpers import publish, register, service, wita

from desk_app.models.sop import flow as sop_flow
from desk_app.models.sop import work as sop_work
from desk_app.ui.login_dialog import LoginDialog
from desk_app.ui.requests.tab import RequestsTab
from desk_app.ui.sop import steps as request_steps
from desk_app.ui.widgets import DateEdit

NIK = "5271014506900001"


def test_enter_logs_in_after_a_failed_attempt(qtbot, db):
    dialog = LoginDialog("Kanwil")
    qtbot.addWidget(dialog)
    activate(dialog)
    type_text(qtbot, TEST_USERS["counter"][0])
    press(qtbot, Qt.Key.Key_Return)  # user name, Enter: to the password
    assert focused() is dialog.password
    type_text(qtbot, "salah-sandi")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.user is None and "salah" in dialog.error_label.text()
    assert focused() is dialog.password and dialog.password.text() == ""
    type_text(qtbot, TEST_USERS["counter"][1])
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user.username == TEST_USERS["counter"][0]


def _tab(qtbot):
    tab = RequestsTab(session_for("counter"))
    qtbot.addWidget(tab)
    tab.resize(1024, 700)
    activate(tab)
    tab.form.service_edit.setFocus()
    return tab


def _pick_service(qtbot, tab, code="BIMAS-03"):
    type_text(qtbot, code)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(tab.form.checks))
    if focused() is not tab.form.checks[0]:
        # offscreen, the suggestion list keeps the activation; given back, the window
        # puts the keyboard where it was (the service field): Tab, Tab to the first tick
        activate(tab)
        press(qtbot, Qt.Key.Key_Tab, times=2)
    assert focused() is tab.form.checks[0]


def test_tab_after_nik_goes_to_the_name_and_ctrl_n_clears_everything(qtbot, db):
    tab = _tab(qtbot)
    form = tab.form
    _pick_service(qtbot, tab)
    form.nik_edit.setFocus()
    type_text(qtbot, NIK)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.name_edit  # no invisible stop in between
    type_text(qtbot, "Nur'aini")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is form.phone_edit and form.name_edit.text() == "Nur'aini"
    type_text(qtbot, "081234567890")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Jl. Udayana 1")
    form.checks[0].setChecked(True)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert focused() is form.service_edit
    assert [form.nik_edit.text(), form.name_edit.text(), form.phone_edit.text(),
            form.address_edit.text(), form.service_edit.text()] == ["", "", "", "", ""]
    assert form.checks == [] and form.service is None


def test_requirement_texts_wrap_and_never_scroll_sideways(qtbot, db):
    tab = _tab(qtbot)
    form = tab.form
    _pick_service(qtbot, tab)
    scroll = form.checklist.parentWidget().parentWidget()
    form.window().resize(700, 700)
    for _ in form.checks:
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Tab)
    assert [box.isChecked() for box in form.checks] == [True] * len(form.checks), focused()
    assert not scroll.horizontalScrollBar().isVisible()
    assert scroll.horizontalScrollBar().value() == 0
    for row in form._check_rows:  # every text whole, in the visible width
        assert row.label.wordWrap() and row.label.text() == row.box.property("requirement")
        assert row.geometry().right() <= scroll.viewport().width()


def test_typed_dates_follow_the_mask(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    before = QLineEdit()
    day = DateEdit(value=dt.date(2026, 2, 10))
    empty = DateEdit(allow_empty=True)
    layout = QVBoxLayout(host)
    for widget in (before, day, empty):
        layout.addWidget(widget)
    activate(host)
    before.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "31122026")  # over a February date: no "correction" into March
    assert day.date_value() == dt.date(2026, 12, 31) and day.text() == "31-12-2026"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is empty
    type_text(qtbot, "1-2-2027")
    assert empty.date_value() == dt.date(2027, 2, 1)
    day.setFocus()
    type_text(qtbot, "31022026")  # no such date: refused, the date stays
    assert day.date_value() == dt.date(2026, 12, 31)
    empty.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    assert empty.date_value() is None


@pytest.fixture
def decision_page(qtbot, office, admin, counter):
    svc = service(office)
    publish(admin, svc)
    request = register(counter, svc, wita(dt.date(2026, 3, 2), 9))
    first = sop_flow.checklist(request.id)[0]
    sop_work.complete_step(counter, request.id, first.step.id, note="")
    page = request_steps.RequestStepsPage(session_for("counter"), request.id)
    qtbot.addWidget(page)
    return page


def test_a_decision_waits_for_its_answer_and_keeps_the_note(qtbot, decision_page):
    rows = decision_page.model.rows
    decision = next(r for r in rows if r.step.kind == "decision")
    assert decision.is_next
    dialog = request_steps.StepDoneDialog(decision)
    qtbot.addWidget(dialog)
    activate(dialog)
    type_text(qtbot, "Berkas asli dilihat")  # typed at once: the note keeps it
    assert dialog.note.text() == "Berkas asli dilihat"
    press(qtbot, Qt.Key.Key_Return)  # no answer yet: Enter does not say "Ya"
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.answer is None and not dialog.ok_button.isEnabled()
    press(qtbot, Qt.Key.Key_T, ALT)  # Alt+T: Tidak (a button's mnemonic clicks it shortly)
    qtbot.waitUntil(lambda: dialog.answer == "tidak")
    dialog.note.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values == {"note": "Berkas asli dilihat", "deviation_reason": "", "answer": "tidak"}


def mnemonics(window, page) -> dict[str, list[str]]:
    """Letter -> the texts that claim Alt+letter in `window` while `page` is shown: the
    menu bar's menus, and the visible buttons, labels with a buddy, group boxes and tab
    bars of the page."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar

    found: dict[str, list[str]] = {}

    def claim(text: str) -> None:
        match = re.search(r"&([^&])", text.replace("&&", ""))
        if match:
            found.setdefault(match.group(1).lower(), []).append(text)

    for action in window.menuBar().actions():
        claim(action.text())
    for widget in page.findChildren(QAbstractButton):
        if widget.isVisibleTo(window):
            claim(widget.text())
    for widget in page.findChildren(QLabel):
        if widget.isVisibleTo(window) and widget.buddy() is not None:
            claim(widget.text())
    for widget in page.findChildren(QGroupBox):
        if widget.isVisibleTo(window):
            claim(widget.title())
    for bar in page.findChildren(QTabBar):
        if bar.isVisibleTo(window):
            for i in range(bar.count()):
                claim(bar.tabText(i))
    return found


@pytest.fixture
def english(qapp):
    from desk_app.app import Translators
    from desk_app.ui import ui_state

    translators = Translators(qapp)
    translators.apply("en")
    yield
    translators.apply("id")
    ui_state.set_language("id")


@pytest.mark.parametrize("role", ["counter", "head"])
def test_no_two_mnemonics_share_a_letter_in_the_complaints_window(qtbot, db, role):
    """Alt+N was both "&Nama pelapor" and the "Ba&ntuan" menu (Alt+A and Alt+T too)."""
    window = _complaints_window(qtbot, role)
    claims = mnemonics(window, window.pages["complaints"])
    assert len(claims) > 10  # the form's fields were seen
    assert {k: v for k, v in claims.items() if len(v) > 1} == {}
    form = window.tab("complaints").form
    form.kind.setFocus()
    press(qtbot, Qt.Key.Key_E, ALT)  # Nama p&elapor
    assert focused() is form.name
    press(qtbot, Qt.Key.Key_L, ALT)  # A&lamat
    assert focused() is form.address


def test_no_two_mnemonics_share_a_letter_in_the_english_complaints_window(qtbot, db, english):
    window = _complaints_window(qtbot, "counter")
    assert window.menuBar().actions()[0].text() == "&Application"
    claims = mnemonics(window, window.pages["complaints"])
    assert len(claims) > 10
    assert {k: v for k, v in claims.items() if len(v) > 1} == {}


def _complaints_window(qtbot, role):
    from desk_app.ui.main_window import MainWindow

    window = MainWindow(session_for(role))
    qtbot.addWidget(window)
    window.resize(1280, 760)
    activate(window)
    window.show_tab("complaints")
    form = window.tab("complaints").form
    qtbot.waitUntil(lambda: form.name.isVisible())
    return window
