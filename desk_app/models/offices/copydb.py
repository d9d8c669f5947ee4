"""Moving an office between a single PC (SQLite) and a shared server (PostgreSQL).

Every table of ALL_TABLES is copied row for row, in dependency order, inside one
transaction on the target: every key, human number, counter and audit event arrives
unchanged, so the audit chain verifies on the target as it did on the source. Derived
tables (the applicant name parts) are rebuilt on the target instead. Both databases are
open at once as separate peewee databases; the global proxy is not used.

Speed (issue 21; row by row through peewee this was ~8,000 rows a second): rows are read
in batches as the driver returns them (a server-side cursor on PostgreSQL), without model
instances, and written with PostgreSQL's COPY (psycopg 3's `cursor.copy()`) or SQLite's
executemany. The column values need no conversion either way: SQLite's text dates and
0/1 booleans are valid COPY input, and peewee registers SQLite adapters for the driver's
date, time and Decimal values. A big table is loaded without its secondary indexes (and on
PostgreSQL its foreign keys), rebuilt from their own definitions afterwards; a forced copy
empties PostgreSQL's tables with TRUNCATE. `progress(done, total, text)` counts rows.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import peewee

from desk_app.models.core import audit
from desk_app.models.core import db as dbmod
from desk_app.models.core.db import guard_params
from desk_app.models.core.errors import DatabaseError, UserError
from desk_app.models.requests import names as request_names
from desk_app.models.requests.tables import ServiceRequest

BATCH = 5000
INDEX_AFTER_ROWS = 20_000  # a table this big gets its indexes built after the load


@dataclass
class CopyResult:
    counts: dict[str, int] = field(default_factory=dict)
    chain_faults: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _tables():
    from desk_app.models.core.tables import ALL_TABLES

    return list(ALL_TABLES)


def _open(url: str) -> peewee.Database:
    db = dbmod.make_database(url)
    try:
        db.connect(reuse_if_open=True)
        if isinstance(db, peewee.SqliteDatabase):
            db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except peewee.DatabaseError as exc:
        raise DatabaseError(dbmod.describe_driver_error(exc, url)) from exc
    return db


def _version(db: peewee.Database) -> int | None:
    from desk_app.models.core.tables import SchemaVersion

    if not db.table_exists("schema_version"):
        return None
    row = SchemaVersion.select(SchemaVersion.version).bind(db).first()
    return row.version if row else None


def _check_source(db: peewee.Database, url: str) -> None:
    from desk_app.models.core.schema import SCHEMA_VERSION

    version = _version(db)
    if version is None:
        raise UserError(f"Sumber {url} bukan basis data Loket Prima.")
    if version > SCHEMA_VERSION:
        raise UserError(f"Sumber {url} dibuat oleh versi Loket Prima yang lebih baru "
                        f"(skema {version}). Perbarui aplikasi terlebih dahulu.")
    if version < SCHEMA_VERSION:
        raise UserError(f"Sumber {url} masih skema {version}. Buka sekali dengan aplikasi ini "
                        "(agar diperbarui ke skema terbaru), lalu salin lagi.")


def _check_target(db: peewee.Database, url: str, force: bool) -> None:
    from desk_app.models.core.schema import SCHEMA_VERSION

    tables = _tables()
    ours = {m._meta.table_name for m in tables}
    existing = {t for t in db.get_tables() if t != "sqlite_sequence"}
    foreign = existing - ours
    if foreign and not force:
        raise UserError(f"Tujuan {url} berisi tabel lain ({', '.join(sorted(foreign)[:3])}) dan "
                        "bukan basis data Loket Prima. Tidak ada yang disalin.")
    version = _version(db) if "schema_version" in existing else None
    if version is not None and version > SCHEMA_VERSION:
        raise UserError(f"Tujuan {url} dibuat oleh versi Loket Prima yang lebih baru.")
    filled = [m for m in tables if m._meta.table_name in existing and m._meta.table_name != "schema_version"
              and m.select().bind(db).exists()]
    if filled and not force:
        names = ", ".join(m._meta.table_name for m in filled[:3])
        raise UserError(f"Basis data tujuan {url} tidak kosong (berisi data: {names}"
                        f"{', …' if len(filled) > 3 else ''}). Tidak ada yang disalin; gunakan "
                        "--force untuk mengosongkan tujuan lalu menyalin.")


def copy_database(from_url: str, to_url: str, force: bool = False,
                  progress: Callable[[int, int, str], None] | None = None) -> CopyResult:
    """Copy the database at `from_url` into `to_url` (created when missing). Refuses a
    target that holds data unless `force` (then the target's tables are emptied first)."""
    if from_url == to_url:
        raise UserError("Sumber dan tujuan sama.")
    if not dbmod.is_postgres_url(from_url) and not dbmod.sqlite_path(from_url).is_file():
        raise UserError(f"Berkas sumber {from_url} tidak ada.")
    src = _open(from_url)
    try:
        dst = _open(to_url)
        try:
            _check_source(src, from_url)
            _check_target(dst, to_url, force)
            return _copy(src, dst, progress)
        finally:
            dst.close()
    finally:
        src.close()


def _copy(src: peewee.Database, dst: peewee.Database, progress) -> CopyResult:
    from desk_app.models.core.tables import DERIVED_TABLES

    tables = _tables()
    copied = [m for m in tables if m not in DERIVED_TABLES]  # derived: rebuilt on the target
    sizes = {m: _count(src, m) for m in copied}
    meter = _Meter(sum(sizes.values()), progress)
    result = CopyResult()
    lock = ("IMMEDIATE",) if isinstance(dst, peewee.SqliteDatabase) else ()
    with dst.bind_ctx(tables):
        with dst.atomic(*lock):
            dst.create_tables(tables, safe=True)
            _empty(dst, tables)
            for model in copied:
                meter.table = model._meta.table_name
                with _set_aside(dst, model, big=sizes[model] > INDEX_AFTER_ROWS):
                    result.counts[meter.table] = _copy_table(model, src, dst, meter)
                    meter.say(f"Menyusun indeks {meter.table}")
            meter.say("Menyusun indeks nama pemohon")
            parts = request_names.RequestNamePart
            with _set_aside(dst, parts, big=sizes[ServiceRequest] > INDEX_AFTER_ROWS, indexes=False):
                result.counts[parts._meta.table_name] = request_names.rebuild()
            words = request_names.RequestNameWord  # the names' vocabulary, rebuilt with them
            result.counts[words._meta.table_name] = words.select().count()
            _reset_sequences(dst, tables)
            meter.say("Memeriksa jejak audit")
            result.chain_faults = audit.verify_chain()
    meter.say("Selesai")
    return result


def _empty(dst: peewee.Database, tables) -> None:
    """The target's tables emptied (only --force gets here with rows in them; PostgreSQL's
    are truncated anyway, for COPY FREEZE); SQLite checks foreign keys at commit, as the
    tables fill in dependency order."""
    if isinstance(dst, peewee.PostgresqlDatabase):
        dst.execute_sql("SET LOCAL maintenance_work_mem = '256MB'")  # faster index builds
        dst.execute_sql("TRUNCATE " + ", ".join(f'"{m._meta.table_name}"' for m in tables))
        return
    dst.execute_sql("PRAGMA defer_foreign_keys = ON")
    for model in reversed(tables):
        model.delete().execute()


class _Meter:
    """Rows done of all rows, for `progress(done, total, text)`."""

    def __init__(self, total: int, progress):
        self.total, self.done, self.progress, self.table = total, 0, progress, ""

    def add(self, rows: int) -> None:
        self.done += rows
        self.say(f"Menyalin {self.table}")

    def say(self, text: str) -> None:
        if self.progress:
            self.progress(self.done, self.total, text)


def _count(src: peewee.Database, model) -> int:
    return src.execute_sql(f'SELECT COUNT(*) FROM "{model._meta.table_name}"').fetchone()[0]


@contextlib.contextmanager
def _set_aside(dst: peewee.Database, model, big: bool, indexes: bool = True):
    """A big table is loaded without its secondary indexes and, on PostgreSQL, without its
    foreign keys (checked row by row, they cost more than the COPY itself); the indexes
    are then built once from the loaded rows and the keys checked in one query each, as
    pg_restore does. Both are recreated from their own definitions, so the target keeps
    exactly what it had."""
    if not big:
        yield
        return
    table = model._meta.table_name
    postgres = isinstance(dst, peewee.PostgresqlDatabase)
    found = []
    if indexes and postgres:
        found = dst.execute_sql(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = %s "
            "AND i.schemaname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
            "WHERE c.conname = i.indexname)", (table,)).fetchall()
    elif indexes:
        found = dst.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                "AND tbl_name = ? AND sql IS NOT NULL", (table,)).fetchall()
    keys = dst.execute_sql(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' "
        "AND conrelid = %s::regclass", (f'"{table}"',)).fetchall() if postgres else []
    for name, _definition in found:
        dst.execute_sql(f'DROP INDEX "{name}"')
    for name, _definition in keys:
        dst.execute_sql(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
    yield
    for _name, definition in found:
        dst.execute_sql(definition)
    for name, definition in keys:
        dst.execute_sql(f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}')


def _copy_table(model, src: peewee.Database, dst: peewee.Database, meter: _Meter) -> int:
    """Every row of one table, read in batches straight from the driver (no model
    instances) and written by PostgreSQL's COPY or SQLite's executemany."""
    table = model._meta.table_name
    columns = ", ".join(f'"{f.column_name}"' for f in model._meta.sorted_fields)
    copied = 0
    with _source_rows(src, f'SELECT {columns} FROM "{table}"') as batches:
        if isinstance(dst, peewee.PostgresqlDatabase):
            cursor = dst.cursor()
            # FREEZE: the rows are written already frozen (the table was emptied by TRUNCATE
            # in this transaction), sparing the first reads and VACUUM a rewrite of them all
            with cursor.copy(f'COPY "{table}" ({columns}) FROM STDIN WITH (FREEZE)') as copy:
                for batch in batches:
                    for row in batch:
                        guard_params(row)  # no NUL or control character reaches the copy
                        copy.write_row(row)
                    copied += len(batch)
                    meter.add(len(batch))
        else:
            marks = ", ".join("?" * len(model._meta.sorted_fields))
            cursor = dst.cursor()
            for batch in batches:
                for row in batch:
                    guard_params(row)
                cursor.executemany(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', batch)
                copied += len(batch)
                meter.add(len(batch))
    return copied


@contextlib.contextmanager
def _source_rows(src: peewee.Database, sql: str):
    """The rows of `sql` in batches of BATCH: SQLite's cursor fetches as it goes; on
    PostgreSQL a server-side cursor, so a big table is never held in memory at once."""
    if isinstance(src, peewee.PostgresqlDatabase):
        with src.atomic():
            cursor = src.connection().cursor(name=f"copy_{uuid.uuid4().hex}")
            cursor.itersize = BATCH
            try:
                cursor.execute(sql)
                yield iter(lambda: cursor.fetchmany(BATCH), [])
            finally:
                cursor.close()
    else:
        cursor = src.execute_sql(sql)
        try:
            yield iter(lambda: cursor.fetchmany(BATCH), [])
        finally:
            cursor.close()


def _reset_sequences(dst: peewee.Database, tables) -> None:
    """A PostgreSQL serial key continues after the copied rows (tables with UUID keys
    have none)."""
    if not isinstance(dst, peewee.PostgresqlDatabase):
        return
    for model in tables:
        pk = model._meta.primary_key
        if isinstance(pk, peewee.AutoField):
            table, column = model._meta.table_name, pk.column_name
            dst.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                f"COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)")
