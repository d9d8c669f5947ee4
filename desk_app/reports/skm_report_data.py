"""The SKM report (PermenPAN-RB 14/2017) gathered once, rendered by the PDF and the .docx
writers (reports/skm_report_pdf.py, reports/skm_report_docx.py) and, in part, the poster.

The analysis paragraphs are drafted here from the figures (strongest and weakest
elements, the trend, the sample) for the head of section to edit in the .docx.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desk_app.models.catalogue.tables import Service
from desk_app.models.core import settings
from desk_app.models.core.dates import format_date, format_datetime, local_today, to_local
from desk_app.models.core.errors import NotFound
from desk_app.models.core.office import Office, home_office
from desk_app.models.core.periods import Period
from desk_app.models.skm import followup
from desk_app.models.skm.index import (
    ELEMENTS,
    QUESTIONS,
    Profile,
    compute_index,
    respondent_profile,
    round_half_up,
)
from desk_app.models.skm.response import response_rates
from desk_app.reports.formats import number

TITLE = "Laporan Survei Kepuasan Masyarakat"
TREND_PERIODS = 4
LEGAL_BASIS = (
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
    "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 "
    "Tahun 2009 tentang Pelayanan Publik;",
    "Peraturan Menteri PAN-RB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei "
    "Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik;",
    "Keputusan Menteri Agama Nomor 109 Tahun 2017 tentang Standar Pelayanan pada "
    "Kementerian Agama.",
)


@dataclass(frozen=True)
class ElementRow:
    code: str
    name: str
    answers: int
    total: int
    nrr: object  # Decimal | None, 4 decimals
    weighted: object  # NRR × 1/9, 4 decimals (the calculation table's column)
    score: object  # Decimal | None, 2 decimals
    grade: str | None


@dataclass(frozen=True)
class ServiceRow:
    code: str
    name: str
    respondents: int
    ikm: object
    grade: str | None
    population: int
    rate: object  # percent or None


@dataclass(frozen=True)
class TrendRow:
    period: str
    label: str
    respondents: int
    ikm: object
    grade: str | None


@dataclass(frozen=True)
class PlanRow:
    no: int
    element: str
    programme: str
    quarters: str
    responsible: str
    progress: str
    note: str


@dataclass
class SkmReportData:
    letterhead: list[str]
    office_name: str
    unit: str
    period_code: str
    period_label: str
    period_text: str
    generated_text: str
    respondents: int
    population: int
    response_rate: object
    by_source: dict[str, int]
    sample_population: int
    sample_minimum: int
    sample_met: bool
    ikm: object
    ikm_unit: object
    grade: str | None
    performance: str | None
    elements: list[ElementRow]
    services: list[ServiceRow]
    profile: Profile
    trend: list[TrendRow]
    plan: list[PlanRow]
    previous_plan: list[PlanRow]
    previous_period_label: str
    questions: list[tuple[str, str, tuple[str, ...]]]
    legal_basis: tuple[str, ...]
    place: str
    date_text: str
    signer_position: str
    signer_name: str
    signer_nip: str
    drafts: dict[str, list[str]] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return f"{TITLE} {self.period_label}"


def _office(office: str | None) -> Office:
    row = Office.get_or_none(Office.code == office) if office else home_office()
    if row is None:
        raise NotFound("Kantor tidak ditemukan di basis data ini.")
    return row


def _plan_rows(items) -> list[PlanRow]:
    return [PlanRow(no, followup.element_label(i.element), i.programme,
                    ", ".join(f"Triwulan {q}" for q in i.quarters or []), i.responsible,
                    followup.PROGRESS_LABELS.get(i.progress, i.progress), i.progress_note)
            for no, i in enumerate(items, start=1)]


def _trend(period: Period, office: str) -> list[TrendRow]:
    periods = [period]
    while len(periods) < TREND_PERIODS:
        periods.insert(0, periods[0].previous())
    rows = []
    for p in periods:
        result = compute_index(p, office=office)
        rows.append(TrendRow(p.code, p.label, result.respondents, result.ikm, result.grade))
    return rows


def gather_skm_report(period: Period, office: str | None = None,
                      now: dt.datetime | None = None) -> SkmReportData:
    home = _office(office)
    code = home.code
    result = compute_index(period, office=code)
    total, per_service = response_rates(period, code)
    rates = {row.service: row for row in per_service}
    services = []
    for svc in Service.select().where(Service.office == code).order_by(Service.sort_order,
                                                                       Service.code):
        r = compute_index(period, svc.id, code)
        rate = rates.get(svc.code)
        if r.respondents or rate:
            services.append(ServiceRow(svc.code, svc.name, r.respondents, r.ikm, r.grade,
                                       rate.population if rate else 0,
                                       rate.rate if rate else None))
    elements = [ElementRow(e.code, e.name, e.answers, e.total, e.nrr,
                           None if e.exact_nrr is None else round_half_up(e.exact_nrr / 9, 4),
                           e.score, e.grade)
                for e in result.elements]
    options = settings.get_all(code)
    today = (local_today(home.time_zone) if now is None
             else to_local(now, home.time_zone).date())
    data = SkmReportData(
        letterhead=[str(line) for line in (home.letterhead or [])] or [home.name.upper()],
        office_name=home.name, unit=home.unit, period_code=period.code,
        period_label=period.label,
        period_text=f"{format_date(period.start)} s.d. {format_date(period.end)}",
        generated_text=format_datetime(now or dt.datetime.now(dt.UTC).replace(tzinfo=None),
                                       home.time_zone),
        respondents=result.respondents, population=total.population,
        response_rate=total.rate, by_source=dict(total.by_source),
        sample_population=result.population, sample_minimum=result.sample_minimum,
        sample_met=result.sample_met, ikm=result.ikm, ikm_unit=result.ikm_unit,
        grade=result.grade, performance=result.performance, elements=elements,
        services=services, profile=respondent_profile(period, office=code),
        trend=_trend(period, code), plan=_plan_rows(followup.plan_for(period.code, code)),
        previous_plan=_plan_rows(followup.plan_for(period.previous().code, code)),
        previous_period_label=period.previous().label,
        questions=[(c, QUESTIONS[c], answers) for c, _n, answers in ELEMENTS],
        legal_basis=LEGAL_BASIS, place=home.city, date_text=format_date(today),
        signer_position=options["head_position"], signer_name=options["head_name"],
        signer_nip=options["head_nip"],
    )
    data.drafts = draft_paragraphs(data, weakest=followup.weakest_elements(result))
    return data


def _num(value, places: int = 2) -> str:
    return number(value, places) if value is not None else "–"


def draft_paragraphs(data: SkmReportData, weakest: list[str]) -> dict[str, list[str]]:
    """Paragraphs of each chapter, drafted from the figures, for the head to edit."""
    unit = data.unit or data.office_name
    answered = [e for e in data.elements if e.nrr is not None]
    strongest = sorted(answered, key=lambda e: (-e.nrr, e.code))[:3]
    weak_rows = [e for e in data.elements if e.code in weakest]
    names = {e.code: e.name for e in data.elements}
    drafts = {
        "background": [
            f"Survei Kepuasan Masyarakat (SKM) adalah kegiatan pengukuran secara komprehensif "
            f"tentang tingkat kepuasan masyarakat terhadap kualitas layanan yang diberikan oleh "
            f"{unit}. Hasil survei menjadi bahan evaluasi dan dasar perbaikan pelayanan.",
            f"Laporan ini menyajikan hasil SKM {data.period_label} ({data.period_text}).",
        ],
        "purpose": [
            "Maksud survei adalah mengetahui tingkat kepuasan pengguna layanan; tujuannya "
            "mengukur Indeks Kepuasan Masyarakat (IKM), mengetahui kelemahan dan kekuatan "
            "setiap unsur pelayanan, dan menyusun rencana tindak lanjut perbaikan.",
        ],
        "method": [
            "Survei menggunakan kuesioner sembilan unsur pelayanan sesuai Peraturan Menteri "
            "PAN-RB Nomor 14 Tahun 2017, dengan empat pilihan jawaban bernilai 1 sampai 4. "
            "Kuesioner diisi oleh pengguna layanan secara anonim di atas kertas, di kiosk "
            "survei loket, atau melalui formulir daring yang diimpor.",
            "Nilai rata-rata tertimbang setiap unsur dihitung dengan bobot yang sama (1/9); "
            "IKM = Σ (NRR × 1/9) × 25.",
        ],
        "sample": [
            f"Populasi adalah pengguna layanan periode sebelumnya sebanyak "
            f"{number(data.sample_population)} orang; dengan rumus Krejcie dan Morgan jumlah "
            f"sampel minimal {number(data.sample_minimum)} responden. Terkumpul "
            f"{number(data.respondents)} responden, sehingga jumlah sampel "
            f"{'telah' if data.sample_met else 'belum'} memenuhi batas minimal.",
            f"Selama periode ini {number(data.population)} permohonan diselesaikan; tingkat "
            f"respons {_num(data.response_rate)} % (kertas {data.by_source.get('paper', 0)}, "
            f"kiosk {data.by_source.get('kiosk', 0)}, impor {data.by_source.get('import', 0)}).",
        ],
        "results": [
            (f"Nilai IKM {data.period_label} adalah {_num(data.ikm)} (nilai konversi) atau "
             f"{_num(data.ikm_unit, 4)} (nilai interval), mutu pelayanan {data.grade}, "
             f"kinerja unit pelayanan {data.performance.lower()}.")
            if data.ikm is not None else
            "IKM belum dapat dihitung karena belum setiap unsur memperoleh jawaban.",
        ],
        "strengths": [
            "Unsur dengan nilai tertinggi: " + "; ".join(
                f"{e.code} {e.name} ({_num(e.score)})" for e in strongest) + "."
        ] if strongest else [],
        "weaknesses": [
            "Unsur dengan nilai terendah, yang menjadi prioritas perbaikan: " + "; ".join(
                f"{e.code} {e.name} ({_num(e.score)})" for e in weak_rows) + "."
        ] if weak_rows else [],
        "trend": [_trend_sentence(data.trend)],
        "plan": [
            f"Rencana tindak lanjut disusun untuk unsur {', '.join(names[c] for c in weakest)}."
            if data.plan else
            "Rencana tindak lanjut periode ini belum dicatat.",
        ],
        "conclusion": [
            (f"Secara umum kualitas pelayanan {unit} pada {data.period_label} berada pada mutu "
             f"{data.grade} ({data.performance.lower()}) dengan IKM {_num(data.ikm)}.")
            if data.ikm is not None else "IKM periode ini belum dapat disimpulkan.",
            "Perbaikan diarahkan pada unsur dengan nilai terendah sesuai rencana tindak lanjut, "
            "dan kemajuannya dilaporkan pada periode berikutnya.",
        ],
    }
    return drafts


def _trend_sentence(trend: list[TrendRow]) -> str:
    known = [t for t in trend if t.ikm is not None]
    if len(known) < 2:
        return "Tren belum dapat dibandingkan karena data periode sebelumnya belum cukup."
    first, last = known[0], known[-1]
    change = last.ikm - first.ikm
    word = "naik" if change > 0 else "turun" if change < 0 else "tetap"
    return (f"Dibandingkan {first.label} (IKM {_num(first.ikm)}), IKM {last.label} "
            f"{word} menjadi {_num(last.ikm)}"
            + (f" ({'+' if change > 0 else ''}{_num(change)} poin)." if change else "."))
