"""The audit chain detects an altered, a deleted and an inserted event."""

from desk_app.models import audit, settings
from desk_app.models.audit import AuditEvent


def _make_some_events(admin, office):
    for i in range(3):
        settings.set_many(admin, office, {"head_name": f"Kepala {i}"})


def test_intact_chain_passes_check(db, cli, admin, office):
    _make_some_events(admin, office)
    assert audit.verify_chain() == []
    code, out, err = cli("check")
    assert code == 0, out + err
    assert "Basis data baik" in out


def test_altered_event_fails_check(db, cli, admin, office):
    _make_some_events(admin, office)
    last = AuditEvent.select().order_by(AuditEvent.seq.desc()).first()
    AuditEvent.update(actor="penyusup").where(AuditEvent.id == last.id).execute()
    code, out, _ = cli("check")
    assert code == 1
    assert f"#{last.seq}: isi peristiwa telah diubah" in out


def test_deleted_event_fails_check(db, cli, admin, office):
    _make_some_events(admin, office)
    middle = AuditEvent.select().order_by(AuditEvent.seq.desc()).offset(1).first()
    AuditEvent.delete().where(AuditEvent.id == middle.id).execute()
    code, out, _ = cli("check")
    assert code == 1
    assert f"nomor urut {middle.seq} hilang" in out


def test_deleted_last_event_fails_check(db, cli, admin, office):
    _make_some_events(admin, office)
    last = AuditEvent.select().order_by(AuditEvent.seq.desc()).first()
    AuditEvent.delete().where(AuditEvent.id == last.id).execute()
    code, out, _ = cli("check")
    assert code == 1
    assert "peristiwa terakhir" in out


def test_inserted_event_fails_check(db, cli, admin, office):
    _make_some_events(admin, office)
    last = AuditEvent.select().order_by(AuditEvent.seq.desc()).first()
    # A forger appends a plausible event without knowing how hashes are made.
    AuditEvent.create(office=office, seq=last.seq + 1, actor="penyusup", action="update",
                      entity="User", entity_id="x", diff={}, prev_hash=last.hash, hash="f" * 64)
    code, out, _ = cli("check")
    assert code == 1
    assert "isi peristiwa telah diubah" in out
