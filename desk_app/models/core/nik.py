"""NIK (Nomor Induk Kependudukan) checks per DOMAIN.md §6.

16 digits `PP KK CC DDMMYY SSSS`: province, regency/city, district, birth date (women:
day + 40), serial. There is no check digit. The region is where the NIK was first
issued, so it is never compared with the applicant's address.
"""

from __future__ import annotations

import calendar

from desk_app.models.core.errors import ValidationError

# Province codes of Indonesia (Kemendagri), including the 2022 Papua provinces.
PROVINCES = {
    "11": "Aceh", "12": "Sumatera Utara", "13": "Sumatera Barat", "14": "Riau", "15": "Jambi",
    "16": "Sumatera Selatan", "17": "Bengkulu", "18": "Lampung",
    "19": "Kepulauan Bangka Belitung", "21": "Kepulauan Riau", "31": "DKI Jakarta",
    "32": "Jawa Barat", "33": "Jawa Tengah", "34": "DI Yogyakarta", "35": "Jawa Timur",
    "36": "Banten", "51": "Bali", "52": "Nusa Tenggara Barat", "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat", "62": "Kalimantan Tengah", "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur", "65": "Kalimantan Utara", "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah", "73": "Sulawesi Selatan", "74": "Sulawesi Tenggara",
    "75": "Gorontalo", "76": "Sulawesi Barat", "81": "Maluku", "82": "Maluku Utara",
    "91": "Papua Barat", "92": "Papua Barat Daya", "94": "Papua", "95": "Papua Selatan",
    "96": "Papua Tengah", "97": "Papua Pegunungan",
}

NTB_REGENCIES = {
    "5201": "Kabupaten Lombok Barat", "5202": "Kabupaten Lombok Tengah",
    "5203": "Kabupaten Lombok Timur", "5204": "Kabupaten Sumbawa", "5205": "Kabupaten Dompu",
    "5206": "Kabupaten Bima", "5207": "Kabupaten Sumbawa Barat",
    "5208": "Kabupaten Lombok Utara", "5271": "Kota Mataram", "5272": "Kota Bima",
}


def clean_nik(raw: str) -> str:
    """Drop the spaces, dots and dashes people type between groups."""
    return "".join(ch for ch in (raw or "") if ch not in " .-\t")


def validate_nik(raw: str) -> str:
    """Return the 16-digit NIK, or raise ValidationError naming the exact fault."""
    nik = clean_nik(raw)
    if not nik:
        raise ValidationError("NIK wajib diisi.", "nik")
    if not (nik.isascii() and nik.isdigit()):  # str.isdigit alone takes ² and ٣
        raise ValidationError("NIK hanya boleh berisi angka 0–9.", "nik")
    if len(nik) != 16:
        raise ValidationError(f"NIK harus 16 digit (yang diketik {len(nik)} digit).", "nik")
    if nik[:2] not in PROVINCES:
        raise ValidationError(f"Kode provinsi {nik[:2]} pada NIK tidak dikenal.", "nik")
    if nik[:2] == "52" and nik[:4] not in NTB_REGENCIES:
        raise ValidationError(
            f"Kode kabupaten/kota {nik[:4]} tidak ada di Nusa Tenggara Barat.", "nik"
        )
    if nik[2:4] == "00":
        raise ValidationError("Kode kabupaten/kota pada NIK tidak boleh 00.", "nik")
    if nik[4:6] == "00":
        raise ValidationError("Kode kecamatan pada NIK tidak boleh 00.", "nik")
    day, month, year2 = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    if day > 40:
        day -= 40  # women: day of birth + 40
    if not 1 <= month <= 12:
        raise ValidationError(f"Bulan lahir pada NIK ({nik[8:10]}) tidak sah.", "nik")
    # The century is unknown; a 29 February is valid if either century allows it.
    longest = max(calendar.monthrange(1900 + year2, month)[1], calendar.monthrange(2000 + year2, month)[1])
    if not 1 <= day <= longest:
        raise ValidationError(f"Tanggal lahir pada NIK ({nik[6:8]}) tidak sah.", "nik")
    if nik[12:] == "0000":
        raise ValidationError("Nomor urut pada NIK tidak boleh 0000.", "nik")
    return nik


def mask_nik(nik: str | None) -> str:
    """`5271••••••••0001`: enough to tell people apart on a list, not to misuse."""
    if not nik:
        return ""
    if len(nik) < 8:
        return "•" * len(nik)
    return nik[:4] + "•" * (len(nik) - 8) + nik[-4:]


def nik_gender(nik: str) -> str:
    return "P" if int(nik[6:8]) > 40 else "L"
