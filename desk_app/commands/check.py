"""`desk-app check`: schema version, integrity and foreign keys, the audit chain, every
audited record against its latest audit event, and anchors kept outside the database.

`--json` prints {"ok", "problems", "head": {"seq", "hash"}, "heads": {office: head}}:
`head` is this office's chain head, the anchor to write down or send elsewhere;
`--anchor SEQ:HASH` (repeatable; `OFFICE:SEQ:HASH` for another office's chain) fails
when the chain no longer passes through that point."""

from __future__ import annotations

import json

from desk_app.models.core import audit, trail
from desk_app.models.core import db as dbmod
from desk_app.models.core.office import home_office
from desk_app.models.core.schema import SCHEMA_VERSION, current_version


def add_parser(subparsers):
    parser = subparsers.add_parser(
        "check", help="periksa keutuhan basis data, jejak audit dan isi data terhadap jejaknya")
    parser.add_argument("--json", action="store_true", help="hasil sebagai JSON")
    parser.add_argument("--anchor", action="append", default=[], metavar="SEQ:HASH",
                        help="kepala rantai audit yang dicatat sebelumnya (boleh diulang)")
    return parser


def find_faults(anchors: list[tuple[str | None, int, str]] = ()) -> list[str]:
    faults = []
    version = current_version()
    if version != SCHEMA_VERSION:
        faults.append(f"Versi skema {version}, seharusnya {SCHEMA_VERSION}.")
    if dbmod.is_sqlite():
        faults += dbmod.sqlite_integrity_faults(dbmod.database.obj)
    faults += audit.verify_chain()
    faults += trail.row_problems()
    home = home_office()
    for office, seq, digest in anchors:
        code = office or (home.code if home else "")
        faults += audit.verify_anchor(code, seq, digest)
    return faults


def heads() -> dict[str, dict]:
    return {code: audit.chain_head(code) for code in audit.chain_offices()}


def run(args) -> int:
    from desk_app.commands import open_db

    anchors = []
    for text in args.anchor:
        try:
            anchors.append(audit.parse_anchor(text))
        except ValueError:
            print(f"desk-app: jangkar '{text}' tidak sah; tulis NOMOR:HASH, misalnya "
                  "1234:9f2c4e0a1b2c3d4e (paling sedikit 16 digit heksadesimal).")
            return 2
    url, _ = open_db(args)
    faults = find_faults(anchors)
    home = home_office()
    if args.json:
        all_heads = heads()
        head = audit.chain_head(home.code) if home else {"seq": 0, "hash": audit.GENESIS_HASH}
        print(json.dumps({"ok": not faults, "problems": faults, "office": home.code if home else None,
                          "head": head, "heads": all_heads}, ensure_ascii=False, indent=2))
        return 1 if faults else 0
    for fault in faults:
        print(fault)
    if faults:
        print(f"desk-app: pemeriksaan menemukan {len(faults)} masalah.")
        return 1
    events = audit.AuditEvent.select().count()
    head = audit.chain_head(home.code) if home else None
    tail = f" Kepala rantai: #{head['seq']}:{head['hash'][:16]}." if head else ""
    print(f"Basis data baik: skema versi {SCHEMA_VERSION}, {events} peristiwa audit utuh, "
          f"setiap data cocok dengan jejak auditnya.{tail}")
    return 0
