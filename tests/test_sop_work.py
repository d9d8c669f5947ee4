"""Working a request through its SOP: pinning, roles, deviations, decisions, hand-over."""

from __future__ import annotations

import datetime as dt

import pytest
from sop_helpers import FIVE_STEPS, publish, register, service, step, wita

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.core import worktime
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.errors import PermissionDenied, ValidationError
from desk_app.models.requests import flow as request_flow
from desk_app.models.requests.tables import RequestEvent, RequestStep, ServiceRequest
from desk_app.models.sop import flow as sop_flow
from desk_app.models.sop import work as sop_work
from desk_app.models.sop.trace import build_trace

MON = dt.date(2026, 3, 2)  # a Monday, no holiday


def steps_of(request):
    return catalogue.revision_steps(request.sop_revision)


@pytest.fixture
def svc(office, admin):
    svc = service(office)
    publish(admin, svc)
    return svc


def fresh(request):
    return ServiceRequest.get_by_id(request.id)


def test_request_keeps_revision_it_was_registered_under(svc, admin, counter, head):
    old_request = register(counter, svc, wita(MON, 9))
    three = [FIVE_STEPS[0], step("process", "Langkah baru", ["Petugas PTSP"], ["counter"]),
             FIVE_STEPS[4]]
    new_revision = publish(admin, svc, three, effective=MON + dt.timedelta(days=1))
    new_request = register(counter, svc, wita(MON + dt.timedelta(days=2), 9), nik_serial=2)
    assert new_request.sop_revision_id == new_revision.id
    assert old_request.sop_revision_id != new_revision.id
    assert len(steps_of(old_request)) == 5

    new_step = steps_of(new_request)[1]
    with pytest.raises(ValidationError):
        sop_work.complete_step(counter, old_request.id, new_step.id, deviation_reason="salah")

    at = wita(MON + dt.timedelta(days=3), 9)
    for s in steps_of(old_request):
        actor = head if "head" in s.roles else counter
        sop_work.complete_step(actor, old_request.id, s.id, at=at,
                               answer="ya" if s.kind == "decision" else None)
        at += dt.timedelta(minutes=20)
    assert fresh(old_request).status == "selesai"
    assert fresh(old_request).finished_at == at - dt.timedelta(minutes=20)
    done = RequestStep.select().where(RequestStep.request == old_request.id).count()
    assert done == 5


def test_first_step_moves_request_to_diproses(svc, counter):
    request = register(counter, svc, wita(MON, 9))
    first = steps_of(request)[0]
    sop_work.complete_step(counter, request.id, first.id, at=wita(MON, 9, 20))
    assert fresh(request).status == "diproses"


def test_only_matching_role_or_head_may_do_a_step(svc, counter, head, admin):
    request = register(counter, svc, wita(MON, 9))
    s1, s2, s3 = steps_of(request)[:3]
    with pytest.raises(PermissionDenied):
        sop_work.complete_step(admin, request.id, s1.id)
    sop_work.complete_step(head, request.id, s1.id, at=wita(MON, 9, 10))  # head may do any
    sop_work.complete_step(counter, request.id, s2.id, answer="ya", at=wita(MON, 9, 20))
    with pytest.raises(PermissionDenied):
        sop_work.complete_step(counter, request.id, s3.id, at=wita(MON, 10))
    assert sop_flow.next_steps(fresh(request))[0].id == s3.id
    sop_work.complete_step(head, request.id, s3.id, at=wita(MON, 10))
    assert sop_flow.next_steps(fresh(request))[0].position == 4


def test_skip_needs_reason_and_is_recorded_as_deviation(svc, counter):
    request = register(counter, svc, wita(MON, 9))
    s1 = steps_of(request)[0]
    with pytest.raises(ValidationError) as err:
        sop_work.skip_step(counter, request.id, s1.id, "  ")
    assert err.value.field == "reason"
    assert not RequestStep.select().where(RequestStep.request == request.id).exists()
    record = sop_work.skip_step(counter, request.id, s1.id, "Berkas diantar kurir", at=wita(MON, 9, 5))
    assert record.skipped and record.deviation == "skipped"
    assert record.deviation_reason == "Berkas diantar kurir"
    assert record.minutes_taken is None
    rows = sop_flow.checklist(request.id)
    assert rows[0].state == "skipped" and rows[1].is_next


