"""The kiosk window driven as an applicant would: keys 1–4 and clicks on the faces."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desk_app.models.catalogue.tables import Service
from desk_app.models.core.office import Office
from desk_app.models.requests import flow as request_flow
from desk_app.models.requests.registration import register_request
from desk_app.models.skm import kiosk as kiosk_domain
from desk_app.models.skm.tables import SurveyResponse
from desk_app.ui.requests import detail as request_detail
from desk_app.ui.session import Session
from desk_app.ui.skm import kiosk_app
from desk_app.ui.skm.kiosk import KioskWindow

PERSON = {"name": "Lalu Muhammad Zaini", "nik": "5271010101900001", "phone": "081237451234",
          "address": "Jl. Langko 5, Mataram"}


def _finished(counter, office):
    svc = Service.get((Service.office == office) & (Service.code == "BIMAS-03"))
    docs = [{"name": r, "received": True} for r in svc.standards.first().requirements]
    request = register_request(counter, svc.id, PERSON, docs)
    request_flow.change_status(counter, request.id, "diproses")
    return request_flow.change_status(counter, request.id, "selesai")


def test_applicant_answers_with_keys_and_clicks_and_the_kiosk_resets(qtbot, db, office, counter):
    request = _finished(counter, office)
    window = KioskWindow(office)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.waiting  # no ticket: nothing to answer
    qtbot.keyClick(window, Qt.Key.Key_4)
    assert SurveyResponse.select().count() == 0

    window.start(kiosk_domain.open_for_request(counter, request.id))
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.questions[0]
    qtbot.keyClick(window, Qt.Key.Key_2)  # U1
    qtbot.mouseClick(window.questions[1].buttons[2], Qt.MouseButton.LeftButton)  # U2 = 3
    qtbot.keyClick(window, Qt.Key.Key_Backspace)  # back to U2: the choice is shown
    assert window.questions[1].buttons[2].isChecked()
    for _ in range(8):  # U2 again, then U3..U9
        qtbot.keyClick(window, Qt.Key.Key_4)
    assert window.stack.currentWidget() is window.profile
    window.gender.setCurrentIndex(2)
    qtbot.keyClicks(window.comment, "Ruang tunggu nyaman")
    with qtbot.waitSignal(window.submitted, timeout=2000) as sent:
        qtbot.keyClick(window.comment, Qt.Key.Key_Return)
    form = SurveyResponse.get(SurveyResponse.serial == sent.args[0])
    assert (form.u1, form.u2, form.u9, form.gender, form.comment) == (
        2, 4, 4, "P", "Ruang tunggu nyaman")
    assert form.source == "kiosk" and window.stack.currentWidget() is window.thanks
    window.thanks_timer.timeout.emit()
    assert window.stack.currentWidget() is window.waiting and window.answers == {}


def test_an_idle_kiosk_drops_half_answers(qtbot, db, office, counter):
    request = _finished(counter, office)
    window = KioskWindow(office)
    qtbot.addWidget(window)
    window.start(kiosk_domain.open_for_request(counter, request.id))
    window.show_question(0)
    qtbot.keyClick(window, Qt.Key.Key_1)
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert window.idle.isActive()
    window.idle.timeout.emit()
    assert window.answers == {} and window.stack.currentWidget() is window.waiting
    assert SurveyResponse.select().count() == 0


def test_walk_in_kiosk_asks_the_service_and_cannot_be_closed_by_the_applicant(qtbot, db, office):
    services = [(s.id, s.name) for s in Service.select().where(Service.office == office).limit(4)]
    window = KioskWindow(office, walk_in=True, services=services, unlock=lambda parent: False)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.service_buttons[1], Qt.MouseButton.LeftButton)
    for _ in range(9):
        qtbot.keyClick(window, Qt.Key.Key_3)
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    form = SurveyResponse.get()
    assert form.service_id == services[1][0] and form.u5 == 3 and form.entered_by_id is None
    window.close()
    assert window.isVisible()  # refused without the officer's password
    window.closing = True
    window.close()
    assert not window.isVisible()


@pytest.fixture
def session(db, office, counter):
    return Session(user=counter, office=Office.get_by_id(office), db_url="")


def test_counter_opens_the_kiosk_with_f9_at_hand_over_once(qtbot, session, office, counter,
                                                            monkeypatch):
    shown = []
    monkeypatch.setattr(kiosk_app, "show_on_customer_screen", lambda w, full_screen=True: shown.append(w))
    request = _finished(counter, office)
    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = request_detail.RequestDetailDialog(session, request.id, owner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.kiosk_button.isEnabled()
    dialog.print_button.setFocus()
    qtbot.wait(50)
    qtbot.keyClick(dialog.print_button, Qt.Key.Key_F9)
    assert len(shown) == 1 and shown[0].ticket is not None
    assert shown[0].ticket.service_id == request.service_id
    assert kiosk_domain.already_surveyed(request.id) and not dialog.kiosk_button.isEnabled()
    assert "Disurvei" in " ".join(e.label for e in request_flow.timeline(request.id))
    qtbot.keyClick(dialog.print_button, Qt.Key.Key_F9)  # a second time does nothing
    assert len(shown) == 1
    shown[0].closing = True
    shown[0].close()
    assert dt.date.today() - shown[0].ticket.survey_date <= dt.timedelta(days=1)


def test_head_records_the_follow_up_plan_in_the_survey_tab(qtbot, db, office, head, counter,
                                                           monkeypatch):
    from desk_app.models.skm.entry import create_batch, save_form
    from desk_app.ui.skm.followup_page import FollowUpPage, PlanItemDialog

    svc = Service.get((Service.office == office) & (Service.code == "BIMAS-03"))
    batch = create_batch(counter, office, svc.id, dt.date(2026, 7, 1), dt.date(2026, 7, 31))
    save_form(counter, batch.id, "1", {**{f"U{i}": 4 for i in range(1, 10)}, "U6": 1})
    page = FollowUpPage(Session(user=head, office=Office.get_by_id(office), db_url=""))
    qtbot.addWidget(page)
    page.period.set_period("2026-S2")  # the picker's change reloads the plan
    assert page.proposed[0] == "U6" and "U6 Kompetensi pelaksana" in page.hint.text()

    def fill(dialog):
        assert dialog.element.currentData() == "U6"  # the weakest is offered first
        dialog.programme.setText("Pelatihan layanan prima")
        dialog.quarters["II"].setChecked(True)
        dialog.responsible.setText("Kepala Seksi")
        return PlanItemDialog.DialogCode.Accepted

    monkeypatch.setattr(PlanItemDialog, "exec", fill)
    page.add_item()
    assert page.model.rowCount() == 1
    assert page.model.index(0, 2).data() == "Pelatihan layanan prima"
    counter_page = FollowUpPage(Session(user=counter, office=Office.get_by_id(office), db_url=""))
    qtbot.addWidget(counter_page)
    assert counter_page.add_button.isHidden() and not counter_page.report_button.isHidden()
