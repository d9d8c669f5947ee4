"""What the office holds on one person, found by NIK (UU 27/2022: the person may see the
personal data an office processes about them and have it corrected).

`gather_person(actor, nik, office)` reads, for one NIK and one office, through indexed
lookups only (applicant_nik, the requests' foreign keys, the audit trail's (entity,
entity_id) index):

- every ServiceRequest with that applicant_nik: number, service, dates, status and the
  personal fields as the request holds them, who registered it;
- the Applicant record(s) kept for that NIK (the returning-applicant lookup);
- receipts printed and reprinted (RequestEvent "receipt_print" / "receipt_reprint");
- the other timeline entries of those requests with their notes, and the SOP step
  notes and deviation reasons (RequestStep.note / deviation_reason), each with its date
  and who recorded it;
- corrections of the personal fields (requests/correction.py), read from the audit trail;
- NAMED complaints (protection "bernama") tied to the person, see `_complaints`.

Never included: survey (SKM) forms, which are anonymous and refer to no request or
person, and the identity or text of a confidential ("rahasia") or anonymous complaint,
even one tied to the person's request: such a complaint is left out whole.

Reading is allowed to the admin and the head of section (`privacy.person`). Showing it
in the window and exporting it each write one audit event (`record_access`) with the
NIK masked and hashed, never in clear.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from desk_app.models.catalogue.tables import Service
from desk_app.models.complaints.tables import PROTECTION_NAMED, Complaint, ComplaintEvent
from desk_app.models.core import audit
from desk_app.models.core.accounts import User
from desk_app.models.core.base import utcnow
from desk_app.models.core.dates import office_zone
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import NotFound
from desk_app.models.core.nik import validate_nik
from desk_app.models.core.office import Office, home_office
from desk_app.models.core.permissions import require
from desk_app.models.requests.correction import Correction, corrections
from desk_app.models.requests.flow import EVENT_LABELS, STATUS_LABELS
from desk_app.models.requests.tables import Applicant, RequestEvent, RequestStep, ServiceRequest
from desk_app.models.sop.flow import DEVIATION_LABELS
from desk_app.models.sop.tables import SopStep

RECEIPT_KINDS = ("receipt_print", "receipt_reprint")
CHUNK = 500  # ids per IN (...) list


@dataclass(frozen=True)
class HeldRequest:
    id: str
    number: str
    service: str  # "CODE — name"
    registered_at: dt.datetime  # naive UTC, as every time here
    registered_by: str
    due_date: dt.date
    status: str  # label
    status_note: str
    finished_at: dt.datetime | None
    delivered_at: dt.datetime | None
    delivered_to: str
    name: str
    nik: str
    phone: str
    address: str
    institution: str
    documents: list[str]  # documents handed in


@dataclass(frozen=True)
class HeldApplicant:
    name: str
    nik: str
    phone: str
    address: str
    institution: str
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class Entry:
    """A dated line recorded by someone: a receipt print, a timeline note, a step note."""

    number: str  # the request's (or complaint's) number
    at: dt.datetime | None
    by: str
    what: str
    text: str = ""


@dataclass(frozen=True)
class HeldComplaint:
    number: str
    received_date: dt.date
    registered_at: dt.datetime
    registered_by: str
    kind: str
    channel: str
    category: str
    name: str
    contact: str
    address: str
    text: str
    stage: str
    reply_text: str
    reply_date: dt.date | None
    tied_by: str  # why it belongs to the person
    events: list[Entry] = field(default_factory=list)
    by_person: bool = True  # False: another complainant, about the person's request


@dataclass
class PersonRecord:
    nik: str
    office: Office
    gathered_at: dt.datetime
    requests: list[HeldRequest]
    applicants: list[HeldApplicant]
    receipts: list[Entry]
    notes: list[Entry]  # timeline entries with their notes
    step_notes: list[Entry]
    complaints: list[HeldComplaint]
    corrections: list[Correction]

    @property
    def tz(self) -> str:
        return office_zone(self.office)

    def counts(self) -> dict[str, int]:
        return {"requests": len(self.requests), "applicants": len(self.applicants),
                "receipts": len(self.receipts), "notes": len(self.notes),
                "step_notes": len(self.step_notes), "complaints": len(self.complaints),
                "corrections": len(self.corrections)}

    @property
    def empty(self) -> bool:
        return not (self.requests or self.applicants or self.complaints)


def masked(nik: str) -> str:
    """`5201********0001`: the form a NIK takes in the audit trail."""
    return nik[:4] + "*" * (len(nik) - 8) + nik[-4:] if len(nik) > 8 else "*" * len(nik)


def nik_hash(nik: str) -> str:
    """A fixed fingerprint of the NIK, so that an auditor holding a NIK finds the events
    about it. Not a secret: the space of NIKs is small enough to search."""
    return hashlib.sha256(f"loket-prima/person/{nik}".encode()).hexdigest()


def _office(office: str | None) -> Office:
    found = Office.get_or_none(Office.code == office) if office else home_office()
    if found is None:
        raise NotFound(f"Kantor {office} tidak ada di basis data ini." if office
                       else "Basis data belum berisi kantor.")
    return found


def _chunks(ids: list[str]):
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _requests(office: str, nik: str) -> list[ServiceRequest]:
    # By the NIK's index alone; the office is checked here: with both in the WHERE the
    # planner may walk the office's index instead, i.e. every request of the office.
    rows = (ServiceRequest.select(ServiceRequest, Service, User)
            .join(Service, on=(ServiceRequest.service == Service.id))
            .switch(ServiceRequest).join(User, on=(ServiceRequest.registered_by == User.id))
            .where(ServiceRequest.applicant_nik == nik))
    return sorted((r for r in rows if r.office == office), key=lambda r: (r.registered_at, r.serial))


def _held(r: ServiceRequest) -> HeldRequest:
    status = STATUS_LABELS.get(r.status, r.status)
    return HeldRequest(
        r.id, r.number, f"{r.service.code} — {r.service.name}", r.registered_at,
        r.registered_by.full_name, r.due_date, status, r.status_note or r.void_reason or "",
        r.finished_at, r.delivered_at, r.delivered_to or "", r.applicant_name,
        r.applicant_nik or "", r.applicant_phone or "", r.applicant_address or "",
        r.applicant_institution or "",
        [d.get("name", "") for d in (r.documents or []) if d.get("received")])


def _events(ids: list[str], numbers: dict[str, str]) -> tuple[list[Entry], list[Entry]]:
    receipts, notes = [], []
    for chunk in _chunks(ids):
        query = (RequestEvent.select(RequestEvent, User)
                 .join(User, on=(RequestEvent.actor == User.id))
                 .where(RequestEvent.request.in_(chunk)))
        for ev in query:
            number = numbers[ev.request_id]
            label = EVENT_LABELS.get(ev.kind, ev.kind.replace("_", " ").capitalize())
            if ev.kind == "status" and ev.to_status:
                label = (f"Status: {STATUS_LABELS.get(ev.from_status, ev.from_status)} → "
                         f"{STATUS_LABELS.get(ev.to_status, ev.to_status)}")
            entry = Entry(number, ev.at, ev.actor.full_name, label, ev.note or "")
            (receipts if ev.kind in RECEIPT_KINDS else notes).append(entry)
    order = lambda e: (e.at, e.number)  # noqa: E731
    return sorted(receipts, key=order), sorted(notes, key=order)


def _step_notes(ids: list[str], numbers: dict[str, str]) -> list[Entry]:
    found = []
    for chunk in _chunks(ids):
        query = (RequestStep.select(RequestStep, SopStep, User)
                 .join(SopStep, on=(RequestStep.sop_step == SopStep.id))
                 .switch(RequestStep).join(User, on=(RequestStep.done_by == User.id))
                 .where(RequestStep.request.in_(chunk)
                        & ((RequestStep.note != "") | (RequestStep.deviation_reason != ""))))
        for s in query:
            what = f"Langkah {s.sop_step.position}: {s.sop_step.activity}"
            parts = []
            if s.deviation:
                parts.append(f"{DEVIATION_LABELS.get(s.deviation, s.deviation)}: "
                             f"{s.deviation_reason}".rstrip(": "))
            if s.note:
                parts.append(s.note)
            found.append(Entry(numbers[s.request_id], s.done_at, s.done_by.full_name, what,
                               "; ".join(parts)))
    return sorted(found, key=lambda e: (e.at, e.number))


def phone_spellings(phone: str) -> set[str]:
    """How a stored 08… number may have been typed into a complaint's contact field."""
    if not phone or not phone.startswith("0"):
        return {phone} if phone else set()
    rest = phone[1:]
    return {phone, f"62{rest}", f"+62{rest}", f"+62 {rest}"}


