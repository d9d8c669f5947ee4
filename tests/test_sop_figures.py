"""SOP compliance figures on a constructed case, checked against hand-computed values."""

from __future__ import annotations

import datetime as dt

from sop_helpers import publish, register, service, wita

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.sop import work as sop_work
from desk_app.models.sop.figures import sop_figures

MON, TUE, WED = dt.date(2026, 3, 2), dt.date(2026, 3, 3), dt.date(2026, 3, 4)


def test_compliance_figures_equal_hand_computed(office, admin, head, counter, counter2):
    svc = service(office)
    publish(admin, svc)
    # Request A: standards 30 menit, 15 menit, 2 jam, 1 hari, 10 menit
    a = register(counter, svc, wita(MON, 9))
    s = catalogue.revision_steps(a.sop_revision)
    sop_work.complete_step(counter, a.id, s[0].id, at=wita(MON, 9, 20))              # 20 ok
    sop_work.complete_step(counter, a.id, s[1].id, answer="ya", at=wita(MON, 9, 50))  # 30 over
    sop_work.complete_step(head, a.id, s[2].id, at=wita(MON, 11))                    # 70 ok
    sop_work.skip_step(counter, a.id, s[3].id, "Surat sudah dibuat", at=wita(MON, 11, 10))
    sop_work.complete_step(counter, a.id, s[4].id, at=wita(MON, 11, 30))             # 20 over
    # Request B: one step out of order, one hand-over, finished two working days later
    b = register(counter, svc, wita(MON, 10), nik_serial=2)
    sop_work.complete_step(head, b.id, s[2].id, deviation_reason="Kasi ada di tempat",
                           at=wita(MON, 10, 30))                                     # 30 ok
    sop_work.hand_over(counter, b.id, counter2.id, "Saya rapat", at=wita(MON, 10, 40))
    sop_work.complete_step(counter2, b.id, s[0].id, at=wita(MON, 10, 50))            # 20 ok
    sop_work.complete_step(counter2, b.id, s[1].id, answer="ya", at=wita(TUE, 9))    # 370 over
    sop_work.complete_step(counter2, b.id, s[3].id, at=wita(WED, 9))                 # 480 ok
    sop_work.complete_step(counter2, b.id, s[4].id, at=wita(WED, 9, 5))              # 5 ok

    rows = {r.service_code: r for r in sop_figures("2026-03", office)}
    fig = rows[svc.code]
    assert fig.steps_done == 9
    assert fig.within_standard == 6
    assert fig.share_within == 6 / 9
    assert [(d.position, d.count, d.skipped, d.out_of_order) for d in fig.deviations] == [
        (3, 1, 0, 1), (4, 1, 1, 0)]
    assert fig.deviations[1].reasons == ["Surat sudah dibuat"]
    assert fig.handovers == 1
    assert fig.requests_finished == 2
    assert fig.avg_working_days == 1.0
    assert fig.finished_within_frame == 2
    assert fig.standard_days == catalogue.standard_in_force(svc, MON).time_frame_days
    others = [r for code, r in rows.items() if code != svc.code]
    assert others and all(r.steps_done == 0 and r.handovers == 0 for r in others)
    assert sop_figures("2026-04", office)[0].steps_done == 0
    everywhere = {r.service_code: r for r in sop_figures("2026-03")}
    assert everywhere[svc.code].steps_done == 9
