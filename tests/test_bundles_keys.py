"""Office keys and enrolment: made at set-up and on upgrade, private half readable by
the app only, reusable seal/open; cards that cannot be altered; revoking and replacing."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from bundle_helpers import enrol, make_district, switch, table_rows

from desk_app.commands.check import find_faults
from desk_app.models.core import keys
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.errors import UserError
from desk_app.models.core.office import home_office
from desk_app.models.offices.bundles import BundleError, export_bundle
from desk_app.models.offices.merge import import_bundle
from desk_app.models.offices.trust import (
    read_card,
    replace_own_keys,
    revoke_trust,
    trust_card,
    trusted,
    write_card,
)

FIXTURES = Path(__file__).parent / "fixtures"


def test_setup_makes_the_office_keys_with_a_private_file_for_this_user_only(db):
    row = keys.active_key("Kw.18")
    assert row is not None and row.revoked_at is None
    path = keys.key_file(row.fingerprint)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    pair = keys.load_keypair("Kw.18")
    assert pair.fingerprint == row.fingerprint
    assert AuditEvent.get((AuditEvent.action == "create_key") & (AuditEvent.entity_id == row.fingerprint))
    # nothing secret in the database: only the public halves
    assert keys.b64(pair.public.sign_public) == row.sign_public


def test_seal_open_and_sign_verify_are_reusable(db):
    pair = keys.load_keypair("Kw.18")
    sealed = keys.seal(pair.public, b"Zulkarnain, 0812", b"complaint:1")
    assert b"Zulkarnain" not in sealed
    assert keys.open_sealed(pair, sealed, b"complaint:1") == b"Zulkarnain, 0812"
    with pytest.raises(UserError, match="tidak dapat dibuka"):
        keys.open_sealed(pair, sealed, b"complaint:2")  # bound to its context
    other = keys.KeyPair("Kw.18", *_fresh())
    with pytest.raises(UserError, match="tidak dapat dibuka"):
        keys.open_sealed(other, sealed, b"complaint:1")
    signature = keys.sign(pair, b"isi")
    assert keys.verify(pair.public.sign_public, b"isi", signature)
    assert not keys.verify(pair.public.sign_public, b"isi lain", signature)


def _fresh():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return Ed25519PrivateKey.generate(), X25519PrivateKey.generate()


def test_missing_private_key_file_is_a_clear_message(db, tmp_path):
    path = keys.key_file(keys.active_key("Kw.18").fingerprint)
    hidden = tmp_path / "hidden.key"
    shutil.move(path, hidden)
    try:
        with pytest.raises(UserError, match="tidak ada di komputer ini"):
            keys.load_keypair("Kw.18")
    finally:
        shutil.move(hidden, path)


def test_upgrade_from_v4_makes_keys_and_disarms_imported_accounts(tmp_path):
    path = tmp_path / "v4.db"
    shutil.copyfile(FIXTURES / "schema_v4.db", path)
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO user (id, office, created_at, updated_at, username, full_name, nip, position, "
            "role, password_hash, active, failed_logins) VALUES ('u-boss', 'Kk.18.01', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 'boss@Kk.18.01', 'Boss', '', '', "
            "'admin', 'scrypt$16384$8$1$c2FsdA==$aGFzaA==', 1, 0)")
    switch(str(path))
    home = home_office().code
    assert keys.active_key(home) is not None
    keys.load_keypair(home)
    from desk_app.models.core.accounts import User

    boss = User.get_by_id("u-boss")
    assert (boss.password_hash, boss.active, boss.role) == ("!", False, "counter")
    assert find_faults() == []


def test_altered_card_is_refused(db, tmp_path):
    write_card(tmp_path / "kw.json")
    text = (tmp_path / "kw.json").read_text()
    (tmp_path / "kw2.json").write_text(text.replace('"Kw.18"', '"Kk.18.09"'))
    with pytest.raises(UserError, match="tidak cocok"):
        read_card(tmp_path / "kw2.json")
    (tmp_path / "kw3.json").write_text(text.replace("Kantor Wilayah", "Kantor Palsu"))
    with pytest.raises(UserError, match="tidak cocok"):
        read_card(tmp_path / "kw3.json")


def test_revoked_or_replaced_keys_and_their_bundles(db_url, tmp_path):
    district = make_district(tmp_path / "d.db", "Kk.18.01")
    enrol(district, db_url, tmp_path)
    switch(district)
    first = export_bundle(None, tmp_path / "1.zip").path
    # The district replaces its key (e.g. a lost laptop): its old bundles stay readable
    # only while the province still trusts the old key.
    replace_own_keys(reason="laptop hilang")
    new_card = write_card(tmp_path / "new.json")
    second = export_bundle(None, tmp_path / "2.zip").path
    switch(db_url)
    assert import_bundle(first).imported
    before = table_rows()
    with pytest.raises(BundleError, match="tidak ditandatangani oleh kantor yang terdaftar"):
        import_bundle(second)  # signed with a key not (yet) enrolled here
    assert table_rows() == before
    _row, what = trust_card(read_card(tmp_path / "new.json"))
    assert what == "ganti" and trusted("Kk.18.01").fingerprint == new_card.fingerprint
    assert import_bundle(second).imported
    actions = [e.action for e in AuditEvent.select().where(AuditEvent.office == "Kw.18")]
    assert "replace_trust" in actions
    # Revoked: nothing from that office is accepted any more.
    revoke_trust("Kk.18.01", reason="kantor digabung")
    assert trusted("Kk.18.01") is None
    switch(district)
    third = export_bundle(None, tmp_path / "3.zip").path
    switch(db_url)
    before = table_rows()
    with pytest.raises(BundleError, match="tidak ditandatangani"):
        import_bundle(third)
    assert table_rows() == before and find_faults() == []
    assert AuditEvent.get(AuditEvent.action == "revoke_trust").diff["reason"] == "kantor digabung"
