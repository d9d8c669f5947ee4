"""Keeping the complainant safe: what lists and documents may show about who complained,
the complaint text with a confidential name blanked, the audit record without the
identity, and revealing the identity to a permitted user with a reason (audited).

A *rahasia* identity is stored sealed (sealing.py): revealing it opens the sealed value
with this office's private key file; without that file nothing is written and the user is
told to restore the key from its backup."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.models.complaints import sealing
from desk_app.models.complaints.records import acting_user, add_event, clean_text, load_complaint
from desk_app.models.complaints.tables import (
    PROTECTION_ANONYMOUS,
    PROTECTION_CONFIDENTIAL,
    PROTECTION_NAMED,
    Complaint,
)
from desk_app.models.core import audit
from desk_app.models.core.base import snapshot
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import ValidationError
from desk_app.models.core.office import home_office
from desk_app.models.core.permissions import require

HIDDEN_LABEL = "Dirahasiakan"
ANONYMOUS_LABEL = "Anonim"
IDENTITY_FIELDS = ("complainant_name", "complainant_contact", "complainant_address")


def complainant_label(complaint: Complaint) -> str:
    """What any list or document may show about who complained."""
    if complaint.protection == PROTECTION_ANONYMOUS:
        return ANONYMOUS_LABEL
    if complaint.protection == PROTECTION_CONFIDENTIAL:
        return HIDDEN_LABEL
    return complaint.complainant_name


def safe_text(complaint: Complaint) -> str:
    """The complaint text for lists, documents and reports. A *rahasia* complaint's stored
    text is already redacted (sealing.py); a plain name or contact still stored beside it
    (a row not yet sealed) is blanked here too."""
    text = complaint.text or ""
    if complaint.protection != PROTECTION_CONFIDENTIAL:
        return text
    return sealing.redact(text, complaint.complainant_name, complaint.complainant_contact)


def audit_snapshot(complaint: Complaint) -> dict:
    """The record for the audit trail: a hidden identity never enters the log."""
    data = snapshot(complaint)
    if complaint.protection != PROTECTION_NAMED:
        data["text"] = safe_text(complaint)
        for key in IDENTITY_FIELDS:
            data[key] = HIDDEN_LABEL if data.get(key) else ""
    if data.get("sealed_identity"):
        data["sealed_identity"] = "(tersegel)"  # the row hash covers the value itself
    return data


@dataclass(frozen=True)
class Identity:
    name: str
    contact: str
    address: str
    text: str = ""  # the original words (a rahasia complaint stores them redacted)


def _open(complaint: Complaint) -> Identity:
    """The identity of a loaded complaint; SealedIdentityError when it cannot be opened here."""
    if complaint.protection != PROTECTION_CONFIDENTIAL or not complaint.sealed_identity:
        if complaint.protection == PROTECTION_CONFIDENTIAL and not complaint.complainant_name:
            raise sealing.SealedIdentityError(
                f"Identitas pelapor pengaduan ini tidak disimpan di basis data ini; hanya kantor "
                f"{complaint.office} yang menyimpannya.")
        return Identity(complaint.complainant_name, complaint.complainant_contact,
                        complaint.complainant_address, complaint.text)
    home = home_office()
    if home is None or complaint.office != home.code:
        raise sealing.SealedIdentityError(
            f"Identitas pelapor ini disegel untuk kantor {complaint.office}; hanya kantor itu yang "
            "dapat membukanya.")
    data = sealing.open_identity(complaint.office, complaint.id, complaint.sealed_identity)
    return Identity(data["name"], data["contact"], data["address"], data["text"])


def reveal_identity(actor, complaint_id: str, reason: str, at: dt.datetime | None = None) -> Identity:
    """The complainant's identity for a permitted user with a stated reason; every call
    writes a "reveal" event in the timeline and in the audit trail (without the identity).
    A sealed identity is opened first: when it cannot be (no key file on this PC), the
    error says so and nothing is written."""
    actor = acting_user(actor)
    require(actor, "complaints.reveal_identity", "melihat identitas pelapor")
    reason = clean_text(reason, "Alasan membuka identitas", "reason")
    with write_transaction():
        complaint = load_complaint(complaint_id)
        if complaint.protection == PROTECTION_ANONYMOUS:
            raise ValidationError("Pengaduan anonim tidak menyimpan identitas pelapor.", "protection")
        identity = _open(complaint)
        add_event(complaint, actor, "reveal", at, text=reason)
        audit.record(actor, "reveal", "Complaint", complaint.id, complaint.office,
                     {"reason": reason, "protection": complaint.protection})
    return identity
