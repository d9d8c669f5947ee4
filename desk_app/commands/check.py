"""`desk-app check`: schema version, integrity and foreign keys, and the audit chain."""

from __future__ import annotations

from desk_app.models.core import audit
from desk_app.models.core import db as dbmod
from desk_app.models.core.schema import SCHEMA_VERSION, current_version


def add_parser(subparsers):
    return subparsers.add_parser("check", help="periksa keutuhan basis data dan jejak audit")


def find_faults() -> list[str]:
    faults = []
    version = current_version()
    if version != SCHEMA_VERSION:
        faults.append(f"Versi skema {version}, seharusnya {SCHEMA_VERSION}.")
    if dbmod.is_sqlite():
        faults += dbmod.sqlite_integrity_faults(dbmod.database.obj)
    faults += audit.verify_chain()
    return faults


def run(args) -> int:
    from desk_app.commands import open_db

    url, _ = open_db(args)
    faults = find_faults()
    for fault in faults:
        print(fault)
    if faults:
        print(f"desk-app: pemeriksaan menemukan {len(faults)} masalah.")
        return 1
    events = audit.AuditEvent.select().count()
    print(f"Basis data baik: skema versi {SCHEMA_VERSION}, {events} peristiwa audit utuh.")
    return 0
