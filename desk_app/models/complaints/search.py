"""Finding complaints: the list's rows (a label for the complainant, never a hidden
identity), filtered and paged newest first (keyset paging)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from desk_app.models.complaints.deadlines import is_due_soon, is_overdue
from desk_app.models.complaints.identity import complainant_label
from desk_app.models.complaints.records import choose
from desk_app.models.complaints.tables import ACTIVE_STAGES, ALL_STAGES, STAGE_OPEN, Complaint
from desk_app.models.core.dates import local_today, office_zone
from desk_app.models.core.paging import Page
from desk_app.models.core.periods import Period, parse_period
from desk_app.models.core.workdays import WorkdayCounter


@dataclass(frozen=True)
class ComplaintRow:
    id: str
    office: str
    number: str
    received_date: dt.date
    kind: str
    channel: str
    external_ticket: str
    category: str
    complainant: str  # label only: a name for named complaints, never a hidden identity
    stage: str
    stage_due: dt.date | None
    overdue: bool
    due_soon: bool
    days_overdue: int
    assigned_unit: str
    registered_at: dt.datetime

    def as_dict(self) -> dict:
        return asdict(self)


LIST_FIELDS = (Complaint.id, Complaint.office, Complaint.number, Complaint.received_date,
               Complaint.kind, Complaint.channel, Complaint.external_ticket, Complaint.category,
               Complaint.protection, Complaint.complainant_name, Complaint.stage,
               Complaint.stage_due, Complaint.assigned_unit, Complaint.registered_at)


def _row(c: Complaint, today: dt.date, counter: WorkdayCounter) -> ComplaintRow:
    late = is_overdue(c, today)
    return ComplaintRow(
        id=c.id, office=c.office, number=c.number, received_date=c.received_date, kind=c.kind,
        channel=c.channel, external_ticket=c.external_ticket, category=c.category,
        complainant=complainant_label(c), stage=c.stage, stage_due=c.stage_due,
        overdue=late, due_soon=is_due_soon(c, today),
        days_overdue=counter.between(c.stage_due, today) if late else 0, assigned_unit=c.assigned_unit,
        registered_at=c.registered_at,
    )


def search_complaints(office: str | None = None, *, stage: str | None = None,
                      category: str | None = None, channel: str | None = None,
                      overdue: bool | None = None, period: Period | str | None = None,
                      query: str = "", after: tuple | None = None, limit: int = 100,
                      today: dt.date | None = None) -> Page[ComplaintRow]:
    """Newest received first, one page at a time (keyset: received date, registration
    time, id). `query` matches the tracking number or the external ticket."""
    today = today or local_today(office_zone(office) if office else None)
    needle = (query or "").strip()
    query = Complaint.select(*LIST_FIELDS).where(Complaint.voided_at.is_null())
    if office:
        query = query.where(Complaint.office == office)
    if stage == STAGE_OPEN:
        query = query.where(Complaint.stage != "selesai")
    elif stage:
        query = query.where(Complaint.stage == choose(stage, ALL_STAGES, "Tahap", "stage"))
    if category:
        query = query.where(Complaint.category == category)
    if channel:
        query = query.where(Complaint.channel == channel)
    if overdue is not None:
        late = Complaint.stage.in_(ACTIVE_STAGES) & (Complaint.stage_due < today)
        query = query.where(late if overdue else ~late)
    if period:
        span = parse_period(period) if isinstance(period, str) else period
        query = query.where(Complaint.received_date.between(span.start, span.end))
    if needle:
        pattern = f"%{needle}%"
        query = query.where((Complaint.number ** pattern) | (Complaint.external_ticket ** pattern))
    if after:
        day, stamp, key = after
        query = query.where(
            (Complaint.received_date < day)
            | ((Complaint.received_date == day) & (Complaint.registered_at < stamp))
            | ((Complaint.received_date == day) & (Complaint.registered_at == stamp) & (Complaint.id < key))
        )
    query = query.order_by(Complaint.received_date.desc(), Complaint.registered_at.desc(),
                           Complaint.id.desc()).limit(limit + 1)
    found = list(query)
    late = [c.stage_due for c in found if is_overdue(c, today)]
    counter = WorkdayCounter(min(late), today) if late else None
    rows = [_row(c, today, counter) for c in found[:limit]]
    cursor = None
    if len(found) > limit:
        last = found[limit - 1]
        cursor = (last.received_date, last.registered_at, last.id)
    return Page(rows, cursor)
