"""Backing up the office's private keys, and restoring them on another PC.

The private key files (`<data>/keys/*.key`, models/core/keys.py) open the sealed
identities of protected complainants (models/complaints/sealing.py) and sign bundles. A
database backup never holds them, so a PC that lost its disk needs one of:

* a **key file** (`desk-app office-key --export FILE`): every private key of the office
  (the active one and those replaced, which still open identities sealed before the
  replacement), encrypted with ChaCha20-Poly1305 under a key derived from a passphrase
  by scrypt (N=2^17, r=8, p=1: about 128 MiB and half a second per try); the header
  (office, KDF parameters) is authenticated too;
* a **recovery code** (`desk-app office-key --recovery-code`): the same keys as base32
  text to print and keep in a safe, in lines of 24 characters each followed by two check
  characters, and a checksum (SHA-256, 4 bytes) over the whole: a mistyped line is named.

Restoring (`--import FILE` / `--recovery-code-input`, and `desk-app restore`) refuses the
keys of another office and keys whose public half matches no key this database (or the
backup being restored) records for the office. Exporting and showing the code are audit
events; the keys themselves never enter the log.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from desk_app.models.core import audit, keys
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import UserError
from desk_app.models.core.office import home_office
from desk_app.models.core.permissions import require

FILE_FORMAT = "loket-prima-office-key-backup"
MAX_FILE_BYTES = 65_536
MIN_PASSPHRASE = 10
SCRYPT = {"n": 2**17, "r": 8, "p": 1}
CODE_VERSION = 1
LINE = 24  # base32 characters per line of the recovery code, before its two check characters
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


class KeyBackupError(UserError):
    """A key file, passphrase or recovery code that cannot be used."""


@dataclass(frozen=True)
class OfficeKeys:
    office: str
    pairs: list[keys.KeyPair]

    @property
    def fingerprints(self) -> list[str]:
        return [p.fingerprint for p in self.pairs]


# --- what this office has --------------------------------------------------------------

def own_keys() -> OfficeKeys:
    """Every private key of the home office found on this PC (active first)."""
    home = home_office()
    if home is None:
        raise KeyBackupError("Basis data ini belum disiapkan (belum ada kantor).")
    rows = (keys.OfficeKey.select().where(keys.OfficeKey.office == home.code)
            .order_by(keys.OfficeKey.revoked_at.is_null(False), keys.OfficeKey.created_at.desc()))
    pairs = [keys._read_private(r.fingerprint, home.code) for r in rows if keys.key_file(r.fingerprint).exists()]
    active = keys.active_key(home.code)
    if active is None or not keys.key_file(active.fingerprint).exists():
        raise KeyBackupError("Kunci kantor tidak ada di PC ini; pulihkan dari cadangan kunci "
                             "sebelum membuat cadangan baru.")
    return OfficeKeys(home.code, pairs)


def _audit(actor, action: str, found: OfficeKeys) -> None:
    with write_transaction():
        audit.record(actor, action, "OfficeKey", found.fingerprints[0], found.office,
                     {"keys": [keys.short_fingerprint(f) for f in found.fingerprints]})


def _raw_pairs(found: OfficeKeys) -> list[bytes]:
    return [keys._private_bytes(p.sign_private) + keys._private_bytes(p.box_private) for p in found.pairs]


def _pairs_from(office: str, raws: list[bytes]) -> list[keys.KeyPair]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return [keys.KeyPair(office, Ed25519PrivateKey.from_private_bytes(raw[:32]),
                         X25519PrivateKey.from_private_bytes(raw[32:])) for raw in raws]


# --- the passphrase-protected file ------------------------------------------------------

def _derive(passphrase: str, salt: bytes, params: dict) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=params["n"], r=params["r"], p=params["p"]).derive(
        passphrase.encode("utf-8"))


def _header_bytes(header: dict) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()


def check_passphrase(passphrase: str, again: str | None = None) -> str:
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise KeyBackupError(f"Kata sandi berkas kunci paling sedikit {MIN_PASSPHRASE} karakter.")
    if again is not None and again != passphrase:
        raise KeyBackupError("Kedua kata sandi tidak sama. Ketik ulang.")
    return passphrase


def export_key_file(actor, path, passphrase: str) -> OfficeKeys:
    """Write every private key of this office to `path`, encrypted with `passphrase`."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    require(actor, "admin.backup", "mencadangkan kunci kantor")
    check_passphrase(passphrase)
    found = own_keys()
    path = Path(path)
    if path.is_dir() or not path.parent.is_dir():
        raise KeyBackupError(f"Tidak dapat menulis berkas kunci ke {path}: pilih nama berkas di folder yang ada.")
    salt, nonce = os.urandom(16), os.urandom(12)
    header = {"format": FILE_FORMAT, "version": 1, "office": found.office,
              "kdf": {"name": "scrypt", **SCRYPT, "salt": keys.b64(salt)}}
    body = json.dumps({"office": found.office, "keys": [keys.b64(r) for r in _raw_pairs(found)]}).encode()
    sealed = ChaCha20Poly1305(_derive(passphrase, salt, SCRYPT)).encrypt(nonce, body, _header_bytes(header))
    data = dict(header, nonce=keys.b64(nonce), ciphertext=keys.b64(sealed))
    tmp = path.with_name(path.name + ".sebagian")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise KeyBackupError(f"Berkas kunci tidak dapat ditulis ke {path} ({exc.strerror}).") from None
    _audit(actor, "export_office_key", found)
    return found


