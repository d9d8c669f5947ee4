"""`desk-app demo` adds realistic requests through the domain functions."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from desk_app.demo import build_demo
from desk_app.models.core import trail
from desk_app.models.core.audit import verify_chain
from desk_app.models.core.dates import to_local
from desk_app.models.core.schema import open_database
from desk_app.models.core.workdays import is_working_day
from desk_app.models.requests.tables import ServiceRequest


def test_demo_requests_look_like_an_office_month(empty_db_url):
    open_database(empty_db_url)
    today = dt.date(2026, 11, 25)
    ctx = build_demo(months=1, today=today, progress=lambda _text: None)
    requests = list(ServiceRequest.select())
    assert len(requests) > 50
    for req in requests:
        local = to_local(req.registered_at, "Asia/Makassar")
        assert is_working_day(local.date()) and req.reg_date == local.date()
        assert dt.time(8) <= local.time() <= dt.time(15, 30)
    statuses = Counter(r.status for r in requests)
    assert statuses["dibatalkan"] == 2
    assert statuses["diserahkan"] > statuses["diproses"] > 0 and statuses["ditolak"] > 0
    assert any(not r.complete and r.status != "ditolak" for r in requests)
    assert any(r.status in ("terdaftar", "diproses") and r.due_date < today for r in requests)
    serials = sorted(r.serial for r in requests)
    assert serials == list(range(1, len(requests) + 1))
    assert verify_chain(ctx.office) == []
    assert trail.row_problems() == []  # every record matches its audit trail
