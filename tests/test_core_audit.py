"""The audit chain detects an altered, a deleted and an inserted event."""

from desk_app.models.core import audit, settings
from desk_app.models.core.audit import AuditEvent


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


def test_a_number_template_without_the_serial_or_broken_is_refused(db, admin, office):
    import pytest

    from desk_app.models.core.errors import ValidationError

    with pytest.raises(ValidationError, match="harus memuat"):
        settings.set_many(admin, office, {"request_number_template": "PLY-{year}"})
    with pytest.raises(ValidationError, match="format tidak sah"):
        settings.set_many(admin, office, {"complaint_number_template": "ADU-{tahun}-{serial}"})
    assert settings.get(office, "request_number_template") == "PLY-{year}-{serial:05d}"


def test_only_an_admin_changes_office_settings(db, head, office):
    import pytest

    from desk_app.models.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        settings.set_many(head, office, {"head_name": "Bukan Admin"})
