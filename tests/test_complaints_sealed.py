"""Identities of protected (rahasia) complainants are encrypted at rest (schema v8): the
database file, its WAL, a backup and a copy-db target show only ciphertext; the audited
reveal opens it with the office key, and without the key file nothing is written."""

from __future__ import annotations

import base64
import json
import os
import shutil
import sqlite3
import subprocess
import uuid
from pathlib import Path

import pytest
from complaint_helpers import AT, log

from desk_app import crash
from desk_app.models.complaints import identity as complaint_identity
from desk_app.models.complaints import sealing
from desk_app.models.complaints import views as complaint_views
from desk_app.models.complaints.tables import Complaint, ComplaintEvent
from desk_app.models.core import audit, keys
from desk_app.models.core import db as dbmod
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.backup import backup_database
from desk_app.models.core.schema import SCHEMA_VERSION, open_database
from desk_app.models.offices.copydb import copy_database

NAME = "Zulkarnain Rahasiawan"
PHONE = "081234509876"
ADDRESS = "Dusun Sembunyi Jauh"
SECRETS = (NAME.encode(), PHONE.encode(), ADDRESS.encode(), NAME.upper().encode())
WORDS = f"Saya {NAME} (HP {PHONE}) dimintai uang saat legalisir."


def _secret(counter):
    return log(counter, protection="rahasia", complainant_name=NAME, contact=PHONE, address=ADDRESS,
               text=WORDS)


def _raw_sqlite(path: Path) -> bytes:
    data = b""
    for extra in ("", "-wal", "-journal"):
        p = Path(str(path) + extra)
        if p.exists():
            data += p.read_bytes()
    return data


def _assert_no_secret(data: bytes, where: str) -> None:
    for secret in SECRETS:
        assert secret not in data, f"{secret!r} readable in {where}"


def _pg_raw(url: str) -> bytes:
    """Every complaint row as the server stores it, read with its own client."""
    out = subprocess.run(["psql", url, "-At", "-c", "SELECT complaint::text FROM complaint"],
                         capture_output=True, check=True)
    return out.stdout


def _counts(complaint_id: str) -> tuple[int, int]:
    return (ComplaintEvent.select().where(ComplaintEvent.complaint == complaint_id).count(),
            AuditEvent.select().count())


def test_identity_is_ciphertext_in_the_database_file_backup_and_copy(db_url, backend, counter, tmp_path):
    c = _secret(counter)
    row = Complaint.get_by_id(c.id)
    assert (row.complainant_name, row.complainant_contact, row.complainant_address) == ("", "", "")
    assert row.text == "Saya [dirahasiakan] (HP [dirahasiakan]) dimintai uang saat legalisir."
    assert row.sealed_identity.startswith(f"lp1:{keys.active_key('Kw.18').fingerprint}:")
    dbmod.database.obj.close()
    if backend == "sqlite":
        _assert_no_secret(_raw_sqlite(Path(db_url)), "the SQLite file and its WAL")
    else:
        raw = _pg_raw(db_url)
        assert b"lp1:" in raw  # the query reads the rows
        _assert_no_secret(raw, "the PostgreSQL rows")
    backup = backup_database(db_url, tmp_path / "cadangan")
    data = backup.read_bytes()
    if backup.suffix == ".dump":  # pg_dump's custom format is compressed: read it as SQL
        data = subprocess.run(["pg_restore", "--data-only", "-f", "-", str(backup)],
                              capture_output=True, check=True).stdout
        assert b"lp1:" in data
    _assert_no_secret(data, f"the backup {backup.name}")
    target = tmp_path / "salinan.db"
    copy_database(db_url, str(target))
    copied = _raw_sqlite(target)
    assert len(copied) > 10_000
    _assert_no_secret(copied, "the copy-db target")
    open_database(db_url)  # the copy keeps the sealed value: it opens with the office key
    con = sqlite3.connect(target)
    (value,) = con.execute("SELECT sealed_identity FROM complaint").fetchone()
    con.close()
    assert sealing.open_identity("Kw.18", c.id, value)["name"] == NAME


