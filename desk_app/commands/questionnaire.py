"""`desk-app questionnaire --service CODE [--copies N] --out F.pdf`: blank SKM forms."""

from __future__ import annotations

from desk_app.commands import open_db


def add_parser(subparsers):
    parser = subparsers.add_parser("questionnaire",
                                   help="cetak kuesioner SKM kosong (PDF A4, bernomor per lembar)")
    parser.add_argument("--service", required=True, metavar="KODE", help="kode layanan")
    parser.add_argument("--copies", type=int, default=1, metavar="N",
                        help="jumlah lembar, masing-masing dengan nomor sendiri (bawaan 1)")
    parser.add_argument("--year", type=int, metavar="TAHUN",
                        help="tahun survei untuk nomor formulir (bawaan: tahun ini)")
    parser.add_argument("--out", required=True, metavar="BERKAS.pdf")
    parser.add_argument("--office", metavar="KODE", help="kode kantor")
    return parser


def run(args) -> int:
    import datetime as dt

    from desk_app.commands.import_surveys import the_office
    from desk_app.commands.skm import find_service
    from desk_app.models.core import settings
    from desk_app.models.core.files import check_target
    from desk_app.models.core.office import Office
    from desk_app.reports.questionnaire import print_questionnaires

    check_target(args.out, "berkas PDF")  # before the database is touched
    open_db(args)
    office = Office.get_by_id(the_office(args.office))
    service = find_service(args.service, office.code)
    year = args.year or dt.date.today().year
    order = settings.get(office.code, "survey_question_order")
    serials = print_questionnaires(None, office, service.name, args.copies, year, order, args.out)
    print(f"{len(serials)} lembar kuesioner (no. {serials[0]}–{serials[-1]}) ditulis ke {args.out}")
    return 0
