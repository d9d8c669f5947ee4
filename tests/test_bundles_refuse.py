"""Forged bundles, built from genuine ones, are refused before anything changes.

Each attack of issue 16 is done here the way an attacker would: rows edited with the
checksums recomputed; re-signed with an unknown key, or (the worst case) with the
district's own stolen key, so that only the row rules stand in the way. Each time the
province database is unchanged row for row and `check` stays green.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from types import SimpleNamespace

import pytest
from bundle_helpers import (
    DISTRICTS,
    SECRET_NAME,
    edit_rows,
    enrol,
    make_district,
    open_members,
    pack,
    province_keys,
    sender_pair,
    switch,
    table_rows,
    user,
)
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desk_app.commands.check import find_faults
from desk_app.models.complaints.flow import register_complaint
from desk_app.models.core import keys
from desk_app.models.core.accounts import LoginFailed, authenticate
from desk_app.models.core.base import utcnow
from desk_app.models.offices.bundles import BundleError, export_bundle
from desk_app.models.offices.merge import import_bundle, preview_bundle
from desk_app.models.offices.trust import read_card, trust_card, write_card
from desk_app.models.requests.flow import change_status
from desk_app.models.requests.tables import ServiceRequest


@pytest.fixture
def sent(db_url, tmp_path):
    """District Kk.18.01 enrolled with the province (db_url) and its first full bundle;
    the proxy points at the province afterwards."""
    district = make_district(tmp_path / "d.db", "Kk.18.01")
    enrol(district, db_url, tmp_path)
    switch(district)
    path = export_bundle(None, tmp_path / "kk1801.zip").path
    switch(db_url)
    return SimpleNamespace(path=path, district=district, province=db_url, tmp=tmp_path)


def refused(path, match: str) -> str:
    before = table_rows()
    for call in (preview_bundle, import_bundle):
        with pytest.raises(BundleError, match=match) as info:
            call(path)
    assert table_rows() == before
    assert find_faults() == []
    return info.value.message


def forge(sent, name: str, edit, signer=None):
    """The genuine bundle's members edited, checksums recomputed, re-signed (by default
    with the district's own key) and encrypted for the province again."""
    members = edit(open_members(sent.path))
    public, _pair = province_keys()
    return pack(sent.tmp / name, members, signer or sender_pair("Kk.18.01"), public)


def test_bundle_shows_nothing_readable_and_carries_no_password_hash(sent):
    raw = sent.path.read_bytes()
    with zipfile.ZipFile(sent.path) as zf:
        assert sorted(zf.namelist()) == ["envelope.json", "payload.bin"]
    for secret in (SECRET_NAME.encode(), b"Baiq Siti Aminah", b"5271014506900001", b"scrypt$", b"jsonl"):
        assert secret not in raw
    members = open_members(sent.path)
    # sealed at the district: not even the province reads the rahasia identity
    assert SECRET_NAME.encode() not in members["complaint.jsonl"]
    assert b'"sealed_identity": "lp1:' in members["complaint.jsonl"]
    assert b"password_hash" not in members["user.jsonl"] and b"scrypt" not in members["user.jsonl"]
    assert set(members) == {"manifest.json", "user.jsonl", "service.jsonl", "service_standard.jsonl",
                            "sop.jsonl", "sop_revision.jsonl", "sop_step.jsonl", "applicant.jsonl",
                            "service_request.jsonl", "request_event.jsonl", "request_step.jsonl",
                            "complaint.jsonl", "complaint_event.jsonl", "survey_batch.jsonl",
                            "survey_response.jsonl", "audit_event.jsonl"}


