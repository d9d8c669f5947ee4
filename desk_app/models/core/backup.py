"""Backups and restores of the whole database.

SQLite: the online backup API (consistent under WAL, never a raw file copy).
PostgreSQL: `pg_dump` / `pg_restore` when the client tools are installed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from desk_app import config
from desk_app.models.core import db as dbmod
from desk_app.models.core import db_checks
from desk_app.models.core.errors import DatabaseError, UserError

BACKUP_PREFIX = db_checks.BACKUP_PREFIX
QUARANTINE_DIR = "cadangan-gagal-diperiksa"  # inside the backups folder; never offered for restore


def backup_name(suffix: str = ".db", label: str = "") -> str:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")[:-3]
    return f"{BACKUP_PREFIX}{stamp}{('-' + label) if label else ''}{suffix}"


def backup_database(url: str, to_dir: Path | None = None, label: str = "") -> Path:
    to_dir = Path(to_dir) if to_dir else config.backup_dir()
    try:
        to_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Folder cadangan {to_dir} tidak dapat dibuat ({exc.strerror}).") from None
    if dbmod.is_postgres_url(url):
        return _pg_dump(url, to_dir / backup_name(".dump", label))
    dest = to_dir / backup_name(".db", label)
    dbmod.backup_sqlite(dbmod.sqlite_path(url), dest)
    faults = dbmod.verify_sqlite_file(dest)
    if faults:
        moved = quarantine(dest)
        raise DatabaseError(f"Cadangan gagal diperiksa ({faults[0]}) dan tidak dipakai; "
                            f"berkasnya dipindahkan ke {moved.parent}. Periksa disk lalu ulangi.")
    return dest


def quarantine(path: Path) -> Path:
    """Move a backup that failed its check out of the list of backups, into a folder
    whose name says why; deleted when even that move fails."""
    folder = path.parent / QUARANTINE_DIR
    target = folder / f"{path.stem}-GAGAL{path.suffix}"
    try:
        folder.mkdir(exist_ok=True)
        os.replace(path, target)
    except OSError:
        dbmod.remove_sqlite_file(path)
        return path
    for extra in ("-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(str(path) + extra).unlink()
    return target


def _pg_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise UserError(
            f"Program {name} tidak ditemukan. Pasang klien PostgreSQL (paket postgresql-client) "
            "untuk mencadangkan basis data server."
        )
    return path


def _pg_dump(url: str, dest: Path) -> Path:
    tool = _pg_tool("pg_dump")
    tmp = dest.with_name(dest.name + ".sebagian")
    try:
        result = subprocess.run([tool, "--format=custom", f"--file={tmp}", url],
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise DatabaseError(
                f"pg_dump gagal: {result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ''}")
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return dest


def list_backups(to_dir: Path | None = None) -> list[Path]:
    folder = Path(to_dir) if to_dir else config.backup_dir()
    if not folder.is_dir():
        return []
    files = [p for p in folder.iterdir() if p.name.startswith(BACKUP_PREFIX) and p.suffix in (".db", ".dump")]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)


def verify_backup(path: Path) -> None:
    """Raise UserError when `path` is not a usable Loket Prima backup."""
    from desk_app.models.core.schema import SCHEMA_VERSION

    if not path.is_file():
        raise UserError(f"Berkas {path} tidak ada.")
    if path.suffix == ".dump":
        return
    faults = dbmod.verify_sqlite_file(path)
    if faults:
        raise UserError(f"Berkas cadangan tidak dapat dipakai: {faults[0]}")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        version = con.execute("SELECT version FROM schema_version").fetchone()
    finally:
        con.close()
    if version and version[0] > SCHEMA_VERSION:
        raise UserError("Cadangan ini dibuat oleh versi Loket Prima yang lebih baru.")


def restore_database(url: str, backup_file: Path) -> Path:
    """Replace the database at `url` with `backup_file`. The current database is kept as
    a backup first; that backup's path is returned."""
    backup_file = Path(backup_file)
    verify_backup(backup_file)
    if dbmod.is_postgres_url(url):
        if backup_file.suffix != ".dump":
            raise UserError("Basis data PostgreSQL hanya dapat dipulihkan dari berkas .dump (pg_dump).")
        kept = backup_database(url, label="sebelum-pulih")
        tool = _pg_tool("pg_restore")
        result = subprocess.run([tool, "--clean", "--if-exists", "--no-owner", f"--dbname={url}",
                                 str(backup_file)], capture_output=True, text=True)
        if result.returncode != 0:
            raise DatabaseError(f"pg_restore gagal: {result.stderr.strip()[-300:]}")
        return kept
    if backup_file.suffix != ".db":
        raise UserError("Basis data SQLite hanya dapat dipulihkan dari berkas cadangan .db.")
    target = dbmod.sqlite_path(url)
    kept = backup_database(url, label="sebelum-pulih") if target.exists() else None
    if dbmod.database.obj is not None and not dbmod.database.obj.is_closed():
        dbmod.database.obj.close()
    src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target), timeout=15)
        try:
            src.backup(dst)  # page-by-page copy into the live file, WAL-safe
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise DatabaseError(f"Pemulihan gagal: {exc}. Basis data lama tersimpan di {kept}.") from exc
    finally:
        src.close()
    return kept


def prune_backups(keep: int, to_dir: Path | None = None) -> list[Path]:
    """Delete automatic backups beyond the newest `keep`; returns what was removed."""
    removed = []
    automatic = [p for p in list_backups(to_dir) if "-otomatis" in p.stem]
    for path in automatic[keep:]:
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def automatic_backup(url: str, keep: int, reason: str = "harian", force: bool = False,
                     to_dir: Path | None = None) -> Path | None:
    """The automatic backup taken at the first start of each day (reason "harian") and on
    exit ("keluar"): made, verified by opening it and running the integrity check, then
    only the newest `keep` automatic backups are kept. Returns None when today's daily
    backup already exists (and `force` is off) or when PostgreSQL has no pg_dump."""
    folder = Path(to_dir) if to_dir else config.backup_dir()
    today = dt.date.today().strftime("%Y%m%d")
    if not force and reason == "harian" and any(
        p.name.startswith(f"{BACKUP_PREFIX}{today}") and "-otomatis-harian" in p.stem
        for p in list_backups(folder)
    ):
        return None
    if dbmod.is_postgres_url(url) and shutil.which("pg_dump") is None:
        return None
    path = backup_database(url, folder, label=f"otomatis-{reason}")
    try:
        verify_backup(path)
    except UserError:
        quarantine(path)
        raise
    prune_backups(keep, folder)
    return path
