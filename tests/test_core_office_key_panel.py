"""Admin, "Cadangan kunci kantor": save the key file, show the recovery code; and the
GUI restore that asks for the office key on a new PC."""

from __future__ import annotations

from pathlib import Path

import pytest
from complaint_helpers import AT, log

from desk_app.models.complaints import identity as complaint_identity
from desk_app.models.complaints import sealing
from desk_app.models.core import keybackup, keys
from desk_app.models.core.accounts import User
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.backup import backup_database
from desk_app.models.core.office import home_office
from desk_app.models.core.schema import open_database
from desk_app.ui.admin import backups_panel, office_key_panel
from desk_app.ui.admin.backups_panel import BackupsPanel
from desk_app.ui.admin.office_key_panel import KeyInputDialog, OfficeKeyPanel, RecoveryCodeDialog
from desk_app.ui.admin.tab import AdminTab
from desk_app.ui.session import Session

PASS = "kata-sandi-kunci-2026"
NAME = "Zulkarnain Rahasiawan"


def _session(user, db_url):
    return Session(user=user, office=home_office(), db_url=db_url)


def _secret(counter):
    return log(counter, protection="rahasia", complainant_name=NAME, contact="081234509876",
               address="Dusun Sembunyi", text="Tolong ditindaklanjuti.")


@pytest.fixture
def quiet(monkeypatch):
    shown = {"info": [], "error": []}
    for module in (office_key_panel, backups_panel):
        monkeypatch.setattr(module, "show_info", lambda _p, text, *a, **k: shown["info"].append(text))
        monkeypatch.setattr(module, "show_error", lambda _p, exc, *a, **k: shown["error"].append(str(exc)))
        monkeypatch.setattr(module, "confirm", lambda *a, **k: True)
    return shown


def test_only_the_admin_has_the_key_backup_section(qtbot, db_url, admin, head):
    tab = AdminTab(_session(admin, db_url))
    qtbot.addWidget(tab)
    assert "Cadangan kunci kantor" in tab.sections
    tab = AdminTab(_session(head, db_url))
    qtbot.addWidget(tab)
    assert "Cadangan kunci kantor" not in tab.sections


def test_save_key_file_and_show_the_recovery_code(qtbot, db_url, admin, tmp_path, monkeypatch, quiet):
    panel = OfficeKeyPanel(_session(admin, db_url))
    qtbot.addWidget(panel)
    assert "ada di PC ini" in panel.status.text()
    target = tmp_path / "kunci.lpkey"
    monkeypatch.setattr(panel, "ask_passphrase", lambda: PASS)
    monkeypatch.setattr(panel, "ask_save_path", lambda: str(target))
    panel.save_button.click()
    assert quiet["error"] == [] and "tersimpan" in quiet["info"][-1]
    assert keybackup.read_key_file(target, PASS).office == "Kw.18"
    codes = []
    monkeypatch.setattr(RecoveryCodeDialog, "exec", lambda self: codes.append(self.code) or 0)
    panel.code_button.click()
    assert keybackup.parse_recovery_code(codes[0]).fingerprints == [keys.active_key("Kw.18").fingerprint]
    actions = [e.action for e in AuditEvent.select().where(AuditEvent.entity == "OfficeKey")]
    assert "export_office_key" in actions and "show_recovery_code" in actions
    assert all(e.actor == "admin" for e in AuditEvent.select().where(AuditEvent.action == "show_recovery_code"))


def test_key_input_dialog_reads_a_code_and_refuses_a_typo(qtbot, db, admin, quiet):
    code = keybackup.recovery_code(admin)
    dialog = KeyInputDialog(None, "Pasang kunci")
    qtbot.addWidget(dialog)
    dialog.use_code.setChecked(True)
    dialog.code.setPlainText(code.replace(code[0], "7" if code[0] != "7" else "6", 1))
    dialog.accept()
    assert dialog.result_keys is None and "salah ketik" in quiet["error"][-1]
    dialog.code.setPlainText(code)
    dialog.accept()
    assert dialog.result_keys.office == "Kw.18"


def test_gui_restore_on_a_new_pc_asks_for_the_key(qtbot, db_url, backend, admin, counter, tmp_path, monkeypatch,
                                                  quiet):
    if backend == "postgres":
        pytest.skip("a server dump is checked after it is restored: that path is tested through the CLI")
    c = _secret(counter)
    key_file = tmp_path / "kunci.lpkey"
    keybackup.export_key_file(admin, key_file, PASS)
    backup = backup_database(db_url, tmp_path / "cadangan")
    monkeypatch.setenv("DESK_APP_HOME", str(tmp_path / "pc-baru"))
    target = str(tmp_path / "pc-baru.db")
    shutil_copy(db_url, target)
    open_database(target)
    panel = BackupsPanel(_session(User.get(User.username == "admin"), target))
    qtbot.addWidget(panel)
    monkeypatch.setattr(panel, "selected", lambda: Path(backup))
    monkeypatch.setattr(backups_panel.QApplication, "quit", lambda: None)
    asked = []
    monkeypatch.setattr(panel, "ask_office_key", lambda message, allow_without: asked.append((message, allow_without)))
    panel.restore_selected()  # asked, then cancelled: nothing restored
    assert asked and "tidak ada di PC ini" in asked[0][0] and asked[0][1] is True
    assert quiet["info"] == []
    found = keybackup.read_key_file(key_file, PASS)
    monkeypatch.setattr(panel, "ask_office_key", lambda message, allow_without: found)
    panel.restore_selected()
    assert "dipulihkan" in quiet["info"][-1] and "terkunci" not in quiet["info"][-1], quiet
    open_database(target)
    kasi = User.get(User.username == "kasi")
    assert complaint_identity.reveal_identity(kasi, c.id, "Klarifikasi", at=AT).name == NAME
    assert AuditEvent.select().where(AuditEvent.action == "import_office_key").count() == 1


def test_gui_restore_without_the_key_says_the_identities_stay_locked(qtbot, db_url, backend, admin, counter,
                                                                     tmp_path, monkeypatch, quiet):
    if backend == "postgres":
        pytest.skip("a server dump is checked after it is restored: that path is tested through the CLI")
    c = _secret(counter)
    backup = backup_database(db_url, tmp_path / "cadangan")
    monkeypatch.setenv("DESK_APP_HOME", str(tmp_path / "pc-baru"))
    target = str(tmp_path / "pc-baru.db")
    shutil_copy(db_url, target)
    open_database(target)
    panel = BackupsPanel(_session(User.get(User.username == "admin"), target))
    qtbot.addWidget(panel)
    monkeypatch.setattr(panel, "selected", lambda: Path(backup))
    monkeypatch.setattr(backups_panel.QApplication, "quit", lambda: None)
    monkeypatch.setattr(panel, "ask_office_key", lambda message, allow_without: backups_panel.WITHOUT_KEY)
    panel.restore_selected()
    assert "tetap terkunci" in quiet["info"][-1]
    open_database(target)
    with pytest.raises(sealing.SealedIdentityError, match="Kunci kantor tidak ada di PC ini"):
        complaint_identity.reveal_identity(User.get(User.username == "kasi"), c.id, "Klarifikasi", at=AT)


def shutil_copy(db_url: str, target: str) -> None:
    """The database of the old PC copied to the new one (the live file: a stand-in)."""
    from desk_app.models.core import db as dbmod

    dbmod.database.obj.close()
    dbmod.backup_sqlite(Path(db_url), Path(target))