def test_out_of_order_needs_reason(svc, counter, head):
    request = register(counter, svc, wita(MON, 9))
    s4 = steps_of(request)[3]
    with pytest.raises(ValidationError) as err:
        sop_work.complete_step(counter, request.id, s4.id)
    assert err.value.field == "deviation_reason"
    record = sop_work.complete_step(counter, request.id, s4.id, at=wita(MON, 10),
                                    deviation_reason="Konsep disiapkan lebih dulu")
    assert record.deviation == "out_of_order"
    assert sop_flow.next_steps(fresh(request))[0].position == 1
    kinds = [e.kind for e in RequestEvent.select().where(RequestEvent.request == request.id)]
    assert sop_flow.EVENT_STEP_OUT_OF_ORDER in kinds


def test_decision_tidak_back_to_start_keeps_step_waiting(svc, counter):
    request = register(counter, svc, wita(MON, 9))
    s1, s2 = steps_of(request)[:2]
    sop_work.complete_step(counter, request.id, s1.id, at=wita(MON, 9, 10))
    with pytest.raises(ValidationError):
        sop_work.complete_step(counter, request.id, s2.id, at=wita(MON, 9, 20))  # no answer
    assert sop_work.complete_step(counter, request.id, s2.id, answer="tidak",
                                  note="KTP kurang", at=wita(MON, 9, 20)) is None
    assert sop_flow.next_steps(fresh(request))[0].id == s2.id
    returned = RequestEvent.get((RequestEvent.request == request.id)
                                & (RequestEvent.kind == sop_flow.EVENT_DECISION_RETURNED))
    assert "KTP kurang" in returned.note
    record = sop_work.complete_step(counter, request.id, s2.id, answer="ya", at=wita(MON, 11))
    assert sop_flow.decision_answer(record) == "ya"


def test_decision_tidak_forward_passes_over_steps(office, admin, counter):
    svc = service(office)
    steps = [FIVE_STEPS[0],
             step("decision", "Memenuhi syarat?", ["Petugas PTSP"], ["counter"],
                  yes_target=3, no_target=4),
             step("process", "Menerbitkan surat", ["Petugas PTSP"], ["counter"]),
             step("end", "Menyerahkan surat/penolakan", ["Petugas PTSP"], ["counter"])]
    publish(admin, svc, steps)
    request = register(counter, svc, wita(MON, 9))
    s = steps_of(request)
    sop_work.complete_step(counter, request.id, s[0].id, at=wita(MON, 9, 10))
    sop_work.complete_step(counter, request.id, s[1].id, answer="tidak", at=wita(MON, 9, 30))
    rows = sop_flow.checklist(request.id)
    assert [r.state for r in rows] == ["done", "done", "not_needed", "next"]
    sop_work.complete_step(counter, request.id, s[3].id, at=wita(MON, 10))
    assert fresh(request).status == "selesai"


def test_time_taken_counts_office_hours_on_working_days(svc, counter, head):
    request = register(counter, svc, wita(MON, 15, 30))
    s1 = steps_of(request)[0]
    # 15:30-16:00 Monday + 08:00-08:20 Tuesday = 50 minutes > 30-minute standard
    record = sop_work.complete_step(counter, request.id, s1.id, at=wita(MON + dt.timedelta(days=1), 8, 20))
    assert record.minutes_taken == 50
    assert record.over_standard
    friday = dt.date(2026, 3, 6)
    assert worktime.working_minutes(wita(friday, 15), wita(friday + dt.timedelta(days=3), 9)) == 120


