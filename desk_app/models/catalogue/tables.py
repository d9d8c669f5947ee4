"""The service catalogue: one `Service` per service, its standard kept in versions."""

from __future__ import annotations

import peewee

from desk_app.models.core.base import JSONField, Record

# The six public components (shown to citizens) and eight internal ones, DOMAIN.md §1.
PUBLIC_COMPONENTS = (
    ("requirements", "Persyaratan"),
    ("procedure", "Sistem, mekanisme dan prosedur"),
    ("time_frame_days", "Jangka waktu penyelesaian"),
    ("fee", "Biaya/tarif"),
    ("product", "Produk pelayanan"),
    ("complaint_channel", "Penanganan pengaduan, saran dan masukan"),
)
INTERNAL_COMPONENTS = (
    ("legal_basis", "Dasar hukum"),
    ("facilities", "Sarana, prasarana dan/atau fasilitas"),
    ("competence", "Kompetensi pelaksana"),
    ("supervision", "Pengawasan internal"),
    ("staffing", "Jumlah pelaksana"),
    ("service_guarantee", "Jaminan pelayanan"),
    ("security_guarantee", "Jaminan keamanan dan keselamatan pelayanan"),
    ("performance_evaluation", "Evaluasi kinerja pelaksana"),
)
DEFAULT_FEE = "Rp 0 / tidak dipungut biaya"


class Service(Record):
    code = peewee.CharField(max_length=32)
    name = peewee.CharField(max_length=200)  # the current version's name, for quick lists
    category = peewee.CharField(max_length=100, default="")
    active = peewee.BooleanField(default=True)
    sort_order = peewee.IntegerField(default=0)

    class Meta:
        indexes = ((("office", "code"), True),)

    def __str__(self) -> str:
        return f"{self.code} — {self.name}"


class ServiceStandard(Record):
    """One version of a service's standard, set by a decree (SK) of the office head.
    A saved version is never changed; an edit saves the next version."""

    service = peewee.ForeignKeyField(Service, backref="standards", on_delete="RESTRICT")
    version = peewee.IntegerField()
    effective_date = peewee.DateField()
    sk_number = peewee.CharField(max_length=100, default="")
    sk_date = peewee.DateField(null=True)
    name = peewee.CharField(max_length=200)
    description = peewee.TextField(default="")
    requirements = JSONField(default=list)  # list of documents, one string each
    procedure = JSONField(default=list)  # list of steps, one string each
    time_frame_days = peewee.IntegerField()  # working days
    fee = peewee.CharField(max_length=200, default=DEFAULT_FEE)
    product = peewee.TextField(default="")
    complaint_channel = peewee.TextField(default="")
    legal_basis = JSONField(default=list)
    facilities = peewee.TextField(default="")
    competence = peewee.TextField(default="")
    supervision = peewee.TextField(default="")
    staffing = peewee.TextField(default="")
    service_guarantee = peewee.TextField(default="")
    security_guarantee = peewee.TextField(default="")
    performance_evaluation = peewee.TextField(default="")
    change_note = peewee.TextField(default="")
    created_by = peewee.CharField(max_length=64, default="")

    class Meta:
        indexes = ((("service", "version"), True),)
