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

Merging (merge.py): every row is validated and the whole bundle checked before the first
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
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import peewee

from desk_app.models.core import keys
from desk_app.models.core.base import utcnow
from desk_app.models.core.office import Setting, home_office
from desk_app.models.offices import envelope, trust
from desk_app.models.offices.envelope import BundleError
from desk_app.models.offices.validate import SENT_TABLES

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


# --- export (export.py) -------------------------------------------------------------

def export_bundle(office: str | None, to_path, since: dt.date | dt.datetime | None = None,
                  actor=None, full: bool = False, progress=None, recipient: str | None = None) -> BundleManifest:
    """Write this office's records changed since `since` (default: since the last export;
    `full`: everything) to `to_path`, encrypted for `recipient` (default: the parent
    office) and signed. The file appears only when completely written."""
    from desk_app.models.offices.export import export_bundle as export

    return export(office, to_path, since=since, actor=actor, full=full, progress=progress,
                  recipient=recipient)


def last_export(office: str) -> dt.datetime | None:
    row = Setting.get_or_none((Setting.office == office) & (Setting.key == EXPORT_MARK_KEY))
    mark = row.value if row and isinstance(row.value, dict) else None
    return dt.datetime.fromisoformat(mark["at"]) if mark else None


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


# --- reading: envelope, manifest, members as bounded streams ------------------------------

@dataclass
class Bundle:
    manifest: BundleManifest
    zf: zipfile.ZipFile
    payload: BinaryIO

    def close(self) -> None:
        self.zf.close()
        self.payload.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def rows(self, model) -> Iterator[tuple[int, dict]]:
        """(line number, row) of one member, streamed; the member's hash checked at its end."""
        name = f"{_name(model)}.jsonl"
        try:
            yield from self._rows(model, name)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise BundleError(f"Isi {name} dalam bundel rusak ({type(exc).__name__}). "
                              "Bundel tidak diimpor.") from None

    def _rows(self, model, name: str) -> Iterator[tuple[int, dict]]:
        digest, count = hashlib.sha256(), 0
        with self.zf.open(name) as raw:
            stream = io.BufferedReader(raw, 1 << 16)
            while True:
                line = stream.readline(MAX_LINE + 1)
                if not line:
                    break
                digest.update(line)
                count += 1
                if len(line) > MAX_LINE or not line.endswith(b"\n"):
                    raise BundleError(f"Baris {count} {_name(model)}: terlalu panjang atau terpotong. "
                                      "Bundel tidak diimpor.")
                try:
                    row = json.loads(line)
                except (UnicodeDecodeError, ValueError):
                    raise BundleError(f"Baris {count} {_name(model)}: bukan JSON yang sah. "
                                      "Bundel tidak diimpor.") from None
                yield count, row
        if digest.hexdigest() != self.manifest.members.get(name) or count != self.manifest.counts.get(_name(model)):
            raise BundleError(f"Isi {name} tidak cocok dengan manifes bundel. Bundel tidak diimpor.")


def _refuse(path: Path, why: str) -> BundleError:
    return BundleError(f"Bundel {path.name} ditolak: {why}. Tidak ada yang diubah.")


def _trusted_key(office: str):
    row = trust.trusted(office)
    return trust.public_keys(row) if row else None


def read_bundle(path) -> Bundle:
    """Check the envelope and the inner manifest completely and return a Bundle whose
    members can be streamed; raise BundleError before anything is written."""
    from desk_app.models.core.schema import SCHEMA_VERSION

    path = Path(path)
    home = home_office()
    if home is None:
        raise BundleError("Basis data ini belum disiapkan (belum ada kantor); bundel tidak diimpor.")
    own = keys.active_key(home.code)
    env = envelope.read(path, home.code, own.fingerprint if own else None, _trusted_key)
    try:
        _check_directory(env.payload, path)
        zf = zipfile.ZipFile(env.payload)
        m = _check_inner(zf, path, env, SCHEMA_VERSION)
        manifest = manifest_object(path, m, env.sender_key, env.payload_sha256)
    except BundleError:
        env.close()
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, TypeError, OSError,
            NotImplementedError) as exc:
        env.close()
        raise BundleError(f"Isi bundel {path.name} rusak ({type(exc).__name__}). Bundel tidak diimpor.") from None
    return Bundle(manifest, zf, env.payload)


