"""Rows tied to the audit trail: each audited record's content hash, and the check that
every record still matches the hash its latest audit event recorded.

A record's hash covers its table and every column that is not empty, keyed by column
name (a column added later with no value does not change old hashes), read raw from
the driver and made the same on both backends: date-times as ISO text with microseconds,
booleans as booleans, floats to 6 significant digits (PostgreSQL keeps `FloatField` as a
4-byte REAL), JSON columns as stored (the application writes them with sorted keys). A
migration that fills a new column for old rows must seal them again. An office's
settings are one record for the trail (entity `Setting`, id = the office code), without
the internal `_...` marks that bundles keep there.

The check streams each table in primary-key batches and looks up, for just that batch,
the latest event naming each record (`entity`, `entity_id` is indexed); records with
events but no row are found by one anti-join per table. Memory stays at one batch.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import hashlib
import json

import peewee

from desk_app.models.core.audit_event import AuditEvent
from desk_app.models.core.base import BaseModel
from desk_app.models.core.db import database, is_sqlite, raw_rows

AUDITED = ("Office", "Setting", "CutiBersama", "User", "Service", "ServiceStandard", "Sop",
           "SopRevision", "SopStep", "ServiceRequest", "RequestEvent", "RequestStep",
           "Complaint", "ComplaintEvent", "SurveyBatch", "SurveyResponse", "FollowUpPlan")
DELETED = "deleted"  # the row hash of an event whose record no longer exists (lawfully)
BATCH = 2000
MAX_LISTED = 20  # per table and kind of problem; the rest is counted

LABELS = {
    "Office": "kantor", "Setting": "pengaturan kantor", "CutiBersama": "cuti bersama",
    "User": "pengguna", "Service": "layanan", "ServiceStandard": "standar pelayanan",
    "Sop": "SOP", "SopRevision": "revisi SOP", "SopStep": "langkah SOP",
    "ServiceRequest": "permohonan", "RequestEvent": "riwayat permohonan",
    "RequestStep": "langkah permohonan", "Complaint": "pengaduan",
    "ComplaintEvent": "riwayat pengaduan", "SurveyBatch": "batch survei",
    "SurveyResponse": "formulir survei", "FollowUpPlan": "rencana tindak lanjut SKM",
}

_models: dict[str, type] | None = None


def models() -> dict[str, type]:
    """The audited tables loaded so far, by name (from peewee's class hierarchy, not the
    table list, which imports every feature: `check` loads that list itself)."""
    global _models
    if _models is None or len(_models) < len(AUDITED):
        found, todo = {}, [BaseModel]
        while todo:
            cls = todo.pop()
            todo.extend(cls.__subclasses__())
            if cls.__name__ in AUDITED:
                found[cls.__name__] = cls
        _models = found
    return _models


def is_audited(name: str) -> bool:
    return name in AUDITED


# --- hashing ------------------------------------------------------------------------------

def _canon(value):
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float):
        return float(f"{value:.6g}")
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    return value


def _digest(name: str, names: list[str], values) -> str:
    data = {n: _canon(v) for n, v in zip(names, values, strict=True) if v is not None}
    text = json.dumps([name, data], ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _dt_text(value):
    if isinstance(value, str):  # SQLite keeps what Python's adapter wrote: "YYYY-MM-DD HH:MM:SS[.ffffff]"
        if len(value) == 26 and value[10] == " ":
            return value[:10] + "T" + value[11:]
        if len(value) == 19 and value[10] == " ":
            return value[:10] + "T" + value[11:] + ".000000"
        try:
            return dt.datetime.fromisoformat(value).isoformat(timespec="microseconds")
        except ValueError:
            return value  # kept as text: it hashes differently, as it should
    return value.isoformat(timespec="microseconds")


def _date_text(value):
    return value if isinstance(value, str) else value.isoformat()


def _float_text(value):
    return f"{value:.6g}"


def _canon_for(field):
    """How one column's raw driver value is made the same on both backends. JSON columns
    are hashed as stored: the application always writes them with sorted keys."""
    if isinstance(field, peewee.DateTimeField):
        return _dt_text
    if isinstance(field, peewee.DateField):
        return _date_text
    if isinstance(field, peewee.BooleanField):
        return bool
    if isinstance(field, peewee.FloatField):
        return _float_text
    return None


_plans: dict[type, tuple] = {}
_upgrading = False


@contextlib.contextmanager
def upgrading():
    """While migration steps run, a table may lack a column a later step adds: rows are
    read and hashed by the columns the table has (a missing column is a NULL one, which
    the hash leaves out anyway), and no plan is cached."""
    global _upgrading
    _plans.clear()
    _upgrading = True
    try:
        yield
    finally:
        _upgrading = False
        _plans.clear()


def _plan(model) -> tuple:
    """(fields, [(name, position, canon) sorted by name], primary key position)."""
    plan = _plans.get(model)
    if plan is None:
        fields = model._meta.sorted_fields
        if _upgrading:
            present = {c.name for c in database.obj.get_columns(model._meta.table_name)}
            fields = [f for f in fields if f.column_name in present]
        order = sorted(range(len(fields)), key=lambda i: fields[i].name)
        plan = (fields, [(fields[i].name, i, _canon_for(fields[i])) for i in order],
                fields.index(model._meta.primary_key))
        if not _upgrading:
            _plans[model] = plan
    return plan


def _row_digest(name: str, columns, row) -> str:
    items = []
    for column, at, canon in columns:
        value = row[at]
        if value is not None:
            items.append(column)
            items.append(canon(value) if canon else value)
    text = json.dumps([name, items], ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _columns(model):
    fields, _, pk_at = _plan(model)
    return fields, [f.name for f in fields], pk_at


def hash_rows(model, ids) -> list[tuple[str, str]]:
    """(id, hash) of the given records that exist."""
    fields, columns, pk_at = _plan(model)
    query = model.select(*fields).where(model._meta.primary_key.in_(list(ids)))
    return [(str(row[pk_at]), _row_digest(model.__name__, columns, row)) for row in raw_rows(query)]


def _settings(office: str | None = None) -> dict[str, dict]:
    from desk_app.models.core.office import Setting

    query = Setting.select(Setting.office, Setting.key, Setting.value)
    if office is not None:
        query = query.where(Setting.office == office)
    grouped: dict[str, dict] = {}
    for code, key, value in query.tuples():
        if not key.startswith("_"):
            grouped.setdefault(code, {})[key] = value
    return grouped


def _settings_hash(values: dict) -> str:
    keys = sorted(values)
    return _digest("Setting", keys, [values[k] for k in keys])


def hash_entity(name: str, entity_id: str) -> str | None:
    """The record's hash now, DELETED when it is gone, None for what is not audited."""
    if name not in AUDITED or name not in models():
        return None
    if name == "Setting":
        values = _settings(entity_id).get(entity_id)
        return _settings_hash(values) if values else DELETED
    found = hash_rows(models()[name], [entity_id])
    return found[0][1] if found else DELETED


