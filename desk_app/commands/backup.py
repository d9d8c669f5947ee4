"""`desk-app backup [--to DIR]`."""

from __future__ import annotations

from pathlib import Path

from desk_app.models.core.backup import backup_database


def add_parser(subparsers):
    parser = subparsers.add_parser("backup", help="cadangkan basis data")
    parser.add_argument("--to", metavar="FOLDER", type=Path, help="folder tujuan (bawaan: folder cadangan)")
    return parser


def run(args) -> int:
    from desk_app.commands import open_db

    url, database = open_db(args)
    database.close()
    path = backup_database(url, args.to)
    print(f"Cadangan tersimpan: {path}")
    return 0
