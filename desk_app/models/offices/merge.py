"""Merging a checked bundle into this database (the rules are in models/offices/bundles.py,
which writes and reads bundles; this module only depends on it, never the other way)."""

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
from desk_app.models.core.office import Counter, CutiBersama, Office, Setting, home_office
from desk_app.models.core.permissions import require
from desk_app.models.offices import rowcodec
from desk_app.models.offices.bundles import (
    CHUNK,
    IMPORT_MARK_KEY,
    MAX_USERNAME,
    Bundle,
    BundleError,
    Conflict,
    ImportResult,
    Preview,
    TableCounts,
    _name,
    read_bundle,
)
from desk_app.models.requests import names as request_names
from desk_app.models.requests.tables import ServiceRequest

AUDIT_KIND = "audit"


@dataclass
class Plan:
    bundle: Bundle
    home: str
    inserts: dict[type, list[dict]] = field(default_factory=dict)
    updates: dict[type, list[dict]] = field(default_factory=dict)
    counts: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    history: list[tuple[str, str, dict]] = field(default_factory=list)  # entity, id, diff

    @property
    def changed(self) -> bool:
        return any(self.inserts.values()) or any(self.updates.values()) or bool(self.history)


def _digest(value) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _when(value) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) and value else None


def localize(model, row: dict, office: str) -> dict:
    """How another office's row is kept here. Its users keep their accounts at their own
    office: here the username is qualified with the office code (no clash with this
    office's `admin`) and the account cannot log in."""
    if model is User and row.get("username") and "@" not in row["username"]:
        suffix = "@" + office
        row = dict(row, username=row["username"][: MAX_USERNAME - len(suffix)] + suffix, active=False)
    return row


def _local_rows(model, rows: list[dict], office: str) -> dict[tuple, dict]:
    """This database's versions of the bundle's rows, by key, encoded."""
    pks = model._meta.get_primary_keys()
    found: dict[tuple, dict] = {}
    if len(pks) == 1:
        keys = [r.get(pks[0].name) for r in rows]
        for start in range(0, len(keys), CHUNK):
            query = model.select().where(pks[0].in_(keys[start:start + CHUNK])).dicts()
            for r in query:
                enc = rowcodec.encode_row(model, r)
                found[rowcodec.key_of(model, enc)] = enc
    else:
        field_ = model._meta.fields["office"]
        for r in model.select().where(field_ == office).dicts():
            enc = rowcodec.encode_row(model, r)
            found[rowcodec.key_of(model, enc)] = enc
    return found


def _already_kept(entity: str, entity_id: str, digest: str) -> bool:
    query = AuditEvent.select(AuditEvent.diff).where(
        (AuditEvent.entity == entity) & (AuditEvent.entity_id == entity_id)
        & (AuditEvent.action == "merge_conflict"))
    return any((ev.diff or {}).get("lost_digest") == digest for ev in query)


def build_plan(bundle: Bundle) -> Plan:
    manifest = bundle.manifest
    home = home_office()
    if home is None:
        raise BundleError("Basis data ini belum disiapkan (belum ada kantor); bundel tidak diimpor.")
    if manifest.office == home.code:
        raise BundleError(
            f"Bundel ini dari kantor {manifest.office}, yaitu kantor basis data ini sendiri. "
            "Data kantor sendiri tidak dapat ditimpa oleh bundel.")
    plan = Plan(bundle, home.code)
    for model, rows in bundle.rows.items():
        counts = plan.counts.setdefault(_name(model), TableCounts())
        if model is AuditEvent:
            _plan_audit(plan, rows, counts)
        else:
            _plan_table(plan, model, rows, counts)
    return plan


