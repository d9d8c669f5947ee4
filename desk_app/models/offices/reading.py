"""Reading a bundle (the format is in models/offices/bundles.py): the envelope checked and
decrypted (envelope.py), the inner manifest checked, and the members streamed line by
line within the size, ratio and line-length limits."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desk_app.models.core import keys
from desk_app.models.core.base import utcnow
from desk_app.models.core.office import home_office
from desk_app.models.offices import envelope, trust
from desk_app.models.offices.bundles import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MAX_LINE,
    MAX_MANIFEST,
    MAX_MEMBER,
    MAX_RATIO,
    MAX_TOTAL,
    RATIO_FLOOR,
    BundleError,
    BundleManifest,
    _name,
    manifest_object,
)
from desk_app.models.offices.validate import SENT_TABLES


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