def test_reveal_opens_the_identity_with_the_key_and_is_audited(counter, head):
    c = _secret(counter)
    assert complaint_views.public_view(Complaint.get_by_id(c.id))["complainant"] == "Dirahasiakan"
    who = complaint_identity.reveal_identity(head, c.id, "Klarifikasi kepada pelapor", at=AT)
    assert (who.name, who.contact, who.address, who.text) == (NAME, PHONE, ADDRESS, WORDS)
    event = AuditEvent.select().where((AuditEvent.entity_id == c.id) & (AuditEvent.action == "reveal")).get()
    assert event.actor == head.username and event.diff["reason"] == "Klarifikasi kepada pelapor"
    assert NAME not in str(event.diff) and PHONE not in str(event.diff)
    assert ComplaintEvent.select().where((ComplaintEvent.complaint == c.id)
                                         & (ComplaintEvent.kind == "reveal")).count() == 1


def test_reveal_without_the_key_file_is_refused_and_writes_nothing(counter, head, tmp_path, monkeypatch):
    c = _secret(counter)
    before = _counts(c.id)
    monkeypatch.setenv("DESK_APP_HOME", str(tmp_path / "pc-baru"))  # a PC without the key folder
    with pytest.raises(sealing.SealedIdentityError,
                       match="Kunci kantor tidak ada di PC ini; pulihkan dari cadangan kunci"):
        complaint_identity.reveal_identity(head, c.id, "Klarifikasi", at=AT)
    assert _counts(c.id) == before


def test_a_sealed_value_opens_only_for_its_own_complaint(counter):
    a, b = _secret(counter), _secret(counter)
    moved = Complaint.get_by_id(a.id).sealed_identity
    with pytest.raises(sealing.SealedIdentityError, match="tidak dapat dibuka"):
        sealing.open_identity("Kw.18", b.id, moved)


def test_named_and_anonymous_complaints_are_unchanged(counter):
    named = log(counter, complainant_name="Lalu Hamdani", contact="081234567000")
    anonymous = log(counter, protection="anonim", complainant_name="", contact="", address="")
    assert Complaint.get_by_id(named.id).complainant_name == "Lalu Hamdani"
    assert Complaint.get_by_id(named.id).sealed_identity is None
    assert Complaint.get_by_id(anonymous.id).sealed_identity is None


def test_crash_log_masks_a_protected_name_this_process_handled(counter):
    _secret(counter)
    assert NAME in crash.protected_names()
    assert NAME not in crash.scrub(f"gagal menyimpan: {NAME} mengadu")


def test_sealed_value_is_checked_for_form():
    assert sealing.problem("lp1:" + "a" * 64 + ":" + "QUJD" * 20) is None
    assert "tidak berbentuk sah" in sealing.problem("Zulkarnain")
    assert "terlalu panjang" in sealing.problem("lp1:" + "a" * 64 + ":" + "A" * sealing.MAX_SEALED)
    assert "terlalu pendek" in sealing.problem("lp1:" + "a" * 64 + ":QUJD")


# --- the upgrade from v7 -----------------------------------------------------------------

def _as_v7(db_url: str, backend: str, plain: dict) -> None:
    """Turn the open (current) database back into a v7 one holding `plain` identities."""
    db = dbmod.database.obj
    mark = db.param
    for complaint_id, (name, contact, address, text) in plain.items():
        db.execute_sql(f"UPDATE complaint SET complainant_name = {mark}, complainant_contact = {mark}, "
                       f"complainant_address = {mark}, text = {mark}, sealed_identity = NULL WHERE id = {mark}",
                       (name, contact, address, text, complaint_id))
    db.execute_sql('ALTER TABLE complaint DROP COLUMN sealed_identity')
    db.execute_sql("UPDATE schema_version SET version = 7")
    db.close()


def test_upgrade_seals_plain_identities_on_both_backends(db_url, backend, counter, head):
    c = _secret(counter)
    named = log(counter, complainant_name="Lalu Hamdani", contact="081234567000")
    _as_v7(db_url, backend, {c.id: (NAME, PHONE, ADDRESS, WORDS)})
    open_database(db_url)
    row = Complaint.get_by_id(c.id)
    assert (row.complainant_name, row.text) == ("", "Saya [dirahasiakan] (HP [dirahasiakan]) dimintai uang saat legalisir.")
    assert complaint_identity.reveal_identity(head, c.id, "Periksa", at=AT).text == WORDS
    assert Complaint.get_by_id(named.id).complainant_name == "Lalu Hamdani"
    from desk_app.commands.check import find_faults

    assert find_faults() == []  # the sealed rows are vouched for by the trail
    dbmod.database.obj.close()
    raw = _raw_sqlite(Path(db_url)) if backend == "sqlite" else _pg_raw(db_url)
    _assert_no_secret(raw, "the upgraded database")


