"""Rows tied to the audit trail, and anchors: each tampering an attacker with the database
at hand would try, done with SQL on both backends. `check` names what changed; an anchor
taken before the tampering fails whenever the chain itself was rewritten."""

import datetime as dt
import json

import pytest

from desk_app.models.core import audit, settings, trail
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.db import database
from desk_app.models.core.office import Counter
from desk_app.models.requests.tables import ServiceRequest
from desk_app.models.skm import entry
from desk_app.models.skm.tables import SurveyResponse
from tests.complaint_helpers import replied
from tests.report_helpers import _service, build_october


@pytest.fixture
def world(db, office, admin, head, counter, cli):
    """A few weeks of ordinary work through the application, then an anchor written down."""
    build_october(office, counter, head)
    with database.obj.atomic():  # the helper bulk-loads imported forms, as an import does
        audit.seal_unsealed(None, office, action="import")
    complaint = replied(counter, head)
    svc = _service(office, "BIMAS-01")
    batch = entry.create_batch(counter, office, svc.id, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    for serial in (1, 2, 3):
        entry.save_form(counter, batch.id, serial, {f"U{i}": 3 for i in range(1, 10)},
                        gender="P", age=30, survey_date=dt.date(2026, 10, 2))
    settings.set_many(admin, office, {"head_name": "H. Lalu Muhammad"})
    code, out, err = cli("check", "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"], report["problems"]
    return {"anchor": report["head"], "complaint": complaint, "office": office}


def sql(text: str, *params):
    db = database.obj
    return db.execute_sql(text.replace("?", db.param), params)


def anchor_arg(head: dict) -> str:
    return f"{head['seq']}:{head['hash'][:16]}"


def check_fails(cli, *expected: str, anchor: dict | None = None) -> str:
    code, out, err = cli("check")
    assert code == 1, out + err
    for text in expected:
        assert text in out, out
    if anchor is not None:
        code, out_a, _ = cli("check", "--anchor", anchor_arg(anchor))
        assert code == 1
        assert "Jangkar" in out_a, out_a
    return out


def recompute_chain(office: str, from_seq: int = 1) -> None:
    """What a forger does after editing or removing events: number them again and
    recompute every hash from that point, then set the counter to match."""
    prev = audit.GENESIS_HASH
    seq = 1
    for ev in AuditEvent.select().where(AuditEvent.office == office).order_by(AuditEvent.seq):
        if ev.seq >= from_seq or seq != ev.seq or ev.prev_hash != prev:
            digest = audit.event_hash(prev, office, seq, ev.at, ev.actor, ev.action, ev.entity,
                                      ev.entity_id, ev.diff)
            AuditEvent.update(seq=seq, prev_hash=prev, hash=digest).where(AuditEvent.id == ev.id).execute()
            prev = digest
        else:
            prev = ev.hash
        seq += 1
    Counter.update(last=seq - 1).where((Counter.office == office) & (Counter.kind == "audit")).execute()


def _request(number_suffix="00002") -> ServiceRequest:
    return ServiceRequest.select().where(ServiceRequest.number.endswith(number_suffix)).get()


def test_the_normal_flow_passes_and_json_gives_the_head(world, cli):
    code, out, _ = cli("check", "--json")
    report = json.loads(out)
    assert code == 0 and report == {**report, "ok": True, "problems": []}
    head = audit.chain_head(world["office"])
    assert report["head"] == head and report["heads"][world["office"]] == head
    assert head["seq"] == AuditEvent.select().count()
    code, out, _ = cli("check", "--anchor", anchor_arg(world["anchor"]))
    assert code == 0, out
    assert f"#{head['seq']}:{head['hash'][:16]}" in out


def test_direct_update_of_a_request_is_named(world, cli):
    request = _request()
    sql('UPDATE "service_request" SET "status" = ? WHERE "id" = ?', "ditolak", request.id)
    out = check_fails(cli, "Diubah di luar aplikasi", f"permohonan {request.number}",
                      "tabel service_request")
    assert out.count("Diubah di luar aplikasi") == 1


def test_direct_update_of_a_complaint_and_of_a_user_role_are_named(world, cli):
    complaint = world["complaint"]
    sql('UPDATE "complaint" SET "reply_text" = ? WHERE "id" = ?', "Jawaban lain", complaint.id)
    sql('UPDATE "user" SET "role" = ? WHERE "username" = ?', "admin", "petugas")
    check_fails(cli, f"pengaduan {complaint.number}", "tabel complaint", "pengguna petugas",
                "tabel user")


def test_rows_added_and_deleted_outside_the_app_are_named(world, cli):
    form = SurveyResponse.select().order_by(SurveyResponse.serial).first()
    sql('DELETE FROM "survey_response" WHERE "id" = ?', form.id)
    sql('UPDATE "setting" SET "value" = ? WHERE "key" = ?', json.dumps("Orang Lain"), "head_name")
    data = {k: v for k, v in ServiceRequest.select().dicts().first().items()}
    data.update(id="11111111-2222-3333-4444-555555555555", number="PLY-2026-09999", serial=9999)
    ServiceRequest.insert(data).execute()
    check_fails(cli, f"Dihapus di luar aplikasi: formulir survei {form.serial}",
                "Ditambahkan di luar aplikasi: permohonan PLY-2026-09999",
                "Diubah di luar aplikasi: pengaturan kantor")


def test_an_edited_event_with_the_chain_recomputed(world, cli):
    """A forger rewrites who registered a request and recomputes the chain: the chain is
    consistent again and the rows still match, so only the anchor shows it. When the
    edited event is a record's latest, its recorded hash no longer matches the row."""
    office = world["office"]
    first = AuditEvent.select().where(AuditEvent.action == "register").order_by(AuditEvent.seq).first()
    AuditEvent.update(actor="kasi").where(AuditEvent.id == first.id).execute()
    recompute_chain(office, first.seq)
    assert audit.verify_chain() == []
    code, out, _ = cli("check", "--anchor", anchor_arg(world["anchor"]))
    assert code == 1
    assert f"Jangkar {office} #{world['anchor']['seq']}" in out and "ditulis ulang" in out
    # the latest event of a request now claims other content than the row holds
    request = _request("00004")
    latest = (AuditEvent.select().where((AuditEvent.entity == "ServiceRequest")
                                        & (AuditEvent.entity_id == request.id))
              .order_by(AuditEvent.seq.desc()).first())
    diff = dict(latest.diff, row_hash="0" * 64)
    AuditEvent.update(diff=diff).where(AuditEvent.id == latest.id).execute()
    recompute_chain(office, latest.seq)
    check_fails(cli, f"permohonan {request.number}", anchor=world["anchor"])


def test_the_last_ten_events_deleted_and_the_counter_lowered(world, cli):
    office = world["office"]
    head = audit.chain_head(office)
    AuditEvent.delete().where((AuditEvent.office == office) & (AuditEvent.seq > head["seq"] - 10)).execute()
    Counter.update(last=head["seq"] - 10).where(
        (Counter.office == office) & (Counter.kind == "audit")).execute()
    assert audit.verify_chain() == []  # the chain alone cannot tell
    out = check_fails(cli, "di luar aplikasi", anchor=world["anchor"])
    assert "pengaturan kantor" in out  # the settings change was among the last events
    code, out, _ = cli("check", "--anchor", anchor_arg(world["anchor"]))
    assert f"peristiwa #{head['seq']} tidak ada lagi" in out


def test_a_middle_event_deleted_and_the_chain_renumbered(world, cli):
    office = world["office"]
    request = _request("00004")  # registered, then left alone: its one event is its latest
    event = (AuditEvent.select().where((AuditEvent.entity == "ServiceRequest")
                                       & (AuditEvent.entity_id == request.id))
             .order_by(AuditEvent.seq.desc()).first())
    AuditEvent.delete().where(AuditEvent.id == event.id).execute()
    recompute_chain(office, event.seq)
    assert audit.verify_chain() == []
    check_fails(cli, f"permohonan {request.number}", anchor=world["anchor"])


def test_an_emptied_audit_table(world, cli):
    AuditEvent.delete().execute()
    Counter.delete().where(Counter.kind == "audit").execute()
    out = check_fails(cli, "Ditambahkan di luar aplikasi", anchor=world["anchor"])
    assert "peristiwa audit utuh" not in out
    code, out, _ = cli("check", "--anchor", anchor_arg(world["anchor"]))
    assert "tidak ada lagi" in out


def test_a_bad_anchor_argument_is_one_clear_line(world, cli):
    code, out, err = cli("check", "--anchor", "kemarin")
    assert code == 2
    assert "jangkar 'kemarin' tidak sah" in out
    assert audit.parse_anchor(f"{world['office']}:12:{'a' * 16}") == (world["office"], 12, "a" * 16)


def test_old_rows_are_sealed_once_and_new_writes_seal_their_own(world):
    office = world["office"]
    assert audit.seal_unsealed(None, office) == 0  # nothing in the normal flow is left unsealed
    sql('DELETE FROM "audit_event" WHERE "entity" = ?', "SurveyResponse")
    assert len(trail.row_problems()) > 0
    assert audit.seal_unsealed(None, office) == SurveyResponse.select().count()
    assert trail.row_problems() == []


def test_lawful_deletion_logins_and_password_changes_keep_check_green(world, cli, admin, counter):
    from desk_app.models.core import accounts, workdays

    day = workdays.add_cuti_bersama(admin, world["office"], dt.date(2026, 12, 24))
    workdays.remove_cuti_bersama(admin, day.id, "Salah tanggal")
    accounts.authenticate("petugas", "petugas1")
    with pytest.raises(accounts.LoginFailed):
        accounts.authenticate("petugas", "salah")
    accounts.change_own_password(counter, "petugas1", "sandibaru1")
    accounts.reset_password(admin, counter.id, "sandibaru2")
    code, out, _ = cli("check")
    assert code == 0, out


@pytest.mark.parametrize("version", [1, 4])
def test_a_database_from_before_rows_were_tied_is_sealed_once_at_upgrade(version, tmp_path):
    import shutil
    from pathlib import Path

    from desk_app.models.core.schema import open_database

    path = tmp_path / "old.db"
    shutil.copyfile(Path(__file__).parent / "fixtures" / f"schema_v{version}.db", path)
    database_ = open_database(str(path))
    try:
        sealed = AuditEvent.select().where(AuditEvent.action == audit.SEAL).count()
        assert sealed > 0
        assert audit.verify_chain() == [] and trail.row_problems() == []
        sql('UPDATE "user" SET "full_name" = ? WHERE "username" = ?', "Orang Lain", "admin")
        assert any("pengguna admin" in p for p in trail.row_problems())
    finally:
        database_.close()
    database_ = open_database(str(path))  # opening again seals nothing more
    assert AuditEvent.select().where(AuditEvent.action == audit.SEAL).count() == sealed
    database_.close()
