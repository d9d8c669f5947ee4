"""Every table of the schema, in dependency order (copy-db and bundles follow it)."""

from __future__ import annotations

import peewee

from desk_app.models.catalogue.tables import Service, ServiceStandard
from desk_app.models.complaints.tables import Complaint, ComplaintEvent
from desk_app.models.core.accounts import User
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.base import BaseModel, utcnow
from desk_app.models.core.keys import OfficeKey
from desk_app.models.core.office import Counter, CutiBersama, Office, Setting
from desk_app.models.offices.tables import BundleReceipt, ReplacedVersion, TrustedOffice
from desk_app.models.requests.names import RequestNamePart, RequestNameWord
from desk_app.models.requests.tables import Applicant, RequestEvent, RequestStep, ServiceRequest
from desk_app.models.skm.tables import FollowUpPlan, SurveyBatch, SurveyResponse
from desk_app.models.sop.tables import Sop, SopRevision, SopStep


class SchemaVersion(BaseModel):
    """The one row saying which schema version the database is at (see schema.py)."""

    id = peewee.IntegerField(primary_key=True, default=1)
    version = peewee.IntegerField()
    upgraded_at = peewee.DateTimeField(default=utcnow)


ALL_TABLES: list[type[peewee.Model]] = [
    SchemaVersion,
    Office,
    Counter,
    Setting,
    CutiBersama,
    User,
    Service,
    ServiceStandard,
    Sop,
    SopRevision,
    SopStep,
    Applicant,
    ServiceRequest,
    RequestNamePart,
    RequestNameWord,
    RequestEvent,
    RequestStep,
    Complaint,
    ComplaintEvent,
    SurveyBatch,
    SurveyResponse,
    FollowUpPlan,
    AuditEvent,
    OfficeKey,  # v6: trust between offices
    TrustedOffice,
    BundleReceipt,
    ReplacedVersion,
]
# Derived from other tables and rebuilt from them: never copied row for row by copy-db
# nor sent in bundles.
DERIVED_TABLES: list[type[peewee.Model]] = [RequestNamePart, RequestNameWord]
