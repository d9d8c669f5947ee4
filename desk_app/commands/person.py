"""`desk-app person --nik NIK --export FILE.pdf|FILE.json [--user USERNAME] [--office KODE]`:
what the office holds on one person (UU 27/2022), for the person who asked.

Like the other commands it runs as the machine's operator; `--user` names the officer
on whose behalf it runs: the account must be active and its role allowed
(`privacy.person`: admin or head of section), and the audit event carries its name.
Without `--user` the event names the operator ("sistem", via "cli")."""

from __future__ import annotations

from pathlib import Path


def add_parser(subparsers):
    parser = subparsers.add_parser(
        "person", help="ekspor data pribadi yang disimpan tentang satu orang (menurut NIK)",
        description="Semua permohonan, tanda terima, catatan, pengaduan bernama dan koreksi "
                    "yang disimpan kantor tentang satu NIK, sebagai PDF atau JSON. Ekspor "
                    "dicatat di jejak audit.")
    parser.add_argument("--nik", required=True, metavar="NIK", help="NIK 16 digit")
    parser.add_argument("--export", required=True, type=Path, metavar="BERKAS",
                        help="berkas keluaran .pdf atau .json")
    parser.add_argument("--user", metavar="NAMA_PENGGUNA",
                        help="petugas yang meminta ekspor (administrator atau kepala seksi)")
    parser.add_argument("--office", metavar="KODE", help="kode kantor (bawaan: kantor basis data ini)")
    return parser


def acting_user(username: str | None):
    from desk_app.models.core.accounts import User
    from desk_app.models.core.errors import PermissionDenied, UserError
    from desk_app.models.core.permissions import ROLE_LABELS, can

    if not username:
        return None
    user = User.get_or_none(User.username == username.strip())
    if user is None:
        raise UserError(f"Pengguna '{username}' tidak ada di basis data ini.")
    if not user.active:
        raise PermissionDenied(f"Akun '{username}' nonaktif.")
    if not can(user, "privacy.person"):
        raise PermissionDenied(
            f"Pengguna '{username}' ({ROLE_LABELS.get(user.role, user.role)}) tidak berwenang "
            "mengekspor data pribadi; hanya administrator atau kepala seksi.")
    return user


def run(args) -> int:
    from desk_app.commands import open_db
    from desk_app.models.core.errors import ValidationError
    from desk_app.models.core.nik import mask_nik, validate_nik
    from desk_app.reports.person_export import export_person, format_of

    nik = validate_nik(args.nik)  # before the database is opened
    format_of(args.export)
    if args.export.is_dir():
        raise ValidationError(f"'{args.export}' adalah folder; sebutkan nama berkas.")
    if not args.export.parent.exists():
        raise ValidationError(f"Folder '{args.export.parent}' tidak ada.")
    open_db(args)
    user = acting_user(args.user)
    printed_by = user.full_name if user is not None else ""
    person = export_person(user, nik, args.export, office=args.office, printed_by=printed_by,
                           via="cli")
    counts = person.counts()
    print(f"Data pribadi NIK {mask_nik(nik)} disimpan: {args.export}")
    print(f"{counts['requests']} permohonan, {counts['complaints']} pengaduan bernama, "
          f"{counts['receipts']} tanda terima, {counts['notes'] + counts['step_notes']} catatan, "
          f"{counts['corrections']} koreksi. Ekspor dicatat di jejak audit.")
    return 0
