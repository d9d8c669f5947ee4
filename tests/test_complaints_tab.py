"""The Pengaduan tab: log by keyboard, list with marks and paging, detail actions by role."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QPlainTextEdit

from desk_app.models.complaints import flow as cf
from desk_app.models.complaints.tables import Complaint, ComplaintEvent
from desk_app.models.core.office import Office
from desk_app.models.core.periods import period_containing
from desk_app.ui.complaints import actions as complaint_actions
from desk_app.ui.complaints import detail as complaint_detail
from desk_app.ui.complaints import form as complaint_form
from desk_app.ui.complaints.detail import ActionDialog, ComplaintDetailDialog
from desk_app.ui.complaints.tab import ComplaintsTab
from desk_app.ui.session import Session


@pytest.fixture
def no_boxes(monkeypatch):
    """Fail loudly instead of blocking on a message box."""
    def fail(_parent, exc, *a, **k):
        raise AssertionError(getattr(exc, "message", exc))
    for module in (complaint_detail, complaint_actions, complaint_form):
        monkeypatch.setattr(module, "show_error", fail)
    monkeypatch.setattr(complaint_form, "show_info", lambda *a, **k: None)


def _tab(qtbot, user, db_url):
    tab = ComplaintsTab(Session(user, Office.get(), db_url))
    qtbot.addWidget(tab)
    return tab


def test_log_by_keyboard_gives_number_and_hides_confidential_name(qtbot, counter, db_url, no_boxes):
    tab = _tab(qtbot, counter, db_url)
    tab.show()
    with qtbot.waitActive(tab):
        tab.activateWindow()
    form = tab.form
    form.kind.setFocus()
    qtbot.keyClick(form.kind, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # the "&Rahasia" mnemonic
    qtbot.waitUntil(lambda: form.current_protection() == "rahasia")  # buttons animate the click
    qtbot.keyClicks(form.name, "Lalu Sembunyi")
    qtbot.keyClicks(form.contact, "081234567111")
    qtbot.keyClicks(form.text, "Petugas meminta uang tambahan.")
    qtbot.keyClick(form.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    complaint = Complaint.get()
    assert complaint.protection == "rahasia" and complaint.complainant_name == ""  # stored sealed
    from desk_app.models.complaints import sealing

    sealed = sealing.open_identity(complaint.office, complaint.id, complaint.sealed_identity)
    assert sealed["name"] == "Lalu Sembunyi"
    assert complaint.number in form.last_label.text() and form.print_button.isEnabled()
    assert form.name.text() == "" and form.text.toPlainText() == ""  # ready for the next one
    assert tab.model.rowCount() == 1
    shown = [tab.model.index(0, c).data() for c in range(tab.model.columnCount())]
    assert "Dirahasiakan" in shown and "Lalu Sembunyi" not in shown


def test_anonymous_disables_identity_and_ticket_follows_channel(qtbot, counter, db_url):
    form = _tab(qtbot, counter, db_url).form
    form.name.setText("x")
    form.anonymous.setChecked(True)
    assert not form.name.isEnabled() and form.name.text() == "" and not form.contact.isEnabled()
    assert not form.ticket.isEnabled()
    form.channel.setCurrentIndex(form.channel.findData("SIMDUMAS"))
    assert form.ticket.isEnabled()


def test_list_pages_filters_and_marks(qtbot, qtmodeltester, counter, head, db_url):
    received = dt.date.today() - dt.timedelta(days=30)
    for i in range(7):
        cf.register_complaint(counter, "pengaduan", "telepon" if i % 2 else "surat", received, "bernama",
                              f"Pelapor {i}", "", "", "pelayanan", "Isi")
    tab = _tab(qtbot, head, db_url)
    tab.model.page_size = 3
    tab.apply_filter()
    assert tab.model.rowCount() == 3 and tab.model.canFetchMore()
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    assert tab.model.rowCount() == 7
    qtmodeltester.check(tab.model)
    # Received a month ago: verification was due three working days later.
    assert all("LEWAT BATAS" in tab.model.index(r, 8).data() for r in range(7))
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    tab.channel.setCurrentIndex(tab.channel.findData("telepon"))
    assert tab.model.rowCount() == 3
    tab.period.set_period("2001")  # the picker's change applies the filter
    assert tab.model.rowCount() == 0
    tab.period.set_period(period_containing(received, "month"))
    assert tab.model.rowCount() == 3
    tab.period.set_period(None)  # every period again
    assert tab.model.rowCount() == 3 and "Enter membuka" in tab.status.text()


def _auto_exec(monkeypatch):
    """Let action dialogs fill their empty inputs and press Simpan instead of blocking."""
    def run(self):
        for widget in self.fields.values():
            if isinstance(widget, QPlainTextEdit) and not widget.toPlainText():
                widget.setPlainText("Diisi oleh uji")
            if isinstance(widget, QComboBox) and widget.isEditable() and not widget.currentText():
                widget.setCurrentIndex(0)
        self._accept()
        return QDialog.DialogCode.Accepted if self.result() else QDialog.DialogCode.Rejected
    monkeypatch.setattr(ActionDialog, "exec", run)


def test_head_works_a_complaint_to_the_end_in_the_detail_view(qtbot, monkeypatch, counter, head, db_url, no_boxes):
    c = cf.register_complaint(counter, "pengaduan", "surat", dt.date.today(), "rahasia",
                              "Nama Rahasia", "0812", "", "pelayanan", "Isi asli")
    counter_view = ComplaintDetailDialog(Session(counter, Office.get(), db_url), c.id)
    qtbot.addWidget(counter_view)
    assert counter_view.action_buttons["reveal"].isHidden()
    assert not counter_view.action_buttons["verify"].isHidden()
    dialog = ComplaintDetailDialog(Session(head, Office.get(), db_url), c.id)
    qtbot.addWidget(dialog)
    _auto_exec(monkeypatch)
    for action in ("verify", "dispose", "follow_up", "reply", "close"):
        assert not dialog.action_buttons[action].isHidden(), action
        dialog.action_buttons[action].click()
    assert Complaint.get_by_id(c.id).stage == "selesai"
    assert Complaint.get_by_id(c.id).text == "Isi asli"
    assert dialog.original.isReadOnly()
    assert dialog.timeline.model().rowCount() == 6
    monkeypatch.setattr(complaint_detail, "ask_text", lambda *a, **k: None)
    dialog.action_buttons["reveal"].click()  # cancelled: nothing revealed, nothing logged
    assert ComplaintEvent.select().where(ComplaintEvent.kind == "reveal").count() == 0
    monkeypatch.setattr(complaint_detail, "ask_text", lambda *a, **k: "Klarifikasi ke pelapor")
    dialog.action_buttons["reveal"].click()
    assert ComplaintEvent.select().where(ComplaintEvent.kind == "reveal").count() == 1
    assert dialog.identity.name == "Nama Rahasia"
    assert not dialog.action_buttons["reveal"].isEnabled()


def test_admin_sees_the_list_but_logs_nothing(qtbot, admin, db_url):
    tab = _tab(qtbot, admin, db_url)
    assert tab.form.parent().isHidden() and tab.focusProxy() is tab.search


def test_receipt_saved_as_pdf_from_the_form(qtbot, monkeypatch, counter, db_url, tmp_path, no_boxes):
    from pypdf import PdfReader

    form = _tab(qtbot, counter, db_url).form
    form.name.setText("Baiq Uji")
    form.text.setPlainText("Loket tutup pukul 11.")
    form.save()
    target = tmp_path / "slip"
    monkeypatch.setattr("desk_app.ui.save_file.ask_user", lambda dialog: (str(target), "PDF (*.pdf)"))
    form.save_last_pdf()
    text = PdfReader(str(target) + ".pdf").pages[0].extract_text()
    assert form.last_number in text and "TANDA TERIMA PENGADUAN" in text


def test_reply_letter_from_detail_names_confidential_complainant_only_after_reveal(
        qtbot, monkeypatch, counter, head, db_url, tmp_path, no_boxes):
    from complaint_helpers import SECRET_NAME, replied
    from pypdf import PdfReader
    from PySide6.QtWidgets import QMessageBox

    c = replied(counter, head, protection="rahasia", complainant_name=SECRET_NAME)
    dialog = ComplaintDetailDialog(Session(head, Office.get(), db_url), c.id)
    qtbot.addWidget(dialog)
    written = []

    def capture(write, _title, _name):
        path = tmp_path / f"letter{len(written)}.pdf"
        write(str(path))
        written.append(" ".join(PdfReader(str(path)).pages[0].extract_text().split()))

    monkeypatch.setattr(dialog, "_print_or_save", capture)
    dialog.action_buttons["print_reply"].click()
    assert c.reply_number in written[0] and SECRET_NAME not in written[0]
    monkeypatch.setattr(complaint_detail, "ask_text", lambda *a, **k: "Surat ke alamat pelapor")
    dialog.action_buttons["reveal"].click()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.action_buttons["print_reply"].click()
    assert f"Yth. Sdr./Sdri. {SECRET_NAME}" in written[1]
