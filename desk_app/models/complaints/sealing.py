"""Identities of protected (*rahasia*) complainants, encrypted at rest (schema v8).

For a *rahasia* complaint the stored `complainant_name/contact/address` are empty and
`text` holds the redacted words (the name and contact the complainant wrote into it
blanked, as lists show them); the identity and the original words are in
`sealed_identity`: `lp1:<key fingerprint>:<base64>`, sealed with `keys.seal` to the box
public key of the office that owns the complaint, the context binding office and
complaint id (a value copied onto another complaint does not open). The fingerprint says
which private key opens it, so a value sealed before a key replacement still opens with
the old key file. Lists, reports, search and bundles never need the key; only
`identity.reveal_identity` opens a value, with the private key file of this PC.

What a backup, a `copy-db` target or the SQLite file read with another tool shows is
ciphertext; SQLite overwrites freed space (`secure_delete`, models/core/db.py) and the
upgrade that seals old rows checkpoints the WAL, so the plain values do not linger in
free pages or old WAL frames of the live file. (Backups taken *before* the upgrade still
hold them: README, "Kunci kantor dan cadangannya".)

Names this process handled in plain text (registered, revealed, sealed by the upgrade)
are remembered in memory only, for the crash log's scrubbing (crash.protected_names).
"""

from __future__ import annotations

import base64
import binascii
import json
import re

import peewee

from desk_app.models.core import keys
from desk_app.models.core.errors import UserError, ValidationError

PREFIX = "lp1"
# identity and the original words (a bundle accepts 100,000 characters of text) as
# UTF-8 JSON, base64 adding a third; a bundle line holds at most 1 MiB (bundles.MAX_LINE),
# so a complaint row with its redacted text still fits. Beyond this a value is refused.
MAX_SEALED = 600_000
_FORM = re.compile(r"^lp1:([0-9a-f]{64}):([A-Za-z0-9+/]+={0,2})$")
NO_KEY_MESSAGE = "Kunci kantor tidak ada di PC ini; pulihkan dari cadangan kunci"
REDACTED = "[dirahasiakan]"

_handled: dict[str, None] = {}  # insertion-ordered: the oldest go first beyond the cap
MAX_REMEMBERED = 500  # each is a pattern the crash log's scrubbing runs over every record


class SealedIdentityError(UserError):
    """A sealed identity that cannot be opened here."""


def remember(*secrets: str) -> None:
    for secret in secrets:
        secret = (secret or "").strip()
        if len(secret) >= 3:
            _handled.pop(secret, None)
            _handled[secret] = None
    while len(_handled) > MAX_REMEMBERED:
        del _handled[next(iter(_handled))]


def names_in_memory() -> list[str]:
    """Protected names and contacts this process held in plain text, longest first."""
    return sorted(_handled, key=len, reverse=True)


def redact(text: str, name: str, contact: str) -> str:
    """`text` with the complainant's name and contact blanked where they wrote them."""
    text = text or ""
    for secret in (name, contact):
        secret = (secret or "").strip()
        if len(secret) >= 3:
            text = re.sub(re.escape(secret), REDACTED, text, flags=re.IGNORECASE)
    return text


def context(office: str, complaint_id: str) -> bytes:
    return b"loket-prima-complaint-identity\0" + office.encode() + b"\0" + str(complaint_id).encode()


def seal_identity(recipient: keys.PublicKeys, office: str, complaint_id: str, name: str,
                  contact: str, address: str, text: str, bulk: bool = False) -> str:
    """The sealed value; the name and contact are remembered for the crash log unless
    this is bulk work (the upgrade, demo data) that would flood that list."""
    payload = json.dumps({"name": name, "contact": contact, "address": address, "text": text},
                         ensure_ascii=False, sort_keys=True).encode()
    if not bulk:
        remember(name, contact)
    blob = keys.seal(recipient, payload, context(office, complaint_id))
    return f"{PREFIX}:{recipient.fingerprint}:{keys.b64(blob)}"


