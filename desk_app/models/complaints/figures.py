"""Complaint figures for a period (DOMAIN.md §4), for the monthly/semester reports.

Which complaints count: those **received** in the period (not voided), of one office or
of every office (`office=None`). Every figure stands **as at the report scope's "as of"
moment** (the period's end, or now while the period runs; models/core/scope.py), read
back from the complaint's events, so a closed period gives the same figures whenever it
is printed: the stage is the one its last stage event by then set (a complaint entered
after the moment, for a received date inside the period, stands at its first stage);
"replied" means a reply was recorded by then; "closed" likewise. "Within the deadline"
means replied no later than `reply_deadline` (received date + 14 working days, 60 when
an examination is needed, per the office's options). Working days to reply/close run from
the received date to the reply date / the office-local closing date. The overdue list
holds complaints in an open stage before the reply whose stage deadline lies before the
"as of" day; `listing` holds every complaint of the period.
Rows carry no complainant; see `flow.safe_text` for the text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desk_app.models.catalogue.tables import Service
from desk_app.models.complaints import deadlines as complaint_deadlines
from desk_app.models.complaints.deadlines import is_overdue
from desk_app.models.complaints.identity import safe_text
from desk_app.models.complaints.tables import (
    CATEGORIES,
    CHANNELS,
    KINDS,
    SIDE_EXITS,
    STAGES,
    Complaint,
    ComplaintEvent,
)
from desk_app.models.core.periods import Period
from desk_app.models.core.scope import ReportScope, as_scope
from desk_app.models.core.workdays import WorkdayCounter, add_working_days


@dataclass(frozen=True)
class ComplaintLine:
    """One complaint in a report: never the complainant (for *rahasia* complaints the
    stored name and contact are also blanked out of the text)."""

    number: str
    received_date: dt.date
    kind: str
    channel: str
    category: str
    stage: str
    stage_due: dt.date | None
    days_overdue: int  # working days past the stage deadline on the "as of" day (0 when not late)
    service: str
    text: str


OverdueRow = ComplaintLine


@dataclass
class ComplaintFigures:
    period: Period
    office: str | None
    as_of: dt.date
    received: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    by_channel: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    by_stage: dict[str, int] = field(default_factory=dict)
    replied: int = 0
    replied_on_time: int = 0
    replied_on_time_share: float | None = None  # 0..1 of those replied; None when none replied
    avg_days_reply: float | None = None  # working days from receipt (unrounded)
    avg_days_close: float | None = None
    closed: int = 0
    overdue: list[ComplaintLine] = field(default_factory=list)  # most days late first
    listing: list[ComplaintLine] = field(default_factory=list)  # every complaint, by received date


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


FIELDS = (Complaint.id, Complaint.office, Complaint.number, Complaint.kind, Complaint.channel,
          Complaint.category, Complaint.received_date, Complaint.stage, Complaint.stage_due,
          Complaint.needs_examination, Complaint.reply_date, Complaint.closed_at, Complaint.text,
          Complaint.protection, Complaint.complainant_name, Complaint.complainant_contact,
          Complaint.service)


def complaint_figures(period: Period | str | ReportScope, office: str | None = None,
                      as_of: dt.date | None = None) -> ComplaintFigures:
    """The figures of a scope; or of a period and office printed at the end of day
    `as_of` (default: now)."""
    scope = as_scope(period, office, as_of)
    span, office, day = scope.period, scope.office, scope.as_of_date
    figures = ComplaintFigures(
        period=span, office=office, as_of=day,
        by_kind=dict.fromkeys(KINDS, 0), by_channel=dict.fromkeys(CHANNELS, 0),
        by_category=dict.fromkeys(CATEGORIES, 0), by_stage=dict.fromkeys(STAGES + SIDE_EXITS, 0),
    )
    cond = Complaint.voided_at.is_null() & Complaint.received_date.between(span.start, span.end)
    if office:
        cond &= Complaint.office == office
    query = Complaint.select(*FIELDS).where(cond).order_by(Complaint.received_date, Complaint.number)
    history = _history(scope, Complaint.select(Complaint.id).where(cond))
    to_reply, to_close = [], []
    workdays = WorkdayCounter(span.start, max(day, span.end) + dt.timedelta(days=120))
    reply_days: dict[tuple[str, bool], int] = {}  # office options, read once
    services = {s.id: s.name for s in Service.select(Service.id, Service.name)}
    for c in query.iterator():
        stage, due, replied = history.get(c.id, (c.stage, c.stage_due, bool(c.reply_date)))
        c.stage, c.stage_due = stage, due  # as at the moment (the row is not saved)
        figures.received += 1
        for bucket, key in ((figures.by_kind, c.kind), (figures.by_channel, c.channel),
                            (figures.by_category, c.category), (figures.by_stage, stage)):
            bucket[key] = bucket.get(key, 0) + 1
        if replied and c.reply_date:
            figures.replied += 1
            key = (c.office, c.needs_examination)
            if key not in reply_days:
                reply_days[key] = complaint_deadlines.reply_days(c)
            figures.replied_on_time += c.reply_date <= add_working_days(c.received_date, reply_days[key])
            to_reply.append(workdays.between(c.received_date, c.reply_date))
        if scope.by_as_of(c.closed_at):
            figures.closed += 1
            to_close.append(workdays.between(c.received_date, scope.local_date(c.closed_at)))
        late = is_overdue(c, day)
        line = ComplaintLine(c.number, c.received_date, c.kind, c.channel, c.category, stage,
                             due, workdays.between(due, day) if late else 0,
                             services.get(c.service_id, ""), safe_text(c))
        figures.listing.append(line)
        if late:
            figures.overdue.append(line)
    if figures.replied:
        figures.replied_on_time_share = figures.replied_on_time / figures.replied
    figures.avg_days_reply = _mean(to_reply)
    figures.avg_days_close = _mean(to_close)
    figures.overdue.sort(key=lambda r: (-r.days_overdue, r.received_date, r.number))
    return figures


def _history(scope: ReportScope, complaints) -> dict[str, tuple[str, dt.date | None, bool]]:
    """complaint id -> (stage, stage deadline, replied) as at the scope's moment, from
    the stage events (one query). A complaint with no event by then stands at its first."""
    events = (ComplaintEvent.select(ComplaintEvent.complaint, ComplaintEvent.at,
                                    ComplaintEvent.kind, ComplaintEvent.stage_to,
                                    ComplaintEvent.due_date)
              .where(ComplaintEvent.complaint.in_(complaints)
                     & ComplaintEvent.stage_to.is_null(False))
              .order_by(ComplaintEvent.at, ComplaintEvent.created_at))
    state: dict[str, tuple[str, dt.date | None, bool]] = {}
    for e in events.namedtuples():
        cid = e.complaint
        if scope.by_as_of(e.at):
            replied = state.get(cid, ("", None, False))[2] or e.kind == "reply"
            state[cid] = (e.stage_to, e.due_date, replied)
        elif cid not in state:
            state[cid] = (e.stage_to, e.due_date, False)  # entered after the moment
    return state
