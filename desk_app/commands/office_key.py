"""`desk-app office-key --export FILE | --recovery-code | --import FILE | --recovery-code-input`:
back up the office's private keys (a passphrase-protected file, or a code to print and
keep in a safe) and put them back on a new PC (models/core/keybackup.py)."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from desk_app.models.core.errors import UserError


def add_parser(subparsers):
    parser = subparsers.add_parser("office-key", help="cadangkan atau pulihkan kunci kantor")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--export", metavar="BERKAS", type=Path,
                      help="simpan kunci kantor ke berkas berkata sandi")
    what.add_argument("--recovery-code", action="store_true",
                      help="tampilkan kode pemulihan untuk dicetak dan disimpan di brankas")
    what.add_argument("--import", dest="import_file", metavar="BERKAS", type=Path,
                      help="pasang kunci kantor dari berkas cadangan kunci")
    what.add_argument("--recovery-code-input", action="store_true",
                      help="pasang kunci kantor dari kode pemulihan yang diketik")
    parser.add_argument("--passphrase-env", metavar="VARIABEL",
                        help="ambil kata sandi berkas kunci dari variabel lingkungan ini (untuk skrip)")
    return parser


def passphrase(env_name: str | None, twice: bool) -> str:
    """From the environment variable named, or typed (twice when making a file)."""
    from desk_app.models.core.keybackup import check_passphrase

    if env_name:
        value = os.environ.get(env_name)
        if not value:
            raise UserError(f"Variabel lingkungan {env_name} kosong atau tidak ada.")
        return check_passphrase(value) if twice else value
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError("Kata sandi berkas kunci diketik di terminal, atau diberikan dengan "
                        "--passphrase-env VARIABEL.")
    first = getpass.getpass("Kata sandi berkas kunci: ")
    if not twice:
        return first
    return check_passphrase(first, getpass.getpass("Ulangi kata sandi: "))


def read_code(given: str | None = None) -> str:
    """A recovery code given on the command line, typed line by line (an empty line
    ends it), or piped on standard input."""
    if given:
        return given
    if sys.stdin and sys.stdin.isatty():
        print("Ketik kode pemulihan baris demi baris; akhiri dengan baris kosong:")
        lines = []
        while True:
            line = input()
            if not line.strip():
                break
            lines.append(line)
        return "\n".join(lines)
    return sys.stdin.read() if sys.stdin else ""


def run(args) -> int:
    from desk_app.commands import open_db
    from desk_app.models.core import keybackup, keys

    open_db(args)
    if args.export:
        found = keybackup.export_key_file(None, args.export, passphrase(args.passphrase_env, twice=True))
        print(f"Kunci kantor {found.office} ({len(found.pairs)} kunci) tersimpan di {args.export}.")
        print("Simpan berkas ini di media terpisah (bukan di samping cadangan basis data) dan "
              "catat kata sandinya di tempat yang aman.")
        return 0
    if args.recovery_code:
        code = keybackup.recovery_code(None)
        print("Kode pemulihan kunci kantor. Cetak atau salin, simpan di brankas, jangan difoto:")
        print()
        print(code)
        return 0
    if args.import_file:
        found = keybackup.read_key_file(args.import_file, passphrase(args.passphrase_env, twice=False))
    else:
        found = keybackup.parse_recovery_code(read_code())
    installed = keybackup.import_keys(None, found)
    shorts = ", ".join(keys.short_fingerprint(fp) for fp in installed)
    print(f"Kunci kantor {found.office} terpasang di PC ini ({shorts}).")
    return 0
