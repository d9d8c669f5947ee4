"""The survey kiosk: the applicant answers the SKM on a customer-facing screen.

Anonymity (PermenPAN-RB 14/2017: no answer may be traced back to a person) is kept by
construction:
- the counter officer opens the kiosk for a request at hand-over: that marks the request
  "disurvei" (a timeline event, so one form per request) and hands the kiosk only a
  ticket holding the service and the date, never the request;
- the form stored from the kiosk holds the service, the date and the answers, with no
  reference to the request, the applicant or the officer (`entered_by` empty);
- the window shows the officer no answers, and lists of forms show no times.
Like every record, the form keeps its save time (bundles need it to send changes): the
database alone cannot hide from its administrator which form followed which hand-over.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.models.catalogue.tables import Service
from desk_app.models.core import audit
from desk_app.models.core.base import snapshot
from desk_app.models.core.dates import local_today
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import NotFound, ValidationError
from desk_app.models.core.office import Office, next_serial
from desk_app.models.core.permissions import require
from desk_app.models.requests.tables import (
    STATUS_DELIVERED,
    STATUS_DONE,
    RequestEvent,
    ServiceRequest,
)
from desk_app.models.skm.entry import clean_form
from desk_app.models.skm.tables import ELEMENT_CODES, SOURCE_KIOSK, SurveyResponse

SURVEYED_EVENT = "surveyed"  # RequestEvent.kind: the request's applicant was offered the kiosk
HANDED_OVER = (STATUS_DONE, STATUS_DELIVERED)
SERIAL_PREFIX = "K"  # kiosk forms: K1, K2, … per office and year


@dataclass(frozen=True)
class KioskTicket:
    """What the kiosk knows of the person in front of it: nothing but the service."""

    office: str
    service_id: str
    service_name: str
    survey_date: dt.date


def _office_zone(office: str) -> str | None:
    row = Office.get_or_none(Office.code == office)
    return row.time_zone if row else None


def already_surveyed(request_id: str) -> bool:
    return RequestEvent.select().where((RequestEvent.request == request_id)
                                       & (RequestEvent.kind == SURVEYED_EVENT)).exists()


def open_for_request(actor, request_id: str, on: dt.date | None = None) -> KioskTicket:
    """At hand-over: mark the request "disurvei" and give the kiosk a ticket for today
    (`on`: another day, for demo data)."""
    require(actor, "surveys.kiosk", "membuka survei kiosk")
    request = ServiceRequest.get_or_none(ServiceRequest.id == request_id)
    if request is None:
        raise NotFound("Permohonan tidak ditemukan.")
    if request.is_void or request.status not in HANDED_OVER:
        raise ValidationError("Survei kiosk dibuka saat penyerahan: permohonan harus "
                              "berstatus selesai atau diserahkan.", "status")
    with write_transaction():
        if already_surveyed(request.id):
            raise ValidationError(f"Permohonan {request.number} sudah disurvei "
                                  "(satu formulir per permohonan).", "request")
        event = RequestEvent.create(office=request.office, request=request, actor=actor,
                                    kind=SURVEYED_EVENT, note="Survei kepuasan di kiosk")
        audit.record_change(actor, "create", event, None, snapshot(event))
    service = Service.get_by_id(request.service_id)
    return KioskTicket(request.office, service.id, service.name,
                       on or local_today(_office_zone(request.office)))


def open_walk_in(office: str, service_id: str, on: dt.date | None = None) -> KioskTicket:
    """A kiosk left standing at the counter: the applicant picks the service."""
    service = Service.get_or_none((Service.id == service_id) & (Service.office == office))
    if service is None:
        raise NotFound("Layanan tidak ditemukan.")
    return KioskTicket(office, service.id, service.name, on or local_today(_office_zone(office)))


def submit(ticket: KioskTicket, answers: dict, gender=None, age=None, education=None,
           occupation=None, comment: str = "") -> str:
    """Store the kiosk's form; returns its serial (K…). Every element must be answered
    at the kiosk (it does not let the applicant go on without a choice)."""
    values = clean_form(answers, gender, age, education, occupation, comment)
    missing = [code for code in ELEMENT_CODES if values[code.lower()] is None]
    if missing:
        raise ValidationError("Semua pertanyaan harus dijawab: " + ", ".join(missing) + ".",
                              "answers")
    with write_transaction():
        serial = f"{SERIAL_PREFIX}{next_serial(ticket.office, 'kiosk', ticket.survey_date.year)}"
        response = SurveyResponse.create(
            office=ticket.office, batch=None, entry=1, serial=serial,
            survey_date=ticket.survey_date, service=ticket.service_id, entered_by=None,
            source=SOURCE_KIOSK, **values)
        audit.record_change(None, "create", response, None, snapshot(response))
    return serial
