"""How fast the request list shows its first page on a big SQLite database.

    .venv/bin/python scripts/bench_requests.py [--rows 200000] [--db PATH]

Builds (or reuses) a database with N requests, bulk-inserted with insert_many in chunks
inside one transaction, then times the list model's first page for the common views:
no filter, name prefix, NIK, phone, tracking number, status, service, overdue.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DESK_APP_HOME", tempfile.mkdtemp(prefix="bench-home-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desk_app.demo import names  # noqa: E402
from desk_app.models.catalogue import standards as catalogue
from desk_app.models.catalogue.tables import Service  # noqa: E402
from desk_app.models.core import setup  # noqa: E402
from desk_app.models.core.base import new_id  # noqa: E402
from desk_app.models.core.db import database, write_transaction  # noqa: E402
from desk_app.models.core.office import Counter  # noqa: E402
from desk_app.models.core.schema import open_database  # noqa: E402
from desk_app.models.core.setup import NTB_DEFAULTS  # noqa: E402
from desk_app.models.requests.search import RequestFilter  # noqa: E402
from desk_app.models.requests.tables import ServiceRequest  # noqa: E402

CHUNK = 2000
# Like a real office: old requests are closed (a few stalled ones stay open, overdue);
# the last weeks hold the open work.
OLD_STATUSES = ["diserahkan"] * 900 + ["selesai"] * 30 + ["ditolak"] * 50 + ["dibatalkan"] * 10 \
    + ["diproses"] * 3
RECENT_STATUSES = ["diserahkan"] * 40 + ["selesai"] * 15 + ["diproses"] * 25 + ["terdaftar"] * 15 \
    + ["ditolak"] * 5
RECENT_DAYS = 30


def build(path: str, rows: int) -> None:
    open_database(path)
    fields = {k: v for k, v in NTB_DEFAULTS.items() if k != "code"}
    admin = setup.initialize("Kw.18", fields, "admin", "Admin", "admin12345")
    services = list(Service.select())
    standards = {s.id: catalogue.standard_in_force(s) for s in services}
    rng = random.Random(7)
    people = []
    for _ in range(5000):
        name, gender = names.person(rng)
        people.append((name, names.nik(rng, gender), names.phone(rng)))
    start = dt.date.today() - dt.timedelta(days=365 * 8)
    days = [start + dt.timedelta(days=i) for i in range(365 * 8) if (start + dt.timedelta(days=i)).weekday() < 5]
    per_day = rows / len(days)
    serials: dict[int, int] = {}
    began = time.perf_counter()
    with write_transaction():
        batch = []
        made = 0
        for index, day in enumerate(days):
            target = int(per_day * (index + 1)) - made
            recent = (days[-1] - day).days < RECENT_DAYS
            for queue in range(1, target + 1):
                serial = serials.get(day.year, 0) + 1
                serials[day.year] = serial
                svc = rng.choice(services)
                name, nik, phone = rng.choice(people)
                at = dt.datetime.combine(day, dt.time(0, 5)) + dt.timedelta(minutes=queue)
                batch.append({
                    "id": new_id(), "office": "Kw.18", "created_at": at, "updated_at": at,
                    "number": f"PLY-{day.year}-{serial:05d}", "year": day.year, "serial": serial,
                    "service": svc.id, "standard": standards[svc.id].id, "applicant_name": name,
                    "applicant_nik": nik, "applicant_phone": phone, "documents": [],
                    "registered_by": admin.id, "registered_at": at, "reg_date": day,
                    "queue_number": queue, "due_date": day + dt.timedelta(days=7),
                    "status": rng.choice(RECENT_STATUSES if recent else OLD_STATUSES)})
                made += 1
                if len(batch) >= CHUNK:
                    ServiceRequest.insert_many(batch).execute()
                    batch = []
        if batch:
            ServiceRequest.insert_many(batch).execute()
        for year, last in serials.items():
            Counter.replace(office="Kw.18", kind="request", year=year, last=last).execute()
    database.obj.execute_sql("ANALYZE")
    print(f"{made:,} permohonan dimasukkan dalam {time.perf_counter() - began:.1f} s")


def first_page(model_cls, flt: RequestFilter) -> tuple[float, int]:
    began = time.perf_counter()
    model = model_cls(flt)
    model.fetchMore()
    return (time.perf_counter() - began) * 1000, model.rowCount()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "bench_requests.db"))
    args = parser.parse_args()
    path = Path(args.db)
    if path.exists():
        open_database(str(path))
        if ServiceRequest.select().count() != args.rows:
            database.obj.close()
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
    if not path.exists():
        build(str(path), args.rows)
    open_database(str(path))
    from PySide6.QtGui import QGuiApplication

    from desk_app.ui.requests.list_model import RequestListModel

    QGuiApplication.instance() or QGuiApplication([])
    sample = ServiceRequest.select().order_by(ServiceRequest.reg_date).offset(args.rows // 2).first()
    service = Service.select().first()
    office = "Kw.18"
    cases = [
        ("tanpa saringan", RequestFilter(office)),
        ("nama (awalan)", RequestFilter(office, text=sample.applicant_name.split()[0][:4])),
        ("nama jarang", RequestFilter(office, text="Zzq")),
        ("NIK", RequestFilter(office, text=sample.applicant_nik)),
        ("telepon", RequestFilter(office, text=sample.applicant_phone)),
        ("nomor", RequestFilter(office, text=sample.number)),
        ("status diproses", RequestFilter(office, status="diproses")),
        ("layanan", RequestFilter(office, service_id=service.id)),
        ("terlambat", RequestFilter(office, overdue=True)),
        ("rentang tanggal", RequestFilter(office, date_from=sample.reg_date,
                                           date_to=sample.reg_date + dt.timedelta(days=30))),
    ]
    total = ServiceRequest.select().count()
    print(f"Basis data: {path} ({total:,} permohonan)")
    for label, flt in cases:
        first_page(RequestListModel, flt)  # warm the cache once
        times = sorted(first_page(RequestListModel, flt)[0] for _ in range(3))
        ms, count = first_page(RequestListModel, flt)
        print(f"  halaman pertama, {label:<16} {times[1]:8.1f} ms  ({count} baris)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
