"""Correcting an applicant's personal data on a request (UU 27/2022: the person may have
their data corrected). The request keeps what the applicant gave; a correction replaces
a field with a stated reason, in one transaction with:

- an audit event "correct" on the request whose diff holds the changed fields only,
  `{"before": {field: old}, "after": {field: new}, "reason": ...}` (the trail is where
  old values stay: `corrections()` reads them back for the person export);
- a timeline entry (RequestEvent "correction") naming the fields and the reason, not the
  values, so the request's history shows that it was corrected;
- the applicant record (returning-applicant lookup) brought in line: a corrected NIK
  links the request to the applicant of that NIK, and the record of the wrong NIK keeps
  none of the person's data when it served only this request (`_rekeyed`); other
  fields are corrected on the linked applicant where it held the same wrong value;
- the request's name-search entries rewritten when the name changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.models.core import audit
from desk_app.models.core.audit_event import AuditEvent
from desk_app.models.core.base import utcnow
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import ValidationError
from desk_app.models.core.permissions import require
from desk_app.models.core.text import check_text
from desk_app.models.requests import names as request_names
from desk_app.models.requests.flow import acting_user, get_request
from desk_app.models.requests.registration import clean_applicant
from desk_app.models.requests.tables import STATUS_VOID, Applicant, RequestEvent, ServiceRequest

ACTION = "correct"
EVENT_KIND = "correction"
# request column -> (applicant column, label)
FIELDS = {
    "applicant_name": ("name", "Nama"),
    "applicant_nik": ("nik", "NIK"),
    "applicant_phone": ("phone", "Telepon"),
    "applicant_address": ("address", "Alamat"),
    "applicant_institution": ("institution", "Lembaga"),
}


def field_label(field: str) -> str:
    return FIELDS.get(field, (field, field))[1]


def correct_applicant(actor, request_id: str, values: dict, reason: str,
                      at: dt.datetime | None = None):
    """Correct the personal fields of a request. `values` uses the applicant keys
    (name, nik, phone, address, institution); a key left out keeps its value. The
    values are checked as at registration. Returns the request; a correction that
    changes nothing raises ValidationError."""
    require(actor, "requests.correct", "mengoreksi data pemohon")
    user = acting_user(actor)
    reason = check_text((reason or "").strip(), "Alasan koreksi", "reason", 2000, long_text=True)
    if not reason:
        raise ValidationError("Alasan koreksi wajib diisi.", "reason")
    at = at or utcnow()
    with write_transaction():
        request = get_request(request_id)
        if request.status == STATUS_VOID:
            raise ValidationError("Permohonan yang dibatalkan tidak dapat dikoreksi.", "status")
        current = {key: getattr(request, column) or "" for column, (key, _l) in FIELDS.items()}
        data = clean_applicant({**current, **{k: v for k, v in values.items() if v is not None}})
        changed = {column: (getattr(request, column) or "", data[key])
                   for column, (key, _label) in FIELDS.items()
                   if (getattr(request, column) or "") != data[key]}
        if not changed:
            raise ValidationError("Tidak ada data yang berubah.", "values")
        for column, (_old, new) in changed.items():
            setattr(request, column, new)
        request.applicant = _applicant_for(request, changed, data)
        request.updated_at = at
        request.save()
        if "applicant_name" in changed:
            request_names.rebuild([request.id])
        labels = ", ".join(field_label(c) for c in changed)
        RequestEvent.create(office=request.office, request=request, at=at, actor=user,
                            kind=EVENT_KIND, note=f"{labels}. Alasan: {reason}")
        audit.record(user, ACTION, "ServiceRequest", request.id, request.office,
                     {"before": {c: old for c, (old, _n) in changed.items()},
                      "after": {c: new for c, (_o, new) in changed.items()},
                      "reason": reason, "number": request.number})
    return request


def _applicant_for(request, changed: dict, data: dict) -> Applicant | None:
    """The applicant record the corrected request belongs to (see the module's note)."""
    person = request.applicant
    if "applicant_nik" in changed:
        person = _rekeyed(request, person, data)
    if person is None:
        return None
    fixed = False
    for column, (old, new) in changed.items():
        key = FIELDS[column][0]
        if key != "nik" and (getattr(person, key) or "") == old:
            setattr(person, key, new)
            fixed = True
    if fixed:
        person.save()
    return person


def _rekeyed(request, old: Applicant | None, data: dict) -> Applicant:
    """After a NIK correction: the applicant of the right NIK. When the old record
    served only this request, it must not keep the person's data under the wrong NIK
    (the real holder of that NIK would see it in their export): it becomes the record
    of the right NIK when there is none yet, else it is emptied."""
    target = Applicant.get_or_none((Applicant.office == request.office)
                                   & (Applicant.nik == data["nik"]))
    alone = old is not None and not (
        ServiceRequest.select().where((ServiceRequest.applicant == old.id)
                                      & (ServiceRequest.id != request.id)).exists())
    if target is None and alone:
        old.nik = data["nik"]
        old.save()
        return old
    if alone:
        old.nik, old.phone, old.name, old.address, old.institution = None, None, "", "", ""
        old.save()
    return target or Applicant.create(office=request.office, **data)


@dataclass(frozen=True)
class Correction:
    request_id: str
    number: str
    field: str  # request column, e.g. "applicant_phone"
    label: str
    old: str
    new: str
    at: dt.datetime  # naive UTC
    by: str  # username as in the audit trail
    reason: str


def corrections(request_ids: list[str]) -> list[Correction]:
    """Every correction of the given requests, oldest first, one per field, read from
    the audit trail (its (entity, entity_id) index)."""
    found: list[Correction] = []
    ids = [str(i) for i in request_ids]
    for start in range(0, len(ids), 500):
        events = (AuditEvent.select()
                  .where((AuditEvent.entity == "ServiceRequest")
                         & AuditEvent.entity_id.in_(ids[start:start + 500])
                         & (AuditEvent.action == ACTION)))
        for event in events:
            diff = event.diff or {}
            before, after = diff.get("before") or {}, diff.get("after") or {}
            for field in after:
                found.append(Correction(event.entity_id, diff.get("number", ""), field,
                                        field_label(field), before.get(field) or "",
                                        after.get(field) or "", event.at, event.actor,
                                        diff.get("reason", "")))
    found.sort(key=lambda c: (c.at, c.number, list(FIELDS).index(c.field)
                              if c.field in FIELDS else 99))
    return found
