"""Enrolment: offices exchange public cards once and confirm the fingerprint read aloud.

A card is a small JSON file: office code and name, parent office, both public keys, the
fingerprint, and a signature by the card's own signing key (proof that whoever made it
holds the private key). `trust_card` registers it here (the province trusts each
district, a district its province) and creates the office's row when it is new, so that
its bundles have somewhere to land; a card of an office already trusted with another key
replaces that key (the old one is revoked); `revoke_trust` ends the trust. Every step is
an audit event of this office.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desk_app.models.core import audit, keys
from desk_app.models.core.base import utcnow
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import NotFound, UserError
from desk_app.models.core.office import Office, home_office
from desk_app.models.core.permissions import require
from desk_app.models.offices.tables import TrustedOffice

CARD_FORMAT = "loket-prima-office-card"
MAX_CARD_BYTES = 16_384


@dataclass(frozen=True)
class Card:
    office: str
    name: str
    parent: str | None
    keys: keys.PublicKeys

    @property
    def fingerprint(self) -> str:
        return self.keys.fingerprint

    @property
    def short(self) -> str:
        return self.keys.short


def _card_body(card: Card) -> dict:
    return {"format": CARD_FORMAT, "version": 1, "office": card.office, "name": card.name,
            "parent": card.parent, "sign_public": keys.b64(card.keys.sign_public),
            "box_public": keys.b64(card.keys.box_public), "fingerprint": card.short}


def _canonical(body: dict) -> bytes:
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def own_card() -> Card:
    home = home_office()
    if home is None:
        raise UserError("Basis data ini belum disiapkan (belum ada kantor).")
    with write_transaction():
        row = keys.ensure_office_keys(home.code)
    return Card(home.code, home.name, home.parent or None, keys.public_of(row))


def write_card(to_path, actor=None) -> Card:
    """Write this office's public card to `to_path` (nothing secret in it)."""
    require(actor, "admin.bundles", "membuat kartu kantor")
    card = own_card()
    pair = keys.load_keypair(card.office)
    body = _card_body(card)
    body["signature"] = keys.b64(keys.sign(pair, _canonical(body)))
    path = Path(to_path)
    if path.is_dir() or not path.parent.exists():
        raise UserError(f"Tidak dapat menulis kartu ke {path}: pilih nama berkas di folder yang ada.")
    try:
        path.write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise UserError(f"Kartu kantor tidak dapat ditulis ke {path} ({exc.strerror}).") from None
    return card


def read_card(path) -> Card:
    """Read and check a card: well formed, fingerprint and self-signature correct."""
    path = Path(path)
    bad = f"{path.name} bukan kartu kantor Loket Prima yang sah"
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_CARD_BYTES + 1)
    except OSError:
        raise UserError(f"Berkas kartu {path} tidak dapat dibaca.") from None
    try:
        if len(raw) > MAX_CARD_BYTES:
            raise ValueError
        body = json.loads(raw)
        if not isinstance(body, dict) or body.get("format") != CARD_FORMAT:
            raise ValueError
        signature = keys.unb64(str(body.pop("signature")), 64)
        office, name, parent = body["office"], body["name"], body.get("parent")
        if not isinstance(office, str) or not (0 < len(office) <= 32) or not isinstance(name, str) \
                or len(name) > 200 or (parent is not None and not isinstance(parent, str)):
            raise ValueError
        pub = keys.PublicKeys(office, keys.unb64(body["sign_public"]), keys.unb64(body["box_public"]))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, keys.KeyError_):
        raise UserError(f"{bad}.") from None
    if body.get("fingerprint") != pub.short or not keys.verify(pub.sign_public, _canonical(body), signature):
        raise UserError(f"{bad}: sidik jari atau tanda tangannya tidak cocok (kartu diubah?).")
    return Card(office, name.strip(), parent or None, pub)


def trusted(office: str) -> TrustedOffice | None:
    return (TrustedOffice.select().where((TrustedOffice.office == office) & TrustedOffice.revoked_at.is_null())
            .order_by(TrustedOffice.trusted_at.desc()).first())


