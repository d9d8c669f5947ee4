"""Gather the period report's data once, from the domain's figure functions.

    data = gather_report(parse_period("2026-10"), "Kw.18")
    render_pdf(data, "laporan.pdf"); render_xlsx(data, "laporan.xlsx")

`office=None` reports on every office of the database (a consolidated province
database); with more than one office it adds a per-office breakdown.

The period, the office(s), the time zone, the UTC window and the "as of" moment are
worked out once, as a ReportScope (models/core/scope.py), and handed to every figure
function: a closed period is reported as at its end (the same whenever printed), a
running one as at the printing moment and marked "SEMENTARA".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desk_app.models.catalogue.tables import Service
from desk_app.models.complaints import figures as cf
from desk_app.models.core import audit, settings
from desk_app.models.core.dates import format_date, format_datetime
from desk_app.models.core.db import as_date, raw_rows
from desk_app.models.core.errors import NotFound
from desk_app.models.core.office import Office, home_office
from desk_app.models.core.periods import Period
from desk_app.models.core.scope import ReportScope, report_scope
from desk_app.models.requests.figures import request_figures
from desk_app.models.skm import index as skm
from desk_app.models.skm.response import response_rates
from desk_app.models.skm.tables import ELEMENT_CODES, SurveyResponse
from desk_app.models.sop import figures as sop_figures
from desk_app.reports.report_data import (
    ComplaintRow,
    ComplaintSection,
    Cover,
    DeviationRow,
    ElementRow,
    OfficeRow,
    ProfileTable,
    ReportData,
    RequestSection,
    ServiceRow,
    Signature,
    SkmSection,
    SopRow,
    SopSection,
    Suggestion,
    SurveyRow,
)

ALL_OFFICES = "Seluruh kantor"
TITLE = "Laporan Pelayanan Publik"
Progress = Callable[..., None]


def _no_progress(done: int, total: int = 0, text: str = "") -> None:
    return None


def gather_report(period: Period, office: str | None = None, progress: Progress | None = None,
                  now: dt.datetime | None = None) -> ReportData:
    """Every figure of the report for `period` and `office` (None = every office), made
    at `now` (naive UTC; default: this moment). `progress(done, total, text)` is called
    between the parts (it may raise to cancel)."""
    progress = progress or _no_progress
    home = _office_row(office)
    scope = report_scope(period, office, now=now)
    steps = 6
    progress(0, steps, "Membaca data permohonan…")
    requests = gather_requests(scope)
    progress(1, steps, "Membaca kepatuhan SOP…")
    sop = gather_sop(scope)
    progress(2, steps, "Membaca data pengaduan…")
    complaints = gather_complaints(scope)
    progress(3, steps, "Menghitung indeks kepuasan masyarakat…")
    survey = gather_skm(scope)
    progress(4, steps, "Menyusun rekapitulasi per kantor…")
    offices = gather_offices(scope) if office is None else []
    progress(5, steps, "Menyusun sampul dan tanda tangan…")
    data = ReportData(cover=_cover(scope, home), requests=requests, sop=sop,
                      complaints=complaints, skm=survey, signature=_signature(scope, home),
                      offices=offices)
    progress(6, steps, "Data laporan lengkap.")
    return data


# --- cover and signature ---------------------------------------------------------------

def _office_row(office: str | None) -> Office:
    if office:
        row = Office.get_or_none(Office.code == office)
        if row is None:
            raise NotFound(f"Kantor dengan kode '{office}' tidak ada di basis data ini.")
        return row
    row = home_office()
    if row is None:
        raise NotFound("Basis data ini belum berisi kantor.")
    return row


def _cover(scope: ReportScope, home: Office) -> Cover:
    period, office = scope.period, scope.office
    return Cover(
        letterhead=[str(line) for line in (home.letterhead or [])] or [home.name.upper()],
        title=f"{TITLE} {period.label}",
        office_code=office,
        office_name=home.name if office else ALL_OFFICES,
        unit=home.unit if office else "",
        period_code=period.code,
        period_label=period.label,
        period_start=period.start,
        period_end=period.end,
        period_text=f"{format_date(period.start)} s.d. {format_date(period.end)}",
        generated_text=format_datetime(scope.now_utc, scope.time_zone),
        provisional=scope.provisional,
        as_of_text=format_date(scope.as_of_date),
    )


def _signature(scope: ReportScope, home: Office) -> Signature:
    options = settings.get_all(home.code)
    head = audit.chain_head(home.code)
    return Signature(place=home.city, date_text=format_date(scope.today),
                     position=options["head_position"], name=options["head_name"],
                     nip=options["head_nip"],
                     anchor=f"Jejak audit {home.code} saat dicetak: {head['seq']}:{head['hash'][:16]}")


# --- requests ------------------------------------------------------------------------------

def gather_requests(scope: ReportScope) -> RequestSection:
    f = request_figures(scope)
    return RequestSection(
        received=f.received, finished=f.finished, finished_on_time=f.finished_on_time,
        overdue_at_end=f.overdue_at_end, in_process_at_end=f.in_process_at_end,
        rejected=f.rejected, void=f.void, incomplete=f.incomplete,
        services=[ServiceRow(code=s.code, name=s.name, received=s.received, finished=s.finished,
                             on_time=s.on_time, avg_working_days=s.avg_working_days,
                             standard_days=s.standard_days, on_time_share=s.on_time_share,
                             in_process_at_end=s.in_process_at_end,
                             overdue_at_end=s.overdue_at_end)
                  for s in f.per_service],
    )


# --- SOP ---------------------------------------------------------------------------------

def gather_sop(scope: ReportScope) -> SopSection:
    section = SopSection()
    for s in sop_figures.sop_figures(scope, reasons=False):  # reasons are not shown
        if not (s.steps_done or s.handovers or s.deviations or s.requests_finished):
            continue
        section.sops.append(SopRow(
            title=s.sop_title, number=s.service_code, steps_done=s.steps_done,
            within_standard=s.within_standard, within_share=s.share_within,
            handovers=s.handovers, avg_working_days=s.avg_working_days,
            standard_days=s.standard_days))
        section.deviations += [DeviationRow(sop_title=s.sop_title, position=d.position,
                                            activity=d.activity, count=d.count)
                               for d in s.deviations]
        section.steps_done += s.steps_done
        section.within_standard += s.within_standard
        section.handovers += s.handovers
    section.deviations.sort(key=lambda d: (-d.count, d.sop_title, d.position))
    return section


# --- complaints ----------------------------------------------------------------------------

def gather_complaints(scope: ReportScope) -> ComplaintSection:
    f = cf.complaint_figures(scope)
    return ComplaintSection(
        received=f.received, by_kind=dict(f.by_kind), by_channel=dict(f.by_channel),
        by_category=dict(f.by_category), by_stage=dict(f.by_stage), replied=f.replied,
        replied_on_time=f.replied_on_time, avg_days_reply=f.avg_days_reply,
        avg_days_close=f.avg_days_close,
        overdue=[_complaint_row(r) for r in f.overdue],
        listing=[_complaint_row(r) for r in f.listing],
    )


def _complaint_row(r) -> ComplaintRow:
    """A complaint line of the figures: numbers, kinds and words; no complainant."""
    return ComplaintRow(number=r.number, received_date=r.received_date, kind=r.kind,
                        channel=r.channel, category=r.category, stage=r.stage,
                        stage_due=r.stage_due, days_overdue=r.days_overdue or None,
                        service=r.service or "", text=r.text)


# --- SKM -----------------------------------------------------------------------------------

def _num(value) -> float | None:
    return None if value is None else float(value)


def gather_skm(scope: ReportScope) -> SkmSection:
    """The index by survey date (forms keyed in later still count for their day)."""
    period, office = scope.period, scope.office
    result = skm.compute_index(period, office=office)
    section = SkmSection(
        respondents=result.respondents,
        elements=[ElementRow(code=e.code, name=e.name, answers=e.answers, total=e.total,
                             nrr=_num(e.nrr), score=_num(e.score), grade=e.grade or "")
                  for e in result.elements],
        ikm_unit=_num(result.ikm_unit), ikm=_num(result.ikm), grade=result.grade or "",
        performance=result.performance or "", population=result.population,
        sample_minimum=result.sample_minimum, sample_met=result.sample_met,
    )
    rate, _per_service = response_rates(period, office)
    section.finished, section.by_source = rate.population, dict(rate.by_source)
    if not result.respondents:
        return section
    profile = skm.respondent_profile(period, office=office)
    section.profile = [
        ProfileTable("Jenis kelamin", list(profile.gender)),
        ProfileTable("Umur (tahun)", list(profile.age)),
        ProfileTable("Pendidikan", list(profile.education)),
        ProfileTable("Pekerjaan", list(profile.occupation)),
    ]
    written = skm.suggestions(period, office=office)
    section.suggestions = [Suggestion(text=g.text, count=g.count, services=list(g.services),
                                      first_date=g.first_date, last_date=g.last_date)
                           for g in skm.group_suggestions(written)]
    section.responses = survey_rows(period, office)
    return section


def survey_rows(period: Period, office: str | None) -> list[SurveyRow]:
    """The counted responses themselves, for the workbook's SKM sheet (one query)."""
    answers = [getattr(SurveyResponse, code.lower()) for code in ELEMENT_CODES]
    cond = (skm.counted_condition() & (SurveyResponse.survey_date >= period.start)
            & (SurveyResponse.survey_date <= period.end))
    if office:
        cond &= SurveyResponse.office == office
    query = (SurveyResponse.select(SurveyResponse.serial, SurveyResponse.survey_date, Service.code,
                                   *answers, SurveyResponse.gender, SurveyResponse.age,
                                   SurveyResponse.education, SurveyResponse.occupation,
                                   SurveyResponse.comment)
             .join(Service).where(cond)
             .order_by(SurveyResponse.survey_date, SurveyResponse.serial))
    rows = []
    for serial, day, code, *rest in raw_rows(query):  # as stored: no per-field conversion
        scores, (gender, age, education, occupation, comment) = rest[:9], rest[9:]
        rows.append(SurveyRow(serial=serial, date=as_date(day), service=code,
                              answers=tuple(scores), gender=gender or "", age=age,
                              education=education or "", occupation=occupation or "",
                              comment=(comment or "").strip()))
    return rows


# --- consolidated database -----------------------------------------------------------------

def gather_offices(scope: ReportScope) -> list[OfficeRow]:
    """Side-by-side figures per office, when the database holds more than one."""
    offices = list(Office.select().order_by(Office.code))
    if len(offices) < 2:
        return []
    rows = []
    for o in offices:
        one = scope.for_office(o.code)
        req = request_figures(one)
        index = skm.compute_index(scope.period, office=o.code)
        complaints = cf.complaint_figures(one)
        rows.append(OfficeRow(code=o.code, name=o.name, requests_received=req.received,
                              requests_finished=req.finished, on_time_share=req.on_time_share,
                              complaints_received=complaints.received,
                              respondents=index.respondents, ikm=_num(index.ikm),
                              grade=index.grade or ""))
    return rows