def test_handover_in_timeline_and_audit(svc, counter, counter2, head):
    request = register(counter, svc, wita(MON, 9))
    sop_work.complete_step(counter, request.id, steps_of(request)[0].id, at=wita(MON, 9, 10))
    event = sop_work.hand_over(counter, request.id, counter2.id, "Saya dinas luar", at=wita(MON, 10))
    assert fresh(request).assigned_to_id == counter2.id
    assert event.from_user_id == counter.id and event.to_user_id == counter2.id
    assert event.sop_step.position == 2
    lines = request_flow.timeline(request.id)
    line = next(e for e in lines if e.kind == sop_flow.EVENT_HANDOVER)
    assert "Siti Petugas" in line.note and "Ahmad Petugas" in line.note and "langkah 2" in line.note
    assert AuditEvent.select().where((AuditEvent.action == "handover")
                                     & (AuditEvent.entity_id == request.id)).exists()
    with pytest.raises(ValidationError):
        sop_work.hand_over(counter2, request.id, counter.id, "")
    # the colleague now holding it, not the giver, may hand it on
    with pytest.raises(PermissionDenied):
        sop_work.hand_over(counter, request.id, head.id, "kembali")
    items = sop_flow.my_work(counter2, now=wita(MON, 11))
    assert [i.request.id for i in items] == [request.id] and items[0].assigned_to_me


def test_reassign_all_by_head_only(svc, counter, counter2, head):
    first = register(counter, svc, wita(MON, 9))
    second = register(counter, svc, wita(MON, 9, 30), nik_serial=2)
    other = register(counter, svc, wita(MON, 9, 45), nik_serial=3)
    for r in (first, second):
        sop_work.hand_over(counter, r.id, counter2.id, "awal", at=wita(MON, 10))
    with pytest.raises(PermissionDenied):
        sop_work.reassign_all(counter, counter2.id, counter.id, "Cuti")
    moved = sop_work.reassign_all(head, counter2.id, counter.id, "Siti cuti melahirkan",
                                  at=wita(MON, 13))
    assert moved == 2
    for r in (first, second):
        assert fresh(r).assigned_to_id == counter.id
        last = (RequestEvent.select().where((RequestEvent.request == r.id)
                                            & (RequestEvent.kind == sop_flow.EVENT_HANDOVER))
                .order_by(RequestEvent.at.desc()).first())
        assert last.from_user_id == counter2.id and last.actor_id == head.id
        assert "Siti cuti melahirkan" in last.note
    assert fresh(other).assigned_to_id is None
    summary = AuditEvent.get(AuditEvent.action == "reassign_all")
    assert summary.diff["count"] == 2


def test_my_work_by_role_and_due_date(svc, counter, head):
    request = register(counter, svc, wita(MON, 9))
    s1, s2 = steps_of(request)[:2]
    assert [i.step.id for i in sop_flow.my_work(counter, now=wita(MON, 9, 5))] == [s1.id]
    assert sop_flow.my_work(head, now=wita(MON, 9, 5)) == []
    sop_work.complete_step(counter, request.id, s1.id, at=wita(MON, 9, 10))
    sop_work.complete_step(counter, request.id, s2.id, answer="ya", at=wita(MON, 9, 20))
    items = sop_flow.my_work(head, now=wita(MON, 14))
    assert [i.step.position for i in items] == [3]
    assert items[0].overdue  # 2-hour standard, 4h40 of office time passed
    assert sop_flow.my_work(counter, now=wita(MON, 14)) == []


def test_trace_lists_steps_deviations_and_handovers(svc, counter, counter2):
    request = register(counter, svc, wita(MON, 9))
    s1 = steps_of(request)[0]
    sop_work.skip_step(counter, request.id, s1.id, "Berkas via surel", at=wita(MON, 9, 5))
    sop_work.hand_over(counter, request.id, counter2.id, "Lanjutkan", at=wita(MON, 9, 30))
    trace = build_trace(request.id)
    assert trace.steps[0].state == "dilewati" and trace.steps[0].reason == "Berkas via surel"
    assert trace.steps[1].state == "menunggu"
    assert trace.handovers[0].to_user == "Siti Petugas"
    assert trace.handovers[0].step == "2"


def test_add_working_minutes_is_the_inverse_of_working_minutes(db):
    friday = dt.date(2026, 3, 6)
    start = wita(friday, 15)
    later = worktime.add_working_minutes(start, 120)
    assert later == wita(friday + dt.timedelta(days=3), 9)  # Monday 09:00
    assert worktime.working_minutes(start, later) == 120
    assert worktime.add_working_minutes(wita(friday, 18), 0) == wita(friday + dt.timedelta(days=3), 8)
