"""Base classes every table inherits: UUID keys, office code, UTC timestamps, void."""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid

import peewee

from desk_app.models.core.db import database


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    """Naive UTC: stored as such on both backends and shown in the office's time zone."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class JSONField(peewee.TextField):
    """JSON kept as text, so SQLite and PostgreSQL store it the same way."""

    def db_value(self, value):
        return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)

    def python_value(self, value):
        return None if value is None else json.loads(value)


_written = threading.local()


def take_written_rows() -> list[tuple[type, str]]:
    """The records saved on this thread since the last call (the audit trail seals each
    one with its content hash in the event that describes the change)."""
    rows = getattr(_written, "rows", None) or {}
    _written.rows = {}
    return list(rows)


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False


class Record(BaseModel):
    """A business record: mergeable between offices, so keyed by UUID and office code."""

    id = peewee.CharField(primary_key=True, max_length=36, default=new_id)
    office = peewee.CharField(max_length=32, index=True)
    created_at = peewee.DateTimeField(default=utcnow)
    updated_at = peewee.DateTimeField(default=utcnow, index=True)

    def save(self, *args, **kwargs):
        if self._pk is not None and not kwargs.get("force_insert"):
            self.updated_at = utcnow()
        result = super().save(*args, **kwargs)
        _written.__dict__.setdefault("rows", {})[(type(self), str(self._pk))] = None
        return result


class VoidableRecord(Record):
    """Something a citizen handed in: never deleted, voided with a reason instead."""

    voided_at = peewee.DateTimeField(null=True)
    voided_by = peewee.CharField(max_length=64, null=True)
    void_reason = peewee.TextField(null=True)

    @property
    def is_void(self) -> bool:
        return self.voided_at is not None


def snapshot(instance: peewee.Model, exclude: tuple[str, ...] = ()) -> dict:
    """The record's column values as JSON-friendly data, for the audit trail."""
    data = {}
    for name, field in instance._meta.fields.items():
        if name in exclude:
            continue
        value = instance.__data__.get(name)
        if isinstance(field, JSONField):
            data[name] = value
        elif isinstance(value, (dt.date, dt.datetime, dt.time)):
            data[name] = value.isoformat()
        elif value is None or isinstance(value, (bool, int, float, str)):
            data[name] = value
        else:
            data[name] = str(value)
    return data


def changes(before: dict, after: dict) -> dict:
    """Only the keys whose value differs: {key: [old, new]}."""
    keys = sorted(set(before) | set(after))
    return {k: [before.get(k), after.get(k)] for k in keys if before.get(k) != after.get(k)}
