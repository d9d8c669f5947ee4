"""The service catalogue: loading the seed file, reading and versioning standards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import peewee

from desk_app import config
from desk_app.models.catalogue.tables import DEFAULT_FEE, Service, ServiceStandard
from desk_app.models.core import audit
from desk_app.models.core.base import snapshot
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import NotFound, UserError, ValidationError
from desk_app.models.core.permissions import require
from desk_app.models.core.text import check_text
from desk_app.models.sop.tables import STEP_KINDS, TIME_UNITS, Sop, SopRevision, SopStep

STANDARD_TEXT_FIELDS = ("name", "description", "sk_number", "fee", "product", "complaint_channel",
                        "facilities", "competence", "supervision", "staffing", "service_guarantee",
                        "security_guarantee", "performance_evaluation", "change_note")
STANDARD_LIST_FIELDS = ("requirements", "procedure", "legal_basis")
SOP_REVISION_FIELDS = ("number", "title", "unit", "date_made", "date_revised", "effective_date",
                       "approved_by_position", "approved_by_name", "approved_by_nip",
                       "legal_basis", "qualifications", "related_sops", "equipment", "warnings",
                       "records", "actors")
SOP_STEP_FIELDS = ("kind", "activity", "actors", "roles", "requirements", "time_value",
                   "time_unit", "output", "note", "yes_target", "no_target")


def catalogue_file() -> Path:
    return config.resource_path("catalogue.toml")


def read_catalogue(path: Path | None = None) -> list[dict]:
    import tomllib  # only the first run reads the seed file; not loaded at every start

    path = path or catalogue_file()
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise UserError(f"Berkas katalog layanan {path} tidak ditemukan.") from None
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"Berkas katalog layanan {path.name} tidak sah: {exc}") from None
    return data.get("services", [])


def load_catalogue(actor, office: str, path: Path | None = None) -> int:
    """Create every service of the seed file that the office does not have yet, with
    version 1 of its standard and revision 0 of its SOP. Returns how many were added."""
    entries = read_catalogue(path)
    added = 0
    with write_transaction():
        existing = {s.code for s in Service.select(Service.code).where(Service.office == office)}
        for order, entry in enumerate(entries, start=1):
            if entry["code"] in existing:
                continue
            _create_service(actor, office, entry, order)
            added += 1
    return added


def _create_service(actor, office: str, entry: dict, order: int) -> Service:
    service = Service.create(office=office, code=entry["code"], name=entry["name"],
                             category=entry.get("category", ""), sort_order=order)
    standard = ServiceStandard.create(
        office=office,
        service=service,
        version=1,
        effective_date=entry.get("effective_date") or dt.date.today(),
        sk_date=entry.get("sk_date"),
        time_frame_days=int(entry["time_frame_days"]),
        created_by=audit.actor_name(actor),
        **{k: entry.get(k, DEFAULT_FEE if k == "fee" else "") for k in STANDARD_TEXT_FIELDS
           if k != "change_note"},
        **{k: list(entry.get(k, [])) for k in STANDARD_LIST_FIELDS},
    )
    audit.record_change(actor, "create", service, None, snapshot(service))
    audit.record_change(actor, "create", standard, None, snapshot(standard))
    if "sop" in entry:
        create_sop(actor, service, entry["sop"])
    return service


def create_sop(actor, service: Service, data: dict) -> SopRevision:
    sop = Sop.create(office=service.office, service=service, title=data["title"])
    audit.record_change(actor, "create", sop, None, snapshot(sop))
    return _create_revision(actor, sop, 0, data)


def _create_revision(actor, sop: Sop, number: int, data: dict) -> SopRevision:
    validate_sop(data)
    fields = {k: data.get(k) for k in SOP_REVISION_FIELDS if k in data}
    fields.setdefault("date_made", data.get("effective_date") or dt.date.today())
    fields.setdefault("effective_date", fields["date_made"])
    revision = SopRevision.create(office=sop.office, sop=sop, revision=number,
                                  published_by=audit.actor_name(actor),
                                  change_note=data.get("change_note", ""), **fields)
    for position, step in enumerate(data["steps"], start=1):
        SopStep.create(office=sop.office, revision=revision, position=position,
                       **{k: step[k] for k in SOP_STEP_FIELDS if step.get(k) is not None})
    audit.record_change(actor, "publish", revision, None,
                        {**snapshot(revision), "steps": data["steps"]})
    return revision


def validate_sop(data: dict) -> None:
    steps = data.get("steps") or []
    if not (data.get("title") or "").strip():
        raise ValidationError("Judul SOP wajib diisi.", "title")
    if not (data.get("number") or "").strip():
        raise ValidationError("Nomor SOP wajib diisi.", "number")
    if len(steps) < 2:
        raise ValidationError("SOP memerlukan paling sedikit dua langkah.", "steps")
    actors = data.get("actors") or []
    for i, step in enumerate(steps, start=1):
        if not (step.get("activity") or "").strip():
            raise ValidationError(f"Langkah {i}: kegiatan wajib diisi.", "steps")
        if step.get("kind", "process") not in STEP_KINDS:
            raise ValidationError(f"Langkah {i}: jenis langkah tidak dikenal.", "steps")
        if step.get("time_unit", "menit") not in TIME_UNITS:
            raise ValidationError(f"Langkah {i}: satuan waktu harus menit, jam atau hari.", "steps")
        if not step.get("actors") or any(a not in actors for a in step["actors"]):
            raise ValidationError(f"Langkah {i}: pelaksana harus salah satu kolom pelaksana SOP.", "steps")
        if not step.get("roles"):
            raise ValidationError(f"Langkah {i}: peran yang boleh mengerjakan wajib diisi.", "steps")
        if step.get("kind") == "decision":
            for key in ("yes_target", "no_target"):
                target = step.get(key)
                if not isinstance(target, int) or not 1 <= target <= len(steps) or target == i:
                    raise ValidationError(
                        f"Langkah {i}: keputusan memerlukan tujuan 'ya' dan 'tidak' ke langkah lain.",
                        "steps",
                    )


# --- reading ---------------------------------------------------------------------

def list_services(office: str, search: str = "", include_inactive: bool = False) -> list[Service]:
    query = Service.select().where(Service.office == office)
    if not include_inactive:
        query = query.where(Service.active)
    text = (search or "").strip()
    if text:
        pattern = f"%{text}%"
        query = query.where(Service.name.ilike(pattern) | Service.code.ilike(pattern) |
                            Service.category.ilike(pattern))
    return list(query.order_by(Service.sort_order, Service.code))


def get_service(service_id: str) -> Service:
    service = Service.get_or_none(Service.id == service_id)
    if service is None:
        raise NotFound("Layanan tidak ditemukan.")
    return service


def service_by_code(office: str, code: str) -> Service | None:
    return Service.get_or_none((Service.office == office) & (Service.code == code))


def standard_versions(service: Service) -> list[ServiceStandard]:
    return list(service.standards.order_by(ServiceStandard.version.desc()))


def standard_in_force(service: Service, day: dt.date | None = None) -> ServiceStandard:
    """The version effective on `day` (today by default); see standards_in_force."""
    return standards_in_force([service.id], day).get(service.id)


def standards_in_force(service_ids: list[str], day: dt.date | None = None) -> dict[str, ServiceStandard]:
    """The version of each service's standard effective on `day` (today by default), by
    service id, in one query: the highest version whose effective date has come; the
    first version if none has."""
    day = day or dt.date.today()
    in_force: dict[str, ServiceStandard] = {}
    first: dict[str, ServiceStandard] = {}
    query = (ServiceStandard.select().where(ServiceStandard.service.in_(list(service_ids)))
             .order_by(ServiceStandard.version))
    for standard in query:
        service_id = standard.service_id
        first.setdefault(service_id, standard)
        if standard.effective_date <= day:
            in_force[service_id] = standard  # versions ascend: the last one wins
    return {service_id: in_force.get(service_id, standard) for service_id, standard in first.items()}


def latest_standard(service: Service) -> ServiceStandard:
    return service.standards.order_by(ServiceStandard.version.desc()).first()


def save_standard_version(actor, service_id: str, values: dict) -> ServiceStandard:
    """Save an edited standard as the next version; earlier versions stay as they were."""
    require(actor, "catalogue.edit", "mengubah standar pelayanan")
    clean = _clean_standard(values)
    with write_transaction():
        service = get_service(service_id)
        previous = latest_standard(service)
        version = (previous.version if previous else 0) + 1
        standard = ServiceStandard.create(office=service.office, service=service, version=version,
                                          created_by=audit.actor_name(actor), **clean)
        before_name = service.name
        service.name = standard.name
        service.save()
        audit.record(actor, "new_version", "ServiceStandard", standard.id, service.office,
                     {"service": service.code, "version": version,
                      "before": snapshot(previous) if previous else None,
                      "after": snapshot(standard), "name_before": before_name})
    return standard


def _clean_standard(values: dict) -> dict:
    clean: dict = {}
    for key in STANDARD_TEXT_FIELDS:
        clean[key] = check_text((values.get(key) or "").strip(), key, key, 20000, long_text=True)
    for key in STANDARD_LIST_FIELDS:
        raw = values.get(key) or []
        items = raw.splitlines() if isinstance(raw, str) else list(raw)
        clean[key] = [check_text(item.strip(), key, key, 2000) for item in items if item.strip()]
    if not clean["name"]:
        raise ValidationError("Nama layanan wajib diisi.", "name")
    if not clean["requirements"]:
        raise ValidationError("Persyaratan wajib diisi (satu dokumen per baris).", "requirements")
    if not clean["procedure"]:
        raise ValidationError("Prosedur wajib diisi (satu langkah per baris).", "procedure")
    if not clean["fee"]:
        clean["fee"] = DEFAULT_FEE
    try:
        days = int(values.get("time_frame_days"))
    except (TypeError, ValueError):
        raise ValidationError("Jangka waktu harus berupa jumlah hari kerja.", "time_frame_days") from None
    if not 0 <= days <= 365:
        raise ValidationError("Jangka waktu harus 0–365 hari kerja.", "time_frame_days")
    clean["time_frame_days"] = days
    for key in ("effective_date", "sk_date"):
        value = values.get(key)
        if value is not None and not isinstance(value, dt.date):
            raise ValidationError("Tanggal tidak sah.", key)
        clean[key] = value
    if clean["effective_date"] is None:
        raise ValidationError("Tanggal berlaku wajib diisi.", "effective_date")
    return clean


# --- SOPs ------------------------------------------------------------------------

def sop_for_service(service: Service) -> Sop | None:
    return Sop.select().where((Sop.service == service) & Sop.active).first()


def sop_revision_in_force(service: Service, day: dt.date | None = None) -> SopRevision | None:
    sop = sop_for_service(service)
    if sop is None:
        return None
    day = day or dt.date.today()
    query = SopRevision.select().where(SopRevision.sop == sop)
    current = (query.where(SopRevision.effective_date <= day)
               .order_by(SopRevision.revision.desc()).first())
    return current or query.order_by(SopRevision.revision).first()


def publish_sop_revision(actor, sop_id: str, data: dict) -> SopRevision:
    """Publish an edited SOP as its next revision; older revisions are never changed."""
    require(actor, "sop.edit", "mengubah SOP")
    with write_transaction():
        sop = Sop.get_or_none(Sop.id == sop_id)
        if sop is None:
            raise NotFound("SOP tidak ditemukan.")
        last = sop.revisions.order_by(SopRevision.revision.desc()).first()
        number = (last.revision + 1) if last else 0
        if data.get("title"):
            sop.title = data["title"]
            sop.save()
        return _create_revision(actor, sop, number, data)


def revision_steps(revision: SopRevision) -> list[SopStep]:
    return list(revision.steps.order_by(SopStep.position))


def ensure_catalogue(actor, office: str) -> int:
    """Load the seed catalogue when the office has no service yet (first start)."""
    try:
        has_any = Service.select().where(Service.office == office).exists()
    except peewee.DatabaseError:
        return 0
    return 0 if has_any else load_catalogue(actor, office)