# --- the latest recorded hashes -----------------------------------------------------------

def _q(name: str) -> str:
    return f'"{name}"'  # both backends quote identifiers with double quotes


def _extract() -> str:
    return "json_extract(diff, '$.row_hash')" if is_sqlite() else "(diff::json ->> 'row_hash')"


def latest_hashes(name: str, ids: list[str]) -> dict[str, tuple[str, str, int]]:
    """For each id, (row hash, office, seq) of the latest event that recorded one."""

    db = database.obj
    best: dict[str, tuple] = {}
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        marks = ", ".join([db.param] * len(chunk))
        sql = (f"SELECT entity_id, {_extract()}, at, seq, office FROM {_q(AuditEvent._meta.table_name)} "
               f"WHERE entity = {db.param} AND entity_id IN ({marks})")
        for entity_id, row_hash, at, seq, office in db.execute_sql(sql, [name, *chunk]):
            if row_hash is None:
                continue
            order = (str(at), seq)
            if entity_id not in best or order > best[entity_id][0]:
                best[entity_id] = (order, row_hash, office, seq)
    return {k: (v[1], v[2], v[3]) for k, v in best.items()}


def _row_batches(model):
    fields, names, pk_at = _columns(model)
    pk = model._meta.primary_key
    last = None
    while True:
        query = model.select(*fields).order_by(pk).limit(BATCH)
        if last is not None:
            query = query.where(pk > last)
        rows = raw_rows(query)
        if not rows:
            return
        columns = _plan(model)[1]
        yield [(str(r[pk_at]), _row_digest(model.__name__, columns, r), r) for r in rows]
        last = rows[-1][pk_at]


def _orphan_ids(name: str, model) -> list[str]:
    """Ids named by events of `name` that have no row."""

    db = database.obj
    pk = _q(model._meta.primary_key.column_name)
    sql = (f"SELECT DISTINCT e.entity_id FROM {_q(AuditEvent._meta.table_name)} e "
           f"WHERE e.entity = {db.param} AND NOT EXISTS "
           f"(SELECT 1 FROM {_q(model._meta.table_name)} t WHERE t.{pk} = e.entity_id)")
    return [r[0] for r in db.execute_sql(sql, [name])]


def _compare(name: str):
    """(kind, id, values, (office, seq)) for every record that does not match the trail;
    kind: changed / added / deleted."""
    model = models()[name]
    if name == "Setting":
        current = {code: (_settings_hash(v), v) for code, v in _settings().items()}
        recorded = latest_hashes(name, list(current))
        for code, (row_hash, values) in sorted(current.items()):
            yield from _judge(code, row_hash, values, recorded.get(code))

        named = [r.entity_id for r in AuditEvent.select(AuditEvent.entity_id).distinct()
                 .where(AuditEvent.entity == "Setting")]
        gone = [code for code in named if code not in current]
    else:
        names = _columns(model)[1]
        for batch in _row_batches(model):
            recorded = latest_hashes(name, [row_id for row_id, _, _ in batch])
            for row_id, row_hash, row in batch:
                found = recorded.get(row_id)
                if found is None or found[0] != row_hash:
                    yield from _judge(row_id, row_hash, dict(zip(names, row, strict=True)), found)
        gone = _orphan_ids(name, model)
    for row_id, (row_hash, office, seq) in latest_hashes(name, gone).items():
        if row_hash != DELETED:
            yield "deleted", row_id, None, (office, seq)


