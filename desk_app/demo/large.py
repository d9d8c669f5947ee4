"""`desk-app demo --scale large`: ten office-years of data in minutes.

500,000 requests (the last two years with every SOP step done), 100,000 survey forms and
20,000 complaints,
spread over services, months and statuses the way a busy office sees them. Rows are
written with `insert_many` in chunks (the domain functions, one audit event per write,
would take hours); the counters are set so that work done afterwards through the app
continues the series. The bulk history is then sealed in the audit trail, one event per
record with its content hash (the chain covers what the application records from then on;
`desk-app check` vouches for every record).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from desk_app.demo import DemoContext, names
from desk_app.models.catalogue import standards as catalogue
from desk_app.models.catalogue.tables import Service
from desk_app.models.complaints import sealing
from desk_app.models.complaints.tables import CATEGORIES, CHANNELS, KINDS, Complaint, ComplaintEvent
from desk_app.models.core import audit, numbering, settings
from desk_app.models.core.base import new_id
from desk_app.models.core.dates import local_to_utc, office_zone
from desk_app.models.core.db import database
from desk_app.models.core.office import Counter, home_office
from desk_app.models.core.schema import refresh_planner_statistics
from desk_app.models.core.workdays import add_working_days, is_working_day
from desk_app.models.requests import names as request_names
from desk_app.models.requests.tables import Applicant, RequestStep, ServiceRequest
from desk_app.models.skm.tables import SurveyResponse

SIZES = {"requests": 500_000, "surveys": 100_000, "complaints": 20_000, "years": 10,
         "step_months": 24, "finish": True}
CHUNK = 2000
EDUCATION = ["SD", "SMP", "SMA", "D1–D3", "D4/S1", "S2", "S3"]
OCCUPATION = ["PNS", "TNI", "POLRI", "Swasta", "Wirausaha", "Lainnya"]


def sizes_for(years: int) -> dict:
    """An office's `years` years at the rate of SIZES (50,000 requests a year)."""
    share = years / SIZES["years"]
    return {**SIZES, "years": years, "requests": int(SIZES["requests"] * share),
            "surveys": int(SIZES["surveys"] * share), "complaints": int(SIZES["complaints"] * share),
            "step_months": min(SIZES["step_months"], 12 * years)}


def generate(ctx: DemoContext, sizes: dict | None = None) -> None:
    """`sizes["finish"]` False leaves the name index and the planner statistics to the
    caller (the province demo builds them once, after its eleven offices)."""
    sizes = {**SIZES, **(sizes or {})}
    rng = ctx.rng
    first_day = dt.date(ctx.end.year - sizes["years"] + 1, 1, 1)
    days = _working_days(first_day, ctx.end)
    services = catalogue.list_services(ctx.office)
    plans = {s.id: _service_plan(s) for s in services}
    weights = [rng.uniform(0.3, 3.0) for _ in services]
    counters = [u for u in ctx.users.values() if u.role == "counter"] or list(ctx.users.values())
    head = next(u for u in ctx.users.values() if u.role == "head")
    ctx.progress(f"Membuat {sizes['requests']:,} permohonan dengan langkah SOP…")
    steps_from = ctx.end - dt.timedelta(days=sizes["step_months"] * 30)
    _requests(ctx, sizes["requests"], days, services, weights, plans, counters, head, steps_from,
              sizes["finish"])
    ctx.progress(f"Membuat {sizes['surveys']:,} formulir survei…")
    _surveys(ctx, sizes["surveys"], days, services, weights, counters)
    ctx.progress(f"Membuat {sizes['complaints']:,} pengaduan…")
    _complaints(ctx, sizes["complaints"], days, services, counters, head)
    ctx.progress("Menyegel data ke jejak audit…")
    with database.obj.atomic():  # one event per record, so `desk-app check` vouches for them
        audit.seal_unsealed(None, ctx.office, action="bulk_load")
    if sizes["finish"]:
        refresh_planner_statistics(database.obj, full=True)


def _working_days(start: dt.date, end: dt.date) -> list[dt.date]:
    out, day = [], start
    while day <= end:
        if is_working_day(day):
            out.append(day)
        day += dt.timedelta(days=1)
    return out


