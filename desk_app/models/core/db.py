"""The one module that opens the database, and the one place SQLite and PostgreSQL differ.

`database` is a proxy every model binds to; `open_database(url)` points it at a real
database: a file path, `sqlite:///path`, or `postgresql://user:pass@host:port/db`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import unquote, urlparse

# peewee imports the PostgreSQL driver when it is itself imported: ~0.2 s, more than a
# bare Qt window needs to start, paid on every PC that works on SQLite. The driver is
# hidden while peewee loads and imported by PostgresqlDatabase below when first needed.
if "peewee" not in sys.modules and "psycopg" not in sys.modules:
    sys.modules["psycopg"] = None  # `import psycopg` raises ImportError
    try:
        import peewee
    finally:
        del sys.modules["psycopg"]
import peewee  # noqa: E402

from desk_app.models.core.errors import DatabaseError  # noqa: E402

database = peewee.DatabaseProxy()


class LazyPsycopg3Adapter(peewee.Psycopg3Adapter):
    """peewee's psycopg 3 adapter, importing psycopg when a PostgreSQL database is
    opened; the methods below are peewee's, reading the driver from here instead of
    from peewee's module globals (which stay None when peewee loaded without it)."""

    def __init__(self):
        import psycopg
        from psycopg.pq import TransactionStatus
        from psycopg.types.json import Json, Jsonb

        super().__init__()
        self.psycopg = psycopg
        self.json_type, self.jsonb_type = Json, Jsonb
        self.txn_idle = TransactionStatus.IDLE
        self.txn_inerror = TransactionStatus.INERROR
        self.txn_unknown = TransactionStatus.UNKNOWN
        self.txn_intrans = TransactionStatus.INTRANS

    def check_driver(self):
        pass  # imported in __init__ (an ImportError there names the missing package)

    def get_binary_type(self):
        return self.psycopg.Binary

    def connect(self, db, **params):
        if db._encoding:
            params.setdefault("client_encoding", db._encoding)
        if db.database.startswith("postgresql://"):
            params.setdefault("conninfo", db.database)
        else:
            params.setdefault("dbname", db.database)
        return self.psycopg.connect(**params)

    def server_side_cursor(self, conn):
        in_txn = self.txn_status(conn) == self.txn_intrans
        return conn.cursor(name=str(uuid.uuid1()), withhold=not in_txn)


class PostgresqlDatabase(peewee.PostgresqlDatabase):
    psycopg2_adapter = psycopg3_adapter = LazyPsycopg3Adapter  # psycopg 3 only, loaded late

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 15000,
    "synchronous": "normal",
    "cache_size": -32000,
}


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def sqlite_path(url: str) -> Path:
    if url.startswith("sqlite:///"):
        return Path(unquote(url[len("sqlite:///"):]))
    if url.startswith("sqlite://"):
        raise DatabaseError(f"Alamat basis data tidak dikenali: {url}")
    return Path(url).expanduser()


def make_database(url: str) -> peewee.Database:
    """Build (but do not connect) a peewee database for `url`."""
    if is_postgres_url(url):
        parts = urlparse(url)
        if not parts.path.strip("/"):
            raise DatabaseError(f"Alamat PostgreSQL tanpa nama basis data: {url}")
        try:
            port = parts.port or 5432
        except ValueError:
            raise DatabaseError(f"Nomor port tidak sah pada alamat: {url}") from None
        return PostgresqlDatabase(
            unquote(parts.path.lstrip("/")),
            user=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            host=parts.hostname or "localhost",
            port=port,
            autorollback=False,
        )
    if "://" in url:
        raise DatabaseError(
            f"Alamat basis data tidak dikenali: {url}. Gunakan path berkas SQLite "
            "atau postgresql://pengguna:sandi@host:port/nama"
        )
    path = sqlite_path(url)
    if path.is_dir():
        raise DatabaseError(f"{path} adalah folder, bukan berkas basis data.")
    if not path.parent.exists():
        raise DatabaseError(f"Folder {path.parent} tidak ada.")
    return peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=15)


def connect(url: str) -> peewee.Database:
    """Point the proxy at `url` and connect; translate driver failures to Indonesian."""
    db = make_database(url)
    try:
        db.connect(reuse_if_open=True)
        if isinstance(db, peewee.SqliteDatabase):
            db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except peewee.OperationalError as exc:
        raise DatabaseError(describe_driver_error(exc, url)) from exc
    except peewee.DatabaseError as exc:
        raise DatabaseError(describe_driver_error(exc, url)) from exc
    database.initialize(db)
    return db


