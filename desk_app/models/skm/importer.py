"""Importing SKM forms from an Excel workbook (.xlsx), all or nothing.

The first sheet; a header row (the first of the first ten rows that has a `U1` column);
one form per row. Columns, matched case-insensitively and in any order: No, Tanggal,
Layanan (service code or exact name), Jenis Kelamin (L/P), Umur, Pendidikan, Pekerjaan,
U1 … U9 (1–4 or a–d; empty = skipped) and, optionally, Saran. Other columns are ignored.

Every bad row is reported with its row number and reason; if any row is bad, nothing is
imported. Each imported form gets `import_key` = "<SHA-256 of the file>:<row number>":
importing the same file again imports nothing and says so. A copy of the data saved as
another file is refused row by row, because its serials (No) are already used that
year (the serial rule of `survey_entry`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desk_app.models.catalogue.tables import Service
from desk_app.models.core import audit
from desk_app.models.core.base import new_id, utcnow
from desk_app.models.core.db import database, write_transaction
from desk_app.models.core.errors import UserError, ValidationError
from desk_app.models.core.permissions import require
from desk_app.models.skm.entry import clean_form, normalize_serial
from desk_app.models.skm.tables import ELEMENT_CODES, SurveyResponse

REQUIRED = ("No", "Tanggal", "Layanan", "Jenis Kelamin", "Umur", "Pendidikan", "Pekerjaan",
            *ELEMENT_CODES)
OPTIONAL = ("Saran",)
HEADER_SEARCH_ROWS = 10
CHUNK = 500
LETTERS = {"A": 1, "B": 2, "C": 3, "D": 4}
XLSX_SUFFIXES = (".xlsx", ".xlsm")
NOT_XLSX = ("Berkas {name} bukan berkas Excel .xlsx. Simpan lembar kerja sebagai "
            "'Excel Workbook (.xlsx)' lalu impor ulang.")
COLUMNS = ("id", "office", "entry", "batch", "serial", "survey_date", "service",
           *(c.lower() for c in ELEMENT_CODES), "gender", "age", "education", "occupation",
           "comment", "entered_by", "entered_at", "created_at", "updated_at", "source",
           "import_key")


@dataclass(frozen=True)
class RowError:
    row: int
    message: str

    def __str__(self) -> str:
        return f"Baris {self.row}: {self.message}"


@dataclass
class ImportResult:
    file: str
    sha256: str
    rows: int = 0  # data rows read (blank rows not counted)
    imported: int = 0
    already_imported: bool = False
    errors: list[RowError] = field(default_factory=list)

    @property
    def message(self) -> str:
        if self.already_imported:
            return (f"Berkas {self.file} sudah pernah diimpor; tidak ada formulir yang "
                    "diimpor lagi.")
        if self.errors:
            return (f"{len(self.errors)} baris bermasalah pada {self.file}; tidak ada formulir "
                    "yang diimpor. Perbaiki baris berikut lalu impor ulang.")
        return f"{self.imported} formulir survei diimpor dari {self.file}."


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _open_sheet(path: Path):
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if path.suffix.lower() not in XLSX_SUFFIXES:
        raise UserError(NOT_XLSX.format(name=path.name))
    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UserError(f"Berkas {path.name} tidak dapat dibaca sebagai .xlsx (mungkin berkas "
                        f"lain yang diganti namanya, atau rusak): {type(exc).__name__}.") from exc
    if not workbook.worksheets:
        raise UserError(f"Berkas {path.name} tidak berisi lembar kerja.")
    return workbook, workbook.worksheets[0]


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _columns(header: tuple, row_number: int) -> dict[str, int]:
    """Column index per expected name; raises on missing or doubled columns."""
    wanted = {name.lower(): name for name in REQUIRED + OPTIONAL}
    found: dict[str, int] = {}
    doubled = []
    for index, cell in enumerate(header):
        key = " ".join(_text(cell).lower().split())
        if key in wanted:
            name = wanted[key]
            if name in found:
                doubled.append(name)
            found[name] = index
    if doubled:
        raise UserError(f"Kolom ganda pada baris judul (baris {row_number}): "
                        f"{', '.join(sorted(set(doubled)))}. Setiap kolom hanya boleh sekali.")
    missing = [name for name in REQUIRED if name not in found]
    if missing:
        raise UserError(f"Kolom wajib tidak ada pada baris judul (baris {row_number}): "
                        f"{', '.join(missing)}.")
    return found


def _date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    if not text:
        raise ValidationError("Tanggal kosong.", "Tanggal")
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValidationError(f"Tanggal '{text}' tidak dikenali (contoh 12/08/2026).", "Tanggal")


def _answer(code: str, value):
    text = _text(value).upper()
    if not text:
        return None
    if text in LETTERS:
        return LETTERS[text]
    if text.isdigit() and 1 <= int(text) <= 4:
        return int(text)
    raise ValidationError(f"Jawaban {code} harus 1–4 (atau a–d) atau kosong, bukan '{_text(value)}'.", code)


def _gender(value):
    text = _text(value).upper()
    return {"LAKI-LAKI": "L", "LAKI LAKI": "L", "PEREMPUAN": "P"}.get(text, text) or None


def _age(value):
    text = _text(value)
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError(f"Umur '{text}' harus angka tahun.", "Umur")
    return int(text)


def _services(office: str) -> dict[str, Service]:
    lookup: dict[str, Service] = {}
    for service in Service.select().where(Service.office == office):
        lookup[service.code.strip().lower()] = service
        lookup.setdefault(" ".join(service.name.lower().split()), service)
    return lookup


def _parse_row(values: tuple, columns: dict[str, int], services: dict[str, Service],
               today: dt.date) -> dict:
    def cell(name):
        index = columns.get(name)
        return values[index] if index is not None and index < len(values) else None

    for name, index in columns.items():
        value = values[index] if index < len(values) else None
        if isinstance(value, str) and value.startswith("="):
            raise ValidationError(f"kolom {name} berisi rumus ({value[:30]}); salin lalu tempel "
                                  "sebagai nilai (Paste Special → Values).", name)
    serial = normalize_serial(_text(cell("No")))
    day = _date(cell("Tanggal"))
    if day > today:
        raise ValidationError(f"Tanggal {day:%d-%m-%Y} belum terjadi.", "Tanggal")
    service_text = " ".join(_text(cell("Layanan")).lower().split())
    if not service_text:
        raise ValidationError("Layanan kosong.", "Layanan")
    service = services.get(service_text)
    if service is None:
        raise ValidationError(f"Layanan '{_text(cell('Layanan'))}' tidak dikenal (isi kode "
                              "atau nama layanan persis).", "Layanan")
    answers = {code: _answer(code, cell(code)) for code in ELEMENT_CODES}
    values = clean_form(answers, _gender(cell("Jenis Kelamin")), _age(cell("Umur")),
                        _text(cell("Pendidikan")) or None, _text(cell("Pekerjaan")) or None,
                        _text(cell("Saran")))
    return {"serial": serial, "survey_date": day, "service": service.id, **values}


def _used_serials(office: str, years: set[int]) -> dict[tuple[int, str], dt.date]:
    used: dict[tuple[int, str], dt.date] = {}
    for year in years:
        query = (SurveyResponse.select(SurveyResponse.serial, SurveyResponse.survey_date)
                 .where((SurveyResponse.office == office) & (SurveyResponse.entry == 1)
                        & SurveyResponse.voided_at.is_null()
                        & (SurveyResponse.survey_date >= dt.date(year, 1, 1))
                        & (SurveyResponse.survey_date <= dt.date(year, 12, 31))).tuples())
        for serial, day in query.iterator():
            used[(year, serial)] = day
    return used


def read_rows(path: Path, office: str, today: dt.date,
              progress: Callable | None = None) -> tuple[list[tuple[int, dict]], list[RowError]]:
    """Parse and validate every row of the first sheet; nothing is written."""
    workbook, sheet = _open_sheet(path)
    try:
        rows = sheet.iter_rows(values_only=True)
        header_row, columns, seen_any = None, None, False
        for number, values in enumerate(rows, start=1):
            texts = [" ".join(_text(v).lower().split()) for v in values or ()]
            seen_any = seen_any or any(texts)
            if "u1" in texts:
                header_row, columns = number, _columns(values, number)
                break
            if number >= HEADER_SEARCH_ROWS:
                break
        if columns is None:
            if not seen_any:
                raise UserError(f"Lembar pertama berkas {path.name} kosong.")
            raise UserError("Baris judul kolom tidak ditemukan pada 10 baris pertama lembar "
                            "pertama (harus ada kolom No, Tanggal, Layanan, Jenis Kelamin, "
                            "Umur, Pendidikan, Pekerjaan, U1–U9).")
        services = _services(office)
        parsed, errors = [], []
        for number, values in enumerate(rows, start=header_row + 1):
            if not values or all(_text(v) == "" for v in values):
                continue
            try:
                parsed.append((number, _parse_row(values, columns, services, today)))
            except ValidationError as exc:
                errors.append(RowError(number, exc.message))
            if progress and number % 1000 == 0:
                progress(number, 0, f"Memeriksa baris {number}")
    finally:
        workbook.close()
    return parsed, errors


def _serial_errors(parsed: list[tuple[int, dict]], office: str) -> list[RowError]:
    errors = []
    used = _used_serials(office, {data["survey_date"].year for _, data in parsed})
    seen: dict[tuple[int, str], int] = {}
    for number, data in parsed:
        key = (data["survey_date"].year, data["serial"])
        if key in seen:
            errors.append(RowError(number, f"No {data['serial']} sama dengan baris {seen[key]} "
                                           f"(tahun {key[0]})."))
        elif key in used:
            errors.append(RowError(number, f"No {data['serial']} sudah dipakai formulir lain "
                                           f"pada tahun {key[0]} ({used[key]:%d-%m-%Y})."))
        seen.setdefault(key, number)
    return errors


def _insert(parsed: list[tuple[int, dict]], office: str, who, at: dt.datetime, sha: str,
            progress: Callable | None) -> None:
    """One prepared INSERT run over every row (peewee's insert_many builds the SQL text
    row by row, several times slower for tens of thousands of forms)."""
    fields = [SurveyResponse._meta.fields[name] for name in COLUMNS]
    param = database.obj.param
    columns = ", ".join('"' + f.column_name + '"' for f in fields)
    sql = (f'INSERT INTO "{SurveyResponse._meta.table_name}" ({columns}) '
           f'VALUES ({", ".join([param] * len(fields))})')
    fixed = {"office": office, "entry": 1, "batch": None, "entered_by": who, "entered_at": at,
             "created_at": at, "updated_at": at, "source": "import"}
    cursor = database.obj.cursor()
    for start in range(0, len(parsed), CHUNK):
        rows = []
        for number, data in parsed[start:start + CHUNK]:
            values = {**data, **fixed, "id": new_id(), "import_key": f"{sha}:{number}"}
            rows.append(tuple(f.db_value(values[f.name]) for f in fields))
        cursor.executemany(sql, rows)
        if progress:
            progress(start + len(rows), len(parsed), "Menyimpan formulir")


def import_surveys(actor, path, office: str, today: dt.date | None = None,
                   at: dt.datetime | None = None, progress: Callable | None = None) -> ImportResult:
    """Import a workbook of SKM forms for `office`, all or nothing (see module docstring)."""
    require(actor, "surveys.import", "mengimpor survei")
    path = Path(path)
    today = today or dt.date.today()
    at = at or utcnow()
    if not path.is_file():
        raise UserError(f"Berkas {path} tidak ditemukan.")
    if path.suffix.lower() not in XLSX_SUFFIXES:
        raise UserError(NOT_XLSX.format(name=path.name))
    result = ImportResult(file=path.name, sha256=file_sha256(path))
    first = SurveyResponse.select(SurveyResponse.id).where(  # keys "<sha>:<row>", indexed range
        (SurveyResponse.import_key > result.sha256 + ":")
        & (SurveyResponse.import_key < result.sha256 + ";")).first()
    if first is not None:
        result.already_imported = True
        return result
    parsed, errors = read_rows(path, office, today, progress)
    result.rows = len(parsed) + len(errors)
    errors += _serial_errors(parsed, office)
    result.errors = sorted(errors, key=lambda e: e.row)
    if result.errors:
        return result
    if not parsed:
        raise UserError(f"Berkas {path.name} tidak berisi baris formulir di bawah baris judul.")
    who = getattr(actor, "id", None)
    with write_transaction():
        _insert(parsed, office, who, at, result.sha256, progress)
        days = [data["survey_date"] for _, data in parsed]
        audit.record(actor, "import", "SurveyImport", result.sha256, office, {
            "file": path.name, "forms": len(parsed), "from": min(days).isoformat(),
            "to": max(days).isoformat()})
        audit.seal_rows(actor, "import", SurveyResponse, SurveyResponse.select(SurveyResponse.id).where(
            (SurveyResponse.office == office) & (SurveyResponse.created_at == at)
            & (SurveyResponse.source == "import")), office)
    result.imported = len(parsed)
    return result
