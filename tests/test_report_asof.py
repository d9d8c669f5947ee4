"""Issue 19: a closed period's figures stand as at its end, whenever it is printed; a
running period is printed "SEMENTARA" with overdue counted against the printing moment.

One history (WITA dates; no national holiday in Sep–Oct 2026, no cuti bersama in the
test database). September requests:
- R1 BIMAS-10 (3 wd) reg Mon 7 Sep, due Thu 10 Sep, never finished
- R2 BIMAS-10 reg Mon 21 Sep, due Thu 24 Sep, finished Fri 2 Oct (after the end)
- R3 BIMAS-01 (5 wd) reg Fri 25 Sep, due Fri 2 Oct, never finished
- R4 BIMAS-01 reg Tue 8 Sep, due Tue 15 Sep, voided Mon 5 Oct
- R5 BIMAS-01 reg Wed 9 Sep, due Wed 16 Sep, finished Fri 11 Sep (on time)
- R6 BIMAS-10 reg Thu 10 Sep, due Tue 15 Sep, rejected Tue 6 Oct
=> at the end of September: received 6, finished 1, void 0, rejected 0, in process 5
   (R1 R2 R3 R4 R6), overdue 4 (all but R3, due 2 Oct).
October requests: R7 BIMAS-10 reg Thu 1 Oct, due Tue 6 Oct; R8 BIMAS-01 reg Fri 9 Oct,
due Fri 16 Oct; neither finished.
September complaints: C1 received Tue 1 Sep, verified Wed 2 Sep (next deadline Mon 7 Sep),
disposed Mon 5 Oct; C2 received Mon 28 Sep (verification due Thu 1 Oct), verified Mon
5 Oct; C3 received Thu 3 Sep, replied Tue 29 Sep (late), closed Mon 19 Oct.
=> at the end of September: verifikasi 1, diterima 1, jawaban 1; C1 overdue; 1 replied,
   none closed.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader
from report_helpers import _finish, _register, _service, utc

from desk_app.models.complaints import flow as cf
from desk_app.models.core.periods import parse_period
from desk_app.models.requests import flow as request_flow
from desk_app.reports.pdf_report import render_pdf
from desk_app.reports.period_report import gather_report

d = dt.date


def wita(day: dt.date, hour: int = 10) -> dt.datetime:
    return utc(day, hour)


@pytest.fixture
def history(office, counter, head):
    s01, s10 = _service(office, "BIMAS-01"), _service(office, "BIMAS-10")
    _register(counter, s10, d(2026, 9, 7), 1)  # R1
    r4 = _register(counter, s01, d(2026, 9, 8), 2)
    r5 = _register(counter, s01, d(2026, 9, 9), 3)
    r6 = _register(counter, s10, d(2026, 9, 10), 4)
    r2 = _register(counter, s10, d(2026, 9, 21), 5)
    _register(counter, s01, d(2026, 9, 25), 6)  # R3
    _register(counter, s10, d(2026, 10, 1), 7)
    _register(counter, s01, d(2026, 10, 9), 8)
    _finish(counter, r5, d(2026, 9, 11))
    _finish(counter, r2, d(2026, 10, 2))
    request_flow.change_status(head, r4.id, "dibatalkan", note="Salah input",
                               at=wita(d(2026, 10, 5)))
    request_flow.change_status(counter, r6.id, "ditolak", note="Bukan wewenang",
                               at=wita(d(2026, 10, 6)))

    def complaint(day: dt.date, text: str):
        return cf.register_complaint(counter, kind="pengaduan", channel="telepon",
                                     received_date=day, protection="bernama",
                                     complainant_name="Lalu Ahmad", contact="081234567890",
                                     address="Mataram", category="pelayanan", text=text,
                                     at=wita(day))

    c1 = complaint(d(2026, 9, 1), "Berkas hilang di loket.")
    c3 = complaint(d(2026, 9, 3), "Antrean panjang.")
    c2 = complaint(d(2026, 9, 28), "Jam layanan dipersingkat.")
    cf.verify(counter, c1.id, at=wita(d(2026, 9, 2)))
    cf.verify(counter, c3.id, at=wita(d(2026, 9, 3), 11))
    cf.dispose(head, c3.id, "Seksi Bimas", None, "Jawab", at=wita(d(2026, 9, 4)))
    cf.record_reply(head, c3.id, "Sudah diperbaiki.", d(2026, 9, 29), at=wita(d(2026, 9, 29)))
    cf.dispose(head, c1.id, "Seksi Bimas", None, "Periksa", at=wita(d(2026, 10, 5)))
    cf.verify(counter, c2.id, at=wita(d(2026, 10, 5), 11))
    cf.close(head, c3.id, "Pelapor puas", at=wita(d(2026, 10, 19)))
    return office


def _figures(data) -> dict:
    r, k = data.requests, data.complaints
    return {
        "requests": (r.received, r.finished, r.finished_on_time, r.void, r.rejected,
                     r.in_process_at_end, r.overdue_at_end),
        "per_service": {s.code: (s.received, s.in_process_at_end, s.overdue_at_end)
                        for s in r.services if s.code in ("BIMAS-01", "BIMAS-10")},
        "stages": {stage: n for stage, n in k.by_stage.items() if n},
        "complaints": (k.received, k.replied, k.replied_on_time, len(k.overdue),
                       [line.days_overdue for line in k.overdue]),
    }


def _pdf_text(data) -> str:
    out = io.BytesIO()
    render_pdf(data, out)
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages)


PRINT_DATE = re.compile(r"dicetak \d{1,2} \w+ \d{4} \d\d:\d\d WITA|Mataram, \d{1,2} \w+ \d{4}")


def test_a_closed_period_gives_the_same_figures_whenever_printed(history):
    moments = [wita(d(2026, 10, 1)), wita(d(2026, 10, 20)), wita(d(2026, 11, 25), 15)]
    reports = [gather_report(parse_period("2026-09"), history, now=m) for m in moments]
    expected = {
        "requests": (6, 1, 1, 0, 0, 5, 4),
        "per_service": {"BIMAS-01": (3, 2, 1), "BIMAS-10": (3, 3, 3)},
        "stages": {"diterima": 1, "verifikasi": 1, "jawaban": 1},
        # C3 replied after 18 working days (late); C1: deadline Mon 7 Sep, 17 working
        # days late on Wed 30 Sep
        "complaints": (3, 1, 0, 1, [17]),
    }
    for data in reports:
        assert not data.cover.provisional
        assert _figures(data) == expected
    texts = [PRINT_DATE.sub("", _pdf_text(data)) for data in reports]
    assert texts[0] == texts[1] == texts[2]  # only the print date differs
    flat = " ".join(texts[0].split())
    assert "Dalam proses pada akhir periode 5" in flat
    assert "Melewati batas waktu pada akhir periode 4" in flat
    assert "SEMENTARA" not in flat


def test_a_running_period_is_provisional_and_counts_overdue_against_now(history):
    now = wita(d(2026, 10, 14))
    data = gather_report(parse_period("2026-10"), history, now=now)
    assert data.cover.provisional and data.cover.as_of_text == "14 Oktober 2026"
    r = data.requests
    # open on 14 Oct: R1, R3 (due 2 Oct), R7 (due 6 Oct) overdue; R8 (due 16 Oct) not yet
    assert (r.received, r.in_process_at_end, r.overdue_at_end) == (2, 4, 3)
    # C1 in disposisi since 5 Oct (follow-up due 12 Oct), C2 verified 5 Oct (due 8 Oct):
    # neither received in October, so no complaint of the period
    assert data.complaints.received == 0
    out = io.BytesIO()
    render_pdf(data, out)
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages]
    assert "(SEMENTARA)" in " ".join(pages[0].split())
    for page in pages:  # the footer of every page says so
        assert "SEMENTARA: angka per 14 Oktober 2026" in " ".join(page.split())
    flat = " ".join(" ".join(pages).split())
    assert "Melewati batas waktu per 14 Oktober 2026 3" in flat
    assert "Dalam proses per 14 Oktober 2026 4" in flat


def test_the_same_running_period_printed_later_moves_with_the_moment(history):
    early = gather_report(parse_period("2026-10"), history, now=wita(d(2026, 10, 5), 8))
    late = gather_report(parse_period("2026-10"), history, now=wita(d(2026, 10, 20)))
    # 5 Oct 08:00: R2 finished; R4 (voided at 10:00) and R6 still open; R7 due 6 Oct not
    # yet overdue. 20 Oct: R4 voided, R6 rejected; R7 and R8 (due 16 Oct) overdue.
    assert early.requests.overdue_at_end == 4  # R1, R3, R4 (due 15 Sep), R6 (due 15 Sep)
    assert late.requests.overdue_at_end == 4  # R1, R3, R7, R8
    assert early.requests.in_process_at_end == 5  # R1, R3, R4, R6, R7
    assert late.requests.in_process_at_end == 4
