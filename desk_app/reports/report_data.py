"""The period report as plain data: gathered once (period_report.gather_report), rendered
by the PDF (pdf_report), the workbook (xlsx_report) and the window's summary; the rows
of key figures each of them shows are declared once in figure_rows. Nothing here
queries the database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Cover:
    letterhead: list[str]
    title: str  # "Laporan Pelayanan Publik Bulan Oktober 2026"
    office_code: str | None  # None: every office of the database
    office_name: str
    unit: str
    period_code: str
    period_label: str  # "Bulan Oktober 2026"
    period_start: dt.date
    period_end: dt.date
    period_text: str  # "1 Oktober 2026 s.d. 31 Oktober 2026"
    generated_text: str  # "25 November 2026 14:05 WITA"
    provisional: bool = False  # the period runs: figures as at the printing moment
    as_of_text: str = ""  # "31 Oktober 2026", or the printing day while the period runs

    @property
    def at_end(self) -> str:
        """How the figures' moment is named in labels."""
        return f"per {self.as_of_text}" if self.provisional else "pada akhir periode"

    @property
    def heading(self) -> str:
        """The title as printed: provisional reports say so."""
        return f"{self.title} (SEMENTARA)" if self.provisional else self.title

    @property
    def footer(self) -> str:
        note = f"SEMENTARA: angka per {self.as_of_text} — " if self.provisional else ""
        return f"{note}{self.title} — dicetak {self.generated_text}"


@dataclass
class ServiceRow:
    code: str
    name: str
    received: int
    finished: int
    on_time: int
    avg_working_days: float | None
    standard_days: int | None
    on_time_share: float | None  # 0..1
    in_process_at_end: int = 0
    overdue_at_end: int = 0


@dataclass
class RequestSection:
    received: int = 0
    finished: int = 0
    finished_on_time: int = 0
    overdue_at_end: int = 0
    in_process_at_end: int = 0
    rejected: int = 0
    void: int = 0
    incomplete: int = 0
    services: list[ServiceRow] = field(default_factory=list)

    @property
    def on_time_share(self) -> float | None:
        return self.finished_on_time / self.finished if self.finished else None

    @property
    def empty(self) -> bool:
        return not (self.received or self.finished or self.overdue_at_end or self.rejected
                    or self.void or self.in_process_at_end)


@dataclass
class SopRow:
    title: str
    number: str
    steps_done: int
    within_standard: int
    within_share: float | None
    handovers: int
    avg_working_days: float | None
    standard_days: int | None


@dataclass
class DeviationRow:
    sop_title: str
    position: int
    activity: str
    count: int


@dataclass
class SopSection:
    steps_done: int = 0
    within_standard: int = 0
    handovers: int = 0
    sops: list[SopRow] = field(default_factory=list)
    deviations: list[DeviationRow] = field(default_factory=list)

    @property
    def within_share(self) -> float | None:
        return self.within_standard / self.steps_done if self.steps_done else None

    @property
    def empty(self) -> bool:
        return not (self.steps_done or self.handovers or self.deviations)


@dataclass
class ComplaintRow:
    """One complaint without its complainant's identity (never name, contact, address)."""

    number: str
    received_date: dt.date
    kind: str
    channel: str
    category: str
    stage: str
    stage_due: dt.date | None
    days_overdue: int | None
    service: str
    text: str


@dataclass
class ComplaintSection:
    received: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    by_channel: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    by_stage: dict[str, int] = field(default_factory=dict)
    replied: int = 0
    replied_on_time: int = 0
    avg_days_reply: float | None = None
    avg_days_close: float | None = None
    overdue: list[ComplaintRow] = field(default_factory=list)
    listing: list[ComplaintRow] = field(default_factory=list)  # every complaint received

    @property
    def on_time_share(self) -> float | None:
        return self.replied_on_time / self.replied if self.replied else None

    @property
    def empty(self) -> bool:
        return not (self.received or self.replied or self.overdue)


@dataclass
class ElementRow:
    code: str
    name: str
    answers: int
    total: int
    nrr: float | None
    score: float | None  # NRR × 25
    grade: str


@dataclass
class ProfileTable:
    title: str  # "Jenis kelamin"
    rows: list[tuple[str, int]]  # (label, count)

    @property
    def total(self) -> int:
        return sum(count for _label, count in self.rows)


@dataclass
class Suggestion:
    """A written suggestion, or several that say the same thing (counted once)."""

    text: str
    count: int
    services: list[str]  # service codes
    first_date: dt.date
    last_date: dt.date


@dataclass
class SurveyRow:
    serial: str
    date: dt.date
    service: str
    answers: tuple  # nine answers U1..U9, None where skipped
    gender: str
    age: int | None
    education: str
    occupation: str
    comment: str


@dataclass
class SkmSection:
    respondents: int = 0
    elements: list[ElementRow] = field(default_factory=list)
    ikm_unit: float | None = None  # 1..4
    ikm: float | None = None  # 25..100
    grade: str = ""
    performance: str = ""
    population: int | None = None
    sample_minimum: int | None = None
    sample_met: bool | None = None
    finished: int = 0  # requests finished in the period: the response rate's population
    by_source: dict[str, int] = field(default_factory=dict)  # forms: paper, kiosk, import
    profile: list[ProfileTable] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    responses: list[SurveyRow] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.respondents == 0


@dataclass
class OfficeRow:
    """One office of a consolidated database, side by side with the others."""

    code: str
    name: str
    requests_received: int
    requests_finished: int
    on_time_share: float | None
    complaints_received: int
    respondents: int
    ikm: float | None
    grade: str


@dataclass
class Signature:
    place: str
    date_text: str  # "25 November 2026"
    position: str
    name: str
    nip: str
    # the audit chain head at the printing moment, an anchor kept on paper outside the
    # database ("desk-app check --anchor SEQ:HASH" verifies it later)
    anchor: str = ""


@dataclass
class ReportData:
    cover: Cover
    requests: RequestSection
    sop: SopSection
    complaints: ComplaintSection
    skm: SkmSection
    signature: Signature
    offices: list[OfficeRow] = field(default_factory=list)  # consolidated report only

    @property
    def empty(self) -> bool:
        return (self.requests.empty and self.sop.empty and self.complaints.empty
                and self.skm.empty)

    # Charts are drawn from the same figures as the tables.
    def chart_requests_per_service(self) -> list[tuple[str, int, int]]:
        return [(row.code, row.received, row.finished) for row in self.requests.services
                if row.received or row.finished]

    def chart_element_scores(self) -> list[tuple[str, float]]:
        return [(row.code, row.score) for row in self.skm.elements if row.score is not None]

    def chart_complaints_by_stage(self) -> list[tuple[str, int]]:
        return [(stage, count) for stage, count in self.complaints.by_stage.items() if count]
