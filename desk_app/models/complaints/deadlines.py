"""A complaint's deadlines, per stage, in working days (the office's options): when each
stage is due, whether a case is overdue or due soon, and when a replied case may be
closed. The reasons for these rules are written at the top of flow.py."""

from __future__ import annotations

import datetime as dt

from desk_app.models.complaints.tables import ACTIVE_STAGES, Complaint
from desk_app.models.core import settings
from desk_app.models.core.dates import format_date
from desk_app.models.core.workdays import add_working_days, working_days_between


def stage_days(office: str, key: str) -> int:
    return int(settings.get(office, f"complaint_days_{key}"))


def reply_days(complaint: Complaint) -> int:
    return stage_days(complaint.office, "reply_exam" if complaint.needs_examination else "reply")


def reply_deadline(complaint: Complaint) -> dt.date:
    """The last day for the reply, counted from the day the complaint was received."""
    return add_working_days(complaint.received_date, reply_days(complaint))


def stage_due_date(stage: str, complaint: Complaint, day: dt.date) -> dt.date | None:
    """The deadline of `stage` entered on `day` (None: the stage has none)."""
    office = complaint.office
    if stage == "diterima":
        return add_working_days(complaint.received_date, stage_days(office, "verify"))
    if stage == "verifikasi":
        return add_working_days(day, stage_days(office, "dispose"))
    if stage == "disposisi":
        return add_working_days(day, stage_days(office, "follow_up"))
    if stage == "tindak lanjut":
        return reply_deadline(complaint)
    if stage == "jawaban":
        return add_working_days(complaint.reply_date, stage_days(office, "close"))
    return None


def is_overdue(complaint: Complaint, today: dt.date) -> bool:
    return complaint.stage in ACTIVE_STAGES and complaint.stage_due is not None and complaint.stage_due < today


def days_overdue(complaint: Complaint, today: dt.date) -> int:
    return working_days_between(complaint.stage_due, today) if is_overdue(complaint, today) else 0


def is_due_soon(complaint: Complaint, today: dt.date) -> bool:
    """Deadline today or on the next working day (and not yet passed)."""
    return (complaint.stage in ACTIVE_STAGES and complaint.stage_due is not None
            and today <= complaint.stage_due <= add_working_days(today, 1))


def may_close(complaint: Complaint, today: dt.date) -> bool:
    """Replied and the waiting time for a response has passed."""
    return complaint.stage == "jawaban" and complaint.stage_due is not None and complaint.stage_due <= today


def close_hint(complaint: Complaint, today: dt.date) -> str:
    if complaint.stage != "jawaban" or complaint.stage_due is None:
        return ""
    days = stage_days(complaint.office, "close")
    if complaint.stage_due <= today:
        return (f"Jawaban dikirim {format_date(complaint.reply_date)} dan sudah {days} hari kerja tanpa "
                "tanggapan: pengaduan boleh ditutup.")
    return (f"Bila tidak ada tanggapan pelapor sampai {format_date(complaint.stage_due)} "
            f"({days} hari kerja setelah jawaban), pengaduan boleh ditutup.")


def deadline_text(complaint: Complaint, today: dt.date) -> str:
    if is_overdue(complaint, today):
        return f"Lewat batas {days_overdue(complaint, today)} hari kerja"
    if is_due_soon(complaint, today):
        return "Batas hari ini" if complaint.stage_due == today else "Batas besok (hari kerja)"
    if may_close(complaint, today):
        return "Boleh ditutup"
    return ""
