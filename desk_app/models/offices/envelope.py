"""The outside of a bundle: encrypted for the receiving office, signed by the sender.

The file is a zip with two stored (uncompressed) members:
- `payload.bin`: the inner bundle (a zip of manifest and JSON lines, models/bundles.py)
  encrypted with ChaCha20-Poly1305 in chunks of CHUNK plaintext bytes; chunk i has the
  nonce i (8 bytes, big-endian) followed by 1 for the last chunk and 0 otherwise, so a
  chunk cannot be moved, dropped or the stream cut short. The key comes from an X25519
  exchange between a fresh ephemeral key and the recipient's encryption key, through
  HKDF bound to both offices' key fingerprints and the ephemeral key: a payload re-signed
  by another office no longer decrypts.
- `envelope.json`: sender and recipient codes and key fingerprints, the ephemeral public
  key, the payload's size and SHA-256, and the sender's Ed25519 signature over all that.

Reading checks, before any byte is decrypted: the two members and nothing else, stored,
within size limits; a sender enrolled here with that key; addressed to this office's
current key; the payload's hash and the signature. Then the payload is decrypted chunk by
chunk into an anonymous temporary file (deleted when closed, even after a crash).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desk_app.models.core import keys
from desk_app.models.core.errors import UserError

FORMAT = "loket-prima-bundle"
FORMAT_VERSION = 2
ENVELOPE = "envelope.json"
PAYLOAD = "payload.bin"
CHUNK = 1 << 20
TAG = 16
MAX_ENVELOPE = 64 * 1024
MAX_PAYLOAD = 2 << 30  # 2 GiB of ciphertext


class BundleError(UserError):
    """A bundle that cannot be read or must not be imported."""


@dataclass
class Envelope:
    sender: str
    sender_key: str
    recipient: str
    recipient_key: str
    payload_sha256: str
    payload: BinaryIO  # the decrypted inner zip, positioned at 0

    def close(self) -> None:
        self.payload.close()


def _canonical(body: dict) -> bytes:
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _info(sender_fp: str, recipient_fp: str, eph_pub: bytes) -> bytes:
    return b"loket-prima-bundle\0" + sender_fp.encode() + b"\0" + recipient_fp.encode() + b"\0" + eph_pub


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(8, "big") + (b"\x00\x00\x00\x01" if last else b"\x00\x00\x00\x00")


def write(to_path: Path, inner: BinaryIO, sender: keys.KeyPair, recipient: keys.PublicKeys) -> str:
    """Encrypt the file object `inner` (read from its start) for `recipient`, sign it
    with `sender`'s key and write the bundle to `to_path` (a `.part` file renamed when
    complete). Returns the payload's SHA-256."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    eph, eph_pub = keys.ephemeral()
    aead = ChaCha20Poly1305(keys.derive_key(eph, recipient.box_public,
                                            _info(sender.fingerprint, recipient.fingerprint, eph_pub)))
    inner.seek(0, os.SEEK_END)
    size = inner.tell()
    inner.seek(0)
    chunks = max(1, -(-size // CHUNK))
    digest = hashlib.sha256()
    tmp = to_path.with_name(to_path.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as zf:
            with zf.open(PAYLOAD, "w", force_zip64=size > (1 << 30)) as out:
                for index in range(chunks):
                    block = aead.encrypt(_nonce(index, index == chunks - 1), inner.read(CHUNK), None)
                    digest.update(block)
                    out.write(block)
            body = {
                "format": FORMAT, "format_version": FORMAT_VERSION,
                "sender": sender.office, "sender_key": sender.fingerprint,
                "recipient": recipient.office, "recipient_key": recipient.fingerprint,
                "ephemeral": keys.b64(eph_pub), "chunk": CHUNK,
                "payload_size": size + chunks * TAG, "payload_sha256": digest.hexdigest(),
            }
            body["signature"] = keys.b64(keys.sign(sender, _canonical(body)))
            zf.writestr(ENVELOPE, json.dumps(body, indent=2, sort_keys=True))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, to_path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    return digest.hexdigest()


def _refuse(path: Path, why: str) -> BundleError:
    return BundleError(f"Bundel {path.name} ditolak: {why}. Tidak ada yang diubah.")


def _members(zf: zipfile.ZipFile, path: Path) -> tuple[zipfile.ZipInfo, zipfile.ZipInfo]:
    infos = zf.infolist()
    names = [i.filename for i in infos]
    if "manifest.json" in names and ENVELOPE not in names:
        raise _refuse(path, "bundel lama tanpa tanda tangan dan tanpa enkripsi; minta kantor "
                            "pengirim mengirim ulang dengan versi Loket Prima terbaru")
    if sorted(names) != sorted([ENVELOPE, PAYLOAD]):
        raise _refuse(path, "isinya bukan amplop bundel Loket Prima (daftar berkas di dalamnya salah)")
    env, payload = zf.getinfo(ENVELOPE), zf.getinfo(PAYLOAD)
    if env.compress_type != zipfile.ZIP_STORED or payload.compress_type != zipfile.ZIP_STORED:
        raise _refuse(path, "isinya dimampatkan, padahal bundel asli tidak pernah dimampatkan di luar")
    if env.file_size > MAX_ENVELOPE or payload.file_size > MAX_PAYLOAD:
        raise _refuse(path, "ukurannya melebihi batas")
    return env, payload


def _parse_envelope(raw: bytes, path: Path) -> dict:
    try:
        body = json.loads(raw)
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise ValueError
        for name in ("sender", "sender_key", "recipient", "recipient_key", "ephemeral",
                     "payload_sha256", "signature"):
            if not isinstance(body.get(name), str) or len(body[name]) > 200:
                raise ValueError
        if int(body.get("format_version", 0)) != FORMAT_VERSION or body.get("chunk") != CHUNK:
            raise ValueError
        return body
    except (ValueError, TypeError, UnicodeDecodeError):
        raise _refuse(path, "amplopnya rusak") from None


def read(path, home: str, own_key: str | None, trusted_key) -> Envelope:
    """Check and decrypt the bundle at `path` for office `home` whose active key has the
    fingerprint `own_key`. `trusted_key(office)` gives the PublicKeys enrolled for an
    office (or None)."""
    path = Path(path)
    if not path.is_file():
        raise BundleError(f"Berkas bundel {path} tidak ada.")
    try:
        with zipfile.ZipFile(path) as zf:
            env_info, payload_info = _members(zf, path)
            with zf.open(env_info) as fh:
                body = _parse_envelope(fh.read(MAX_ENVELOPE + 1), path)
            sender = trusted_key(body["sender"])
            if sender is None or sender.fingerprint != body["sender_key"]:
                raise _refuse(path, f"tidak ditandatangani oleh kantor yang terdaftar di sini (pengirim "
                                    f"mengaku {body['sender'][:32]}, kunci {keys.short_fingerprint(body['sender_key'])})")
            if body["recipient"] != home or body["recipient_key"] != own_key:
                raise _refuse(path, f"ditujukan kepada kantor lain ({body['recipient'][:32]}) atau "
                                    "kunci kantor ini yang sudah diganti")
            signature = keys.unb64(body.pop("signature"), 64)
            if not keys.verify(sender.sign_public, _canonical(body), signature):
                raise _refuse(path, "tanda tangan pengirim tidak cocok (amplop diubah)")
            if payload_info.file_size != body.get("payload_size"):
                raise _refuse(path, "ukuran isi tidak cocok dengan tanda tangan")
            digest = hashlib.sha256()
            with zf.open(payload_info) as fh:
                while block := fh.read(CHUNK):
                    digest.update(block)
            if digest.hexdigest() != body["payload_sha256"]:
                raise _refuse(path, "isinya diubah setelah ditandatangani")
            out = _decrypt(zf, payload_info, body, sender, path)
    except BundleError:
        raise
    except keys.KeyError_ as exc:
        raise BundleError(exc.message) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, TypeError, OSError,
            NotImplementedError) as exc:
        raise BundleError(f"Berkas {path.name} rusak, terpotong atau bukan bundel Loket Prima "
                          f"({type(exc).__name__}). Bundel tidak diimpor.") from None
    return Envelope(body["sender"], body["sender_key"], body["recipient"], body["recipient_key"],
                    body["payload_sha256"], out)


def _decrypt(zf, payload_info, body: dict, sender: keys.PublicKeys, path: Path) -> BinaryIO:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    pair = keys.load_keypair(body["recipient"])
    eph_pub = keys.unb64(body["ephemeral"])
    aead = ChaCha20Poly1305(keys.derive_key(pair.box_private, eph_pub,
                                            _info(sender.fingerprint, pair.fingerprint, eph_pub)))
    total = payload_info.file_size
    chunks = max(1, -(-total // (CHUNK + TAG)))
    out = tempfile.TemporaryFile()
    try:
        with zf.open(payload_info) as fh:
            for index in range(chunks):
                block = fh.read(CHUNK + TAG)
                out.write(aead.decrypt(_nonce(index, index == chunks - 1), block, None))
    except InvalidTag:
        out.close()
        raise _refuse(path, "isinya tidak dapat dibuka dengan kunci kantor ini (rusak atau bukan "
                            "untuk kantor ini)") from None
    except BaseException:
        out.close()
        raise
    out.seek(0)
    return out