def describe_driver_error(exc: Exception, url: str) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    low = text.lower()
    if "file is not a database" in low or "malformed" in low:
        return f"Berkas {url} rusak atau bukan basis data Loket Prima."
    if "locked" in low or "busy" in low:
        return "Basis data sedang dikunci oleh program lain. Coba lagi sebentar lagi."
    if "readonly" in low or "read-only" in low:
        return f"Basis data {url} hanya bisa dibaca; periksa izin berkasnya."
    if "unable to open" in low:
        return f"Berkas basis data {url} tidak dapat dibuka."
    if "password authentication failed" in low:
        return "Sandi PostgreSQL salah."
    if "does not exist" in low and "database" in low:
        return f"Basis data PostgreSQL tidak ada: {text}"
    if "connection refused" in low or "could not connect" in low or "connection failed" in low:
        return "Tidak dapat tersambung ke server PostgreSQL. Periksa alamat dan apakah server hidup."
    return f"Kesalahan basis data: {text}"


def is_sqlite() -> bool:
    return isinstance(database.obj, peewee.SqliteDatabase)


def raw_rows(query) -> list[tuple]:
    """A query's rows as the driver returns them, without peewee's per-field conversion
    (cheaper on big reads). SQLite then gives dates and times as ISO text: pass them
    through as_date / as_datetime."""
    return query.model._meta.database.execute(query).fetchall()


def as_date(value) -> dt.date:
    """A date from a raw row: SQLite's ISO text or the driver's date."""
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value


def as_datetime(value) -> dt.datetime:
    """A date-time from a raw row: SQLite's ISO text or the driver's datetime."""
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def write_transaction():
    """A transaction meant to write. SQLite takes the write lock at BEGIN so two counters
    never both read and then fail to upgrade (`database is locked` mid-transaction)."""
    if is_sqlite():
        return database.obj.atomic("IMMEDIATE")
    return database.obj.atomic()


def retry_busy(func, *args, attempts: int = 20, **kwargs):
    """Run `func` again when another writer holds the lock or PostgreSQL reports a
    serialization conflict; counter staff should never see a 'busy' error."""
    delay = 0.05
    for attempt in range(attempts):
        try:
            return func(*args, **kwargs)
        except peewee.OperationalError as exc:
            low = str(exc).lower()
            retryable = "locked" in low or "busy" in low or "deadlock" in low or "could not serialize" in low
            if not retryable or attempt == attempts - 1:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 1.0)


# --- backups and integrity ---------------------------------------------------------

def sqlite_integrity_faults(db: peewee.SqliteDatabase) -> list[str]:
    faults = []
    rows = db.execute_sql("PRAGMA integrity_check").fetchall()
    if [r[0] for r in rows] != ["ok"]:
        faults += [f"integrity_check: {r[0]}" for r in rows]
    for table, rowid, parent, _fk in db.execute_sql("PRAGMA foreign_key_check").fetchall():
        faults.append(f"foreign key: {table} baris {rowid} merujuk {parent} yang tidak ada")
    return faults


def backup_sqlite(src_path: Path, dest_path: Path) -> Path:
    """Copy a live SQLite database consistently with the online backup API."""
    dest_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest_path.with_suffix(dest_path.suffix + ".part")
    if tmp.exists():
        tmp.unlink()
    src = sqlite3.connect(str(src_path), timeout=15)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.Error as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if "full" in str(exc).lower():
            raise DatabaseError(
                f"Disk penuh: cadangan tidak dapat ditulis ke {dest_path.parent}. "
                "Basis data asli tidak berubah."
            ) from exc
        raise DatabaseError(f"Cadangan gagal: {exc}") from exc
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise DatabaseError(
            f"Cadangan gagal ditulis ke {dest_path.parent} ({exc.strerror}). Basis data asli tidak berubah."
        ) from exc
    finally:
        src.close()
    os.replace(tmp, dest_path)
    return dest_path


def verify_sqlite_file(path: Path) -> list[str]:
    """Open a database file read-only and return its integrity faults (empty = good)."""
    if not path.is_file():
        return [f"Berkas {path} tidak ada."]
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.Error as exc:
        return [f"Berkas {path.name} bukan basis data yang sah ({exc})."]
    faults = [] if [r[0] for r in rows] == ["ok"] else [f"integrity_check: {r[0]}" for r in rows]
    if "schema_version" not in tables:
        faults.append(f"Berkas {path.name} bukan basis data Loket Prima.")
    return faults
