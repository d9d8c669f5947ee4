"""Schema version and ordered migrations.

A new database gets every table at the current version. An older one is first backed
up, then upgraded one step at a time, each step in its own transaction together with
the new version number, and each guarded so that running it twice does no harm. A
database written by a newer Loket Prima is refused: we cannot know what it holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import peewee

from desk_app import config
from desk_app.models.core import db as dbmod
from desk_app.models.core.base import utcnow
from desk_app.models.core.errors import DatabaseError
from desk_app.models.core.tables import ALL_TABLES, SchemaVersion
from desk_app.models.requests.names import RequestNamePart, rebuild
from desk_app.models.requests.tables import STEP_FIGURES_INDEX


def _v2_period_indexes(migrator) -> None:
    """Reports look up requests finished, steps done and events logged in a period."""
    for table, column in (("service_request", "finished_at"), ("request_step", "done_at"),
                          ("request_event", "at")):
        dbmod.database.obj.execute_sql(
            f'CREATE INDEX IF NOT EXISTS "{table}_{column}" ON "{table}" ("{column}")')


def _v3_request_name_parts(migrator) -> None:
    """Searching by name reads the name parts of the requests instead of every request."""
    if RequestNamePart.table_exists():
        return
    RequestNamePart.create_table()
    rebuild()


def _v4_covering_indexes(migrator) -> None:
    """Counts over a period read an index alone, not the rows: the SOP figures a month's
    steps (done_at first, so the plain done_at index goes), the SKM population a
    semester's requests."""
    db = dbmod.database.obj
    db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{STEP_FIGURES_INDEX}" ON "request_step" '
                   '("done_at", "sop_step_id", "deviation", "skipped", "over_standard")')
    db.execute_sql('DROP INDEX IF EXISTS "request_step_done_at"')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "service_request_reg_date_status_voided_at" '
                   'ON "service_request" ("reg_date", "status", "voided_at")')


def _v5_survey_follow_up(migrator) -> None:
    """The SKM follow-up plan (rencana tindak lanjut) and its progress."""
    from desk_app.models.skm.tables import FollowUpPlan

    if not FollowUpPlan.table_exists():
        FollowUpPlan.create_table()


def _v6_seal_rows(migrator) -> None:
    """Rows tied to the audit trail: every record already here is sealed once with its
    content hash (the trail can vouch for records only from the upgrade on)."""
    from desk_app.models.core import audit
    from desk_app.models.core.office import home_office

    home = home_office()
    if home is not None:
        audit.seal_unsealed(None, home.code, action="seal_upgrade")


def _v7_office_keys(migrator) -> None:
    """Trust between offices: office keys (made now for the home office), enrolled
    offices, bundles received with their audit heads, versions replaced by a bundle."""
    from desk_app.models.core.keys import OfficeKey, ensure_office_keys
    from desk_app.models.core.office import home_office
    from desk_app.models.offices.tables import BundleReceipt, ReplacedVersion, TrustedOffice

    dbmod.database.obj.create_tables([OfficeKey, TrustedOffice, BundleReceipt, ReplacedVersion],
                                     safe=True)
    home = home_office()
    if home is not None:
        ensure_office_keys(home.code)
        # Accounts of other offices came with earlier (unsigned) bundles, password hash
        # and role included: here they become display records that can never log in.
        from desk_app.models.core.accounts import User

        armed = (User.office != home.code) & (
            (User.password_hash != "!") | User.active | (User.role != "counter"))
        ids = [{"id": row.id} for row in User.select(User.id).where(armed)]
        User.update(password_hash="!", active=False, role="counter", failed_logins=0).where(armed).execute()
        if ids:  # the trail vouches for them as they are now
            from desk_app.models.core import audit

            audit.seal_merged(None, "disarm_upgrade", home.code, [], {User: ids})


def _v8_sealed_identities(migrator) -> None:
    """Identities of protected complainants encrypted at rest: the column, then every
    *rahasia* complaint's plain identity sealed (models/complaints/sealing_upgrade.py).
    `upgrade` then rebuilds and checkpoints a SQLite file so no plain copy lingers."""
    from playhouse.migrate import migrate

    from desk_app.models.complaints.sealing_upgrade import seal_stored
    from desk_app.models.complaints.tables import Complaint
    from desk_app.models.core.office import home_office

    if not column_exists("complaint", "sealed_identity"):  # NULL: old row hashes unchanged
        migrate(migrator.add_column("complaint", "sealed_identity", Complaint.sealed_identity))
    home = home_office()
    seal_stored(home.code if home is not None else None)


# Ordered steps: (version reached, function(migrator)). A step must be harmless when
# run twice: check that the column/index is missing before adding it.
MIGRATIONS: list[tuple[int, Callable]] = [
    (2, _v2_period_indexes),
    (3, _v3_request_name_parts),
    (4, _v4_covering_indexes),
    (5, _v5_survey_follow_up),
    (6, _v6_seal_rows),
    (7, _v7_office_keys),
    (8, _v8_sealed_identities),
]
SCRUB_AFTER = 8  # an upgrade across this step rebuilds a SQLite file (plain values gone)

