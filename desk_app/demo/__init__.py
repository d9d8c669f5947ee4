"""`desk-app demo`: a database with an office, one user per role, the catalogue and —
through the generators each feature registers in GENERATORS — months of activity."""

from __future__ import annotations

import datetime as dt
import importlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from desk_app.models.core import accounts, settings, setup, workdays
from desk_app.models.core.accounts import User
from desk_app.models.core.base import utcnow
from desk_app.models.core.dates import local_to_utc, local_today
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import UserError
from desk_app.models.core.office import CutiBersama, Office
from desk_app.models.core.permissions import ROLE_COUNTER, ROLE_HEAD
from desk_app.models.core.setup import NTB_DEFAULTS
from desk_app.models.core.workdays import forget_cached_days, suggested_cuti_bersama

# Written in the README; change both together.
DEMO_USERS = [
    # username, password, full name, role, NIP, position
    ("admin", "admin123", "Lalu Muhammad Fauzi, S.Kom.", "admin", "198703152011011004",
     "Pranata Komputer"),
    ("kasi", "kasi1234", "Dra. Hj. Baiq Nurul Aini, M.Pd.I.", ROLE_HEAD, "197208121998032002",
     "Kepala Seksi Kepenghuluan dan Pemberdayaan KUA"),
    ("petugas", "petugas1", "Ahmad Zainul Hakim, S.H.I.", ROLE_COUNTER, "199001232019031008",
     "Pengelola Layanan Operasional PTSP"),
    ("petugas2", "petugas2", "Siti Rahmawati, S.Sos.", ROLE_COUNTER, "199305172020122011",
     "Analis Layanan Keagamaan"),
]


@dataclass
class DemoContext:
    office: str
    start: dt.date
    end: dt.date
    rng: random.Random
    users: dict[str, User] = field(default_factory=dict)
    scale: str = "normal"
    progress: Callable[[str], None] = print
    # The demo's "now" (naive UTC): nothing is dated later. The real moment when the demo
    # ends today, else the end of the office day of `end`, so that a demo built with a
    # fixed `today` and seed holds the same records whenever and wherever it is built.
    now: dt.datetime | None = None


# Feature generators, in order: modules under desk_app/demo with `generate(ctx)`.
GENERATORS: list[str] = ["requests", "surveys", "sop_progress", "complaints", "kiosk"]


def month_start(day: dt.date, months_back: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months_back
    return dt.date(index // 12, index % 12 + 1, 1)


def build_demo(months: int = 6, scale: str = "normal", seed: int = 2026,
               today: dt.date | None = None, progress: Callable[[str], None] = print,
               office_code: str | None = None, office_name: str | None = None,
               years: int = 10) -> DemoContext:
    """Fill an empty, open database. Dates run from `months` months ago to today.
    `office_code`/`office_name` make another office than the province (Kw.18), e.g. a
    district office "Kk.18.01" whose parent is the province, for the bundle demo.
    Scale "large": `years` years of one office; "province": of eleven (demo/province.py)."""
    if Office.select().exists():
        raise UserError("Basis data ini sudah berisi data. Gunakan berkas/basis data baru untuk demo.")
    today = today or dt.date.today()
    rng = random.Random(seed)
    code, fields = demo_office(office_code, office_name)
    username, password, full_name, _role, nip, _pos = DEMO_USERS[0]
    admin = setup.initialize(code, fields, username, full_name, password, nip)
    office = admin.office
    progress("Kantor, admin dan katalog layanan dibuat.")
    users = demo_users(admin, office)
    ctx = DemoContext(office=office, start=month_start(today, months), end=today, rng=rng,
                      users=users, scale=scale, progress=progress,
                      now=_demo_now(today, Office.get_by_id(office).time_zone))
    if scale in ("large", "province"):
        large = importlib.import_module("desk_app.demo.large")
        add_cuti_bersama(admin, office, today.year - years, today.year + 1)
        sizes = {**large.sizes_for(years), "finish": scale == "large"}
        large.generate(ctx, sizes)
        if scale == "province":
            importlib.import_module("desk_app.demo.province").generate(ctx, sizes)
        return ctx
    add_cuti_bersama(admin, office, ctx.start.year, today.year + 1)
    for name in GENERATORS:
        importlib.import_module(f"desk_app.demo.{name}").generate(ctx)
    return ctx


def demo_users(admin, office: str) -> dict[str, User]:
    """The demo accounts of `office` besides its admin, and its head's name in the settings."""
    users = {"admin": admin}
    for username, password, full_name, role, nip, position in DEMO_USERS[1:]:
        users[username] = accounts.create_user(admin, office, username, full_name, role, password,
                                               nip=nip, position=position)
    head = users["kasi"]
    settings.set_many(admin, office, {"head_name": head.full_name, "head_nip": head.nip,
                                      "head_position": "Kepala Bidang Bimas Islam"})
    return users


def _demo_now(today: dt.date, tz: str) -> dt.datetime:
    real = utcnow()
    if today >= local_today(tz):
        return real
    return min(real, local_to_utc(dt.datetime.combine(today, dt.time(17, 0)), tz))


def demo_office(code: str | None, name: str | None) -> tuple[str, dict]:
    """The demo office's code and identity: the province by default, or another office
    under it (its name in the letterhead, its code as letter code)."""
    fields = {k: v for k, v in NTB_DEFAULTS.items() if k != "code"}
    code = code or NTB_DEFAULTS["code"]
    if code != NTB_DEFAULTS["code"]:
        fields.update(parent=NTB_DEFAULTS["code"], letter_code=code, name=name or f"Kantor {code}")
    elif name:
        fields["name"] = name
    if name or code != NTB_DEFAULTS["code"]:
        head = fields["letterhead"]
        fields["letterhead"] = [head[0], fields["name"].upper(), *head[2:]]
    return code, fields


def add_cuti_bersama(admin, office: str, first_year: int, last_year: int) -> None:
    with write_transaction():
        for year in range(first_year, last_year + 1):
            for day, name in sorted(suggested_cuti_bersama(year).items()):
                if day.weekday() < 5 and not CutiBersama.get_or_none(CutiBersama.date == day):
                    workdays.add_cuti_bersama(admin, office, day, name)
    forget_cached_days()