def _judge(row_id, row_hash, values, recorded):
    if recorded is None:
        yield "added", row_id, values, None
    elif recorded[0] != row_hash:
        yield "changed", row_id, values, recorded[1:]


def _has_events(name: str) -> bool:

    return AuditEvent.select().where(AuditEvent.entity == name).exists()


def unsealed_rows():
    """(entity, id, hash) of every audited record no event has sealed."""
    for name in models():
        if name == "Setting":
            for code, values in sorted(_settings().items()):
                if code not in latest_hashes(name, [code]):
                    yield name, code, _settings_hash(values)
            continue
        any_events = _has_events(name)  # none: a bulk load, every row is unsealed
        for batch in _row_batches(models()[name]):
            recorded = latest_hashes(name, [r[0] for r in batch]) if any_events else {}
            for row_id, row_hash, _ in batch:
                if row_id not in recorded:
                    yield name, row_id, row_hash


# --- the check ------------------------------------------------------------------------------

def row_problems() -> list[str]:
    """Records changed, added or deleted outside the application, named by table and by
    their human number; empty when every record matches its latest audit event."""
    problems: list[str] = []
    for name in models():
        found = {"changed": [], "added": [], "deleted": []}
        counts = dict.fromkeys(found, 0)
        for kind, row_id, values, where in _compare(name):
            counts[kind] += 1
            if counts[kind] <= MAX_LISTED:  # only what is listed stays in memory
                found[kind].append((row_id, values, where))
        for kind, rows in found.items():
            problems += _messages(name, kind, rows, counts[kind])
    return problems


def _messages(name: str, kind: str, rows: list, count: int) -> list[str]:
    table = models()[name]._meta.table_name
    out = []
    for row_id, values, where in rows:
        what = f"{LABELS[name]} {describe(name, row_id, values, where)} (tabel {table})"
        if kind == "changed":
            out.append(f"Diubah di luar aplikasi: {what}; isinya tidak cocok dengan "
                       f"peristiwa audit {where[0]} #{where[1]}")
        elif kind == "added":
            out.append(f"Ditambahkan di luar aplikasi: {what}; tidak ada di jejak audit")
        else:
            out.append(f"Dihapus di luar aplikasi: {what}; peristiwa audit {where[0]} "
                       f"#{where[1]} mencatatnya masih ada")
    if count > MAX_LISTED:
        verb = {"changed": "diubah", "added": "ditambahkan", "deleted": "dihapus"}[kind]
        out.append(f"… dan {count - MAX_LISTED} baris {LABELS[name]} (tabel {table}) "
                   f"lain {verb} di luar aplikasi")
    return out


def describe(name: str, row_id: str, values: dict | None, where=None) -> str:
    """The record's human number (tracking number, username, serial...) and its key."""
    if values is None:
        values = _last_snapshot(name, row_id, where) or {}
    label = _human(name, values)
    return f"{label} [{row_id}]" if label and label != row_id else f"[{row_id}]"


def _human(name: str, v: dict) -> str:
    m = models()
    if name in ("ServiceRequest", "Complaint", "SopRevision") and v.get("number"):
        return str(v["number"])
    if name in ("RequestStep", "RequestEvent") and v.get("request"):
        parent = m["ServiceRequest"].get_or_none(id=v["request"])
        return f"{parent.number if parent else v['request']} ({v.get('kind') or 'langkah'})"
    if name == "ComplaintEvent" and v.get("complaint"):
        parent = m["Complaint"].get_or_none(id=v["complaint"])
        return f"{parent.number if parent else v['complaint']} ({v.get('kind', '')})"
    if name == "SopStep" and v.get("revision"):
        parent = m["SopRevision"].get_or_none(id=v["revision"])
        return f"langkah {v.get('position')} SOP {parent.number if parent else v['revision']}"
    if name == "ServiceStandard" and v.get("service"):
        parent = m["Service"].get_or_none(id=v["service"])
        return f"{parent.code if parent else v['service']} versi {v.get('version')}"
    if name == "SurveyBatch":
        return f"{v.get('date_from')}–{v.get('date_to')}"
    for key in ("serial", "username", "code", "title", "date"):
        if v.get(key) is not None:
            return str(v[key])
    return ""


def _last_snapshot(name: str, row_id: str, where) -> dict | None:
    """What a deleted record looked like, from the events that recorded it."""

    query = (AuditEvent.select(AuditEvent.diff)
             .where((AuditEvent.entity == name) & (AuditEvent.entity_id == row_id))
             .order_by(AuditEvent.at.desc(), AuditEvent.seq.desc()))
    for event in query:
        diff = event.diff if isinstance(event.diff, dict) else {}
        for key in ("after", "before"):
            if isinstance(diff.get(key), dict):
                return diff[key]
    return None
