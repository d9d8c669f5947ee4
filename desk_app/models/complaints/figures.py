"""Complaint figures for a period (DOMAIN.md §4), for the monthly/semester reports.

Which complaints count: those **received** in the period (not voided), of one office or
of every office (`office=None`). Their stage is the stage they are in now; "replied"
means a reply is recorded; "within the deadline" means replied no later than
`reply_deadline` (received date + 14 working days, 60 when an examination is needed,
per the office's options). Working days to reply/close run from the received date to
the reply date / the office-local closing date. The overdue list holds complaints of the
period still in an open stage before the reply whose stage deadline passed before
`as_of` (default: today at the office); `listing` holds every complaint of the period.
Rows carry no complainant; see `complaints.identity.safe_text` for the text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from desk_app.models.catalogue.tables import Service
from desk_app.models.complaints import deadlines as complaint_deadlines
from desk_app.models.complaints import identity as complaint_identity
from desk_app.models.complaints.tables import (
    CATEGORIES,
    CHANNELS,
    KINDS,
    SIDE_EXITS,
    STAGES,
    Complaint,
)
from desk_app.models.core.dates import local_today, office_zones, to_local
from desk_app.models.core.periods import Period, parse_period
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
    days_overdue: int  # working days past the stage deadline on `as_of` (0 when not late)
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
    avg_days_reply: float | None = None  # working days from receipt, 2 decimals
    avg_days_close: float | None = None
    closed: int = 0
    overdue: list[ComplaintLine] = field(default_factory=list)  # most days late first
    listing: list[ComplaintLine] = field(default_factory=list)  # every complaint, by received date


def _round(value: float) -> float:
    return float(Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _mean(values: list[int]) -> float | None:
    return _round(sum(values) / len(values)) if values else None


FIELDS = (Complaint.id, Complaint.office, Complaint.number, Complaint.kind, Complaint.channel,
          Complaint.category, Complaint.received_date, Complaint.stage, Complaint.stage_due,
          Complaint.needs_examination, Complaint.reply_date, Complaint.closed_at, Complaint.text,
          Complaint.protection, Complaint.complainant_name, Complaint.complainant_contact,
          Complaint.service)


def complaint_figures(period: Period | str, office: str | None = None,
                      as_of: dt.date | None = None) -> ComplaintFigures:
    span = parse_period(period) if isinstance(period, str) else period
    zones = office_zones()
    as_of = as_of or local_today(zones.get(office) if office else None)
    figures = ComplaintFigures(
        period=span, office=office, as_of=as_of,
        by_kind=dict.fromkeys(KINDS, 0), by_channel=dict.fromkeys(CHANNELS, 0),
        by_category=dict.fromkeys(CATEGORIES, 0), by_stage=dict.fromkeys(STAGES + SIDE_EXITS, 0),
    )
    query = (Complaint.select(*FIELDS)
             .where(Complaint.voided_at.is_null() & Complaint.received_date.between(span.start, span.end))
             .order_by(Complaint.received_date, Complaint.number))
    if office:
        query = query.where(Complaint.office == office)
    to_reply, to_close = [], []
    workdays = WorkdayCounter(span.start, max(as_of, span.end) + dt.timedelta(days=120))
    reply_days: dict[tuple[str, bool], int] = {}  # office options, read once
    services = {s.id: s.name for s in Service.select(Service.id, Service.name)}
    for c in query.iterator():
        figures.received += 1
        for bucket, key in ((figures.by_kind, c.kind), (figures.by_channel, c.channel),
                            (figures.by_category, c.category), (figures.by_stage, c.stage)):
            bucket[key] = bucket.get(key, 0) + 1
        if c.reply_date:
            figures.replied += 1
            key = (c.office, c.needs_examination)
            if key not in reply_days:
                reply_days[key] = complaint_deadlines.reply_days(c)
            figures.replied_on_time += c.reply_date <= add_working_days(c.received_date, reply_days[key])
            to_reply.append(workdays.between(c.received_date, c.reply_date))
        if c.closed_at:
            figures.closed += 1
            closed_day = to_local(c.closed_at, zones.get(c.office)).date()
            to_close.append(workdays.between(c.received_date, closed_day))
        late = complaint_deadlines.is_overdue(c, as_of)
        line = ComplaintLine(c.number, c.received_date, c.kind, c.channel, c.category, c.stage,
                             c.stage_due, workdays.between(c.stage_due, as_of) if late else 0,
                             services.get(c.service_id, ""), complaint_identity.safe_text(c))
        figures.listing.append(line)
        if late:
            figures.overdue.append(line)
    if figures.replied:
        figures.replied_on_time_share = figures.replied_on_time / figures.replied
    figures.avg_days_reply = _mean(to_reply)
    figures.avg_days_close = _mean(to_close)
    figures.overdue.sort(key=lambda r: (-r.days_overdue, r.received_date, r.number))
    return figures
