"""Demo kiosk forms and follow-up plans: about one applicant in five answers on the kiosk
when the product is ready (through the domain: the request is marked, the form holds no
link to it), and the head records a follow-up plan for each of the last full months,
the older ones with progress, so that the SKM report shows a plan, its progress and a
trend over four periods."""

from __future__ import annotations

import datetime as dt

from desk_app.demo import DemoContext
from desk_app.demo.surveys import _answers
from desk_app.models.core.dates import to_local
from desk_app.models.core.office import Office
from desk_app.models.core.periods import period_from_start
from desk_app.models.requests.tables import STATUS_DELIVERED, STATUS_DONE, ServiceRequest
from desk_app.models.skm import followup, kiosk
from desk_app.models.skm.index import compute_index

KIOSK_SHARE = 0.2
PROGRAMMES = {
    "U1": "Papan informasi persyaratan di ruang tunggu dan di laman kantor",
    "U2": "Alur layanan bergambar di loket",
    "U3": "Pemantauan harian permohonan yang mendekati jatuh tempo",
    "U4": "Pengumuman layanan tanpa biaya di loket dan media sosial",
    "U5": "Pemeriksaan ulang produk layanan sebelum diserahkan",
    "U6": "Pelatihan teknis petugas layanan",
    "U7": "Pelatihan layanan prima bagi petugas loket",
    "U8": "Kotak saran dan kanal WhatsApp pengaduan yang dijawab setiap hari",
    "U9": "Penambahan kursi dan kipas angin di ruang tunggu",
}


def generate(ctx: DemoContext) -> None:
    rng = ctx.rng
    tz = Office.get_by_id(ctx.office).time_zone
    officers = [u for u in ctx.users.values() if u.role == "counter"]
    handed = (ServiceRequest.select(ServiceRequest.id, ServiceRequest.finished_at)
              .where((ServiceRequest.office == ctx.office)
                     & ServiceRequest.status.in_((STATUS_DONE, STATUS_DELIVERED))
                     & ServiceRequest.finished_at.is_null(False))
              .order_by(ServiceRequest.finished_at, ServiceRequest.number))  # not by random id
    forms = 0
    for request in handed:
        if rng.random() >= KIOSK_SHARE:
            continue
        day = to_local(request.finished_at, tz).date()
        ticket = kiosk.open_for_request(rng.choice(officers), request.id, on=day)
        answers = {code: value or rng.choice((3, 4)) for code, value in
                   _answers(rng, rng.uniform(0.8, 1.4)).items()}  # the kiosk asks every one
        kiosk.submit(ticket, answers, gender=rng.choice(("L", "P", None)),
                     age=rng.choice((None, rng.randint(18, 70))))
        forms += 1
    plans = _plans(ctx)
    ctx.progress(f"Kiosk survei: {forms} formulir; rencana tindak lanjut: {plans} butir.")


def _plans(ctx: DemoContext) -> int:
    head = ctx.users.get("kasi")
    if head is None:
        return 0
    month = period_from_start(dt.date(ctx.end.year, ctx.end.month, 1), "month").previous()
    months = []
    while month.start >= ctx.start and len(months) < 3:
        months.insert(0, month)
        month = month.previous()
    count = 0
    for age, period in enumerate(reversed(months)):  # newest first: age 0 = last month
        result = compute_index(period, office=ctx.office)
        for element in followup.weakest_elements(result, 2):
            item = followup.add_item(head, ctx.office, period.code, element, PROGRAMMES[element],
                                     ["I", "II"] if age else ["I"], "Kepala Seksi Bimas Islam")
            count += 1
            if age:
                progress = "selesai" if age > 1 or ctx.rng.random() < 0.5 else "proses"
                followup.update_progress(head, item.id, progress,
                                         "Sudah berjalan" if progress == "selesai"
                                         else "Sedang dilaksanakan")
    return count
