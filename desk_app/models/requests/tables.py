"""Service requests registered at the counter, their timeline and their SOP steps."""

from __future__ import annotations

import peewee

from desk_app.models.catalogue.tables import Service, ServiceStandard
from desk_app.models.core.accounts import User
from desk_app.models.core.base import JSONField, Record, VoidableRecord, utcnow
from desk_app.models.sop.tables import SopRevision, SopStep

STATUS_REGISTERED = "terdaftar"
STATUS_IN_PROGRESS = "diproses"
STATUS_DONE = "selesai"  # siap diambil
STATUS_DELIVERED = "diserahkan"
STATUS_REJECTED = "ditolak"
STATUS_VOID = "dibatalkan"
STATUSES = (
    STATUS_REGISTERED,
    STATUS_IN_PROGRESS,
    STATUS_DONE,
    STATUS_DELIVERED,
    STATUS_REJECTED,
    STATUS_VOID,
)
OPEN_STATUSES = (STATUS_REGISTERED, STATUS_IN_PROGRESS)


class Applicant(Record):
    """A person who has applied before, found again by NIK or phone."""

    name = peewee.CharField(max_length=150)
    nik = peewee.CharField(max_length=16, null=True, index=True)
    phone = peewee.CharField(max_length=20, null=True, index=True)
    address = peewee.TextField(default="")
    institution = peewee.CharField(max_length=200, default="")


class ServiceRequest(VoidableRecord):
    number = peewee.CharField(max_length=64, index=True)  # tracking number on the receipt
    year = peewee.IntegerField()
    serial = peewee.IntegerField()
    service = peewee.ForeignKeyField(Service, backref="requests", on_delete="RESTRICT")
    standard = peewee.ForeignKeyField(ServiceStandard, on_delete="RESTRICT")
    sop_revision = peewee.ForeignKeyField(SopRevision, null=True, on_delete="RESTRICT")
    applicant = peewee.ForeignKeyField(Applicant, null=True, on_delete="RESTRICT")
    # What the applicant gave at registration, kept with the request.
    applicant_name = peewee.CharField(max_length=150)
    applicant_nik = peewee.CharField(max_length=16, null=True, index=True)
    applicant_phone = peewee.CharField(max_length=20, null=True, index=True)
    applicant_address = peewee.TextField(default="")
    applicant_institution = peewee.CharField(max_length=200, default="")
    documents = JSONField(default=list)  # [{"name": ..., "received": bool}]
    complete = peewee.BooleanField(default=True)  # False: "berkas belum lengkap"
    registered_by = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    registered_at = peewee.DateTimeField(default=utcnow)
    reg_date = peewee.DateField()  # local date at the office
    queue_number = peewee.IntegerField()
    due_date = peewee.DateField()
    status = peewee.CharField(max_length=16, default=STATUS_REGISTERED)
    status_note = peewee.TextField(default="")
    assigned_to = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    finished_at = peewee.DateTimeField(null=True, index=True)
    delivered_at = peewee.DateTimeField(null=True)
    delivered_to = peewee.CharField(max_length=150, default="")

    class Meta:
        indexes = (
            (("office", "reg_date"), False),
            (("status", "due_date"), False),
            (("office", "year", "serial"), True),
            (("office", "number"), True),
            # the SKM population (requests of a period, not voided) counted from the
            # index alone (v4)
            (("reg_date", "status", "voided_at"), False),
        )


class RequestEvent(Record):
    """One line of a request's timeline: status change, hand-over, reprint, note."""

    request = peewee.ForeignKeyField(ServiceRequest, backref="events", on_delete="RESTRICT")
    at = peewee.DateTimeField(default=utcnow, index=True)
    actor = peewee.ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    kind = peewee.CharField(max_length=32)
    from_status = peewee.CharField(max_length=16, null=True)
    to_status = peewee.CharField(max_length=16, null=True)
    from_user = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    to_user = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    sop_step = peewee.ForeignKeyField(SopStep, null=True, on_delete="RESTRICT")
    note = peewee.TextField(default="")


class RequestStep(Record):
    """One SOP step carried out (or skipped, with a reason) for one request."""

    request = peewee.ForeignKeyField(ServiceRequest, backref="steps", on_delete="RESTRICT")
    sop_step = peewee.ForeignKeyField(SopStep, on_delete="RESTRICT")
    done_by = peewee.ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    done_at = peewee.DateTimeField(default=utcnow)  # indexed below, with the figures' columns
    started_at = peewee.DateTimeField(null=True)  # when the step became the next one
    minutes_taken = peewee.FloatField(null=True)
    over_standard = peewee.BooleanField(default=False)
    skipped = peewee.BooleanField(default=False)
    deviation = peewee.CharField(max_length=16, null=True)  # "out_of_order" / "skipped"
    deviation_reason = peewee.TextField(default="")
    note = peewee.TextField(default="")

    class Meta:
        indexes = ((("request", "sop_step"), True),)


# A period's steps in done_at order, with every column the SOP figures count, so the
# report reads the index alone and not the steps' rows (v4; replaced the done_at index).
STEP_FIGURES_INDEX = "request_step_done_figures"
RequestStep.add_index(RequestStep.index(
    RequestStep.done_at, RequestStep.sop_step, RequestStep.deviation, RequestStep.skipped,
    RequestStep.over_standard, name=STEP_FIGURES_INDEX))
