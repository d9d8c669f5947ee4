"""Cell values of a survey file in the many ways offices write them.

Answers: 1–4, a–d, or the element's own four words of PermenPAN-RB 14/2017 (DOMAIN.md §3;
"Sangat sesuai" is 4 for U1, "Cukup mahal" 2 for U4, "Dikelola dengan baik" 4 for U8),
case and spacing forgiven, also with the option's mark in front ("d. Sangat sesuai").
Anything else is a row error naming the element and the words it accepts.

Dates: Excel dates, ISO, day-first (12/08/2026, 12-08-2026, 12.08.2026), with a time
(online-form timestamps: "14/09/2026 10:22:31", "2026/09/14 10.22.31") or with the month
written out ("14 September 2026", "14 Agu 2026"). Month-first US dates are not guessed.

Profile words: Laki-laki/Pria → L, Perempuan/Wanita → P; "34 tahun" → 34; SLTA/SMK/MA →
SMA, Diploma → D1–D3, Sarjana → D4/S1…; ASN → PNS, Wiraswasta → Wirausaha, and any other
occupation written in (pelajar, petani, ibu rumah tangga…) → Lainnya, the regulation's
own "other" box.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from desk_app.models.core.errors import ValidationError
from desk_app.models.skm.index import ELEMENT_ANSWERS


@dataclass(frozen=True)
class RowError:
    row: int
    message: str

    def __str__(self) -> str:
        return f"Baris {self.row}: {self.message}"


LETTERS = {"a": 1, "b": 2, "c": 3, "d": 4}
MARK = re.compile(r"^([a-d1-4])\s*[.):\-]\s*(.+)$")
MONTHS = {
    "jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "pebruari": 2,
    "february": 2, "mar": 3, "maret": 3, "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5,
    "jun": 6, "juni": 6, "june": 6, "jul": 7, "juli": 7, "july": 7, "agu": 8, "agt": 8,
    "ags": 8, "agustus": 8, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "okt": 10, "oktober": 10, "oct": 10, "october": 10, "nov": 11, "nopember": 11,
    "november": 11, "des": 12, "desember": 12, "dec": 12, "december": 12,
}
DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:[ T]|$)")
ISO = re.compile(r"^(\d{4})[/\-](\d{1,2})[/\-](\d{1,2})(?:[ T]|$)")
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%d/%m/%y")
GENDERS = {"l": "L", "p": "P", "laki laki": "L", "lakilaki": "L", "laki": "L", "pria": "L",
           "perempuan": "P", "wanita": "P", "male": "L", "female": "P"}
EDUCATION = {
    "SD": ("sd", "mi", "sd sederajat", "sd mi", "sekolah dasar"),
    "SMP": ("smp", "sltp", "mts", "smp sederajat", "smp mts", "sltp sederajat"),
    "SMA": ("sma", "smk", "slta", "ma", "sma smk", "sma sederajat", "sma smk sederajat",
            "slta sederajat", "sma ma smk", "sma smk ma"),
    "D1-D3": ("d1", "d2", "d3", "d1 d3", "d i", "d ii", "d iii", "diploma", "d1 d2 d3"),
    "D4/S1": ("d4", "s1", "d4 s1", "s1 d4", "sarjana", "strata 1", "d iv", "s 1"),
    "S2": ("s2", "magister", "pascasarjana", "strata 2", "s 2"),
    "S3": ("s3", "doktor", "strata 3", "s 3"),
}
OCCUPATIONS = {
    "PNS": ("pns", "asn", "pns asn", "asn pns", "pppk", "pegawai negeri", "pegawai negeri sipil"),
    "TNI": ("tni",),
    "POLRI": ("polri", "polisi", "tni polri"),
    "Swasta": ("swasta", "pegawai swasta", "karyawan swasta", "karyawan", "karyawan i"),
    "Wirausaha": ("wirausaha", "wiraswasta", "pengusaha", "pedagang", "usaha sendiri"),
}


def words(value) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", str(value).lower()).split())


def text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


_ANSWER_WORDS = {code: {words(label): n for n, label in enumerate(labels, start=1)}
                 for code, labels in ELEMENT_ANSWERS.items()}


def answer(code: str, value) -> int | None:
    raw = text(value)
    if not raw:
        return None
    return _answer(code, raw)


@lru_cache(maxsize=4096)  # a file repeats a handful of answers thousands of times
def _answer(code: str, raw: str) -> int:
    low = raw.lower()
    if low in LETTERS:
        return LETTERS[low]
    if re.fullmatch(r"[1-4](\.0+)?", low):
        return int(float(low))
    table = _ANSWER_WORDS[code]
    said = words(raw)
    if said in table:
        return table[said]
    marked = MARK.match(raw.lower())
    if marked and words(marked.group(2)) in table:
        return table[words(marked.group(2))]
    choices = " / ".join(ELEMENT_ANSWERS[code])
    raise ValidationError(f"Jawaban {code} harus 1–4, a–d atau salah satu dari: {choices}; "
                          f"bukan '{raw}'.", code)


def date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = text(value)
    if not raw:
        raise ValidationError("Tanggal kosong.", "Tanggal")
    return _date(raw)


@lru_cache(maxsize=4096)
def _date(raw: str) -> dt.date:
    quick = DAY_FIRST.match(raw) or ISO.match(raw)
    if quick:
        parts = [int(p) for p in quick.groups()]
        day, month, year = parts if quick.re is DAY_FIRST else parts[::-1]
        try:
            return dt.date(year, month, day)
        except ValueError:
            pass
    first = raw.replace(",", " ").split()[0] if raw.split() else raw
    for fmt in DATE_FORMATS:
        for candidate in (raw, first):
            try:
                return dt.datetime.strptime(candidate, fmt).date()
            except ValueError:
                continue
    match = re.match(r"^(?:\w+,?\s+)?(\d{1,2})[\s\-]+([A-Za-z]+)[\s\-]+(\d{4})\b", raw)
    if match and match.group(2).lower() in MONTHS:
        try:
            return dt.date(int(match.group(3)), MONTHS[match.group(2).lower()], int(match.group(1)))
        except ValueError:
            pass
    raise ValidationError(f"Tanggal '{raw}' tidak dikenali (contoh 12/08/2026).", "Tanggal")


def gender(value):
    raw = text(value)
    if not raw:
        return None
    return GENDERS.get(words(raw), raw)  # anything else: the entry rule names it


def age(value):
    raw = text(value)
    if not raw:
        return None
    match = re.fullmatch(r"(\d{1,3})(?:[.,]0+)?\s*(?:th|thn|tahun)?\.?", raw.lower())
    if not match:
        raise ValidationError(f"Umur '{raw}' harus angka tahun.", "Umur")
    return int(match.group(1))


def _lookup(value, table: dict[str, tuple[str, ...]]):
    said = words(value)
    for code, names in table.items():
        if said in names or said == words(code):
            return code
    return None


def education(value):
    raw = text(value)
    if not raw:
        return None
    return _lookup(raw, EDUCATION) or raw  # unknown: the entry rule lists the choices


def occupation(value):
    raw = text(value)
    if not raw:
        return None
    if words(raw) in ("lainnya", "lain lain", "yang lain"):
        return "Lainnya"
    return _lookup(raw, OCCUPATIONS) or "Lainnya"


def number(value) -> float | None:
    """A figure in a recap's total row: 112, 3.45, "3,45" (comma decimals)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    raw = text(value).replace(" ", "")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+", raw):  # 1.234 written with a thousands dot
        raw = raw.replace(".", "")
    raw = raw.replace(",", ".")
    try:
        return float(raw)
    except ValueError:
        return None


def decimals(value) -> int:
    """How many decimals a figure was written with (for the tolerance of a check)."""
    raw = text(value).replace(",", ".")
    if isinstance(value, float) and not value.is_integer():
        raw = repr(value)
    return len(raw.split(".")[1]) if "." in raw else 0
