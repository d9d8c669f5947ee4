"""`desk-app export-bundle --to FILE [--for CODE] [--since DATE | --full]`: encrypted for
the receiving office (default the parent office) and signed with this office's key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desk_app.models.core.errors import UserError


def parse_day(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise UserError(f"Tanggal '{text}' tidak dikenali. Tulis sebagai 2026-10-01 atau 01-10-2026.")


def add_parser(subparsers):
    parser = subparsers.add_parser(
        "export-bundle", help="kirim data kantor ke provinsi dalam satu berkas bundel")
    parser.add_argument("--to", required=True, type=Path, metavar="BERKAS", help="berkas bundel (.zip)")
    parser.add_argument("--since", metavar="TANGGAL",
                        help="data yang berubah sejak tanggal ini (bawaan: sejak kiriman terakhir)")
    parser.add_argument("--full", action="store_true", help="semua data kantor, bukan hanya yang berubah")
    parser.add_argument("--for", dest="recipient", metavar="KODE",
                        help="kantor tujuan yang sudah didaftarkan (bawaan: kantor induk)")
    parser.add_argument("--office", metavar="KODE", help="kode kantor (bawaan: kantor basis data ini)")
    return parser


def run(args) -> int:
    from desk_app.commands import open_db
    from desk_app.models.core.dates import format_datetime
    from desk_app.models.offices.bundles import export_bundle

    open_db(args)
    since = parse_day(args.since) if args.since else None
    manifest = export_bundle(args.office, args.to, since=since, full=args.full,
                             recipient=args.recipient)
    start = format_datetime(manifest.period_from) if manifest.period_from else "awal"
    print(f"Bundel kantor {manifest.office} untuk kantor {manifest.recipient} tersimpan "
          f"(terenkripsi dan ditandatangani): {manifest.path}")
    print(f"Periode: {start} s.d. {format_datetime(manifest.period_to)}; {manifest.total} baris.")
    for table, count in manifest.counts.items():
        if count:
            print(f"  {table:<20} {count:>7}")
    return 0
