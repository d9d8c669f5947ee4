"""Office-wide options, declared once with their type and default.

Stored per office in the `setting` table (so every counter of an office shares them);
window geometry and other per-PC state live in QSettings on the UI side instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desk_app.models.core import audit, notice
from desk_app.models.core.base import utcnow
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import ValidationError
from desk_app.models.core.office import Setting
from desk_app.models.core.permissions import require


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    label: str


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option("head_position", str, "Kepala Bidang Bimas Islam", "Jabatan penanda tangan laporan"),
        Option("head_name", str, "", "Nama penanda tangan laporan"),
        Option("head_nip", str, "", "NIP penanda tangan laporan"),
        Option("request_number_template", str, "PLY-{year}-{serial:05d}", "Format nomor permohonan"),
        Option("complaint_number_template", str, "ADU-{year}-{serial:04d}", "Format nomor pengaduan"),
        Option(
            "letter_number_template",
            str,
            "{grade}-{serial}/{office_code}/{classification}/{month:02d}/{year}",
            "Format nomor surat",
        ),
        Option("letter_classification_complaint", str, "HM.01", "Kode klasifikasi surat jawaban pengaduan"),
        Option("complaint_days_verify", int, 3, "Batas verifikasi (hari kerja)"),
        Option("complaint_days_dispose", int, 3, "Batas disposisi (hari kerja)"),
        Option("complaint_days_follow_up", int, 5, "Batas rencana tindak lanjut (hari kerja)"),
        Option("complaint_days_reply", int, 14, "Batas jawaban (hari kerja)"),
        Option("complaint_days_reply_exam", int, 60, "Batas jawaban bila perlu pemeriksaan (hari kerja)"),
        Option("complaint_whatsapp", str, "", "Nomor WhatsApp untuk menanyakan pengaduan"),
        Option("complaint_days_close", int, 10, "Tanpa tanggapan setelah jawaban, boleh ditutup (hari kerja)"),
        Option(
            "survey_question_order",
            list,
            ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U9", "U8"],
            "Urutan pertanyaan pada kuesioner SKM",
        ),
        Option("backup_keep", int, 14, "Jumlah cadangan otomatis yang disimpan"),
        Option("retention_years", int, 10, "Masa simpan data pribadi (tahun)"),
        Option("office_start_date", str, "2000-01-01", "Tanggal kantor mulai mencatat (TTTT-BB-HH)"),
        Option(notice.KEY, str, notice.DEFAULT, notice.LABEL),  # receipts and kiosk
    )
}


def get(office: str, key: str) -> Any:
    option = OPTIONS[key]
    row = Setting.get_or_none((Setting.office == office) & (Setting.key == key))
    if row is None or row.value is None:
        return option.default
    return row.value


def get_all(office: str) -> dict[str, Any]:
    stored = {r.key: r.value for r in Setting.select().where(Setting.office == office)}
    return {key: stored.get(key, opt.default) for key, opt in OPTIONS.items()}


def coerce(key: str, value: Any) -> Any:
    option = OPTIONS.get(key)
    if option is None:
        raise ValidationError(f"Pengaturan '{key}' tidak dikenal.", key)
    if option.type is int:
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise ValidationError(f"{option.label}: harus berupa angka bulat.", key) from None
        if number < 0:
            raise ValidationError(f"{option.label}: tidak boleh negatif.", key)
        return number
    if option.type is list:
        if not isinstance(value, list):
            raise ValidationError(f"{option.label}: harus berupa daftar.", key)
        return value
    if key == notice.KEY:
        return notice.check(value)
    text = str(value).strip()
    if key.endswith("_template"):
        check_template(option, text)
    return text


def check_template(option: Option, template: str) -> None:
    """A number template must format, and must hold the serial: a number without it
    would repeat on every receipt."""
    if "{serial" not in template:
        raise ValidationError(f"{option.label}: harus memuat {{serial}}.", option.key)
    try:
        template.format(office="Kw.18", office_code="Kw.18.4", year=2026, month=1, serial=1,
                        grade="B", classification="HM.01")
    except (KeyError, IndexError, ValueError) as exc:
        raise ValidationError(f"{option.label}: format tidak sah ({exc}).", option.key) from None


def set_many(actor, office: str, values: dict[str, Any]) -> None:
    """Save several options in one transaction with one audit event."""
    require(actor, "admin.settings", "mengubah pengaturan kantor")
    clean = {key: coerce(key, value) for key, value in values.items()}
    if "survey_question_order" in clean:
        order = clean["survey_question_order"]
        if sorted(order) != [f"U{i}" for i in range(1, 10)]:
            raise ValidationError(
                "Urutan pertanyaan harus memuat U1 sampai U9 masing-masing sekali.",
                "survey_question_order",
            )
    with write_transaction():
        before = {k: get(office, k) for k in clean}
        for key, value in clean.items():
            Setting.insert(office=office, key=key, value=value, updated_at=utcnow()).on_conflict(
                conflict_target=[Setting.office, Setting.key],
                update={Setting.value: value, Setting.updated_at: utcnow()},
            ).execute()
        audit.record(actor, "settings", "Setting", office, office, {"before": before, "after": clean})
