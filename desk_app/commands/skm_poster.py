"""`desk-app skm-poster --period P --pdf F [--size A4|A3]`: one page for the counter wall."""

from __future__ import annotations

from desk_app.models.core.periods import parse_period


def add_parser(subparsers):
    parser = subparsers.add_parser("skm-poster", help="poster hasil SKM (satu halaman) untuk loket")
    parser.add_argument("--period", required=True, metavar="PERIODE", help="periode SKM")
    parser.add_argument("--pdf", required=True, metavar="BERKAS", help="simpan poster PDF ke berkas ini")
    parser.add_argument("--size", choices=("A4", "A3"), default="A4", help="ukuran kertas (bawaan A4)")
    parser.add_argument("--office", metavar="KODE", help="kode kantor (bawaan: kantor basis data ini)")
    return parser


def run(args) -> int:
    from desk_app.commands import open_db
    from desk_app.commands.report import _target
    from desk_app.reports.output import save_atomically

    period = parse_period(args.period)
    target = _target(args.pdf, ".pdf")
    open_db(args)
    from desk_app.reports.skm_poster import render_skm_poster
    from desk_app.reports.skm_report_data import gather_skm_report

    data = gather_skm_report(period, args.office)
    save_atomically(target, lambda path: render_skm_poster(data, path, args.size))
    print(f"Poster disimpan: {target}")
    return 0
