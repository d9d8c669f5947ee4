"""The live SQLite file is opened by the data layer only (issue 18, silent loss on Linux).

Any other descriptor of the database file, closed in this process, drops every POSIX
lock SQLite holds; a second process then checkpoints and deletes the WAL, and this
process keeps writing into a file nobody else reads. The save dialog must not open the
file (driven here for real, in the folder holding the live database), and if the locks
are lost anyway the app notices before its next write and refuses it.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from desk_app.models.core import db as dbmod
from desk_app.models.core import settings
from desk_app.models.core.db import DetachedDatabase
from desk_app.models.core.errors import UserError

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks")

# A second counter process: opens the file, reads the rows a key holds, closes it. When it
# can take the exclusive lock on close (ours are gone) SQLite checkpoints and deletes the WAL.
OTHER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], timeout=5)
con.execute("PRAGMA journal_mode=wal")
rows = con.execute("SELECT value FROM setting WHERE key = ?", (sys.argv[2],)).fetchall()
con.close()
print(repr(rows))
"""


def other_process_reads(path: str, key: str) -> str:
    done = subprocess.run([sys.executable, "-c", OTHER, path, key], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture
def live(db, db_url, backend, office, admin):
    if backend != "sqlite":
        pytest.skip("WAL and POSIX locks are SQLite's; PostgreSQL has no file here")
    settings.set_many(admin, office, {"backup_keep": 9})  # the WAL now holds a commit
    assert Path(db_url + "-wal").stat().st_size > 0
    return db_url


def drive_save_dialog(qtbot, folder: Path) -> str:
    from desk_app.ui.save_file import save_file_name

    seen = {}

    def act():
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QFileDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(100, act)
            return
        dialog = dialogs[0]
        try:
            dialog.setDirectory(str(folder))  # the user goes to the database's folder
            proxy = dialog.proxyModel()

            def names():  # the folder's index is looked up afresh: the model changes
                root = proxy.mapFromSource(proxy.sourceModel().index(str(folder)))
                return sorted(proxy.index(r, 0, root).data() for r in range(proxy.rowCount(root)))

            qtbot.waitUntil(lambda: "surat.pdf" in names(), timeout=5000)
            qtbot.wait(500)  # let the file model's gatherer finish the folder
            seen["names"] = names()
            dialog.selectFile("tanda-terima")
            dialog.accept()
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(100, act)
    path, _ = save_file_name(None, "Simpan tanda terima", "tanda-terima.pdf", "PDF (*.pdf)")
    return path, seen["names"]


def test_save_dialog_in_the_database_folder_keeps_the_locks(qtbot, live, office, admin):
    folder = Path(live).parent
    (folder / "surat.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "kantor-lama.db").write_bytes(b"x" * 100)
    path, names = drive_save_dialog(qtbot, folder)
    assert path == str(folder / "tanda-terima.pdf")
    assert "surat.pdf" in names
    assert not [n for n in names if ".db" in n], names  # no database file is even listed
    # the locks are intact: the other process cannot remove the WAL under us
    assert "9" in other_process_reads(live, "backup_keep")
    assert Path(live + "-wal").exists()
    settings.set_many(admin, office, {"backup_keep": 11})  # still attached: the write is seen
    assert "11" in other_process_reads(live, "backup_keep")


def test_lost_locks_stop_the_next_write_with_a_clear_message(live, office, admin):
    """The harness can fail: a stray open/close of the file (what a sniffing dialog did)
    drops the locks, the other process deletes the WAL, and the next write is refused."""
    os.close(os.open(live, os.O_RDONLY))  # drops every POSIX lock this process held
    other_process_reads(live, "backup_keep")
    assert not Path(live + "-wal").exists()  # the other process took it: we are detached
    with pytest.raises(DetachedDatabase) as caught:
        settings.set_many(admin, office, {"backup_keep": 12})
    assert "Tutup aplikasi lalu buka kembali" in caught.value.message
    with pytest.raises(UserError):  # and every later one, until the app is reopened
        settings.set_many(admin, office, {"backup_keep": 13})
    dbmod.database.obj.close()
    assert "12" not in other_process_reads(live, "backup_keep")
