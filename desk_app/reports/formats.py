"""Numbers the Indonesian way (86,21; 5.000) and text made safe for files.

`round_half_up` is the one rounding of every number a report shows — in the PDF, in the
workbook (cells hold the value rounded to the decimals shown) and in the window.
Indonesian reports round half up (7,25 -> 7,3); Python's round() and "%.1f" round the
binary value half to even (7,25 -> "7,2").
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

NO_DATA = "Tidak ada data pada periode ini."
DASH = "–"

# Characters XML 1.0 (and so an .xlsx) cannot hold: C0 controls except tab/LF/CR.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def round_half_up(value: float | int | Decimal | None, decimals: int = 0) -> float | int | None:
    """`value` rounded half up (away from zero) to `decimals` places, from its shortest
    decimal form (7.25 -> 7.3, 2.675 -> 2.68, -0.5 -> -1); an int when `decimals` is 0."""
    if value is None:
        return None
    exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return int(exact) if decimals == 0 else float(exact)


def number(value: float | int | None, decimals: int = 0) -> str:
    """5000 -> '5.000'; 86.2069 with 2 decimals -> '86,21'; 7.25 with 1 -> '7,3'; None -> '–'."""
    if value is None:
        return DASH
    exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"{exact:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def percent(share: float | None, decimals: int = 1) -> str:
    """A share 0..1 as '87,5%'; None -> '–'."""
    if share is None:
        return DASH
    return f"{number(Decimal(str(share)) * 100, decimals)}%"


def clean_text(text) -> str:
    """User text without characters an XML file cannot hold."""
    if text is None:
        return ""
    return _ILLEGAL_XML.sub("", str(text))


def excerpt(text, limit: int = 160) -> str:
    """One line of at most `limit` characters, for tables."""
    flat = " ".join(clean_text(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def service_list(codes: list[str], most: int = 3) -> str:
    """A few service codes as they are; more than `most` as a count ('13 layanan')."""
    return ", ".join(codes) if len(codes) <= most else f"{len(codes)} layanan"
