"""`desk-app demo --seed N` holds the same records on SQLite and on PostgreSQL: the same
seed gives the same period report, word for word, on both backends."""

from __future__ import annotations

import datetime as dt
import io
import re

from conftest import _close_proxy, _require_pg
from pypdf import PdfReader

from desk_app.demo import build_demo
from desk_app.models.core.periods import parse_period
from desk_app.models.core.schema import open_database
from desk_app.models.core.workdays import forget_cached_days
from desk_app.reports.pdf_report import render_pdf
from desk_app.reports.period_report import gather_report

TODAY = dt.date(2026, 11, 25)
PRINTED = dt.datetime(2026, 11, 30, 3, 0)  # naive UTC: 30 November 11:00 WITA


def _report_text(url: str, seed: int) -> tuple[str, dict]:
    forget_cached_days()
    open_database(url)
    build_demo(months=1, today=TODAY, seed=seed, progress=lambda _text: None)
    data = gather_report(parse_period("2026-10"), "Kw.18", now=PRINTED)
    out = io.BytesIO()
    render_pdf(data, out)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages)
    # the audit chain head under the signature hashes the events' real save times
    text = re.sub(r"(saat dicetak: \d+:)[0-9a-f]{16}", r"\1…", text)
    figures = {"received": data.requests.received, "finished": data.requests.finished,
               "in_process": data.requests.in_process_at_end,
               "complaints": data.complaints.received, "respondents": data.skm.respondents,
               "stages": dict(data.complaints.by_stage)}
    _close_proxy()
    return text, figures


def test_the_same_seed_gives_the_same_report_on_both_backends(pg, tmp_path):
    _require_pg(pg)
    url = pg.create_database()
    try:
        sqlite_text, sqlite_figures = _report_text(str(tmp_path / "demo.db"), seed=7)
        pg_text, pg_figures = _report_text(url, seed=7)
    finally:
        _close_proxy()
        pg.drop_database(url)
    assert sqlite_figures["received"] > 50 and sqlite_figures["complaints"] > 0
    assert pg_figures == sqlite_figures
    assert pg_text == sqlite_text
