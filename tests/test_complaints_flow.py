"""Complaint stages, deadlines in working days, and the untouchable original text."""

from __future__ import annotations

import datetime as dt
import inspect

import pytest
from complaint_helpers import AT, log, replied, utc

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.catalogue.tables import Service
from desk_app.models.complaints import deadlines as complaint_deadlines
from desk_app.models.complaints import flow as cf
from desk_app.models.complaints import identity as complaint_identity
from desk_app.models.complaints import records as complaint_records
from desk_app.models.complaints import search as complaint_search
from desk_app.models.complaints import tables as complaint_tables
from desk_app.models.complaints import views as complaint_views
from desk_app.models.complaints.tables import Complaint, ComplaintEvent
from desk_app.models.core import settings, workdays
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.errors import PermissionDenied, ValidationError
from desk_app.models.requests import registration as request_registration


def test_register_gives_number_stage_and_verification_deadline(counter):
    c = log(counter)
    assert c.number == "ADU-2026-0001"
    assert c.stage == "diterima"
    # Wed 23 Dec 2026 + 3 working days: 24 (Thu), 28 (Mon), 29 (Tue) — Christmas is Fri 25.
    assert c.stage_due == dt.date(2026, 12, 29)
    assert log(counter).number == "ADU-2026-0002"
    assert ComplaintEvent.select().where(ComplaintEvent.complaint == c.id).count() == 1
    assert AuditEvent.select().where((AuditEvent.entity == "Complaint") & (AuditEvent.entity_id == c.id)).count() == 1


def test_deadline_skips_cuti_bersama(admin, counter, office):
    workdays.add_cuti_bersama(admin, office, dt.date(2026, 12, 24), "Cuti bersama Natal")
    c = log(counter)
    # 24 cuti bersama, 25 Natal, 26-27 weekend: 28, 29, 30.
    assert c.stage_due == dt.date(2026, 12, 30)


def test_reply_deadline_over_national_holidays_and_examination(counter, head):
    received = dt.date(2026, 8, 10)  # Monday; 17 Aug and 25 Aug (Maulid) are holidays
    c = log(counter, received=received, at=utc(received))
    cf.verify(counter, c.id, at=utc(received))
    cf.dispose(head, c.id, "Seksi Bimas", None, "Tindak lanjuti", at=utc(received))
    c = cf.record_follow_up(counter, c.id, "Klarifikasi petugas", at=utc(dt.date(2026, 8, 11)))
    assert c.stage == "tindak lanjut"
    assert c.stage_due == dt.date(2026, 9, 1)  # 14 working days after 10 Aug
    other = log(counter, received=received, at=utc(received))
    cf.verify(counter, other.id, needs_examination=True, at=utc(received))
    cf.dispose(head, other.id, "Seksi Bimas", None, "Periksa", at=utc(received))
    other = cf.record_follow_up(counter, other.id, "Pemeriksaan dimulai", at=utc(received))
    assert other.stage_due > dt.date(2026, 10, 30)  # 60 working days, not 14
    assert complaint_deadlines.reply_days(other) == 60


def test_stage_deadlines_follow_office_options(admin, counter, head, office):
    settings.set_many(admin, office, {"complaint_days_dispose": 1, "complaint_days_follow_up": 2})
    day = dt.date(2026, 12, 1)  # Tuesday
    c = log(counter, received=day, at=utc(day))
    c = cf.verify(counter, c.id, at=utc(day))
    assert c.stage == "verifikasi" and c.stage_due == dt.date(2026, 12, 2)
    c = cf.dispose(head, c.id, "Seksi Penais", None, "Segera", at=utc(dt.date(2026, 12, 3)))
    assert c.stage == "disposisi" and c.stage_due == dt.date(2026, 12, 7)


