"""A counter day driven by real key presses only (issue 20): log in, register three
requests (complete, incomplete, a returning applicant found by a misspelled name), clear
the form, take a request through its SOP with a decision and a hand-over, log a
confidential complaint, key five survey forms; what is on screen is checked at each step.

The data a day starts from (users, the catalogue, an SOP with a decision) is set up
through the domain; everything the officer does is a key press on the focused widget.
Modal dialogs are answered by keys from a timer, as the officer answers them."""

from __future__ import annotations

import pytest
from conftest import TEST_USERS
from keys_helpers import ALT, CTRL, activate, focused, press, type_text
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sop_helpers import publish

from desk_app.models.catalogue.tables import Service
from desk_app.models.complaints.tables import Complaint
from desk_app.models.requests.tables import RequestStep, ServiceRequest
from desk_app.models.skm.tables import SurveyResponse
from desk_app.ui.login_dialog import LoginDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.session import Session
from desk_app.ui.skm.entry_page import SurveyEntryPage
from desk_app.ui.sop.steps import HandOverDialog, RequestStepsPage, StepDoneDialog

NIK_NURAINI = "5271014506900001"
NIK_ZAINI = "5201021203850002"


def answer_modal(qtbot, kind, keys, seen: list) -> QTimer:
    """When a modal dialog of `kind` opens, give it the keyboard and press `keys` (a
    function of the dialog, pressing keys); `seen` records the dialogs answered."""
    timer = QTimer()

    def check() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, kind) and w.isVisible() and w not in seen), None)
        if dialog is not None:
            seen.append(dialog)
            dialog.activateWindow()
            QTest.qWaitForWindowActive(dialog, 1000)
            try:
                keys(dialog)
            except BaseException:
                dialog.reject()  # never leave the test hanging on an open dialog
                raise

    timer.timeout.connect(check)
    timer.start(20)
    return timer


def pick_service(qtbot, form, code: str) -> None:
    type_text(qtbot, code)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(form.checks))
    if focused() is not form.checks[0]:  # offscreen the suggestion list keeps the window
        activate(form.window())
        press(qtbot, Qt.Key.Key_Tab, times=2)
    assert focused() is form.checks[0]


def fill_applicant(qtbot, form, nik: str, name: str, phone: str, address: str) -> None:
    assert focused() is form.nik_edit
    type_text(qtbot, nik)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.name_edit
    if name:
        type_text(qtbot, name)
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, phone)
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, address)
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is form.institution_edit


def exec_without_modality(self) -> int:
    """QDialog.exec, but the dialog is shown as a plain window: the offscreen platform
    never gives a modal dialog the keyboard (on a desktop it does), and shortcuts such as
    Ctrl+D and Alt+Y need it. Everything else is exec's: a local loop until it closes."""
    loop = QEventLoop()
    self.finished.connect(loop.quit)
    self.setWindowModality(Qt.WindowModality.NonModal)
    self.show()
    self.activateWindow()
    loop.exec()
    return self.result()


@pytest.fixture
def day(db, office, admin, counter, counter2, monkeypatch):
    from desk_app.ui.requests.detail import RequestDetailDialog

    for cls in (RequestDetailDialog, StepDoneDialog, HandOverDialog):
        monkeypatch.setattr(cls, "exec", exec_without_modality)
    svc = Service.get((Service.office == office) & (Service.code == "BIMAS-01"))
    publish(admin, svc)  # five steps, the second a decision (Ya -> 3, Tidak -> 1)
    return svc