def _check_directory(fh, path: Path) -> None:
    """Before zipfile reads the central directory into memory: a few entries, a small
    directory (a signed bundle could still list millions of entries)."""
    import struct

    fh.seek(0, 2)
    size = fh.tell()
    fh.seek(max(0, size - 66_000))
    tail = fh.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        raise zipfile.BadZipFile("no end of central directory")
    entries, cd_size = struct.unpack_from("<HI", tail, at + 10)
    locator = tail.rfind(b"PK\x06\x07", 0, at)
    if (entries == 0xFFFF or cd_size == 0xFFFFFFFF) and locator >= 0:
        (record,) = struct.unpack_from("<Q", tail, locator + 8)
        fh.seek(record)
        head = fh.read(56)
        if head[:4] != b"PK\x06\x06":
            raise zipfile.BadZipFile("bad zip64 end of central directory")
        entries, cd_size = struct.unpack_from("<QQ", head, 32)
    fh.seek(0)
    if entries > 64 or cd_size > MAX_MANIFEST:
        raise _refuse(path, "daftar isinya terlalu besar")


def _check_inner(zf: zipfile.ZipFile, path: Path, env, schema_version: int) -> dict:
    info = zf.getinfo(MANIFEST)
    if info.file_size > MAX_MANIFEST:
        raise _refuse(path, "manifesnya melebihi batas ukuran")
    with zf.open(info) as fh:
        m = json.loads(fh.read(MAX_MANIFEST + 1))
    if not isinstance(m, dict) or m.get("format") != FORMAT or int(m.get("format_version", 0)) != FORMAT_VERSION:
        raise _refuse(path, "manifesnya bukan manifes bundel Loket Prima")
    version = int(m.get("schema_version", 0))
    if version > schema_version:
        raise BundleError(
            f"Bundel ini dibuat oleh versi Loket Prima yang lebih baru (skema {version}, "
            f"program ini skema {schema_version}). Perbarui aplikasi sebelum mengimpor.")
    if m.get("office") != env.sender or m.get("to") != env.recipient:
        raise _refuse(path, "pengirim atau tujuan di dalam bundel berbeda dengan amplopnya")
    head = m.get("head")
    if not (isinstance(head, dict) and isinstance(head.get("seq"), int) and isinstance(head.get("hash"), str)
            and len(head["hash"]) == 64 and isinstance(m.get("bundle_seq"), int) and m["bundle_seq"] > 0):
        raise _refuse(path, "manifesnya tidak lengkap")
    created = dt.datetime.fromisoformat(m["created_at"])
    from desk_app.models.offices.validate import CLOCK_TOLERANCE

    if created > utcnow() + CLOCK_TOLERANCE:
        raise _refuse(path, f"waktu pembuatannya di masa depan ({m['created_at']})")
    expected = {f"{_name(model)}.jsonl" for model in SENT_TABLES}
    members = m.get("members")
    if not isinstance(members, dict) or set(members) != expected or \
            set(zf.namelist()) != expected | {MANIFEST}:
        raise _refuse(path, "daftar isinya tidak sesuai (hanya tabel yang boleh dikirim kantor)")
    total = 0
    for name in expected:
        member = zf.getinfo(name)
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > MAX_MEMBER or total > MAX_TOTAL or \
                (member.file_size > RATIO_FLOOR and ratio > MAX_RATIO):
            raise _refuse(path, f"{name} melebihi batas ukuran atau rasio pemampatan (bom zip?)")
    return m


def preview_bundle(path) -> Preview:
    """What importing `path` would do: office, period, new / updated / unchanged per table
    and the conflicts. Writes nothing."""
    from desk_app.models.offices.merge import preview

    return preview(path)


def import_bundle(path, actor=None) -> ImportResult:
    """Check `path` completely, then merge it in one transaction (see the module doc)."""
    from desk_app.models.offices.merge import merge

    return merge(path, actor)


def copy_database(from_url: str, to_url: str, force: bool = False, progress=None) -> dict[str, int]:
    """Copy every table row for row between two databases (SQLite <-> PostgreSQL)."""
    from desk_app.models.offices.copydb import copy_database as copy

    return copy(from_url, to_url, force=force, progress=progress)
