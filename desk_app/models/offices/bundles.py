"""Bundles: a district office works offline and sends its records to the province in
one file; the province checks the file, shows what it holds and merges it.

Inside the signed and encrypted envelope (models/offices/envelope.py) a bundle is a zip
with `manifest.json` (sender, addressee, a per-sender bundle number, schema and app
version, period, counts, SHA-256 of every member and the head `{"seq", "hash"}` of the
sender's audit chain) and one JSON-lines member per table of validate.SENT_TABLES, holding
the sender's records changed since its last export, voids and audit events included.
Users travel without password hash, role or active flag.

Reading is bounded: members are streamed line by line with limits on each member's size,
the total, the compression ratio and a line's length, so a zip bomb is refused from its
declared sizes (and a lying one stops at them: zipfile reads no further and the CRC fails).

Merging (merge.py, which depends on this module and never the other way): every row is validated and the whole bundle checked before the first
write (a bad row refuses the bundle, naming the row and the reason); then one
transaction. A new record is inserted; an identical one left alone (a second import of
the same bundle changes nothing); a different one: the newer `updated_at` wins and the
replaced version is kept (ReplacedVersion, or a `merge_conflict` audit event when the
local version wins); audit events are appended when they continue the sender's chain. A
bundle older than one already imported from the same office is refused (replay).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from desk_app import __version__
from desk_app.models.core import audit, keys
from desk_app.models.core.accounts import User
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.base import new_id, utcnow
from desk_app.models.core.db import database, write_transaction
from desk_app.models.core.errors import UserError
from desk_app.models.core.office import Office, Setting, home_office
from desk_app.models.core.permissions import require
from desk_app.models.offices import envelope, rowcodec, trust
from desk_app.models.offices.envelope import BundleError
from desk_app.models.offices.validate import SENT_TABLES, USER_DISPLAY_FIELDS

FORMAT = "loket-prima-bundle-content"
FORMAT_VERSION = 2
MANIFEST = "manifest.json"
EXPORT_MARK_KEY = "_bundle_export"  # Setting(office, key): where the last export stopped
IMPORT_MARK_KEY = "_bundle_import"  # Setting(office, key): the last bundle imported
CHUNK = 500
MAX_USERNAME = 64
MAX_MANIFEST = 1 << 20
MAX_MEMBER = 1 << 30  # 1 GiB of JSON lines for one table
MAX_TOTAL = 3 << 30
MAX_RATIO = 100  # uncompressed / compressed, for members over RATIO_FLOOR
RATIO_FLOOR = 1 << 20
MAX_LINE = 1 << 20

__all__ = ["BundleError"]


@dataclass
class BundleManifest:
    path: Path
    bundle_id: str
    office: str
    office_name: str
    schema_version: int
    app_version: str
    created_at: dt.datetime
    period_from: dt.datetime | None
    period_to: dt.datetime
    counts: dict[str, int]
    recipient: str = ""
    bundle_seq: int = 0
    head: dict = field(default_factory=dict)
    members: dict = field(default_factory=dict)
    sender_key: str = ""
    content_hash: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class TableCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def changed(self) -> int:
        return self.new + self.updated


@dataclass
class Conflict:
    table: str
    record_id: str
    winner: str  # "bundel" or "lokal"
    local_updated_at: str | None
    bundle_updated_at: str | None
    note: str = ""


@dataclass
class Preview:
    manifest: BundleManifest
    tables: dict[str, TableCounts]
    conflicts: list[Conflict] = field(default_factory=list)
    already_imported: bool = False

    @property
    def office(self) -> str:
        return self.manifest.office

    @property
    def changed(self) -> int:
        return sum(t.changed for t in self.tables.values())


@dataclass
class ImportResult(Preview):
    imported: bool = False

    @property
    def message(self) -> str:
        if not self.changed and not self.conflicts:
            return (f"Tidak ada perubahan: isi bundel kantor {self.office} sudah ada di basis "
                    "data ini (bundel ini sudah pernah diimpor).")
        new = sum(t.new for t in self.tables.values())
        updated = sum(t.updated for t in self.tables.values())
        text = f"Bundel kantor {self.office} diimpor: {new} data baru, {updated} diperbarui"
        if self.conflicts:
            text += f", {len(self.conflicts)} konflik (versi yang kalah disimpan di riwayat)"
        return text + "."


def _name(model) -> str:
    return model._meta.table_name


def bundle_tables() -> list[type[peewee.Model]]:
    return list(SENT_TABLES)


def manifest_object(path: Path, m: dict, sender_key: str = "", content_hash: str = "") -> BundleManifest:
    period = m["period"]
    return BundleManifest(
        path=path, bundle_id=m["bundle_id"], office=m["office"], office_name=m.get("office_name", ""),
        schema_version=int(m["schema_version"]), app_version=str(m.get("app_version", "")),
        created_at=dt.datetime.fromisoformat(m["created_at"]),
        period_from=dt.datetime.fromisoformat(period["from"]) if period.get("from") else None,
        period_to=dt.datetime.fromisoformat(period["to"]), counts=dict(m["counts"]),
        recipient=m["to"], bundle_seq=int(m["bundle_seq"]), head=dict(m["head"]),
        members=dict(m["members"]), sender_key=sender_key, content_hash=content_hash,
    )


# --- export ---------------------------------------------------------------------------

def _since_utc(since, tz: str) -> dt.datetime | None:
    if since is None or isinstance(since, dt.datetime):
        return since
    from desk_app.models.core.dates import local_to_utc

    return local_to_utc(dt.datetime.combine(since, dt.time()), tz)


def _touched_ids(office: str, events_where) -> dict[str, set[str]]:
    touched: dict[str, set[str]] = {}
    query = (AuditEvent.select(AuditEvent.entity, AuditEvent.entity_id).distinct()
             .where((AuditEvent.office == office) & events_where))
    for entity, entity_id in query.tuples().iterator():
        touched.setdefault(entity, set()).add(entity_id)
    return touched


def _encode(model, row: dict) -> dict:
    if model is User:
        row = {k: row[k] for k in USER_DISPLAY_FIELDS}  # never a password hash, role or flag
    return rowcodec.encode_row(model, row)


def _write_rows(out, model, office: str, since, touched: dict, events_where) -> int:
    """Stream the office's rows of `model` changed after `since` (all when None), and
    those an audit event of the period names, into `out`. Returns the count."""
    pk = model._meta.primary_key
    if model is AuditEvent:
        query = AuditEvent.select().where((AuditEvent.office == office) & events_where).order_by(AuditEvent.seq)
    else:
        query = model.select().where(model.office == office)
        if since is not None:
            query = query.where((model.updated_at > since) | (model.created_at > since))
        query = query.order_by(pk)
    count, seen = 0, set()
    for row in query.dicts().iterator():
        out.write(json.dumps(_encode(model, row), ensure_ascii=False, sort_keys=True).encode() + b"\n")
        count += 1
        if since is not None and model is not AuditEvent:
            seen.add(row[pk.name])
    if since is not None and model is not AuditEvent:
        ids = sorted(i for i in touched.get(model.__name__, ()) if i not in seen)
        for start in range(0, len(ids), CHUNK):
            extra = model.select().where((model.office == office) & pk.in_(ids[start:start + CHUNK]))
            for row in extra.order_by(pk).dicts():
                out.write(json.dumps(_encode(model, row), ensure_ascii=False, sort_keys=True).encode() + b"\n")
                count += 1
    return count


class _HashingWriter(io.RawIOBase):
    def __init__(self, target):
        self.target, self.digest = target, hashlib.sha256()

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.digest.update(data)
        return self.target.write(data)


def export_bundle(office: str | None, to_path, since: dt.date | dt.datetime | None = None,
                  actor=None, full: bool = False,
                  progress: Callable[[int, int, str], None] | None = None,
                  recipient: str | None = None) -> BundleManifest:
    """Write this office's records changed since `since` (default: since the last export;
    `full`: everything) to `to_path`, encrypted for `recipient` (default: the parent
    office) and signed. The file appears only when completely written."""
    require(actor, "admin.bundles", "mengirim bundel data")
    home = home_office()
    if home is None:
        raise UserError("Basis data ini belum disiapkan (belum ada kantor).")
    office = office or home.code
    if office != home.code:
        raise UserError(f"Hanya data kantor sendiri ({home.code}) yang dapat dikirim; kantor {office} "
                        "mengirim bundelnya sendiri.")
    to_path = Path(to_path)
    if to_path.is_dir():
        raise UserError(f"{to_path} adalah folder; pilih nama berkas bundel.")
    if not to_path.parent.exists():
        raise UserError(f"Folder {to_path.parent} tidak ada.")
    recipient = recipient or trust.default_recipient()
    target = trust.trusted(recipient)
    if target is None:
        raise UserError(f"Kantor {recipient} belum terdaftar di sini: daftarkan kartunya dengan "
                        "'desk-app trust-office BERKAS' sebelum mengirim bundel kepadanya.")
    with write_transaction():
        keys.ensure_office_keys(office)
    pair = keys.load_keypair(office)
    mark = _export_mark(office)
    use_mark = since is None and not full and mark is not None
    started = utcnow()
    since_utc = None if full else _since_utc(since, home.time_zone)
    if use_mark:
        since_utc = dt.datetime.fromisoformat(mark["at"])
    if use_mark:
        events_where = AuditEvent.seq > int(mark.get("audit_seq", 0))
    elif since_utc is not None:
        events_where = AuditEvent.at >= since_utc
    else:
        events_where = AuditEvent.seq > 0
    tables = bundle_tables()
    try:
        with tempfile.TemporaryFile() as inner:
            manifest = _write_inner(inner, home, recipient, mark, since_utc, events_where, started,
                                    tables, progress)
            if progress:
                progress(len(tables), len(tables) + 2, "Mengenkripsi dan menandatangani")
            content_hash = envelope.write(to_path, inner, pair, trust.public_keys(target))
    except OSError as exc:
        raise _write_error(exc, to_path) from None
    last_seq, seq = manifest["head"]["seq"], manifest["bundle_seq"]
    with write_transaction():
        value = {"at": started.isoformat(), "audit_seq": last_seq, "bundle_id": manifest["bundle_id"],
                 "bundle_seq": seq}
        Setting.insert(office=office, key=EXPORT_MARK_KEY, value=value, updated_at=utcnow()).on_conflict(
            conflict_target=[Setting.office, Setting.key],
            update={Setting.value: value, Setting.updated_at: utcnow()},
        ).execute()
        audit.record(actor, "export_bundle", "Bundle", manifest["bundle_id"], office,
                     {"file": to_path.name, "to": recipient, "period": manifest["period"],
                      "counts": manifest["counts"], "content_hash": content_hash,
                      "head": manifest["head"]})
    if progress:
        progress(len(tables) + 2, len(tables) + 2, "Selesai")
    return manifest_object(to_path, manifest, pair.fingerprint, content_hash)


def _write_inner(inner, home: Office, recipient: str, mark, since_utc, events_where, started,
                 tables, progress) -> dict:
    """The inner zip: one JSON-lines member per table, streamed from one consistent
    snapshot, and the manifest. Returns the manifest."""
    office = home.code
    counts, digests = {}, {}
    with database.obj.atomic():  # one consistent snapshot for every table
        touched = _touched_ids(office, events_where) if since_utc is not None else {}
        tip = AuditEvent.select().where(AuditEvent.office == office).order_by(AuditEvent.seq.desc()).first()
        with zipfile.ZipFile(inner, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            for i, model in enumerate(tables):
                if progress:
                    progress(i, len(tables) + 2, f"Membaca {_name(model)}")
                with zf.open(f"{_name(model)}.jsonl", "w", force_zip64=True) as member:
                    writer = _HashingWriter(member)
                    counts[_name(model)] = _write_rows(writer, model, office, since_utc, touched, events_where)
                    digests[f"{_name(model)}.jsonl"] = writer.digest.hexdigest()
            seq = int(mark.get("bundle_seq", 0)) + 1 if mark else 1
            head = {"seq": tip.seq if tip else 0, "hash": tip.hash if tip else audit.GENESIS_HASH}
            manifest = _build_manifest(home, recipient, seq, counts, digests, since_utc, started, head)
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True))
    return manifest


def _write_error(exc: OSError, to_path: Path) -> UserError:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return UserError(f"Ruang disk tidak cukup untuk menulis bundel ke {to_path.parent}. "
                         "Berkas lama (bila ada) tidak diubah.")
    return UserError(f"Bundel tidak dapat ditulis ke {to_path} ({exc.strerror}). "
                     "Berkas lama (bila ada) tidak diubah.")


def _export_mark(office: str) -> dict | None:
    row = Setting.get_or_none((Setting.office == office) & (Setting.key == EXPORT_MARK_KEY))
    return row.value if row and isinstance(row.value, dict) else None


def last_export(office: str) -> dt.datetime | None:
    mark = _export_mark(office)
    return dt.datetime.fromisoformat(mark["at"]) if mark else None


def _build_manifest(office: Office, recipient: str, seq: int, counts: dict, digests: dict,
                    since, now, head: dict) -> dict:
    from desk_app.models.core.schema import SCHEMA_VERSION

    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "bundle_id": new_id(), "bundle_seq": seq,
        "office": office.code, "office_name": office.name, "to": recipient,
        "schema_version": SCHEMA_VERSION, "app_version": __version__, "created_at": now.isoformat(),
        "period": {"from": since.isoformat() if since else None, "to": now.isoformat()},
        "counts": counts, "members": digests, "head": head,
    }
