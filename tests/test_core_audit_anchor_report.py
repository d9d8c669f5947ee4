"""The monthly report carries the audit chain head as at printing: an anchor on paper
that `desk-app check --anchor` verifies later (both backends)."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from desk_app.models.core import audit
from desk_app.models.core.periods import parse_period
from desk_app.reports.pdf_report import render_pdf
from desk_app.reports.period_report import gather_report


def test_report_prints_the_chain_head_that_check_accepts(db, office, cli):
    head = audit.chain_head(office)
    data = gather_report(parse_period("2026-10"), office)
    out = io.BytesIO()
    render_pdf(data, out)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages)
    found = re.search(r"Jejak audit Kw\.18 saat dicetak: (\d+):([0-9a-f]{16})", " ".join(text.split()))
    assert found and int(found.group(1)) == head["seq"] and head["hash"].startswith(found.group(2))
    db.close()
    code, out, err = cli("check", "--anchor", f"{found.group(1)}:{found.group(2)}")
    assert code == 0, out + err
