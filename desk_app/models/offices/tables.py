"""Tables of the trust between offices (schema v7): the offices enrolled here, every
bundle received (with the sender's audit chain head, an anchor for `check --anchor`),
and the versions that imported bundles replaced."""

from __future__ import annotations

import peewee

from desk_app.models.core.base import BaseModel, JSONField, new_id, utcnow


class TrustedOffice(BaseModel):
    """Another office's public card, registered after its fingerprint was confirmed.
    At most one active (not revoked) row per office code."""

    id = peewee.CharField(primary_key=True, max_length=36, default=new_id)
    office = peewee.CharField(max_length=32, index=True)
    name = peewee.CharField(max_length=200, default="")
    sign_public = peewee.CharField(max_length=64)
    box_public = peewee.CharField(max_length=64)
    fingerprint = peewee.CharField(max_length=64)
    trusted_at = peewee.DateTimeField(default=utcnow)
    trusted_by = peewee.CharField(max_length=64)
    revoked_at = peewee.DateTimeField(null=True)
    revoked_by = peewee.CharField(max_length=64, null=True)
    revoked_reason = peewee.TextField(default="")


class BundleReceipt(BaseModel):
    """One bundle imported here: who sent it, with which key, its content hash, and the
    head of the sender's audit chain it carried."""

    bundle_id = peewee.CharField(primary_key=True, max_length=36)
    office = peewee.CharField(max_length=32, index=True)  # the sender
    bundle_seq = peewee.IntegerField()
    created_at = peewee.DateTimeField()
    received_at = peewee.DateTimeField(default=utcnow)
    fingerprint = peewee.CharField(max_length=64)
    content_hash = peewee.CharField(max_length=64)
    head_seq = peewee.IntegerField()
    head_hash = peewee.CharField(max_length=64)
    counts = JSONField(default=dict)

    class Meta:
        indexes = ((("office", "bundle_seq"), True),)


class ReplacedVersion(BaseModel):
    """A record's version as it was here before an imported bundle replaced it."""

    id = peewee.CharField(primary_key=True, max_length=36, default=new_id)
    bundle_id = peewee.CharField(max_length=36, index=True)
    entity = peewee.CharField(max_length=64)
    entity_id = peewee.CharField(max_length=64)
    version = JSONField()
    replaced_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("entity", "entity_id"), False),)
