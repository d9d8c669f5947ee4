"""The audit trail: who did what, when, to which record, with the values before and after.

Events are numbered per office (gapless) and hash-chained: each event's hash covers its
own content and the previous event's hash, so `desk-app check` sees an event that was
altered, deleted or slipped in.
"""

from __future__ import annotations

import hashlib
import json

import peewee

from desk_app.models.core.base import BaseModel, JSONField, new_id, utcnow
from desk_app.models.core.office import Counter, next_serial

SYSTEM_ACTOR = "sistem"
GENESIS_HASH = "0" * 64


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


def actor_name(actor) -> str:
    if actor is None:
        return SYSTEM_ACTOR
    return getattr(actor, "username", None) or str(actor)


def event_hash(prev_hash: str, office: str, seq: int, at, actor: str, action: str,
               entity: str, entity_id: str, diff) -> str:
    payload = json.dumps(
        [office, seq, at.isoformat(timespec="microseconds"), actor, action, entity, entity_id, diff],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + payload).encode()).hexdigest()


def record(actor, action: str, entity: str, entity_id, office: str, diff=None) -> AuditEvent:
    """Append one event. Call inside the write transaction of the change it describes."""
    diff = json.loads(json.dumps(diff or {}, ensure_ascii=False, default=str))
    seq = next_serial(office, "audit", 0)
    prev = (
        AuditEvent.select(AuditEvent.hash)
        .where((AuditEvent.office == office) & (AuditEvent.seq == seq - 1))
        .first()
    )
    prev_hash = prev.hash if prev else GENESIS_HASH
    at = utcnow()
    who = actor_name(actor)
    return AuditEvent.create(
        office=office,
        seq=seq,
        at=at,
        actor=who,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        diff=diff,
        prev_hash=prev_hash,
        hash=event_hash(prev_hash, office, seq, at, who, action, entity, str(entity_id), diff),
    )


def record_change(actor, action: str, instance, before: dict | None, after: dict | None,
                  office: str | None = None) -> AuditEvent:
    diff = {"before": before, "after": after}
    office = office or getattr(instance, "office", None) or getattr(instance, "code", "")
    return record(actor, action, type(instance).__name__, instance._pk, office, diff)


def verify_chain(office: str | None = None) -> list[str]:
    """Faults in the hash chain of one office (or every office); empty when intact."""
    offices = [office] if office else [
        r.office for r in AuditEvent.select(AuditEvent.office).distinct()
    ]
    faults: list[str] = []
    for code in offices:
        faults += _verify_office(code)
    return faults


def _verify_office(office: str) -> list[str]:
    faults = []
    expected_seq = 1
    prev_hash = GENESIS_HASH
    query = AuditEvent.select().where(AuditEvent.office == office).order_by(AuditEvent.seq)
    for ev in query.iterator():
        if ev.seq != expected_seq:
            faults.append(
                f"Audit {office}: nomor urut {expected_seq} hilang (berikutnya {ev.seq})"
            )
        if ev.prev_hash != prev_hash:
            faults.append(f"Audit {office} #{ev.seq}: rantai terputus (hash sebelumnya berbeda)")
        recomputed = event_hash(ev.prev_hash, ev.office, ev.seq, ev.at, ev.actor, ev.action,
                                ev.entity, ev.entity_id, ev.diff)
        if recomputed != ev.hash:
            faults.append(f"Audit {office} #{ev.seq}: isi peristiwa telah diubah")
        prev_hash = ev.hash
        expected_seq = ev.seq + 1
    counter = Counter.get_or_none(office=office, kind="audit", year=0)
    if counter and counter.last >= expected_seq:
        faults.append(
            f"Audit {office}: peristiwa terakhir #{counter.last} hilang (tercatat s.d. #{expected_seq - 1})"
        )
    return faults


def history(entity: str, entity_id) -> list[AuditEvent]:
    return list(
        AuditEvent.select()
        .where((AuditEvent.entity == entity) & (AuditEvent.entity_id == str(entity_id)))
        .order_by(AuditEvent.office, AuditEvent.seq)
    )
