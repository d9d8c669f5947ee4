"""SOP widgets: the request's 'Langkah SOP' page, the SOP page and editor, Pekerjaan Saya."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog
from sop_helpers import publish, register, service, wita

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.core.office import Office
from desk_app.models.requests.tables import RequestStep, ServiceRequest
from desk_app.models.sop.tables import SopRevision
from desk_app.ui.requests import my_work_tab
from desk_app.ui.session import Session
from desk_app.ui.sop import editor as sop_editor
from desk_app.ui.sop import panel as sop_panel
from desk_app.ui.sop import steps as request_steps

MON = dt.date(2026, 3, 2)


def session_for(user, db_url="test"):
    return Session(user=user, office=Office.get_by_id(user.office), db_url=db_url)


@pytest.fixture
def errors(monkeypatch):
    shown = []
    for module in (request_steps, sop_editor, my_work_tab):
        monkeypatch.setattr(module, "show_error", lambda _p, exc, *a: shown.append(
            getattr(exc, "message", exc)))
    return shown


def accept_dialogs(monkeypatch, *classes, fill=None):
    def exec_(self):
        if fill:
            fill(self)
        return QDialog.DialogCode.Accepted
    for cls in classes:
        monkeypatch.setattr(cls, "exec", exec_)


def test_steps_page_marks_next_step_done_and_refuses_skip_without_reason(
        qtbot, qtmodeltester, monkeypatch, errors, office, admin, counter):
    svc = service(office)
    publish(admin, svc)
    request = register(counter, svc, wita(MON, 9))
    page = request_steps.RequestStepsPage(session_for(counter), request.id)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    assert page.selected_row().is_next and page.selected_row().step.position == 1
    accept_dialogs(monkeypatch, request_steps.StepDoneDialog,
                   fill=lambda d: d.note.setText("Berkas diterima"))
    with qtbot.waitSignal(page.changed, timeout=2000):
        page.mark_done()
    record = RequestStep.get(RequestStep.request == request.id)
    assert record.note == "Berkas diterima"
    assert ServiceRequest.get_by_id(request.id).status == "diproses"
    assert page.selected_row().step.position == 2
    monkeypatch.setattr(request_steps, "ask_text", lambda *a, **k: "   ")
    page.skip()
    assert errors and "Alasan" in errors[-1]
    assert RequestStep.select().where(RequestStep.request == request.id).count() == 1


def test_out_of_order_from_page_needs_reason(qtbot, monkeypatch, errors, office, admin, counter):
    svc = service(office)
    publish(admin, svc)
    request = register(counter, svc, wita(MON, 9))
    page = request_steps.RequestStepsPage(session_for(counter), request.id)
    qtbot.addWidget(page)
    page.view.selectRow(3)
    calls = []

    def exec_(self):
        calls.append(1)
        if len(calls) == 1:
            return QDialog.DialogCode.Accepted  # no reason: refused, dialog shown again
        if len(calls) == 2:
            self.reason.setText("Konsep didahulukan")
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected
    monkeypatch.setattr(request_steps.StepDoneDialog, "exec", exec_)
    page.mark_done()
    assert len(calls) == 2 and "belum gilirannya" in errors[0]
    record = RequestStep.get(RequestStep.request == request.id)
    assert record.deviation == "out_of_order" and record.deviation_reason == "Konsep didahulukan"


def test_editor_publishes_new_revision_and_keeps_old(qtbot, monkeypatch, errors, office, admin):
    svc = service(office)
    sop = catalogue.sop_for_service(svc)
    old = catalogue.sop_revision_in_force(svc)
    old_count = len(catalogue.revision_steps(old))
    panel = sop_panel.SopPanel(session_for(admin))
    qtbot.addWidget(panel)
    panel.set_service(svc)
    assert panel.edit_button.isVisibleTo(panel) and panel.model.rowCount() == old_count
    dialog = sop_editor.SopEditorDialog(session_for(admin), sop, old)
    qtbot.addWidget(dialog)
    dialog.view.selectRow(0)
    dialog.add_step()
    dialog.step_form.activity.setPlainText("Mencatat berkas di buku agenda")
    dialog.change_note.setText("Tambah langkah agenda")
    dialog.effective.set_date_value(dt.date(2026, 2, 1))
    monkeypatch.setattr(sop_editor, "confirm", lambda *a, **k: True)
    dialog.publish()
    assert not errors
    new = dialog.published
    steps = catalogue.revision_steps(new)
    assert len(steps) == old_count + 1 and steps[1].activity == "Mencatat berkas di buku agenda"
    # decision targets after the inserted step moved along with their steps
    first_decision = next(s for s in steps if s.kind == "decision")
    assert steps[first_decision.yes_target - 1].activity == catalogue.revision_steps(old)[
        first_decision.yes_target - 2].activity
    assert len(catalogue.revision_steps(SopRevision.get_by_id(old.id))) == old_count
    panel.set_service(svc, new.id)
    assert panel.revisions.count() == 2


def test_editor_refuses_a_step_without_activity(qtbot, monkeypatch, errors, office, admin):
    svc = service(office)
    sop = catalogue.sop_for_service(svc)
    dialog = sop_editor.SopEditorDialog(session_for(admin), sop, catalogue.sop_revision_in_force(svc))
    qtbot.addWidget(dialog)
    dialog.add_step()
    monkeypatch.setattr(sop_editor, "confirm", lambda *a, **k: True)
    dialog.publish()
    assert dialog.published is None and "kegiatan wajib diisi" in errors[0]


def test_my_work_tab_lists_steps_and_head_reassigns(qtbot, monkeypatch, errors, office, admin,
                                                    counter, counter2, head):
    from desk_app.models.sop import work as sop_work

    svc = service(office)
    publish(admin, svc)
    request = register(counter, svc, wita(MON, 9))
    sop_work.hand_over(counter, request.id, counter2.id, "Dinas luar", at=wita(MON, 9, 30))
    tab = my_work_tab.MyWorkTab(session_for(counter2))
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 0  # nothing is read until the tab is shown
    tab.show()
    assert tab.model.rowCount() == 1 and tab.model.rows[0].assigned_to_me
    assert not tab.reassign_button.isVisibleTo(tab)
    head_tab = my_work_tab.MyWorkTab(session_for(head))
    qtbot.addWidget(head_tab)
    assert head_tab.reassign_button.isVisibleTo(head_tab)

    def fill(dialog):
        dialog.source.setCurrentIndex(dialog.source.findData(counter2.id))
        dialog.target.setCurrentIndex(dialog.target.findData(counter.id))
        dialog.note.setText("Siti cuti")
    accept_dialogs(monkeypatch, my_work_tab.ReassignDialog, fill=fill)
    monkeypatch.setattr(my_work_tab, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(my_work_tab, "show_info", lambda *a, **k: None)
    head_tab.reassign_all()
    assert not errors
    assert ServiceRequest.get_by_id(request.id).assigned_to_id == counter.id
    tab.reload()
    assert tab.model.rowCount() == 0