def _fold(name: str) -> str:
    return " ".join((name or "").split()).casefold()


def _complaints(office: str, held: list[HeldRequest]) -> list[HeldComplaint]:
    """Named complaints tied to the person, by either rule:
    1. the complaint's request is one of the person's requests;
    2. its contact is one of the phone numbers on the person's requests (as stored, or
       written +62/62) AND its complainant name is one of the names on those requests
       (case and spacing aside): a phone shared in a family does not pull in a
       relative's complaint, a namesake with another phone is not matched either.
    A complaint of rule 1 under another name was filed by someone else about the
    person's request: it is listed (number, dates, kind, stage) without that
    complainant's identity, text or notes, which are the other person's data.
    Only protection "bernama": a confidential or anonymous complaint is never included.
    Rule 2 filters on the complaint table's office and protection (no index on the
    contact column; the complaints of an office are few next to its requests)."""
    by_request = {h.id: h.number for h in held}
    phones = set().union(*(phone_spellings(h.phone) for h in held)) if held else set()
    names = {_fold(h.name) for h in held}
    found: dict[str, tuple[Complaint, str]] = {}
    for chunk in _chunks(list(by_request)):  # by the request's index; the rest checked here
        for c in Complaint.select().where(Complaint.request.in_(chunk)):
            if c.protection == PROTECTION_NAMED and c.office == office:
                found[c.id] = (c, f"permohonan {by_request[c.request_id]}")
    named = (Complaint.protection == PROTECTION_NAMED) & (Complaint.office == office)
    if phones:
        query = Complaint.select().where(named & Complaint.complainant_contact.in_(sorted(phones)))
        for c in query:
            if c.id not in found and _fold(c.complainant_name) in names:
                found[c.id] = (c, "nomor telepon dan nama yang sama")
    users = {u.id: u.full_name for u in User.select(User.id, User.full_name)
             .where(User.id.in_({c.registered_by_id for c, _ in found.values()} or {""}))}
    events = _complaint_events([i for i, (c, _w) in found.items()
                                if _fold(c.complainant_name) in names])
    held_complaints = []
    for c, why in found.values():
        registrar = users.get(c.registered_by_id, "")
        if _fold(c.complainant_name) in names:
            held_complaints.append(HeldComplaint(
                c.number, c.received_date, c.registered_at, registrar, c.kind, c.channel,
                c.category, c.complainant_name, c.complainant_contact, c.complainant_address,
                c.text, c.stage, c.reply_text or "", c.reply_date, why, events.get(c.id, [])))
        else:
            held_complaints.append(HeldComplaint(
                c.number, c.received_date, c.registered_at, registrar, c.kind, c.channel,
                c.category, "", "", "", "", c.stage, "", c.reply_date,
                f"{why}; diajukan pelapor lain: identitas, isi dan catatannya tidak disertakan",
                [], by_person=False))
    return sorted(held_complaints, key=lambda h: (h.received_date, h.number))


