"""Reading a survey file into plain rows: .xlsx (first sheet) or .csv.

CSV: the delimiter is a comma or a semicolon (whichever splits the first lines into more
columns; Excel in an Indonesian locale writes semicolons), the text UTF-8 (with or without
a byte-order mark) or else Windows-1252 (what Excel on an office PC saves as "CSV"). Every
CSV cell is text; the importer parses dates and numbers itself.

Excel cells holding a formula come back as the formula text ("=SUM(...)"); the importer
refuses formulas in form rows and, for a recap's total rows, asks `cached_values` for the
value Excel saved with the file.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desk_app.models.core.errors import UserError

XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt")
NOT_SUPPORTED = ("Berkas {name} bukan berkas Excel .xlsx atau CSV. Simpan lembar kerja sebagai "
                 "'Excel Workbook (.xlsx)' atau 'CSV' lalu impor ulang.")


@dataclass
class Table:
    """The rows of one sheet: (row number as the user sees it, cell values)."""

    path: Path
    kind: str  # "xlsx" / "csv"
    rows: list[tuple[int, list]]
    sha256: str
    encoding: str = ""
    delimiter: str = ""

    @property
    def name(self) -> str:
        return self.path.name

    def cached_values(self, numbers: set[int]) -> dict[int, list]:
        """Excel's saved values of formula cells on the given rows (xlsx only)."""
        if self.kind != "xlsx" or not numbers:
            return {}
        from openpyxl import load_workbook

        book = load_workbook(self.path, read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            found = {}
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                if number in numbers:
                    found[number] = list(values or ())
                if number >= max(numbers):
                    break
            return found
        finally:
            book.close()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_table(path) -> Table:
    path = Path(path)
    if not path.is_file():
        raise UserError(f"Berkas {path} tidak ditemukan.")
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return Table(path, "xlsx", _xlsx_rows(path), file_sha256(path))
    if suffix in CSV_SUFFIXES:
        rows, encoding, delimiter = _csv_rows(path)
        return Table(path, "csv", rows, file_sha256(path), encoding, delimiter)
    raise UserError(NOT_SUPPORTED.format(name=path.name))


def _xlsx_rows(path: Path) -> list[tuple[int, list]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UserError(f"Berkas {path.name} tidak dapat dibaca sebagai .xlsx (mungkin berkas "
                        f"lain yang diganti namanya, atau rusak): {type(exc).__name__}.") from exc
    try:
        if not book.worksheets:
            raise UserError(f"Berkas {path.name} tidak berisi lembar kerja.")
        sheet = book.worksheets[0]
        return [(number, list(values or ()))
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        book.close()


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def _delimiter(text: str) -> str:
    sample = text.splitlines()[:30]

    def width(sep: str) -> int:
        return max((len(next(csv.reader([line], delimiter=sep))) for line in sample if line),
                   default=1)

    return ";" if width(";") > width(",") else ","


def _csv_rows(path: Path) -> tuple[list[tuple[int, list]], str, str]:
    data = path.read_bytes()
    if b"\x00" in data[:4096] or data[:4] == b"PK\x03\x04":
        raise UserError(f"Berkas {path.name} bukan teks CSV (mungkin berkas Excel yang diganti "
                        "namanya): simpan ulang sebagai .xlsx atau CSV.")
    text, encoding = _decode(data)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, last = [], 0
    try:
        for values in reader:  # a row's number is the line it starts on
            rows.append((last + 1, [cell.strip() or None for cell in values]))
            last = reader.line_num
    except csv.Error as exc:
        raise UserError(f"Berkas {path.name} tidak dapat dibaca sebagai CSV: {exc}.") from exc
    return rows, encoding, delimiter
