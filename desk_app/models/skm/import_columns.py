"""Which column of a survey file holds which field: headings recognised, mappings remembered.

Recognised headings (compared lower-case, punctuation as spaces):
- an element: its code (U1), P1/Q1/"Unsur 1"/"Pertanyaan 1" (taken as U1 … U9 in the
  regulation's order: an office whose form asks U9 eighth maps those two by hand once),
  the element's name ("Persyaratan", "Biaya/tarif"…) or the questionnaire's question text
  (recognised by its key word: persyaratan, prosedur, kecepatan/waktu, biaya/tarif, produk,
  kompetensi, perilaku/kesopanan, pengaduan, sarana/prasarana);
- No / Nomor / No responden…; Tanggal / Timestamp / Waktu / Stempel waktu…;
  Layanan / Jenis layanan…; Jenis kelamin, Umur/Usia, Pendidikan (terakhir), Pekerjaan,
  Saran / Kritik dan saran / Masukan — also as the start of a longer question
  ("Pendidikan terakhir Anda").
Anything else is left unplaced; the window asks the user (mapping dialog).

A confirmed mapping is remembered per office in the `setting` table under
`survey_import_mappings` (JSON: name → layout, header text → field) — no schema change,
and it travels with the office's settings. It is found again by the layout (a hash of
the normalised header row) or by its name (`import-surveys FILE --mapping NAME`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from desk_app.models.core import audit
from desk_app.models.core.base import utcnow
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import UserError, ValidationError
from desk_app.models.core.office import Setting
from desk_app.models.core.permissions import require
from desk_app.models.skm.index import ELEMENT_NAMES, QUESTIONS
from desk_app.models.skm.tables import ELEMENT_CODES

MAPPINGS_KEY = "survey_import_mappings"
HEADER_SEARCH_ROWS = 20
FIELD_LABELS = {
    "serial": "No (nomor formulir)", "date": "Tanggal", "service": "Layanan",
    "gender": "Jenis kelamin", "age": "Umur", "education": "Pendidikan",
    "occupation": "Pekerjaan", "comment": "Saran",
    **{code: f"{code} {name}" for code, name in ELEMENT_NAMES.items()},
}
FIELDS = tuple(FIELD_LABELS)
SHORT_LABELS = {"serial": "No", "date": "Tanggal", "service": "Layanan",
                "gender": "Jenis Kelamin", "age": "Umur", "education": "Pendidikan",
                "occupation": "Pekerjaan", "comment": "Saran",
                **{code: code for code in ELEMENT_CODES}}
REQUIRED = ("date", "service", *ELEMENT_CODES)

ALIASES = {
    "serial": ("no", "nomor", "no urut", "nomor urut", "no responden", "nomor responden",
               "no formulir", "nomor formulir", "no kuesioner", "nomor kuesioner",
               "no kuisioner", "no form"),
    "date": ("tanggal", "tgl", "timestamp", "waktu", "stempel waktu", "cap waktu", "date",
             "tanggal survei", "tanggal survey", "tanggal pengisian", "waktu pengisian",
             "tanggal pelayanan", "tanggal layanan", "tgl survei"),
    "service": ("layanan", "jenis layanan", "nama layanan", "pelayanan", "jenis pelayanan",
                "kode layanan", "layanan yang diterima", "jenis layanan yang diterima",
                "service"),
    "gender": ("jenis kelamin", "jk", "l p", "kelamin", "gender", "jenis kelamin l p"),
    "age": ("umur", "usia", "umur tahun", "usia tahun"),
    "education": ("pendidikan", "pendidikan terakhir"),
    "occupation": ("pekerjaan", "pekerjaan utama"),
    "comment": ("saran", "saran dan masukan", "kritik dan saran", "saran masukan", "masukan",
                "komentar", "kritik saran", "saran dan kritik", "saran atau masukan"),
}
ELEMENT_ALIASES = {
    "U1": ("persyaratan", "persyaratan pelayanan"),
    "U2": ("prosedur", "sistem mekanisme dan prosedur", "sistem mekanisme prosedur",
           "prosedur pelayanan"),
    "U3": ("waktu penyelesaian", "waktu pelayanan", "kecepatan waktu", "kecepatan pelayanan"),
    "U4": ("biaya", "tarif", "biaya tarif"),
    "U5": ("produk", "produk pelayanan", "produk layanan", "produk spesifikasi jenis pelayanan"),
    "U6": ("kompetensi", "kompetensi pelaksana", "kompetensi petugas"),
    "U7": ("perilaku", "perilaku pelaksana", "perilaku petugas"),
    "U8": ("pengaduan", "penanganan pengaduan", "penanganan pengaduan saran dan masukan"),
    "U9": ("sarana", "sarana dan prasarana", "sarana prasarana"),
}
KEYWORDS = {
    "U1": {"persyaratan"}, "U2": {"prosedur", "mekanisme"},
    "U3": {"kecepatan", "penyelesaian", "waktu"}, "U4": {"biaya", "tarif", "kewajaran"},
    "U5": {"produk"}, "U6": {"kompetensi", "kemampuan"},
    "U7": {"perilaku", "kesopanan", "keramahan", "sopan", "ramah"},
    "U8": {"pengaduan"}, "U9": {"sarana", "prasarana"},
}
CONTAINS = (("date", ("tanggal", "timestamp")), ("gender", ("kelamin",)),
            ("age", ("umur", "usia")), ("education", ("pendidikan",)),
            ("occupation", ("pekerjaan",)), ("comment", ("saran", "masukan", "kritik")),
            ("service", ("layanan", "pelayanan")))
PERSONAL = {"lahir", "nama", "email", "hp", "telp", "telepon", "alamat", "nik", "wa"}
NUMBERED = re.compile(r"^(u|p|q|unsur|pertanyaan|soal)\s*([1-9])\b")


def normalize(text) -> str:
    if text is None:
        return ""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    return " ".join(re.sub(r"[^\w]+", " ", str(text).lower()).split())


_EXACT: dict[str, str] = {}
for _field, _names in ALIASES.items():
    _EXACT.update(dict.fromkeys(_names, _field))
for _code, _names in ELEMENT_ALIASES.items():
    _EXACT.update(dict.fromkeys(_names, _code))
for _code in ELEMENT_CODES:
    _EXACT[normalize(ELEMENT_NAMES[_code])] = _code
    _EXACT[normalize(QUESTIONS[_code])] = _code


def guess_field(header) -> str | None:
    """The field a heading names, or None when it is not recognised."""
    text = normalize(header)
    if not text:
        return None
    if text in _EXACT:
        return _EXACT[text]
    words = set(text.split())
    if words & PERSONAL:
        return None
    match = NUMBERED.match(text)
    if match:
        return f"U{match.group(2)}"
    if words & {"tanggal", "timestamp"}:
        return "date"
    hits = [code for code, keys in KEYWORDS.items() if words & keys]
    if len(hits) == 1:
        return hits[0]
    if hits:
        return None
    for name, keys in CONTAINS:
        if words & set(keys):
            return name
    return None


def layout_of(headers: list) -> str:
    """A short hash of the normalised header row: the same export gives the same layout."""
    joined = "\x1f".join(normalize(h) for h in headers).rstrip("\x1f")
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


# --- stored mappings -----------------------------------------------------------------------

def stored_mappings(office: str) -> dict[str, dict]:
    row = Setting.get_or_none((Setting.office == office) & (Setting.key == MAPPINGS_KEY))
    return dict(row.value) if row is not None and isinstance(row.value, dict) else {}


def mapping_for_layout(office: str, layout: str) -> tuple[str, dict] | None:
    for name, mapping in stored_mappings(office).items():
        if mapping.get("layout") == layout:
            return name, mapping
    return None


def save_mapping(actor, office: str, name: str, headers: list, fields: list) -> str:
    """Remember `fields` (one per column, None = ignored) for files of this header row."""
    require(actor, "surveys.import", "menyimpan pemetaan kolom impor survei")
    name = " ".join(str(name or "").split())
    if not name or len(name) > 60:
        raise ValidationError("Nama pemetaan wajib diisi (maks. 60 karakter).", "mapping")
    columns = {}
    for header, value in zip(headers, fields, strict=False):
        key = normalize(header)
        if key:
            columns[key] = value if value in FIELDS else ""  # "": ignored on purpose
    layout = layout_of(headers)
    with write_transaction():
        mappings = stored_mappings(office)
        for other in [n for n, m in mappings.items() if m.get("layout") == layout and n != name]:
            del mappings[other]  # one mapping per layout: the newest wins
        mappings[name] = {"layout": layout, "columns": columns,
                          "headers": [str(h or "") for h in headers],
                          "saved_at": utcnow().isoformat(timespec="seconds")}
        Setting.insert(office=office, key=MAPPINGS_KEY, value=mappings,
                       updated_at=utcnow()).on_conflict(
            conflict_target=[Setting.office, Setting.key],
            update={Setting.value: mappings, Setting.updated_at: utcnow()}).execute()
        audit.record(actor, "save", "SurveyImportMapping", name, office,
                     {"layout": layout, "columns": columns})
    return name


# --- the header row and its columns ---------------------------------------------------------

@dataclass
class Columns:
    """The header row found in a table and the field of each column."""

    header_row: int  # row number as the user sees it
    headers: list[str]
    fields: list[str | None]
    layout: str
    mapping_name: str | None = None  # the remembered mapping applied, if any
    unplaced: list[int] = field(default_factory=list)  # named columns not recognised
    # a value for every row when the file has no such column: {"date": date, "service": code}
    defaults: dict = field(default_factory=dict)

    def index_of(self) -> dict[str, int]:
        return {f: i for i, f in enumerate(self.fields) if f}

    @property
    def missing(self) -> list[str]:
        return [f for f in REQUIRED if f not in self.fields and f not in self.defaults]

    @property
    def doubled(self) -> list[str]:
        named = [f for f in self.fields if f]
        return sorted({f for f in named if named.count(f) > 1},
                      key=lambda f: FIELDS.index(f))

    @property
    def complete(self) -> bool:
        return not self.missing and not self.doubled


def _apply(headers: list, stored: dict | None) -> tuple[list, list[int]]:
    columns = (stored or {}).get("columns", {})
    fields, unplaced = [], []
    for index, header in enumerate(headers):
        key = normalize(header)
        if key in columns:
            fields.append(columns[key] or None)
        else:
            guess = guess_field(header)
            fields.append(guess)
            if guess is None and key and stored is None:
                unplaced.append(index)
    return fields, unplaced


def find_columns(rows: list[tuple[int, list]], office: str, mapping: str | None = None,
                 file_name: str = "") -> Columns:
    """The header row (first rows only: a title block above it is skipped) and fields."""
    stored = stored_mappings(office)
    if mapping is not None and mapping not in stored:
        known = ", ".join(sorted(stored)) or "belum ada"
        raise UserError(f"Pemetaan kolom '{mapping}' tidak dikenal (yang tersimpan: {known}).")
    best, best_score, seen_any = None, 0, False
    for number, values in rows[:HEADER_SEARCH_ROWS]:
        headers = [("" if v is None else str(v).strip()) for v in values]
        seen_any = seen_any or any(headers)
        layout = layout_of(headers)
        remembered = (mapping, stored[mapping]) if mapping else mapping_for_layout(office, layout)
        if remembered and (mapping is None or remembered[1].get("layout") == layout):
            fields, unplaced = _apply(headers, remembered[1])
            return Columns(number, headers, fields, layout, remembered[0], unplaced)
        fields, _ = _apply(headers, stored.get(mapping) if mapping else None)
        score = len({f for f in fields if f})
        if score > best_score:
            best, best_score = (number, headers, fields), score
    if not seen_any:
        raise UserError(f"Lembar pertama berkas {file_name} kosong.")
    if best is None or best_score < 3:
        raise UserError(f"Baris judul kolom tidak ditemukan pada {HEADER_SEARCH_ROWS} baris "
                        f"pertama berkas {file_name} (misalnya kolom Tanggal, Layanan, U1–U9).")
    number, headers, _ = best
    fields, unplaced = _apply(headers, stored.get(mapping) if mapping else None)
    return Columns(number, headers, fields, layout_of(headers), mapping, unplaced)


def check_columns(columns: Columns) -> None:
    """Raise the file-level message when the fields cannot be read as forms."""
    where = f"baris judul (baris {columns.header_row})"
    if columns.doubled:
        names = ", ".join(SHORT_LABELS[f] for f in columns.doubled)
        raise UserError(f"Kolom ganda pada {where}: {names}. Setiap kolom hanya boleh sekali "
                        "(pilih salah satu lewat pemetaan kolom).")
    if columns.missing:
        names = ", ".join(SHORT_LABELS[f] for f in columns.missing)
        raise UserError(f"Kolom wajib tidak ada pada {where}: {names}. Petakan kolomnya "
                        "lewat jendela impor, atau pakai --mapping NAMA (berkas tanpa kolom "
                        "Tanggal atau Layanan: --date / --service untuk semua baris).")


def columns_at(rows: list[tuple[int, list]], header_row: int, office: str) -> Columns:
    """The fields of the columns when the user names the header row (mapping dialog)."""
    cells = dict(rows).get(header_row, [])
    headers = [("" if v is None else str(v).strip()) for v in cells]
    layout = layout_of(headers)
    remembered = mapping_for_layout(office, layout)
    fields, unplaced = _apply(headers, remembered[1] if remembered else None)
    return Columns(header_row, headers, fields, layout,
                   remembered[0] if remembered else None, unplaced)
