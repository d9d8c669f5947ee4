"""The seed catalogue and versioned service standards."""

import datetime as dt

import pytest

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.catalogue.tables import Service, ServiceStandard
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.errors import PermissionDenied, ValidationError
from desk_app.models.sop.tables import STEP_DECISION, SopRevision

REQUIRED_SERVICES = [
    "(SKT) Majelis Taklim", "Perpanjangan", "arah kiblat", "bantuan pembangunan/rehabilitasi masjid",
    "bantuan majelis taklim", "ID Nasional", "Perubahan data masjid", "Lembaga Amil Zakat (LAZ) berskala",
    "Perwakilan Lembaga Amil Zakat", "data pernikahan", "rohaniwan", "keluarga sakinah", "nazhir",
]


def test_seed_file_has_every_required_service_with_all_public_components():
    entries = catalogue.read_catalogue()
    assert len(entries) >= 13
    names = " | ".join(e["name"].lower() for e in entries)
    for fragment in REQUIRED_SERVICES:
        assert fragment.lower() in names, fragment
    for entry in entries:
        assert len(entry["requirements"]) >= 2, entry["code"]
        assert len(entry["procedure"]) >= 3, entry["code"]
        assert entry["time_frame_days"] >= 0
        assert entry["fee"].startswith("Rp 0")
        assert entry["product"] and entry["complaint_channel"], entry["code"]
        steps = entry["sop"]["steps"]
        assert 4 <= len(steps) <= 10, entry["code"]
        assert steps[0]["kind"] == "start" and steps[-1]["kind"] == "end"
        catalogue.validate_sop(entry["sop"])  # raises on any inconsistency


def test_first_start_loads_the_catalogue_with_sops(db, office):
    services = catalogue.list_services(office)
    assert len(services) == len(catalogue.read_catalogue())
    for service in services:
        standard = catalogue.standard_in_force(service)
        assert standard.version == 1 and standard.requirements
        revision = catalogue.sop_revision_in_force(service)
        assert revision is not None and revision.revision == 0
        assert len(catalogue.revision_steps(revision)) >= 4


def test_loading_again_adds_nothing(db, admin, office):
    assert catalogue.load_catalogue(admin, office) == 0


def test_search_as_you_type(db, office):
    found = catalogue.list_services(office, "kiblat")
    assert len(found) == 1 and "kiblat" in found[0].name.lower()
    assert catalogue.list_services(office, "BIMAS-01")[0].code == "BIMAS-01"


def _values(standard: ServiceStandard, **changes):
    values = {k: getattr(standard, k) for k in catalogue.STANDARD_TEXT_FIELDS if k != "change_note"}
    values.update({k: getattr(standard, k) for k in catalogue.STANDARD_LIST_FIELDS})
    values.update(time_frame_days=standard.time_frame_days, effective_date=dt.date(2026, 12, 1),
                  sk_date=dt.date(2026, 11, 20), change_note="Revisi persyaratan")
    values.update(changes)
    return values


def test_admin_saves_a_new_version_and_the_old_one_stays(db, admin, office):
    service = catalogue.service_by_code(office, "BIMAS-01")
    old = catalogue.latest_standard(service)
    new = catalogue.save_standard_version(
        admin, service.id, _values(old, requirements="Surat permohonan\nFotokopi KTP pengurus",
                                   time_frame_days=4))
    assert new.version == 2 and new.requirements == ["Surat permohonan", "Fotokopi KTP pengurus"]
    kept = ServiceStandard.get_by_id(old.id)
    assert kept.requirements == old.requirements and kept.version == 1
    # Before its effective date the old version is still in force.
    assert catalogue.standard_in_force(service, dt.date(2026, 11, 30)).version == 1
    assert catalogue.standard_in_force(service, dt.date(2026, 12, 1)).version == 2
    assert [s.version for s in catalogue.standard_versions(service)] == [2, 1]
    assert AuditEvent.select().where(AuditEvent.action == "new_version").count() == 1


def test_only_admin_edits_standards(db, head, office):
    service = catalogue.service_by_code(office, "BIMAS-01")
    with pytest.raises(PermissionDenied):
        catalogue.save_standard_version(head, service.id, _values(catalogue.latest_standard(service)))


def test_standard_validation_messages(db, admin, office):
    service = catalogue.service_by_code(office, "BIMAS-01")
    std = catalogue.latest_standard(service)
    with pytest.raises(ValidationError, match="Persyaratan wajib"):
        catalogue.save_standard_version(admin, service.id, _values(std, requirements=""))
    with pytest.raises(ValidationError, match="hari kerja"):
        catalogue.save_standard_version(admin, service.id, _values(std, time_frame_days="lima"))
    assert Service.get_by_id(service.id).standards.count() == 1


def test_publishing_an_sop_revision_keeps_the_old_one(db, admin, office):
    service = catalogue.service_by_code(office, "BIMAS-03")
    rev0 = catalogue.sop_revision_in_force(service)
    steps = [
        {k: getattr(s, k) for k in catalogue.SOP_STEP_FIELDS} for s in catalogue.revision_steps(rev0)
    ]
    steps[1]["activity"] = "Memeriksa berkas dan jadwal pengukuran"
    data = {k: getattr(rev0, k) for k in catalogue.SOP_REVISION_FIELDS}
    data.update(steps=steps, effective_date=dt.date(2027, 1, 4), date_revised=dt.date(2026, 12, 1))
    rev1 = catalogue.publish_sop_revision(admin, rev0.sop_id, data)
    assert rev1.revision == 1
    assert catalogue.revision_steps(SopRevision.get_by_id(rev0.id))[1].activity != steps[1]["activity"]
    assert catalogue.sop_revision_in_force(service, dt.date(2026, 12, 31)).revision == 0
    assert catalogue.sop_revision_in_force(service, dt.date(2027, 1, 4)).revision == 1


def test_decision_steps_need_both_targets(db):
    data = {"title": "X", "number": "1", "actors": ["Petugas"], "steps": [
        {"kind": "start", "activity": "Mulai", "actors": ["Petugas"], "roles": ["counter"]},
        {"kind": STEP_DECISION, "activity": "Lengkap?", "actors": ["Petugas"], "roles": ["counter"],
         "yes_target": 3},
        {"kind": "end", "activity": "Selesai", "actors": ["Petugas"], "roles": ["counter"]},
    ]}
    with pytest.raises(ValidationError, match="tujuan 'ya' dan 'tidak'"):
        catalogue.validate_sop(data)