def _service_plan(service: Service) -> dict:
    standard = catalogue.latest_standard(service)
    revision = catalogue.sop_revision_in_force(service, dt.date(1900, 1, 1))
    steps = catalogue.revision_steps(revision) if revision else []
    return {"standard": standard, "revision": revision, "steps": steps,
            "documents": [{"name": d, "received": True} for d in standard.requirements]}


def _chunks(rows: Iterator[dict], size: int = CHUNK) -> Iterator[list[dict]]:
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert(model, rows: Iterator[dict]) -> None:
    """Bulk load through the driver's executemany: peewee's insert_many spends most of
    its time building SQL text for millions of values; here the statement is built once
    and each row only goes through its fields' db_value."""
    db = database.obj
    fields = model._meta.sorted_fields
    marker = db.param
    sql = (f'INSERT INTO "{model._meta.table_name}" ('
           + ", ".join(f'"{f.column_name}"' for f in fields)
           + ") VALUES (" + ", ".join([marker] * len(fields)) + ")")
    defaults = {f.name: (f.default() if callable(f.default) else f.default) for f in fields}
    with db.atomic():
        cursor = db.cursor()
        for batch in _chunks(rows):
            cursor.executemany(sql, [
                tuple(f.db_value(row[f.name] if f.name in row else defaults[f.name]) for f in fields)
                for row in batch
            ])


def _set_counter(office: str, kind: str, year: int, last: int) -> None:
    Counter.insert(office=office, kind=kind, year=year, last=last).on_conflict(
        conflict_target=[Counter.office, Counter.kind, Counter.year],
        update={Counter.last: last}).execute()


