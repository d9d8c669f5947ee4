"""Automatic backups: one on the first start of each day and one on exit, verified,
keeping only the newest N."""

import sqlite3

import pytest

from desk_app.models.core.accounts import User
from desk_app.models.core.backup import automatic_backup, list_backups


@pytest.fixture
def sqlite_url(db, db_url, backend):
    if backend != "sqlite":
        pytest.skip("file backups are exercised on SQLite; PostgreSQL uses pg_dump")
    return db_url


def test_daily_backup_once_a_day_and_on_exit(sqlite_url, tmp_path):
    folder = tmp_path / "auto"
    first = automatic_backup(sqlite_url, keep=5, to_dir=folder)
    assert first is not None and "otomatis-harian" in first.name
    assert automatic_backup(sqlite_url, keep=5, to_dir=folder) is None  # same day: no second
    on_exit = automatic_backup(sqlite_url, keep=5, reason="keluar", to_dir=folder)
    assert on_exit is not None
    con = sqlite3.connect(first)
    assert con.execute("SELECT count(*) FROM user").fetchone()[0] == User.select().count()
    con.close()


def test_only_the_newest_n_automatic_backups_are_kept(sqlite_url, tmp_path):
    folder = tmp_path / "auto"
    made = [automatic_backup(sqlite_url, keep=3, reason="keluar", to_dir=folder) for _ in range(5)]
    kept = list_backups(folder)
    assert len(kept) == 3
    assert set(kept) == set(made[-3:])


def test_disk_full_during_backup_gives_a_clear_message_and_keeps_the_original(sqlite_url, tmp_path, cli):
    import os
    import subprocess

    from desk_app.models.core.backup import backup_database
    from desk_app.models.core.errors import DatabaseError

    small = tmp_path / "kecil"
    small.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(small)],
                                           capture_output=True).returncode != 0:
        pytest.skip("needs root to mount a tiny tmpfs")
    try:
        with pytest.raises(DatabaseError, match="Disk penuh"):
            backup_database(sqlite_url, small)
        assert list(small.iterdir()) == []  # no half-written backup left behind
        code, out, _ = cli("check")
        assert code == 0, out
    finally:
        subprocess.run(["umount", str(small)], check=False)


def test_the_window_takes_the_daily_backup_off_the_gui_thread(sqlite_url, qtbot):
    from desk_app.app import automatic_backup_job
    from desk_app.ui.tasks import TaskRunner

    before = set(list_backups())
    runner, done = TaskRunner(), []
    runner.run(None, automatic_backup_job(sqlite_url, "harian"), on_done=done.append, quiet=True)
    qtbot.waitUntil(lambda: bool(done), timeout=60000)
    made = set(list_backups()) - before
    assert len(made) == 1 and "otomatis-harian" in next(iter(made)).name
    assert done == [next(iter(made))]