def read_key_file(path, passphrase: str) -> OfficeKeys:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise KeyBackupError(f"{path.name} bukan berkas kunci kantor (terlalu besar).")
        data = json.loads(path.read_text(encoding="utf-8"))
        header = {k: data[k] for k in ("format", "version", "office", "kdf")}
        kdf = header["kdf"]
        if header["format"] != FILE_FORMAT or kdf.get("name") != "scrypt" or \
                not (2**14 <= int(kdf["n"]) <= 2**20 and 1 <= int(kdf["r"]) <= 16 and 1 <= int(kdf["p"]) <= 4):
            raise ValueError
        salt, nonce = base64.b64decode(kdf["salt"]), base64.b64decode(data["nonce"])
        sealed = base64.b64decode(data["ciphertext"])
    except FileNotFoundError:
        raise KeyBackupError(f"Berkas kunci {path} tidak ada.") from None
    except OSError as exc:
        raise KeyBackupError(f"Berkas kunci {path} tidak terbaca ({exc.strerror}).") from None
    except (ValueError, KeyError, TypeError, AttributeError):
        raise KeyBackupError(f"{path.name} bukan berkas cadangan kunci kantor Loket Prima.") from None
    try:
        key = _derive(passphrase or "", salt, {k: int(kdf[k]) for k in ("n", "r", "p")})
        body = json.loads(ChaCha20Poly1305(key).decrypt(nonce, sealed, _header_bytes(header)))
        raws = [base64.b64decode(k) for k in body["keys"]]
    except InvalidTag:
        raise KeyBackupError("Kata sandi salah, atau berkas kunci telah diubah.") from None
    except (ValueError, KeyError, TypeError):
        raise KeyBackupError(f"Isi berkas kunci {path.name} rusak.") from None
    if body.get("office") != header["office"] or not raws or any(len(r) != 64 for r in raws):
        raise KeyBackupError(f"Isi berkas kunci {path.name} rusak.")
    return OfficeKeys(header["office"], _pairs_from(header["office"], raws))


# --- the recovery code -----------------------------------------------------------------

def _check_char(index: int, line: str) -> str:
    """Two check characters per line: a typo passes a line's check once in 1024 tries
    (and then still fails the checksum)."""
    digest = hashlib.sha256(f"{index}:{line}".encode()).digest()
    return _ALPHABET[digest[0] % 32] + _ALPHABET[digest[1] % 32]


