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

from desk_app.models.core.db_checks import (  # noqa: E402, F401
    CorruptDatabase,
    check_on_open,
    describe_driver_error,
    forget_integrity_checks,
    network_share,
    refuse_network_share,
    was_left_open,
)
from desk_app.models.core.errors import DatabaseError, ValidationError  # noqa: E402
from desk_app.models.core.text import find_forbidden  # noqa: E402

database = peewee.DatabaseProxy()


class DetachedDatabase(DatabaseError):
    """The connection no longer writes into the file other programs see (its WAL or the
    file itself was removed or replaced underneath it): every later write is refused."""


def guard_params(params) -> None:
    """The last guard on every value sent to the database: no NUL, control character or
    lone surrogate reaches a table, whichever path wrote it (the domain validators name
    the field first; see models/core/text.py)."""
    for value in params or ():
        if isinstance(value, str) and not value.isprintable():
            fault = find_forbidden(value)
            if fault:
                raise ValidationError(
                    f"Data berisi {fault} yang tidak boleh disimpan; tidak ada yang diubah. "
                    "Hapus karakter itu dari isian atau berkas sumbernya lalu ulangi.")


class DeskSqliteDatabase(peewee.SqliteDatabase):
    """SQLite with two guards: the values written (guard_params) and the file's identity.

    On Linux, any other descriptor of the database file closed in this process drops
    every POSIX lock SQLite holds; another process may then checkpoint and delete the
    WAL, and this connection keeps writing into a file nobody else reads. So each
    connection remembers the (device, inode) of the database and of its WAL, and every
    transaction first checks that they are still the files on disk."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._identities: dict[int, tuple] = {}
        self.detached = False

    def _files(self) -> tuple:
        return (_identity(self.database), _identity(self.database + "-wal"))

    def _add_conn_hooks(self, conn):
        super()._add_conn_hooks(conn)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the WAL
        self._identities[id(conn)] = self._files()

    def _close(self, conn):
        self._identities.pop(id(conn), None)
        super()._close(conn)

    def execute_sql(self, sql, params=None):
        guard_params(params)
        return super().execute_sql(sql, params)

    def check_attached(self) -> None:
        if self.detached:
            raise DetachedDatabase(DETACHED_MESSAGE)
        if self.is_closed():
            return
        known = self._identities.get(id(self.connection()))
        if known is None:
            return
        main, wal = self._files()
        if main != known[0] or (known[1] is not None and wal != known[1]):
            self.detached = True
            raise DetachedDatabase(DETACHED_MESSAGE)

    def begin(self, lock_type=None):
        self.check_attached()
        return super().begin(lock_type)


DETACHED_MESSAGE = (
    "Sambungan ke berkas basis data terputus: berkas log (WAL) atau kuncinya hilang, "
    "mungkin karena program lain membuka atau memindahkan berkas itu. Loket Prima berhenti "
    "menyimpan agar tidak ada data yang hilang. Tutup aplikasi lalu buka kembali; "
    "data yang sudah tersimpan sebelumnya aman.")


def _identity(path: str) -> tuple | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


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

    def execute_sql(self, sql, params=None):
        guard_params(params)
        return super().execute_sql(sql, params)


SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 15000,
    "synchronous": "normal",
    "cache_size": -32000,
    "secure_delete": 1,  # freed space zeroed: a replaced value (a sealed identity) does not linger
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
    refuse_network_share(path)
    return DeskSqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=15)


def connect(url: str) -> peewee.Database:
    """Point the proxy at `url` and connect; translate driver failures to Indonesian."""
    db = make_database(url)
    unclean = isinstance(db, peewee.SqliteDatabase) and was_left_open(db.database)
    try:
        db.connect(reuse_if_open=True)
        if isinstance(db, peewee.SqliteDatabase):
            db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
            check_on_open(db, force=unclean)
    except (CorruptDatabase, DatabaseError):
        db.close()
        raise
    except peewee.DatabaseError as exc:  # OperationalError included
        db.close()
        if isinstance(db, peewee.SqliteDatabase) and is_corruption(exc):
            raise CorruptDatabase(db.database, first_line(exc)) from exc
        raise DatabaseError(describe_driver_error(exc, url)) from exc
    database.initialize(db)
    return db


def first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def is_corruption(exc: Exception) -> bool:
    low = str(exc).lower()
    return "malformed" in low or "file is not a database" in low or "corrupt" in low



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
    never both read and then fail to upgrade (`database is locked` mid-transaction); its
    BEGIN first checks that the file is still the one on disk (DeskSqliteDatabase)."""
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
    """The file's faults as lines to print; a file too damaged to be read is one fault,
    not a crash of the check."""
    faults = []
    try:
        rows = db.execute_sql("PRAGMA integrity_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            faults += [f"integrity_check: {r[0]}" for r in rows]
        for table, rowid, parent, _fk in db.execute_sql("PRAGMA foreign_key_check").fetchall():
            faults.append(f"foreign key: {table} baris {rowid} merujuk {parent} yang tidak ada")
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:  # fetchall() is not wrapped
        faults.append(f"Berkas basis data rusak: {first_line(exc)}. Pulihkan dari cadangan "
                      "(desk-app restore BERKAS-CADANGAN.db).")
    return faults


def remove_sqlite_file(path: Path) -> None:
    """Delete a database file we wrote and the journal/WAL/SHM files SQLite left with it."""
    for extra in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(str(path) + extra).unlink()


def backup_sqlite(src_path: Path, dest_path: Path) -> Path:
    """Copy a live SQLite database consistently with the online backup API, into a
    temporary file beside the target renamed only when complete; on any failure the
    temporary file and its journal are removed."""
    dest_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest_path.with_name(dest_path.name + ".sebagian")
    remove_sqlite_file(tmp)
    src = sqlite3.connect(str(src_path), timeout=15)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        os.replace(tmp, dest_path)
    except sqlite3.Error as exc:
        remove_sqlite_file(tmp)
        if "full" in str(exc).lower():
            raise DatabaseError(
                f"Disk penuh: cadangan tidak dapat ditulis ke {dest_path.parent}. Kosongkan "
                "ruang disk atau pilih folder lain, lalu ulangi. Basis data asli tidak berubah."
            ) from exc
        raise DatabaseError(f"Cadangan gagal: {first_line(exc)}. Basis data asli tidak berubah.") from exc
    except OSError as exc:
        remove_sqlite_file(tmp)
        raise DatabaseError(
            f"Cadangan gagal ditulis ke {dest_path.parent} ({exc.strerror}). Basis data asli tidak berubah."
        ) from exc
    finally:
        src.close()
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