SCHEMA_VERSION = MIGRATIONS[-1][0]


def current_version() -> int | None:
    database = dbmod.database.obj
    if not database.table_exists("schema_version"):
        return None
    row = SchemaVersion.get_or_none(SchemaVersion.id == 1)
    return row.version if row else None


def create_schema() -> None:
    with dbmod.write_transaction():
        dbmod.database.obj.create_tables(ALL_TABLES, safe=True)
        set_version(SCHEMA_VERSION)


def set_version(version: int) -> None:
    if SchemaVersion.get_or_none(SchemaVersion.id == 1):
        SchemaVersion.update(version=version, upgraded_at=utcnow()).where(
            SchemaVersion.id == 1
        ).execute()
    else:
        SchemaVersion.create(id=1, version=version)


def migrator():
    # imported here: playhouse.migrate loads the PostgreSQL driver (see db.py), and only
    # an upgrade needs it
    from playhouse.migrate import PostgresqlMigrator, SqliteMigrator

    database = dbmod.database.obj
    return SqliteMigrator(database) if dbmod.is_sqlite() else PostgresqlMigrator(database)


def column_exists(table: str, column: str) -> bool:
    return any(c.name == column for c in dbmod.database.obj.get_columns(table))


def upgrade(url: str, from_version: int) -> Path | None:
    """Back up, then apply every step above `from_version`. Returns the backup path."""
    from desk_app.models.core import trail

    backup = pre_migration_backup(url, from_version)
    with trail.upgrading():
        for version, step in MIGRATIONS:
            if version <= from_version:
                continue
            with dbmod.write_transaction():
                step(migrator())
                set_version(version)
    if from_version < SCRUB_AFTER and dbmod.is_sqlite():
        # freed pages and old WAL frames may still hold the plain identities just sealed
        # (written before secure_delete was on); a full disk only leaves them there
        try:
            dbmod.database.obj.execute_sql("VACUUM")
            dbmod.database.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except peewee.OperationalError as exc:
            import logging

            logging.getLogger(__name__).warning("VACUUM after the v8 upgrade failed: %s", exc)
    return backup


def pre_migration_backup(url: str, from_version: int) -> Path | None:
    if dbmod.is_postgres_url(url):
        return None  # the server's own dumps protect PostgreSQL; see `desk-app backup`
    src = dbmod.sqlite_path(url)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = config.backup_dir() / f"{src.stem}-sebelum-v{from_version + 1}-{stamp}.db"
    return dbmod.backup_sqlite(src, dest)


def open_database(url: str | None = None, create: bool = True) -> peewee.Database:
    """Connect to `url` (default: the configured database) and bring its schema to the
    current version. Raises DatabaseError with an Indonesian message on any problem."""
    url = url or config.default_database_url()
    dbmod.make_database(url)  # validates the URL before anything touches the disk
    if not dbmod.is_postgres_url(url) and not create and not dbmod.sqlite_path(url).exists():
        raise DatabaseError(f"Berkas basis data {url} tidak ada.")
    database = dbmod.connect(url)
    try:
        version = current_version()
    except peewee.DatabaseError as exc:
        raise DatabaseError(dbmod.describe_driver_error(exc, url)) from exc
    if version is None:
        existing = [t for t in database.get_tables() if t != "sqlite_sequence"]
        if existing:
            raise DatabaseError(f"{url} berisi tabel lain dan bukan basis data Loket Prima.")
        if not create:
            raise DatabaseError(f"{url} belum berisi basis data Loket Prima.")
        create_schema()
    elif version > SCHEMA_VERSION:
        database.close()
        raise DatabaseError(
            f"Basis data ini dibuat oleh versi Loket Prima yang lebih baru (skema {version}, "
            f"program ini skema {SCHEMA_VERSION}). Perbarui aplikasi terlebih dahulu."
        )
    elif version < SCHEMA_VERSION:
        upgrade(url, version)
        ensure_derived_tables()
        refresh_planner_statistics(database, full=True)
        return database
    ensure_derived_tables()
    refresh_planner_statistics(database)
    return database


def ensure_derived_tables() -> None:
    """Derived tables added without a schema version (rebuilt from the tables they come
    from when missing): the vocabulary of applicants' names (see requests/names.py)."""
    from desk_app.models.requests.names import ensure_vocabulary

    ensure_vocabulary()


def refresh_planner_statistics(database: peewee.Database, full: bool = False) -> None:
    """Give SQLite's query planner table statistics, so that a search by NIK uses the NIK
    index and a period report the date indexes instead of walking the whole table.
    Statistics are gathered when missing (a new database: instant) or when asked (after
    an upgrade or a bulk load: seconds on ten years of data); otherwise SQLite's own
    `PRAGMA optimize` decides. PostgreSQL's autovacuum keeps its own statistics."""
    if not isinstance(database, peewee.SqliteDatabase):
        if full:
            database.execute_sql("ANALYZE")
        return
    has_stats = database.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()
    database.execute_sql("ANALYZE" if full or not has_stats else "PRAGMA optimize")