def _requests(ctx, total, days, services, weights, plans, counters, head, steps_from,
              name_index: bool = True) -> None:
    rng, office, tz = ctx.rng, ctx.office, office_zone(ctx.office)
    template = settings.get(office, "request_number_template")
    per_day = total / len(days)
    applicants: list[dict] = []
    for _ in range(total // 2):
        name, gender = names.person(rng)
        applicants.append({"id": new_id(), "office": office, "name": name,
                           "nik": names.nik(rng, gender), "phone": names.phone(rng),
                           "address": names.address(rng), "institution": ""})
    _insert(Applicant, iter(applicants))
    serial_by_year: dict[int, int] = {}
    due_cache: dict[tuple[dt.date, int], dt.date] = {}
    today = ctx.end
    requests, steps = [], []

    def flush():
        _insert(ServiceRequest, iter(requests))
        _insert(RequestStep, iter(steps))
        requests.clear()
        steps.clear()

    made = 0
    for index, day in enumerate(days):
        count = int(per_day * (index + 1)) - made if index < len(days) - 1 else total - made
        for queue in range(1, count + 1):
            made += 1
            service = rng.choices(services, weights)[0]
            plan = plans[service.id]
            person = rng.choice(applicants)
            serial = serial_by_year.get(day.year, 0) + 1
            serial_by_year[day.year] = serial
            local = dt.datetime.combine(day, dt.time(8)) + dt.timedelta(minutes=rng.randint(0, 450))
            at = local_to_utc(local, tz)
            frame = plan["standard"].time_frame_days
            due = due_cache.get((day, frame)) or due_cache.setdefault((day, frame), add_working_days(day, frame))
            status, done_steps = _status_for(rng, day, due, today, len(plan["steps"]))
            officer = rng.choice(counters)
            request_id = new_id()
            complete = rng.random() > 0.06
            finished_at = at + dt.timedelta(days=rng.uniform(0.2, frame * 1.4 + 0.5)) if status in (
                "selesai", "diserahkan") else None
            requests.append({
                "id": request_id, "office": office, "created_at": at, "updated_at": finished_at or at,
                "number": numbering.format_number(template, office=office, year=day.year, serial=serial),
                "year": day.year, "serial": serial, "service": service.id,
                "standard": plan["standard"].id,
                "sop_revision": plan["revision"].id if plan["revision"] else None,
                "applicant": person["id"], "applicant_name": person["name"],
                "applicant_nik": person["nik"], "applicant_phone": person["phone"],
                "applicant_address": person["address"], "applicant_institution": "",
                "documents": plan["documents"] if complete else plan["documents"][:-1],
                "complete": complete, "registered_by": officer.id, "registered_at": at,
                "reg_date": day, "queue_number": queue, "due_date": due, "status": status,
                "status_note": "Berkas tidak memenuhi syarat" if status == "ditolak" else "",
                "assigned_to": officer.id, "finished_at": finished_at,
                "delivered_at": finished_at + dt.timedelta(days=1) if status == "diserahkan" else None,
                "delivered_to": person["name"] if status == "diserahkan" else "",
                "voided_at": at if status == "dibatalkan" else None,
                "voided_by": head.username if status == "dibatalkan" else None,
                "void_reason": "Permohonan ganda" if status == "dibatalkan" else None,
            })
            if day >= steps_from:  # older history keeps its outcome, not every step
                steps.extend(_steps_for(rng, request_id, office, plan["steps"][:done_steps], at,
                                        counters, head))
        if len(requests) >= 20_000:
            flush()
            ctx.progress(f"  {made:,} permohonan")
    flush()
    for year, last in serial_by_year.items():
        _set_counter(office, numbering.KIND_REQUEST, year, last)
    if name_index:
        ctx.progress("  indeks nama pemohon")
        request_names.rebuild()  # in one statement: far faster than batch by batch


def _status_for(rng, day, due, today, step_count) -> tuple[str, int]:
    age = (today - day).days
    roll = rng.random()
    if roll < 0.02:
        return "ditolak", rng.randint(0, 2)
    if roll < 0.025:
        return "dibatalkan", 0
    if age > 40 or (age > 10 and roll < 0.9):
        return ("diserahkan" if roll < 0.85 else "selesai"), step_count
    if due < today and roll < 0.95:
        return "diproses", rng.randint(1, max(1, step_count - 1))
    return rng.choice(["terdaftar", "diproses"]), 0 if roll < 0.5 else rng.randint(1, max(1, step_count - 1))


def _steps_for(rng, request_id, office, steps, start, counters, head) -> list[dict]:
    rows, at = [], start
    for step in steps:
        standard = max(step.standard_minutes, 5)
        minutes = standard * rng.uniform(0.4, 1.6)
        begun, at = at, at + dt.timedelta(minutes=minutes)
        skipped = rng.random() < 0.01
        out_of_order = not skipped and rng.random() < 0.015
        doer = head if "head" in step.roles and "counter" not in step.roles else rng.choice(counters)
        rows.append({
            "id": new_id(), "office": office, "created_at": at, "updated_at": at,
            "request": request_id, "sop_step": step.id, "done_by": doer.id, "done_at": at,
            "started_at": begun, "minutes_taken": round(minutes, 1),
            "over_standard": minutes > standard, "skipped": skipped,
            "deviation": "skipped" if skipped else ("out_of_order" if out_of_order else None),
            "deviation_reason": "Pemohon sudah membawa hasil verifikasi lapangan" if skipped else (
                "Kepala seksi hadir lebih dahulu" if out_of_order else ""),
            "note": "",
        })
    return rows


def _surveys(ctx, total, days, services, weights, counters) -> None:
    rng, office = ctx.rng, ctx.office
    per_day = total / len(days)
    made, serial_by_year = 0, {}

    def rows():
        nonlocal made
        for index, day in enumerate(days):
            count = int(per_day * (index + 1)) - made if index < len(days) - 1 else total - made
            for _ in range(count):
                made += 1
                serial_by_year[day.year] = serial_by_year.get(day.year, 0) + 1
                base = rng.choice([3, 3, 4, 4, 4, 2])
                answers = {f"u{i}": (None if rng.random() < 0.02 else
                                     min(4, max(1, base + rng.choice([-1, 0, 0, 0, 1]))))
                           for i in range(1, 10)}
                yield {"id": new_id(), "office": office, "created_at": dt.datetime.combine(day, dt.time(8)),
                       "updated_at": dt.datetime.combine(day, dt.time(8)), "entry": 1,
                       "serial": f"{day.year}-{serial_by_year[day.year]:06d}", "survey_date": day,
                       "service": rng.choices(services, weights)[0].id, **answers,
                       "gender": rng.choice("LP"), "age": rng.randint(18, 70),
                       "education": rng.choice(EDUCATION), "occupation": rng.choice(OCCUPATION),
                       "comment": rng.choice(["", "", "", "Pelayanan cepat, terima kasih.",
                                              "Mohon ruang tunggu diperluas."]),
                       "entered_by": rng.choice(counters).id,
                       "entered_at": dt.datetime.combine(day, dt.time(9)), "source": "import",
                       "import_key": None}

    _insert(SurveyResponse, rows())


def _complaints(ctx, total, days, services, counters, head) -> None:
    rng, office, today = ctx.rng, ctx.office, ctx.end
    template = settings.get(office, "complaint_number_template")
    serial_by_year: dict[int, int] = {}
    complaints, events = [], []
    home = home_office()
    # rahasia identities sealed as register_complaint does: to the office's own key, or
    # (a district written into the province) to none here when its key is not trusted
    recipient = sealing.recipient_for(office, home.code if home else None)
    for _ in range(total):
        day = rng.choice(days)
        serial = serial_by_year.get(day.year, 0) + 1
        serial_by_year[day.year] = serial
        at = local_to_utc(dt.datetime.combine(day, dt.time(9, rng.randint(0, 59))))
        recent = (today - day).days < 30
        stage = rng.choice(["diterima", "verifikasi", "disposisi", "tindak lanjut", "jawaban"]) if recent \
            else rng.choices(["selesai", "diarsipkan", "bukan wewenang"], [90, 6, 4])[0]
        replied = stage in ("jawaban", "selesai")
        reply_day = add_working_days(day, rng.randint(3, 18)) if replied else None
        protection = rng.choices(["bernama", "rahasia", "anonim"], [70, 20, 10])[0]
        name = names.person(rng)[0] if protection != "anonim" else ""
        complaint_id = new_id()
        channel = rng.choice(CHANNELS)
        complaints.append({
            "id": complaint_id, "office": office, "created_at": at, "updated_at": at,
            "number": numbering.format_number(template, office=office, year=day.year, serial=serial),
            "year": day.year, "serial": serial, "kind": rng.choices(KINDS, [70, 20, 10])[0],
            "channel": channel,
            "external_ticket": f"LAP-{day:%y%m%d}{serial:04d}" if channel in ("SP4N-LAPOR!", "SIMDUMAS") else "",
            "received_date": day, "protection": protection, "complainant_name": name,
            "complainant_contact": names.phone(rng) if name else "", "complainant_address": "",
            "category": rng.choices(CATEGORIES, [60, 10, 5, 8, 3, 2, 12])[0],
            "service": rng.choice(services).id, "request": None,
            "text": "Pelayanan di loket lebih lama dari jangka waktu yang tercantum.",
            "stage": stage, "stage_due": add_working_days(day, 3) if recent else None,
            "needs_examination": False, "assigned_unit": "Seksi Kepenghuluan" if stage != "diterima" else "",
            "assigned_to": rng.choice(counters).id if stage != "diterima" else None,
            "reply_text": "Terima kasih atas laporan Saudara; telah ditindaklanjuti." if replied else "",
            "reply_date": reply_day, "reply_number": "",
            "closed_at": local_to_utc(dt.datetime.combine(add_working_days(reply_day, 10), dt.time(10)))
            if stage == "selesai" else None,
            "outcome": "Selesai ditindaklanjuti" if stage == "selesai" else "",
            "registered_by": rng.choice(counters).id, "registered_at": at,
        })
        if protection == "rahasia":
            row = complaints[-1]
            if recipient is not None:
                row["sealed_identity"] = sealing.seal_identity(
                    recipient, office, complaint_id, name, row["complainant_contact"], "", row["text"], bulk=True)
            row["complainant_name"] = row["complainant_contact"] = ""
        events.append({"id": new_id(), "office": office, "created_at": at, "updated_at": at,
                       "complaint": complaint_id, "at": at, "actor": head.id, "kind": "stage",
                       "stage_from": None, "stage_to": "diterima", "text": "Pengaduan diterima"})
    _insert(Complaint, iter(complaints))
    _insert(ComplaintEvent, iter(events))
    for year, last in serial_by_year.items():
        _set_counter(office, numbering.KIND_COMPLAINT, year, last)
