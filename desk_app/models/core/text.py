"""One rule for every text a user types or a file brings in.

Refused everywhere: NUL and the other control characters (a NUL cuts a C string short,
PostgreSQL refuses it outright, and a stray escape garbles the printed receipt), lone
surrogates (not text at all: no encoder can write them), and the invisible direction
overrides that make a name read differently on screen than it is stored. Newline and
tab are allowed in long texts (a complaint's story, a note), nowhere else.

`check_text` is called by the domain validators, field by field, so the message names
the field; `find_forbidden` is the same rule without a field, used by the data layer as
the last guard on every value written (desk_app/models/core/db.py).
"""

from __future__ import annotations

import unicodedata

from desk_app.models.core.errors import ValidationError

LONG_TEXT_ALLOWED = frozenset("\n\t\r")
# bidirectional embeddings/overrides/isolates: invisible, they reorder what is shown
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _describe(ch: str) -> str:
    code = f"U+{ord(ch):04X}"
    if ch == "\x00":
        return f"NUL ({code})"
    if ch in LONG_TEXT_ALLOWED:
        return "baris baru atau tab (hanya boleh pada isian panjang)"
    if 0xD800 <= ord(ch) <= 0xDFFF:
        return f"surrogat tunggal ({code})"
    return f"karakter kendali {code}"


def find_forbidden(value: str, long_text: bool = True) -> str | None:
    """The first forbidden character of `value` described in Indonesian, or None."""
    if value.isprintable():  # the fast path: plain text, no control character at all
        return None
    allowed = LONG_TEXT_ALLOWED if long_text else frozenset()
    for ch in value:
        if ch in allowed or ch == " ":
            continue
        if ch in BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cs"):
            return _describe(ch)
    return None


def check_text(value: str | None, label: str, field: str, limit: int | None = None,
               long_text: bool = False) -> str:
    """Return `value` unchanged when it may be stored; otherwise raise ValidationError
    naming the field and the fault. `limit` is the most characters allowed."""
    if value is None:
        return value
    if not isinstance(value, str):
        raise ValidationError(f"{label} harus berupa teks.", field)
    fault = find_forbidden(value, long_text)
    if fault:
        raise ValidationError(
            f"{label} berisi {fault} yang tidak boleh disimpan. "
            "Hapus karakter itu lalu ketik ulang.", field)
    if limit is not None and len(value) > limit:
        raise ValidationError(
            f"{label} terlalu panjang: paling banyak {limit} karakter (yang diisi {len(value)}).",
            field)
    return value