FIXTURE = Path(__file__).parent / "fixtures" / "schema_v7.db"


def _fixture_complaint(con, user_id: str, office: str, serial: int, protection: str, name: str, text: str):
    cid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{office}/{serial}"))
    con.execute(
        "INSERT INTO complaint (id, office, created_at, updated_at, number, year, serial, kind, channel, "
        "external_ticket, received_date, protection, complainant_name, complainant_contact, "
        "complainant_address, category, text, stage, needs_examination, assigned_unit, reply_text, "
        "reply_number, outcome, registered_by_id, registered_at) VALUES (?, ?, '2026-11-02 02:00:00', "
        "'2026-11-02 02:00:00', ?, 2026, ?, 'pengaduan', 'datang langsung', '', '2026-11-02', ?, ?, ?, ?, "
        "'pelayanan', ?, 'diterima', 0, '', '', '', '', ?, '2026-11-02 02:00:00')",
        (cid, office, f"P-{office}-{serial}", serial, protection, name,
         PHONE if protection == "rahasia" else "0811", ADDRESS if protection == "rahasia" else "", text, user_id))
    return cid


def test_upgrade_of_the_v7_fixture_seals_own_and_district_complaints(tmp_path):
    """Own complaints to the office key, a trusted district's to that district's key (only
    it can reveal them), an unknown office's identity removed; kept old versions too."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    path = tmp_path / "v7.db"
    shutil.copyfile(FIXTURE, path)
    own = keys.KeyPair("Kw.18", Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    district = keys.KeyPair("Kk.18.01", Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    keys._write_private(own)  # the fixture's own key file is not on this PC: a known one replaces it
    con = sqlite3.connect(path)
    (user_id,) = con.execute("SELECT id FROM user WHERE username = 'admin'").fetchone()
    con.execute("UPDATE office_key SET revoked_at = '2026-11-01 00:00:00'")
    con.execute("INSERT INTO office_key (fingerprint, office, sign_public, box_public, created_at, "
                "revoked_reason) VALUES (?, 'Kw.18', ?, ?, '2026-11-01 00:00:00', '')",
                (own.fingerprint, keys.b64(own.public.sign_public), keys.b64(own.public.box_public)))
    con.execute("INSERT INTO trusted_office (id, office, name, sign_public, box_public, fingerprint, "
                "trusted_at, trusted_by, revoked_reason) VALUES ('t1', 'Kk.18.01', 'Mataram', ?, ?, ?, "
                "'2026-11-01 00:00:00', 'admin', '')",
                (keys.b64(district.public.sign_public), keys.b64(district.public.box_public), district.fingerprint))
    mine = _fixture_complaint(con, user_id, "Kw.18", 1, "rahasia", NAME, WORDS)
    theirs = _fixture_complaint(con, user_id, "Kk.18.01", 1, "rahasia", NAME, WORDS)
    unknown = _fixture_complaint(con, user_id, "Kk.18.02", 1, "rahasia", NAME, WORDS)
    named = _fixture_complaint(con, user_id, "Kw.18", 2, "bernama", "Lalu Hamdani", "Antrean lama.")
    version = {"id": theirs, "office": "Kk.18.01", "protection": "rahasia", "complainant_name": NAME,
               "complainant_contact": PHONE, "complainant_address": ADDRESS, "text": WORDS}
    con.execute("INSERT INTO replaced_version (id, bundle_id, entity, entity_id, version, replaced_at) "
                "VALUES ('r1', 'b1', 'Complaint', ?, ?, '2026-11-02 00:00:00')", (theirs, json.dumps(version)))
    for stage in ("verifikasi", "disposisi", "tindak lanjut"):  # older versions of the rows, freed
        con.execute("UPDATE complaint SET stage = ?, assigned_unit = ?", (stage, stage * 3))
    con.commit()
    con.close()
    assert NAME.encode() in _raw_sqlite(path)
    open_database(str(path))
    try:
        from desk_app.models.core.trail import hash_rows, latest_hashes
        from desk_app.models.offices.tables import ReplacedVersion

        rows = {r.id: r for r in Complaint.select()}
        assert rows[mine].sealed_identity.startswith(f"lp1:{own.fingerprint}:")
        assert sealing.open_identity("Kw.18", mine, rows[mine].sealed_identity)["text"] == WORDS
        assert rows[theirs].sealed_identity.startswith(f"lp1:{district.fingerprint}:")
        blob = base64.b64decode(rows[theirs].sealed_identity.split(":", 2)[2])
        assert NAME in keys.open_sealed(district, blob, sealing.context("Kk.18.01", theirs)).decode()
        assert rows[unknown].sealed_identity is None and rows[unknown].complainant_name == ""
        assert rows[named].complainant_name == "Lalu Hamdani"
        for cid in (mine, theirs, unknown):
            assert rows[cid].text.startswith("Saya [dirahasiakan]")
            assert latest_hashes("Complaint", [cid])[cid][0] == dict(hash_rows(Complaint, [cid]))[cid]
        kept = ReplacedVersion.get_by_id("r1").version
        assert kept["complainant_name"] == "" and kept["sealed_identity"].startswith(f"lp1:{district.fingerprint}")
        assert audit.verify_chain() == []
        assert dbmod.database.obj.execute_sql("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        dbmod.database.obj.close()
    _assert_no_secret(_raw_sqlite(path), "the upgraded v7 file")


# --- bundles: the sealed value travels as it is --------------------------------------------

@pytest.fixture
def sent(db_url, tmp_path):
    """District Kk.18.01 (one rahasia complaint) enrolled with the province (db_url), and
    its first full bundle; the proxy points at the province afterwards."""
    from types import SimpleNamespace

    from bundle_helpers import enrol, make_district, switch

    from desk_app.models.offices.bundles import export_bundle

    district = make_district(tmp_path / "d.db", "Kk.18.01")
    enrol(district, db_url, tmp_path)
    switch(district)
    sealed = Complaint.get(Complaint.office == "Kk.18.01").sealed_identity
    path = export_bundle(None, tmp_path / "kk1801.zip").path
    switch(db_url)
    return SimpleNamespace(path=path, tmp=tmp_path, sealed=sealed)


def _forged(sent, name: str, change):
    from bundle_helpers import edit_rows, open_members, pack, province_keys, sender_pair

    def edit(rows):
        for row in rows:
            if row["protection"] == "rahasia":
                change(row)
        return rows

    members = edit_rows(open_members(sent.path), "complaint", edit)
    public, _pair = province_keys()
    return pack(sent.tmp / name, members, sender_pair("Kk.18.01"), public)


def test_province_keeps_the_districts_ciphertext_and_cannot_reveal(sent, head):
    from bundle_helpers import SECRET_NAME

    from desk_app.commands.check import find_faults
    from desk_app.models.offices.merge import import_bundle

    import_bundle(sent.path)
    row = Complaint.get(Complaint.office == "Kk.18.01")
    assert row.sealed_identity == sent.sealed and row.complainant_name == ""
    assert SECRET_NAME not in row.text
    with pytest.raises(sealing.SealedIdentityError, match="hanya kantor itu"):
        complaint_identity.reveal_identity(head, row.id, "Ingin tahu")
    assert find_faults() == []


@pytest.mark.parametrize("name,change,reason", [
    ("plain", lambda r: r.update(complainant_name="Zulkarnain Rahasiawan", sealed_identity=None),
     "tanpa enkripsi"),
    ("garbage", lambda r: r.update(sealed_identity="lp1:bukan-sidik-jari:!!!"), "tidak berbentuk sah"),
    ("old-version", lambda r: r.pop("sealed_identity"), "versi lama"),
    ("oversized", lambda r: r.update(  # incompressible: not taken for a zip bomb
        sealed_identity=r["sealed_identity"] + base64.b64encode(os.urandom(sealing.MAX_SEALED)).decode()),
     "terlalu panjang"),
])
def test_province_refuses_a_rahasia_row_without_a_proper_sealed_identity(sent, name, change, reason):
    from bundle_helpers import table_rows

    from desk_app.models.offices.bundles import BundleError
    from desk_app.models.offices.merge import import_bundle

    forged = _forged(sent, f"{name}.zip", change)
    before = table_rows()
    with pytest.raises(BundleError, match=reason) as info:
        import_bundle(forged)
    assert "Complaint baris 1" in info.value.message or "complaint baris 1" in info.value.message.lower()
    assert table_rows() == before


def test_names_kept_for_the_crash_log_are_bounded():
    for i in range(sealing.MAX_REMEMBERED + 100):
        sealing.remember(f"Pelapor Nomor {i:04d}")
    names = sealing.names_in_memory()
    assert len(names) == sealing.MAX_REMEMBERED
    assert f"Pelapor Nomor {sealing.MAX_REMEMBERED + 99:04d}" in names and "Pelapor Nomor 0000" not in names
