"""`desk-app office-card --to FILE`: this office's public card, for enrolment elsewhere."""

from __future__ import annotations

from pathlib import Path


def add_parser(subparsers):
    parser = subparsers.add_parser(
        "office-card", help="tulis kartu publik kantor ini (untuk didaftarkan di kantor lain)")
    parser.add_argument("--to", required=True, type=Path, metavar="BERKAS", help="berkas kartu (.json)")
    return parser


def run(args) -> int:
    from desk_app.commands import open_db
    from desk_app.models.offices.trust import write_card

    open_db(args)
    card = write_card(args.to)
    print(f"Kartu kantor {card.office} ({card.name}) tersimpan: {args.to}")
    print(f"Sidik jari: {card.short}")
    print("Bacakan sidik jari ini kepada petugas kantor penerima saat ia mendaftarkan kartu.")
    return 0
