"""Moving an office between a single PC (SQLite) and a shared server (PostgreSQL).

Every table of ALL_TABLES is copied row for row, in dependency order, in chunks, inside
one transaction on the target: every key, human number, counter and audit event arrives
unchanged, so the audit chain verifies on the target as it did on the source. Derived
tables (the applicant name parts) are rebuilt on the target instead. Both databases are
open at once as separate peewee databases; the global proxy is not used.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import peewee

from desk_app.models.core import audit
from desk_app.models.core import db as dbmod
from desk_app.models.core.errors import DatabaseError, UserError
from desk_app.models.requests import names as request_names

CHUNK = 500


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
    result = CopyResult()
    lock = ("IMMEDIATE",) if isinstance(dst, peewee.SqliteDatabase) else ()
    with dst.bind_ctx(tables):
        with dst.atomic(*lock):
            dst.create_tables(tables, safe=True)
            for model in reversed(tables):
                model.delete().execute()
            for i, model in enumerate(tables):
                if model in DERIVED_TABLES:
                    continue  # rebuilt below, with the target's own case folding
                if progress:
                    progress(i, len(tables), f"Menyalin {model._meta.table_name}")
                result.counts[model._meta.table_name] = _copy_table(model, src)
            if progress:
                progress(len(tables) - 1, len(tables), "Menyusun indeks nama pemohon")
            result.counts[request_names.RequestNamePart._meta.table_name] = request_names.rebuild()
            words = request_names.RequestNameWord
            result.counts[words._meta.table_name] = words.select().count()
            _reset_sequences(dst, tables)
            result.chain_faults = audit.verify_chain()
    if progress:
        progress(len(tables), len(tables), "Selesai")
    return result


def _copy_table(model, src: peewee.Database) -> int:
    query = model.select().order_by(*model._meta.get_primary_keys()).dicts().bind(src)
    batch: list[dict] = []
    copied = 0
    for row in query.iterator():
        batch.append(row)
        if len(batch) >= CHUNK:
            model.insert_many(batch).execute()
            copied += len(batch)
            batch = []
    if batch:
        model.insert_many(batch).execute()
        copied += len(batch)
    return copied


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
