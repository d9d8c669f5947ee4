"""Two district offices send bundles; the province (SQLite and PostgreSQL) merges them."""

from __future__ import annotations

import datetime as dt

import pytest
from bundle_helpers import DISTRICTS, make_district, switch, table_counts, user

from desk_app.models.core import audit, trail
from desk_app.models.core.accounts import User
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.errors import PermissionDenied
from desk_app.models.core.office import Office, home_office
from desk_app.models.offices.bundles import export_bundle
from desk_app.models.offices.merge import import_bundle, preview_bundle
from desk_app.models.requests.flow import change_status
from desk_app.models.requests.tables import ServiceRequest
from desk_app.models.skm.tables import SurveyResponse


@pytest.fixture
def bundles(db_url, tmp_path):
    """One full bundle per district, exported from its own SQLite database; the proxy
    points at the province database (the `db_url` fixture: office Kw.18) afterwards."""
    paths = {}
    for code in DISTRICTS:
        make_district(tmp_path / f"{code}.db", code)
        paths[code] = export_bundle(None, tmp_path / f"{code}.zip").path
    switch(db_url)
    return paths


def test_round_trip_two_districts_into_province(bundles, tmp_path):
    preview = preview_bundle(bundles["Kk.18.01"])
    assert preview.office == "Kk.18.01"
    assert preview.tables["service_request"].new == 2
    assert preview.tables["audit_event"].new > 10
    assert not preview.already_imported
    assert ServiceRequest.select().count() == 0  # a preview writes nothing

    for code, path in bundles.items():
        result = import_bundle(path)
        assert result.imported and result.office == code
        assert "diimpor" in result.message

    assert {o.code for o in Office.select()} == {"Kw.18", *DISTRICTS}
    assert home_office().code == "Kw.18"  # imported offices never become home
    for code in DISTRICTS:
        assert ServiceRequest.select().where(ServiceRequest.office == code).count() == 2
        voided = ServiceRequest.get((ServiceRequest.office == code) & ServiceRequest.voided_at.is_null(False))
        assert voided.void_reason == "Salah layanan"
        assert SurveyResponse.select().where(SurveyResponse.office == code).count() == 1
        assert audit.verify_chain(code) == []
    assert audit.verify_chain() == []
    assert trail.row_problems() == []  # every record matches its audit trail
    # Their accounts are kept (their records point at them) but cannot log in here.
    district_admin = User.get(User.username == "admin@Kk.18.01")
    assert not district_admin.active and district_admin.office == "Kk.18.01"
    assert user("admin").office == "Kw.18"


def test_reimport_changes_nothing_and_says_so(bundles):
    import_bundle(bundles["Kk.18.01"])
    before = table_counts()
    last_event = AuditEvent.select().order_by(AuditEvent.at.desc()).first().id
    again = import_bundle(bundles["Kk.18.01"])
    assert not again.imported and again.already_imported
    assert "Tidak ada perubahan" in again.message and "sudah pernah diimpor" in again.message
    assert table_counts() == before
    assert AuditEvent.select().order_by(AuditEvent.at.desc()).first().id == last_event
    assert preview_bundle(bundles["Kk.18.01"]).already_imported


def test_next_export_carries_only_changes_since_the_last(db_url, tmp_path):
    district = make_district(tmp_path / "d.db", "Kk.18.01")
    first = export_bundle(None, tmp_path / "1.zip")
    req = ServiceRequest.select().where(ServiceRequest.voided_at.is_null()).get()
    change_status(user("kasi"), req.id, "diproses", at=dt.datetime.now(dt.UTC).replace(tzinfo=None))
    second = export_bundle(None, tmp_path / "2.zip")
    assert second.period_from is not None and second.period_from >= first.created_at
    assert second.counts["service_request"] == 1
    assert second.counts["request_event"] == 1
    assert second.counts["service"] == 0
    switch(db_url)
    import_bundle(first.path)
    result = import_bundle(second.path)
    assert result.tables["service_request"].updated == 1
    assert ServiceRequest.get_by_id(req.id).status == "diproses"
    assert audit.verify_chain("Kk.18.01") == []
    assert district  # the district database stays as it was


def test_later_bundle_before_earlier_one_is_refused(db_url, tmp_path):
    make_district(tmp_path / "d.db", "Kk.18.01")
    first = export_bundle(None, tmp_path / "1.zip")
    req = ServiceRequest.select().where(ServiceRequest.voided_at.is_null()).get()
    change_status(user("kasi"), req.id, "diproses")
    second = export_bundle(None, tmp_path / "2.zip")
    switch(db_url)
    before = table_counts()
    with pytest.raises(Exception, match="bundel sebelumnya belum diimpor"):
        import_bundle(second.path)
    assert table_counts() == before
    import_bundle(first.path)
    import_bundle(second.path)
    assert ServiceRequest.get_by_id(req.id).status == "diproses"


