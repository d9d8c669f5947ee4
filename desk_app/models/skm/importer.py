"""Importing SKM forms from a file an office already has, all or nothing.

What it reads (the pieces live beside this module):
- `import_read`: the first sheet of an .xlsx, or a CSV (comma or semicolon, UTF-8 or
  Windows-1252);
- `import_columns`: the header row (a title block above it is skipped) and which column
  holds which field — common headings recognised, a remembered mapping applied;
- `import_values`: answers as 1–4, a–d or the element's own words, dates and timestamps,
  profile words;
- `import_recap`: total/average/NRR rows at the bottom of a recap, skipped and checked.

Two steps: `prepare_import` reads and validates everything and returns an `ImportPlan`
(what would be added: forms per service and month and the IKM they give on their own,
the row errors, the recap's disagreeing totals) without writing; `write_plan` writes it
in one transaction. `import_surveys` does both for the command line and the tests.

Serials: by default (`serial="file"`) the No column is the paper form's serial, unique
per office and year (the rule of `survey_entry`): right for the app's own printed forms.
A recap numbers its rows 1…n in every file, so `serial="auto"` gives each form a fresh
serial "IMP-<n>" from the office's `skm_import` counter of the form's year (never equal to
a printed number). A file without a No column always gets fresh serials.

Re-import: every imported form keeps `import_key` = "<SHA-256 of the file>:<row>:<row
fingerprint>", the fingerprint being 48 hex digits of a SHA-256 of the row's content (No
as written, date and time, service, answers, profile, suggestion, and how many identical
rows came before it in the file). The same data imported again — the same file, the same
file saved again, or a later recap that repeats earlier rows — adds only rows whose
fingerprint the office has not seen; a file with nothing new is a no-op. The key still
tells which file and row a form came from. Forms imported before fingerprints
("<file>:<row>") are recognised by the file's bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter as Tally
from collections.abc import Callable
from dataclasses import dataclass, field

from desk_app.models.catalogue.tables import Service
from desk_app.models.core import audit
from desk_app.models.core.base import new_id, utcnow
from desk_app.models.core.dates import EARLIEST_DAY, check_day, office_start
from desk_app.models.core.db import database, write_transaction
from desk_app.models.core.errors import UserError, ValidationError
from desk_app.models.core.permissions import require
from desk_app.models.skm import import_recap as recap
from desk_app.models.skm import import_values as values
from desk_app.models.skm.forms import clean_form, normalize_serial
from desk_app.models.skm.import_columns import Columns, check_columns, find_columns
from desk_app.models.skm.import_read import Table, read_table
from desk_app.models.skm.import_serials import auto_serials, serial_errors
from desk_app.models.skm.import_values import RowError
from desk_app.models.skm.index import index_from_sums
from desk_app.models.skm.tables import ELEMENT_CODES, SurveyResponse

CHUNK = 500
SERIAL_MODES = ("file", "auto")
COLUMNS = ("id", "office", "entry", "batch", "serial", "survey_date", "service",
           *(c.lower() for c in ELEMENT_CODES), "gender", "age", "education", "occupation",
           "comment", "entered_by", "entered_at", "created_at", "updated_at", "source",
           "import_key")
FP_LENGTH = 48  # hex digits of a row's fingerprint kept in its import key
TIME = re.compile(r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*$")


@dataclass
class PreviewGroup:
    service: str  # code
    service_name: str
    month: str  # "2026-09"; "" for the whole file
    forms: int
    ikm: object  # Decimal or None (an element with no answer)
    grade: str | None


@dataclass
class ImportResult:
    file: str
    sha256: str
    rows: int = 0  # data rows read (blank and recap total rows not counted)
    imported: int = 0
    known: int = 0  # rows imported before, skipped
    already_imported: bool = False
    auto_serials: bool = False
    errors: list[RowError] = field(default_factory=list)

    @property
    def message(self) -> str:
        if self.already_imported:
            return (f"Berkas {self.file} sudah pernah diimpor; tidak ada formulir yang "
                    "diimpor lagi.")
        if self.errors:
            return (f"{len(self.errors)} baris bermasalah pada {self.file}; tidak ada formulir "
                    "yang diimpor. Perbaiki baris berikut lalu impor ulang.")
        text = f"{self.imported} formulir survei diimpor dari {self.file}."
        if self.known:
            text += f" {self.known} baris sudah pernah diimpor dan dilewati."
        if self.auto_serials:
            text += " Nomor formulir dibuat otomatis (IMP-…)."
        return text


@dataclass
class ImportPlan:
    file: str
    sha256: str
    columns: Columns
    table: Table
    rows: list[tuple[int, dict, str]] = field(default_factory=list)  # new: row, values, key
    known: int = 0
    errors: list[RowError] = field(default_factory=list)
    serial_errors: list[RowError] = field(default_factory=list)  # for serial="file"
    footer: list[recap.FooterRow] = field(default_factory=list)
    groups: list[PreviewGroup] = field(default_factory=list)
    total: PreviewGroup | None = None

    @property
    def has_serials(self) -> bool:
        return "serial" in self.columns.fields

    @property
    def disagreements(self) -> list[str]:
        return recap.disagreements(self.footer)

    def result(self, serial: str = "file") -> ImportResult:
        errors = self.errors + (self.serial_errors if self.uses_file_serials(serial) else [])
        return ImportResult(
            file=self.file, sha256=self.sha256, rows=len(self.rows) + self.known + len(self.errors),
            known=self.known, already_imported=not self.errors and not self.rows and self.known > 0,
            auto_serials=not self.uses_file_serials(serial),
            errors=sorted(errors, key=lambda e: e.row))

    def uses_file_serials(self, serial: str) -> bool:
        return serial == "file" and self.has_serials


# --- reading -------------------------------------------------------------------------------

def _services(office: str) -> dict[str, Service]:
    lookup: dict[str, Service] = {}
    for service in Service.select().where(Service.office == office):
        lookup[service.code.strip().lower()] = service
        lookup.setdefault(" ".join(service.name.lower().split()), service)
    return lookup


def _moment(cell, day: dt.date) -> str:
    """Date and time of the cell, for the row's fingerprint (an online form's timestamp)."""
    if isinstance(cell, dt.datetime):
        return cell.isoformat(timespec="seconds")
    match = TIME.search(values.text(cell)) if not isinstance(cell, dt.date) else None
    if match and len(values.text(cell)) > 10:
        return f"{day.isoformat()}T{int(match.group(1)):02d}:{match.group(2)}:{match.group(3) or '00'}"
    return day.isoformat()


def _cell(cells: list, index: dict[str, int], defaults: dict, name: str):
    """The row's value of a field; a file without the column takes the value given for
    every row (`Columns.defaults`)."""
    position = index.get(name)
    if position is None:
        return defaults.get(name)
    return cells[position] if position < len(cells) else None


def _parse_row(cells: list, index: dict[str, int], services: dict[str, Service],
               today: dt.date, defaults: dict, start: dt.date = EARLIEST_DAY) -> dict:
    def cell(name):
        return _cell(cells, index, defaults, name)

    for name, position in index.items():
        value = cells[position] if position < len(cells) else None
        if isinstance(value, str) and value.startswith("="):
            raise ValidationError(f"kolom {name} berisi rumus ({value[:30]}); salin lalu tempel "
                                  "sebagai nilai (Paste Special → Values).", name)
    day = check_day(values.date(cell("date")), "", "Tanggal", "Tanggal", today, start)
    service_text = " ".join(values.text(cell("service")).lower().split())
    if not service_text:
        raise ValidationError("Layanan kosong.", "Layanan")
    service = services.get(service_text)
    if service is None:
        raise ValidationError(f"Layanan '{values.text(cell('service'))}' tidak dikenal (isi kode "
                              "atau nama layanan persis).", "Layanan")
    answers = {code: values.answer(code, cell(code)) for code in ELEMENT_CODES}
    form = clean_form(answers, values.gender(cell("gender")), values.age(cell("age")),
                      values.education(cell("education")), values.occupation(cell("occupation")),
                      values.text(cell("comment")))
    return {"no": values.text(cell("serial")), "survey_date": day, "service": service.id,
            "_moment": _moment(cell("date"), day), **form}


def _looks_like_form(cells: list, index: dict[str, int]) -> bool:
    """A dated row with answers is a form even when a cell reads like "Total …" (a file
    without a date column cannot tell: its label rows are a recap's totals)."""
    def cell(name):
        return _cell(cells, index, {}, name)

    if "date" not in index:
        return False

    try:
        values.date(cell("date"))
    except ValidationError:
        return False
    return any(values.text(cell(code)) for code in ELEMENT_CODES)


def _fingerprints(parsed: list[tuple[int, dict]]) -> list[str]:
    seen: Tally = Tally()
    prints = []
    for _, data in parsed:
        content = [data["no"], data["_moment"], data["service"],
                   *(data[c.lower()] for c in ELEMENT_CODES), data["gender"], data["age"],
                   data["education"], data["occupation"], data["comment"]]
        text = json.dumps(content, ensure_ascii=False)
        seen[text] += 1
        prints.append(hashlib.sha256(f"{text}#{seen[text]}".encode()).hexdigest()[:FP_LENGTH])
    return prints


def _known_prints(office: str) -> set[str]:
    """The row fingerprints of every form imported into the office (keys with three parts;
    older keys "<file>:<row>" have none and are recognised by their file)."""
    query = SurveyResponse.select(SurveyResponse.import_key).where(
        (SurveyResponse.office == office) & SurveyResponse.import_key.is_null(False)).tuples()
    return {key.rsplit(":", 1)[1] for (key,) in query.iterator() if key.count(":") == 2}


def _imported_as_file(sha: str) -> bool:
    """A form imported before row fingerprints existed: keys "<file sha256>:<row>"."""
    return SurveyResponse.select(SurveyResponse.id).where(
        (SurveyResponse.import_key > sha + ":") & (SurveyResponse.import_key < sha + ";")
    ).first() is not None


def _preview(plan: ImportPlan, services: dict[str, Service]) -> None:
    by_id = {s.id: s for s in services.values()}
    groups: dict[tuple[str, str], list[dict]] = {}
    for _, data, _ in plan.rows:
        groups.setdefault((data["service"], f"{data['survey_date']:%Y-%m}"), []).append(data)

    def group(service_id, month, forms) -> PreviewGroup:
        sums = {}
        for code in ELEMENT_CODES:
            given = [f[code.lower()] for f in forms if f[code.lower()] is not None]
            sums[code] = (sum(given), len(given))
        index = index_from_sums(sums, len(forms))
        service = by_id.get(service_id)
        return PreviewGroup(service.code if service else "", service.name if service else "",
                            month, len(forms), index.ikm, index.grade)

    plan.groups = [group(sid, month, forms) for (sid, month), forms in sorted(
        groups.items(), key=lambda item: (by_id[item[0][0]].code, item[0][1]))]
    if plan.rows:
        plan.total = group(None, "", [data for _, data, _ in plan.rows])


def prepare_import(actor, path, office: str, today: dt.date | None = None,
                   mapping: str | None = None, columns: Columns | None = None,
                   table: Table | None = None, progress: Callable | None = None,
                   defaults: dict | None = None) -> ImportPlan:
    """Read, recognise and validate a file; nothing is written (see module docstring).
    `defaults` ({"date": date, "service": code}) stand for a column the file lacks."""
    require(actor, "surveys.import", "mengimpor survei")
    today = today or dt.date.today()
    table = table or read_table(path)
    columns = columns or find_columns(table.rows, office, mapping, table.name)
    columns.defaults.update({k: v for k, v in (defaults or {}).items() if v})
    defaults = {k: v for k, v in columns.defaults.items() if k not in columns.fields}
    check_columns(columns)
    plan = ImportPlan(table.name, table.sha256, columns, table)
    if _imported_as_file(table.sha256):
        plan.known = max(1, len(table.rows) - columns.header_row)
        return plan
    index, services = columns.index_of(), _services(office)
    start = office_start(office)
    parsed: list[tuple[int, dict]] = []
    body = [(n, cells) for n, cells in table.rows if n > columns.header_row]
    for done, (number, cells) in enumerate(body, start=1):
        if all(values.text(v) == "" for v in cells):
            continue
        label = recap.label_of(cells, index)
        if (label is not None or plan.footer) and not _looks_like_form(cells, index):
            plan.footer.append(recap.FooterRow(number, label or "", recap.kind_of(label or "")))
            continue
        try:
            parsed.append((number, _parse_row(cells, index, services, today, defaults, start)))
        except ValidationError as exc:
            plan.errors.append(RowError(number, exc.message))
        if progress and done % 1000 == 0:
            progress(done, len(body), f"Memeriksa baris {number}")
    if not plan.errors:
        sums = {code: (sum(d[code.lower()] or 0 for _, d in parsed),
                       sum(d[code.lower()] is not None for _, d in parsed))
                for code in ELEMENT_CODES}
        cells_of = dict(table.rows)
        formula_rows = {f.row for f in plan.footer if f.kind and any(
            isinstance(v, str) and v.startswith("=") for v in cells_of[f.row])}
        recap.check(plan.footer, cells_of, index, sums, table.cached_values(formula_rows))
    prints, known = _fingerprints(parsed), _known_prints(office)
    plan.rows = [(n, d, f"{table.sha256}:{n}:{fp}")
                 for (n, d), fp in zip(parsed, prints, strict=True) if fp not in known]
    plan.known = len(parsed) - len(plan.rows)
    if plan.has_serials:
        plan.serial_errors = serial_errors(plan.rows, office)
    _preview(plan, services)
    return plan


# --- writing -------------------------------------------------------------------------------

def _insert(rows: list[tuple[int, dict, str]], serials: list[str], office: str, who,
            at: dt.datetime, progress: Callable | None) -> None:
    """One prepared INSERT run over every row (peewee's insert_many builds the SQL text
    row by row, several times slower for tens of thousands of forms)."""
    fields = [SurveyResponse._meta.fields[name] for name in COLUMNS]
    param = database.obj.param
    names = ", ".join('"' + f.column_name + '"' for f in fields)
    sql = (f'INSERT INTO "{SurveyResponse._meta.table_name}" ({names}) '
           f'VALUES ({", ".join([param] * len(fields))})')
    fixed = {"office": office, "entry": 1, "batch": None, "entered_by": who, "entered_at": at,
             "created_at": at, "updated_at": at, "source": "import"}
    cursor = database.obj.cursor()
    for start in range(0, len(rows), CHUNK):
        batch = []
        for (_, data, key), serial in zip(rows[start:start + CHUNK], serials[start:start + CHUNK],
                                         strict=True):
            record = {**data, **fixed, "id": new_id(), "serial": serial, "import_key": key}
            batch.append(tuple(f.db_value(record[f.name]) for f in fields))
        cursor.executemany(sql, batch)
        if progress:
            progress(start + len(batch), len(rows), "Menyimpan formulir")


def write_plan(actor, plan: ImportPlan, office: str, serial: str = "file",
               at: dt.datetime | None = None, progress: Callable | None = None) -> ImportResult:
    """Write a prepared plan in one transaction; refused rows write nothing."""
    require(actor, "surveys.import", "mengimpor survei")
    if serial not in SERIAL_MODES:
        raise UserError(f"Pilihan nomor formulir '{serial}' tidak dikenal (file atau auto).")
    result = plan.result(serial)
    if result.errors or result.already_imported:
        return result
    if not plan.rows:
        raise UserError(f"Berkas {plan.file} tidak berisi baris formulir di bawah baris judul.")
    at = at or utcnow()
    with write_transaction():
        known = _known_prints(office)  # imported meanwhile at another counter: skipped
        rows = [r for r in plan.rows if r[2].rsplit(":", 1)[1] not in known]
        if rows:
            serials = (auto_serials(rows, office) if result.auto_serials
                       else [normalize_serial(d["no"]) for _, d, _ in rows])
            _insert(rows, serials, office, getattr(actor, "id", None), at, progress)
            days = [data["survey_date"] for _, data, _ in rows]
            audit.record(actor, "import", "SurveyImport", plan.sha256, office, {
                "file": plan.file, "forms": len(rows), "known": plan.known,
                "serials": "auto" if result.auto_serials else "file",
                "mapping": plan.columns.mapping_name, "from": min(days).isoformat(),
                "to": max(days).isoformat()})
            audit.seal_rows(actor, "import", SurveyResponse, SurveyResponse.select(
                SurveyResponse.id).where((SurveyResponse.office == office)
                                         & (SurveyResponse.created_at == at)
                                         & (SurveyResponse.source == "import")), office)
    result.imported = len(rows)
    result.known += len(plan.rows) - len(rows)
    result.already_imported = not rows
    return result


class TotalsDisagree(UserError):
    """The recap's own total/NRR rows do not match its form rows."""


def import_surveys(actor, path, office: str, today: dt.date | None = None,
                   at: dt.datetime | None = None, progress: Callable | None = None,
                   serial: str = "file", mapping: str | None = None,
                   check_totals: bool = True, defaults: dict | None = None) -> ImportResult:
    """Prepare and write in one go (command line, tests); see the module docstring."""
    plan = prepare_import(actor, path, office, today, mapping=mapping, progress=progress,
                          defaults=defaults)
    if check_totals and not plan.errors and plan.disagreements:
        raise TotalsDisagree(
            f"Jumlah/NRR pada berkas {plan.file} tidak cocok dengan baris formulirnya; tidak ada "
            "yang diimpor: " + "; ".join(plan.disagreements) + ".")
    return write_plan(actor, plan, office, serial, at, progress)
