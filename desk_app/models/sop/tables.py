"""SOPs per PermenPAN-RB 35/2012: an SOP, its revisions (never changed once published)
and the steps of each revision."""

from __future__ import annotations

import peewee

from desk_app.models.catalogue.tables import Service
from desk_app.models.core.base import JSONField, Record

STEP_START = "start"  # terminator (capsule)
STEP_PROCESS = "process"  # rectangle
STEP_DECISION = "decision"  # diamond with a "ya" and a "tidak" target
STEP_END = "end"  # terminator
STEP_KINDS = (STEP_START, STEP_PROCESS, STEP_DECISION, STEP_END)
TIME_UNITS = ("menit", "jam", "hari")
MINUTES_PER_UNIT = {"menit": 1, "jam": 60, "hari": 60 * 8}  # a working day is 8 hours


class Sop(Record):
    service = peewee.ForeignKeyField(Service, backref="sops", on_delete="RESTRICT")
    title = peewee.CharField(max_length=250)
    active = peewee.BooleanField(default=True)


class SopRevision(Record):
    sop = peewee.ForeignKeyField(Sop, backref="revisions", on_delete="RESTRICT")
    revision = peewee.IntegerField()  # 0 = first issue, 1, 2, ... revisions
    number = peewee.CharField(max_length=100)  # the SOP's official number
    title = peewee.CharField(max_length=250)
    unit = peewee.CharField(max_length=200, default="")
    date_made = peewee.DateField()
    date_revised = peewee.DateField(null=True)
    effective_date = peewee.DateField()
    approved_by_position = peewee.CharField(max_length=200, default="")
    approved_by_name = peewee.CharField(max_length=150, default="")
    approved_by_nip = peewee.CharField(max_length=32, default="")
    legal_basis = JSONField(default=list)
    qualifications = JSONField(default=list)  # kualifikasi pelaksana
    related_sops = JSONField(default=list)  # keterkaitan
    equipment = JSONField(default=list)  # peralatan/perlengkapan
    warnings = JSONField(default=list)  # peringatan
    records = JSONField(default=list)  # pencatatan dan pendataan
    actors = JSONField(default=list)  # swimlane columns, in order
    change_note = peewee.TextField(default="")
    published_by = peewee.CharField(max_length=64, default="")

    class Meta:
        indexes = ((("sop", "revision"), True),)


class SopStep(Record):
    revision = peewee.ForeignKeyField(SopRevision, backref="steps", on_delete="RESTRICT")
    position = peewee.IntegerField()  # 1-based order on the sheet
    kind = peewee.CharField(max_length=16, default=STEP_PROCESS)
    activity = peewee.TextField()
    actors = JSONField(default=list)  # swimlane(s) of this step
    roles = JSONField(default=list)  # app roles that may mark it done
    requirements = peewee.TextField(default="")  # mutu baku: kelengkapan
    time_value = peewee.FloatField(default=0)
    time_unit = peewee.CharField(max_length=8, default="menit")
    output = peewee.TextField(default="")
    note = peewee.TextField(default="")
    yes_target = peewee.IntegerField(null=True)  # position a "ya" answer leads to
    no_target = peewee.IntegerField(null=True)  # position a "tidak" answer leads to

    class Meta:
        indexes = ((("revision", "position"), True),)

    @property
    def standard_minutes(self) -> float:
        return self.time_value * MINUTES_PER_UNIT.get(self.time_unit, 1)
