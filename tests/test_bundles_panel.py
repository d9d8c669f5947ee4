"""The Admin section "Kiriman data (bundel)": export, preview, confirm, import."""

from __future__ import annotations

import pytest
from bundle_helpers import make_district, switch
from PySide6.QtWidgets import QDialog

from desk_app.models.core.accounts import User
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.office import Office
from desk_app.models.offices.bundles import export_bundle
from desk_app.models.requests.tables import ServiceRequest
from desk_app.ui.admin import bundles_panel
from desk_app.ui.admin.bundles_panel import BundlePreviewDialog, BundlesPanel
from desk_app.ui.session import Session


@pytest.fixture
def panel(db_url, tmp_path, qtbot, monkeypatch):
    make_district(tmp_path / "kk.db", "Kk.18.01")
    export_bundle(None, tmp_path / "kk.zip")
    switch(db_url)
    admin = User.get(User.username == "admin")
    messages: list[str] = []
    monkeypatch.setattr(bundles_panel, "show_info", lambda parent, text, title=None: messages.append(text))
    monkeypatch.setattr(bundles_panel, "show_error",
                        lambda parent, exc, title=None: messages.append(f"ERROR {exc}"))
    widget = BundlesPanel(Session(admin, Office.get_by_id("Kw.18"), db_url))
    qtbot.addWidget(widget)
    widget.messages = messages
    return widget


def test_export_from_the_panel(panel, qtbot, tmp_path):
    assert panel.everything.isChecked() and not panel.since_last.isEnabled()
    target = tmp_path / "kw18.zip"
    panel.export_to(target)
    qtbot.waitUntil(lambda: bool(panel.messages), timeout=10000)
    assert target.exists() and "Bundel tersimpan" in panel.messages[0]
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
