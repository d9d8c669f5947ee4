"""`desk-app skm --period P [--service CODE] [--json]`: the satisfaction index (IKM)."""

from __future__ import annotations

import json

from desk_app.commands import open_db


def add_parser(subparsers):
    parser = subparsers.add_parser("skm", help="indeks kepuasan masyarakat (IKM) suatu periode")
    parser.add_argument("--period", required=True, metavar="P",
                        help="2026-10 (bulan), 2026-Q3 (triwulan), 2026-S2 (semester), 2026 (tahun)")
    parser.add_argument("--service", metavar="KODE", help="hanya satu layanan (kode layanan)")
    parser.add_argument("--office", metavar="KODE", help="kode kantor (bawaan: semua)")
    parser.add_argument("--json", action="store_true", help="keluaran JSON")
    return parser


def find_service(code: str, office: str | None = None):
    from desk_app.models.catalogue.tables import Service
    from desk_app.models.core.errors import NotFound

    query = Service.select().where(Service.code == code.strip())
    if office:
        query = query.where(Service.office == office)
    service = query.first()
    if service is None:
        raise NotFound(f"Layanan dengan kode '{code}' tidak ditemukan.")
    return service


def run(args) -> int:
    from desk_app.models.core.periods import parse_period
    from desk_app.models.skm import index as skm

    open_db(args)
    period = parse_period(args.period)
    service = find_service(args.service, args.office) if args.service else None
    from desk_app.models.skm.response import response_rates

    service_id = service.id if service else None
    result = skm.compute_index(period, service_id, args.office)
    rate, _ = response_rates(period, args.office, service_id)
    if args.json:
        print(json.dumps(as_json(result, rate), ensure_ascii=False, indent=2))
    else:
        print(format_text(result, period.label, service.name if service else None, rate))
    return 0


def as_json(result, rate) -> dict:
    """The index plus who answered: `population` is the requests finished in the period,
    `response_rate` the counted forms over them in percent (None when none finished),
    `by_source` the forms by where they came from; `sample_population` is the previous
    period's requests, on which the Krejcie–Morgan minimum is taken."""
    data = result.as_json()
    data.update(population=rate.population,
                response_rate=None if rate.rate is None else float(rate.rate),
                by_source=dict(rate.by_source), sample_population=result.population)
    return data


def _num(value, places: int) -> str:
    if value is None:
        return "—"
    return f"{value:.{places}f}".replace(".", ",")


def format_text(result, period_label: str, service_name: str | None, rate=None) -> str:
    lines = [f"Indeks Kepuasan Masyarakat — {period_label}",
             f"Layanan      : {service_name or 'semua layanan'}",
             f"Responden    : {result.respondents}", ""]
    lines.append(f"{'Kode':<5}{'Unsur':<42}{'Jawaban':>8}{'NRR':>9}{'Nilai':>8}  Mutu")
    for e in result.elements:
        lines.append(f"{e.code:<5}{e.name[:41]:<42}{e.answers:>8}{_num(e.nrr, 4):>9}"
                     f"{_num(e.score, 2):>8}  {e.grade or '—'}")
    lines.append("")
    if result.ikm is None:
        reason = ("belum ada responden" if not result.respondents else
                  "unsur tanpa jawaban: " + ", ".join(result.missing_elements))
        lines.append(f"IKM tidak dapat dihitung ({reason}).")
    else:
        lines.append(f"IKM (25–100) : {_num(result.ikm, 2)}")
        lines.append(f"IKM (1–4)    : {_num(result.ikm_unit, 4)}")
        lines.append(f"Mutu         : {result.grade} — kinerja {result.performance}")
    met = "tercukupi" if result.sample_met else "BELUM tercukupi"
    lines.append(f"Sampel       : {result.respondents} dari minimal {result.sample_minimum} "
                 f"(populasi periode sebelumnya {result.population}) — {met}")
    if rate is not None:
        shown = "—" if rate.rate is None else f"{_num(rate.rate, 2)} %"
        lines.append(f"Tingkat respons: {shown} ({rate.forms} formulir dari {rate.population} "
                     f"permohonan selesai; kertas {rate.by_source['paper']}, kiosk "
                     f"{rate.by_source['kiosk']}, impor {rate.by_source['import']})")
    return "\n".join(lines)
