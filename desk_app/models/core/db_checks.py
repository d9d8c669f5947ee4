"""Checks made when a database is opened: is the SQLite file whole (a quick integrity
check when it was not closed cleanly, else at most once a day), and is it on a local disk
(a SQLite file on a network share is refused: SQLite's own documentation warns that its
locks do not work there, and offices would try it to share one file between counters).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import sys
import time
from pathlib import Path

from desk_app.models.core.errors import DatabaseError


class CorruptDatabase(DatabaseError):
    """The file fails SQLite's integrity check: refused, with the way back (a restore)."""

    def __init__(self, path, detail: str = ""):
        self.path, self.detail = Path(path), detail
        super().__init__(corrupt_message(self.path, detail))


BACKUP_PREFIX = "loket-prima-"  # the name every backup starts with (models/core/backup.py)


def newest_backup() -> Path | None:
    from desk_app import config

    try:
        folder = config.backup_dir()
        files = [p for p in folder.iterdir() if p.name.startswith(BACKUP_PREFIX) and p.suffix == ".db"]
    except OSError:
        return None
    return max(files, key=lambda p: p.stat().st_mtime, default=None)


def corrupt_message(path: Path, detail: str = "") -> str:
    latest = newest_backup()
    backups = [latest] if latest else []
    offer = (f"Pulihkan dari cadangan terakhir: desk-app restore \"{backups[0]}\" "
             "(atau buka aplikasi dan pilih Pulihkan)." if backups else
             "Pulihkan dari berkas cadangan: desk-app restore BERKAS-CADANGAN.db.")
    why = f" ({detail})" if detail else ""
    return f"Berkas {path} rusak atau bukan basis data Loket Prima{why}; berkas itu tidak dipakai. {offer}"


# --- the quick integrity check on open ------------------------------------------------

def was_left_open(path: str) -> bool:
    """A WAL with content at open: the last program using the file did not close it
    cleanly (SQLite removes the WAL on a clean close), or another one has it open."""
    try:
        return os.path.getsize(path + "-wal") > 0
    except OSError:
        return False


def _checks_file() -> Path:
    from desk_app import config

    return config.data_dir() / "pemeriksaan-keutuhan.json"


def _checked_today(path: str) -> bool:
    import json

    try:
        done = json.loads(_checks_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(done, dict) and done.get(str(Path(path).resolve())) == dt.date.today().isoformat()


def _mark_checked(path: str) -> None:
    import json

    target = _checks_file()
    try:
        done = json.loads(target.read_text(encoding="utf-8"))
        done = done if isinstance(done, dict) else {}
    except (OSError, ValueError):
        done = {}
    done[str(Path(path).resolve())] = dt.date.today().isoformat()
    partial = target.with_name(target.name + ".sebagian")
    try:
        partial.write_text(json.dumps(done, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(partial, target)
    except OSError:  # only costs a check more tomorrow
        with contextlib.suppress(OSError):
            partial.unlink()


def forget_integrity_checks() -> None:
    """The next open of every database runs the quick check again."""
    with contextlib.suppress(OSError):
        _checks_file().unlink()


QUICK_CHECK_SECONDS = 3.0  # at open; measured: 82 s for the whole of ten years (2.2 GB)


def check_on_open(db, force: bool = False) -> bool:
    """SQLite's `quick_check` (pages, records, indexes' order) when the file was not
    closed cleanly, else at most once a day per file. It may take at most
    QUICK_CHECK_SECONDS (DESK_APP_QUICK_CHECK_SECONDS) so that opening stays fast on ten
    years of data: a small office's file is checked whole, a big one in part; the whole
    file is read every day anyway by the verified automatic backup, and a damaged page
    met later is refused as corrupt by the command-line and window error handlers.
    Returns True when the check covered the whole file."""
    if not force and _checked_today(db.database):
        return True
    budget = float(os.environ.get("DESK_APP_QUICK_CHECK_SECONDS", QUICK_CHECK_SECONDS))
    deadline = time.monotonic() + budget
    conn = db.connection()
    conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 1000)
    try:
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupt" not in str(exc).lower():
            raise
        rows = None  # out of time: checked in part, not corrupt so far
    finally:
        conn.set_progress_handler(None, 0)
    faults = [r[0] for r in rows or [] if r[0] != "ok"]
    if faults:
        raise CorruptDatabase(db.database, faults[0][:200])
    _mark_checked(db.database)
    return rows is not None


# --- network shares -------------------------------------------------------------------

NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "sshfs",
    "fuse.sshfs", "davfs", "fuse.davfs2", "glusterfs", "fuse.glusterfs", "ceph",
    "fuse.ceph", "lustre", "gpfs", "ocfs2", "gfs2", "fuse.rclone", "fuse.smbnetfs",
}
PROC_MOUNTS = "/proc/mounts"


def network_share(path: Path) -> str | None:
    """How `path` is reached over the network ("UNC", "drive jaringan", "nfs", "cifs",
    ...), or None for a local disk."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "UNC"
    folder = Path(os.path.abspath(path)).parent
    if sys.platform == "win32":
        import ctypes

        root = os.path.splitdrive(str(folder))[0] + "\\"
        drive_remote = 4
        if ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote:
            return "drive jaringan"
        return None
    try:
        with open(PROC_MOUNTS, encoding="utf-8", errors="replace") as mounts:
            table = [line.split() for line in mounts]
    except OSError:
        return None
    target = str(folder.resolve() if folder.exists() else folder)
    best, kind = "", None
    for parts in table:
        if len(parts) < 3:
            continue
        point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), parts[1])  # \040: space
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, parts[2]
    return kind if kind in NETWORK_FILESYSTEMS else None


def refuse_network_share(path: Path) -> None:
    kind = network_share(path)
    if kind:
        raise DatabaseError(
            f"Berkas basis data {path} berada di folder jaringan ({kind}). SQLite tidak aman "
            "dipakai bersama lewat jaringan: data dapat rusak atau hilang. Untuk beberapa loket "
            "yang berbagi data, pasang server PostgreSQL bersama dan buka dengan "
            "--db postgresql://pengguna:sandi@server/loket; untuk satu loket, simpan berkas di "
            "disk komputer ini.")


# --- driver errors in Indonesian ------------------------------------------------------

def describe_driver_error(exc: Exception, url: str) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    low = text.lower()
    if "file is not a database" in low or "malformed" in low:
        return f"Berkas {url} rusak atau bukan basis data Loket Prima."
    if "locked" in low or "busy" in low:
        return "Basis data sedang dikunci oleh program lain. Coba lagi sebentar lagi."
    if "readonly" in low or "read-only" in low:
        return (f"Basis data {url} hanya bisa dibaca; tidak ada yang disimpan. Periksa izin "
                "berkas itu dan foldernya, lalu ulangi.")
    if "unable to open" in low:
        return f"Berkas basis data {url} tidak dapat dibuka."
    if "password authentication failed" in low:
        return "Sandi PostgreSQL salah."
    if "does not exist" in low and "database" in low:
        return f"Basis data PostgreSQL tidak ada: {text}"
    if "connection refused" in low or "could not connect" in low or "connection failed" in low:
        return "Tidak dapat tersambung ke server PostgreSQL. Periksa alamat dan apakah server hidup."
    return f"Kesalahan basis data: {text}"
