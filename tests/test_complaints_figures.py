"""Complaint figures for a period equal the values worked out by hand."""

from __future__ import annotations

import datetime as dt

from complaint_helpers import log, utc

from desk_app.models.complaints import flow as cf
from desk_app.models.complaints.figures import ComplaintLine, complaint_figures
from desk_app.models.complaints.tables import CATEGORIES, CHANNELS, KINDS


def _through_reply(counter, head, c, day, reply_day):
    cf.verify(counter, c.id, at=utc(day))
    cf.dispose(head, c.id, "Seksi Bimas", None, "Jawab", at=utc(day))
    return cf.record_reply(head, c.id, "Jawaban kami.", reply_day, at=utc(reply_day))


def test_figures_match_hand_computed_case(counter, head):
    nov = lambda d: dt.date(2026, 11, d)  # noqa: E731
    # A: replied after 8 working days (deadline 20 Nov: on time), closed 27 Nov (19 days).
    a = log(counter, received=nov(2), at=utc(nov(2)))
    _through_reply(counter, head, a, nov(2), nov(12))
    cf.close(head, a.id, "Pelapor puas", at=utc(nov(27)))
    # B: replied after 16 working days (deadline 23 Nov: late), not closed.
    b = log(counter, received=nov(3), at=utc(nov(3)), kind="aspirasi", channel="telepon",
            category="pungutan liar")
    _through_reply(counter, head, b, nov(3), nov(25))
    # C: confidential, from SIMDUMAS, never verified: due 13 Nov; November printed on 1 Dec
    # stands as at 30 Nov: 11 working days late (16–20, 23–27, 30 Nov).
    c = log(counter, received=nov(10), at=utc(nov(10)), kind="permintaan informasi",
            channel="SIMDUMAS", external_ticket="SIM-1", protection="rahasia")
    # D: anonymous, archived and closed on 18 Nov (2 working days).
    d = log(counter, received=nov(16), at=utc(nov(16)), channel="kotak saran", protection="anonim",
            category="disiplin ASN")
    cf.side_exit(head, d.id, "diarsipkan", "Tidak jelas", at=utc(nov(17)))
    cf.close(head, d.id, "Diarsipkan", at=utc(nov(18)))
    # Outside the period: not counted.
    log(counter, received=dt.date(2026, 10, 30), at=utc(nov(2)))

    f = complaint_figures("2026-11", "Kw.18", as_of=dt.date(2026, 12, 1))
    assert f.received == 4
    assert f.by_kind == {"pengaduan": 2, "aspirasi": 1, "permintaan informasi": 1}
    assert f.by_channel == {**dict.fromkeys(CHANNELS, 0), "datang langsung": 1, "telepon": 1,
                            "SIMDUMAS": 1, "kotak saran": 1}
    assert f.by_category == {**dict.fromkeys(CATEGORIES, 0), "pelayanan": 2, "pungutan liar": 1,
                             "disiplin ASN": 1}
    assert {k: v for k, v in f.by_stage.items() if v} == {"selesai": 2, "jawaban": 1, "diterima": 1}
    assert (f.replied, f.replied_on_time, f.replied_on_time_share) == (2, 1, 0.5)
    assert f.avg_days_reply == 12.0  # (8 + 16) / 2
    assert f.closed == 2 and f.avg_days_close == 10.5  # (19 + 2) / 2
    assert f.overdue == [ComplaintLine(c.number, nov(10), "permintaan informasi", "SIMDUMAS",
                                       "pelayanan", "diterima", nov(13), 11, "", c.text)]
    assert [line.number for line in f.listing] == [a.number, b.number, c.number, d.number]
    # All offices together: the same here; another office: zeros with every key present.
    assert complaint_figures("2026-11", None, as_of=dt.date(2026, 12, 1)).received == 4
    empty = complaint_figures("2026-11", "Kk.18.99", as_of=dt.date(2026, 12, 1))
    assert empty.received == 0 and set(empty.by_kind) == set(KINDS)
    assert empty.replied_on_time_share is None and empty.avg_days_reply is None
    assert empty.overdue == []


def test_prefix_workday_count_matches_the_calendar(db):
    from desk_app.models.core.workdays import WorkdayCounter, working_days_between

    start = dt.date(2026, 8, 1)  # 17 Aug and 25 Aug are holidays
    counter = WorkdayCounter(start, dt.date(2026, 9, 30))
    days = [start + dt.timedelta(days=i) for i in range(0, 75, 4)]
    for a in days:
        for b in days:
            assert counter.between(a, b) == working_days_between(a, b), (a, b)
    assert counter.between(dt.date(2026, 7, 1), dt.date(2026, 8, 10)) == working_days_between(
        dt.date(2026, 7, 1), dt.date(2026, 8, 10))  # outside the span: asks the calendar