def _plan_table(plan: Plan, model, rows: list[dict], counts: TableCounts) -> None:
    office = plan.bundle.manifest.office
    rows = [localize(model, r, office) for r in rows]
    local = _local_rows(model, rows, office)
    inserts, updates = plan.inserts.setdefault(model, []), plan.updates.setdefault(model, [])
    for row in rows:
        key = rowcodec.key_of(model, row)
        mine = local.get(key)
        if mine is None:
            if model is CutiBersama and CutiBersama.get_or_none(CutiBersama.date == row.get("date")):
                counts.unchanged += 1  # the national calendar already has this day
                continue
            inserts.append(row)
            counts.new += 1
            continue
        owner = mine.get("code") if model is Office else mine.get("office")
        if owner != office:
            raise BundleError(
                f"Bundel kantor {office} mencoba menimpa data kantor {owner} "
                f"(tabel {_name(model)}). Bundel tidak diimpor.")
        if {k: mine.get(k) for k in row} == row:
            counts.unchanged += 1
        elif model is Counter:
            _plan_counter(plan, row, mine, updates, counts)
        else:
            _plan_changed(plan, model, row, mine, updates, counts)


def _plan_counter(plan, row, mine, updates, counts) -> None:
    if row["kind"] == AUDIT_KIND:
        counts.unchanged += 1  # set from the audit events actually merged, see _apply
    elif int(row["last"]) > int(mine["last"]):
        updates.append(row)
        counts.updated += 1
    else:
        counts.unchanged += 1


def _plan_changed(plan: Plan, model, row: dict, mine: dict, updates: list, counts: TableCounts) -> None:
    """A record that differs here and in the bundle: the newer change wins."""
    period_from = plan.bundle.manifest.period_from
    mine_at, theirs_at = _when(mine.get("updated_at")), _when(row.get("updated_at"))
    record_id = str(rowcodec.key_of(model, row)[0])
    if mine_at and theirs_at and mine_at > theirs_at:
        digest = _digest(row)
        if _already_kept(model.__name__, record_id, digest):
            counts.unchanged += 1
            return
        _conflict(plan, model, record_id, "lokal", mine, row, digest)
        counts.unchanged += 1
        return
    updates.append(row)
    counts.updated += 1
    if mine_at and period_from and mine_at > period_from:
        _conflict(plan, model, record_id, "bundel", row, mine, _digest(mine))


def _conflict(plan: Plan, model, record_id: str, winner: str, kept: dict, lost: dict, digest: str) -> None:
    conflict = Conflict(
        table=_name(model), record_id=record_id, winner=winner,
        local_updated_at=(kept if winner == "lokal" else lost).get("updated_at"),
        bundle_updated_at=(lost if winner == "lokal" else kept).get("updated_at"),
        note="versi lokal lebih baru" if winner == "lokal" else "versi bundel lebih baru",
    )
    plan.conflicts.append(conflict)
    plan.history.append((model.__name__, record_id, {
        "bundle": plan.bundle.manifest.bundle_id, "from_office": plan.bundle.manifest.office,
        "winner": winner, "kept_updated_at": kept.get("updated_at"),
        "lost_version": lost, "lost_digest": digest,
    }))


def _plan_audit(plan: Plan, rows: list[dict], counts: TableCounts) -> None:
    """The office's events are appended as they are when they continue this database's
    chain of the office. Events that do not (the chain here has branched: events were
    written here under the office's code) are kept aside whole in a conflict record, now
    and in later bundles, so the chain here stays valid."""
    office = plan.bundle.manifest.office
    rows = sorted(rows, key=lambda r: r["seq"])
    if not rows:
        return
    local = {
        r["seq"]: rowcodec.encode_row(AuditEvent, r)
        for r in AuditEvent.select().where(
            (AuditEvent.office == office) & (AuditEvent.seq >= rows[0]["seq"])
        ).dicts()
    }
    tip = AuditEvent.select().where(AuditEvent.office == office).order_by(AuditEvent.seq.desc()).first()
    tip_seq, tip_hash = (tip.seq, tip.hash) if tip else (0, audit.GENESIS_HASH)
    branched = AuditEvent.select().where(
        (AuditEvent.action == "merge_conflict") & (AuditEvent.entity == "AuditEvent")
        & AuditEvent.entity_id.startswith(f"{office}#")).exists()
    inserts = plan.inserts.setdefault(AuditEvent, [])
    lost: list[dict] = []
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


# --- preview and import ----------------------------------------------------------------