def test_edited_rows_signed_by_an_unknown_key_are_refused(sent):
    impostor = keys.KeyPair("Kk.18.01", Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    def edit(members):
        return edit_rows(members, "service_request", lambda rows: [dict(r, status="selesai") for r in rows])

    message = refused(forge(sent, "impostor.zip", edit, signer=impostor),
                      "tidak ditandatangani oleh kantor yang terdaftar")
    assert "Tidak ada yang diubah" in message


def test_payload_changed_after_signing_is_refused(sent):
    with zipfile.ZipFile(sent.path) as zf:
        env, payload = zf.read("envelope.json"), bytearray(zf.read("payload.bin"))
    payload[len(payload) // 2] ^= 1
    tampered = sent.tmp / "tampered.zip"
    with zipfile.ZipFile(tampered, "w") as zf:
        zf.writestr("payload.bin", bytes(payload))
        zf.writestr("envelope.json", env)
    refused(tampered, "diubah setelah ditandatangani")


def test_resigned_payload_that_does_not_decrypt_is_refused(sent):
    """Even with the district's key, a payload not encrypted for this office fails."""
    with zipfile.ZipFile(sent.path) as zf:
        body, payload = json.loads(zf.read("envelope.json")), bytearray(zf.read("payload.bin"))
    payload[40] ^= 1
    import hashlib

    body.pop("signature")
    body["payload_sha256"] = hashlib.sha256(payload).hexdigest()
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    body["signature"] = keys.b64(keys.sign(sender_pair("Kk.18.01"), canonical))
    forged = sent.tmp / "resigned.zip"
    with zipfile.ZipFile(forged, "w") as zf:
        zf.writestr("payload.bin", bytes(payload))
        zf.writestr("envelope.json", json.dumps(body))
    refused(forged, "tidak dapat dibuka dengan kunci kantor ini")


def test_bundle_claiming_another_district_is_refused(sent):
    # (d) the district's rows relabelled as another district's, signed with its own key
    def relabel(members):
        return edit_rows(members, "service_request", lambda rows: [dict(r, office="Kk.18.02") for r in rows])

    message = refused(forge(sent, "relabel.zip", relabel), "data kantor lain")
    assert "service_request baris 1" in message
    # ... or an envelope naming Kk.18.02 as its sender: no such key enrolled here
    stolen = sender_pair("Kk.18.01")
    claim = keys.KeyPair("Kk.18.02", stolen.sign_private, stolen.box_private)
    refused(forge(sent, "claim.zip", lambda m: m, signer=claim), "tidak ditandatangani")


def test_bundle_addressed_to_another_office_is_refused(sent):
    other = make_district(sent.tmp / "other.db", "Kk.18.02")
    write_card(sent.tmp / "other.json")
    switch(sent.district)
    trust_card(read_card(sent.tmp / "other.json"))
    path = export_bundle(None, sent.tmp / "for-other.zip", full=True, recipient="Kk.18.02").path
    switch(sent.province)
    refused(path, "ditujukan kepada kantor lain")
    assert other


def test_replayed_and_superseded_bundles(sent):
    assert import_bundle(sent.path).imported
    switch(sent.district)
    req = ServiceRequest.select().where(ServiceRequest.voided_at.is_null()).get()
    change_status(user("kasi"), req.id, "diproses")
    second = export_bundle(None, sent.tmp / "2.zip").path
    switch(sent.province)
    assert import_bundle(second).imported
    before = table_rows()
    assert import_bundle(sent.path).already_imported  # the same file again: nothing happens
    assert import_bundle(second).already_imported
    assert table_rows() == before

    def replay(members):  # the first bundle under a new id, to pass as new
        manifest = json.loads(members["manifest.json"])
        manifest["bundle_id"] = "00000000-0000-4000-8000-000000000001"
        return dict(members, **{"manifest.json": json.dumps(manifest).encode()})

    switch(sent.province)
    refused(forge(sent, "replay.zip", replay), "sudah digantikan")


def test_admin_account_in_a_bundle_is_refused_and_imported_users_cannot_log_in(sent):
    def boss(members):
        def add(rows):
            row = dict(rows[0], id="11111111-1111-4111-8111-111111111111", username="boss",
                       role="admin", active=True, password_hash=rows[0].get("password_hash", "scrypt$x"))
            return rows + [row]
        return edit_rows(members, "user", add)

    message = refused(forge(sent, "boss.zip", boss), "kolom yang tidak boleh dikirim")
    assert "active" in message and "password_hash" in message and "role" in message
    assert import_bundle(sent.path).imported
    for username in ("admin@Kk.18.01", "kasi@Kk.18.01"):
        account = user(username)
        assert not account.active and account.role == "counter" and account.password_hash == "!"
        with pytest.raises(LoginFailed):
            authenticate(username, "admin123")


@pytest.mark.parametrize("table", ["setting", "cuti_bersama", "office", "counter"])
def test_settings_holidays_offices_and_counters_are_never_accepted(sent, table):
    row = {"office": "Kk.18.01", "key": "complaint_reply_days", "value": "x",
           "date": "2026-12-01", "description": "Cuti bersama", "code": "Kw.18", "name": "Palsu"}

    def smuggle(members):
        return dict(members, **{f"{table}.jsonl": (json.dumps(row) + "\n").encode()})

    refused(forge(sent, f"{table}.zip", smuggle), "daftar isinya tidak sesuai")


def test_events_attached_to_province_records_are_refused(sent, counter, head):
    complaint = register_complaint(counter, kind="pengaduan", channel="telepon",
                                   received_date=dt.date(2026, 11, 3), protection="rahasia",
                                   complainant_name="Warga Provinsi", contact="0812", address="",
                                   category="pelayanan", text="Keluhan di kanwil.",
                                   at=dt.datetime(2026, 11, 3, 2))
    now = (utcnow() - dt.timedelta(hours=1)).isoformat()

    def fake_stage(members):  # (g) "stage -> selesai" by the province's head of section
        def add(rows):
            return rows + [{"id": "22222222-2222-4222-8222-222222222222", "office": "Kk.18.01",
                            "created_at": now, "updated_at": now, "complaint": complaint.id, "at": now,
                            "actor": head.id, "kind": "stage", "stage_from": "diterima",
                            "stage_to": "selesai", "text": "", "due_date": None, "unit": "",
                            "to_user": None}]
        return edit_rows(members, "complaint_event", add)

    message = refused(forge(sent, "stage.zip", fake_stage), "merujuk data kantor Kw.18")
    assert "complaint_event baris" in message and "kolom complaint" in message and "kolom actor" in message

    def fake_reveal(members):
        def add(rows):
            last = rows[-1]
            return rows + [dict(last, id="33333333-3333-4333-8333-333333333333", seq=last["seq"] + 1,
                                action="reveal", entity="Complaint", entity_id=complaint.id,
                                prev_hash=last["hash"], hash="a" * 64, at=now)]
        members = edit_rows(members, "audit_event", add)
        manifest = json.loads(members["manifest.json"])
        manifest["head"] = {"seq": manifest["head"]["seq"] + 1, "hash": "a" * 64}
        return dict(members, **{"manifest.json": json.dumps(manifest).encode()})

    refused(forge(sent, "reveal.zip", fake_reveal), "peristiwa audit pada data kantor lain")


def _set(table, column, value, first_only=True):
    def edit(members):
        return edit_rows(members, table, lambda rows: [dict(r, **{column: value}) if (i == 0 or not first_only)
                                                       else r for i, r in enumerate(rows)])
    return edit


BAD_ROWS = [
    ("survey_response", "u1", 1000, "di luar rentang"),
    ("survey_response", "u2", "4", "harus angka"),
    ("survey_response", "gender", "X", "nilai yang tidak dikenal"),
    ("service_request", "applicant_name", "Baiq\x00Siti", "karakter kendali"),
    ("service_request", "applicant_name", "A" * 151, "terlalu panjang"),
    ("service_request", "status", "dibayar", "nilai yang tidak dikenal"),
    ("service_request", "updated_at", "2099-01-01T00:00:00", "masa depan"),
    ("service_request", "registered_at", "kemarin", "bukan tanggal/waktu"),
    ("service_request", "complete", "ya", "harus ya/tidak"),
    ("complaint", "stage", "dibekukan", "nilai yang tidak dikenal"),
    ("complaint", "protection", "terbuka", "nilai yang tidak dikenal"),
    ("complaint", "text", "x" * 100_001, "terlalu panjang"),
    ("audit_event", "at", "2099-01-01T00:00:00", "masa depan"),
]


@pytest.mark.parametrize(("table", "column", "value", "reason"), BAD_ROWS,
                         ids=[f"{t}.{c}:{r}" for t, c, _v, r in BAD_ROWS])
def test_one_bad_row_refuses_the_bundle_naming_row_and_reason(sent, table, column, value, reason):
    message = refused(forge(sent, "bad.zip", _set(table, column, value)), reason)
    assert f"{table} baris 1" in message and f"kolom {column}" in message


def test_oversize_line_is_refused(sent):
    # (h) a 5 MB name: refused from the line's length, without holding it as a row ...
    import secrets

    message = refused(forge(sent, "huge.zip", _set("applicant", "name", secrets.token_hex(2_500_000))),
                      "terlalu panjang")
    assert "Baris 1 applicant" in message
    # ... or, as repetitive text, already from the member's compression ratio
    refused(forge(sent, "huge2.zip", _set("applicant", "name", "N" * 5_000_000)), "bom zip")


def test_complaint_rewritten_and_closed_is_refused(sent):
    assert import_bundle(sent.path).imported
    now = (utcnow() - dt.timedelta(minutes=1)).isoformat()
    edit = _set("complaint", "text", "Tidak ada keluhan.")

    def rewrite(members):
        members = edit(members)
        return edit_rows(members, "complaint", lambda rows: [dict(r, stage="selesai", updated_at=now)
                                                              for r in rows])

    def fresh(members):  # a later bundle number, so that only the rows can refuse it
        manifest = json.loads(members["manifest.json"])
        manifest.update(bundle_id="44444444-4444-4444-8444-444444444444", bundle_seq=2)
        return rewrite(dict(members, **{"manifest.json": json.dumps(manifest).encode()}))

    refused(forge(sent, "rewrite.zip", fresh), "tidak boleh diubah: text")


def test_zip_bomb_outside_the_envelope_is_refused(sent):
    bomb = sent.tmp / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("envelope.json", "{}")
        with zf.open("payload.bin", "w") as out:
            block = bytes(1 << 20)
            for _ in range(200):
                out.write(block)
    assert bomb.stat().st_size < 1_000_000
    refused(bomb, "dimampatkan")


def test_zip_bomb_inside_a_signed_bundle_is_refused(sent):
    """Signed with the district's stolen key: refused from the declared sizes."""
    inner = io.BytesIO()
    members = open_members(sent.path)
    with zipfile.ZipFile(inner, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            if name != "request_step.jsonl":
                zf.writestr(name, data)
        with zf.open("request_step.jsonl", "w") as out:
            block = b"\n" * (1 << 20)
            for _ in range(200):
                out.write(block)
    from desk_app.models.offices import envelope

    public, _pair = province_keys()
    bomb = sent.tmp / "inner-bomb.zip"
    envelope.write(bomb, inner, sender_pair("Kk.18.01"), public)
    refused(bomb, "bom zip")


def test_unsigned_old_style_bundle_and_junk_are_refused(sent):
    old = sent.tmp / "old.zip"
    with zipfile.ZipFile(old, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "loket-prima-bundle"}))
        zf.writestr("service_request.jsonl", "")
    refused(old, "bundel lama tanpa tanda tangan")
    junk = sent.tmp / "foto.zip"
    junk.write_bytes(b"ini bukan zip")
    refused(junk, "rusak, terpotong atau bukan bundel")
    data = sent.path.read_bytes()
    short = sent.tmp / "short.zip"
    short.write_bytes(data[: len(data) // 2])
    refused(short, "rusak, terpotong")
    with pytest.raises(BundleError, match="tidak ada"):
        import_bundle(sent.tmp / "hilang.zip")


def test_valid_bundle_after_refusals_still_imports(sent):
    refused(forge(sent, "bad.zip", _set("survey_response", "u1", 1000)), "di luar rentang")
    result = import_bundle(sent.path)
    assert result.imported and find_faults() == []
    assert ServiceRequest.select().where(ServiceRequest.office == "Kk.18.01").count() == 2
    assert DISTRICTS


def test_inner_zip_listing_too_many_entries_is_refused_before_it_is_read(sent):
    """zipfile would hold a signed bundle's whole central directory in memory."""
    def crowd(members):
        return dict(members, **{f"x{i}.jsonl": b"" for i in range(100)})

    refused(forge(sent, "crowd.zip", crowd), "daftar isinya terlalu besar")
