"""Registering service requests at the counter: the applicant's data checked, the
documents handed in against the standard's requirements, the applicant kept once per
NIK, the request numbered and dated in one transaction (or declined at the counter)."""


from __future__ import annotations

import datetime as dt

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.catalogue.tables import Service
from desk_app.models.core import audit, numbering
from desk_app.models.core.accounts import User
from desk_app.models.core.base import snapshot, utcnow
from desk_app.models.core.dates import check_day, local_today, office_zone, to_local
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import NotFound, ValidationError
from desk_app.models.core.nik import clean_nik, validate_nik
from desk_app.models.core.office import Office
from desk_app.models.core.permissions import require
from desk_app.models.core.phone import normalize_phone
from desk_app.models.core.text import check_text
from desk_app.models.core.workdays import add_working_days
from desk_app.models.requests import names as request_names
from desk_app.models.requests.flow import INCOMPLETE_REASON, acting_user
from desk_app.models.requests.tables import (
    STATUS_REGISTERED,
    STATUS_REJECTED,
    Applicant,
    RequestEvent,
    ServiceRequest,
)

# --- validation ------------------------------------------------------------------

def clean_applicant(applicant: dict) -> dict:
    """Validated applicant fields: NIK and phone are required for these services."""
    name = " ".join(check_text(applicant.get("name") or "", "Nama pemohon", "name", 300).split())
    if not name:
        raise ValidationError("Nama pemohon wajib diisi.", "name")
    if len(name) > 150:
        raise ValidationError("Nama pemohon terlalu panjang (paling banyak 150 huruf).", "name")
    return {
        "name": name,
        "nik": validate_nik(applicant.get("nik") or ""),
        "phone": normalize_phone(applicant.get("phone") or ""),
        "address": check_text((applicant.get("address") or "").strip(), "Alamat", "address", 500,
                              long_text=True),
        "institution": check_text((applicant.get("institution") or "").strip(), "Instansi",
                                  "institution", 200),
    }


def checklist(requirements: list[str], documents: list[dict]) -> list[dict]:
    """The standard's requirements, each marked received or not, plus any extra document
    the officer listed. A requirement missing from `documents` counts as not received."""
    given = {(d.get("name") or "").strip(): bool(d.get("received")) for d in documents or []}
    result = [{"name": r, "received": given.pop(r, False)} for r in requirements]
    result += [{"name": name, "received": received} for name, received in given.items() if name]
    return result


def missing_documents(documents: list[dict]) -> list[str]:
    return [d["name"] for d in documents if not d.get("received")]


# --- applicants ------------------------------------------------------------------

def find_applicant(nik: str | None = None, phone: str | None = None,
                   office: str | None = None) -> Applicant | None:
    """A returning applicant by NIK (first) or phone; None when not found or the input is
    not (yet) a complete NIK / phone number. Never raises on half-typed input."""
    query = Applicant.select().order_by(Applicant.updated_at.desc())
    if office:
        query = query.where(Applicant.office == office)
    text = clean_nik(nik or "")
    if len(text) == 16 and text.isdigit():
        found = query.where(Applicant.nik == text).first()
        if found:
            return found
    if phone:
        try:
            number = normalize_phone(phone)
        except ValidationError:
            return None
        return query.where(Applicant.phone == number).first()
    return None


def _save_applicant(office: str, data: dict) -> Applicant:
    person = Applicant.get_or_none((Applicant.office == office) & (Applicant.nik == data["nik"]))
    if person is None:
        return Applicant.create(office=office, **data)
    changed = {k: v for k, v in data.items() if getattr(person, k) != v}
    if changed:
        for key, value in changed.items():
            setattr(person, key, value)
        person.save()
    return person


# --- registering -----------------------------------------------------------------

