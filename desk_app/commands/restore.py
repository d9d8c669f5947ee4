"""`desk-app restore FILE [--yes] [--key-file F [--passphrase-env V] | --recovery-code [CODE] | --without-key]`.

When the backup holds sealed identities of protected complainants whose private key is
not on this PC (a new PC, a reinstalled disk), the restore asks for the office key backup
and refuses to go on without it unless `--without-key` says so explicitly (those
identities then stay unreadable until the key is imported with `desk-app office-key`).
A SQLite backup is checked before anything is replaced; a PostgreSQL dump can only be
read after it was restored, so there the key is asked for afterwards.
"""

from __future__ import annotations

from pathlib import Path

from desk_app import config
from desk_app.commands import confirm
from desk_app.models.core.backup import restore_database, verify_backup
from desk_app.models.core.errors import UserError
from desk_app.models.core.schema import open_database

WITHOUT_KEY_NOTE = ("Dipulihkan tanpa kunci kantor: identitas pelapor rahasia tetap terkunci sampai "
                    "kunci dipasang dengan 'desk-app office-key --import' atau '--recovery-code-input'.")


def add_parser(subparsers):
    parser = subparsers.add_parser("restore", help="pulihkan basis data dari berkas cadangan")
    parser.add_argument("file", metavar="BERKAS", type=Path)
    parser.add_argument("--yes", action="store_true", help="jangan tanya konfirmasi")
    key = parser.add_mutually_exclusive_group()
    key.add_argument("--key-file", metavar="BERKAS", type=Path,
                     help="berkas cadangan kunci kantor (bila kunci tidak ada di PC ini)")
    key.add_argument("--recovery-code", metavar="KODE", nargs="?", const="",
                     help="kode pemulihan kunci kantor (tanpa nilai: diketik)")
    key.add_argument("--without-key", action="store_true",
                     help="pulihkan walau kunci kantor tidak ada (identitas rahasia tetap terkunci)")
    parser.add_argument("--passphrase-env", metavar="VARIABEL",
                        help="kata sandi berkas kunci dari variabel lingkungan ini")
    return parser


def _offered_keys(args):
    from desk_app.commands.office_key import passphrase, read_code
    from desk_app.models.core import keybackup

    if args.key_file:
        return keybackup.read_key_file(args.key_file, passphrase(args.passphrase_env, twice=False))
    if args.recovery_code is not None:
        return keybackup.parse_recovery_code(read_code(args.recovery_code))
    return None


def _settle(needs, args, restored: bool):
    """Install the keys offered for `needs`; refuse (before restoring) when some stay
    missing and --without-key was not given. Returns the keys installed (or None)."""
    from desk_app.models.core import keybackup

    if not needs.missing:
        return None
    found = _offered_keys(args)
    if found is not None:
        keybackup.install_keys(found, needs.office, needs.known, record=False)
    if needs.missing and not args.without_key:
        if found is not None:
            raise UserError(needs.describe() + " Kunci yang diberikan tidak membukanya; gunakan "
                            "cadangan kunci yang lebih baru.")
        ask = ("Pasang kuncinya sekarang: desk-app office-key --import BERKAS (atau "
               "--recovery-code-input)." if restored else
               "Sertakan cadangan kunci kantor: --key-file BERKAS atau --recovery-code, atau "
               "--without-key untuk memulihkan tanpa kunci (identitas itu tidak dapat dibuka).")
        raise UserError(needs.describe() + " " + ask)
    return found


def run(args) -> int:
    from desk_app.models.core import keybackup
    from desk_app.models.core.restore_keys import needs_of_backup, needs_of_open_database

    url = args.db or config.default_database_url()
    verify_backup(args.file)
    found = None
    if args.file.suffix == ".db":
        needs = needs_of_backup(args.file)
        found = _settle(needs, args, restored=False)
        if needs.missing:
            print(needs.describe())
    if not args.yes and not confirm(
        f"Basis data {url} akan diganti dengan isi {args.file.name}. Lanjutkan?"
    ):
        raise UserError("Pemulihan dibatalkan (tambahkan --yes untuk melewati konfirmasi).")
    kept = restore_database(url, args.file)
    open_database(url)  # upgrades an older backup's schema, refuses a newer one
    if kept:
        print(f"Basis data lama disimpan sebagai {kept}")
    print(f"Basis data dipulihkan dari {args.file}")
    if args.file.suffix != ".db":
        found = _settle(needs_of_open_database(), args, restored=True)
    needs = needs_of_open_database()
    if found is not None:
        installed = [p for p in found.pairs if p.fingerprint in needs.known]
        if installed:
            keybackup._audit(None, "import_office_key", keybackup.OfficeKeys(found.office, installed))
            print(f"Kunci kantor {found.office} terpasang di PC ini.")
    if needs.missing:
        print(WITHOUT_KEY_NOTE)
    return 0
