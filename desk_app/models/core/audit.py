"""The audit trail: who did what, when, to which record, with the values before and after.

Events are numbered per office (gapless) and hash-chained: each event's hash covers its
own content and the previous event's hash, so `desk-app check` sees an event that was
altered, deleted or slipped in.

Rows are tied to the trail: an event about an audited record carries that record's
content hash as it stands after the change (`diff["row_hash"]`, computed here from the
row, so callers need not), and every other audited record saved in the same
transaction (the request's timeline entry, the SOP's steps) gets its own event with its
hash. `desk-app check` recomputes each row's hash against its latest event
(models/core/trail.py). What the chain cannot prove on its own: whoever holds the only
copy can rewrite rows, events and hashes alike. The head (`chain_head`) printed on
reports and sent in bundles is the anchor that makes such a rewrite visible
(`verify_anchor`).
"""

from __future__ import annotations

import hashlib
import json

import peewee

from desk_app.models.core import trail
from desk_app.models.core.audit_event import AuditEvent
from desk_app.models.core.base import new_id, take_written_rows, utcnow
from desk_app.models.core.db import as_datetime, raw_rows
from desk_app.models.core.office import Counter, next_serial

SYSTEM_ACTOR = "sistem"
GENESIS_HASH = "0" * 64
SEAL = "seal"  # an event that only records a record's content hash (diff: row_hash, for)
CHUNK = 1000




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


def _prev_hash(office: str, seq: int) -> str:
    prev = (
        AuditEvent.select(AuditEvent.hash)
        .where((AuditEvent.office == office) & (AuditEvent.seq == seq - 1))
        .first()
    )
    return prev.hash if prev else GENESIS_HASH


def _append(who: str, action: str, entity: str, entity_id: str, office: str, diff) -> AuditEvent:
    seq = next_serial(office, "audit", 0)
    prev_hash = _prev_hash(office, seq)
    at = utcnow()
    return AuditEvent.create(
        office=office, seq=seq, at=at, actor=who, action=action, entity=entity,
        entity_id=entity_id, diff=diff, prev_hash=prev_hash,
        hash=event_hash(prev_hash, office, seq, at, who, action, entity, entity_id, diff),
    )


def record(actor, action: str, entity: str, entity_id, office: str, diff=None) -> AuditEvent:
    """Append one event. Call inside the write transaction of the change it describes,
    after the change: the event seals the record's content as it now stands, and every
    other audited record saved in this transaction gets an event of its own."""
    diff = json.loads(json.dumps(diff or {}, ensure_ascii=False, default=str))
    entity_id = str(entity_id)
    sealed = trail.hash_entity(entity, entity_id)
    if sealed is not None and isinstance(diff, dict):
        diff["row_hash"] = sealed
    who = actor_name(actor)
    event = _append(who, action, entity, entity_id, office, diff)
    for model, row_id in take_written_rows():
        name = model.__name__
        if (name, row_id) == (entity, entity_id) or not trail.is_audited(name):
            continue
        row_hash = trail.hash_entity(name, row_id)
        if row_hash not in (None, trail.DELETED):  # a row of a rolled-back transaction
            _append(who, SEAL, name, row_id, office,
                    {"row_hash": row_hash, "for": action, "part_of": f"{entity}:{entity_id}"})
    return event


def record_change(actor, action: str, instance, before: dict | None, after: dict | None,
                  office: str | None = None) -> AuditEvent:
    diff = {"before": before, "after": after}
    office = office or getattr(instance, "office", None) or getattr(instance, "code", "")
    return record(actor, action, type(instance).__name__, instance._pk, office, diff)


def seal_rows(actor, action: str, model, ids, office: str) -> int:
    """One event per record for rows written in bulk (an import, a bulk load): each
    carries the row's content hash, chained as usual. `ids`: the records' keys or a query
    selecting them. Call inside the write transaction. Returns how many were written."""
    name = model.__name__
    if isinstance(ids, peewee.BaseQuery):  # a query selecting the ids
        ids = [row[0] for row in ids.tuples()]
    ids = [str(i) for i in ids]
    written = 0
    for start in range(0, len(ids), CHUNK):
        hashes = trail.hash_rows(model, ids[start:start + CHUNK])
        items = [(name, row_id, {"row_hash": h, "for": action}) for row_id, h in hashes]
        written += _append_many(actor_name(actor), office, items)
    return written


