"""`desk-app import-surveys FILE [--office KODE] [--serial file|auto] [--mapping NAMA]
[--date TANGGAL] [--service KODE] [--ignore-totals] [--dry-run]`: import SKM forms from an
.xlsx or .csv file."""

from __future__ import annotations

import sys

from desk_app.commands import open_db


def add_parser(subparsers):
    parser = subparsers.add_parser(
        "import-surveys",
        help="impor formulir survei kepuasan (SKM) dari berkas Excel .xlsx atau CSV")
    parser.add_argument("file", metavar="BERKAS")
    parser.add_argument("--office", metavar="KODE",
                        help="kode kantor (bawaan: satu-satunya kantor di basis data)")
    parser.add_argument("--serial", choices=("file", "auto"), default="file",
                        help="file: kolom No adalah nomor formulir cetak (bawaan); auto: No "
                             "hanya nomor baris rekap, beri nomor formulir baru")
    parser.add_argument("--mapping", metavar="NAMA",
                        help="pemetaan kolom yang tersimpan (dibuat di jendela impor)")
    parser.add_argument("--date", metavar="TANGGAL",
                        help="tanggal survei semua baris, untuk berkas tanpa kolom Tanggal "
                             "(mis. hari terakhir bulan rekap: 2025-01-31)")
    parser.add_argument("--service", metavar="KODE",
                        help="layanan semua baris, untuk berkas tanpa kolom Layanan")
    parser.add_argument("--ignore-totals", action="store_true",
                        help="impor walau baris jumlah/NRR berkas tidak cocok dengan barisnya")
    parser.add_argument("--dry-run", action="store_true",
                        help="hanya tampilkan pratinjau, tidak menyimpan apa pun")
    return parser


def the_office(code: str | None) -> str:
    from desk_app.models.core.errors import UserError
    from desk_app.models.core.office import Office

    if code:
        if Office.get_or_none(Office.code == code) is None:
            raise UserError(f"Kantor {code} tidak ada di basis data ini.")
        return code
    codes = [o.code for o in Office.select(Office.code).limit(2)]
    if len(codes) != 1:
        raise UserError("Basis data berisi lebih dari satu kantor (atau belum ada): "
                        "sebutkan --office KODE.")
    return codes[0]


def _ikm(value) -> str:
    return "—" if value is None else f"{value:.2f}".replace(".", ",")


def print_preview(plan) -> None:
    for group in plan.groups + ([plan.total] if plan.total else []):
        where = f"{group.service} {group.month}" if group.month else "semua"
        print(f"  {where}: {group.forms} formulir, IKM {_ikm(group.ikm)} {group.grade or ''}"
              .rstrip())
    if plan.known:
        print(f"  {plan.known} baris sudah pernah diimpor (dilewati)")
    if plan.footer:
        print(f"  {len(plan.footer)} baris jumlah/NRR di bawah rekap dilewati")


def run(args) -> int:
    from desk_app.models.core.errors import UserError
    from desk_app.models.skm.importer import TotalsDisagree, prepare_import, write_plan

    open_db(args)
    office = the_office(args.office)
    defaults = {"service": args.service}
    if args.date:
        from desk_app.models.skm.import_values import date

        defaults["date"] = date(args.date)
    plan = prepare_import(None, args.file, office, mapping=args.mapping, defaults=defaults)
    result = plan.result(args.serial)
    if result.errors:
        print(f"desk-app: {result.message}", file=sys.stderr)
        for error in result.errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    if plan.disagreements and not args.ignore_totals:
        raise TotalsDisagree(
            f"Jumlah/NRR pada berkas {plan.file} tidak cocok dengan baris formulirnya: "
            + "; ".join(plan.disagreements)
            + ". Periksa berkasnya, atau impor tetap dengan --ignore-totals.")
    if args.dry_run:
        if result.already_imported:
            print(result.message)
            return 0
        if not plan.rows:
            raise UserError(f"Berkas {plan.file} tidak berisi baris formulir di bawah baris judul.")
        print(f"Pratinjau {plan.file} (tidak ada yang disimpan):")
        print_preview(plan)
        return 0
    result = write_plan(None, plan, office, args.serial)
    print(result.message)
    return 0
