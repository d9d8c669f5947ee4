"""Indonesian phone numbers, normalised to the 08… form people read and dial."""

from __future__ import annotations

import re

from desk_app.models.core.errors import ValidationError


def normalize_phone(raw: str) -> str:
    """Return `08xxxxxxxxx` (mobile) or `0xxxxxxxxx` (fixed line), or raise
    ValidationError. Accepts +62 / 62 / 0 prefixes, spaces, dots, dashes, brackets."""
    text = (raw or "").strip()
    if not text:
        raise ValidationError("Nomor telepon wajib diisi.", "phone")
    if re.search(r"[^0-9+\s().-]", text):
        raise ValidationError("Nomor telepon hanya boleh berisi angka (dan + di depan).", "phone")
    if "+" in text[1:] or (text.startswith("+") and not text.startswith("+62")):
        raise ValidationError("Hanya nomor Indonesia (+62) yang diterima.", "phone")
    digits = re.sub(r"\D", "", text)
    if digits.startswith("62"):
        digits = "0" + digits[2:]
    elif digits.startswith("8"):
        digits = "0" + digits
    if not digits.startswith("0"):
        raise ValidationError("Nomor telepon harus diawali 0, 62 atau +62.", "phone")
    if digits.startswith("08"):
        if not 10 <= len(digits) <= 13:
            raise ValidationError(
                f"Nomor HP harus 10–13 digit (yang diketik {len(digits)} digit).", "phone"
            )
    elif not 9 <= len(digits) <= 12:
        raise ValidationError(
            f"Nomor telepon rumah/kantor harus 9–12 digit termasuk kode area "
            f"(yang diketik {len(digits)} digit).",
            "phone",
        )
    if digits[1] == "0":
        raise ValidationError("Kode area atau operator tidak sah (diawali 00).", "phone")
    return digits


def mask_phone(phone: str | None) -> str:
    if not phone:
        return ""
    return phone[:4] + "•" * max(0, len(phone) - 7) + phone[-3:]
