"""The Admin sections "Pendaftaran kantor" and "Kiriman data (bundel)": enrol, export,
preview, confirm, import."""

from __future__ import annotations

import pytest
from bundle_helpers import enrol, make_district, switch
from PySide6.QtWidgets import QDialog

from desk_app.models.core import keys
from desk_app.models.core.accounts import User
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.office import Office
from desk_app.models.offices.bundles import export_bundle
from desk_app.models.offices.trust import trusted, write_card
from desk_app.models.requests.tables import ServiceRequest
from desk_app.ui.admin import bundles_panel, enrolment_panel
from desk_app.ui.admin.bundles_panel import BundlePreviewDialog, BundlesPanel
from desk_app.ui.admin.enrolment_panel import EnrolmentPanel, TrustCardDialog
from desk_app.ui.session import Session


def _capture(monkeypatch, module) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(module, "show_info", lambda parent, text, title=None: messages.append(text))
    monkeypatch.setattr(module, "show_error", lambda parent, exc, title=None: messages.append(f"ERROR {exc}"))
    return messages


@pytest.fixture
def panel(db_url, tmp_path, qtbot, monkeypatch):
    district = make_district(tmp_path / "kk.db", "Kk.18.01")
    enrol(district, db_url, tmp_path)
    switch(district)
    export_bundle(None, tmp_path / "kk.zip")
    switch(db_url)
    admin = User.get(User.username == "admin")
    messages = _capture(monkeypatch, bundles_panel)
    widget = BundlesPanel(Session(admin, Office.get_by_id("Kw.18"), db_url))
    qtbot.addWidget(widget)
    widget.messages = messages
    return widget


def test_export_from_the_panel(panel, qtbot, tmp_path):
    assert panel.everything.isChecked() and not panel.since_last.isEnabled()
    assert panel.recipient.currentData() == "Kk.18.01"
    target = tmp_path / "kw18.zip"
    panel.export_to(target)
    qtbot.waitUntil(lambda: bool(panel.messages), timeout=10000)
    assert target.exists() and "Bundel tersimpan" in panel.messages[0] and "Kk.18.01" in panel.messages[0]
    assert panel.since_last.isEnabled() and panel.since_last.isChecked()
    assert "Kiriman terakhir" in panel.last_label.text()


def test_import_with_preview_and_confirmation(panel, qtbot, tmp_path, monkeypatch):
    shown: list[BundlePreviewDialog] = []

    def answer(result):
        def exec_(dialog):
            shown.append(dialog)
            return result
        return exec_

    monkeypatch.setattr(BundlePreviewDialog, "exec", answer(QDialog.DialogCode.Rejected))
    panel.open_bundle(tmp_path / "kk.zip")
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    dialog = shown[0]
    labels = {dialog.counts.data(dialog.counts.index(r, 0)): dialog.counts.data(dialog.counts.index(r, 1))
              for r in range(dialog.counts.rowCount())}
    assert labels["Permohonan"] == "2"
    dialog.grab().save(str(tmp_path / "preview.png"))
    qtbot.wait(200)
    assert ServiceRequest.select().count() == 0  # cancelled: nothing imported

    monkeypatch.setattr(BundlePreviewDialog, "exec", answer(QDialog.DialogCode.Accepted))
    panel.open_bundle(tmp_path / "kk.zip")
    qtbot.waitUntil(lambda: bool(panel.messages), timeout=10000)
    assert "diimpor" in panel.messages[-1]
    assert ServiceRequest.select().where(ServiceRequest.office == "Kk.18.01").count() == 2
    assert AuditEvent.select().where(AuditEvent.action == "import_bundle").count() == 1

    panel.open_bundle(tmp_path / "kk.zip")
    qtbot.waitUntil(lambda: len(shown) == 3, timeout=10000)
    assert shown[-1].preview.already_imported


def test_refused_bundle_shows_the_message(panel, qtbot, tmp_path):
    broken = tmp_path / "rusak.zip"
    broken.write_bytes((tmp_path / "kk.zip").read_bytes()[:200])
    panel.open_bundle(broken)
    qtbot.waitUntil(lambda: bool(panel.messages), timeout=10000)
    assert panel.messages[0].startswith("ERROR") and "terpotong" in panel.messages[0]


def test_enrolment_panel_shows_the_fingerprint_large_and_trusts_after_confirmation(
        db_url, tmp_path, qtbot, monkeypatch):
    make_district(tmp_path / "kk.db", "Kk.18.01")
    card = write_card(tmp_path / "kk.json")
    switch(db_url)
    admin = User.get(User.username == "admin")
    messages = _capture(monkeypatch, enrolment_panel)
    widget = EnrolmentPanel(Session(admin, Office.get_by_id("Kw.18"), db_url))
    qtbot.addWidget(widget)
    own = keys.short_fingerprint(keys.active_key("Kw.18").fingerprint)
    assert widget.own_fingerprint.text() == own and widget.own_fingerprint.font().pointSize() >= 20

    dialogs: list[TrustCardDialog] = []

    def decline(dialog):
        dialogs.append(dialog)
        assert dialog.fingerprint.text() == card.short and not dialog.ok_button.isEnabled()
        dialog.checked.setChecked(True)
        assert dialog.ok_button.isEnabled()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(TrustCardDialog, "exec", decline)
    widget.trust_file(tmp_path / "kk.json")
    assert dialogs and trusted("Kk.18.01") is None
    monkeypatch.setattr(TrustCardDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    widget.trust_file(tmp_path / "kk.json")
    assert trusted("Kk.18.01").fingerprint == card.fingerprint
    assert widget.model.rowCount() == 1 and widget.model.data(widget.model.index(0, 2)) == card.short
    assert "terdaftar" in messages[-1]

    widget.save_card(tmp_path / "kw.json")
    assert own in messages[-1] and (tmp_path / "kw.json").exists()

    widget.view.selectRow(0)
    monkeypatch.setattr(enrolment_panel, "ask_text", lambda *a, **k: "kunci bocor")
    widget.revoke_selected()
    assert trusted("Kk.18.01") is None and widget.model.rowCount() == 0
    assert AuditEvent.select().where(AuditEvent.action == "revoke_trust").count() == 1

    monkeypatch.setattr(enrolment_panel, "confirm", lambda *a, **k: True)
    widget.replace_keys()
    assert widget.own_fingerprint.text() != own
    assert keys.short_fingerprint(keys.active_key("Kw.18").fingerprint) != own