def test_no_reply_before_disposition(counter, head):
    c = log(counter)
    with pytest.raises(ValidationError, match="setelah pengaduan didisposisikan"):
        cf.record_reply(head, c.id, "Jawaban", dt.date(2026, 12, 23), at=AT)
    cf.verify(counter, c.id, at=AT)
    with pytest.raises(ValidationError, match="setelah pengaduan didisposisikan"):
        cf.record_reply(head, c.id, "Jawaban", dt.date(2026, 12, 23), at=AT)
    cf.dispose(head, c.id, "Seksi", None, "Jawab", at=AT)
    c = cf.record_reply(head, c.id, "Jawaban", dt.date(2026, 12, 23), at=AT)
    assert c.stage == "jawaban"
    assert c.reply_number == "B-1/Kw.18.4/HM.01/12/2026"


def test_no_closing_without_reply_or_side_exit(counter, head):
    c = log(counter)
    for step in (lambda: None, lambda: cf.verify(counter, c.id, at=AT),
                 lambda: cf.dispose(head, c.id, "Seksi", None, "Jawab", at=AT),
                 lambda: cf.record_follow_up(counter, c.id, "Dicek", at=AT)):
        step()
        with pytest.raises(ValidationError, match="setelah ada jawaban atau keluar jalur"):
            cf.close(head, c.id, "Selesai", at=AT)
    side = log(counter)
    cf.side_exit(head, side.id, "bukan wewenang", "Dirujuk ke Pemda", at=AT)
    assert cf.close(head, side.id, "Dirujuk", at=AT).stage == "selesai"


def test_close_after_reply_and_hint(counter, head):
    c = replied(counter, head, received=dt.date(2026, 12, 1), reply_date=dt.date(2026, 12, 10))
    assert c.stage_due == dt.date(2026, 12, 24)  # 10 working days after Thu 10 Dec
    assert "boleh ditutup" in complaint_deadlines.close_hint(c, dt.date(2026, 12, 11))
    assert not complaint_deadlines.may_close(c, dt.date(2026, 12, 23))
    assert complaint_deadlines.may_close(c, dt.date(2026, 12, 24))
    with pytest.raises(ValidationError):
        cf.close(head, c.id, "   ", at=AT)
    c = cf.close(head, c.id, "Pelapor puas", at=AT)
    assert c.stage == "selesai" and c.outcome == "Pelapor puas" and c.closed_at == AT
    with pytest.raises(ValidationError, match="sudah selesai"):
        cf.close(head, c.id, "Lagi", at=AT)


def test_postponed_complaint_resumes_where_it_left(counter, head):
    c = log(counter)
    cf.verify(counter, c.id, at=AT)
    c = cf.side_exit(head, c.id, "ditunda", "Menunggu dokumen pelapor", at=AT)
    assert c.stage == "ditunda" and c.stage_due is None
    with pytest.raises(ValidationError):
        cf.side_exit(head, c.id, "ditunda", "lagi", at=AT)
    with pytest.raises(ValidationError, match="Alasan"):
        cf.resume(head, c.id, "", at=AT)
    c = cf.resume(head, c.id, "Dokumen masuk", at=AT)
    assert c.stage == "verifikasi"


def test_roles(counter, head, admin):
    c = log(counter)
    with pytest.raises(PermissionDenied):
        log(admin)
    cf.verify(counter, c.id, at=AT)
    with pytest.raises(PermissionDenied):
        cf.dispose(counter, c.id, "Seksi", None, "x", at=AT)
    with pytest.raises(PermissionDenied):
        cf.side_exit(counter, c.id, "diarsipkan", "duplikat", at=AT)
    cf.dispose(head, c.id, "Seksi", counter.id, "Klarifikasi", at=AT)
    with pytest.raises(PermissionDenied):
        cf.record_reply(counter, c.id, "x", dt.date(2026, 12, 23), at=AT)
    assert complaint_views.allowed_actions(counter, Complaint.get_by_id(c.id)) == {"follow_up", "note"}
    assert {"dispose", "reply", "side_exit"} <= complaint_views.allowed_actions(head, Complaint.get_by_id(c.id))


