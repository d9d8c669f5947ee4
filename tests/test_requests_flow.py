"""Registering requests and moving them through their statuses (both backends)."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.models.catalogue.tables import Service
from desk_app.models.core import workdays
from desk_app.models.core.audit import AuditEvent, verify_chain
from desk_app.models.core.errors import PermissionDenied, ValidationError
from desk_app.models.core.periods import parse_period
from desk_app.models.requests import flow as request_flow
from desk_app.models.requests import registration as request_registration
from desk_app.models.requests import search as request_search
from desk_app.models.requests.figures import request_figures
from desk_app.models.requests.flow import change_status
from desk_app.models.requests.registration import register_request
from desk_app.models.requests.search import RequestFilter
from desk_app.models.requests.tables import RequestEvent, ServiceRequest

NIK = "5271014506900001"
PERSON = {"name": "Baiq Siti Aminah", "nik": NIK, "phone": "+62 812-3745-1234",
          "address": "Jl. Pejanggik 10, Mataram", "institution": "Majelis Taklim Nurul Huda"}


def wita(year, month, day, hour=10, minute=0) -> dt.datetime:
    """Office-local (UTC+8) time as stored naive UTC."""
    return dt.datetime(year, month, day, hour, minute) - dt.timedelta(hours=8)


def service(office, code="BIMAS-01") -> Service:
    return Service.get((Service.office == office) & (Service.code == code))


def all_docs(svc: Service) -> list[dict]:
    return [{"name": r, "received": True} for r in svc.standards.first().requirements]


def register(user, office, at=None, person=PERSON, code="BIMAS-01", **kw):
    svc = service(office, code)
    return register_request(user, svc.id, person, kw.pop("docs", all_docs(svc)), at=at, **kw)


def test_register_gives_number_due_date_queue_and_audit(db, office, counter):
    req = register(counter, office, at=wita(2026, 11, 20, 9))  # Friday
    assert req.number == "PLY-2026-00001"
    assert req.reg_date == dt.date(2026, 11, 20)
    assert req.due_date == dt.date(2026, 11, 27)  # 5 working days, weekend skipped
    assert req.queue_number == 1 and req.status == "terdaftar" and req.complete
    assert req.applicant_phone == "081237451234"
    assert req.sop_revision is not None
    second = register(counter, office, at=wita(2026, 11, 20, 11))
    assert (second.number, second.queue_number) == ("PLY-2026-00002", 2)
    next_day = register(counter, office, at=wita(2026, 11, 23, 8))
    assert (next_day.number, next_day.queue_number) == ("PLY-2026-00003", 1)
    event = AuditEvent.get((AuditEvent.entity == "ServiceRequest") & (AuditEvent.entity_id == req.id))
    assert event.action == "register" and event.actor == "petugas"
    assert event.diff["after"]["number"] == "PLY-2026-00001"
    assert verify_chain(office) == []
    assert [e.kind for e in request_flow.timeline(req.id)] == ["registered"]


def test_registration_date_is_the_office_local_date(db, office, counter):
    # 23:30 UTC on the 19th is 07:30 WITA on the 20th
    req = register(counter, office, at=dt.datetime(2026, 11, 19, 23, 30))
    assert req.reg_date == dt.date(2026, 11, 20)


def test_due_date_skips_holiday_and_cuti_bersama(db, office, counter, admin):
    # Tue 22 Dec 2026 + 5 working days: 24 Dec cuti bersama, 25 Dec Natal, weekend.
    workdays.add_cuti_bersama(admin, office, dt.date(2026, 12, 24), "Cuti bersama Natal")
    req = register(counter, office, at=wita(2026, 12, 22))
    assert req.due_date == dt.date(2026, 12, 31)
    quick = register(counter, office, at=wita(2026, 12, 23), code="BIMAS-02")  # 3 days
    assert quick.due_date == dt.date(2026, 12, 30)


def test_returning_applicant_is_found_and_updated(db, office, counter):
    register(counter, office, at=wita(2026, 11, 2))
    found = request_registration.find_applicant(nik="5271 0145 0690 0001")
    assert found.name == "Baiq Siti Aminah" and found.phone == "081237451234"
    assert request_registration.find_applicant(phone="0812-3745-1234").nik == NIK
    assert request_registration.find_applicant(nik="52710145") is None  # half typed: no error
    register(counter, office, at=wita(2026, 11, 3), person={**PERSON, "phone": "081999888777"})
    assert request_registration.find_applicant(nik=NIK).phone == "081999888777"


def test_bad_nik_or_phone_is_refused_with_its_message(db, office, counter):
    with pytest.raises(ValidationError, match="16 digit") as err:
        register(counter, office, person={**PERSON, "nik": "52710145069"})
    assert err.value.field == "nik"
    with pytest.raises(ValidationError, match="diawali 0, 62") as err:
        register(counter, office, person={**PERSON, "phone": "12345678"})
    assert err.value.field == "phone"
    assert ServiceRequest.select().count() == 0


def test_incomplete_documents_need_a_choice(db, office, counter):
    svc = service(office)
    docs = all_docs(svc)
    docs[2]["received"] = False
    with pytest.raises(ValidationError, match="Berkas belum lengkap"):
        register_request(counter, svc.id, PERSON, docs)
    req = register_request(counter, svc.id, PERSON, docs, accept_incomplete=True)
    assert not req.complete
    assert request_registration.missing_documents(req.documents) == [docs[2]["name"]]
    declined = request_registration.decline_request(counter, svc.id, PERSON, docs)
    assert declined.status == "ditolak" and declined.status_note == "Berkas tidak lengkap"
    assert [e.kind for e in request_flow.timeline(declined.id)] == ["registered_incomplete", "declined"]
    assert AuditEvent.select().where(AuditEvent.action == "decline").count() == 1


def test_status_flow_to_handover(db, office, counter, counter2):
    req = register(counter, office, at=wita(2026, 11, 20))
    with pytest.raises(ValidationError, match="tidak dapat diubah"):
        change_status(counter, req.id, "selesai")
    change_status(counter, req.id, "diproses", at=wita(2026, 11, 23))
    assert change_status(counter, req.id, "diproses").status == "diproses"  # no-op
    change_status(counter2, req.id, "selesai", at=dt.datetime(2026, 11, 25, 3))
    with pytest.raises(ValidationError, match="pengambil"):
        request_flow.handover_product(counter, req.id, "  ")
    done = request_flow.handover_product(counter, req.id, "Lalu Ahmad (suami)",
                                        at=wita(2026, 11, 26))
    assert done.status == "diserahkan" and done.delivered_to == "Lalu Ahmad (suami)"
    assert done.finished_at == dt.datetime(2026, 11, 25, 3) and done.delivered_at is not None
    kinds = [e.kind for e in request_flow.timeline(req.id)]
    assert kinds == ["registered", "status", "status", "handover"]
    assert RequestEvent.select().where(RequestEvent.request == req.id).count() == 4


def test_reject_and_void_need_reason_and_void_needs_head(db, office, counter, head):
    req = register(counter, office)
    with pytest.raises(ValidationError, match="Alasan penolakan"):
        change_status(counter, req.id, "ditolak")
    with pytest.raises(PermissionDenied):
        change_status(counter, req.id, "dibatalkan", note="Salah input")
    with pytest.raises(ValidationError, match="Alasan pembatalan"):
        change_status(head, req.id, "dibatalkan")
    void = change_status(head, req.id, "dibatalkan", note="Pemohon mendaftar dua kali")
    assert void.is_void and void.voided_by == "kasi" and void.void_reason.startswith("Pemohon")
    again = register(counter, office)
    assert again.number == "PLY-2026-00002"  # the voided number is not reused


def test_receipt_prints_are_logged(db, office, counter):
    req = register(counter, office)
    assert not request_flow.receipt_printed_before(req.id)
    request_flow.log_receipt_print(counter, req.id, reprint=False)
    request_flow.log_receipt_print(counter, req.id, reprint=True)
    assert request_flow.receipt_printed_before(req.id)
    assert AuditEvent.select().where(AuditEvent.action == "receipt_reprint").count() == 1


def test_search_by_number_name_nik_phone_and_paging(db, office, counter):
    people = [("Baiq Siti Aminah", "5271014506900001", "081237451234"),
              ("Lalu Muhammad Zaini", "5201021203850002", "087765432100"),
              ("Siti Hajar", "5203035508920003", "085338001122")]
    for i in range(12):
        name, nik, phone = people[i % 3]
        register(counter, office, at=wita(2026, 11, 2 + i, 9),
                 person={"name": name, "nik": nik, "phone": phone})
    flt = RequestFilter(office=office)
    first = request_search.search_requests(flt, limit=5)
    assert [r.serial for r in first.rows] == [12, 11, 10, 9, 8]
    assert first.cursor == first.rows[-1].key
    rest = request_search.search_requests(flt, after=first.cursor, limit=50)
    assert [r.serial for r in rest.rows] == [7, 6, 5, 4, 3, 2, 1] and rest.cursor is None

    def find(text):
        return {r.applicant_name for r in request_search.search_requests(RequestFilter(office, text)).rows}

    assert find("siti") == {"Baiq Siti Aminah", "Siti Hajar"}
    assert find("lalu m") == {"Lalu Muhammad Zaini"}
    assert find("5203035508920003") == {"Siti Hajar"}
    assert find("+62 877-6543-2100") == {"Lalu Muhammad Zaini"}
    assert [r.number for r in request_search.search_requests(RequestFilter(office, "ply-2026-00004")).rows] == [
        "PLY-2026-00004"]
    kiblat = register(counter, office, code="BIMAS-03", at=wita(2026, 11, 2, 11), person={
        "name": "Siti Hajar", "nik": "5203035508920003", "phone": "085338001122"})
    by_service = request_search.search_requests(
        RequestFilter(office, service_id=kiblat.service_id, text="siti")).rows
    assert [r.id for r in by_service] == [kiblat.id] and by_service[0].service_code == "BIMAS-03"
    days = request_search.search_requests(RequestFilter(
        office, date_from=dt.date(2026, 11, 3), date_to=dt.date(2026, 11, 4))).rows
    assert [r.serial for r in days] == [3, 2]
    row = request_search.search_requests(RequestFilter(office, "00004")).rows[0]
    assert row.nik_masked == "5271••••••••0001"


def test_overdue_filter_and_marks(db, office, counter):
    old = register(counter, office, at=wita(2026, 11, 2))  # due 9 Nov
    register(counter, office, at=wita(2026, 11, 20))  # due 27 Nov
    today = dt.date(2026, 11, 27)
    rows = request_search.search_requests(RequestFilter(office, overdue=True, today=today)).rows
    assert [r.id for r in rows] == [old.id]
    marks = [r.urgency(today) for r in request_search.search_requests(RequestFilter(office)).rows]
    assert marks == ["due_today", "overdue"]


def test_figures_for_a_month(db, office, counter, head):
    on_time = register(counter, office, at=wita(2026, 10, 1))  # due 8 Oct
    late = register(counter, office, at=wita(2026, 10, 5))  # due 12 Oct
    open_late = register(counter, office, at=wita(2026, 10, 6))  # due 13 Oct, never done
    register(counter, office, at=wita(2026, 10, 7), docs=[], accept_incomplete=True)
    void = register(counter, office, at=wita(2026, 10, 8))
    rejected = register(counter, office, at=wita(2026, 10, 9))
    for req, finish in ((on_time, wita(2026, 10, 6)), (late, wita(2026, 10, 14))):
        change_status(counter, req.id, "diproses", at=finish)
        change_status(counter, req.id, "selesai", at=finish)
    # within the period: October is reported as at its end (issue 19)
    change_status(head, void.id, "dibatalkan", note="Ganda", at=wita(2026, 10, 9))
    change_status(counter, rejected.id, "ditolak", note="Bukan wewenang Kanwil",
                  at=wita(2026, 10, 9))
    fig = request_figures(parse_period("2026-10"), office)
    assert (fig.received, fig.void, fig.rejected, fig.incomplete) == (5, 1, 1, 1)
    assert (fig.finished, fig.finished_on_time) == (2, 1)
    assert fig.overdue_at_end == 2  # open_late and the incomplete one (due 14 Oct)
    row = next(r for r in fig.per_service if r.code == "BIMAS-01")
    assert (row.received, row.finished, row.on_time, row.standard_days) == (5, 2, 1, 5)
    assert row.avg_working_days == 5.0 and row.on_time_share == 0.5  # 3 and 7 working days
    assert open_late.id
    assert request_figures(parse_period("2026-10")).received == 5