def seal_unsealed(actor, office: str, action: str = "seal") -> int:
    """Seal every audited record that no event has sealed yet (records written before
    rows were tied to the trail, or loaded in bulk). Returns how many were sealed."""
    total = 0
    batch: list[tuple[str, str, dict]] = []
    who = actor_name(actor)
    for name, row_id, row_hash in trail.unsealed_rows():
        batch.append((name, row_id, {"row_hash": row_hash, "for": action}))
        if len(batch) >= CHUNK:
            total += _append_many(who, office, batch)
            batch = []
    if batch:
        total += _append_many(who, office, batch)
    return total


def seal_merged(actor, action: str, office: str, events: list[dict],
                rows: dict[type, list[dict]]) -> int:
    """After another office's records and events were merged here: every audited record
    they name whose content here differs from what its latest event recorded (a username
    qualified with the office code, a holiday the calendar here already had, a version
    kept here in a conflict) is sealed as it stands here. Returns how many were sealed."""
    named: dict[str, set[str]] = {}
    for event in events:
        if trail.is_audited(event.get("entity", "")):
            named.setdefault(event["entity"], set()).add(str(event["entity_id"]))
    for model, written in rows.items():
        if trail.is_audited(model.__name__) and model.__name__ != "Setting":
            pk = model._meta.primary_key.name
            named.setdefault(model.__name__, set()).update(str(r[pk]) for r in written if pk in r)
    items = []
    for name, ids in sorted(named.items()):
        ids = sorted(ids)
        recorded = trail.latest_hashes(name, ids)
        if name == "Setting":
            current = {i: trail.hash_entity(name, i) for i in ids}
        else:
            current = dict(trail.hash_rows(trail.models()[name], ids))
        for row_id in ids:
            now = current.get(row_id) or trail.DELETED
            if recorded.get(row_id, (None,))[0] != now:
                items.append((name, row_id, {"row_hash": now, "for": action}))
    total = 0
    for start in range(0, len(items), CHUNK):
        total += _append_many(actor_name(actor), office, items[start:start + CHUNK])
    return total


def _append_many(who: str, office: str, items: list[tuple[str, str, dict]]) -> int:
    """Seal events for many records at once (action SEAL, what for in the diff)."""
    action = SEAL
    if not items:
        return 0
    last = _reserve(office, len(items))
    seq = last - len(items) + 1
    prev_hash = _prev_hash(office, seq)
    at = utcnow()
    rows = []
    fields = AuditEvent._meta.sorted_fields
    for entity, entity_id, diff in items:
        digest = event_hash(prev_hash, office, seq, at, who, action, entity, entity_id, diff)
        row = {"id": new_id(), "office": office, "seq": seq, "at": at, "actor": who,
               "action": action, "entity": entity, "entity_id": entity_id, "diff": diff,
               "prev_hash": prev_hash, "hash": digest}
        rows.append(tuple(f.db_value(row[f.name]) for f in fields))
        prev_hash, seq = digest, seq + 1
    # the statement built once, each row through its fields' db_value (insert_many would
    # build SQL text for every value: most of the time of sealing a bulk load)
    db = AuditEvent._meta.database.obj
    sql = (f'INSERT INTO "{AuditEvent._meta.table_name}" ('
           + ", ".join(f'"{f.column_name}"' for f in fields)
           + ") VALUES (" + ", ".join([db.param] * len(fields)) + ")")
    db.cursor().executemany(sql, rows)
    return len(rows)


def _reserve(office: str, count: int) -> int:
    """Take `count` audit numbers at once; returns the last one."""
    next_serial(office, "audit", 0)  # creates the counter row and locks it
    Counter.update(last=Counter.last + (count - 1)).where(
        (Counter.office == office) & (Counter.kind == "audit") & (Counter.year == 0)).execute()
    return Counter.get(office=office, kind="audit", year=0).last


# --- verifying the chain ----------------------------------------------------------------

def verify_chain(office: str | None = None) -> list[str]:
    """Faults in the hash chain of one office (or every office); empty when intact."""
    offices = [office] if office else chain_offices()
    faults: list[str] = []
    for code in offices:
        faults += _verify_office(code)
    return faults


