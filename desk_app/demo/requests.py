"""Demo requests: a few every working day over the demo months, registered 08:00–15:30
office time through the domain functions (numbers, queue, due dates, timeline and audit
as in real use), then processed, finished and handed over on later working days. Most
finish within the standard's time frame, some late, some still open and overdue; some
registered with incomplete documents, some declined or rejected, two voided."""

from __future__ import annotations

import datetime as dt

from desk_app.demo import DemoContext, names
from desk_app.models.catalogue import standards as catalogue
from desk_app.models.core.dates import local_to_utc, office_zone, to_local
from desk_app.models.core.office import Office
from desk_app.models.core.workdays import add_working_days, is_working_day
from desk_app.models.requests import flow as request_flow
from desk_app.models.requests import registration as request_registration

PER_DAY = (2, 6)  # requests registered per working day (inclusive range)
RETURNING_SHARE = 0.25
INCOMPLETE_SHARE = 0.1
LATE_SHARE = 0.18
REJECT_SHARE = 0.03
STALLED_SHARE = 0.04  # stuck in processing: overdue on the demo's last day
VOIDS = 2
REJECT_REASONS = [
    "Bukan kewenangan Kanwil; pemohon diarahkan ke Kantor Kemenag Kabupaten/Kota.",
    "Data lembaga tidak sesuai dengan hasil verifikasi lapangan.",
    "Lokasi bangunan masih dalam sengketa; permohonan tidak dapat diproses.",
]


def generate(ctx: DemoContext) -> None:
    rng = ctx.rng
    office = Office.get_by_id(ctx.office)
    tz = office_zone(office)
    services = catalogue.list_services(ctx.office)
    weights = [rng.uniform(0.5, 3.0) for _ in services]
    requirements = {s.id: catalogue.standard_in_force(s, ctx.start) for s in services}
    counters = [u for u in ctx.users.values() if u.role == "counter"]
    head = next(u for u in ctx.users.values() if u.role == "head")
    pool: list[dict] = []
    made = []
    now = to_local(ctx.now, tz).replace(tzinfo=None)
    day = ctx.start
    while day <= ctx.end:
        if is_working_day(day):
            for minute in sorted(rng.sample(range(0, 450), rng.randint(*PER_DAY))):
                local = dt.datetime.combine(day, dt.time(8)) + dt.timedelta(minutes=minute)
                if local > now:
                    continue  # no registration later than the moment the demo is built
                service = rng.choices(services, weights)[0]
                made.append(_register(ctx, service, requirements[service.id], rng.choice(counters),
                                      pool, local_to_utc(local, tz)))
        day += dt.timedelta(days=1)
    done = 0
    for request in made:
        if request.status == "terdaftar":
            done += _follow(ctx, request, tz, rng.choice(counters))
    for request in rng.sample([r for r in made if r.status != "ditolak"], min(VOIDS, len(made))):
        request_flow.change_status(head, request.id, "dibatalkan",
                                   note="Pendaftaran ganda; permohonan yang sama sudah terdaftar.",
                                   at=request.registered_at + dt.timedelta(hours=1))
    ctx.progress(f"{len(made)} permohonan dibuat ({done} selesai diproses).")


def _register(ctx: DemoContext, service, standard, officer, pool: list[dict], at: dt.datetime):
    rng = ctx.rng
    if pool and rng.random() < RETURNING_SHARE:
        person = rng.choice(pool)
    else:
        name, gender = names.person(rng)
        institution = rng.choice(names.MOSQUES + names.TAKLIM + ["", ""])
        person = {"name": name, "nik": names.nik(rng, gender), "phone": names.phone(rng),
                  "address": names.address(rng), "institution": institution}
        pool.append(person)
    docs = [{"name": r, "received": True} for r in standard.requirements]
    if docs and rng.random() < INCOMPLETE_SHARE:
        for doc in rng.sample(docs, rng.randint(1, min(2, len(docs)))):
            doc["received"] = False
        if rng.random() < 0.35:
            return request_registration.decline_request(officer, service.id, person, docs, at=at)
        return request_registration.register_request(officer, service.id, person, docs,
                                             accept_incomplete=True, at=at)
    return request_registration.register_request(officer, service.id, person, docs, at=at)


def _at(ctx: DemoContext, day: dt.date, tz: str) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time(8)) + dt.timedelta(minutes=ctx.rng.randint(0, 450))
    return local_to_utc(local, tz)


def _follow(ctx: DemoContext, request, tz: str, officer) -> int:
    """Process, finish and hand over as far as the demo's last day allows."""
    rng = ctx.rng
    frame = request.standard.time_frame_days
    start = add_working_days(request.reg_date, rng.choice((0, 0, 1)))
    if start > ctx.end:
        return 0
    if not request.complete:
        start = add_working_days(start, rng.randint(1, 3))  # waiting for the missing papers
        if start > ctx.end:
            return 0
    start_at = max(_at(ctx, start, tz), request.registered_at + dt.timedelta(minutes=20))
    request_flow.change_status(officer, request.id, "diproses", at=start_at)
    if rng.random() < REJECT_SHARE:
        request_flow.change_status(officer, request.id, "ditolak", note=rng.choice(REJECT_REASONS),
                                   at=start_at + dt.timedelta(hours=1))
        return 0
    if rng.random() < STALLED_SHARE:
        return 0
    late = rng.random() < LATE_SHARE
    span = frame + rng.randint(1, 6) if late else rng.randint(max(frame - 2, 1) if frame else 0, max(frame, 1))
    finish = add_working_days(request.reg_date, span)
    if finish > ctx.end:
        return 0
    finish_at = max(_at(ctx, finish, tz), start_at + dt.timedelta(hours=1))
    request_flow.change_status(officer, request.id, "selesai", at=finish_at)
    handover = add_working_days(finish, rng.choice((0, 1, 1, 2, 3, 5)))
    if handover <= ctx.end and rng.random() < 0.92:
        collector = request.applicant_name if rng.random() < 0.8 else names.person(rng)[0]
        request_flow.handover_product(officer, request.id, collector,
                                      at=max(_at(ctx, handover, tz), finish_at + dt.timedelta(hours=1)))
    return 1
