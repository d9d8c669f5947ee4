#!/usr/bin/env python3
"""Benchmark of the period report (issue 8): a month's report for an office with 5,000
requests, 1,000 surveys and 200 complaints inside a database of 500,000 requests.

    .venv/bin/python scripts/bench_report.py [--db URL] [--total 500000] [--keep]

Builds the database with bulk inserts (not through the domain functions: that would
take hours), then times gather_report + render_pdf + render_xlsx for October 2026.
Without --db a temporary SQLite file is used.

Measured 25 Nov 2026 on the shared 2-core machine (schema v2 period indexes): SQLite best
of 5 0.94 s (first run 1.44 s); PostgreSQL best of 5 1.00 s (runs 1.0–1.7 s under load).
Of that, gather ~0.45 s, PDF ~0.15 s, Excel ~0.33 s (1,000 raw survey rows).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DESK_APP_HOME", tempfile.mkdtemp(prefix="desk-bench-home-"))

from desk_app.models.catalogue.tables import Service, ServiceStandard  # noqa: E402
from desk_app.models.complaints.tables import CATEGORIES, CHANNELS, KINDS, STAGES, Complaint  # noqa: E402
from desk_app.models.core import db as dbmod  # noqa: E402
from desk_app.models.core import setup  # noqa: E402
from desk_app.models.core.periods import parse_period  # noqa: E402
from desk_app.models.core.schema import open_database  # noqa: E402
from desk_app.models.core.setup import NTB_DEFAULTS  # noqa: E402
from desk_app.models.requests.tables import RequestEvent, RequestStep, ServiceRequest  # noqa: E402
from desk_app.models.skm.tables import SurveyResponse  # noqa: E402
from desk_app.models.sop.tables import Sop, SopRevision, SopStep  # noqa: E402

OFFICE = NTB_DEFAULTS["code"]
MONTH = "2026-10"
CHUNK = 2000


def _chunks(rows, size=CHUNK):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def build(total: int, month_requests: int, surveys: int, complaints: int, seed: int = 8) -> None:
    rng = random.Random(seed)
    fields = {k: v for k, v in NTB_DEFAULTS.items() if k != "code"}
    admin = setup.initialize(OFFICE, fields, "admin", "Admin Bench", "admin123", "")
    services = list(Service.select().where(Service.office == OFFICE))
    standards = {s.id: ServiceStandard.get(ServiceStandard.service == s.id) for s in services}
    revisions = {}
    steps = {}
    for s in services:
        rev = (SopRevision.select().join(Sop, on=(SopRevision.sop == Sop.id))
               .where(Sop.service == s.id).first())
        revisions[s.id] = rev
        steps[s.id] = list(SopStep.select().where(SopStep.revision == rev).order_by(SopStep.position)) if rev else []
    month = parse_period(MONTH)
    history_days = (month.start - dt.date(2016, 1, 1)).days
    started = time.perf_counter()
    requests, events, step_rows = [], [], []
    serial_by_year: dict[int, int] = {}
    for i in range(total):
        in_month = i < month_requests
        if in_month:
            day = month.start + dt.timedelta(days=rng.randrange(31))
        else:
            day = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(history_days))
        svc = rng.choice(services)
        std = standards[svc.id]
        serial = serial_by_year[day.year] = serial_by_year.get(day.year, 0) + 1
        at = dt.datetime.combine(day, dt.time(1 + rng.randrange(7), rng.randrange(60)))
        due = day + dt.timedelta(days=std.time_frame_days + 2)
        roll = rng.random()
        status, finished = "selesai", at + dt.timedelta(days=rng.randrange(1, 14))
        if roll < 0.03:
            status, finished = "ditolak", None
        elif roll < 0.05 and in_month:
            status, finished = "diproses", None
        rid = str(uuid.uuid4())
        requests.append(dict(
            id=rid, office=OFFICE, number=f"PLY-{day.year}-{serial:06d}", year=day.year,
            serial=serial, service=svc.id, standard=std.id,
            sop_revision=revisions[svc.id].id if revisions[svc.id] else None,
            applicant_name=f"Pemohon {i}", registered_by=admin.id, registered_at=at,
            reg_date=day, queue_number=1 + i % 50, due_date=due, status=status,
            complete=rng.random() > 0.05, finished_at=finished, created_at=at, updated_at=at))
        events.append(dict(id=str(uuid.uuid4()), office=OFFICE, request=rid, at=at,
                           actor=admin.id, kind="registered", to_status="terdaftar"))
        if in_month:
            for n, st in enumerate(steps[svc.id]):
                step_rows.append(dict(
                    id=str(uuid.uuid4()), office=OFFICE, request=rid, sop_step=st.id,
                    done_by=admin.id, done_at=at + dt.timedelta(minutes=20 * (n + 1)),
                    minutes_taken=20.0, over_standard=rng.random() < 0.1,
                    skipped=rng.random() < 0.02, deviation="skipped" if rng.random() < 0.02 else None))
    database = dbmod.database
    with database.atomic():
        for rows in _chunks(requests):
            ServiceRequest.insert_many(rows).execute()
        for rows in _chunks(events):
            RequestEvent.insert_many(rows).execute()
        for rows in _chunks(step_rows):
            RequestStep.insert_many(rows).execute()
        survey_rows = []
        for i in range(surveys):
            day = month.start + dt.timedelta(days=rng.randrange(31))
            answers = {f"u{k}": rng.choice((2, 3, 3, 4, 4)) for k in range(1, 10)}
            survey_rows.append(dict(
                id=str(uuid.uuid4()), office=OFFICE, serial=f"B-{i:05d}", survey_date=day,
                service=rng.choice(services).id, gender=rng.choice("LP"), age=18 + rng.randrange(50),
                education=rng.choice(("SMA", "D4/S1", "S2")), occupation=rng.choice(("PNS", "Swasta")),
                comment="Pelayanan baik" if i % 10 == 0 else "", source="import", **answers))
        for rows in _chunks(survey_rows):
            SurveyResponse.insert_many(rows).execute()
        complaint_rows = []
        for i in range(complaints):
            day = month.start + dt.timedelta(days=rng.randrange(31))
            stage = rng.choice(STAGES)
            complaint_rows.append(dict(
                id=str(uuid.uuid4()), office=OFFICE, number=f"ADU-2026-{i + 1:04d}", year=2026,
                serial=i + 1, kind=rng.choice(KINDS), channel=rng.choice(CHANNELS),
                received_date=day, protection="rahasia", complainant_name="Rahasia",
                category=rng.choice(CATEGORIES), text=f"Pengaduan nomor {i}", stage=stage,
                stage_due=day + dt.timedelta(days=5),
                reply_date=day + dt.timedelta(days=6) if stage in ("jawaban", "selesai") else None,
                registered_by=admin.id, registered_at=dt.datetime.combine(day, dt.time(2))))
        for rows in _chunks(complaint_rows):
            Complaint.insert_many(rows).execute()
    database.execute_sql("ANALYZE")
    print(f"built {total:,} requests ({month_requests:,} in {MONTH}), {len(step_rows):,} SOP "
          f"steps, {surveys:,} surveys, {complaints} complaints in {time.perf_counter() - started:.1f} s")


def measure(rounds: int = 3) -> list[float]:
    from desk_app.reports.pdf_report import render_pdf
    from desk_app.reports.period_report import gather_report
    from desk_app.reports.xlsx_report import render_xlsx

    period = parse_period(MONTH)
    results = []
    for _ in range(rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        data = gather_report(period, OFFICE)
        t1 = time.perf_counter()
        pdf = io.BytesIO()
        render_pdf(data, pdf)
        t2 = time.perf_counter()
        xlsx = io.BytesIO()
        render_xlsx(data, xlsx)
        t3, c3 = time.perf_counter(), time.process_time()
        results.append(t3 - t0)
        print(f"gather {t1 - t0:.3f} s, PDF {t2 - t1:.3f} s ({len(pdf.getvalue()) // 1024} KB), "
              f"Excel {t3 - t2:.3f} s ({len(xlsx.getvalue()) // 1024} KB), total {t3 - t0:.3f} s "
              f"(CPU {c3 - c0:.3f} s) "
              f"— {data.requests.received:,} requests received, {data.skm.respondents:,} "
              f"respondents, {data.complaints.received} complaints")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--total", type=int, default=500_000)
    parser.add_argument("--month", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--reuse", action="store_true", help="the database is already built")
    args = parser.parse_args()
    url = args.db or str(Path(tempfile.mkdtemp(prefix="desk-bench-")) / "bench.db")
    open_database(url, create=True)
    if not args.reuse:
        build(args.total, args.month, 1_000, 200)
    results = measure(args.rounds)
    print(f"best of {len(results)}: {min(results):.3f} s for gather + PDF + Excel  ({url})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
