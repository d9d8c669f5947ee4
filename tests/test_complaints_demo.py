"""`desk-app demo` includes complaints in every stage, some overdue, with protections and tickets."""

from __future__ import annotations

import datetime as dt

from desk_app import demo
from desk_app.models.complaints import deadlines as complaint_deadlines
from desk_app.models.complaints.tables import SIDE_EXITS, STAGES, Complaint
from desk_app.models.core import audit, trail
from desk_app.models.core.schema import open_database


def test_demo_complaints_cover_every_stage(empty_db_url, monkeypatch):
    monkeypatch.setattr(demo, "GENERATORS", ["complaints"])
    open_database(empty_db_url, create=True)
    today = dt.date(2026, 11, 24)
    demo.build_demo(months=3, today=today, progress=lambda _text: None)
    rows = list(Complaint.select())
    assert {c.stage for c in rows} == set(STAGES + SIDE_EXITS)
    assert any(complaint_deadlines.is_overdue(c, today) for c in rows)
    assert {"rahasia", "anonim", "bernama"} <= {c.protection for c in rows}
    forwarded = [c for c in rows if c.channel in ("SP4N-LAPOR!", "SIMDUMAS")]
    assert forwarded and all(c.external_ticket for c in forwarded)
    assert all(c.reply_number for c in rows if c.reply_date)
    assert all(c.complainant_name == "" for c in rows if c.protection == "anonim")
    assert audit.verify_chain() == []
    assert trail.row_problems() == []  # every record matches its audit trail
