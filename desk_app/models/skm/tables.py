"""Paper satisfaction-survey forms (SKM) as keyed in, in batches."""

from __future__ import annotations

import peewee

from desk_app.models.catalogue.tables import Service
from desk_app.models.core.accounts import User
from desk_app.models.core.base import JSONField, VoidableRecord, utcnow

ELEMENT_CODES = ("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9")


class SurveyBatch(VoidableRecord):
    """A stack of paper forms typed in one sitting."""

    service = peewee.ForeignKeyField(Service, on_delete="RESTRICT")
    date_from = peewee.DateField()
    date_to = peewee.DateField()
    question_order = JSONField(default=lambda: list(ELEMENT_CODES))
    entered_by = peewee.ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    double_entry = peewee.BooleanField(default=False)
    status = peewee.CharField(max_length=16, default="open")  # open / counted
    note = peewee.TextField(default="")


class SurveyResponse(VoidableRecord):
    batch = peewee.ForeignKeyField(SurveyBatch, null=True, backref="responses", on_delete="RESTRICT")
    entry = peewee.IntegerField(default=1)  # 2 = the second keying of a double-entry batch
    serial = peewee.CharField(max_length=32)
    survey_date = peewee.DateField()
    service = peewee.ForeignKeyField(Service, on_delete="RESTRICT")
    u1 = peewee.SmallIntegerField(null=True)
    u2 = peewee.SmallIntegerField(null=True)
    u3 = peewee.SmallIntegerField(null=True)
    u4 = peewee.SmallIntegerField(null=True)
    u5 = peewee.SmallIntegerField(null=True)
    u6 = peewee.SmallIntegerField(null=True)
    u7 = peewee.SmallIntegerField(null=True)
    u8 = peewee.SmallIntegerField(null=True)
    u9 = peewee.SmallIntegerField(null=True)
    gender = peewee.CharField(max_length=1, null=True)  # L / P
    age = peewee.SmallIntegerField(null=True)
    education = peewee.CharField(max_length=8, null=True)
    occupation = peewee.CharField(max_length=16, null=True)
    comment = peewee.TextField(default="")
    entered_by = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    entered_at = peewee.DateTimeField(default=utcnow)
    source = peewee.CharField(max_length=16, default="keyed")  # keyed / import
    import_key = peewee.CharField(max_length=128, null=True, index=True)

    class Meta:
        indexes = ((("office", "survey_date"), False),)


# Where a form came from: typed from paper, answered at the kiosk, or imported.
SOURCE_KEYED = "keyed"
SOURCE_KIOSK = "kiosk"
SOURCE_IMPORT = "import"
SOURCE_LABELS = {SOURCE_KEYED: "paper", SOURCE_KIOSK: "kiosk", SOURCE_IMPORT: "import"}

PROGRESS_NOT_STARTED = "belum"
PROGRESS_RUNNING = "proses"
PROGRESS_DONE = "selesai"
PROGRESS_STATES = (PROGRESS_NOT_STARTED, PROGRESS_RUNNING, PROGRESS_DONE)


class FollowUpPlan(VoidableRecord):
    """One item of a period's follow-up plan (rencana tindak lanjut, PermenPAN-RB 14/2017):
    what the office will do about a weak element, when and who answers for it; the next
    period's report shows how far it got."""

    period = peewee.CharField(max_length=16)  # the SKM period whose result it answers
    element = peewee.CharField(max_length=4)  # U1..U9
    priority = peewee.SmallIntegerField(default=1)  # 1 = the weakest element
    programme = peewee.TextField()  # program/kegiatan
    quarters = JSONField(default=list)  # e.g. ["I", "II"]: triwulan of the coming year
    responsible = peewee.CharField(max_length=150)  # penanggung jawab
    progress = peewee.CharField(max_length=16, default=PROGRESS_NOT_STARTED)
    progress_note = peewee.TextField(default="")
    progress_at = peewee.DateTimeField(null=True)

    class Meta:
        indexes = ((("office", "period"), False),)
