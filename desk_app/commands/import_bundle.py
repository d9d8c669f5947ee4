"""`desk-app import-bundle FILE [--dry-run]`: show what the bundle holds, then merge it."""

from __future__ import annotations

from pathlib import Path


def add_parser(subparsers):
    parser = subparsers.add_parser("import-bundle", help="gabungkan bundel kiriman kantor lain")
    parser.add_argument("file", type=Path, metavar="BERKAS", help="berkas bundel (.zip)")
    parser.add_argument("--dry-run", action="store_true", help="hanya tampilkan isi, tanpa mengimpor")
    return parser


def describe(preview) -> list[str]:
    from desk_app.models.core.dates import format_datetime

    m = preview.manifest
    start = format_datetime(m.period_from) if m.period_from else "awal"
    lines = [
        f"Bundel kantor {m.office} — {m.office_name}",
        f"Periode: {start} s.d. {format_datetime(m.period_to)} (skema {m.schema_version}, "
        f"Loket Prima {m.app_version})",
        f"  {'tabel':<20} {'baru':>7} {'diubah':>7} {'sama':>7}",
    ]
    for table, c in preview.tables.items():
        if c.new or c.updated or c.unchanged:
            lines.append(f"  {table:<20} {c.new:>7} {c.updated:>7} {c.unchanged:>7}")
    for conflict in preview.conflicts:
        lines.append(f"Konflik {conflict.table} {conflict.record_id}: dipakai versi "
                     f"{conflict.winner} ({conflict.note}).")
    return lines


def run(args) -> int:
    from desk_app.commands import open_db
    from desk_app.models.offices.merge import import_bundle, preview_bundle

    open_db(args)
    preview = preview_bundle(args.file)
    print("\n".join(describe(preview)))
    if args.dry_run:
        print("Uji coba: tidak ada yang diimpor." if preview.changed or preview.conflicts
              else "Tidak ada perubahan: bundel ini sudah pernah diimpor.")
        return 0
    result = import_bundle(args.file)
    print(result.message)
    return 0
