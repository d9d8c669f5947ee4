"""SOP compliance figures per SOP and period, for the reports.

    rows = sop_figures("2026-10", office="Kw.18")   # office None = every office
    rows = sop_figures(scope)                          # a report's ReportScope

Per SOP (all its revisions together):
- steps_done: steps marked done in the period (skipped steps not counted);
  within_standard: those whose working time did not exceed the step's standard;
  share_within = within_standard / steps_done (None when nothing was done);
- deviations: per step (position, activity) how often it was skipped or done out of
  order in the period, most frequent first — the weak spots of the SOP;
- handovers: officer-to-officer hand-overs of this SOP's requests in the period;
- requests_finished: requests that became "selesai" in the period; avg_working_days:
  their mean working days from registration day to finishing day (workdays rule:
  days after the registration day up to the finishing day); standard_days: the
  service's time frame in force at the end of the period; finished_within_frame:
  how many finished within the time frame of their own standard.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

from peewee import SQL, Case, fn

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.catalogue.tables import Service, ServiceStandard
from desk_app.models.core.db import as_date, as_datetime, raw_rows
from desk_app.models.core.periods import Period
from desk_app.models.core.scope import ReportScope, as_scope
from desk_app.models.core.workdays import working_days_between
from desk_app.models.requests.tables import RequestEvent, RequestStep, ServiceRequest
from desk_app.models.sop.flow import EVENT_HANDOVER
from desk_app.models.sop.tables import Sop, SopRevision, SopStep


@dataclass
class StepDeviation:
    position: int
    activity: str
    count: int
    skipped: int
    out_of_order: int
    reasons: list[str] = field(default_factory=list)  # a few examples, newest first


@dataclass
class SopFigures:
    sop_id: str
    office: str
    service_code: str
    service_name: str
    sop_title: str
    steps_done: int = 0
    within_standard: int = 0
    deviations: list[StepDeviation] = field(default_factory=list)
    handovers: int = 0
    requests_finished: int = 0
    finished_within_frame: int = 0
    avg_working_days: float | None = None
    standard_days: int | None = None

    @property
    def share_within(self) -> float | None:
        return self.within_standard / self.steps_done if self.steps_done else None

    @property
    def deviation_count(self) -> int:
        return sum(d.count for d in self.deviations)


def sop_figures(period: Period | str | ReportScope, office: str | None = None,
                reasons: bool = True) -> list[SopFigures]:
    scope = as_scope(period, office)
    period, office = scope.period, scope.office
    start, end = scope.start_utc, scope.end_utc
    sops = (Sop.select(Sop, Service).join(Service, on=(Sop.service == Service.id))
            .where(Sop.active).order_by(Service.office, Service.sort_order, Service.code))
    if office:
        sops = sops.where(Sop.office == office)
    sops = list(sops)
    standards = catalogue.standards_in_force([sop.service.id for sop in sops], period.end)
    rows: dict[str, SopFigures] = {}
    for sop in sops:
        standard = standards.get(sop.service.id)
        rows[sop.id] = SopFigures(sop.id, sop.office, sop.service.code, sop.service.name, sop.title,
                                  standard_days=standard.time_frame_days if standard else None)
    _step_figures(rows, start, end, office, reasons)
    _handover_figures(rows, start, end, office)
    _request_figures(rows, scope)
    return list(rows.values())


def _step_figures(rows, start, end, office, reasons: bool) -> None:
    """Counts per step and kind of deviation in one aggregate query, added up per SOP;
    with `reasons`, the deviations are read row by row for a few example reasons."""
    in_period = (RequestStep.done_at >= start) & (RequestStep.done_at < end)
    if office:
        in_period &= RequestStep.office == office
    done = RequestStep.skipped == False  # noqa: E712 (SQL, not Python)
    within = done & (RequestStep.over_standard == False)  # noqa: E712
    # Counted per step without joins (joining each of a month's tens of thousands of
    # steps to its SOP cost more than reading them), then the steps mapped to their SOP.
    totals = raw_rows(RequestStep.select(RequestStep.sop_step, RequestStep.deviation,
                                         fn.SUM(Case(None, [(done, 1)], 0)),
                                         fn.SUM(Case(None, [(within, 1)], 0)),
                                         fn.COUNT(SQL("*")), fn.MAX(RequestStep.done_at))
                      .where(in_period).group_by(RequestStep.sop_step, RequestStep.deviation))
    step_info = (SopStep.select(SopStep.id, SopRevision.sop, SopStep.position, SopStep.activity)
                 .join(SopRevision).where(SopStep.id.in_(list({r[0] for r in totals}))))
    steps = {step_id: (sop_id, position, activity)
             for step_id, sop_id, position, activity in raw_rows(step_info)}
    deviations: dict[str, dict[tuple[int, str], StepDeviation]] = defaultdict(dict)
    newest: dict[tuple, object] = {}
    for step, deviation, steps_done, steps_within, count, last_done in totals:
        sop_id, position, activity = steps.get(step, (None, 0, ""))
        figures = rows.get(sop_id)
        if figures is None:
            continue
        figures.steps_done += int(steps_done or 0)
        figures.within_standard += int(steps_within or 0)
        if not deviation:
            continue
        key = (position, activity)
        item = deviations[sop_id].setdefault(key, StepDeviation(position, activity, 0, 0, 0))
        item.count += count
        if deviation == "skipped":
            item.skipped += count
        else:
            item.out_of_order += count
        newest[sop_id, key] = max(newest.get((sop_id, key), last_done), last_done)
    if reasons:
        query = (RequestStep.select(RequestStep.deviation_reason, SopStep.position,
                                    SopStep.activity, SopRevision.sop)
                 .join(SopStep, on=(RequestStep.sop_step == SopStep.id))
                 .join(SopRevision, on=(SopStep.revision == SopRevision.id))
                 .where(in_period & RequestStep.deviation.is_null(False)
                        & (RequestStep.deviation != "") & (RequestStep.deviation_reason != ""))
                 .order_by(RequestStep.done_at.desc()))
        for reason, position, activity, sop_id in raw_rows(query):
            item = deviations.get(sop_id, {}).get((position, activity))
            if item is not None and len(item.reasons) < 3:
                item.reasons.append(reason)
    for sop_id, items in deviations.items():
        # most frequent first; a tie keeps the step deviated from most recently first
        by_recent = sorted(items.items(), key=lambda kv: newest[sop_id, kv[0]], reverse=True)
        rows[sop_id].deviations = sorted((item for _key, item in by_recent),
                                         key=lambda d: (-d.count, d.position))


def _handover_figures(rows, start, end, office) -> None:
    query = (RequestEvent.select(SopRevision.sop)
             .join(ServiceRequest, on=(RequestEvent.request == ServiceRequest.id))
             .join(SopRevision, on=(ServiceRequest.sop_revision == SopRevision.id))
             .where((RequestEvent.kind == EVENT_HANDOVER) & (RequestEvent.at >= start)
                    & (RequestEvent.at < end)))
    if office:
        query = query.where(RequestEvent.office == office)
    counts = Counter(r["sop"] for r in query.dicts())
    for sop_id, count in counts.items():
        if sop_id in rows:
            rows[sop_id].handovers = count


def _request_figures(rows, scope: ReportScope) -> None:
    start, end, office = scope.start_utc, scope.end_utc, scope.office
    query = (ServiceRequest
             .select(ServiceRequest.reg_date, ServiceRequest.finished_at, ServiceRequest.office,
                     ServiceStandard.time_frame_days, SopRevision.sop)
             .join(SopRevision, on=(ServiceRequest.sop_revision == SopRevision.id))
             .switch(ServiceRequest)
             .join(ServiceStandard, on=(ServiceRequest.standard == ServiceStandard.id))
             .where((ServiceRequest.finished_at >= start) & (ServiceRequest.finished_at < end)
                    & ServiceRequest.voided_at.is_null()))
    if office:
        query = query.where(ServiceRequest.office == office)
    days: dict[str, list[int]] = defaultdict(list)
    days_between = cache(working_days_between)  # requests share a few hundred day pairs
    for reg, finished_at, _office_code, time_frame, sop_id in raw_rows(query):
        figures = rows.get(sop_id)
        if figures is None:
            continue
        finished = scope.local_date(as_datetime(finished_at))
        taken = days_between(as_date(reg), finished)
        days[sop_id].append(taken)
        figures.requests_finished += 1
        if taken <= time_frame:
            figures.finished_within_frame += 1
    for sop_id, values in days.items():
        rows[sop_id].avg_working_days = sum(values) / len(values)
