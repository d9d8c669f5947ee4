"""Helpers shared by the SOP tests: a small SOP of our own and requests registered on it."""

from __future__ import annotations

import datetime as dt

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.catalogue.tables import Service
from desk_app.models.requests import registration as request_registration

ACTORS = ["Pemohon", "Petugas PTSP", "Kepala Seksi"]


def step(kind, activity, actors, roles, value=10, unit="menit", **extra):
    return {"kind": kind, "activity": activity, "actors": actors, "roles": roles,
            "requirements": "Berkas", "time_value": value, "time_unit": unit,
            "output": "Hasil", "note": "", **extra}


FIVE_STEPS = [
    step("start", "Menerima berkas", ["Pemohon", "Petugas PTSP"], ["counter"], 30, "menit"),
    step("decision", "Berkas lengkap?", ["Petugas PTSP"], ["counter"], 15, "menit",
         yes_target=3, no_target=1),
    step("process", "Memeriksa dan memaraf konsep", ["Kepala Seksi"], ["head"], 2, "jam"),
    step("process", "Menyusun surat", ["Petugas PTSP"], ["counter"], 1, "hari"),
    step("end", "Menyerahkan surat", ["Petugas PTSP", "Pemohon"], ["counter"], 10, "menit"),
]


def sop_data(steps=None, effective=dt.date(2026, 1, 1), number="SOP-T/01", **extra):
    return {"title": "SOP Uji", "number": number, "unit": "Bidang Bimas Islam",
            "date_made": effective, "effective_date": effective,
            "approved_by_position": "Kepala Kantor Wilayah", "approved_by_name": "Dr. H. Uji",
            "approved_by_nip": "197001011990031001", "legal_basis": ["UU 25/2009"],
            "qualifications": ["Memahami tata naskah"], "related_sops": [],
            "equipment": ["Komputer"], "warnings": ["Terlambat"], "records": ["Agenda"],
            "actors": list(ACTORS), "steps": steps or FIVE_STEPS, **extra}


def service(office: str) -> Service:
    return Service.select().where(Service.office == office).order_by(Service.sort_order).first()


def publish(admin, svc: Service, steps=None, effective=dt.date(2026, 1, 1), **extra):
    sop = catalogue.sop_for_service(svc)
    return catalogue.publish_sop_revision(admin, sop.id, sop_data(steps, effective, **extra))


def register(counter, svc: Service, at: dt.datetime, nik_serial: int = 1):
    standard = catalogue.standard_in_force(svc, at.date())
    docs = [{"name": r, "received": True} for r in standard.requirements]
    applicant = {"name": "Baiq Uji", "nik": f"527101230190{nik_serial:04d}",
                 "phone": "081234567890", "address": "Mataram"}
    return request_registration.register_request(counter, svc.id, applicant, docs, at=at)


def wita(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """Naive UTC for a WITA (UTC+8) wall-clock time."""
    return dt.datetime.combine(day, dt.time(hour, minute)) - dt.timedelta(hours=8)
