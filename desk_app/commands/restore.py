"""`desk-app restore FILE [--yes]`."""

from __future__ import annotations

from pathlib import Path

from desk_app import config
from desk_app.commands import confirm
from desk_app.models.core.backup import restore_database, verify_backup
from desk_app.models.core.errors import UserError
from desk_app.models.core.schema import open_database


def add_parser(subparsers):
    parser = subparsers.add_parser("restore", help="pulihkan basis data dari berkas cadangan")
    parser.add_argument("file", metavar="BERKAS", type=Path)
    parser.add_argument("--yes", action="store_true", help="jangan tanya konfirmasi")
    return parser


def run(args) -> int:
    url = args.db or config.default_database_url()
    verify_backup(args.file)
    if not args.yes and not confirm(
        f"Basis data {url} akan diganti dengan isi {args.file.name}. Lanjutkan?"
    ):
        raise UserError("Pemulihan dibatalkan (tambahkan --yes untuk melewati konfirmasi).")
    kept = restore_database(url, args.file)
    open_database(url)  # upgrades an older backup's schema, refuses a newer one
    if kept:
        print(f"Basis data lama disimpan sebagai {kept}")
    print(f"Basis data dipulihkan dari {args.file}")
    return 0
