"""Merging a bundle into this database (the rules are in models/offices/bundles.py).

Two passes over the bundle's members, each a stream of chunks (memory stays flat
whatever the bundle's size): `check` validates every row and reference and writes
nothing; `_Planner` then classifies each chunk's rows against this database (new,
unchanged, updated, conflict) and, when importing, writes them inside one transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field

import peewee

from desk_app.models.core import audit
from desk_app.models.core.accounts import User
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.base import utcnow
from desk_app.models.core.db import database, write_transaction
from desk_app.models.core.office import Counter, Setting, home_office
from desk_app.models.core.permissions import require
from desk_app.models.offices import rowcodec
from desk_app.models.offices.bundles import (
    CHUNK,
    IMPORT_MARK_KEY,
    MAX_USERNAME,
    BundleError,
    Conflict,
    ImportResult,
    Preview,
    TableCounts,
    _name,
)
from desk_app.models.offices.checks import check
from desk_app.models.offices.reading import Bundle, read_bundle
from desk_app.models.offices.tables import BundleReceipt, ReplacedVersion
from desk_app.models.offices.validate import SENT_TABLES
from desk_app.models.requests import names as request_names
from desk_app.models.requests.tables import ServiceRequest

AUDIT_KIND = "audit"
NO_PASSWORD = "!"  # matches no password: password_matches() refuses it


@dataclass
class Plan:
    bundle: Bundle
    home: str
    apply: bool
    counts: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    history: list[tuple[str, str, dict]] = field(default_factory=list)  # entity, id, diff
    requests: list[str] = field(default_factory=list)  # requests written: names rebuilt
    replaced: int = 0

    @property
    def changed(self) -> bool:
        return any(c.changed for c in self.counts.values()) or bool(self.history)


def _digest(value) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _when(value) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) and value else None


def localize(model, row: dict, office: str) -> dict:
    """How another office's row is kept here. Its users are display records only: the
    username qualified with the office code (no clash with this office's `admin`), an
    inactive counter account whose password matches nothing."""
    if model is User:
        suffix = "@" + office
        row = dict(row, username=row["username"][: MAX_USERNAME - len(suffix)] + suffix,
                   role="counter", active=False, password_hash=NO_PASSWORD, failed_logins=0,
                   locked_until=None, last_login_at=None)
    return row


def _chunks(rows):
    chunk = []
    for _line, row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _local_rows(model, rows: list[dict]) -> dict[tuple, dict]:
    pk = model._meta.primary_key
    found: dict[tuple, dict] = {}
    for r in model.select().where(pk.in_([row[pk.name] for row in rows])).dicts():
        enc = rowcodec.encode_row(model, r)
        found[rowcodec.key_of(model, enc)] = enc
    return found


def _already_kept(entity: str, entity_id: str, digest: str) -> bool:
    query = AuditEvent.select(AuditEvent.diff).where(
        (AuditEvent.entity == entity) & (AuditEvent.entity_id == entity_id)
        & (AuditEvent.action == "merge_conflict"))
    return any((ev.diff or {}).get("lost_digest") == digest for ev in query)


def _plan_table(plan: Plan, model) -> None:
    office = plan.bundle.manifest.office
    counts = plan.counts.setdefault(_name(model), TableCounts())
    for chunk in _chunks(plan.bundle.rows(model)):
        rows = [localize(model, r, office) for r in chunk]
        local = _local_rows(model, rows)
        inserts, updates, replaced = [], [], []
        for row in rows:
            key = rowcodec.key_of(model, row)
            mine = local.get(key)
            if mine is None:
                inserts.append(row)
                counts.new += 1
            elif {k: mine.get(k) for k in row} == row:
                counts.unchanged += 1
            elif _plan_changed(plan, model, row, mine, counts):
                updates.append(row)
                replaced.append(mine)
        if model is ServiceRequest:
            plan.requests += [r["id"] for r in inserts + updates]
        if plan.apply:
            _write_chunk(plan, model, inserts, updates, replaced)


def _plan_changed(plan: Plan, model, row: dict, mine: dict, counts: TableCounts) -> bool:
    """A record that differs here and in the bundle: the newer change wins. True when
    the bundle's version is to be written."""
    period_from = plan.bundle.manifest.period_from
    mine_at, theirs_at = _when(mine.get("updated_at")), _when(row.get("updated_at"))
    record_id = str(rowcodec.key_of(model, row)[0])
    if mine_at and theirs_at and mine_at > theirs_at:
        counts.unchanged += 1
        digest = _digest(row)
        if not _already_kept(model.__name__, record_id, digest):
            _conflict(plan, model, record_id, "lokal", mine, row, digest)
        return False
    counts.updated += 1
    if mine_at and period_from and mine_at > period_from:
        plan.conflicts.append(Conflict(
            table=_name(model), record_id=record_id, winner="bundel",
            local_updated_at=mine.get("updated_at"), bundle_updated_at=row.get("updated_at"),
            note="versi bundel lebih baru"))
    return True


def _conflict(plan: Plan, model, record_id: str, winner: str, kept: dict, lost: dict, digest: str) -> None:
    plan.conflicts.append(Conflict(
        table=_name(model), record_id=record_id, winner=winner,
        local_updated_at=kept.get("updated_at"), bundle_updated_at=lost.get("updated_at"),
        note="versi lokal lebih baru"))
    plan.history.append((model.__name__, record_id, {
        "bundle": plan.bundle.manifest.bundle_id, "from_office": plan.bundle.manifest.office,
        "winner": winner, "kept_updated_at": kept.get("updated_at"),
        "lost_version": lost, "lost_digest": digest,
    }))


def bulk_insert(model, rows: list[dict]) -> None:
    """Insert encoded rows that hold every column, through the driver's executemany with
    one prepared statement: peewee's insert_many builds the SQL of every value anew
    (three quarters of an import's time). Values are converted exactly as peewee does
    (decode, then the field's db_value)."""
    if not rows:
        return
    fields = list(model._meta.sorted_fields)
    db = database.obj
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join([db.param] * len(fields))
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    params = [[f.db_value(rowcodec.decode_value(f, row[f.name])) for f in fields] for row in rows]
    cursor = db.cursor()
    cursor.executemany(sql, params)


def _write_chunk(plan: Plan, model, inserts: list, updates: list, replaced: list) -> None:
    if inserts:
        bulk_insert(model, inserts)
    pk_names = {f.name for f in model._meta.get_primary_keys()}
    for row in updates:
        values = {k: v for k, v in rowcodec.decode_row(model, row).items() if k not in pk_names}
        model.update(**values).where(rowcodec.key_condition(model, rowcodec.key_of(model, row))).execute()
    if replaced:
        now = utcnow()
        ReplacedVersion.insert_many([
            {"bundle_id": plan.bundle.manifest.bundle_id, "entity": model.__name__,
             "entity_id": str(rowcodec.key_of(model, mine)[0]), "version": mine, "replaced_at": now}
            for mine in replaced]).execute()
        plan.replaced += len(replaced)


def _plan_audit(plan: Plan) -> None:
    """The sender's events are appended as they are when they continue this database's
    chain of the office. Events that do not (the chain here has branched: events were
    written here under the office's code) are kept aside whole in a conflict record, so
    the chain here stays valid. A gap is refused after the merge by the chain check."""
    office = plan.bundle.manifest.office
    counts = plan.counts.setdefault(_name(AuditEvent), TableCounts())
    tip = AuditEvent.select().where(AuditEvent.office == office).order_by(AuditEvent.seq.desc()).first()
    tip_seq, tip_hash = (tip.seq, tip.hash) if tip else (0, audit.GENESIS_HASH)
    branched = AuditEvent.select().where(
        (AuditEvent.action == "merge_conflict") & (AuditEvent.entity == "AuditEvent")
        & AuditEvent.entity_id.startswith(f"{office}#")).exists()
    lost: list[dict] = []
    for rows in _chunks(plan.bundle.rows(AuditEvent)):
        local = {
            r["seq"]: rowcodec.encode_row(AuditEvent, r)
            for r in AuditEvent.select().where(
                (AuditEvent.office == office) & AuditEvent.seq.between(rows[0]["seq"], rows[-1]["seq"])
            ).dicts()
        }
        inserts = []
        for row in rows:
            mine = local.get(row["seq"])
            if mine is not None:
                if mine == row:
                    counts.unchanged += 1
                else:
                    lost.append(row)
                continue
            continues = row["seq"] == tip_seq + 1 and row["prev_hash"] == tip_hash
            gap = row["seq"] > tip_seq + 1 and not branched  # refused by the chain check
            if not lost and (continues or gap):
                inserts.append(row)
                counts.new += 1
                tip_seq, tip_hash = row["seq"], row["hash"]
            else:
                lost.append(row)
        if plan.apply and inserts:
            bulk_insert(AuditEvent, inserts)
    if lost:
        _keep_branch(plan, office, lost, counts)


def _keep_branch(plan: Plan, office: str, lost: list[dict], counts: TableCounts) -> None:
    entity_id = f"{office}#{lost[0]['seq']}"
    digest = _digest(lost)
    counts.unchanged += len(lost)
    if _already_kept("AuditEvent", entity_id, digest):
        return
    plan.conflicts.append(Conflict(
        table=_name(AuditEvent), record_id=entity_id, winner="lokal",
        local_updated_at=None, bundle_updated_at=lost[-1].get("at"),
        note=f"jejak audit kantor {office} di sini bercabang; {len(lost)} peristiwa bundel "
             f"mulai #{lost[0]['seq']} disimpan di riwayat"))
    plan.history.append(("AuditEvent", entity_id, {
        "bundle": plan.bundle.manifest.bundle_id, "from_office": office, "winner": "lokal",
        "lost_version": lost, "lost_digest": digest}))


def build_plan(bundle: Bundle, apply: bool) -> Plan:
    home = home_office()
    plan = Plan(bundle, home.code, apply)
    for model in SENT_TABLES:
        if model is AuditEvent:
            _plan_audit(plan)
        else:
            _plan_table(plan, model)
    return plan


# --- preview and import ----------------------------------------------------------------

def _already_imported(bundle: Bundle) -> Preview | None:
    """The same bundle imported before: nothing to do. Raises for a replayed older one."""
    manifest = bundle.manifest
    receipt = BundleReceipt.get_or_none(BundleReceipt.bundle_id == manifest.bundle_id)
    if receipt is not None and receipt.content_hash == manifest.content_hash:
        tables = {_name(m): TableCounts(unchanged=manifest.counts.get(_name(m), 0)) for m in SENT_TABLES}
        return Preview(manifest, tables, [], already_imported=True)
    newest = (BundleReceipt.select().where(BundleReceipt.office == manifest.office)
              .order_by(BundleReceipt.bundle_seq.desc()).first())
    if receipt is not None or (newest is not None and newest.bundle_seq >= manifest.bundle_seq):
        raise BundleError(
            f"Bundel {manifest.path.name} ditolak: bundel nomor {manifest.bundle_seq} kantor "
            f"{manifest.office} sudah digantikan oleh bundel nomor {newest.bundle_seq if newest else '?'} "
            "yang telah diimpor (kiriman ulang atau bundel lama). Tidak ada yang diubah.")
    return None


def preview_bundle(path) -> Preview:
    """What importing `path` would do: office, period, new / updated / unchanged per table
    and the conflicts. Writes nothing."""
    with read_bundle(path) as bundle:
        done = _already_imported(bundle)
        if done is not None:
            return done
        check(bundle)
        with database.obj.atomic():
            plan = build_plan(bundle, apply=False)
        return Preview(bundle.manifest, plan.counts, plan.conflicts, already_imported=not plan.changed)


def import_bundle(path, actor=None) -> ImportResult:
    """Check `path` completely, then merge it in one transaction (see bundles.py)."""
    require(actor, "admin.bundles", "mengimpor bundel data")
    with read_bundle(path) as bundle:
        done = _already_imported(bundle)
        if done is not None:
            return ImportResult(done.manifest, done.tables, [], already_imported=True, imported=False)
        check(bundle)  # every row and reference, before the first write
        try:
            with write_transaction():
                plan = build_plan(bundle, apply=True)
                _finish(plan, actor)
        except peewee.IntegrityError as exc:
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            raise BundleError(
                "Bundel tidak dapat diimpor: ada data rujukan yang belum ada di basis data ini "
                f"(mungkin bundel sebelumnya belum diimpor). Tidak ada yang diubah. [{detail}]") from None
        return ImportResult(bundle.manifest, plan.counts, plan.conflicts,
                            already_imported=not plan.changed, imported=True)


def _finish(plan: Plan, actor) -> None:
    manifest = plan.bundle.manifest
    if plan.requests:  # derived rows are not in bundles: rebuilt for the requests merged here
        request_names.rebuild(plan.requests)
    _merge_audit_counter(manifest.office)
    faults = audit.verify_chain(manifest.office)
    if faults:
        raise BundleError(
            f"Jejak audit kantor {manifest.office} tidak utuh setelah impor ({faults[0]}). "
            "Mungkin bundel sebelumnya belum diimpor. Tidak ada yang diubah.")
    for entity, entity_id, diff in plan.history:
        audit.record(actor, "merge_conflict", entity, entity_id, plan.home, diff)
    _seal_merged(plan, actor)
    now = utcnow()
    counts = {t: [c.new, c.updated, c.unchanged] for t, c in plan.counts.items()}
    BundleReceipt.insert(
        bundle_id=manifest.bundle_id, office=manifest.office, bundle_seq=manifest.bundle_seq,
        created_at=manifest.created_at, received_at=now, fingerprint=manifest.sender_key,
        content_hash=manifest.content_hash, head_seq=manifest.head["seq"],
        head_hash=manifest.head["hash"], counts=counts).execute()
    value = {"bundle_id": manifest.bundle_id, "at": now.isoformat(),
             "period_to": manifest.period_to.isoformat()}
    Setting.insert(office=manifest.office, key=IMPORT_MARK_KEY, value=value, updated_at=now).on_conflict(
        conflict_target=[Setting.office, Setting.key],
        update={Setting.value: value, Setting.updated_at: now},
    ).execute()
    from desk_app.models.core.keys import short_fingerprint

    audit.record(actor, "import_bundle", "Bundle", manifest.bundle_id, plan.home, {
        "office": manifest.office, "file": manifest.path.name, "bundle_seq": manifest.bundle_seq,
        "fingerprint": short_fingerprint(manifest.sender_key), "key": manifest.sender_key,
        "content_hash": manifest.content_hash, "head": manifest.head, "counts": counts,
        "replaced_versions": plan.replaced, "conflicts": len(plan.conflicts),
    })


def _seal_merged(plan: Plan, actor) -> None:
    """Tie the merged records to this database's trail (audit.seal_merged: a record whose
    content here differs from what its latest event recorded, e.g. a username qualified
    with the office code, is sealed as it stands here). The bundle is streamed once more,
    chunk by chunk, so that memory stays flat."""
    bundle = plan.bundle
    for model in SENT_TABLES:
        for chunk in _chunks(bundle.rows(model)):
            if model is AuditEvent:
                audit.seal_merged(actor, "import_bundle", plan.home, chunk, {})
            else:
                audit.seal_merged(actor, "import_bundle", plan.home, [], {model: chunk})


def _merge_audit_counter(office: str) -> None:
    top = AuditEvent.select(peewee.fn.MAX(AuditEvent.seq)).where(AuditEvent.office == office).scalar() or 0
    row = Counter.get_or_none(office=office, kind=AUDIT_KIND, year=0)
    if row is None:
        if top:
            Counter.insert(office=office, kind=AUDIT_KIND, year=0, last=top).execute()
    elif row.last < top:
        Counter.update(last=top).where(
            (Counter.office == office) & (Counter.kind == AUDIT_KIND) & (Counter.year == 0)).execute()
