"""Demo SKM forms: paper questionnaires keyed in weekly batches per service through the
domain functions (serials, audit, double entry as in real use).

Paper forms are handed out with the product: most services get them back from 60–90 %
of the requests finished that week (the kiosk, demo/kiosk.py, adds about a fifth);
three services collect far fewer, so their index shows the sample as not met. Answers are mostly 3 and 4, waiting time (U3) and complaint
handling (U8) weaker, U8 often skipped; one in ten forms carries a suggestion. One
batch is keyed twice and reconciled after a mismatch; the last double-entry batch is
left with a mismatch to resolve.
"""

from __future__ import annotations

import datetime as dt

from desk_app.demo import DemoContext
from desk_app.models.catalogue import standards as catalogue
from desk_app.models.core.dates import local_to_utc, office_zone
from desk_app.models.requests.tables import ServiceRequest
from desk_app.models.skm import entry as survey_entry
from desk_app.models.skm.index import EDUCATION, OCCUPATIONS
from desk_app.models.skm.tables import ELEMENT_CODES

FEW_SERVICES = 3  # services whose respondents stay below the sample minimum
SKIP = {"U8": 0.18}
SKIP_OTHER = 0.02
# weights of answers 1..4 per element; a service's own "quality" shifts them
WEIGHTS = {code: (2, 7, 48, 43) for code in ELEMENT_CODES}
WEIGHTS.update(U3=(4, 16, 52, 28), U8=(7, 15, 50, 28), U4=(1, 2, 27, 70), U9=(3, 12, 50, 35))
EDUCATION_WEIGHTS = (6, 10, 34, 12, 30, 7, 1)
OCCUPATION_WEIGHTS = (24, 2, 2, 26, 22, 24)
SUGGESTIONS = [
    "Ruang tunggu agak panas, mohon ditambah kipas angin.",
    "Petugas ramah dan cepat, pertahankan.",
    "Mohon informasi persyaratan dipasang di papan depan.",
    "Antrian sebaiknya memakai nomor elektronik.",
    "Parkiran sempit saat ramai.",
    "Proses verifikasi lapangan agak lama.",
    "Sediakan layanan informasi melalui WhatsApp.",
    "Toilet untuk tamu perlu dibersihkan lebih sering.",
    "Pelayanan sudah baik, terima kasih.",
    "Mohon ada kotak saran yang jelas tempatnya.",
]


