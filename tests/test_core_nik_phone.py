import pytest

from desk_app.models.core.errors import ValidationError
from desk_app.models.core.nik import mask_nik, nik_gender, validate_nik
from desk_app.models.core.phone import normalize_phone


@pytest.mark.parametrize("raw", ["5271014501900001", "5271 0145 0190 0001", "5201011212850123"])
def test_valid_niks(raw):
    assert validate_nik(raw) == raw.replace(" ", "")


@pytest.mark.parametrize(
    "raw, message",
    [
        ("", "wajib diisi"),
        ("52710145019000A1", "hanya boleh berisi angka"),
        ("527101450190001", "harus 16 digit (yang diketik 15 digit)"),
        ("9971014501900001", "Kode provinsi 99"),
        ("5299014501900001", "Kode kabupaten/kota 5299 tidak ada di Nusa Tenggara Barat"),
        ("3200014501900001", "kabupaten/kota pada NIK tidak boleh 00"),
        ("5271004501900001", "kecamatan pada NIK tidak boleh 00"),
        ("5271013213900001", "Bulan lahir"),
        ("5271013202900001", "Tanggal lahir"),  # day 32 for a man
        ("5271017202900001", "Tanggal lahir"),  # day 72-40 = 32 for a woman
        ("5271013002900001", "Tanggal lahir"),  # 30 February
        ("5271014501900000", "Nomor urut"),
    ],
)
def test_each_nik_fault_has_its_own_message(raw, message):
    with pytest.raises(ValidationError) as info:
        validate_nik(raw)
    assert message in info.value.message
    assert info.value.field == "nik"


def test_leap_day_accepted_when_either_century_allows_it():
    assert validate_nik("5271012902000001")  # 29-02-2000
    with pytest.raises(ValidationError):
        validate_nik("5271012902010001")  # 1901 and 2001 are not leap years


def test_mask_and_gender():
    assert mask_nik("5271014501900001") == "5271••••••••0001"
    assert nik_gender("5271014501900001") == "P"
    assert nik_gender("5271010501900001") == "L"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("081234567890", "081234567890"),
        ("+62 812-3456-7890", "081234567890"),
        ("62812 3456 789", "08123456789"),
        ("812345678", "0812345678"),
        ("(0370) 622317", "0370622317"),
    ],
)
def test_phone_normalised(raw, expected):
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize(
    "raw, message",
    [
        ("", "wajib diisi"),
        ("0812abc", "hanya boleh berisi angka"),
        ("+61 412 345 678", "Hanya nomor Indonesia"),
        ("0812345", "Nomor HP harus 10–13 digit"),
        ("03706", "telepon rumah/kantor harus 9–12 digit"),
        ("1234567890", "harus diawali 0, 62 atau +62"),
    ],
)
def test_phone_faults(raw, message):
    with pytest.raises(ValidationError) as info:
        normalize_phone(raw)
    assert message in info.value.message
