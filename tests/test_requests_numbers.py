"""Tracking numbers with several counters at once; NIK and phone checks at the counter."""

from __future__ import annotations

import multiprocessing
import re

import pytest

from desk_app.models.core.errors import ValidationError
from desk_app.models.core.nik import mask_nik, validate_nik
from desk_app.models.core.phone import normalize_phone

PROCESSES = 4
EACH = 8


def _register_many(url: str, username: str, count: int) -> list[str]:
    """Runs in a child process: its own connection, its own transactions."""
    from desk_app.models.catalogue.tables import Service
    from desk_app.models.core.accounts import User
    from desk_app.models.core.db import retry_busy
    from desk_app.models.core.schema import open_database
    from desk_app.models.requests.registration import register_request

    open_database(url)
    user = User.get(User.username == username)
    svc = Service.get(Service.code == "BIMAS-02")
    docs = [{"name": r, "received": True} for r in svc.standards.first().requirements]
    numbers = []
    for i in range(count):
        person = {"name": f"Pemohon {username} {i}", "nik": "5271014506900001",
                  "phone": "081237451234"}
        req = retry_busy(register_request, user, svc.id, person, docs)
        numbers.append(req.number)
    return numbers


def test_parallel_counters_never_share_or_skip_a_number(db_url):
    db_url_value = db_url
    ctx = multiprocessing.get_context("spawn")
    users = ["petugas", "petugas2", "kasi", "petugas"]
    with ctx.Pool(PROCESSES) as pool:
        results = pool.starmap(_register_many, [(db_url_value, u, EACH) for u in users])
    numbers = [n for chunk in results for n in chunk]
    assert len(numbers) == len(set(numbers)) == PROCESSES * EACH
    serials = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    assert serials == list(range(1, PROCESSES * EACH + 1))

    from desk_app.models.core.audit import verify_chain
    from desk_app.models.core.schema import open_database
    from desk_app.models.requests.tables import ServiceRequest

    open_database(db_url_value)
    assert ServiceRequest.select().count() == PROCESSES * EACH
    queues = sorted(r.queue_number for r in ServiceRequest.select())
    assert queues == list(range(1, PROCESSES * EACH + 1))  # all registered today
    assert verify_chain("Kw.18") == []


@pytest.mark.parametrize("raw, message", [
    ("", "NIK wajib diisi"),
    ("5271A14506900001", "hanya boleh berisi angka"),
    ("527101450690001", "harus 16 digit (yang diketik 15 digit)"),
    ("9971014506900001", "Kode provinsi 99"),
    ("5299014506900001", "5299 tidak ada di Nusa Tenggara Barat"),
    ("3200014506900001", "kabupaten/kota pada NIK tidak boleh 00"),
    ("5271004506900001", "kecamatan pada NIK tidak boleh 00"),
    ("5271014513900001", "Bulan lahir pada NIK (13)"),
    ("5271017202900001", "Tanggal lahir pada NIK (72)"),
    ("5271013102900001", "Tanggal lahir pada NIK (31)"),
    ("5271014506900000", "Nomor urut pada NIK tidak boleh 0000"),
])
def test_each_nik_fault_has_its_message(raw, message):
    with pytest.raises(ValidationError, match=re.escape(message)) as err:
        validate_nik(raw)
    assert err.value.field == "nik"


def test_good_nik_accepted_with_spaces_and_masked():
    assert validate_nik("5271 0145 0690 0001") == "5271014506900001"
    assert validate_nik("5201012902000001") == "5201012902000001"  # 29 Feb 2000
    assert mask_nik("5271014506900001") == "5271••••••••0001"


@pytest.mark.parametrize("raw, expected", [
    ("0812-3745-1234", "081237451234"),
    ("+62 812 3745 1234", "081237451234"),
    ("6281237451234", "081237451234"),
    ("812 3745 1234", "081237451234"),
    ("(0370) 622317", "0370622317"),
])
def test_phone_numbers_are_normalised(raw, expected):
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize("raw, message", [
    ("", "wajib diisi"),
    ("0812-ABC-1234", "hanya boleh berisi angka"),
    ("+60 12 345 6789", "Hanya nomor Indonesia"),
    ("12345678", "diawali 0, 62 atau +62"),
    ("0812345", "Nomor HP harus 10–13 digit"),
    ("0370 62", "telepon rumah/kantor harus 9–12 digit"),
    ("00812345678", "diawali 00"),
])
def test_each_phone_fault_has_its_message(raw, message):
    with pytest.raises(ValidationError, match=re.escape(message)) as err:
        normalize_phone(raw)
    assert err.value.field == "phone"
