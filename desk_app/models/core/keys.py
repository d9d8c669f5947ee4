"""Office keys: an Ed25519 signing pair and an X25519 encryption pair per office.

Made when the office is set up (and by the v5 upgrade for an older database). The public
halves and their fingerprint are kept in the `office_key` table, so that a database
knows which key is its own and a copy of it (copy-db) carries them. The private halves
are in a file in the data folder, `keys/<fingerprint>.key`, readable by this user only
(0600): a backup of the database alone never holds them, and the folder is what must be
kept on separate media (README, "what to back up").

The primitives come from the `cryptography` package; nothing here is hand-rolled:
signatures are Ed25519; `seal`/`open_sealed` encrypt for an office with an ephemeral
X25519 key, HKDF-SHA256 and ChaCha20-Poly1305 (the same construction as the bundles'
stream, see models/offices/envelope.py), so other features (e.g. protected identities)
can reuse them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import peewee

from desk_app import config
from desk_app.models.core.base import BaseModel, utcnow
from desk_app.models.core.errors import UserError

if TYPE_CHECKING:  # the package is loaded when keys are used, not with the tables
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

KEY_FILE_FORMAT = "loket-prima-office-key"


class KeyError_(UserError):
    """A key that is missing, unreadable or does not fit."""


class OfficeKey(BaseModel):
    """One key set (signing + encryption) of this database's own office."""

    fingerprint = peewee.CharField(primary_key=True, max_length=64)
    office = peewee.CharField(max_length=32, index=True)
    sign_public = peewee.CharField(max_length=64)  # base64 of 32 bytes
    box_public = peewee.CharField(max_length=64)
    created_at = peewee.DateTimeField(default=utcnow)
    revoked_at = peewee.DateTimeField(null=True)
    revoked_reason = peewee.TextField(default="")


def _raw():
    from cryptography.hazmat.primitives import serialization as ser

    return ser.Encoding.Raw, ser.PublicFormat.Raw, ser.PrivateFormat.Raw, ser.NoEncryption()


def _public_bytes(key) -> bytes:
    raw, pub, _priv, _none = _raw()
    return key.public_key().public_bytes(raw, pub)


def _private_bytes(key) -> bytes:
    raw, _pub, priv, none = _raw()
    return key.private_bytes(raw, priv, none)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, size: int = 32) -> bytes:
    try:
        data = base64.b64decode(text, validate=True)
    except (ValueError, TypeError):
        raise KeyError_("Kunci publik rusak (bukan base64).") from None
    if len(data) != size:
        raise KeyError_("Kunci publik rusak (panjangnya salah).")
    return data


def fingerprint(office: str, sign_public: bytes, box_public: bytes) -> str:
    """SHA-256 over the office code and both public keys (hex): a card relabelled with
    another office code has another fingerprint."""
    digest = hashlib.sha256(b"loket-prima-office-key\0" + office.encode() + b"\0"
                            + sign_public + box_public)
    return digest.hexdigest()


def short_fingerprint(full: str) -> str:
    """What people read aloud to each other: 24 hex digits in six groups."""
    text = full[:24].upper()
    return "-".join(text[i:i + 4] for i in range(0, 24, 4))


@dataclass(frozen=True)
class PublicKeys:
    office: str
    sign_public: bytes
    box_public: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.office, self.sign_public, self.box_public)

    @property
    def short(self) -> str:
        return short_fingerprint(self.fingerprint)


@dataclass(frozen=True)
class KeyPair:
    office: str
    sign_private: Ed25519PrivateKey
    box_private: X25519PrivateKey

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(self.office, _public_bytes(self.sign_private), _public_bytes(self.box_private))

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint


# --- files -----------------------------------------------------------------------------

def keys_dir() -> Path:
    path = config.data_dir() / "keys"
    path.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(path, 0o700)
    except OSError:
        pass
    return path


def key_file(fp: str) -> Path:
    return keys_dir() / f"{fp}.key"


def _write_private(pair: KeyPair) -> Path:
    path = key_file(pair.fingerprint)
    if path.exists():
        return path
    data = json.dumps({
        "format": KEY_FILE_FORMAT, "office": pair.office, "fingerprint": pair.fingerprint,
        "sign_private": b64(_private_bytes(pair.sign_private)),
        "box_private": b64(_private_bytes(pair.box_private)),
    }).encode()
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    return path


