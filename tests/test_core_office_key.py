"""The office key backup (a passphrase-protected file, a printable recovery code) and a
restore on a new PC, which asks for it when the backup's sealed identities need it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from complaint_helpers import AT, log

from desk_app.cli import main
from desk_app.models.complaints import identity as complaint_identity
from desk_app.models.complaints import sealing
from desk_app.models.complaints.tables import Complaint
from desk_app.models.core import db as dbmod
from desk_app.models.core import keybackup, keys
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.backup import backup_database
from desk_app.models.core.errors import PermissionDenied
from desk_app.models.core.schema import open_database

NAME = "Zulkarnain Rahasiawan"
PASS = "kata-sandi-kunci-2026"


def _secret(counter):
    return log(counter, protection="rahasia", complainant_name=NAME, contact="081234509876",
               address="Dusun Sembunyi", text=f"Saya {NAME} mengadu.")


def _new_pc(monkeypatch, tmp_path: Path, name: str = "pc-baru") -> Path:
    home = tmp_path / name
    monkeypatch.setenv("DESK_APP_HOME", str(home))
    return home


def _reveal(head, complaint_id):
    return complaint_identity.reveal_identity(head, complaint_id, "Klarifikasi", at=AT)


def test_key_file_round_trip_on_a_new_pc(counter, head, admin, tmp_path, monkeypatch):
    c = _secret(counter)
    path = tmp_path / "kunci-kantor.json"
    keybackup.export_key_file(admin, path, PASS)
    assert NAME not in path.read_text() and "kunci" not in json.loads(path.read_text())
    assert AuditEvent.select().where(AuditEvent.action == "export_office_key").count() == 1
    _new_pc(monkeypatch, tmp_path)
    with pytest.raises(sealing.SealedIdentityError, match="Kunci kantor tidak ada di PC ini"):
        _reveal(head, c.id)
    with pytest.raises(keybackup.KeyBackupError, match="Kata sandi salah"):
        keybackup.read_key_file(path, "kata-sandi-yang-salah")
    found = keybackup.read_key_file(path, PASS)
    assert keybackup.import_keys(admin, found) == [keys.active_key("Kw.18").fingerprint]
    assert _reveal(head, c.id).name == NAME


def test_only_admin_backs_up_and_passphrase_rules(head, admin, tmp_path):
    with pytest.raises(PermissionDenied):
        keybackup.export_key_file(head, tmp_path / "k.json", PASS)
    with pytest.raises(keybackup.KeyBackupError, match="paling sedikit"):
        keybackup.export_key_file(admin, tmp_path / "k.json", "pendek")
    with pytest.raises(keybackup.KeyBackupError, match="tidak sama"):
        keybackup.check_passphrase(PASS, PASS + "x")
    assert not (tmp_path / "k.json").exists()


def test_recovery_code_round_trip_and_a_typo_is_named(counter, head, admin, tmp_path, monkeypatch):
    c = _secret(counter)
    code = keybackup.recovery_code(admin)
    assert AuditEvent.select().where(AuditEvent.action == "show_recovery_code").count() == 1
    lines = code.splitlines()
    assert len(lines) >= 4 and all(len(g) <= 4 for g in lines[0].split("-"))
    named = []
    for at in (0, 3, 7):  # a line's check misses a typo once in 1024: the checksum then catches it
        typo = list(lines[2])
        typo[at] = "A" if typo[at] != "A" else "B"
        with pytest.raises(keybackup.KeyBackupError, match="salah ketik") as info:
            keybackup.parse_recovery_code("\n".join(lines[:2] + ["".join(typo)] + lines[3:]))
        named.append("baris 3" in info.value.message)
    assert any(named)
    with pytest.raises(keybackup.KeyBackupError, match="tidak lengkap"):
        keybackup.parse_recovery_code("\n".join(lines[:-1]))
    _new_pc(monkeypatch, tmp_path)
    # typed in lower case, without dashes, on one line: still read
    found = keybackup.parse_recovery_code(code.replace("-", "").replace("\n", " ").lower())
    keybackup.import_keys(admin, found)
    assert _reveal(head, c.id).address == "Dusun Sembunyi"


def test_import_refuses_another_offices_key_and_a_key_not_recorded_here(admin):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    def pair(office):
        return keys.KeyPair(office, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    with pytest.raises(keybackup.KeyBackupError, match="milik kantor Kk.18.09"):
        keybackup.import_keys(admin, keybackup.OfficeKeys("Kk.18.09", [pair("Kk.18.09")]))
    stranger = pair("Kw.18")
    with pytest.raises(keybackup.KeyBackupError, match="tidak cocok"):
        keybackup.import_keys(admin, keybackup.OfficeKeys("Kw.18", [stranger]))
    assert not keys.key_file(stranger.fingerprint).exists()


def test_cli_export_and_import_with_the_passphrase_from_the_environment(cli, db_url, counter, head, tmp_path,
                                                                        monkeypatch):
    c = _secret(counter)
    monkeypatch.setenv("KUNCI_PASS", PASS)
    path = tmp_path / "kunci.json"
    code, out, err = cli("office-key", "--export", str(path), "--passphrase-env", "KUNCI_PASS")
    assert code == 0 and "media terpisah" in out, err
    code, out, _err = cli("office-key", "--recovery-code")
    assert code == 0 and "brankas" in out
    _new_pc(monkeypatch, tmp_path)
    monkeypatch.setenv("KUNCI_PASS", "salah-sekali-123")
    code, _out, err = cli("office-key", "--import", str(path), "--passphrase-env", "KUNCI_PASS")
    assert code == 1 and "Kata sandi salah" in err
    monkeypatch.setenv("KUNCI_PASS", PASS)
    code, out, err = cli("office-key", "--import", str(path), "--passphrase-env", "KUNCI_PASS")
    assert code == 0 and "terpasang" in out, err
    open_database(db_url)
    assert _reveal(head, c.id).name == NAME


def _restore(capsys, target: str, backup: Path, *extra: str):
    if dbmod.database.obj is not None and not dbmod.database.obj.is_closed():
        dbmod.database.obj.close()
    code = main(["restore", "--db", target, str(backup), "--yes", *extra])
    out, err = capsys.readouterr()
    return code, out, err


def test_restore_on_a_new_pc_asks_for_the_office_key(db_url, backend, counter, admin, tmp_path, monkeypatch,
                                                     capsys):
    c = _secret(counter)
    key_path = tmp_path / "kunci.json"
    keybackup.export_key_file(admin, key_path, PASS)
    backup = backup_database(db_url, tmp_path / "cadangan")
    _new_pc(monkeypatch, tmp_path)
    target = str(tmp_path / "pc-baru.db") if backend == "sqlite" else db_url
    code, _out, err = _restore(capsys, target, backup)
    assert code == 1 and "tidak ada di PC ini" in err
    if backend == "sqlite":  # checked before anything is replaced
        assert "--key-file" in err and not Path(target).exists()
    else:  # a dump is read after it was restored: the key is asked for then
        assert "office-key --import" in err
    code, out, err = _restore(capsys, target, backup, "--without-key")
    assert code == 0 and "tetap terkunci" in out, err
    open_database(target)
    from desk_app.models.core.accounts import User

    kasi = User.get(User.username == "kasi")
    with pytest.raises(sealing.SealedIdentityError, match="Kunci kantor tidak ada di PC ini"):
        _reveal(kasi, c.id)
    monkeypatch.setenv("KUNCI_PASS", PASS)
    code, out, err = _restore(capsys, target, backup, "--key-file", str(key_path), "--passphrase-env", "KUNCI_PASS")
    assert code == 0 and "terpasang" in out and "tetap terkunci" not in out, err
    open_database(target)
    assert _reveal(User.get(User.username == "kasi"), c.id).name == NAME
    assert AuditEvent.select().where(AuditEvent.action == "import_office_key").count() == 1
    assert Complaint.get_by_id(c.id).complainant_name == ""


def test_restore_with_a_mistyped_recovery_code_is_refused(db_url, backend, counter, admin, tmp_path,
                                                          monkeypatch, capsys):
    if backend != "sqlite":
        pytest.skip("the check before restoring reads a SQLite backup file")
    _secret(counter)
    code_text = keybackup.recovery_code(admin)
    backup = backup_database(db_url, tmp_path / "cadangan")
    _new_pc(monkeypatch, tmp_path)
    target = tmp_path / "pc-baru.db"
    bad = code_text.replace(code_text[5], "7" if code_text[5] != "7" else "6", 1)
    code, _out, err = _restore(capsys, str(target), backup, "--recovery-code", bad)
    assert code == 1 and "salah ketik" in err and not target.exists()
    code, out, err = _restore(capsys, str(target), backup, "--recovery-code", code_text)
    assert code == 0 and "terpasang" in out, err
