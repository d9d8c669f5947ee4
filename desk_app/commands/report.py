"""`desk-app report --period P --pdf FILE --xlsx FILE [--office CODE]`: the period report
for the heads of section, as PDF and/or Excel."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from desk_app.models.core.errors import ValidationError
from desk_app.models.core.periods import parse_period


def add_parser(subparsers):
    parser = subparsers.add_parser(
        "report", help="susun laporan pelayanan publik suatu periode (PDF dan/atau Excel)",
        description="Laporan pelayanan publik bulanan, triwulanan, semesteran atau tahunan.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Periode: 2026-10 (bulan), 2026-Q3 (triwulan), 2026-S2 (semester), 2026 (tahun).")
    parser.add_argument("--period", required=True, metavar="PERIODE", help="periode laporan")
    parser.add_argument("--pdf", metavar="BERKAS", help="simpan laporan PDF ke berkas ini")
    parser.add_argument("--xlsx", metavar="BERKAS", help="simpan laporan Excel ke berkas ini")
    parser.add_argument("--office", metavar="KODE",
                        help="kode kantor (bawaan: kantor basis data ini; 'semua' untuk "
                             "seluruh kantor dalam basis data gabungan)")
    return parser


def _target(path: str | None, suffix: str) -> Path | None:
    if not path:
        return None
    target = Path(path)
    if target.is_dir():
        raise ValidationError(f"'{path}' adalah folder; sebutkan nama berkas {suffix}.")
    if not target.parent.exists():
        raise ValidationError(f"Folder '{target.parent}' tidak ada.")
    return target



def run(args) -> int:
    from desk_app.commands import open_db

    period = parse_period(args.period)
    if not args.pdf and not args.xlsx:
        raise ValidationError("Sebutkan paling sedikit satu berkas keluaran: --pdf BERKAS "
                              "dan/atau --xlsx BERKAS.")
    pdf, xlsx = _target(args.pdf, ".pdf"), _target(args.xlsx, ".xlsx")
    open_db(args)
    from desk_app.models.core.office import home_office
    from desk_app.reports.output import save_atomically
    from desk_app.reports.pdf_report import render_pdf
    from desk_app.reports.period_report import gather_report
    from desk_app.reports.xlsx_report import render_xlsx

    office = args.office
    if office is None:
        home = home_office()
        office = home.code if home else None
    elif office.strip().lower() in ("semua", "all", "*"):
        office = None
    started = time.perf_counter()
    data = gather_report(period, office)
    if pdf:
        save_atomically(pdf, lambda path: render_pdf(data, path))
        print(f"PDF disimpan: {pdf}")
    if xlsx:
        save_atomically(xlsx, lambda path: render_xlsx(data, path))
        print(f"Excel disimpan: {xlsx}")
    note = " (tidak ada data pada periode ini)" if data.empty else ""
    print(f"{data.cover.heading} — {data.cover.office_name}{note}; "
          f"{time.perf_counter() - started:.2f} detik.")
    return 0
