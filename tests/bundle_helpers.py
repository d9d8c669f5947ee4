"""Shared helpers for the bundle tests: small district databases with real activity."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

from desk_app.models.catalogue.tables import Service
from desk_app.models.core import accounts, audit, setup
from desk_app.models.core import db as dbmod
from desk_app.models.core.accounts import User
from desk_app.models.core.schema import open_database
from desk_app.models.core.setup import NTB_DEFAULTS
from desk_app.models.core.tables import ALL_TABLES
from desk_app.models.core.workdays import forget_cached_days
from desk_app.models.requests.flow import change_status
from desk_app.models.requests.registration import register_request
from desk_app.models.skm.entry import create_batch, save_form

DISTRICTS = {"Kk.18.01": "Kota Mataram", "Kk.18.02": "Lombok Barat"}
PERSON = {"name": "Baiq Siti Aminah", "nik": "5271014506900001", "phone": "+62 812-3745-1234",
          "address": "Jl. Pejanggik 10, Mataram", "institution": ""}
AT = dt.datetime(2026, 11, 2, 2, 0)  # Monday 10:00 WITA


def switch(url: str):
    """Point the global proxy at another database (closing this thread's connection)."""
    obj = dbmod.database.obj
    if obj is not None and not obj.is_closed():
        obj.close()
    forget_cached_days()
    return open_database(url)


def make_district(path: Path, code: str, requests: int = 2) -> str:
    """A district office: admin, head, counter, catalogue, requests and survey forms."""
    url = str(path)
    switch(url)
    fields = {k: v for k, v in NTB_DEFAULTS.items() if k != "code"}
    fields["name"] = f"Kantor Kementerian Agama {DISTRICTS.get(code, code)}"
    admin = setup.initialize(code, fields, "admin", f"Admin {code}", "admin123")
    head = accounts.create_user(admin, code, "kasi", "Kepala Seksi", "head", "kasi1234")
    counter = accounts.create_user(admin, code, "petugas", "Petugas Loket", "counter", "petugas1")
    svc = Service.get((Service.office == code) & (Service.code == "BIMAS-01"))
    docs = [{"name": r, "received": True} for r in svc.standards.first().requirements]
    for i in range(requests):
        req = register_request(counter, svc.id, PERSON, docs, at=AT + dt.timedelta(hours=i))
        if i == 0:
            change_status(head, req.id, "dibatalkan", note="Salah layanan",
                          at=AT + dt.timedelta(hours=1, minutes=30))
    batch = create_batch(counter, code, svc.id, dt.date(2026, 11, 2), at=AT)
    answers = {f"U{i}": 4 for i in range(1, 10)}
    save_form(counter, batch.id, "1", answers, gender="P", age=30, at=AT)
    return url


def user(username: str) -> User:
    return User.get(User.username == username)


def table_rows() -> dict[str, list[dict]]:
    """Every row of every table, ordered by key: to compare two databases."""
    rows = {}
    for model in ALL_TABLES:
        order = list(model._meta.get_primary_keys())
        rows[model._meta.table_name] = list(model.select().order_by(*order).dicts())
    return rows


def table_counts() -> dict[str, int]:
    return {m._meta.table_name: m.select().count() for m in ALL_TABLES}


def rewrite_bundle(src: Path, dest: Path, manifest_edit=None, member_edit=None) -> Path:
    """A copy of a bundle with the manifest and/or one member changed (checksums kept)."""
    with zipfile.ZipFile(src) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    manifest = json.loads(members["manifest.json"])
    if manifest_edit:
        manifest_edit(manifest)
    members["manifest.json"] = json.dumps(manifest).encode()
    if member_edit:
        name, func = member_edit
        members[name] = func(members[name])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    dest.write_bytes(buffer.getvalue())
    return dest


__all__ = ["audit"]
