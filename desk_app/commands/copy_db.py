"""`desk-app copy-db --from URL --to URL [--force]`: move an office between SQLite and
PostgreSQL, keeping every record, number and the audit chain."""

from __future__ import annotations

import sys


def add_parser(subparsers):
    parser = subparsers.add_parser(
        "copy-db", help="salin seluruh basis data (mis. dari SQLite ke server PostgreSQL)")
    parser.add_argument("--from", dest="source", required=True, metavar="URL", help="basis data sumber")
    parser.add_argument("--to", dest="target", required=True, metavar="URL", help="basis data tujuan")
    parser.add_argument("--force", action="store_true",
                        help="kosongkan basis data tujuan yang sudah berisi data, lalu salin")
    return parser


def run(args) -> int:
    from desk_app.models.offices.copydb import copy_database

    def progress(done: int, total: int, text: str) -> None:
        print(f"\r[{done}/{total}] {text:<40}", end="", file=sys.stderr, flush=True)

    result = copy_database(args.source, args.target, force=args.force, progress=progress)
    print(file=sys.stderr)
    print(f"Tersalin {result.total} baris dari {len(result.counts)} tabel ke {args.target}.")
    if result.chain_faults:
        for fault in result.chain_faults:
            print(fault)
        print("desk-app: jejak audit pada tujuan tidak utuh (sudah begitu pada sumber).")
        return 1
    print("Jejak audit pada tujuan utuh.")
    return 0
