"""Schema versions: fresh databases, upgrades from every released version, refusals."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from desk_app import config
from desk_app.models.core import audit
from desk_app.models.core import db as dbmod
from desk_app.models.core.accounts import User
from desk_app.models.core.errors import DatabaseError
from desk_app.models.core.schema import SCHEMA_VERSION, current_version, open_database
from desk_app.models.core.tables import ALL_TABLES

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema_v*.db"))


def test_a_fixture_exists_for_the_first_schema():
    assert any(p.name == "schema_v1.db" for p in FIXTURES)


def test_new_database_gets_the_current_version(empty_db_url):
    open_database(empty_db_url)
    assert current_version() == SCHEMA_VERSION


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_every_released_schema_upgrades_and_keeps_its_data(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    old_version = int(fixture.stem.split("_v")[1])
    backups_before = set(config.backup_dir().iterdir())
    database = open_database(str(path))
    assert current_version() == SCHEMA_VERSION
    # Every column the models expect is there after the upgrade.
    for model in ALL_TABLES:
        columns = {c.name for c in database.get_columns(model._meta.table_name)}
        expected = {f.column_name for f in model._meta.sorted_fields}
        assert expected <= columns, f"{model.__name__} lacks {expected - columns}"
    upgraded_indexes = {i.name for m in ALL_TABLES for i in database.get_indexes(m._meta.table_name)}
    assert User.get(User.username == "admin").full_name == "Admin Fixture"
    assert audit.verify_chain() == []
    if old_version < SCHEMA_VERSION:
        new_backups = set(config.backup_dir().iterdir()) - backups_before
        assert any(f"sebelum-v{old_version + 1}" in p.name for p in new_backups)
    database.close()
    # Opening again is harmless (migrations already applied).
    open_database(str(path)).close()
    # The upgraded database has every index a new database gets.
    fresh = open_database(str(tmp_path / "fresh.db"))
    fresh_indexes = {i.name for m in ALL_TABLES for i in fresh.get_indexes(m._meta.table_name)}
    fresh.close()
    assert fresh_indexes == upgraded_indexes  # none missing, none left over


def test_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "future.db"
    open_database(str(path)).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="versi Loket Prima yang lebih baru"):
        open_database(str(path))


def test_foreign_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE things (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="bukan basis data Loket Prima"):
        open_database(str(path))


def test_not_a_database_file_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError, match="rusak atau bukan basis data"):
        open_database(str(path))


@pytest.mark.parametrize(
    "url, message",
    [
        ("mysql://x@y/z", "Alamat basis data tidak dikenali"),
        ("postgresql://u@localhost:99999/db", "port tidak sah"),
        ("postgresql://u@localhost:5432/", "tanpa nama basis data"),
        ("/no/such/folder/desk.db", "tidak ada"),
    ],
)
def test_bad_urls_get_indonesian_messages(url, message):
    with pytest.raises(DatabaseError, match=message):
        open_database(url)


def test_sqlite_pragmas(tmp_path):
    database = open_database(str(tmp_path / "p.db"))
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert dbmod.is_sqlite()
    database.close()


def test_v4_adds_the_covering_indexes_of_the_period_counts(db_url, db):
    from desk_app.models.core.schema import set_version
    from desk_app.models.requests.tables import STEP_FIGURES_INDEX

    def step_indexes():
        return {i.name for i in dbmod.database.obj.get_indexes("request_step")}

    database = dbmod.database.obj
    database.execute_sql(f'DROP INDEX "{STEP_FIGURES_INDEX}"')  # as a v3 database
    database.execute_sql('CREATE INDEX "request_step_done_at" ON "request_step" ("done_at")')
    database.execute_sql('DROP INDEX "service_request_reg_date_status_voided_at"')
    set_version(3)
    database.close()
    open_database(db_url)
    assert current_version() == SCHEMA_VERSION
    assert STEP_FIGURES_INDEX in step_indexes()
    assert "request_step_done_at" not in step_indexes()
    # every column the figures count is in the index, the time first
    index = next(i for i in dbmod.database.obj.get_indexes("request_step")
                 if i.name == STEP_FIGURES_INDEX)
    assert index.columns == ["done_at", "sop_step_id", "deviation", "skipped", "over_standard"]
    population = [i.columns for i in dbmod.database.obj.get_indexes("service_request")
                  if i.name == "service_request_reg_date_status_voided_at"]
    assert population == [["reg_date", "status", "voided_at"]]
