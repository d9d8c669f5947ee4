"""The public satisfaction index (IKM) exactly per PermenPAN-RB 14/2017 (DOMAIN.md §3).

Arithmetic is exact (`Fraction`): NRR per element = sum of its answers / number of
answers given (a skipped answer counts in neither), each element weighs exactly 1/9,
IKM (1–4) = Σ NRR / 9, IKM (25–100) = IKM (1–4) × 25. Only the final figures are
rounded, half up: NRR 4 decimals, element score 2, IKM 2, IKM (1–4) 4.

Which forms count ("counted responses"):
- not voided;
- entry 1 only (entry 2 is the second keying of a double-entry batch, used only to
  check entry 1);
- keyed in a batch whose status is "counted" and that is not voided, or imported
  (no batch). A single-entry batch counts from its first form; a double-entry batch
  counts only once `survey_entry.reconcile_batch` found no mismatch left.

If an element has no answer at all in the selection, the IKM is not computed (None):
reweighting the other eight would no longer be the regulation's 1/9.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from math import floor

import peewee

from desk_app.models.catalogue.tables import Service
from desk_app.models.core.errors import NotFound
from desk_app.models.core.periods import Period
from desk_app.models.requests.tables import STATUS_VOID, ServiceRequest
from desk_app.models.skm.tables import ELEMENT_CODES, SurveyBatch, SurveyResponse

# code, name, answer labels for 1 / 2 / 3 / 4
ELEMENTS: tuple[tuple[str, str, tuple[str, str, str, str]], ...] = (
    ("U1", "Persyaratan", ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai")),
    ("U2", "Sistem, mekanisme dan prosedur",
     ("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah")),
    ("U3", "Waktu penyelesaian", ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat")),
    ("U4", "Biaya/tarif", ("Sangat mahal", "Cukup mahal", "Murah", "Gratis")),
    ("U5", "Produk spesifikasi jenis pelayanan",
     ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai")),
    ("U6", "Kompetensi pelaksana",
     ("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten")),
    ("U7", "Perilaku pelaksana",
     ("Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah",
      "Sangat sopan dan ramah")),
    ("U8", "Penanganan pengaduan, saran dan masukan",
     ("Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal",
      "Dikelola dengan baik")),
    ("U9", "Sarana dan prasarana", ("Buruk", "Cukup", "Baik", "Sangat baik")),
)
ELEMENT_NAMES = {code: name for code, name, _ in ELEMENTS}
# The question printed on the questionnaire for each element (after the sample form of
# PermenPAN-RB 14/2017).
QUESTIONS = {
    "U1": "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis "
          "pelayanannya?",
    "U2": "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
    "U3": "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
    "U4": "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
    "U5": "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang "
          "tercantum dalam standar pelayanan dengan hasil yang diberikan?",
    "U6": "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
    "U7": "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait "
          "kesopanan dan keramahan?",
    "U8": "Bagaimana pendapat Saudara tentang penanganan pengaduan, saran dan masukan "
          "pengguna layanan?",
    "U9": "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
}
ELEMENT_ANSWERS = {code: answers for code, _, answers in ELEMENTS}
assert tuple(ELEMENT_NAMES) == ELEMENT_CODES

# Grades on the 25–100 value rounded to 2 decimals, as lower bounds (DOMAIN.md §3).
GRADES: tuple[tuple[Decimal, str, str], ...] = (
    (Decimal("88.31"), "A", "Sangat baik"),
    (Decimal("76.61"), "B", "Baik"),
    (Decimal("65.00"), "C", "Kurang baik"),
    (Decimal("25.00"), "D", "Tidak baik"),
)

# Respondent profile categories: stored code, shown label.
GENDERS = (("L", "Laki-laki"), ("P", "Perempuan"))
EDUCATION = (("SD", "SD"), ("SMP", "SMP"), ("SMA", "SMA"), ("D1-D3", "D1–D3"),
             ("D4/S1", "D4/S1"), ("S2", "S2"), ("S3", "S3"))
OCCUPATIONS = (("PNS", "PNS"), ("TNI", "TNI"), ("POLRI", "POLRI"), ("Swasta", "Swasta"),
               ("Wirausaha", "Wirausaha"), ("Lainnya", "Lainnya"))
AGE_BANDS = (("≤ 20", None, 20), ("21–30", 21, 30), ("31–40", 31, 40), ("41–50", 41, 50),
             ("51–60", 51, 60), ("> 60", 61, None))
NOT_FILLED = "Tidak diisi"


# --- pure arithmetic -------------------------------------------------------------------

def round_half_up(value: Fraction | int, places: int) -> Decimal:
    """Exact half-up rounding of a non-negative rational to `places` decimals."""
    value = Fraction(value)
    scaled = floor(value * 10**places + Fraction(1, 2))
    return Decimal(scaled).scaleb(-places)


def krejcie_morgan(population: int) -> int:
    """Minimum sample for a population of N (chi² 3,841, P 0,5, d 0,05), rounded half up."""
    n = int(population)
    if n <= 0:
        return 0
    chi = Fraction(3841, 1000)
    s = chi * n * Fraction(1, 4) / (Fraction(1, 400) * (n - 1) + chi * Fraction(1, 4))
    return int(round_half_up(s, 0))


def grade_for(score: Decimal | str | float) -> tuple[str, str]:
    """(mutu, kinerja) for a 25–100 value; the value is taken rounded to 2 decimals."""
    value = Decimal(str(score)).quantize(Decimal("0.01"))
    for bound, grade, label in GRADES:
        if value >= bound:
            return grade, label
    return "D", "Tidak baik"


@dataclass(frozen=True)
class ElementResult:
    code: str
    name: str
    answers: int  # how many answers were given (skipped not counted)
    total: int  # sum of the answers
    nrr: Decimal | None  # 4 decimals
    score: Decimal | None  # NRR × 25, 2 decimals
    grade: str | None

    @property
    def exact_nrr(self) -> Fraction | None:
        return Fraction(self.total, self.answers) if self.answers else None


@dataclass
class IndexResult:
    period: str
    service: str | None
    respondents: int
    elements: list[ElementResult]
    ikm: Decimal | None
    ikm_unit: Decimal | None
    grade: str | None
    performance: str | None
    population: int
    sample_minimum: int
    sample_met: bool
    missing_elements: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        """The object `desk-app skm --json` prints (numbers as numbers)."""
        def num(value):
            return None if value is None else float(value)

        return {
            "period": self.period,
            "service": self.service,
            "respondents": self.respondents,
            "elements": [
                {"code": e.code, "name": e.name, "answers": e.answers, "nrr": num(e.nrr),
                 "score": num(e.score), "grade": e.grade}
                for e in self.elements
            ],
            "ikm": num(self.ikm),
            "ikm_unit": num(self.ikm_unit),
            "grade": self.grade,
            "performance": self.performance,
            "sample_minimum": self.sample_minimum,
            "sample_met": self.sample_met,
        }


def element_result(code: str, total: int, answers: int) -> ElementResult:
    if not answers:
        return ElementResult(code, ELEMENT_NAMES[code], 0, 0, None, None, None)
    nrr = Fraction(int(total), int(answers))
    score = round_half_up(nrr * 25, 2)
    return ElementResult(code, ELEMENT_NAMES[code], int(answers), int(total),
                         round_half_up(nrr, 4), score, grade_for(score)[0])


def index_from_sums(sums: dict[str, tuple[int, int]], respondents: int, period: str = "",
                    service: str | None = None, population: int = 0) -> IndexResult:
    """The index from per-element (total, answers); the pure half of `compute_index`."""
    elements = [element_result(code, *sums.get(code, (0, 0))) for code in ELEMENT_CODES]
    missing = [e.code for e in elements if not e.answers]
    ikm = ikm_unit = grade = performance = None
    if respondents and not missing:
        exact_unit = sum((Fraction(e.total, e.answers) for e in elements), Fraction(0)) / 9
        ikm_unit = round_half_up(exact_unit, 4)
        ikm = round_half_up(exact_unit * 25, 2)
        grade, performance = grade_for(ikm)
    minimum = krejcie_morgan(population)
    return IndexResult(
        period=period, service=service, respondents=int(respondents), elements=elements,
        ikm=ikm, ikm_unit=ikm_unit, grade=grade, performance=performance,
        population=int(population), sample_minimum=minimum,
        sample_met=bool(respondents) and respondents >= minimum, missing_elements=missing,
    )


# --- queries ---------------------------------------------------------------------------

def counted_condition():
    """WHERE clause of the responses that count (see the module docstring)."""
    counted_batches = SurveyBatch.select(SurveyBatch.id).where(
        (SurveyBatch.status == "counted") & SurveyBatch.voided_at.is_null()
    )
    return (
        SurveyResponse.voided_at.is_null()
        & (SurveyResponse.entry == 1)
        & (SurveyResponse.batch.is_null() | SurveyResponse.batch.in_(counted_batches))
    )


def _where(period: Period, service_id: str | None, office: str | None):
    cond = counted_condition() & (SurveyResponse.survey_date >= period.start) & (
        SurveyResponse.survey_date <= period.end)
    if service_id:
        cond &= SurveyResponse.service == service_id
    if office:
        cond &= SurveyResponse.office == office
    return cond


def population(period: Period, service_id: str | None = None, office: str | None = None) -> int:
    """Requests registered (not voided) in `period` for the service/office."""
    cond = (ServiceRequest.reg_date >= period.start) & (ServiceRequest.reg_date <= period.end) & (
        ServiceRequest.voided_at.is_null()) & (ServiceRequest.status != STATUS_VOID)
    if service_id:
        cond &= ServiceRequest.service == service_id
    if office:
        cond &= ServiceRequest.office == office
    return ServiceRequest.select().where(cond).count()


def compute_index(period: Period, service_id: str | None = None,
                  office: str | None = None) -> IndexResult:
    """The index of the counted responses dated in `period` (one aggregate query)."""
    columns = [peewee.fn.COUNT(SurveyResponse.id).alias("n")]
    for code in ELEMENT_CODES:
        column = getattr(SurveyResponse, code.lower())
        columns.append(peewee.fn.SUM(column).alias(f"s_{code}"))
        columns.append(peewee.fn.COUNT(column).alias(f"c_{code}"))
    row = (SurveyResponse.select(*columns).where(_where(period, service_id, office))
           .dicts().get())
    sums = {code: (int(row[f"s_{code}"] or 0), int(row[f"c_{code}"] or 0)) for code in ELEMENT_CODES}
    service_code = None
    if service_id:
        service = Service.get_or_none(Service.id == service_id)
        if service is None:
            raise NotFound("Layanan tidak ditemukan.")
        service_code = service.code
    return index_from_sums(sums, int(row["n"] or 0), period.code, service_code,
                           population(period.previous(), service_id, office))


def age_band(age: int | None) -> str:
    if age is None:
        return NOT_FILLED
    for label, low, high in AGE_BANDS:
        if (low is None or age >= low) and (high is None or age <= high):
            return label
    return NOT_FILLED


@dataclass
class Profile:
    respondents: int
    gender: list[tuple[str, int]]
    age: list[tuple[str, int]]
    education: list[tuple[str, int]]
    occupation: list[tuple[str, int]]


def _labelled(counts: dict, categories) -> list[tuple[str, int]]:
    rows = [(label, counts.get(code, 0)) for code, label in categories]
    known = {code for code, _ in categories}
    other = sum(n for key, n in counts.items() if key not in known)
    return rows + [(NOT_FILLED, other)]


def respondent_profile(period: Period, service_id: str | None = None,
                       office: str | None = None) -> Profile:
    """Counts per gender, age band, education and occupation (blank = "Tidak diisi"),
    from one grouped scan of the counted forms."""
    r = SurveyResponse
    query = (r.select(r.gender, r.age, r.education, r.occupation, peewee.fn.COUNT(r.id))
             .where(_where(period, service_id, office))
             .group_by(r.gender, r.age, r.education, r.occupation).tuples())
    gender: dict = {}
    bands: dict = {}
    education: dict = {}
    occupation: dict = {}
    total = 0
    for g, age, edu, job, n in query:
        n = int(n)
        total += n
        gender[g] = gender.get(g, 0) + n
        band = age_band(age)
        bands[band] = bands.get(band, 0) + n
        education[edu] = education.get(edu, 0) + n
        occupation[job] = occupation.get(job, 0) + n
    return Profile(
        respondents=total,
        gender=_labelled(gender, GENDERS),
        age=[(label, bands.get(label, 0)) for label, *_ in AGE_BANDS]
        + [(NOT_FILLED, bands.get(NOT_FILLED, 0))],
        education=_labelled(education, EDUCATION),
        occupation=_labelled(occupation, OCCUPATIONS),
    )


@dataclass(frozen=True)
class Suggestion:
    survey_date: dt.date
    service: str
    serial: str
    text: str


def suggestions(period: Period, service_id: str | None = None, office: str | None = None,
                limit: int | None = None) -> list[Suggestion]:
    """The written suggestions (Saran) of the counted forms, oldest first."""
    query = (SurveyResponse.select(SurveyResponse.survey_date, SurveyResponse.serial,
                                   SurveyResponse.comment, Service.code)
             .join(Service)
             .where(_where(period, service_id, office) & (SurveyResponse.comment != ""))
             .order_by(SurveyResponse.survey_date, SurveyResponse.serial).tuples())
    if limit:
        query = query.limit(limit)
    return [Suggestion(day, code, serial, text.strip()) for day, serial, text, code in query
            if text and text.strip()]


@dataclass(frozen=True)
class SuggestionGroup:
    """Written suggestions that say the same thing, counted once with how often."""

    text: str  # as it was first written
    count: int
    services: tuple[str, ...]  # service codes, sorted
    first_date: dt.date
    last_date: dt.date


def _same_words(text: str) -> str:
    """What two suggestions must share to count as one: their words, whatever the case,
    spacing or closing punctuation ("Sudah baik." and "sudah  baik" say the same)."""
    return " ".join(text.split()).casefold().rstrip(" .,!;:")


def group_suggestions(items: list[Suggestion]) -> list[SuggestionGroup]:
    """Identical suggestions taken together, the most frequent first; equally frequent
    ones keep the order in which they were first written (`items` oldest first)."""
    groups: dict[str, list[Suggestion]] = {}
    for item in items:
        groups.setdefault(_same_words(item.text), []).append(item)
    ordered = sorted(groups.values(), key=len, reverse=True)  # sort is stable
    return [SuggestionGroup(text=same[0].text, count=len(same),
                            services=tuple(sorted({s.service for s in same})),
                            first_date=min(s.survey_date for s in same),
                            last_date=max(s.survey_date for s in same))
            for same in ordered]
