"""Every table of the schema, in dependency order (copy-db and bundles follow it)."""

from __future__ import annotations

import peewee

from desk_app.models.audit import AuditEvent
from desk_app.models.complaints import Complaint, ComplaintEvent
from desk_app.models.office import Counter, CutiBersama, Office, Setting
from desk_app.models.request_names import RequestNamePart
from desk_app.models.requests import Applicant, RequestEvent, RequestStep, ServiceRequest
from desk_app.models.schema import SchemaVersion
from desk_app.models.services import Service, ServiceStandard
from desk_app.models.sops import Sop, SopRevision, SopStep
from desk_app.models.surveys import SurveyBatch, SurveyResponse
from desk_app.models.users import User

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
    RequestEvent,
    RequestStep,
    Complaint,
    ComplaintEvent,
    SurveyBatch,
    SurveyResponse,
    AuditEvent,
]
# Derived from other tables and rebuilt from them: never copied row for row by copy-db
# nor sent in bundles.
DERIVED_TABLES: list[type[peewee.Model]] = [RequestNamePart]