def _complaint_events(ids: list[str]) -> dict[str, list[Entry]]:
    events: dict[str, list[Entry]] = {}
    for chunk in _chunks(ids):
        query = (ComplaintEvent.select(ComplaintEvent, Complaint.number, User.full_name)
                 .join(Complaint, on=(ComplaintEvent.complaint == Complaint.id))
                 .switch(ComplaintEvent).join(User, on=(ComplaintEvent.actor == User.id))
                 .where(ComplaintEvent.complaint.in_(chunk))
                 .order_by(ComplaintEvent.at, ComplaintEvent.created_at))
        for ev in query:
            stage = f" → {ev.stage_to}" if ev.stage_to else ""
            events.setdefault(ev.complaint_id, []).append(
                Entry(ev.complaint.number, ev.at, ev.actor.full_name, f"{ev.kind}{stage}",
                      ev.text or ""))
    return events


def _applicants(office: str, nik: str) -> list[HeldApplicant]:
    query = Applicant.select().where(Applicant.nik == nik)
    return [HeldApplicant(a.name, a.nik or "", a.phone or "", a.address or "",
                          a.institution or "", a.created_at, a.updated_at)
            for a in sorted(query, key=lambda a: a.created_at) if a.office == office]


def _named_corrections(ids: list[str]) -> list[Correction]:
    found = corrections(ids)
    usernames = {c.by for c in found}
    names = {u.username: u.full_name for u in User.select(User.username, User.full_name)
             .where(User.username.in_(usernames or {""}))}
    return [Correction(c.request_id, c.number, c.field, c.label, c.old, c.new, c.at,
                       names.get(c.by, c.by), c.reason) for c in found]


def gather_person(actor, nik: str, office: str | None = None) -> PersonRecord:
    """Everything `office` (default: this database's own) holds on the person with
    `nik`. Raises ValidationError on a malformed NIK, PermissionDenied for a role
    without `privacy.person`. Writes nothing (see `record_access`)."""
    require(actor, "privacy.person", "melihat data pribadi seseorang")
    nik = validate_nik(nik)
    home = _office(office)
    rows = _requests(home.code, nik)
    held = [_held(r) for r in rows]
    ids = [h.id for h in held]
    numbers = {h.id: h.number for h in held}
    receipts, notes = _events(ids, numbers)
    return PersonRecord(
        nik=nik, office=home, gathered_at=utcnow(), requests=held,
        applicants=_applicants(home.code, nik), receipts=receipts, notes=notes,
        step_notes=_step_notes(ids, numbers), complaints=_complaints(home.code, held),
        corrections=_named_corrections(ids))


def record_access(actor, person: PersonRecord, action: str, fmt: str = "",
                  via: str = "") -> None:
    """One audit event for a viewing ("person.view") or an export ("person.export"):
    who, the NIK masked and hashed, what was found, the format and where from."""
    diff = {"nik": masked(person.nik), "nik_hash": nik_hash(person.nik),
            "counts": person.counts()}
    if fmt:
        diff["format"] = fmt
    if via:
        diff["via"] = via
    with write_transaction():
        audit.record(actor, action, "Person", nik_hash(person.nik), person.office.code, diff)
