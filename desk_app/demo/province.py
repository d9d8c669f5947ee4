"""`desk-app demo --scale province [--years N]`: the province's consolidated database,
the Kanwil (Kw.18) and the ten district and city offices of NTB, N years each (the
default ten: about 5.5 million requests), on SQLite or PostgreSQL.

The real path is each district exporting bundles and the province importing them; for
millions of rows this module takes an equivalent bulk path instead:
- each district is set up the way it is at home (demo/__init__.py: the office under the
  province, its admin and demo accounts, its catalogue, its head's settings, the
  collective leave days), in a throwaway SQLite database of its own, so that its audit
  chain is the one the district itself would have written;
- those rows go into the province database the way a bundle import stores them
  (models/offices/merge.py): the district's accounts kept under `username@CODE` and
  unable to log in, a collective leave day the province already has left alone, the
  district's audit events appended as they are, and what now differs from its latest
  event (the qualified account names) sealed in the province's chain;
- its years of activity are then written straight into the province database under its
  own office code and sealed in its own chain, as demo/large.py does for one office (a
  bundle carries exactly those rows and seal events);
- the applicant name index and the planner statistics are built once, at the end.
The result passes `desk-app check` (every office's chain intact).
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from desk_app.demo import DEMO_USERS, DemoContext, add_cuti_bersama, demo_office, demo_users
from desk_app.models.core import audit, setup
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.db import database, write_transaction
from desk_app.models.core.office import CutiBersama, Office, home_office
from desk_app.models.core.schema import open_database, refresh_planner_statistics
from desk_app.models.core.workdays import forget_cached_days
from desk_app.models.requests import names as request_names

# The ten regencies and cities of NTB (demo codes, in the order of their BPS codes
# 5201-5208, 5271, 5272).
DISTRICTS = [
    ("Kk.18.01", "Kantor Kementerian Agama Kabupaten Lombok Barat"),
    ("Kk.18.02", "Kantor Kementerian Agama Kabupaten Lombok Tengah"),
    ("Kk.18.03", "Kantor Kementerian Agama Kabupaten Lombok Timur"),
    ("Kk.18.04", "Kantor Kementerian Agama Kabupaten Sumbawa"),
    ("Kk.18.05", "Kantor Kementerian Agama Kabupaten Dompu"),
    ("Kk.18.06", "Kantor Kementerian Agama Kabupaten Bima"),
    ("Kk.18.07", "Kantor Kementerian Agama Kabupaten Sumbawa Barat"),
    ("Kk.18.08", "Kantor Kementerian Agama Kabupaten Lombok Utara"),
    ("Kk.18.09", "Kantor Kementerian Agama Kota Mataram"),
    ("Kk.18.10", "Kantor Kementerian Agama Kota Bima"),
]
MAX_USERNAME = 64


def generate(ctx: DemoContext, sizes: dict, districts: list[tuple[str, str]] | None = None) -> None:
    """After the province's own years (ctx): every district's, then the indexes."""
    from desk_app.demo import large

    province = database.obj
    for index, (code, name) in enumerate(districts or DISTRICTS):
        ctx.progress(f"Kantor {code} ({index + 2}/{len(districts or DISTRICTS) + 1}): {name}")
        seed = ctx.rng.randrange(1 << 30)
        rows, users = _district_at_home(code, name, ctx, sizes["years"])
        database.initialize(province)
        forget_cached_days()
        _store_as_imported(rows, code)
        district = DemoContext(office=code, start=ctx.start, end=ctx.end, rng=random.Random(seed),
                               users=users, scale="province", progress=ctx.progress, now=ctx.now)
        large.generate(district, {**sizes, "finish": False})
    ctx.progress("Indeks nama pemohon dan statistik perencana kueri…")
    request_names.rebuild()
    refresh_planner_statistics(database.obj, full=True)


def _district_at_home(code: str, name: str, ctx: DemoContext, years: int):
    """Set the district up in a database of its own; its rows of every table a bundle
    carries, by model, and its accounts (as at home) for the generator."""
    from desk_app.models.core.tables import ALL_TABLES, DERIVED_TABLES

    with tempfile.TemporaryDirectory(prefix="desk-district-") as folder:
        home = open_database(str(Path(folder) / "district.db"))
        try:
            code, fields = demo_office(code, name)
            username, password, full_name, _role, nip, _position = DEMO_USERS[0]
            admin = setup.initialize(code, fields, username, full_name, password, nip)
            users = demo_users(admin, code)
            add_cuti_bersama(admin, code, ctx.end.year - years, ctx.end.year + 1)
            rows = {}
            for model in ALL_TABLES:
                if model in DERIVED_TABLES:
                    continue
                if model is Office:
                    rows[model] = list(Office.select().where(Office.code == code).dicts())
                elif "office" in model._meta.fields:
                    rows[model] = list(model.select().where(model._meta.fields["office"] == code).dicts())
        finally:
            home.close()
    return rows, users


def _store_as_imported(rows: dict, code: str) -> None:
    """The district's set-up rows in the province database, as a bundle import keeps them."""
    from desk_app.models.core.accounts import User

    stored: dict = {}
    with write_transaction():
        known_days = {d for (d,) in CutiBersama.select(CutiBersama.date).tuples()}
        for model, model_rows in rows.items():
            if model is User:  # kept, but they log in at their own office only
                suffix = "@" + code
                model_rows = [dict(r, username=r["username"][: MAX_USERNAME - len(suffix)] + suffix,
                                   active=False) for r in model_rows]
            elif model is CutiBersama:
                model_rows = [r for r in model_rows if r["date"] not in known_days]
            for start in range(0, len(model_rows), 500):
                model.insert_many(model_rows[start:start + 500]).execute()
            stored[model] = model_rows
        # as the import does: what differs here from its latest event (the accounts'
        # qualified names) is sealed in the province's own chain
        audit.seal_merged(None, "import_bundle", home_office().code, stored.get(AuditEvent, []),
                          {m: r for m, r in stored.items() if m is not AuditEvent})
