"""The survey kiosk, the response rate and the follow-up plan (both backends)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desk_app.models.catalogue.tables import Service
from desk_app.models.core.audit import AuditEvent, verify_chain
from desk_app.models.core.errors import PermissionDenied, ValidationError
from desk_app.models.core.periods import parse_period
from desk_app.models.requests.flow import change_status
from desk_app.models.requests.registration import register_request
from desk_app.models.requests.tables import ServiceRequest
from desk_app.models.skm import followup, kiosk
from desk_app.models.skm.entry import create_batch, save_form
from desk_app.models.skm.index import compute_index
from desk_app.models.skm.response import response_rates
from desk_app.models.skm.tables import FollowUpPlan, SurveyResponse

PERSON = {"name": "Baiq Siti Aminah", "nik": "5271014506900001", "phone": "081237451234",
          "address": "Jl. Pejanggik 10, Mataram"}
ALL_FOUR = {f"U{i}": 4 for i in range(1, 10)}


def wita(year, month, day, hour=10) -> dt.datetime:
    return dt.datetime(year, month, day, hour) - dt.timedelta(hours=8)


def service(office, code="BIMAS-01") -> Service:
    return Service.get((Service.office == office) & (Service.code == code))


def finished_request(counter, office, at, code="BIMAS-01"):
    svc = service(office, code)
    docs = [{"name": r, "received": True} for r in svc.standards.first().requirements]
    request = register_request(counter, svc.id, PERSON, docs, at=at)
    change_status(counter, request.id, "diproses", at=at + dt.timedelta(hours=1))
    return change_status(counter, request.id, "selesai", at=at + dt.timedelta(hours=2))


def test_kiosk_form_is_stored_without_any_link_to_the_request(db, office, counter):
    request = finished_request(counter, office, wita(2026, 11, 10))
    ticket = kiosk.open_for_request(counter, request.id)
    assert ticket.service_id == request.service_id and not hasattr(ticket, "request_id")
    serial = kiosk.submit(ticket, {**ALL_FOUR, "U3": 2}, gender="P", age=34,
                          comment="Petugas ramah")
    form = SurveyResponse.get(SurveyResponse.serial == serial)
    assert serial.startswith("K") and form.source == "kiosk" and form.entered_by_id is None
    assert (form.u3, form.gender, form.age) == (2, "P", 34)
    # the schema holds no way back: no field of a form refers to a request or a person
    targets = {f.rel_model.__name__ for f in SurveyResponse._meta.refs}
    assert targets <= {"Service", "SurveyBatch", "User"}
    values = json.dumps({k: str(v) for k, v in form.__data__.items()})
    for trace in (request.id, request.number, PERSON["nik"], PERSON["name"]):
        assert trace not in values
    event = AuditEvent.get((AuditEvent.entity == "SurveyResponse") & (AuditEvent.entity_id == form.id))
    assert event.actor == "sistem" and request.id not in json.dumps(event.diff)
    assert kiosk.already_surveyed(request.id)
    assert verify_chain(office) == []


def test_one_kiosk_form_per_request_and_only_at_hand_over(db, office, counter):
    request = finished_request(counter, office, wita(2026, 11, 10))
    kiosk.open_for_request(counter, request.id)
    with pytest.raises(ValidationError, match="sudah disurvei"):
        kiosk.open_for_request(counter, request.id)
    svc = service(office)
    docs = [{"name": r, "received": True} for r in svc.standards.first().requirements]
    fresh = register_request(counter, svc.id, PERSON, docs, at=wita(2026, 11, 11))
    with pytest.raises(ValidationError, match="penyerahan"):
        kiosk.open_for_request(counter, fresh.id)


def test_kiosk_needs_every_answer_and_a_counter_role(db, office, counter, admin):
    request = finished_request(counter, office, wita(2026, 11, 10))
    with pytest.raises(PermissionDenied):
        kiosk.open_for_request(admin, request.id)
    ticket = kiosk.open_for_request(counter, request.id)
    with pytest.raises(ValidationError, match="U9"):
        kiosk.submit(ticket, {k: v for k, v in ALL_FOUR.items() if k != "U9"})
    with pytest.raises(ValidationError):
        kiosk.submit(ticket, {**ALL_FOUR, "U1": 7})
    assert SurveyResponse.select().count() == 0


def test_response_rate_counts_forms_of_every_source_over_requests_finished(db, office, counter):
    for day in (3, 4, 5, 6):
        finished_request(counter, office, wita(2026, 11, day))
    finished_request(counter, office, wita(2026, 11, 9), code="BIMAS-02")
    finished_request(counter, office, wita(2026, 12, 1))  # next month: not in November
    first = ServiceRequest.select().order_by(ServiceRequest.created_at).first()
    kiosk.submit(kiosk.open_for_request(counter, first.id, on=dt.date(2026, 11, 3)), ALL_FOUR)
    batch = create_batch(counter, office, service(office).id, dt.date(2026, 11, 1),
                         dt.date(2026, 11, 30))
    save_form(counter, batch.id, "1", ALL_FOUR)
    save_form(counter, batch.id, "2", {**ALL_FOUR, "U1": 3})
    total, rows = response_rates(parse_period("2026-11"), office)
    assert (total.forms, total.population) == (3, 5)
    assert str(total.rate) == "60.00"
    assert total.by_source == {"paper": 2, "kiosk": 1, "import": 0}
    by_code = {r.service: r for r in rows}
    assert (by_code["BIMAS-01"].forms, by_code["BIMAS-01"].population) == (3, 4)
    assert str(by_code["BIMAS-01"].rate) == "75.00"
    assert by_code["BIMAS-02"].forms == 0 and by_code["BIMAS-02"].rate == 0


def test_skm_json_adds_population_response_rate_and_sources(db, office, counter, cli):
    request = finished_request(counter, office, wita(2026, 11, 10))
    finished_request(counter, office, wita(2026, 11, 11))
    kiosk.submit(kiosk.open_for_request(counter, request.id, on=dt.date(2026, 11, 12)), ALL_FOUR)
    db.close()
    code, out, err = cli("skm", "--period", "2026-11", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["population"] == 2 and data["response_rate"] == 50.0
    assert data["by_source"] == {"paper": 0, "kiosk": 1, "import": 0}
    assert data["respondents"] == 1 and data["ikm"] == 100.0


def test_follow_up_plan_proposed_recorded_and_progress_audited(db, office, counter, head):
    batch = create_batch(counter, office, service(office).id, dt.date(2026, 7, 1),
                         dt.date(2026, 7, 31))
    save_form(counter, batch.id, "1", {**ALL_FOUR, "U3": 1, "U8": 2, "U9": 3})
    save_form(counter, batch.id, "2", {**ALL_FOUR, "U3": 2, "U8": 2, "U9": 3})
    result = compute_index(parse_period("2026-S2"), office=office)
    assert followup.weakest_elements(result) == ["U3", "U8", "U9"]
    with pytest.raises(PermissionDenied):
        followup.add_item(counter, office, "2026-S2", "U3", "Antrean daring", ["I"], "Kasi")
    with pytest.raises(ValidationError, match="triwulan"):
        followup.add_item(head, office, "2026-S2", "U3", "Antrean daring", [], "Kasi")
    item = followup.add_item(head, office, "2026-s2", "u3", "  Antrean  daring ", ["II", "I"],
                             "Kepala Seksi Bimas Islam")
    assert (item.period, item.element, item.programme, item.quarters, item.priority) == (
        "2026-S2", "U3", "Antrean daring", ["I", "II"], 1)
    followup.update_progress(head, item.id, "proses", "Aplikasi antrean diuji coba")
    again = FollowUpPlan.get_by_id(item.id)
    assert (again.progress, again.progress_note) == ("proses", "Aplikasi antrean diuji coba")
    actions = [e.action for e in AuditEvent.select().where(AuditEvent.entity_id == item.id)
               .order_by(AuditEvent.seq)]
    assert actions == ["create", "update"]
    followup.void_item(head, item.id, "Salah unsur")
    assert followup.plan_for("2026-S2", office) == []
    assert verify_chain(office) == []


def test_period_report_shows_the_response_rate_and_sources(db, office, counter):
    from desk_app.reports.figure_rows import row_text, skm_rows
    from desk_app.reports.period_report import gather_report

    for day in (3, 4, 5, 6):
        finished_request(counter, office, wita(2026, 11, day))
    first = ServiceRequest.select().order_by(ServiceRequest.created_at).first()
    kiosk.submit(kiosk.open_for_request(counter, first.id, on=dt.date(2026, 11, 6)), ALL_FOUR)
    batch = create_batch(counter, office, service(office).id, dt.date(2026, 11, 1),
                         dt.date(2026, 11, 30))
    save_form(counter, batch.id, "1", ALL_FOUR)
    rows = {r.label: row_text(r) for r in skm_rows(gather_report(parse_period("2026-11"), office).skm)}
    assert rows["Tingkat respons: formulir dari permohonan selesai"] == "2 dari 4 (50,0%)"
    assert rows["Formulir kertas / kiosk / impor"] == "1 / 1 / 0"
