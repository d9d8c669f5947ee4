"""`desk-app import-surveys FILE.xlsx [--office KODE]`: import paper SKM forms from Excel."""

from __future__ import annotations

import sys

from desk_app.commands import open_db


def add_parser(subparsers):
    parser = subparsers.add_parser(
        "import-surveys", help="impor formulir survei kepuasan (SKM) dari berkas Excel .xlsx")
    parser.add_argument("file", metavar="BERKAS.xlsx")
    parser.add_argument("--office", metavar="KODE",
                        help="kode kantor (bawaan: satu-satunya kantor di basis data)")
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


def run(args) -> int:
    from desk_app.models.skm.importer import import_surveys

    open_db(args)
    result = import_surveys(None, args.file, the_office(args.office))
    if result.errors:
        print(f"desk-app: {result.message}", file=sys.stderr)
        for error in result.errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    print(result.message)
    return 0
