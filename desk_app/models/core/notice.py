"""The privacy notice (pemberitahuan pelindungan data pribadi) printed on receipts and the
SKM questionnaire and shown on the kiosk: purpose, legal basis, how long, whom to ask
(UU 27/2022 asks the controller to tell the person this when the data is collected).

The text is the office setting `privacy_notice` (models/core/settings.py), edited by the
admin. It may hold three placeholders, replaced as plain text (never with `str.format`:
the admin's text is data, and a stray brace must not break a receipt):
`{office}` the office's name, `{years}` the retention setting in years, `{contact}` where to
ask (the counter, and the complaint WhatsApp number or else the office's telephone).
They are replaced in one pass, so an office name that itself holds "{years}" stays as it
is. Any other text in braces is printed as typed; `unknown_placeholders` lets the editor
warn.

The office's notice as printed today is `notice_office.printed_notice(office_code)` (a
module of its own: it reads the settings, which import this one).

Limits: the typed text is at most `LIMIT` characters on at most `MAX_LINES` lines, so that
it fits the receipt's small print without pushing it onto a second sheet; the filled text
is cut at `PRINTED_LIMIT` characters as a last guard (a placeholder repeated many times
with a long office name).
"""

from __future__ import annotations

import re

from desk_app.models.core.errors import ValidationError
from desk_app.models.core.text import check_text

KEY = "privacy_notice"
LABEL = "Pemberitahuan pelindungan data pribadi"
LIMIT = 600
MAX_LINES = 6
PRINTED_LIMIT = 900
PLACEHOLDERS = ("{office}", "{years}", "{contact}")

DEFAULT = (
    "Data pribadi Anda dipakai untuk memproses permohonan atau pengaduan Anda dan untuk "
    "mengukur kepuasan masyarakat, berdasarkan UU No. 27 Tahun 2022 tentang Pelindungan "
    "Data Pribadi dan standar pelayanan {office}.\n"
    "Data disimpan {years} tahun setelah layanan selesai, lalu dianonimkan.\n"
    "Untuk bertanya, melihat atau membetulkan data Anda, hubungi {office} melalui {contact}."
)

_BRACED = re.compile(r"\{[^{}\n]*\}")
_KNOWN = re.compile("|".join(re.escape(p) for p in PLACEHOLDERS))


def normalise(text: str) -> str:
    """The stored form: Windows/Mac line ends made plain, outer blanks and blank lines off."""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.strip().split("\n")]
    return "\n".join(line for line in lines if line)


def check(text: str) -> str:
    """The text as it will be stored, or ValidationError with one Indonesian sentence."""
    check_text(text, LABEL, KEY, long_text=True)
    clean = normalise(text)
    if not clean:
        raise ValidationError(f"{LABEL} tidak boleh kosong. Tekan \"Kembalikan ke teks bawaan\" "
                              "untuk memakai teks bawaan.", KEY)
    check_text(clean, LABEL, KEY, limit=LIMIT, long_text=True)
    lines = clean.count("\n") + 1
    if lines > MAX_LINES:
        raise ValidationError(f"{LABEL} terlalu banyak baris: paling banyak {MAX_LINES} baris "
                              f"(yang diisi {lines}).", KEY)
    return clean


def unknown_placeholders(text: str) -> list[str]:
    """Braced words that are not placeholders: printed as typed (probably a typo)."""
    found = [m.group(0) for m in _BRACED.finditer(text or "") if m.group(0) not in PLACEHOLDERS]
    return list(dict.fromkeys(found))


def contact_line(whatsapp: str, phone: str) -> str:
    """Where to ask: always the counter, plus one number when the office has one."""
    if whatsapp:
        return f"loket pelayanan atau WhatsApp {whatsapp}"
    if phone:
        return f"loket pelayanan atau telepon {phone}"
    return "loket pelayanan"


def fill(template: str, office_name: str, years: int | str, contact: str) -> str:
    """The printed text: known placeholders replaced, anything else left as typed."""
    values = {"{office}": office_name, "{years}": str(years), "{contact}": contact}
    text = _KNOWN.sub(lambda m: values[m.group(0)], template)
    if len(text) > PRINTED_LIMIT:
        text = text[:PRINTED_LIMIT - 1].rstrip() + "…"
    return text
