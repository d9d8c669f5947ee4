"""Keeping the complainant safe: what lists and documents may show about who complained,
the complaint text with a confidential name blanked, the audit record without the
identity, and revealing the identity to a permitted user with a reason (audited)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

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
    """The complaint text for lists, documents and reports: for a *rahasia* complaint the
    stored name and contact are blanked out where the complainant wrote them into the
    text. (The stored text itself is never changed.)"""
    text = complaint.text or ""
    if complaint.protection != PROTECTION_CONFIDENTIAL:
        return text
    for secret in (complaint.complainant_name, complaint.complainant_contact):
        secret = (secret or "").strip()
        if len(secret) >= 3:
            text = re.sub(re.escape(secret), "[dirahasiakan]", text, flags=re.IGNORECASE)
    return text


def audit_snapshot(complaint: Complaint) -> dict:
    """The record for the audit trail: a hidden identity never enters the log."""
    data = snapshot(complaint)
    if complaint.protection != PROTECTION_NAMED:
        data["text"] = safe_text(complaint)
        for key in IDENTITY_FIELDS:
            data[key] = HIDDEN_LABEL if data.get(key) else ""
    return data


@dataclass(frozen=True)
class Identity:
    name: str
    contact: str
    address: str


def reveal_identity(actor, complaint_id: str, reason: str, at: dt.datetime | None = None) -> Identity:
    """The complainant's identity for a permitted user with a stated reason; every call
    writes a "reveal" event in the timeline and in the audit trail (without the identity)."""
    actor = acting_user(actor)
    require(actor, "complaints.reveal_identity", "melihat identitas pelapor")
    reason = clean_text(reason, "Alasan membuka identitas", "reason")
    with write_transaction():
        complaint = load_complaint(complaint_id)
        if complaint.protection == PROTECTION_ANONYMOUS:
            raise ValidationError("Pengaduan anonim tidak menyimpan identitas pelapor.", "protection")
        add_event(complaint, actor, "reveal", at, text=reason)
        audit.record(actor, "reveal", "Complaint", complaint.id, complaint.office,
                     {"reason": reason, "protection": complaint.protection})
    return Identity(complaint.complainant_name, complaint.complainant_contact,
                    complaint.complainant_address)
