"""Bundles: a district office works offline and sends its records to the province in
one file; the province checks the file, shows what it holds and merges it.

A bundle is a zip with `manifest.json` (office, schema and app version, period covered,
counts and the SHA-256 of every member) and one JSON-lines member per table holding the
office's records changed since the last export, voids and audit events included.

Merging rules (merge.import_bundle; this module writes and reads bundles, merge.py
imports them and copydb.py copies a whole database):
- the bundle is checked completely (zip, checksums, schema version, every row belongs
  to the bundle's office) before anything is written; then one transaction;
- a new record is inserted; an identical one is left alone (so a second import of the
  same bundle changes nothing); a different one: the newer `updated_at` wins (a tie goes
  to the office that owns the record) and the losing version is kept in the importing
  office's audit trail as a `merge_conflict` event (entity and id of the record, so it
  shows in the record's history) and listed in the result;
- counters are merged by taking the larger number;
- audit events of the office are appended as they are; the chain is verified before
  commit. Should the office's chain in this database have branched (events written here
  under the office's code), the bundle's events from the branch on are kept in a
  `merge_conflict` event instead, so the chain stays valid;
- the database's own office is never overwritten by a bundle.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from desk_app import __version__
from desk_app.models.core import audit
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.base import new_id, utcnow
from desk_app.models.core.db import database, write_transaction
from desk_app.models.core.errors import NotFound, UserError
from desk_app.models.core.office import Office, Setting, home_office
from desk_app.models.core.permissions import require
from desk_app.models.offices import rowcodec

FORMAT = "loket-prima-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
EXPORT_MARK_KEY = "_bundle_export"  # Setting(office, key): where the last export stopped
IMPORT_MARK_KEY = "_bundle_import"  # Setting(office, key): the last bundle imported
CHUNK = 500
MAX_USERNAME = 64


class BundleError(UserError):
    """A bundle that cannot be read or must not be imported."""


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


# --- which tables and rows ------------------------------------------------------------

def all_tables() -> list[type[peewee.Model]]:
    from desk_app.models.core.tables import ALL_TABLES

    return list(ALL_TABLES)


def bundle_tables() -> list[type[peewee.Model]]:
    """Tables a bundle carries: the Office row and every table with an office code, but
    no derived table (the importing side rebuilds those, see bundle_merge._apply)."""
    from desk_app.models.core.tables import DERIVED_TABLES

    return [m for m in all_tables() if (m is Office or "office" in m._meta.fields)
            and m not in DERIVED_TABLES]


def _name(model) -> str:
    return model._meta.table_name


def _office_field(model):
    return Office.code if model is Office else model._meta.fields["office"]


def _row_office(model, row: dict):
    return row.get("code") if model is Office else row.get("office")


def _has_times(model) -> bool:
    return "updated_at" in model._meta.fields and "created_at" in model._meta.fields


def _is_private_setting(model, row: dict) -> bool:
    return model is Setting and str(row.get("key", "")).startswith("_bundle")


# --- export ---------------------------------------------------------------------------

def _since_utc(since, tz: str) -> dt.datetime | None:
    if since is None or isinstance(since, dt.datetime):
        return since
    from desk_app.models.core.dates import local_to_utc

    return local_to_utc(dt.datetime.combine(since, dt.time()), tz)


def _touched_ids(events: list[AuditEvent]) -> dict[str, set[str]]:
    touched: dict[str, set[str]] = {}
    for ev in events:
        touched.setdefault(ev.entity, set()).add(ev.entity_id)
    return touched


def _select_rows(model, office: str, since: dt.datetime | None, touched: dict[str, set[str]],
                 events: list[AuditEvent]) -> list[dict]:
    """The office's rows of `model` created or changed after `since` (all when None), and
    those an audit event of the period names (a change that did not move updated_at)."""
    if model is AuditEvent:
        return [rowcodec.encode_row(model, ev.__data__.copy()) for ev in events]
    base = model.select().where(_office_field(model) == office)
    query = base
    if since is not None and _has_times(model):
        query = base.where((model.updated_at > since) | (model.created_at > since))
    rows = {rowcodec.key_of(model, r): r for r in query.dicts().iterator()
            if not _is_private_setting(model, r)}
    pk = model._meta.primary_key
    if query is not base and not isinstance(pk, peewee.CompositeKey):
        ids = sorted(i for i in touched.get(model.__name__, ()) if (i,) not in rows)
        for start in range(0, len(ids), CHUNK):
            for r in base.where(pk.in_(ids[start:start + CHUNK])).dicts():
                rows[rowcodec.key_of(model, r)] = r
    return [rowcodec.encode_row(model, rows[key]) for key in sorted(rows, key=_sort_key)]


def _sort_key(key: tuple) -> tuple:
    return tuple((v is None, str(v) if not isinstance(v, int) else f"{v:020d}") for v in key)


def _jsonl(rows: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows).encode()


def export_bundle(office: str | None, to_path, since: dt.date | dt.datetime | None = None,
                  actor=None, full: bool = False,
                  progress: Callable[[int, int, str], None] | None = None) -> BundleManifest:
    """Write the office's records changed since `since` (default: since the last export;
    `full`: everything) to `to_path`. The file appears only when completely written."""
    require(actor, "admin.bundles", "mengirim bundel data")
    office = office or _home_code()
    row = Office.get_or_none(Office.code == office)
    if row is None:
        raise NotFound(f"Kantor {office} tidak ada di basis data ini.")
    to_path = Path(to_path)
    if to_path.is_dir():
        raise UserError(f"{to_path} adalah folder; pilih nama berkas bundel.")
    if not to_path.parent.exists():
        raise UserError(f"Folder {to_path.parent} tidak ada.")
    mark = _export_mark(office)
    use_mark = since is None and not full and mark is not None
    started = utcnow()
    since_utc = None if full else _since_utc(since, row.time_zone)
    if use_mark:
        since_utc = dt.datetime.fromisoformat(mark["at"])
    tables = bundle_tables()
    members: dict[str, bytes] = {}
    with database.obj.atomic():  # one consistent snapshot for every table
        events_q = AuditEvent.select().where(AuditEvent.office == office)
        if use_mark:
            events_q = events_q.where(AuditEvent.seq > int(mark.get("audit_seq", 0)))
        elif since_utc is not None:
            events_q = events_q.where(AuditEvent.at >= since_utc)
        events = list(events_q.order_by(AuditEvent.seq))
        touched = _touched_ids(events)
        for i, model in enumerate(tables):
            if progress:
                progress(i, len(tables) + 1, f"Membaca {_name(model)}")
            members[f"{_name(model)}.jsonl"] = _jsonl(_select_rows(model, office, since_utc, touched, events))
        last_seq = max([ev.seq for ev in events], default=int(mark.get("audit_seq", 0)) if mark else 0)
    manifest = _build_manifest(row, members, since_utc, started)
    _write_zip(to_path, manifest, members)
    with write_transaction():
        value = {"at": started.isoformat(), "audit_seq": last_seq, "bundle_id": manifest["bundle_id"]}
        Setting.insert(office=office, key=EXPORT_MARK_KEY, value=value, updated_at=utcnow()).on_conflict(
            conflict_target=[Setting.office, Setting.key],
            update={Setting.value: value, Setting.updated_at: utcnow()},
        ).execute()
        audit.record(actor, "export_bundle", "Bundle", manifest["bundle_id"], office,
                     {"file": to_path.name, "period": manifest["period"], "counts": manifest["counts"]})
    if progress:
        progress(len(tables) + 1, len(tables) + 1, "Selesai")
    return _manifest_object(to_path, manifest)


def _home_code() -> str:
    home = home_office()
    if home is None:
        raise UserError("Basis data ini belum disiapkan (belum ada kantor).")
    return home.code


def _export_mark(office: str) -> dict | None:
    row = Setting.get_or_none((Setting.office == office) & (Setting.key == EXPORT_MARK_KEY))
    return row.value if row and isinstance(row.value, dict) else None


def last_export(office: str) -> dt.datetime | None:
    mark = _export_mark(office)
    return dt.datetime.fromisoformat(mark["at"]) if mark else None


def _build_manifest(office: Office, members: dict[str, bytes], since, now) -> dict:
    from desk_app.models.core.schema import SCHEMA_VERSION

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "bundle_id": new_id(),
        "office": office.code,
        "office_name": office.name,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "created_at": now.isoformat(),
        "period": {"from": since.isoformat() if since else None, "to": now.isoformat()},
        "counts": {name[:-6]: data.count(b"\n") for name, data in members.items()},
        "members": {name: hashlib.sha256(data).hexdigest() for name, data in members.items()},
    }


def _write_zip(to_path: Path, manifest: dict, members: dict[str, bytes]) -> None:
    tmp = to_path.with_name(to_path.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True))
            for name, data in members.items():
                zf.writestr(name, data)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, to_path)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise UserError(f"Ruang disk tidak cukup untuk menulis bundel ke {to_path.parent}. "
                            "Berkas lama (bila ada) tidak diubah.") from None
        raise UserError(f"Bundel tidak dapat ditulis ke {to_path} ({exc.strerror}). "
                        "Berkas lama (bila ada) tidak diubah.") from None


def _manifest_object(path: Path, m: dict) -> BundleManifest:
    period = m["period"]
    return BundleManifest(
        path=path, bundle_id=m["bundle_id"], office=m["office"], office_name=m.get("office_name", ""),
        schema_version=int(m["schema_version"]), app_version=str(m.get("app_version", "")),
        created_at=dt.datetime.fromisoformat(m["created_at"]),
        period_from=dt.datetime.fromisoformat(period["from"]) if period.get("from") else None,
        period_to=dt.datetime.fromisoformat(period["to"]), counts=dict(m["counts"]),
    )


# --- reading and checking a bundle ----------------------------------------------------

@dataclass
class Bundle:
    manifest: BundleManifest
    rows: dict[type[peewee.Model], list[dict]]  # encoded rows, tables in dependency order


def read_bundle(path) -> Bundle:
    """Open and check a bundle completely; raise BundleError before anything is written."""
    from desk_app.models.core.schema import SCHEMA_VERSION

    path = Path(path)
    if not path.is_file():
        raise BundleError(f"Berkas bundel {path} tidak ada.")
    try:
        with zipfile.ZipFile(path) as zf:
            raw_manifest = zf.read(MANIFEST)
            names = set(zf.namelist())
            m = json.loads(raw_manifest)
            if not isinstance(m, dict) or m.get("format") != FORMAT:
                raise BundleError(f"{path.name} bukan bundel Loket Prima.")
            version = int(m.get("schema_version", 0))
            if version > SCHEMA_VERSION:
                raise BundleError(
                    f"Bundel ini dibuat oleh versi Loket Prima yang lebih baru (skema {version}, "
                    f"program ini skema {SCHEMA_VERSION}). Perbarui aplikasi sebelum mengimpor.")
            expected = dict(m.get("members", {}))
            if names != set(expected) | {MANIFEST}:
                raise BundleError(f"Bundel {path.name} tidak utuh: daftar isinya tidak cocok "
                                  "dengan manifes.")
            data = {}
            for name, digest in expected.items():
                content = zf.read(name)
                if hashlib.sha256(content).hexdigest() != digest:
                    raise BundleError(f"Bundel {path.name} telah diubah atau rusak: checksum "
                                      f"{name} tidak cocok. Bundel tidak diimpor.")
                data[name] = content
    except BundleError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, TypeError,
            OSError, NotImplementedError) as exc:  # zipfile: unsupported compression method
        raise BundleError(f"Berkas {path.name} rusak, terpotong atau bukan bundel Loket Prima "
                          f"({type(exc).__name__}). Bundel tidak diimpor.") from None
    manifest = _manifest_object(path, m)
    return Bundle(manifest, _parse_members(manifest, data))


def _parse_members(manifest: BundleManifest, data: dict[str, bytes]) -> dict:
    by_name = {_name(m): m for m in bundle_tables()}
    rows: dict[type[peewee.Model], list[dict]] = {}
    for member, content in data.items():
        table = member[:-6] if member.endswith(".jsonl") else member
        model = by_name.get(table)
        if model is None:
            raise BundleError(f"Bundel memuat tabel yang tidak dikenal program ini: {table}.")
        try:
            parsed = [json.loads(line) for line in content.decode().splitlines() if line.strip()]
        except (UnicodeDecodeError, ValueError):
            raise BundleError(f"Isi {member} dalam bundel rusak.") from None
        if len(parsed) != int(manifest.counts.get(table, -1)):
            raise BundleError(f"Jumlah baris {table} tidak cocok dengan manifes.")
        fields = model._meta.fields
        for row in parsed:
            if not isinstance(row, dict) or set(row) - set(fields):
                raise BundleError(f"Baris {table} dalam bundel memuat kolom yang tidak dikenal.")
            if _row_office(model, row) != manifest.office:
                raise BundleError(
                    f"Bundel kantor {manifest.office} memuat data kantor lain "
                    f"({_row_office(model, row)}) pada tabel {table}. Bundel tidak diimpor.")
        rows[model] = parsed
    order = bundle_tables()
    return {m: rows[m] for m in order if m in rows}
