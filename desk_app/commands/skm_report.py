"""`desk-app skm-report --period P --pdf F [--docx F] [--office CODE]`: the SKM report
the regulation asks the office to publish (BAB I–V, follow-up plan, annexes)."""

from __future__ import annotations

from desk_app.models.core.errors import ValidationError
from desk_app.models.core.periods import parse_period


def add_parser(subparsers):
    parser = subparsers.add_parser(
        "skm-report", help="laporan SKM (BAB I–V) suatu periode, PDF dan/atau Word")
    parser.add_argument("--period", required=True, metavar="PERIODE",
                        help="2026-10 (bulan), 2026-Q3 (triwulan), 2026-S2 (semester), 2026 (tahun)")
    parser.add_argument("--pdf", metavar="BERKAS", help="simpan laporan PDF ke berkas ini")
    parser.add_argument("--docx", metavar="BERKAS", help="simpan laporan Word (.docx) ke berkas ini")
    parser.add_argument("--office", metavar="KODE", help="kode kantor (bawaan: kantor basis data ini)")
    return parser


def run(args) -> int:
    from desk_app.commands import open_db
    from desk_app.commands.report import _target
    from desk_app.reports.output import save_atomically

    period = parse_period(args.period)
    if not args.pdf and not args.docx:
        raise ValidationError("Sebutkan paling sedikit satu berkas keluaran: --pdf BERKAS "
                              "dan/atau --docx BERKAS.")
    pdf, docx = _target(args.pdf, ".pdf"), _target(args.docx, ".docx")
    open_db(args)
    from desk_app.reports.skm_report_data import gather_skm_report

    data = gather_skm_report(period, args.office)
    if pdf:
        from desk_app.reports.skm_report_pdf import render_skm_report_pdf

        save_atomically(pdf, lambda path: render_skm_report_pdf(data, path))
        print(f"PDF disimpan: {pdf}")
    if docx:
        from desk_app.reports.skm_report_docx import render_skm_report_docx

        save_atomically(docx, lambda path: render_skm_report_docx(data, path))
        print(f"Word disimpan: {docx}")
    ikm = "belum dapat dihitung" if data.ikm is None else f"IKM {data.ikm}".replace(".", ",")
    print(f"{data.title} — {data.office_name}: {data.respondents} responden, {ikm}.")
    return 0