def trusted_offices(include_revoked: bool = False) -> list[TrustedOffice]:
    query = TrustedOffice.select().order_by(TrustedOffice.office, TrustedOffice.trusted_at)
    if not include_revoked:
        query = query.where(TrustedOffice.revoked_at.is_null())
    return list(query)


def public_keys(row: TrustedOffice) -> keys.PublicKeys:
    return keys.PublicKeys(row.office, keys.unb64(row.sign_public), keys.unb64(row.box_public))


def trust_card(card: Card, actor=None) -> tuple[TrustedOffice, str]:
    """Register `card` (after the user confirmed its fingerprint). Returns the row and
    what happened: "baru", "ganti" (key replaced) or "sama" (already trusted)."""
    require(actor, "admin.bundles", "mendaftarkan kantor lain")
    home = home_office()
    if home is None:
        raise UserError("Basis data ini belum disiapkan (belum ada kantor).")
    if card.office == home.code:
        raise UserError("Ini kartu kantor basis data ini sendiri; daftarkan kartu kantor lain.")
    with write_transaction():
        old = trusted(card.office)
        if old is not None and old.fingerprint == card.fingerprint:
            return old, "sama"
        now = utcnow()
        if old is not None:
            TrustedOffice.update(revoked_at=now, revoked_by=audit.actor_name(actor),
                                 revoked_reason="diganti kunci baru").where(TrustedOffice.id == old.id).execute()
        row = TrustedOffice.create(
            office=card.office, name=card.name, sign_public=keys.b64(card.keys.sign_public),
            box_public=keys.b64(card.keys.box_public), fingerprint=card.fingerprint,
            trusted_at=now, trusted_by=audit.actor_name(actor))
        if Office.get_or_none(Office.code == card.office) is None:
            Office.insert(code=card.office, name=card.name or card.office, parent=card.parent,
                          created_at=now, updated_at=now).execute()
            audit.seal_merged(actor, "trust_office", home.code, [], {Office: [{"code": card.office}]})
        audit.record(actor, "replace_trust" if old else "trust_office", "TrustedOffice", row.id, home.code,
                     {"office": card.office, "name": card.name, "fingerprint": card.short,
                      "replaced": old.fingerprint if old else None})
    return row, "ganti" if old else "baru"


def revoke_trust(office: str, actor=None, reason: str = "") -> TrustedOffice:
    require(actor, "admin.bundles", "mencabut pendaftaran kantor")
    home = home_office()
    with write_transaction():
        row = trusted(office)
        if row is None:
            raise NotFound(f"Kantor {office} tidak terdaftar di sini.")
        TrustedOffice.update(revoked_at=utcnow(), revoked_by=audit.actor_name(actor),
                             revoked_reason=reason.strip() or "dicabut").where(TrustedOffice.id == row.id).execute()
        audit.record(actor, "revoke_trust", "TrustedOffice", row.id, home.code if home else office,
                     {"office": office, "fingerprint": keys.short_fingerprint(row.fingerprint),
                      "reason": reason.strip()})
    return TrustedOffice.get_by_id(row.id)


def replace_own_keys(actor=None, reason: str = "") -> keys.OfficeKey:
    """A new key set for this office (e.g. a lost or exposed key file); every office that
    trusted the old one must register the new card."""
    require(actor, "admin.bundles", "mengganti kunci kantor")
    home = home_office()
    if home is None:
        raise UserError("Basis data ini belum disiapkan (belum ada kantor).")
    with write_transaction():
        return keys.create_office_keys(home.code, actor, reason=reason.strip() or "diganti")


def default_recipient() -> str:
    """The office a bundle goes to when none is named: the parent office, else the only
    office trusted here."""
    home = home_office()
    if home is not None and home.parent and trusted(home.parent):
        return home.parent
    rows = trusted_offices()
    if len(rows) == 1:
        return rows[0].office
    if home is not None and home.parent:
        raise UserError(f"Kantor induk {home.parent} belum terdaftar di sini. Daftarkan kartunya "
                        "dengan 'desk-app trust-office BERKAS' terlebih dahulu.")
    raise UserError("Sebutkan kantor tujuan dengan --for KODE (kantor yang sudah didaftarkan).")