def test_disposition_records_unit_officer_and_instruction(counter, counter2, head):
    c = log(counter)
    cf.verify(counter, c.id, at=AT)
    with pytest.raises(ValidationError, match="Instruksi"):
        cf.dispose(head, c.id, "Seksi", None, "", at=AT)
    c = cf.dispose(head, c.id, "Seksi Kepenghuluan", counter2.id, "Panggil petugas", at=AT)
    assert (c.assigned_unit, c.assigned_to_id) == ("Seksi Kepenghuluan", counter2.id)
    line = complaint_views.timeline(c.id)[-1]
    assert (line["label"], line["unit"], line["to_user"], line["text"]) == (
        "Disposisi", "Seksi Kepenghuluan", counter2.full_name, "Panggil petugas")


COMPLAINT_MODULES = [cf, complaint_deadlines, complaint_identity, complaint_records, complaint_search,
                     complaint_views]


def test_original_text_is_never_changed(counter, head):
    original = "Saya dimintai uang Rp 50.000 untuk legalisir."
    c = log(counter, text=original, category="pungutan liar")
    cf.add_note(counter, c.id, "Pelapor menelepon lagi, menambah keterangan.", at=AT)
    cf.verify(counter, c.id, category="pelayanan", note="Kategori diperbaiki", at=AT)
    cf.dispose(head, c.id, "Seksi", None, "Periksa", at=AT)
    cf.record_follow_up(counter, c.id, "Klarifikasi", at=AT)
    cf.record_reply(head, c.id, "Jawaban", dt.date(2026, 12, 23), at=AT)
    cf.close(head, c.id, "Selesai", at=AT)
    assert Complaint.get_by_id(c.id).text == original
    notes = [e for e in complaint_views.timeline(c.id) if e["kind"] == "note"]
    assert notes[0]["text"].startswith("Pelapor menelepon")
    # No domain function accepts a new text for an existing complaint.
    for module in COMPLAINT_MODULES:
        for name, func in inspect.getmembers(module, inspect.isfunction):
            # add_event's text is a timeline event's, written beside the original
            if func.__module__ == module.__name__ and not name.startswith("_") \
                    and name not in ("register_complaint", "add_event"):
                assert "text" not in inspect.signature(func).parameters, name
        source = inspect.getsource(module)
        assert ".text =" not in source and "Complaint.update(" not in source and "setattr" not in source


def test_external_ticket_rules(counter):
    with pytest.raises(ValidationError, match="tiket SP4N-LAPOR! wajib"):
        log(counter, channel="SP4N-LAPOR!")
    c = log(counter, channel="SIMDUMAS", external_ticket=" SIM-2026-778 ")
    assert c.external_ticket == "SIM-2026-778"
    with pytest.raises(ValidationError, match="hanya untuk"):
        log(counter, channel="telepon", external_ticket="X1")


def test_input_validation(counter):
    with pytest.raises(ValidationError, match="Nama pelapor"):
        log(counter, complainant_name=" ")
    with pytest.raises(ValidationError, match="Isi pengaduan"):
        log(counter, text="  ")
    with pytest.raises(ValidationError, match="setelah hari ini"):
        log(counter, received=dt.date(2026, 12, 24))
    with pytest.raises(ValidationError, match="Kategori"):
        log(counter, category="politik")


def test_request_number_is_validated_and_links_service(counter, office):
    with pytest.raises(ValidationError, match="PLY-2026-09999 tidak ditemukan"):
        log(counter, request_number="ply-2026-09999")
    svc = Service.select().where(Service.office == office).order_by(Service.sort_order).first()
    day = dt.date(2026, 10, 1)
    standard = catalogue.standard_in_force(svc, day)
    docs = [{"name": r, "received": True} for r in standard.requirements]
    req = request_registration.register_request(
        counter, svc.id, {"name": "Baiq Uji", "nik": "5271012301900001", "phone": "081234567890",
                          "address": "Mataram"}, docs, at=utc(day))
    c = log(counter, request_number=req.number.lower())
    assert c.request_id == req.id and c.service_id == svc.id
    # Received 83 days after the service: registered anyway, with the advisory warning.
    assert c.warnings and "melewati 30 hari" in c.warnings[0]
    assert "melewati 30 hari" in complaint_views.timeline(c.id)[0]["text"]