def recovery_code(actor) -> str:
    """This office's private keys as a printable code (lines of groups of four)."""
    require(actor, "admin.backup", "menampilkan kode pemulihan kunci kantor")
    found = own_keys()
    office = found.office.encode()
    raws = _raw_pairs(found)
    payload = bytes([CODE_VERSION, len(office)]) + office + bytes([len(raws)]) + b"".join(raws)
    payload += hashlib.sha256(payload).digest()[:4]
    text = base64.b32encode(payload).decode().rstrip("=")
    lines = []
    for i in range(0, len(text), LINE):
        line = text[i:i + LINE]
        line += _check_char(i // LINE, line)
        lines.append("-".join(line[j:j + 4] for j in range(0, len(line), 4)))
    _audit(actor, "show_recovery_code", found)
    return "\n".join(lines)


def parse_recovery_code(text: str) -> OfficeKeys:
    """The keys in a typed recovery code; a mistyped line is named."""
    clean = re.sub(r"[\s\-]", "", (text or "").upper()).translate(str.maketrans("018", "OIB"))
    bad = sorted(set(clean) - set(_ALPHABET))
    if bad:
        raise KeyBackupError(f"Kode pemulihan memuat huruf yang tidak dipakai: {' '.join(bad)}.")
    if not clean:
        raise KeyBackupError("Kode pemulihan kosong.")
    body = []
    for index, start in enumerate(range(0, len(clean), LINE + 2)):
        chunk = clean[start:start + LINE + 2]
        line, check = chunk[:-2], chunk[-2:]
        if not line or _check_char(index, line) != check:
            raise KeyBackupError(f"Kode pemulihan salah ketik di baris {index + 1}. Periksa baris itu "
                                 "dengan kertas kode pemulihan.")
        body.append(line)
    joined = "".join(body)
    try:
        payload = base64.b32decode(joined + "=" * (-len(joined) % 8))
    except ValueError:
        raise KeyBackupError("Kode pemulihan tidak lengkap atau salah ketik.") from None
    data, checksum = payload[:-4], payload[-4:]
    if len(payload) < 8 or hashlib.sha256(data).digest()[:4] != checksum or data[0] != CODE_VERSION:
        raise KeyBackupError("Kode pemulihan tidak lengkap atau salah ketik (checksum tidak cocok).")
    size = data[1]
    office = data[2:2 + size].decode("ascii", "replace")
    count = data[2 + size] if len(data) > 2 + size else 0
    raw = data[3 + size:]
    if count < 1 or len(raw) != 64 * count:
        raise KeyBackupError("Kode pemulihan tidak lengkap atau salah ketik.")
    return OfficeKeys(office, _pairs_from(office, [raw[i:i + 64] for i in range(0, len(raw), 64)]))


# --- putting keys back --------------------------------------------------------------------

def install_keys(found: OfficeKeys, office: str, known: set[str], actor=None, record: bool = True) -> list[str]:
    """Write the private key files of `found` that belong to `office` and whose public
    half is one of the `known` fingerprints (the OfficeKey rows of the database they are
    for). Returns the fingerprints written or already present."""
    if found.office != office:
        raise KeyBackupError(f"Kunci ini milik kantor {found.office}, bukan kantor {office}. "
                             "Gunakan cadangan kunci kantor ini.")
    fitting = [p for p in found.pairs if p.fingerprint in known]
    if not fitting:
        raise KeyBackupError("Kunci ini tidak cocok dengan kunci kantor yang tercatat di basis data "
                             "(kunci lama atau dari basis data lain). Tidak ada yang dipasang.")
    for pair in fitting:
        keys._write_private(pair)
    if record:
        _audit(actor, "import_office_key", OfficeKeys(office, fitting))
    return [p.fingerprint for p in fitting]


def import_keys(actor, found: OfficeKeys) -> list[str]:
    """Install keys into this PC's key folder for the open database's office."""
    require(actor, "admin.backup", "memulihkan kunci kantor")
    home = home_office()
    if home is None:
        raise KeyBackupError("Basis data ini belum disiapkan (belum ada kantor).")
    known = {r.fingerprint for r in keys.OfficeKey.select().where(keys.OfficeKey.office == home.code)}
    return install_keys(found, home.code, known, actor)