def register_request(actor, service_id: str, applicant: dict, documents: list[dict],
                     accept_incomplete: bool = False, at: dt.datetime | None = None) -> ServiceRequest:
    """Register a request in one transaction: tracking number, standard and SOP revision
    in force, due date in working days, daily queue number, timeline entry and audit.

    With documents missing, `accept_incomplete=True` registers it as "berkas belum
    lengkap" (the receipt lists what is missing); otherwise ValidationError."""
    require(actor, "requests.register", "mendaftarkan permohonan")
    user = acting_user(actor)
    data = clean_applicant(applicant)
    with write_transaction():
        request = _register(user, service_id, data, documents, accept_incomplete, at)
    return request


def _register(user: User, service_id: str, data: dict, documents: list[dict],
              accept_incomplete: bool, at: dt.datetime | None,
              status: str = STATUS_REGISTERED, note: str = "") -> ServiceRequest:
    service = Service.get_or_none(Service.id == service_id)
    if service is None or not service.active:
        raise NotFound("Layanan tidak ditemukan atau tidak aktif.")
    at = at or utcnow()
    office = Office.get_by_id(service.office)
    day = to_local(at, office_zone(office)).date()
    check_day(day, office.code, "Tanggal permohonan", "at", max(day, local_today(office_zone(office))))
    standard = catalogue.standard_in_force(service, day)
    docs = checklist(standard.requirements, documents)
    missing = missing_documents(docs)
    if missing and not accept_incomplete:
        raise ValidationError(
            f"Berkas belum lengkap ({len(missing)} dokumen belum diserahkan). "
            "Daftarkan sebagai 'berkas belum lengkap' atau tolak permohonan.", "documents")
    serial, number = numbering.take_request_number(office.code, day)
    person = _save_applicant(office.code, data)
    request = ServiceRequest.create(
        office=office.code, number=number, year=day.year, serial=serial, service=service,
        standard=standard, sop_revision=catalogue.sop_revision_in_force(service, day),
        applicant=person, applicant_name=data["name"], applicant_nik=data["nik"],
        applicant_phone=data["phone"], applicant_address=data["address"],
        applicant_institution=data["institution"], documents=docs, complete=not missing,
        registered_by=user, registered_at=at, reg_date=day,
        queue_number=numbering.take_queue_number(office.code, day),
        due_date=add_working_days(day, standard.time_frame_days),
        status=status, status_note=note, created_at=at, updated_at=at,
    )
    request_names.add_request(request)
    kind = "registered" if not missing else "registered_incomplete"
    RequestEvent.create(office=office.code, request=request, at=at, actor=user, kind=kind,
                        to_status=STATUS_REGISTERED,
                        note="Kurang: " + "; ".join(missing) if missing else "")
    audit.record_change(user, "register", request, None, snapshot(request))
    return request


def decline_request(actor, service_id: str, applicant: dict, documents: list[dict],
                    reason: str = INCOMPLETE_REASON, at: dt.datetime | None = None) -> ServiceRequest:
    """The officer declined an incomplete application at the counter. It is recorded as
    a request with a tracking number and status "ditolak" (reason kept), so the choice
    shows in the list, the timeline, the audit trail and the figures."""
    require(actor, "requests.register", "mencatat permohonan yang ditolak")
    user = acting_user(actor)
    data = clean_applicant(applicant)
    reason = check_text((reason or "").strip(), "Alasan", "reason", 2000, True) or INCOMPLETE_REASON
    with write_transaction():
        request = _register(user, service_id, data, documents, True, at)
        at = request.registered_at
        request.status = STATUS_REJECTED
        request.status_note = reason
        request.save()
        RequestEvent.create(office=request.office, request=request, at=at, actor=user,
                            kind="declined", from_status=STATUS_REGISTERED,
                            to_status=STATUS_REJECTED, note=reason)
        audit.record(user, "decline", "ServiceRequest", request.id, request.office,
                     {"number": request.number, "reason": reason,
                      "missing": missing_documents(request.documents)})
    return request
