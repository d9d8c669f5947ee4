"""A constructed October 2026 whose report figures are known by hand.

Requests (WITA dates; no national holiday in Sep–Oct 2026, no cuti bersama in the test db):
- R0 BIMAS-10 (3 days) registered Wed 30 Sep, due Mon 5 Oct, finished Fri 2 Oct: on time, 2 wd
- R1 BIMAS-01 (5 days) registered Mon 5 Oct, due Mon 12 Oct, finished Thu 8 Oct: on time, 3 wd
- R2 BIMAS-01 registered Tue 6 Oct, due Tue 13 Oct, finished Tue 20 Oct: late, 10 wd
- R3 BIMAS-10 registered Wed 7 Oct, due Mon 12 Oct, never finished: overdue at the end
- R4 BIMAS-10 registered Thu 8 Oct with a document missing, due Tue 13 Oct: overdue, incomplete
- R5 BIMAS-10 declined Fri 9 Oct (a document missing): rejected, incomplete
- R6 BIMAS-01 registered Fri 9 Oct and voided by the head: void
=> received 5, finished 3, on time 2, overdue at end 2, rejected 1, void 1, incomplete 2;
   BIMAS-01: received 2, finished 2, on time 1, average 6,5 wd; BIMAS-10: received 3,
   finished 1, on time 1, average 2,0 wd.

Complaints received in October: C1 pengaduan/datang langsung/pelayanan, confidential
("rahasia") complainant, text starting with "=", replied Fri 9 Oct (4 wd); C2 aspirasi/
telepon/lainnya, left in "diterima" (overdue); C3 pengaduan/WhatsApp/SMS/pungutan liar,
anonymous, verified. => received 3, replied 1 on time.

Surveys: 29 imported forms in October, every element answered 15×4, 12×3, 2×2 =>
NRR 3,4483, score 86,21 (B) for each element, IKM 86,21, B, "Baik"; 20 men, 9 women;
two suggestions, one starting with "=". Population (September requests): 1 => minimum 1.
"""

from __future__ import annotations

import datetime as dt

from desk_app.models.catalogue.standards import standard_in_force
from desk_app.models.catalogue.tables import Service
from desk_app.models.complaints import flow as cf
from desk_app.models.requests import flow as request_flow
from desk_app.models.requests import registration as request_registration
from desk_app.models.skm.tables import SurveyResponse

SECRET_NAME = "Zulkarnain Rahasiawan"
SECRET_CONTACT = "081234509876"
FORMULA_COMPLAINT = "=SUM(1,2) antrean terlalu lama di loket"
FORMULA_SUGGESTION = '=HYPERLINK("http://contoh.test","klik") ruang tunggu panas'
PLAIN_SUGGESTION = "Pelayanan cepat & ramah <terima kasih>"
NOW = dt.datetime(2026, 11, 2, 2, 0)  # the report is made on Monday 2 November 2026


def utc(day: dt.date, hour: int = 10) -> dt.datetime:
    """Naive UTC for `hour` o'clock WITA on `day`."""
    return dt.datetime.combine(day, dt.time(hour)) - dt.timedelta(hours=8)


def _service(office: str, code: str) -> Service:
    return Service.get((Service.office == office) & (Service.code == code))


def _register(counter, svc: Service, day: dt.date, serial: int, missing: int = 0,
              decline: bool = False):
    standard = standard_in_force(svc, day)
    docs = [{"name": r, "received": i >= missing} for i, r in enumerate(standard.requirements)]
    applicant = {"name": f"Pemohon {serial}", "nik": f"527101230190{serial:04d}",
                 "phone": "081234567890", "address": "Mataram"}
    if decline:
        return request_registration.decline_request(counter, svc.id, applicant, docs, at=utc(day))
    return request_registration.register_request(counter, svc.id, applicant, docs,
                                         accept_incomplete=bool(missing), at=utc(day))


def _finish(counter, request, day: dt.date):
    request_flow.change_status(counter, request.id, "diproses", at=utc(day, 9))
    request_flow.change_status(counter, request.id, "selesai", at=utc(day, 14))


def build_october(office: str, counter, head) -> None:
    s01, s10 = _service(office, "BIMAS-01"), _service(office, "BIMAS-10")
    d = dt.date
    r0 = _register(counter, s10, d(2026, 9, 30), 1)
    _finish(counter, r0, d(2026, 10, 2))
    r1 = _register(counter, s01, d(2026, 10, 5), 2)
    _finish(counter, r1, d(2026, 10, 8))
    r2 = _register(counter, s01, d(2026, 10, 6), 3)
    _finish(counter, r2, d(2026, 10, 20))
    _register(counter, s10, d(2026, 10, 7), 4)
    _register(counter, s10, d(2026, 10, 8), 5, missing=1)
    _register(counter, s10, d(2026, 10, 9), 6, missing=1, decline=True)
    r6 = _register(counter, s01, d(2026, 10, 9), 7)
    request_flow.change_status(head, r6.id, "dibatalkan", note="Salah input", at=utc(d(2026, 10, 9), 11))

    c1 = cf.register_complaint(counter, kind="pengaduan", channel="datang langsung",
                               received_date=d(2026, 10, 5), protection="rahasia",
                               complainant_name=SECRET_NAME, contact=SECRET_CONTACT,
                               address="Cakranegara", category="pelayanan",
                               text=FORMULA_COMPLAINT, at=utc(d(2026, 10, 5)))
    cf.verify(counter, c1.id, at=utc(d(2026, 10, 5), 11))
    cf.dispose(head, c1.id, "Seksi Kepenghuluan", None, "Periksa dan jawab", at=utc(d(2026, 10, 6)))
    cf.record_follow_up(counter, c1.id, "Petugas dipanggil", at=utc(d(2026, 10, 7)))
    cf.record_reply(head, c1.id, "Sudah kami perbaiki.", d(2026, 10, 9), at=utc(d(2026, 10, 9)))
    cf.register_complaint(counter, kind="aspirasi", channel="telepon", received_date=d(2026, 10, 12),
                          protection="bernama", complainant_name="Baiq Nurhayati",
                          contact="081998877665", address="Ampenan", category="lainnya",
                          text="Mohon jam layanan diperpanjang.", at=utc(d(2026, 10, 12)))
    c3 = cf.register_complaint(counter, kind="pengaduan", channel="WhatsApp/SMS",
                               received_date=d(2026, 10, 20), protection="anonim",
                               complainant_name="", contact="", address="",
                               category="pungutan liar", text="Diminta uang map.",
                               at=utc(d(2026, 10, 20)))
    cf.verify(counter, c3.id, at=utc(d(2026, 10, 20), 11))

    rows = []
    answers = [4] * 15 + [3] * 12 + [2] * 2
    for i, answer in enumerate(answers):
        comment = {0: FORMULA_SUGGESTION, 1: PLAIN_SUGGESTION}.get(i, "")
        rows.append(dict(office=office, serial=f"OKT-{i + 1:03d}", survey_date=d(2026, 10, 5 + i % 20),
                         service=s01.id, gender="L" if i < 20 else "P", age=25 + i,
                         education="SMA", occupation="Swasta", comment=comment, source="import",
                         **{f"u{k}": answer for k in range(1, 10)}))
    SurveyResponse.insert_many(rows).execute()