def preview_bundle(path) -> Preview:
    """What importing `path` would do: office, period, new / updated / unchanged per table
    and the conflicts. Writes nothing."""
    bundle = read_bundle(path)
    with database.obj.atomic():
        plan = build_plan(bundle)
    return Preview(bundle.manifest, plan.counts, plan.conflicts, already_imported=not plan.changed)


def import_bundle(path, actor=None) -> ImportResult:
    """Check `path` completely, then merge it in one transaction (see bundles.py)."""
    require(actor, "admin.bundles", "mengimpor bundel data")
    bundle = read_bundle(path)  # every check before the first write
    try:
        with write_transaction():
            plan = build_plan(bundle)
            if plan.changed:
                _apply(plan, actor)
    except peewee.IntegrityError as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        raise BundleError(
            "Bundel tidak dapat diimpor: ada data rujukan yang belum ada di basis data ini "
            f"(mungkin bundel sebelumnya belum diimpor). Tidak ada yang diubah. [{detail}]") from None
    return ImportResult(bundle.manifest, plan.counts, plan.conflicts,
                        already_imported=not plan.changed, imported=plan.changed)


def _apply(plan: Plan, actor) -> None:
    manifest = plan.bundle.manifest
    for model, rows in plan.inserts.items():
        decoded = [rowcodec.decode_row(model, r) for r in rows]
        for start in range(0, len(decoded), CHUNK):
            model.insert_many(decoded[start:start + CHUNK]).execute()
    for model, rows in plan.updates.items():
        pk_names = {f.name for f in model._meta.get_primary_keys()}
        for row in rows:
            values = {k: v for k, v in rowcodec.decode_row(model, row).items() if k not in pk_names}
            key = rowcodec.key_of(model, row)
            model.update(**values).where(rowcodec.key_condition(model, key)).execute()
    touched = plan.inserts.get(ServiceRequest, []) + plan.updates.get(ServiceRequest, [])
    if touched:  # derived rows are not in bundles: rebuilt for the requests merged here
        request_names.rebuild(r["id"] for r in touched)
    _merge_audit_counter(manifest.office)
    faults = audit.verify_chain(manifest.office)
    if faults:
        raise BundleError(
            f"Jejak audit kantor {manifest.office} tidak utuh setelah impor ({faults[0]}). "
            "Mungkin bundel sebelumnya belum diimpor. Tidak ada yang diubah.")
    for entity, entity_id, diff in plan.history:
        audit.record(actor, "merge_conflict", entity, entity_id, plan.home, diff)
    audit.seal_merged(actor, "import_bundle", plan.home, plan.inserts.get(AuditEvent, []),
                      {**plan.inserts, **{m: plan.inserts.get(m, []) + r for m, r in plan.updates.items()}})
    value = {"bundle_id": manifest.bundle_id, "at": utcnow().isoformat(),
             "period_to": manifest.period_to.isoformat()}
    Setting.insert(office=manifest.office, key=IMPORT_MARK_KEY, value=value, updated_at=utcnow()).on_conflict(
        conflict_target=[Setting.office, Setting.key],
        update={Setting.value: value, Setting.updated_at: utcnow()},
    ).execute()
    audit.record(actor, "import_bundle", "Bundle", manifest.bundle_id, plan.home, {
        "office": manifest.office, "file": manifest.path.name,
        "counts": {t: [c.new, c.updated, c.unchanged] for t, c in plan.counts.items()},
        "conflicts": len(plan.conflicts),
    })


def _merge_audit_counter(office: str) -> None:
    top = AuditEvent.select(peewee.fn.MAX(AuditEvent.seq)).where(AuditEvent.office == office).scalar() or 0
    row = Counter.get_or_none(office=office, kind=AUDIT_KIND, year=0)
    if row is None:
        if top:
            Counter.insert(office=office, kind=AUDIT_KIND, year=0, last=top).execute()
    elif row.last < top:
        Counter.update(last=top).where(
            (Counter.office == office) & (Counter.kind == AUDIT_KIND) & (Counter.year == 0)).execute()
