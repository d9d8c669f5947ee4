"""The audit trail's table: one event per change, numbered per office and hash-chained
(the rules that write and check it: audit.py and trail.py, which both import this)."""

from __future__ import annotations

import peewee

from desk_app.models.core.base import BaseModel, JSONField, new_id, utcnow


class AuditEvent(BaseModel):
    id = peewee.CharField(primary_key=True, max_length=36, default=new_id)
    office = peewee.CharField(max_length=32)
    seq = peewee.IntegerField()
    at = peewee.DateTimeField(default=utcnow)
    actor = peewee.CharField(max_length=64)
    action = peewee.CharField(max_length=32)
    entity = peewee.CharField(max_length=64)
    entity_id = peewee.CharField(max_length=64)
    diff = JSONField(default=dict)
    prev_hash = peewee.CharField(max_length=64)
    hash = peewee.CharField(max_length=64)

    class Meta:
        indexes = (
            (("office", "seq"), True),
            (("entity", "entity_id"), False),
        )
