"""The Permohonan tab: paged list model, keyboard-only registration, detail dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from desk_app.models.catalogue.tables import Service
from desk_app.models.core.office import Office
from desk_app.models.requests import registration as request_registration
from desk_app.models.requests.search import RequestFilter
from desk_app.models.requests.tables import RequestEvent, ServiceRequest
from desk_app.ui.requests import detail as request_detail
from desk_app.ui.requests.list_model import RequestListModel
from desk_app.ui.session import Session
from desk_app.ui.table_model import ROW_ROLE

NIK = "5271014506900001"
PERSON = {"name": "Baiq Siti Aminah", "nik": NIK, "phone": "081237451234",
          "address": "Jl. Pejanggik 10, Mataram", "institution": "Masjid Nurul Huda"}


def _register(user, office, code="BIMAS-03", at=None, person=PERSON):
    svc = Service.get((Service.office == office) & (Service.code == code))
    docs = [{"name": r, "received": True} for r in svc.standards.first().requirements]
    return request_registration.register_request(user, svc.id, person, docs, at=at)


@pytest.fixture
def session(db, office, counter):
    return Session(user=counter, office=Office.get_by_id(office), db_url="")


def test_list_model_pages_and_passes_modeltester(session, office, counter, qtmodeltester):
    for i in range(7):
        _register(counter, office, at=dt.datetime(2026, 11, 2, 1) + dt.timedelta(days=i))
    model = RequestListModel(RequestFilter(office=office), page_size=3,
                             today=dt.date(2026, 11, 9))
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 3 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 7
    numbers = [model.data(model.index(r, 0)) for r in range(7)]
    assert numbers == [f"PLY-2026-{n:05d}" for n in range(7, 0, -1)]
    oldest = model.index(6, 9)  # 2 Nov + 7 working days = 11 Nov: not late on 9 Nov
    assert model.data(oldest) == ""
    late_model = RequestListModel(RequestFilter(office=office), today=dt.date(2026, 11, 12))
    late_model.fetchMore(QModelIndex())
    assert "TERLAMBAT" in late_model.data(late_model.index(6, 9))
    assert late_model.data(late_model.index(6, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert late_model.data(late_model.index(5, 9)) == "Jatuh tempo hari ini"
    late_model.set_filter(RequestFilter(office=office, text="kiblat-none", overdue=True))
    assert late_model.rowCount() == 0
    qtmodeltester.check(late_model)


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, counter=None):
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)
    if counter is not None:
        counter.append(key)


def test_register_returning_applicant_with_keyboard_only(session, office, counter, qtbot,
                                                        monkeypatch):
    from desk_app.ui.requests.tab import RequestsTab

    _register(counter, office, code="BIMAS-06", at=dt.datetime(2026, 10, 1, 2))
    printed = []
    monkeypatch.setattr("desk_app.ui.pdf_print.print_pdf",
                        lambda parent, path, title="": printed.append(path) or True)
    tab = RequestsTab(session)
    qtbot.addWidget(tab)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    tab.setFocus()
    keys: list = []  # keystrokes beyond typing the service words and the NIK
    assert QApplication.focusWidget() is tab.form.service_edit
    qtbot.keyClicks(tab.form.service_edit, "kiblat")
    _press(qtbot, Qt.Key.Key_Return, counter=keys)  # the only matching service
    assert tab.form.service.code == "BIMAS-03"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.form.checks[0])
    _press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier, counter=keys)  # all documents
    assert all(box.isChecked() for box in tab.form.checks)
    assert QApplication.focusWidget() is tab.form.nik_edit
    qtbot.keyClicks(tab.form.nik_edit, NIK)
    assert tab.form.name_edit.text() == "Baiq Siti Aminah"  # returning applicant
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier, counter=keys)  # save
    saved = ServiceRequest.get(ServiceRequest.serial == 2)
    assert saved.service.code == "BIMAS-03" and saved.complete
    assert saved.applicant_address == PERSON["address"] and saved.registered_by == counter
    assert tab.model.data(tab.model.index(0, 0)) == saved.number
    assert saved.number in tab.form.last_label.text()
    assert QApplication.focusWidget() is tab.form.service_edit  # ready for the next one
    assert len(keys) == 3
    _press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # print the receipt
    assert len(printed) == 1
    assert RequestEvent.get(RequestEvent.request == saved.id, RequestEvent.kind == "receipt_print")


def test_incomplete_registration_choice(session, office, counter, qtbot, monkeypatch):
    from desk_app.ui.requests.form import DECLINE, REGISTER, RegistrationForm

    form = RegistrationForm(session)
    qtbot.addWidget(form)
    answers = [REGISTER, DECLINE]
    monkeypatch.setattr(form, "ask_incomplete", lambda missing: answers.pop(0))
    for _ in range(2):
        form.service_edit.setText("BIMAS-01")
        form._service_entered()
        form.checks[0].setChecked(True)
        form.nik_edit.setText(NIK)
        form.name_edit.setText("Baiq Siti Aminah")
        form.phone_edit.setText("0812 3745 1234")
        form.save()
    first, second = ServiceRequest.select().order_by(ServiceRequest.serial)
    assert (first.status, first.complete) == ("terdaftar", False)
    assert (second.status, second.status_note) == ("ditolak", "Berkas tidak lengkap")


def test_bad_nik_is_shown_and_focused(session, qtbot, monkeypatch):
    from desk_app.ui.requests.form import RegistrationForm

    shown = []
    monkeypatch.setattr("desk_app.ui.requests.form.show_error", lambda parent, exc: shown.append(exc))
    form = RegistrationForm(session)
    qtbot.addWidget(form)
    form.show()
    form.service_edit.setText("kiblat")
    form._service_entered()
    form.check_all()
    form.nik_edit.setText("5271")
    form.name_edit.setText("Baiq")
    form.save()
    assert "16 digit" in shown[0].message
    assert ServiceRequest.select().count() == 0


def test_detail_dialog_advances_and_hands_over(session, office, counter, qtbot, monkeypatch):
    req = _register(counter, office)
    extra = []
    monkeypatch.setattr(request_detail, "EXTRA_PAGES", [
        lambda s, rid, parent: extra.append(rid) or ("Langkah SOP", request_detail.QLabel("sop"))])
    dialog = request_detail.RequestDetailDialog(session, req.id)
    qtbot.addWidget(dialog)
    assert extra == [req.id] and dialog.tabs.tabText(2) == "Langkah SOP"
    assert not dialog.actions["dibatalkan"].isVisible()  # counter may not void
    assert not dialog.actions["selesai"].isEnabled()
    changed = []
    dialog.changed.connect(changed.append)
    dialog.actions["diproses"].click()
    dialog.actions["selesai"].click()
    monkeypatch.setattr(request_detail, "ask_text", lambda *a, **k: "Lalu Ahmad")
    dialog.actions["diserahkan"].click()
    req = ServiceRequest.get_by_id(req.id)
    assert (req.status, req.delivered_to) == ("diserahkan", "Lalu Ahmad")
    assert len(changed) == 3
    assert dialog.history_view.model().rowCount() == 4
    assert dialog.labels["delivered"].text().startswith("Lalu Ahmad")


def test_list_opens_detail_with_enter(session, office, counter, qtbot, monkeypatch):
    from desk_app.ui.requests.tab import RequestsTab

    req = _register(counter, office)
    opened = []
    monkeypatch.setattr(request_detail.RequestDetailDialog, "exec",
                        lambda self: opened.append(self.request_id))
    tab = RequestsTab(session)
    qtbot.addWidget(tab)
    qtbot.keyClicks(tab.search, NIK)
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)  # search, keyboard to the first row
    assert tab.model.rowCount() == 1 and tab.model.data(tab.model.index(0, 0), ROW_ROLE).id == req.id
    assert tab.view.currentIndex().row() == 0
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert opened == [req.id]