def test_search_filters_and_keyset_paging(counter, head):
    days = [dt.date(2026, 11, d) for d in (2, 3, 4, 5, 6, 9, 10)]
    made = [log(counter, received=d, at=AT, channel="telepon" if i % 2 else "datang langsung")
            for i, d in enumerate(days)]
    cf.side_exit(head, made[0].id, "diarsipkan", "Duplikat", at=AT)
    first = complaint_search.search_complaints("Kw.18", limit=3, today=dt.date(2026, 12, 23))
    assert [r.received_date for r in first.rows] == [days[6], days[5], days[4]]
    seen = [r.id for r in first.rows]
    cursor = first.cursor
    while cursor:
        page = complaint_search.search_complaints("Kw.18", limit=3, after=cursor, today=dt.date(2026, 12, 23))
        seen += [r.id for r in page.rows]
        cursor = page.cursor
    assert sorted(seen) == sorted(c.id for c in made) and len(seen) == len(set(seen))
    assert len(complaint_search.search_complaints("Kw.18", channel="telepon").rows) == 3
    assert [r.id for r in complaint_search.search_complaints("Kw.18", stage="diarsipkan").rows] == [made[0].id]
    assert len(complaint_search.search_complaints("Kw.18", stage=complaint_tables.STAGE_OPEN).rows) == 7
    # All are due within three working days of receipt; on 23 Dec every active one is late.
    late = complaint_search.search_complaints("Kw.18", overdue=True, today=dt.date(2026, 12, 23)).rows
    assert len(late) == 6 and all(r.overdue and r.days_overdue > 0 for r in late)
    assert complaint_search.search_complaints("Kw.18", period="2026-12").rows == []
    assert len(complaint_search.search_complaints("Kw.18", query=made[3].number.lower()).rows) == 1
    soon = complaint_search.search_complaints("Kw.18", today=dt.date(2026, 11, 11)).rows
    # Due Wed 11 Nov (today) and Thu 12 Nov (next working day); three already late.
    assert [r.number for r in soon if r.due_soon] == [made[5].number, made[4].number]
    assert sum(r.overdue for r in soon) == 3


def test_search_by_external_ticket(counter):
    c = log(counter, channel="SP4N-LAPOR!", external_ticket="LAPOR-88123")
    log(counter)
    assert [r.id for r in complaint_search.search_complaints("Kw.18", query="88123").rows] == [c.id]


def test_a_backdated_reply_letter_is_refused_so_numbers_follow_dates(db, counter, head):
    from complaint_helpers import replied

    first = replied(counter, head, received=dt.date(2026, 3, 2), reply_date=dt.date(2026, 6, 10))
    assert first.reply_number.startswith("B-1/")
    with pytest.raises(ValidationError, match="lebih awal dari surat bernomor terakhir"):
        replied(counter, head, received=dt.date(2026, 3, 2), reply_date=dt.date(2026, 3, 20))
    same_day = replied(counter, head, received=dt.date(2026, 3, 2), reply_date=dt.date(2026, 6, 10))
    later = replied(counter, head, received=dt.date(2026, 3, 2), reply_date=dt.date(2026, 7, 1))
    assert same_day.reply_number.startswith("B-2/") and later.reply_number.startswith("B-3/")
    # a new year starts its own register (the serial restarts in January)
    assert replied(counter, head, received=dt.date(2026, 12, 28),
                   reply_date=dt.date(2027, 1, 4)).reply_number.startswith("B-1/")