def test_record_changed_at_both_ends_newer_wins_and_loser_is_kept(db_url, tmp_path):
    make_district(tmp_path / "d.db", "Kk.18.01")
    first = export_bundle(None, tmp_path / "1.zip")
    req_id = ServiceRequest.select().where(ServiceRequest.voided_at.is_null()).get().id
    request_b = ServiceRequest.select().where(ServiceRequest.voided_at.is_null(False)).get().id

    switch(db_url)
    import_bundle(first.path)
    # The province corrects two records (e.g. a typo) ...
    for rid, when in ((req_id, dt.datetime(2030, 1, 1)), (request_b, dt.datetime(2026, 11, 5))):
        ServiceRequest.update(applicant_address="Dikoreksi provinsi", updated_at=when).where(
            ServiceRequest.id == rid).execute()

    # ... and the district changes both of them too, at a time in between.
    switch(str(tmp_path / "d.db"))
    for rid in (req_id, request_b):
        ServiceRequest.update(applicant_address="Dikoreksi kabupaten",
                              updated_at=dt.datetime(2027, 6, 1)).where(ServiceRequest.id == rid).execute()
    second = export_bundle(None, tmp_path / "2.zip", since=dt.date(2026, 1, 1))

    switch(db_url)
    preview = preview_bundle(second.path)
    assert {(c.record_id, c.winner) for c in preview.conflicts} == {(req_id, "lokal"), (request_b, "bundel")}
    result = import_bundle(second.path)
    assert {(c.record_id, c.winner) for c in result.conflicts} == {(req_id, "lokal"), (request_b, "bundel")}
    assert ServiceRequest.get_by_id(req_id).applicant_address == "Dikoreksi provinsi"  # newer, 2030
    assert ServiceRequest.get_by_id(request_b).applicant_address == "Dikoreksi kabupaten"  # newer, 2027
    # The losing versions stay in each record's history.
    lost = {ev.entity_id: ev.diff["lost_version"]["applicant_address"]
            for ev in AuditEvent.select().where(AuditEvent.action == "merge_conflict")}
    assert lost == {req_id: "Dikoreksi kabupaten", request_b: "Dikoreksi provinsi"}
    assert [e.action for e in audit.history("ServiceRequest", req_id)][-1] == "merge_conflict"
    assert audit.verify_chain() == []
    assert trail.row_problems() == []  # every record matches its audit trail
    # Importing the same bundle again finds nothing new, not even a conflict to record.
    before = table_counts()
    again = import_bundle(second.path)
    assert again.already_imported and not again.conflicts
    assert table_counts() == before


def test_own_office_and_permission(db, admin, counter, tmp_path):
    own = export_bundle(None, tmp_path / "own.zip", actor=admin)
    assert own.office == "Kw.18"
    with pytest.raises(Exception, match="kantor basis data ini sendiri"):
        import_bundle(own.path, actor=admin)
    with pytest.raises(PermissionDenied):
        export_bundle(None, tmp_path / "x.zip", actor=counter)
    with pytest.raises(PermissionDenied):
        import_bundle(own.path, actor=counter)


def test_district_audit_events_arrive_unchanged(bundles, db_url, tmp_path):
    def chain(code):
        query = AuditEvent.select().where(AuditEvent.office == code).order_by(AuditEvent.seq)
        return [(e.id, e.seq, e.at, e.action, e.hash) for e in query]

    import_bundle(bundles["Kk.18.02"])
    merged = chain("Kk.18.02")
    switch(str(tmp_path / "Kk.18.02.db"))
    original = chain("Kk.18.02")
    switch(db_url)
    # Everything up to the export itself (recorded after the file was written).
    assert merged == original[: len(merged)] and len(merged) == len(original) - 1
    assert original[-1][3] == "export_bundle"
    assert any(e[3] == "status" for e in merged)  # the void at the district is in the trail


def test_district_record_changed_at_the_province_keeps_every_chain_valid(db_url, tmp_path):
    """A head at the province changes a district's request through the normal domain
    function: its audit event lands in the district's chain here, so that chain branches.
    Later bundles still merge their records; their events that no longer fit the chain
    here are kept whole in a conflict record, and every chain keeps verifying."""
    district = make_district(tmp_path / "d.db", "Kk.18.01")
    first = export_bundle(None, tmp_path / "1.zip")
    req_id = ServiceRequest.select().where(ServiceRequest.voided_at.is_null()).get().id

    switch(db_url)
    import_bundle(first.path)
    change_status(user("kasi"), req_id, "diproses", at=dt.datetime(2026, 11, 3, 1, 0))
    assert audit.verify_chain() == []
    assert trail.row_problems() == []  # every record matches its audit trail

    switch(district)
    change_status(user("kasi"), req_id, "diproses", at=dt.datetime(2026, 11, 4, 1, 0))
    change_status(user("kasi"), req_id, "selesai", at=dt.datetime(2026, 11, 5, 1, 0))
    second = export_bundle(None, tmp_path / "2.zip")

    switch(db_url)
    result = import_bundle(second.path)
    branch = [c for c in result.conflicts if c.table == "audit_event"]
    assert len(branch) == 1 and "bercabang" in branch[0].note
    assert ServiceRequest.get_by_id(req_id).status == "selesai"  # the newer change wins
    assert audit.verify_chain() == []
    assert trail.row_problems() == []  # every record matches its audit trail
    assert import_bundle(second.path).already_imported  # and again: nothing new

    switch(district)
    change_status(user("kasi"), req_id, "diserahkan", collector_name="Baiq Siti Aminah",
                  at=dt.datetime(2026, 11, 6, 1, 0))
    third = export_bundle(None, tmp_path / "3.zip")
    switch(db_url)
    result = import_bundle(third.path)
    assert ServiceRequest.get_by_id(req_id).status == "diserahkan"
    assert [c.table for c in result.conflicts] == ["audit_event"]
    assert audit.verify_chain() == []
    assert trail.row_problems() == []  # every record matches its audit trail
