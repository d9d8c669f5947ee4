"""The office itself, its counters for human numbers, and cuti bersama days."""

from __future__ import annotations

import peewee

from desk_app.models.core.base import BaseModel, JSONField, Record, utcnow
from desk_app.models.core.db import is_sqlite

DEFAULT_TZ = "Asia/Makassar"  # NTB (WITA); an office's own zone: dates.office_zone()


class Office(BaseModel):
    code = peewee.CharField(primary_key=True, max_length=32)
    name = peewee.CharField(max_length=200)
    unit = peewee.CharField(max_length=200, default="")
    parent = peewee.CharField(max_length=32, null=True)
    address = peewee.TextField(default="")
    city = peewee.CharField(max_length=100, default="")
    phone = peewee.CharField(max_length=50, default="")
    email = peewee.CharField(max_length=100, default="")
    website = peewee.CharField(max_length=100, default="")
    letterhead = JSONField(default=list)  # lines printed at the top of every document
    letter_code = peewee.CharField(max_length=32, default="")  # e.g. Kw.18.4, for letter numbers
    time_zone = peewee.CharField(max_length=64, default=DEFAULT_TZ)
    created_at = peewee.DateTimeField(default=utcnow)
    updated_at = peewee.DateTimeField(default=utcnow, index=True)


class Counter(BaseModel):
    """The last human number given per office, kind and year (gapless serials)."""

    office = peewee.CharField(max_length=32)
    kind = peewee.CharField(max_length=32)
    year = peewee.IntegerField()
    last = peewee.IntegerField(default=0)

    class Meta:
        primary_key = peewee.CompositeKey("office", "kind", "year")


class CutiBersama(Record):
    """A collective leave day set by joint ministerial decree; entered by the admin."""

    date = peewee.DateField(unique=True)
    description = peewee.CharField(max_length=200, default="Cuti bersama")


class Setting(BaseModel):
    """An office-wide option; declared with its type and default in models/settings.py."""

    office = peewee.CharField(max_length=32)
    key = peewee.CharField(max_length=64)
    value = JSONField(null=True)
    updated_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        primary_key = peewee.CompositeKey("office", "key")


def next_serial(office: str, kind: str, year: int) -> int:
    """Take the next number of a gapless series. Call inside the caller's write
    transaction: the counter row stays locked until it commits, so two counters never
    get the same number and a rolled-back transaction gives its number back."""
    if is_sqlite():
        Counter.insert(office=office, kind=kind, year=year, last=0).on_conflict_ignore().execute()
    else:
        Counter.insert(office=office, kind=kind, year=year, last=0).on_conflict(
            conflict_target=[Counter.office, Counter.kind, Counter.year], action="NOTHING"
        ).execute()
    row = (
        Counter.update(last=Counter.last + 1)
        .where((Counter.office == office) & (Counter.kind == kind) & (Counter.year == year))
        .returning(Counter.last)
        .execute()
    )
    return list(row)[0].last


def peek_serial(office: str, kind: str, year: int) -> int:
    """The last number given so far (0 when none)."""
    row = Counter.get_or_none(office=office, kind=kind, year=year)
    return row.last if row else 0


def home_office() -> Office | None:
    """The office this database belongs to: the first one created (a consolidated
    province database holds others too, imported from bundles: those are marked by a
    `_bundle_import` setting and never count as home, whatever their creation date)."""
    imported = Setting.select(Setting.office).where(Setting.key == "_bundle_import")
    own = Office.select().where(Office.code.not_in(imported)).order_by(Office.created_at).first()
    return own or Office.select().order_by(Office.created_at).first()
