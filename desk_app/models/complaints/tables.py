"""Complaints (pengaduan) per DOMAIN.md §4, and their timeline."""

from __future__ import annotations

import peewee

from desk_app.models.catalogue.tables import Service
from desk_app.models.core.accounts import User
from desk_app.models.core.base import Record, VoidableRecord, utcnow
from desk_app.models.requests.tables import ServiceRequest

KINDS = ("pengaduan", "aspirasi", "permintaan informasi")
CHANNELS = (
    "datang langsung",
    "telepon",
    "surat",
    "e-mail",
    "WhatsApp/SMS",
    "media sosial",
    "kotak saran",
    "SP4N-LAPOR!",
    "SIMDUMAS",
)
CATEGORIES = (
    "pelayanan",
    "disiplin ASN",
    "penyalahgunaan wewenang",
    "pungutan liar",
    "gratifikasi",
    "dugaan korupsi",
    "lainnya",
)
STAGES = ("diterima", "verifikasi", "disposisi", "tindak lanjut", "jawaban", "selesai")
SIDE_EXITS = ("ditunda", "bukan wewenang", "diarsipkan")
ACTIVE_STAGES = ("diterima", "verifikasi", "disposisi", "tindak lanjut")  # deadline can lapse
ALL_STAGES = STAGES + SIDE_EXITS
STAGE_OPEN = "terbuka"  # search pseudo-stage: everything not yet closed
PROTECTION_NAMED = "bernama"
PROTECTION_CONFIDENTIAL = "rahasia"
PROTECTION_ANONYMOUS = "anonim"
PROTECTIONS = (PROTECTION_NAMED, PROTECTION_CONFIDENTIAL, PROTECTION_ANONYMOUS)


class Complaint(VoidableRecord):
    number = peewee.CharField(max_length=64, index=True)
    year = peewee.IntegerField()
    serial = peewee.IntegerField()
    kind = peewee.CharField(max_length=32)
    channel = peewee.CharField(max_length=32)
    external_ticket = peewee.CharField(max_length=64, default="")  # SP4N-LAPOR!/SIMDUMAS
    received_date = peewee.DateField()
    protection = peewee.CharField(max_length=16, default=PROTECTION_NAMED)
    complainant_name = peewee.CharField(max_length=150, default="")
    complainant_contact = peewee.CharField(max_length=150, default="")
    complainant_address = peewee.TextField(default="")
    # rahasia: identity + original words sealed to the office key (sealing.py); NULL
    # otherwise (a NULL column leaves the row's audit hash as it was before v8)
    sealed_identity = peewee.TextField(null=True)
    category = peewee.CharField(max_length=32)
    service = peewee.ForeignKeyField(Service, null=True, on_delete="RESTRICT")
    request = peewee.ForeignKeyField(ServiceRequest, null=True, on_delete="RESTRICT")
    text = peewee.TextField()  # the words as written (rahasia: redacted, see sealing.py); never edited
    stage = peewee.CharField(max_length=32, default="diterima")
    stage_due = peewee.DateField(null=True)
    needs_examination = peewee.BooleanField(default=False)
    assigned_unit = peewee.CharField(max_length=150, default="")
    assigned_to = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    reply_text = peewee.TextField(default="")
    reply_date = peewee.DateField(null=True)
    reply_number = peewee.CharField(max_length=100, default="")
    closed_at = peewee.DateTimeField(null=True)
    outcome = peewee.TextField(default="")
    registered_by = peewee.ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    registered_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        indexes = (
            (("office", "received_date"), False),
            (("stage", "stage_due"), False),
            (("office", "year", "serial"), True),
            (("office", "number"), True),
        )


class ComplaintEvent(Record):
    complaint = peewee.ForeignKeyField(Complaint, backref="events", on_delete="RESTRICT")
    at = peewee.DateTimeField(default=utcnow)
    actor = peewee.ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    kind = peewee.CharField(max_length=32)  # stage, note, disposition, follow-up, reply, reveal
    stage_from = peewee.CharField(max_length=32, null=True)
    stage_to = peewee.CharField(max_length=32, null=True)
    text = peewee.TextField(default="")
    due_date = peewee.DateField(null=True)
    unit = peewee.CharField(max_length=150, default="")
    to_user = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
