"""The SOP document's content as plain data (SopSheet), read from one SOP revision:
what sop_pdf prints. Nothing here draws."""

from __future__ import annotations

from dataclasses import dataclass, field

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.core import dates
from desk_app.models.core.errors import NotFound
from desk_app.models.core.office import Office
from desk_app.models.sop.tables import SopRevision
from desk_app.reports import pdf_common as pc

# --- data ------------------------------------------------------------------------

@dataclass
class SopSheetStep:
    position: int
    kind: str
    activity: str
    actors: list[str]
    requirements: str
    time: str
    output: str
    note: str
    yes_target: int | None = None
    no_target: int | None = None


@dataclass
class SopSheet:
    office_lines: list[str]
    unit: str
    number: str
    title: str
    revision: int
    date_made: str
    date_revised: str
    effective_date: str
    approved_by_position: str
    approved_by_name: str
    approved_by_nip: str
    legal_basis: list[str]
    qualifications: list[str]
    related_sops: list[str]
    equipment: list[str]
    warnings: list[str]
    records: list[str]
    actors: list[str]
    steps: list[SopSheetStep] = field(default_factory=list)


def _time_text(value: float, unit: str) -> str:
    number = f"{int(value)}" if float(value).is_integer() else f"{value:g}".replace(".", ",")
    return f"{number} {unit}" if value else "-"


def sop_sheet(revision_id: str) -> SopSheet:
    """Gather one SOP revision as plain data for the document."""
    revision = SopRevision.get_or_none(SopRevision.id == revision_id)
    if revision is None:
        raise NotFound("Revisi SOP tidak ditemukan.")
    office = Office.get_or_none(Office.code == revision.office)
    lines = [line for line in pc.letterhead_lines(office) if line.upper() == line] if office else []
    steps = [SopSheetStep(s.position, s.kind, s.activity, list(s.actors or []), s.requirements,
                          _time_text(s.time_value, s.time_unit), s.output, s.note,
                          s.yes_target, s.no_target)
             for s in catalogue.revision_steps(revision)]
    actors = list(revision.actors or [])
    for s in steps:  # a lane a step names but the header forgot still gets a column
        actors += [a for a in s.actors if a not in actors]
    return SopSheet(
        office_lines=lines or ([office.name.upper()] if office else []),
        unit=revision.unit or (office.unit if office else ""), number=revision.number,
        title=revision.title, revision=revision.revision,
        date_made=dates.format_date(revision.date_made),
        date_revised=dates.format_date(revision.date_revised) if revision.date_revised else "-",
        effective_date=dates.format_date(revision.effective_date),
        approved_by_position=revision.approved_by_position,
        approved_by_name=revision.approved_by_name, approved_by_nip=revision.approved_by_nip,
        legal_basis=list(revision.legal_basis or []),
        qualifications=list(revision.qualifications or []),
        related_sops=list(revision.related_sops or []), equipment=list(revision.equipment or []),
        warnings=list(revision.warnings or []), records=list(revision.records or []),
        actors=actors, steps=steps)