def test_a_counter_day_with_the_keyboard_only(qtbot, day, office):
    # --- log in: a wrong password first, then Enter works -------------------------------
    login = LoginDialog("Kanwil Kemenag NTB")
    qtbot.addWidget(login)
    activate(login)
    login.username.clear()
    login.username.setFocus()
    type_text(qtbot, "petugas")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "salah")
    press(qtbot, Qt.Key.Key_Return)
    assert "salah" in login.error_label.text()
    type_text(qtbot, TEST_USERS["counter"][1])
    press(qtbot, Qt.Key.Key_Return)
    assert login.result() == QDialog.DialogCode.Accepted

    from desk_app.models.core.office import Office

    session = Session(user=login.user, office=Office.get_by_id(office), db_url="")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    activate(window)
    press(qtbot, Qt.Key.Key_1, ALT)
    tab = window.tab("requests")
    form = tab.form
    qtbot.waitUntil(lambda: focused() is form.service_edit)

    # --- 1. a complete request: service, Alt+S, applicant, Enter saves ----------------
    pick_service(qtbot, form, "BIMAS-01")
    press(qtbot, Qt.Key.Key_S, ALT)  # every document handed in
    assert all(box.isChecked() for box in form.checks)
    fill_applicant(qtbot, form, NIK_NURAINI, "Baiq Nur'aini", "081237451234", "Jl. Udayana 1")
    press(qtbot, Qt.Key.Key_Return)  # Enter in the last field saves
    first = ServiceRequest.get(ServiceRequest.applicant_nik == NIK_NURAINI)
    assert first.complete and first.number in form.last_label.text()
    assert focused() is form.service_edit and form.name_edit.text() == ""
    assert tab.model.rowCount() == 1 and tab.model.index(0, 4).data() == "Baiq Nur'aini"

    # --- 2. an incomplete request: one document missing, Enter on the question --------
    seen: list = []
    timer = answer_modal(qtbot, QMessageBox, lambda box: press(qtbot, Qt.Key.Key_Return, within=box), seen)
    pick_service(qtbot, form, "BIMAS-01")
    for _box in form.checks[:-1]:  # all but the last, with Space
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # past the last tick, unticked
    fill_applicant(qtbot, form, NIK_ZAINI, "Lalu Muhammad Zaini", "087765432100", "Labuapi")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    timer.stop()
    assert len(seen) == 1 and "belum diserahkan" in seen[0].text()
    second = ServiceRequest.get(ServiceRequest.applicant_nik == NIK_ZAINI)
    assert not second.complete and "belum lengkap" in form.last_label.text()

    # --- 3. a returning applicant, found by a misspelled name ------------------------
    qtbot.wait(10)
    activate(window)  # a closed dialog gives the keyboard back (offscreen: by hand)
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is tab.search
    type_text(qtbot, "nuraeni")  # one letter wrong
    press(qtbot, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 1 and tab.model.index(0, 4).data() == "Baiq Nur'aini"
    press(qtbot, Qt.Key.Key_N, CTRL)  # a new registration for her
    assert focused() is form.service_edit
    pick_service(qtbot, form, "BIMAS-02")
    press(qtbot, Qt.Key.Key_S, ALT)
    type_text(qtbot, NIK_NURAINI)  # her NIK fills in the rest
    assert form.name_edit.text() == "Baiq Nur'aini" and form.phone_edit.text() == "081237451234"
    assert "Pemohon lama" in form.returning.text()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert ServiceRequest.select().where(ServiceRequest.applicant_nik == NIK_NURAINI).count() == 2

    # --- 4. the form cleared with Ctrl+N after a half-typed applicant ------------------
    pick_service(qtbot, form, "BIMAS-03")
    press(qtbot, Qt.Key.Key_S, ALT)
    type_text(qtbot, "5271")
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert (form.service_edit.text(), form.nik_edit.text(), form.checks) == ("", "", [])
    assert focused() is form.service_edit

    # --- 5. a confidential complaint ------------------------------------------------
    press(qtbot, Qt.Key.Key_2, ALT)  # Pengaduan
    complaints = window.tab("complaints")
    cform = complaints.form
    assert window.tabs.currentWidget() is window.pages["complaints"], window.tabs.currentIndex()
    press(qtbot, Qt.Key.Key_N, CTRL)  # a new complaint: the cursor in its first field
    qtbot.waitUntil(lambda: focused() is not None and cform.isAncestorOf(focused()))
    press(qtbot, Qt.Key.Key_R, ALT)  # Rahasia: the name stays confidential
    qtbot.waitUntil(lambda: cform.confidential.isChecked())
    if focused() is None:  # offscreen, the button's mnemonic may leave the window unfocused
        activate(window)
    for _ in range(6):  # Tab on to the name (kind, channel, date, the three choices)
        if focused() is cform.name:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is cform.name and cform.confidential.isChecked()
    type_text(qtbot, "Hj. Rohani")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "081299887766")
    press(qtbot, Qt.Key.Key_I, ALT)  # Isi pengaduan
    assert focused() is cform.text
    type_text(qtbot, "Petugas loket meminta biaya tambahan untuk legalisir.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    complaint = Complaint.get()
    assert complaint.protection == "rahasia"
    shown = " ".join(str(complaints.model.index(0, c).data() or "") for c in range(complaints.model.columnCount()))
    assert complaint.number in shown and "Rohani" not in shown

    # --- 6. five survey forms, 14 keys each -----------------------------------------
    press(qtbot, Qt.Key.Key_3, ALT)  # Survei
    surveys = window.tab("surveys")
    page = surveys.findChild(SurveyEntryPage)
    page.start_button.setFocus()
    press(qtbot, Qt.Key.Key_M, ALT)  # Mulai mengetik
    qtbot.waitUntil(lambda: page.batch is not None)
    if focused() is None:  # offscreen, the window may lose the activation here
        activate(window)
    for n in range(5):
        qtbot.waitUntil(lambda: focused() is page.form)
        type_text(qtbot, "LP"[n % 2] + f"{30 + n}" + "43" + "4343434" + "43")
        qtbot.waitUntil(lambda n=n: SurveyResponse.select().count() == n + 1)
    assert page.forms_model.rowCount() == 5
    assert "5 formulir" in page.tally_label.text()

    # --- 7. the first request through its SOP: a step, the decision, a hand-over -------
    press(qtbot, Qt.Key.Key_1, ALT)  # back to Permohonan
    press(qtbot, Qt.Key.Key_F, CTRL)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, first.number)
    press(qtbot, Qt.Key.Key_Return)  # to the row
    assert tab.model.rowCount() == 1 and focused() is tab.view
    steps_done: list = []

    # Offscreen, a dialog run with exec() is not given the keyboard focus (on a desktop it
    # is), so from here keys go to the widget they are meant for: the same key events,
    # without relying on the platform's focus.
    def in_detail(dialog) -> None:
        page = dialog.findChild(RequestStepsPage)
        qtbot.keyClick(dialog.tabs, Qt.Key.Key_Tab, CTRL)
        qtbot.keyClick(dialog.tabs, Qt.Key.Key_Tab, CTRL)  # Ringkasan -> Riwayat -> Langkah SOP
        assert dialog.tabs.currentWidget().isAncestorOf(page) or dialog.tabs.currentWidget() is page
        assert page.selected_row().step.position == 1
        inner = [answer_modal(qtbot, StepDoneDialog, step_keys, steps_done),
                 answer_modal(qtbot, HandOverDialog, handover_keys, steps_done)]
        qtbot.keyClick(page.done_button, Qt.Key.Key_Space)  # step 1: a note, Enter
        assert page.selected_row().step.position == 2
        qtbot.keyClick(page.done_button, Qt.Key.Key_Space)  # step 2, the decision
        qtbot.keyClick(page.handover_button, Qt.Key.Key_Space)  # to a colleague
        for timer_ in inner:
            timer_.stop()
        assert "Siti Petugas" in page.summary.text() and "3 dari 5" not in page.summary.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    def step_keys(dialog) -> None:
        if dialog.row.step.kind == "decision":
            qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # no answer yet: nothing happens
            assert dialog.isVisible() and dialog.answer is None
            qtbot.keyClick(dialog.yes, Qt.Key.Key_Space)  # Ya
            assert dialog.answer == "ya"
        else:
            qtbot.keyClicks(dialog.note, "Berkas diterima lengkap")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    def handover_keys(dialog) -> None:
        for _ in range(dialog.user.count()):
            if dialog.user.currentText().startswith("Siti Petugas"):
                break
            qtbot.keyClick(dialog.user, Qt.Key.Key_Down)
        qtbot.keyClicks(dialog.note, "Mohon dilanjutkan")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    from desk_app.ui.requests.detail import RequestDetailDialog

    opened: list = []
    timer = answer_modal(qtbot, RequestDetailDialog, in_detail, opened)
    press(qtbot, Qt.Key.Key_Return)  # Enter on the row opens the request
    timer.stop()
    assert len(opened) == 1
    records = list(RequestStep.select().where(RequestStep.request == first.id).order_by(RequestStep.done_at))
    assert [r.note for r in records] == ["Berkas diterima lengkap", "Jawaban: Ya"]  # step 1, the decision
    assert [type(d).__name__ for d in steps_done] == ["StepDoneDialog", "StepDoneDialog", "HandOverDialog"]
    assert ServiceRequest.get_by_id(first.id).assigned_to.full_name == "Siti Petugas"
