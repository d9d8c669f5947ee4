"""Backup then restore gives back the same records; bad files are refused."""

import shutil

import pytest

from desk_app.models.core import settings
from desk_app.models.core.accounts import User
from desk_app.models.core.backup import backup_database, list_backups, verify_backup
from desk_app.models.core.errors import UserError
from desk_app.models.core.schema import open_database


def _user_rows():
    return sorted((u.username, u.full_name, u.role, u.active) for u in User.select())


def test_backup_then_restore_gives_the_same_records(db, db_url, cli, admin, office, tmp_path, backend):
    if backend == "postgres" and not shutil.which("pg_dump"):
        pytest.skip("pg_dump not installed")
    settings.set_many(admin, office, {"head_name": "Sebelum Cadangan"})
    before = _user_rows()
    code, out, err = cli("backup", "--to", str(tmp_path / "cadangan"))
    assert code == 0, err
    backup_file = next((tmp_path / "cadangan").iterdir())
    assert "Cadangan tersimpan" in out
    # Change things after the backup ...
    open_database(db_url)
    settings.set_many(None, office, {"head_name": "Sesudah Cadangan"})
    User.update(full_name="Diubah").execute()
    # ... then restore.
    code, out, err = cli("restore", str(backup_file), "--yes")
    assert code == 0, err
    assert "dipulihkan" in out
    open_database(db_url)
    assert _user_rows() == before
    assert settings.get(office, "head_name") == "Sebelum Cadangan"
    code, out, _ = cli("check")
    assert code == 0, out


def test_restore_keeps_the_current_database_as_a_backup(db, db_url, cli, tmp_path, backend):
    if backend == "postgres":
        pytest.skip("SQLite file handling")
    made = backup_database(db_url, tmp_path / "cadangan")
    kept_before = set(list_backups())
    code, _, err = cli("restore", str(made), "--yes")
    assert code == 0, err
    kept = set(list_backups()) - kept_before
    assert any("sebelum-pulih" in p.name for p in kept)


def test_restore_without_yes_and_without_a_terminal_is_refused(db, cli, tmp_path, backend):
    if backend == "postgres":
        pytest.skip("SQLite file handling")
    code, _, err = cli("backup", "--to", str(tmp_path / "cadangan"))
    code, _, err = cli("restore", str(next((tmp_path / "cadangan").iterdir())))
    assert code == 1
    assert "--yes" in err


def test_a_broken_backup_is_refused_before_anything_changes(db, cli, tmp_path):
    bad = tmp_path / "loket-prima-rusak.db"
    bad.write_bytes(b"not a database" * 500)
    with pytest.raises(UserError):
        verify_backup(bad)
    code, _, err = cli("restore", str(bad), "--yes")
    assert code == 1
    assert "tidak dapat dipakai" in err
    code, _, err = cli("restore", str(tmp_path / "tidak-ada.db"), "--yes")
    assert code == 1 and "tidak ada" in err