def problem(value) -> str | None:
    """Why `value` is not a well-formed sealed identity (Indonesian), or None."""
    if not isinstance(value, str) or not value:
        return "identitas tersegel kosong"
    if len(value) > MAX_SEALED:
        return f"identitas tersegel terlalu panjang ({len(value)} karakter, paling banyak {MAX_SEALED})"
    match = _FORM.match(value)
    if match is None:
        return "identitas tersegel tidak berbentuk sah (lp1:sidik jari:base64)"
    try:
        blob = base64.b64decode(match.group(2), validate=True)
    except (binascii.Error, ValueError):
        return "identitas tersegel bukan base64 yang sah"
    if len(blob) < 32 + 16:
        return "identitas tersegel terlalu pendek"
    return None


def fingerprint_of(value: str) -> str | None:
    match = _FORM.match(value or "")
    return match.group(1) if match else None


def open_identity(office: str, complaint_id: str, value: str) -> dict:
    """{"name", "contact", "address", "text"} from a sealed value, with the private key
    file named by its fingerprint. SealedIdentityError when the key is not on this PC
    or the value does not open."""
    if problem(value):
        raise SealedIdentityError("Identitas pelapor tersimpan rusak dan tidak dapat dibuka.")
    fp = fingerprint_of(value)
    if not keys.key_file(fp).exists():
        raise SealedIdentityError(f"{NO_KEY_MESSAGE} (kunci {keys.short_fingerprint(fp)}).")
    try:
        pair = keys._read_private(fp, office)
        blob = base64.b64decode(value.split(":", 2)[2])
        data = json.loads(keys.open_sealed(pair, blob, context(office, complaint_id)))
    except keys.KeyError_ as exc:
        raise SealedIdentityError(f"Identitas pelapor tidak dapat dibuka: {exc}") from None
    except ValueError:
        raise SealedIdentityError("Identitas pelapor tersimpan rusak dan tidak dapat dibuka.") from None
    result = {k: str(data.get(k) or "") for k in ("name", "contact", "address", "text")}
    remember(result["name"], result["contact"])
    return result


def recipient_for(office: str, home: str | None) -> keys.PublicKeys | None:
    """Whose key seals a complaint of `office` here: this office's own active key (made
    now when it has none), another office's trusted public key, or None when unknown."""
    if office == home:
        return keys.public_of(keys.ensure_office_keys(office))
    from desk_app.models.offices.tables import TrustedOffice

    row = (TrustedOffice.select().where((TrustedOffice.office == office) & TrustedOffice.revoked_at.is_null())
           .order_by(TrustedOffice.trusted_at.desc()).first())
    if row is None:
        return None
    return keys.PublicKeys(row.office, keys.unb64(row.sign_public), keys.unb64(row.box_public))


def needed_fingerprints(home: str) -> set[str]:
    """Fingerprints of the keys that open this office's own sealed identities."""
    from desk_app.models.complaints.tables import PROTECTION_CONFIDENTIAL, Complaint

    prefix = peewee.fn.SUBSTR(Complaint.sealed_identity, len(PREFIX) + 2, 64)
    query = (Complaint.select(prefix).distinct()
             .where((Complaint.office == home) & (Complaint.protection == PROTECTION_CONFIDENTIAL)
                    & Complaint.sealed_identity.is_null(False)))
    return {fp for (fp,) in query.tuples() if fp and re.fullmatch(r"[0-9a-f]{64}", fp)}


def seal_complaint(complaint, name: str, contact: str, address: str, text: str,
                   recipient: keys.PublicKeys | None) -> None:
    """Make `complaint` (a *rahasia* one, its id set) hold its identity and original
    words sealed for `recipient`, the redacted words in `text` and no plain identity.
    With no recipient (another office whose key is unknown here) the identity is not kept
    at all: the office that owns the complaint keeps it."""
    complaint.sealed_identity = (
        seal_identity(recipient, complaint.office, complaint.id, name, contact, address, text)
        if recipient is not None else None)
    if complaint.sealed_identity and len(complaint.sealed_identity) > MAX_SEALED:
        raise ValidationError("Isi pengaduan rahasia terlalu panjang untuk disimpan terenkripsi; "
                              "ringkas isinya atau lampirkan sebagai dokumen.", "text")
    complaint.text = redact(text, name, contact)
    complaint.complainant_name = complaint.complainant_contact = complaint.complainant_address = ""
