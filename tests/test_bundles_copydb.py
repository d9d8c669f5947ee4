"""copy-db: SQLite -> PostgreSQL -> SQLite keeps every record, number and the audit chain."""

from __future__ import annotations

import pytest
from bundle_helpers import enrol, make_district, switch, table_rows

from desk_app.cli import main
from desk_app.commands.copy_db import progress_line
from desk_app.models.core import audit
from desk_app.models.core import db as dbmod
from desk_app.models.core.errors import UserError
from desk_app.models.core.office import home_office
from desk_app.models.offices import copydb
from desk_app.models.offices.bundles import export_bundle
from desk_app.models.offices.copydb import copy_database
from desk_app.models.offices.merge import import_bundle
from desk_app.models.requests.tables import ServiceRequest


def close_proxy():
    obj = dbmod.database.obj
    if obj is not None and not obj.is_closed():
        obj.close()


@pytest.fixture
def pg_url(pg):
    if pg.ensure() is None:
        pytest.skip(pg.error)
    url = pg.create_database()
    yield url
    close_proxy()
    pg.drop_database(url)


def snapshot_of(url: str) -> dict:
    switch(url)
    rows = table_rows()
    faults = audit.verify_chain()
    close_proxy()
    return rows, faults


def test_sqlite_to_postgres_and_back_gives_identical_records(tmp_path, pg_url):
    source = make_district(tmp_path / "kk.db", "Kk.18.01", requests=3)
    province = make_district(tmp_path / "prov.db", "Kw.18", requests=0)
    enrol(source, province, tmp_path)  # keys, a trusted office and their audit events
    switch(source)
    export_bundle(None, tmp_path / "b.zip")  # a mark in the settings and its audit event
    close_proxy()
    first = copy_database(source, pg_url)
    assert first.chain_faults == [] and first.counts["service_request"] == 3
    back = str(tmp_path / "back.db")
    second = copy_database(pg_url, back)
    assert second.counts == first.counts

    original, faults = snapshot_of(source)
    assert faults == []
    on_server, server_faults = snapshot_of(pg_url)
    returned, back_faults = snapshot_of(back)
    assert server_faults == [] and back_faults == []
    assert on_server == original
    assert returned == original
    assert sum(len(rows) for rows in original.values()) == first.total
    # Numbers continue where they were: the next request gets the next serial.
    switch(back)
    assert max(r.serial for r in ServiceRequest.select()) == 3


def test_non_empty_target_refused_without_force(tmp_path, pg_url):
    source = make_district(tmp_path / "kk.db", "Kk.18.01", requests=1)
    other = make_district(tmp_path / "other.db", "Kk.18.02", requests=2)
    close_proxy()
    copy_database(other, pg_url)
    before, _ = snapshot_of(pg_url)
    with pytest.raises(UserError, match="tidak kosong.*--force"):
        copy_database(source, pg_url)
    after, _ = snapshot_of(pg_url)
    assert after == before
    result = copy_database(source, pg_url, force=True)
    assert result.counts["service_request"] == 1
    copied, faults = snapshot_of(pg_url)
    original, _ = snapshot_of(source)
    assert copied == original and faults == []


def test_copy_db_command(tmp_path, pg_url, capsys):
    source = make_district(tmp_path / "kk.db", "Kk.18.01", requests=1)
    close_proxy()
    assert main(["copy-db", "--from", source, "--to", pg_url]) == 0
    out = capsys.readouterr().out
    assert "Tersalin" in out and "Jejak audit pada tujuan utuh" in out
    assert main(["copy-db", "--from", source, "--to", pg_url]) == 1
    assert "tidak kosong" in capsys.readouterr().err
    assert main(["copy-db", "--from", str(tmp_path / "hilang.db"), "--to", pg_url]) == 1
    assert "tidak ada" in capsys.readouterr().err
    assert main(["check", "--db", pg_url]) == 0


def test_consolidated_province_can_move_to_the_server(tmp_path, pg_url):
    """A province database holding imported offices copies with every chain intact."""
    district = make_district(tmp_path / "kk.db", "Kk.18.01", requests=1)
    province = make_district(tmp_path / "prov.db", "Kw.18", requests=1)
    enrol(district, province, tmp_path)
    switch(district)
    bundle = export_bundle(None, tmp_path / "b.zip").path
    switch(province)
    import_bundle(bundle)
    close_proxy()
    result = copy_database(province, pg_url)
    assert result.chain_faults == []
    switch(pg_url)
    assert {r.office for r in ServiceRequest.select()} == {"Kw.18", "Kk.18.01"}
    assert home_office().code == "Kw.18"


def index_definitions(url: str) -> dict[str, str]:
    """The secondary indexes of a database, by name (SQLite: with their definition)."""
    db = dbmod.make_database(url)
    db.connect()
    try:
        if dbmod.is_postgres_url(url):
            rows = db.execute_sql(
                "SELECT indexname, '' FROM pg_indexes i WHERE schemaname = current_schema() AND NOT "
                "EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)").fetchall()
        else:
            rows = db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                  "AND sql IS NOT NULL").fetchall()
        return dict(rows)
    finally:
        db.close()


def foreign_keys(url: str) -> set[tuple]:
    db = dbmod.make_database(url)
    db.connect()
    try:
        return set(db.execute_sql("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
                                  "FROM pg_constraint WHERE contype = 'f'").fetchall())
    finally:
        db.close()


def test_big_tables_keep_every_index_and_progress_counts_rows(tmp_path, pg, pg_url, monkeypatch):
    """Tables loaded without their indexes (as big ones are) get exactly the same indexes
    back; progress counts rows up to the total, with time for `copy-db` to estimate."""
    monkeypatch.setattr(copydb, "INDEX_AFTER_ROWS", 0)
    source = make_district(tmp_path / "kk.db", "Kk.18.01", requests=4)
    close_proxy()
    calls = []
    result = copy_database(source, pg_url, progress=lambda *a: calls.append(a))
    back = str(tmp_path / "back.db")
    copy_database(pg_url, back)
    assert index_definitions(back) == index_definitions(source)
    assert set(index_definitions(pg_url)) == set(index_definitions(source))
    fresh = pg.create_database()
    try:
        from desk_app.models.core.schema import open_database

        open_database(fresh)
        close_proxy()
        assert foreign_keys(pg_url) == foreign_keys(fresh) != set()
    finally:
        pg.drop_database(fresh)
    derived = ("request_name_part", "request_name_word")  # rebuilt on the target, not copied
    copied_rows = result.total - sum(result.counts.get(name, 0) for name in derived)
    assert calls[-1] == (copied_rows, copied_rows, "Selesai")
    done = [c[0] for c in calls]
    assert done == sorted(done) and all(c[1] == copied_rows for c in calls)
    assert snapshot_of(back) == snapshot_of(source)
    line = progress_line(500, 2000, 10.0, "Menyalin service_request")
    assert line == "500 / 2.000 baris (25%), sisa ± 0:30 — Menyalin service_request"