def _weeks(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """(first, last) weekday of each calendar week, split where a month ends."""
    groups: dict[tuple, list[dt.date]] = {}
    day = start
    while day <= end:
        if day.weekday() < 5:
            groups.setdefault((day.isocalendar()[:2], day.month), []).append(day)
        day += dt.timedelta(days=1)
    return [(days[0], days[-1]) for days in groups.values()]


def _answers(rng, quality: float) -> dict:
    values = {}
    for code in ELEMENT_CODES:
        if rng.random() < SKIP.get(code, SKIP_OTHER):
            values[code] = None
            continue
        w = list(WEIGHTS[code])
        w[3] *= quality
        w[0] /= quality
        values[code] = rng.choices((1, 2, 3, 4), w)[0]
    return values


def _profile(rng) -> dict:
    age = int(min(max(rng.gauss(41, 12), 17), 78))
    return {
        "gender": rng.choices(("L", "P", None), (54, 44, 2))[0],
        "age": age if age >= 10 and rng.random() > 0.03 else None,
        "education": rng.choices([c for c, _ in EDUCATION], EDUCATION_WEIGHTS)[0],
        "occupation": rng.choices([c for c, _ in OCCUPATIONS], OCCUPATION_WEIGHTS)[0],
        "comment": rng.choice(SUGGESTIONS) if rng.random() < 0.1 else "",
    }


def _requests_per_week(office: str, service_id: str, first: dt.date, last: dt.date) -> int:
    """Requests finished that week: paper forms are handed out with the product."""
    return ServiceRequest.select().where(
        (ServiceRequest.office == office) & (ServiceRequest.service == service_id)
        & (ServiceRequest.finished_at >= dt.datetime.combine(first, dt.time()))
        & (ServiceRequest.finished_at < dt.datetime.combine(last + dt.timedelta(days=1), dt.time()))
        & ServiceRequest.voided_at.is_null()).count()


def generate(ctx: DemoContext) -> None:
    rng = ctx.rng
    tz = office_zone(ctx.office)
    services = catalogue.list_services(ctx.office)
    if not services:
        return
    few = set(s.id for s in rng.sample(services, min(FEW_SERVICES, len(services) - 1)))
    quality = {s.id: rng.uniform(0.8, 1.4) for s in services}
    shuffled = rng.sample(services, len(services))
    quality[shuffled[0].id] = 3.0  # one service graded A
    if len(shuffled) > 1:
        quality[shuffled[1].id] = 0.4  # and one graded C
    keyers = [u for u in ctx.users.values() if u.role == "counter"] or list(ctx.users.values())
    weeks = list(_weeks(ctx.start, ctx.end))
    # double entry: the first batch big enough from the middle week on is keyed twice and
    # reconciled; one from three quarters of the way on is left with its mismatch
    triggers = {weeks[len(weeks) // 2], weeks[len(weeks) * 3 // 4]} if len(weeks) > 3 else set()
    forms = doubles = 0
    serials: dict[int, int] = {}  # survey year -> last serial (forms are numbered per year)
    pending = 0  # double-entry batches due and not yet keyed
    for first, last in weeks:
        pending += (first, last) in triggers
        for service in services:
            served = _requests_per_week(ctx.office, service.id, first, last)
            factor = rng.uniform(0.15, 0.35) if service.id in few else rng.uniform(0.6, 0.9)
            count = int(round(served * factor + rng.uniform(-0.5, 1.0)))
            if count <= 0:
                continue
            double = pending > 0 and count >= 3
            pending -= double
            forms += _key_batch(ctx, rng, tz, service, first, last, count, quality[service.id],
                                keyers, double, serials, resolve=doubles == 0)
            doubles += double
    ctx.progress(f"Survei SKM: {forms} formulir dalam batch mingguan.")


def _key_batch(ctx, rng, tz, service, first, last, count, quality, keyers, double, serials,
               resolve) -> int:
    keyer = rng.choice(keyers)
    at = min(local_to_utc(dt.datetime.combine(last, dt.time(15, 0)), tz),
             ctx.now - dt.timedelta(hours=2))
    batch = survey_entry.create_batch(keyer, ctx.office, service.id, first, last,
                                      double_entry=double, at=at)
    keyed = []
    for i in range(count):
        serials[first.year] = serials.get(first.year, 0) + 1
        serial = str(serials[first.year])
        values = _answers(rng, quality)
        profile = _profile(rng)
        day = first + dt.timedelta(days=rng.randint(0, (last - first).days))
        survey_entry.save_form(keyer, batch.id, serial, values, at=at + dt.timedelta(seconds=20 * i),
                               survey_date=day, **profile)
        keyed.append((serial, values, profile, day))
    if double:
        second = next((u for u in keyers if u.id != keyer.id), keyer)
        later = at + dt.timedelta(hours=1)
        for i, (serial, values, profile, day) in enumerate(keyed):
            if i == 1:  # a slip of the second typist
                values = dict(values, U3=4 if values["U3"] != 4 else 3)
            survey_entry.save_form(second, batch.id, serial, values, entry=2, survey_date=day,
                                   at=later + dt.timedelta(seconds=20 * i), **profile)
        mismatches = survey_entry.reconcile_batch(keyer, batch.id)
        if resolve:
            for item in mismatches:
                survey_entry.resolve_mismatch(keyer, batch.id, item.serial, item.first)
    return count