def _read_private(fp: str, office: str) -> KeyPair:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    path = key_file(fp)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        pair = KeyPair(
            data["office"],
            Ed25519PrivateKey.from_private_bytes(base64.b64decode(data["sign_private"])),
            X25519PrivateKey.from_private_bytes(base64.b64decode(data["box_private"])),
        )
    except FileNotFoundError:
        raise KeyError_(
            f"Kunci rahasia kantor {office} tidak ada di komputer ini ({path}). Salin berkas "
            "kunci dari cadangan folder 'keys' atau dari komputer tempat kunci dibuat.") from None
    except (OSError, ValueError, KeyError, TypeError):
        raise KeyError_(f"Berkas kunci rahasia {path} rusak atau tidak terbaca.") from None
    if pair.fingerprint != fp or pair.office != office:
        raise KeyError_(f"Berkas kunci rahasia {path} bukan milik kantor {office}.")
    return pair


# --- the office's own keys ----------------------------------------------------------------

def active_key(office: str) -> OfficeKey | None:
    return (OfficeKey.select().where((OfficeKey.office == office) & OfficeKey.revoked_at.is_null())
            .order_by(OfficeKey.created_at.desc()).first())


def public_of(row: OfficeKey) -> PublicKeys:
    return PublicKeys(row.office, unb64(row.sign_public), unb64(row.box_public))


def create_office_keys(office: str, actor=None, reason: str = "") -> OfficeKey:
    """A new key set for `office`; the previous one (if any) is revoked. Call inside a
    write transaction; the private file is written first (an orphan file is harmless)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from desk_app.models.core import audit

    pair = KeyPair(office, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    _write_private(pair)
    old = active_key(office)
    now = utcnow()
    if old is not None:
        OfficeKey.update(revoked_at=now, revoked_reason=reason or "diganti").where(
            OfficeKey.fingerprint == old.fingerprint).execute()
    pub = pair.public
    row = OfficeKey.create(fingerprint=pub.fingerprint, office=office, sign_public=b64(pub.sign_public),
                           box_public=b64(pub.box_public), created_at=now)
    audit.record(actor, "replace_key" if old else "create_key", "OfficeKey", pub.fingerprint, office,
                 {"fingerprint": pub.short, "replaced": old.fingerprint if old else None,
                  "reason": reason})
    return row


def ensure_office_keys(office: str, actor=None) -> OfficeKey:
    """The office's active key set, made now if it has none (older databases)."""
    return active_key(office) or create_office_keys(office, actor)


def load_keypair(office: str) -> KeyPair:
    """The private keys of `office`'s active key set (from the data folder)."""
    row = active_key(office)
    if row is None:
        raise KeyError_(f"Kantor {office} belum mempunyai kunci kantor.")
    return _read_private(row.fingerprint, office)


# --- primitives ------------------------------------------------------------------------------

def sign(pair: KeyPair, data: bytes) -> bytes:
    return pair.sign_private.sign(data)


def verify(sign_public: bytes, data: bytes, signature: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(sign_public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def derive_key(own_private: X25519PrivateKey, peer_public: bytes, info: bytes) -> bytes:
    """A 32-byte symmetric key from an X25519 exchange, bound to `info` by HKDF."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    shared = own_private.exchange(X25519PublicKey.from_public_bytes(peer_public))
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def ephemeral() -> tuple[X25519PrivateKey, bytes]:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    key = X25519PrivateKey.generate()
    return key, _public_bytes(key)


def seal(recipient: PublicKeys, plaintext: bytes, context: bytes = b"") -> bytes:
    """Encrypt a small value for `recipient` (anyone can seal; only its keys open)."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    eph, eph_pub = ephemeral()
    info = b"loket-prima-seal\0" + recipient.fingerprint.encode() + eph_pub + context
    key = derive_key(eph, recipient.box_public, info)
    return eph_pub + ChaCha20Poly1305(key).encrypt(b"\0" * 12, plaintext, context)


def open_sealed(pair: KeyPair, sealed: bytes, context: bytes = b"") -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    if len(sealed) < 32 + 16:
        raise KeyError_("Data terenkripsi rusak.")
    eph_pub, body = sealed[:32], sealed[32:]
    info = b"loket-prima-seal\0" + pair.fingerprint.encode() + eph_pub + context
    key = derive_key(pair.box_private, eph_pub, info)
    try:
        return ChaCha20Poly1305(key).decrypt(b"\0" * 12, body, context)
    except InvalidTag:
        raise KeyError_("Data terenkripsi tidak dapat dibuka dengan kunci kantor ini.") from None
