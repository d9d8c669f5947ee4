"""`desk-app trust-office FILE [--yes]`: register another office's card after its
fingerprint was confirmed (read aloud by phone, compared with what is shown here)."""

from __future__ import annotations

import sys
from pathlib import Path


def add_parser(subparsers):
    parser = subparsers.add_parser(
        "trust-office", help="daftarkan kartu kantor lain setelah sidik jarinya dicocokkan")
    parser.add_argument("file", type=Path, metavar="BERKAS", help="berkas kartu kantor (.json)")
    parser.add_argument("--yes", action="store_true",
                        help="jangan bertanya lagi (sidik jari sudah dicocokkan)")
    return parser


def run(args) -> int:
    from desk_app.commands import open_db
    from desk_app.models.core.errors import UserError
    from desk_app.models.offices.trust import read_card, trust_card, trusted

    open_db(args)
    card = read_card(args.file)
    print(f"Kartu kantor {card.office} — {card.name}")
    print(f"Sidik jari: {card.short}")
    old = trusted(card.office)
    if old is not None and old.fingerprint != card.fingerprint:
        print(f"Perhatian: kantor {card.office} sudah terdaftar dengan kunci lain; kunci lama akan dicabut.")
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError("Cocokkan sidik jari dengan kantor pengirim, lalu ulangi dengan --yes.")
        answer = input("Sidik jari sama dengan yang dibacakan kantor tersebut? [y/T] ").strip().lower()
        if answer not in ("y", "ya"):
            print("Dibatalkan: kartu tidak didaftarkan.")
            return 1
    _row, what = trust_card(card)
    print({"baru": f"Kantor {card.office} terdaftar.",
           "ganti": f"Kunci kantor {card.office} diganti; kunci lama dicabut.",
           "sama": f"Kantor {card.office} sudah terdaftar dengan kunci ini; tidak ada yang diubah."}[what])
    return 0
