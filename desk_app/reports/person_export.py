"""Exporting what the office holds on one person to a PDF or JSON file: gathered once,
rendered, saved atomically (reports/output.py), then one audit event "person.export".
The command line and the Admin tab both call `export_person`."""

from __future__ import annotations

from pathlib import Path

from desk_app.models.core.errors import NotFound, ValidationError
from desk_app.models.core.nik import mask_nik
from desk_app.models.privacy.person import PersonRecord, gather_person, record_access
from desk_app.reports.output import save_atomically

FORMATS = ("pdf", "json")


def format_of(target: str | Path) -> str:
    suffix = Path(target).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValidationError("Berkas ekspor harus berakhiran .pdf atau .json.", "export")
    return suffix


def not_found_message(nik: str) -> str:
    return f"Tidak ada data tersimpan untuk NIK {mask_nik(nik)} di kantor ini."


def write_export(person: PersonRecord, target: str | Path, printed_by: str = "") -> str:
    """Render and save `person` to `target` (no audit event: see `export_person`)."""
    fmt = format_of(target)
    if fmt == "pdf":
        from desk_app.reports.person_pdf import render_person_pdf

        save_atomically(target, lambda path: render_person_pdf(person, path, printed_by))
    else:
        from desk_app.reports.person_json import write_person_json

        save_atomically(target, lambda path: write_person_json(person, path))
    return fmt


def save_and_audit(actor, person: PersonRecord, target: str | Path, printed_by: str = "",
                   via: str = "") -> str:
    """Write the file, then the audit event; should the event fail, the file goes too
    (no export without its trace)."""
    if person.empty:
        raise NotFound(not_found_message(person.nik))
    fmt = write_export(person, target, printed_by)
    try:
        record_access(actor, person, "person.export", fmt, via)
    except BaseException:
        Path(target).unlink(missing_ok=True)
        raise
    return fmt


def export_person(actor, nik: str, target: str | Path, office: str | None = None,
                  printed_by: str = "", via: str = "") -> PersonRecord:
    """Gather, save and audit. Raises UserError (one Indonesian line) on a bad NIK or
    file name, a role without permission, no data, or a file that cannot be written."""
    format_of(target)  # before any reading
    person = gather_person(actor, nik, office)
    save_and_audit(actor, person, target, printed_by, via)
    return person
