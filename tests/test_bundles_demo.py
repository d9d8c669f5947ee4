"""Done when: two demo district offices export bundles, the province imports both, and
its report for a month shows both offices and their total."""

from __future__ import annotations

import datetime as dt

import pytest
from bundle_helpers import switch

from desk_app.demo import build_demo
from desk_app.models.core import audit, setup, trail
from desk_app.models.core.office import Office
from desk_app.models.core.periods import parse_period
from desk_app.models.core.setup import NTB_DEFAULTS
from desk_app.models.offices.bundles import export_bundle
from desk_app.models.offices.merge import import_bundle
from desk_app.reports.period_report import gather_report

TODAY = dt.date(2026, 11, 20)


@pytest.mark.slow  # two one-month demo offices: about a minute
def test_two_demo_districts_consolidated_in_the_province_report(tmp_path):
    for code, name in (("Kk.18.01", "Kota Mataram"), ("Kk.18.02", "Lombok Barat")):
        switch(str(tmp_path / f"{code}.db"))
        build_demo(months=1, seed=7, today=TODAY, progress=lambda text: None,
                   office_code=code, office_name=f"Kantor Kementerian Agama {name}")
        office = Office.get_by_id(code)
        assert office.parent == "Kw.18" and office.letterhead[1] == office.name.upper()
        export_bundle(None, tmp_path / f"{code}.zip")

    switch(str(tmp_path / "kanwil.db"))
    fields = {k: v for k, v in NTB_DEFAULTS.items() if k != "code"}
    setup.initialize("Kw.18", fields, "admin", "Admin Kanwil", "admin123")
    for code in ("Kk.18.01", "Kk.18.02"):
        assert import_bundle(tmp_path / f"{code}.zip").imported
    assert audit.verify_chain() == []
    assert trail.row_problems() == []  # every record matches its audit trail

    period = parse_period("2026-11")
    everyone = gather_report(period, None)
    rows = {row.code: row for row in everyone.offices}
    assert {"Kk.18.01", "Kk.18.02"} <= set(rows)
    per_office = [gather_report(period, code).requests.received for code in ("Kk.18.01", "Kk.18.02")]
    assert all(per_office)
    assert [rows[c].requests_received for c in ("Kk.18.01", "Kk.18.02")] == per_office
    assert everyone.requests.received == sum(per_office)
