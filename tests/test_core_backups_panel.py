"""The Admin tab lists the backups and makes one on request."""

from desk_app.models.core import backup
from desk_app.models.core.office import home_office
from desk_app.ui.admin.backups_panel import BackupsPanel
from desk_app.ui.session import Session


def test_backup_now_adds_a_verified_backup_to_the_list(qtbot, db, db_url, admin, backend, monkeypatch):
    if backend == "postgres":
        import shutil

        import pytest

        if not shutil.which("pg_dump"):
            pytest.skip("pg_dump not installed")
    monkeypatch.setattr("desk_app.ui.admin.backups_panel.show_info", lambda *a, **k: None)
    panel = BackupsPanel(Session(user=admin, office=home_office(), db_url=db_url))
    qtbot.addWidget(panel)
    before = panel.model.rowCount()
    panel.backup_now()
    qtbot.waitUntil(lambda: panel.model.rowCount() == before + 1, timeout=30000)
    newest = backup.list_backups()[0]
    backup.verify_backup(newest)
    assert panel.model.data(panel.model.index(0, 3)) == "manual"