def chain_offices() -> list[str]:
    """Every office with an audit chain (or a counter for one) in this database."""
    codes = {r.office for r in AuditEvent.select(AuditEvent.office).distinct()}
    codes |= {r.office for r in Counter.select(Counter.office).where(Counter.kind == "audit")}
    return sorted(codes)


def _verify_office(office: str) -> list[str]:
    faults = []
    expected_seq = 1
    prev_hash = GENESIS_HASH
    for seq, at, actor, action, entity, entity_id, diff, ev_prev, ev_hash in _events(office):
        if seq != expected_seq:
            faults.append(
                f"Audit {office}: nomor urut {expected_seq} hilang (berikutnya {seq})"
            )
        if ev_prev != prev_hash:
            faults.append(f"Audit {office} #{seq}: rantai terputus (hash sebelumnya berbeda)")
        try:
            recomputed = event_hash(ev_prev, office, seq, as_datetime(at), actor, action,
                                    entity, entity_id, None if diff is None else json.loads(diff))
        except (ValueError, TypeError):
            recomputed = None
        if recomputed != ev_hash:
            faults.append(f"Audit {office} #{seq}: isi peristiwa telah diubah")
        prev_hash = ev_hash
        expected_seq = seq + 1
    counter = Counter.get_or_none(office=office, kind="audit", year=0)
    if counter and counter.last >= expected_seq:
        faults.append(
            f"Audit {office}: peristiwa terakhir #{counter.last} hilang (tercatat s.d. #{expected_seq - 1})"
        )
    return faults


def _events(office: str, batch: int = 5000):
    """The office's events in order, raw and a batch at a time (memory stays flat)."""
    e = AuditEvent
    last = None
    while True:
        where = e.office == office
        if last is not None:
            where &= e.seq > last
        rows = raw_rows(e.select(e.seq, e.at, e.actor, e.action, e.entity, e.entity_id, e.diff,
                                 e.prev_hash, e.hash).where(where).order_by(e.seq).limit(batch))
        yield from rows
        if len(rows) < batch:
            return
        last = rows[-1][0]


# --- anchors ----------------------------------------------------------------------------

def chain_head(office: str) -> dict:
    """The office's latest event as an anchor to keep outside this database:
    {"seq": N, "hash": "<64 hex>"}; seq 0 and the genesis hash for an empty chain."""
    last = (AuditEvent.select(AuditEvent.seq, AuditEvent.hash)
            .where(AuditEvent.office == office).order_by(AuditEvent.seq.desc()).first())
    return {"seq": last.seq, "hash": last.hash} if last else {"seq": 0, "hash": GENESIS_HASH}


def parse_anchor(text: str) -> tuple[str | None, int, str]:
    """`SEQ:HASH` or `OFFICE:SEQ:HASH` (HASH: at least the first 16 hex digits)."""
    parts = (text or "").strip().split(":")
    office = parts[0] if len(parts) == 3 else None
    if len(parts) not in (2, 3):
        raise ValueError(text)
    seq_text, digest = parts[-2].strip(), parts[-1].strip().lower()
    if not seq_text.isdigit() or len(digest) < 16 or len(digest) > 64 \
            or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError(text)
    return office, int(seq_text), digest


def verify_anchor(office: str, seq: int, digest: str) -> list[str]:
    """Faults when the office's chain no longer passes through event `seq` with hash
    `digest` (a prefix of at least 16 hex digits); empty when it does. Only a chain that
    is also intact (verify_chain) proves anything: an anchor vouches for what led to it."""
    label = f"Jangkar {office} #{seq}:{digest[:16]}"
    if seq == 0:
        return []
    event = AuditEvent.get_or_none((AuditEvent.office == office) & (AuditEvent.seq == seq))
    if event is None:
        head = chain_head(office)
        return [f"{label}: peristiwa #{seq} tidak ada lagi (rantai kini berakhir di #{head['seq']}); "
                "jejak audit telah dipotong atau dikosongkan"]
    if not event.hash.startswith(digest.lower()):
        return [f"{label}: hash peristiwa #{seq} kini {event.hash[:16]}; "
                "jejak audit sampai titik itu telah ditulis ulang"]
    return []


def history(entity: str, entity_id) -> list[AuditEvent]:
    return list(
        AuditEvent.select()
        .where((AuditEvent.entity == entity) & (AuditEvent.entity_id == str(entity_id)))
        .order_by(AuditEvent.office, AuditEvent.seq)
    )
