"""The v8 upgrade: sealing the identities that older versions stored in plain text.

Whose key seals which complaint (sealing.recipient_for):

* this office's own complaints: its own active key (made now when it has none, as
  `ensure_office_keys` does at set-up); the private key file must then be on this PC to
  reveal them — a PC that lacks it is told so at reveal, and `desk-app restore` asks for it;
* another office's complaints (a district's, merged at the province): that office's
  trusted public key, so only that office can reveal them;
* another office whose key is not known here (never enrolled, its data came with the
  unsigned bundles of before v7): the plain identity is removed here and not kept in any
  form — the owning office keeps it, and its next bundle brings it sealed.

Own rows get a new `updated_at` so that the next incremental bundle carries the sealed
version; other offices' rows keep theirs, so that the owner's own sealed version wins
when it arrives. Every changed row is sealed in this office's audit trail (rows tied to
the trail, models/core/trail.py) and one summary event counts what was done. Old
versions kept by bundle imports (ReplacedVersion) are sealed the same way. Events of the
hash-chained audit trail are never rewritten: a plain identity that an older version
wrote into one (a merge conflict's lost version) stays there.
"""

from __future__ import annotations

from desk_app.models.complaints import sealing
from desk_app.models.complaints.tables import PROTECTION_CONFIDENTIAL, Complaint
from desk_app.models.core import audit
from desk_app.models.core.base import utcnow

ACTION = "seal_identity_upgrade"
IDENTITY = ("complainant_name", "complainant_contact", "complainant_address")


class _Recipients(dict):
    def __init__(self, home: str | None):
        super().__init__()
        self.home = home

    def __missing__(self, office: str):
        value = self[office] = sealing.recipient_for(office, self.home)
        return value


def seal_stored(home: str | None) -> dict:
    """Seal every *rahasia* complaint that still holds a plain identity; returns the
    counts {"sealed": {office: n}, "removed": {office: n}}. Call inside the write
    transaction of the upgrade step."""
    c = Complaint
    plain = ((c.protection == PROTECTION_CONFIDENTIAL)
             & (c.sealed_identity.is_null() | (c.sealed_identity == ""))
             & ((c.complainant_name != "") | (c.complainant_contact != "") | (c.complainant_address != "")))
    recipients = _Recipients(home)
    sealed: dict[str, int] = {}
    removed: dict[str, int] = {}
    ids: list[str] = []
    now = utcnow()
    rows = list(c.select(c.id, c.office, c.complainant_name, c.complainant_contact,
                         c.complainant_address, c.text).where(plain).tuples())
    for row_id, office, name, contact, address, text in rows:
        recipient = recipients[office]
        value = (sealing.seal_identity(recipient, office, row_id, name, contact, address, text, bulk=True)
                 if recipient is not None else None)
        changes = {c.complainant_name: "", c.complainant_contact: "", c.complainant_address: "",
                   c.text: sealing.redact(text, name, contact), c.sealed_identity: value}
        if office == home:
            changes[c.updated_at] = now
        c.update(changes).where(c.id == row_id).execute()
        (sealed if value else removed)[office] = (sealed if value else removed).get(office, 0) + 1
        ids.append(row_id)
    versions = _seal_replaced_versions(recipients)
    if home is not None and ids:
        audit.seal_rows(None, ACTION, Complaint, ids, home)
    if home is not None and (ids or versions):
        audit.record(None, ACTION, "Office", home, home,
                     {"sealed": sealed, "removed_no_key": removed, "replaced_versions": versions})
    return {"sealed": sealed, "removed": removed, "replaced_versions": versions}


def _seal_replaced_versions(recipients: _Recipients) -> int:
    """Old complaint versions kept by bundle imports: sealed (or stripped) alike."""
    from desk_app.models.offices.tables import ReplacedVersion

    if not ReplacedVersion.table_exists():
        return 0
    done = 0
    for kept in ReplacedVersion.select().where(ReplacedVersion.entity == "Complaint"):
        version = dict(kept.version or {})
        if version.get("protection") != PROTECTION_CONFIDENTIAL or version.get("sealed_identity") \
                or not any(version.get(k) for k in IDENTITY):
            continue
        office, row_id = str(version.get("office") or ""), str(version.get("id") or kept.entity_id)
        name, contact, address = (str(version.get(k) or "") for k in IDENTITY)
        text = str(version.get("text") or "")
        recipient = recipients[office]
        version["sealed_identity"] = (
            sealing.seal_identity(recipient, office, row_id, name, contact, address, text, bulk=True)
            if recipient is not None else None)
        version["text"] = sealing.redact(text, name, contact)
        version.update({k: "" for k in IDENTITY})
        ReplacedVersion.update(version=version).where(ReplacedVersion.id == kept.id).execute()
        done += 1
    return done
