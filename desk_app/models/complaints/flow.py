"""Complaints (DOMAIN.md §4): register, verify, dispose, follow up, reply, close — and
keep the complainant safe.

Decisions written down here because no regulation text fixes them:

* **Stage deadlines** (`stage_due`, working days, office options): *diterima* counts the
  verification days from the day the complaint was received; *verifikasi* counts the
  disposition days from the verification day; *disposisi* counts the follow-up-plan days
  from the disposition day; *tindak lanjut* has the reply deadline counted from the day
  the complaint was **received** (14 days, 60 when an examination is needed); *jawaban*
  holds the day after which a case without response from the complainant may be closed
  (reply date + 10). Side exits and *selesai* have no deadline.
* **Overdue** means an open stage before the reply (diterima … tindak lanjut) whose
  deadline has passed. A replied case past its waiting time is not overdue: it is marked
  "boleh ditutup" instead. **Due soon**: the deadline is today or the next working day.
* **The 30-day filing window** is advisory: a late complaint is still registered (the
  law lets the office weigh it at verification), and the registration event carries the
  warning so the verifier sees it.
* **Identity**: *anonim* stores no name, contact or address; *rahasia* stores them, but
  every list, view, audit diff and document shows "Dirahasiakan" unless a permitted user
  calls `reveal_identity` with a reason (audited each time). Search never matches names.
  Where a *rahasia* complainant wrote their own name or contact into the text, views and
  reports show it blanked (`safe_text`); the stored text stays as written.
* **The original text** is written once by `register_complaint`; no function here changes
  it. Staff add notes (`add_note`) beside it.
* **Ditunda** can be resumed (back to the stage it left); *bukan wewenang* and
  *diarsipkan* can only be closed. Closing needs a reply or a side exit.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass

from desk_app.models.catalogue.tables import Service
from desk_app.models.complaints.tables import (
    CATEGORIES,
    CHANNELS,
    KINDS,
    PROTECTION_ANONYMOUS,
    PROTECTION_CONFIDENTIAL,
    PROTECTION_NAMED,
    PROTECTIONS,
    SIDE_EXITS,
    STAGES,
    Complaint,
    ComplaintEvent,
)
from desk_app.models.core import audit, settings
from desk_app.models.core.accounts import User
from desk_app.models.core.base import snapshot, utcnow
from desk_app.models.core.dates import check_day, format_date, local_today, to_local
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import NotFound, UserError, ValidationError
from desk_app.models.core.numbering import take_complaint_number, take_letter_number
from desk_app.models.core.office import Office
from desk_app.models.core.periods import Period, parse_period
from desk_app.models.core.permissions import can, require
from desk_app.models.core.text import check_text
from desk_app.models.core.workdays import add_working_days, is_working_day, working_days_between
from desk_app.models.requests.tables import ServiceRequest

EXTERNAL_CHANNELS = ("SP4N-LAPOR!", "SIMDUMAS")
ACTIVE_STAGES = ("diterima", "verifikasi", "disposisi", "tindak lanjut")  # deadline can lapse
OPEN_STAGES = ACTIVE_STAGES + ("jawaban",) + SIDE_EXITS
STAGE_OPEN = "terbuka"  # search pseudo-stage: everything not yet closed
ALL_STAGES = STAGES + SIDE_EXITS
FILING_WINDOW_DAYS = 30
HIDDEN_LABEL = "Dirahasiakan"
ANONYMOUS_LABEL = "Anonim"
IDENTITY_FIELDS = ("complainant_name", "complainant_contact", "complainant_address")

EVENT_LABELS = {
    "register": "Dicatat",
    "verify": "Diverifikasi",
    "disposition": "Disposisi",
    "follow-up": "Tindak lanjut",
    "reply": "Jawaban",
    "close": "Ditutup",
    "side-exit": "Keluar jalur",
    "resume": "Dilanjutkan",
    "note": "Catatan",
    "reveal": "Identitas ditampilkan",
}


# --- small helpers -------------------------------------------------------------------

def _user(actor) -> User:
    if not isinstance(actor, User):
        raise UserError("Tindakan atas pengaduan harus dilakukan oleh pengguna yang masuk.")
    return actor


def _tz(office: str) -> str:
    row = Office.get_or_none(Office.code == office)
    return row.time_zone if row else None


def _day(office: str, at: dt.datetime | None) -> dt.date:
    """The office-local date of `at` (naive UTC), or today at the office."""
    tz = _tz(office)
    return to_local(at, tz).date() if at else local_today(tz)


def _text(value, label: str, field: str, required: bool = True, limit: int | None = None) -> str:
    text = check_text((value or "").strip(), label, field, limit, long_text=limit is None)
    if required and not text:
        raise ValidationError(f"{label} wajib diisi.", field)
    if limit and len(text) > limit:
        raise ValidationError(f"{label} terlalu panjang (maksimal {limit} karakter).", field)
    return text


def _choice(value, options, label: str, field: str) -> str:
    if value not in options:
        raise ValidationError(f"{label} '{value}' tidak dikenal. Pilihan: {', '.join(options)}.", field)
    return value


def _days(office: str, key: str) -> int:
    return int(settings.get(office, f"complaint_days_{key}"))


def reply_days(complaint: Complaint) -> int:
    return _days(complaint.office, "reply_exam" if complaint.needs_examination else "reply")


def reply_deadline(complaint: Complaint) -> dt.date:
    """The last day for the reply, counted from the day the complaint was received."""
    return add_working_days(complaint.received_date, reply_days(complaint))


def _due_for(stage: str, complaint: Complaint, day: dt.date) -> dt.date | None:
    office = complaint.office
    if stage == "diterima":
        return add_working_days(complaint.received_date, _days(office, "verify"))
    if stage == "verifikasi":
        return add_working_days(day, _days(office, "dispose"))
    if stage == "disposisi":
        return add_working_days(day, _days(office, "follow_up"))
    if stage == "tindak lanjut":
        return reply_deadline(complaint)
    if stage == "jawaban":
        return add_working_days(complaint.reply_date, _days(office, "close"))
    return None


def _audit_snapshot(complaint: Complaint) -> dict:
    """The record for the audit trail: a hidden identity never enters the log."""
    data = snapshot(complaint)
    if complaint.protection != PROTECTION_NAMED:
        data["text"] = safe_text(complaint)
        for key in IDENTITY_FIELDS:
            data[key] = HIDDEN_LABEL if data.get(key) else ""
    return data


def _event(complaint: Complaint, actor: User, kind: str, at: dt.datetime | None, *,
           stage_from: str | None = None, stage_to: str | None = None, text: str = "",
           due: dt.date | None = None, unit: str = "", to_user: User | None = None) -> ComplaintEvent:
    return ComplaintEvent.create(
        office=complaint.office, complaint=complaint, at=at or utcnow(), actor=actor, kind=kind,
        stage_from=stage_from, stage_to=stage_to, text=text, due_date=due, unit=unit, to_user=to_user,
    )


def _load(complaint_id: str) -> Complaint:
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None or complaint.is_void:
        raise NotFound("Pengaduan tidak ditemukan.")
    return complaint


def _expect_stage(complaint: Complaint, allowed: tuple[str, ...], message: str) -> None:
    if complaint.stage not in allowed:
        raise ValidationError(f"{message} (tahap sekarang: {complaint.stage}).", "stage")


def _move(actor: User, complaint: Complaint, stage: str, kind: str, at, day: dt.date, *,
          text: str = "", unit: str = "", to_user: User | None = None,
          before: dict | None = None) -> Complaint:
    """Set the new stage and its deadline, save, write the event and the audit record."""
    before = before if before is not None else _audit_snapshot(complaint)
    old = complaint.stage
    complaint.stage = stage
    complaint.stage_due = _due_for(stage, complaint, day)
    complaint.save()
    _event(complaint, actor, kind, at, stage_from=old, stage_to=stage, text=text,
           due=complaint.stage_due, unit=unit, to_user=to_user)
    audit.record_change(actor, f"complaint.{kind}", complaint, before, _audit_snapshot(complaint))
    return complaint


# --- register ------------------------------------------------------------------------

def find_request(office: str, request_number: str) -> ServiceRequest:
    number = (request_number or "").strip().upper()
    row = ServiceRequest.get_or_none((ServiceRequest.office == office) & (ServiceRequest.number == number))
    if row is None:
        raise ValidationError(
            f"Nomor permohonan {number} tidak ditemukan di kantor ini. Periksa nomor pada tanda terima "
            "atau kosongkan isian ini.", "request_number")
    return row


def request_service_date(req: ServiceRequest) -> dt.date:
    """When the applicant was served: handed over, finished, or registered."""
    tz = _tz(req.office)
    stamp = req.delivered_at or req.finished_at
    return to_local(stamp, tz).date() if stamp else req.reg_date


def filing_warning(received_date: dt.date, service_date: dt.date | None) -> str:
    """The advisory 30-day window (DOMAIN.md §4); empty when within it or unknown."""
    if service_date is None:
        return ""
    late = (received_date - service_date).days
    if late <= FILING_WINDOW_DAYS:
        return ""
    return (f"Pengaduan diterima {late} hari setelah layanan ({format_date(service_date)}), "
            f"melewati {FILING_WINDOW_DAYS} hari. Tetap dicatat; pertimbangkan saat verifikasi.")


def register_complaint(actor, kind: str, channel: str, received_date: dt.date, protection: str,
                       complainant_name: str, contact: str, address: str, category: str,
                       text: str, service_id: str | None = None, request_number: str | None = None,
                       external_ticket: str = "", at: dt.datetime | None = None) -> Complaint:
    """Log a complaint in stage *diterima*; returns it with `.warnings` (advisory texts)."""
    actor = _user(actor)
    require(actor, "complaints.register", "mencatat pengaduan")
    office = actor.office
    kind = _choice(kind, KINDS, "Jenis", "kind")
    channel = _choice(channel, CHANNELS, "Saluran", "channel")
    protection = _choice(protection, PROTECTIONS, "Perlindungan pelapor", "protection")
    category = _choice(category, CATEGORIES, "Kategori", "category")
    text = _text(text, "Isi pengaduan", "text")
    today = _day(office, at)
    if not isinstance(received_date, dt.date):
        raise ValidationError("Tanggal diterima wajib diisi.", "received_date")
    if received_date > today:
        raise ValidationError("Tanggal diterima tidak boleh setelah hari ini.", "received_date")
    check_day(received_date, office, "Tanggal diterima", "received_date", today)
    if received_date < dt.date(today.year - 1, 1, 1):
        raise ValidationError("Tanggal diterima terlalu lama di masa lalu.", "received_date")
    ticket = (external_ticket or "").strip()
    if channel in EXTERNAL_CHANNELS and not ticket:
        raise ValidationError(f"Nomor tiket {channel} wajib diisi.", "external_ticket")
    if channel not in EXTERNAL_CHANNELS and ticket:
        raise ValidationError("Nomor tiket hanya untuk pengaduan dari SP4N-LAPOR! atau SIMDUMAS.",
                              "external_ticket")
    if protection == PROTECTION_ANONYMOUS:
        name = contact = address = ""
    else:
        name = _text(complainant_name, "Nama pelapor", "complainant_name", limit=150)
        contact = _text(contact, "Kontak pelapor", "contact", required=False, limit=150)
        address = _text(address, "Alamat pelapor", "address", required=False)
    service = None
    if service_id:
        service = Service.get_or_none((Service.id == service_id) & (Service.office == office))
        if service is None:
            raise ValidationError("Layanan yang dipilih tidak ada di kantor ini.", "service")
    request = None
    warnings = []
    if (request_number or "").strip():
        request = find_request(office, request_number)
        if service is None:
            service = request.service
        elif request.service_id != service.id:
            raise ValidationError(
                f"Permohonan {request.number} adalah untuk layanan lain ({request.service.name}).",
                "request_number")
        warning = filing_warning(received_date, request_service_date(request))
        if warning:
            warnings.append(warning)
    with write_transaction():
        serial, number = take_complaint_number(office, today)
        complaint = Complaint(
            office=office, number=number, year=today.year, serial=serial, kind=kind, channel=channel,
            external_ticket=ticket, received_date=received_date, protection=protection,
            complainant_name=name, complainant_contact=contact, complainant_address=address,
            category=category, service=service, request=request, text=text, stage="diterima",
            registered_by=actor, registered_at=at or utcnow(),
        )
        complaint.stage_due = _due_for("diterima", complaint, today)
        complaint.save(force_insert=True)
        _event(complaint, actor, "register", at, stage_to="diterima", text="\n".join(warnings),
               due=complaint.stage_due)
        audit.record_change(actor, "complaint.register", complaint, None, _audit_snapshot(complaint))
    complaint.warnings = warnings
    return complaint


# --- stage transitions ---------------------------------------------------------------

def verify(actor, complaint_id: str, category: str | None = None, needs_examination: bool | None = None,
           note: str = "", at: dt.datetime | None = None) -> Complaint:
    """Complete and within authority: *diterima* → *verifikasi*. A matter outside the
    office's authority takes the side exit "bukan wewenang" instead."""
    actor = _user(actor)
    require(actor, "complaints.verify", "memverifikasi pengaduan")
    with write_transaction():
        complaint = _load(complaint_id)
        _expect_stage(complaint, ("diterima",), "Hanya pengaduan yang baru diterima yang dapat diverifikasi")
        before = _audit_snapshot(complaint)
        lines = [note.strip()] if (note or "").strip() else []
        if category and category != complaint.category:
            _choice(category, CATEGORIES, "Kategori", "category")
            lines.append(f"Kategori: {complaint.category} → {category}")
            complaint.category = category
        if needs_examination is not None and bool(needs_examination) != complaint.needs_examination:
            complaint.needs_examination = bool(needs_examination)
            lines.append("Perlu pemeriksaan: jawaban paling lambat "
                         f"{_days(complaint.office, 'reply_exam')} hari kerja" if needs_examination
                         else "Tidak perlu pemeriksaan")
        return _move(actor, complaint, "verifikasi", "verify", at, _day(complaint.office, at),
                     text="\n".join(lines), before=before)


def dispose(actor_head, complaint_id: str, unit: str, to_user_id: str | None, instruction: str,
            needs_examination: bool | None = None, at: dt.datetime | None = None) -> Complaint:
    """The head sends a verified complaint to a unit (and optionally an officer)."""
    actor = _user(actor_head)
    require(actor, "complaints.dispose", "mendisposisikan pengaduan")
    unit = _text(unit, "Unit tujuan", "unit", limit=150)
    instruction = _text(instruction, "Instruksi disposisi", "instruction")
    to_user = None
    if to_user_id:
        to_user = User.get_or_none((User.id == to_user_id) & (User.office == actor.office) & User.active)
        if to_user is None:
            raise ValidationError("Petugas tujuan tidak ditemukan atau tidak aktif.", "to_user")
    with write_transaction():
        complaint = _load(complaint_id)
        _expect_stage(complaint, ("verifikasi", "disposisi"),
                      "Disposisi hanya setelah pengaduan diverifikasi dan sebelum tindak lanjut")
        before = _audit_snapshot(complaint)
        if needs_examination is not None:
            complaint.needs_examination = bool(needs_examination)
        complaint.assigned_unit = unit
        complaint.assigned_to = to_user
        return _move(actor, complaint, "disposisi", "disposition", at, _day(complaint.office, at),
                     text=instruction, unit=unit, to_user=to_user, before=before)


def record_follow_up(actor, complaint_id: str, action: str, at: dt.datetime | None = None) -> Complaint:
    """An action taken on a disposed complaint. The first one moves it to *tindak lanjut*
    (deadline: the reply); later ones add to the timeline."""
    actor = _user(actor)
    require(actor, "complaints.follow_up", "mencatat tindak lanjut")
    action = _text(action, "Uraian tindak lanjut", "action")
    with write_transaction():
        complaint = _load(complaint_id)
        _expect_stage(complaint, ("disposisi", "tindak lanjut"),
                      "Tindak lanjut dicatat setelah disposisi dan sebelum jawaban")
        if complaint.stage == "tindak lanjut":
            _event(complaint, actor, "follow-up", at, text=action, due=complaint.stage_due)
            audit.record(actor, "complaint.follow-up", "Complaint", complaint.id, complaint.office,
                         {"action": action})
            return complaint
        return _move(actor, complaint, "tindak lanjut", "follow-up", at, _day(complaint.office, at),
                     text=action)


def record_reply(actor, complaint_id: str, reply_text: str, reply_date: dt.date,
                 at: dt.datetime | None = None) -> Complaint:
    """The answer to the complainant, with an official letter number (DOMAIN.md §7)."""
    actor = _user(actor)
    require(actor, "complaints.reply", "menjawab pengaduan")
    reply_text = _text(reply_text, "Isi jawaban", "reply_text")
    with write_transaction():
        complaint = _load(complaint_id)
        _expect_stage(complaint, ("disposisi", "tindak lanjut"),
                      "Jawaban hanya dapat dicatat setelah pengaduan didisposisikan")
        if not isinstance(reply_date, dt.date):
            raise ValidationError("Tanggal jawaban wajib diisi.", "reply_date")
        if reply_date < complaint.received_date:
            raise ValidationError("Tanggal jawaban tidak boleh sebelum tanggal pengaduan diterima.",
                                  "reply_date")
        if reply_date > _day(complaint.office, at):
            raise ValidationError("Tanggal jawaban tidak boleh setelah hari ini.", "reply_date")
        before = _audit_snapshot(complaint)
        classification = settings.get(complaint.office, "letter_classification_complaint")
        complaint.reply_number = take_letter_number(complaint.office, reply_date, classification)
        complaint.reply_text = reply_text
        complaint.reply_date = reply_date
        on_time = reply_date <= reply_deadline(complaint)
        note = f"Surat {complaint.reply_number}" + ("" if on_time else " (melewati batas jawaban)")
        return _move(actor, complaint, "jawaban", "reply", at, reply_date, text=note, before=before)


def close(actor, complaint_id: str, outcome: str, at: dt.datetime | None = None) -> Complaint:
    """*selesai*: only after a reply or from a side exit; the outcome is recorded."""
    actor = _user(actor)
    require(actor, "complaints.close", "menutup pengaduan")
    outcome = _text(outcome, "Hasil penyelesaian", "outcome")
    with write_transaction():
        complaint = _load(complaint_id)
        if complaint.stage == "selesai":
            raise ValidationError("Pengaduan ini sudah selesai.", "stage")
        _expect_stage(complaint, ("jawaban",) + SIDE_EXITS,
                      "Pengaduan hanya dapat ditutup setelah ada jawaban atau keluar jalur")
        before = _audit_snapshot(complaint)
        complaint.outcome = outcome
        complaint.closed_at = at or utcnow()
        return _move(actor, complaint, "selesai", "close", at, _day(complaint.office, at),
                     text=outcome, before=before)


def side_exit(actor, complaint_id: str, exit_stage: str, reason: str,
              at: dt.datetime | None = None) -> Complaint:
    """ditunda / bukan wewenang (dirujuk) / diarsipkan, with the reason."""
    actor = _user(actor)
    require(actor, "complaints.side_exit", "memindahkan pengaduan ke luar jalur")
    _choice(exit_stage, SIDE_EXITS, "Keluar jalur", "exit")
    reason = _text(reason, "Alasan", "reason")
    with write_transaction():
        complaint = _load(complaint_id)
        if complaint.stage == "selesai":
            raise ValidationError("Pengaduan yang sudah selesai tidak dapat dipindahkan.", "stage")
        if complaint.stage == exit_stage:
            raise ValidationError(f"Pengaduan ini sudah berstatus {exit_stage}.", "exit")
        return _move(actor, complaint, exit_stage, "side-exit", at, _day(complaint.office, at), text=reason)


def resume(actor, complaint_id: str, reason: str, at: dt.datetime | None = None) -> Complaint:
    """Take a postponed (*ditunda*) complaint back to the stage it left."""
    actor = _user(actor)
    require(actor, "complaints.side_exit", "melanjutkan pengaduan yang ditunda")
    reason = _text(reason, "Alasan", "reason")
    with write_transaction():
        complaint = _load(complaint_id)
        _expect_stage(complaint, ("ditunda",), "Hanya pengaduan yang ditunda yang dapat dilanjutkan")
        last = (ComplaintEvent.select()
                .where((ComplaintEvent.complaint == complaint) & (ComplaintEvent.stage_to == "ditunda"))
                .order_by(ComplaintEvent.at.desc()).first())
        back = last.stage_from if last and last.stage_from in STAGES[:-1] else "diterima"
        return _move(actor, complaint, back, "resume", at, _day(complaint.office, at), text=reason)


def add_note(actor, complaint_id: str, note: str, at: dt.datetime | None = None) -> ComplaintEvent:
    """A staff note beside the original text (which stays as it was)."""
    actor = _user(actor)
    require(actor, "complaints.note", "menambah catatan pengaduan")
    text = _text(note, "Catatan", "note")
    with write_transaction():
        complaint = _load(complaint_id)
        event = _event(complaint, actor, "note", at, text=text)
        audit.record(actor, "complaint.note", "Complaint", complaint.id, complaint.office, {"note": text})
    return event


# --- identity ------------------------------------------------------------------------

def complainant_label(complaint: Complaint) -> str:
    """What any list or document may show about who complained."""
    if complaint.protection == PROTECTION_ANONYMOUS:
        return ANONYMOUS_LABEL
    if complaint.protection == PROTECTION_CONFIDENTIAL:
        return HIDDEN_LABEL
    return complaint.complainant_name


def safe_text(complaint: Complaint) -> str:
    """The complaint text for lists, documents and reports: for a *rahasia* complaint the
    stored name and contact are blanked out where the complainant wrote them into the
    text. (The stored text itself is never changed.)"""
    text = complaint.text or ""
    if complaint.protection != PROTECTION_CONFIDENTIAL:
        return text
    for secret in (complaint.complainant_name, complaint.complainant_contact):
        secret = (secret or "").strip()
        if len(secret) >= 3:
            text = re.sub(re.escape(secret), "[dirahasiakan]", text, flags=re.IGNORECASE)
    return text


@dataclass(frozen=True)
class Identity:
    name: str
    contact: str
    address: str


def reveal_identity(actor, complaint_id: str, reason: str, at: dt.datetime | None = None) -> Identity:
    """The complainant's identity for a permitted user with a stated reason; every call
    writes a "reveal" event in the timeline and in the audit trail (without the identity)."""
    actor = _user(actor)
    require(actor, "complaints.reveal_identity", "melihat identitas pelapor")
    reason = _text(reason, "Alasan membuka identitas", "reason")
    with write_transaction():
        complaint = _load(complaint_id)
        if complaint.protection == PROTECTION_ANONYMOUS:
            raise ValidationError("Pengaduan anonim tidak menyimpan identitas pelapor.", "protection")
        _event(complaint, actor, "reveal", at, text=reason)
        audit.record(actor, "reveal", "Complaint", complaint.id, complaint.office,
                     {"reason": reason, "protection": complaint.protection})
    return Identity(complaint.complainant_name, complaint.complainant_contact,
                    complaint.complainant_address)


# --- deadlines and views -------------------------------------------------------------

class WorkdayCounter:
    """Working days between two dates by a prefix count over one span (lists and reports
    count many spans over the same months); outside the span it asks `workdays`."""

    def __init__(self, start: dt.date, end: dt.date):
        self.start, self.end = start, end
        self.prefix: list[int] = []
        running, day = 0, start
        while day <= end:
            running += is_working_day(day)
            self.prefix.append(running)
            day += dt.timedelta(days=1)

    def between(self, a: dt.date, b: dt.date) -> int:
        if b <= a:
            return 0
        if a < self.start or b > self.end:
            return working_days_between(a, b)
        return self.prefix[(b - self.start).days] - self.prefix[(a - self.start).days]


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
    days = _days(complaint.office, "close")
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


def public_view(complaint: Complaint, today: dt.date | None = None) -> dict:
    """Everything staff may see without revealing: a hidden identity is never included."""
    today = today or local_today(_tz(complaint.office))
    named = complaint.protection == PROTECTION_NAMED
    service = Service.get_or_none(Service.id == complaint.service_id) if complaint.service_id else None
    request = (ServiceRequest.get_or_none(ServiceRequest.id == complaint.request_id)
               if complaint.request_id else None)
    assigned = User.get_or_none(User.id == complaint.assigned_to_id) if complaint.assigned_to_id else None
    return {
        "id": complaint.id, "office": complaint.office, "number": complaint.number,
        "kind": complaint.kind, "channel": complaint.channel,
        "external_ticket": complaint.external_ticket, "received_date": complaint.received_date,
        "protection": complaint.protection, "complainant": complainant_label(complaint),
        "contact": complaint.complainant_contact if named else "",
        "address": complaint.complainant_address if named else "",
        "category": complaint.category, "service": service.name if service else "",
        "request_number": request.number if request else "", "text": safe_text(complaint),
        "stage": complaint.stage, "stage_due": complaint.stage_due,
        "needs_examination": complaint.needs_examination,
        "reply_deadline": reply_deadline(complaint),
        "overdue": is_overdue(complaint, today), "due_soon": is_due_soon(complaint, today),
        "days_overdue": days_overdue(complaint, today), "may_close": may_close(complaint, today),
        "deadline_text": deadline_text(complaint, today), "close_hint": close_hint(complaint, today),
        "assigned_unit": complaint.assigned_unit, "assigned_to": assigned.full_name if assigned else "",
        "reply_text": complaint.reply_text, "reply_date": complaint.reply_date,
        "reply_number": complaint.reply_number, "outcome": complaint.outcome,
        "closed_at": complaint.closed_at,
    }


def get_complaint(complaint_id: str) -> Complaint:
    return _load(complaint_id)


def timeline(complaint_id: str) -> list[dict]:
    """The complaint's events, oldest first: no identity in them (reveals show the reason)."""
    rows = (ComplaintEvent.select(ComplaintEvent, User)
            .join(User, on=(ComplaintEvent.actor == User.id))
            .where(ComplaintEvent.complaint == complaint_id)
            .order_by(ComplaintEvent.at, ComplaintEvent.created_at))
    names = {}
    result = []
    for ev in rows:
        to_name = ""
        if ev.to_user_id:
            if ev.to_user_id not in names:
                user = User.get_or_none(User.id == ev.to_user_id)
                names[ev.to_user_id] = user.full_name if user else ""
            to_name = names[ev.to_user_id]
        result.append({
            "at": ev.at, "actor": ev.actor.full_name, "kind": ev.kind,
            "label": EVENT_LABELS.get(ev.kind, ev.kind), "stage_from": ev.stage_from,
            "stage_to": ev.stage_to, "text": ev.text, "due_date": ev.due_date, "unit": ev.unit,
            "to_user": to_name,
        })
    return result


def allowed_actions(user, complaint: Complaint) -> set[str]:
    """Which actions the detail view should offer this user on this complaint."""
    stage = complaint.stage
    checks = {
        "verify": ("complaints.verify", stage == "diterima"),
        "dispose": ("complaints.dispose", stage in ("verifikasi", "disposisi")),
        "follow_up": ("complaints.follow_up", stage in ("disposisi", "tindak lanjut")),
        "reply": ("complaints.reply", stage in ("disposisi", "tindak lanjut")),
        "close": ("complaints.close", stage in ("jawaban",) + SIDE_EXITS),
        "side_exit": ("complaints.side_exit", stage != "selesai"),
        "resume": ("complaints.side_exit", stage == "ditunda"),
        "note": ("complaints.note", True),
        "reveal": ("complaints.reveal_identity", complaint.protection == PROTECTION_CONFIDENTIAL),
        "print_reply": ("complaints.view", bool(complaint.reply_number)),
    }
    return {name for name, (perm, ok) in checks.items() if ok and can(user, perm)}


# --- search --------------------------------------------------------------------------

@dataclass(frozen=True)
class ComplaintRow:
    id: str
    office: str
    number: str
    received_date: dt.date
    kind: str
    channel: str
    external_ticket: str
    category: str
    complainant: str  # label only: a name for named complaints, never a hidden identity
    stage: str
    stage_due: dt.date | None
    overdue: bool
    due_soon: bool
    days_overdue: int
    assigned_unit: str
    registered_at: dt.datetime

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Page:
    rows: list[ComplaintRow]
    cursor: tuple | None  # pass back as `after` for the next page; None at the end


LIST_FIELDS = (Complaint.id, Complaint.office, Complaint.number, Complaint.received_date,
               Complaint.kind, Complaint.channel, Complaint.external_ticket, Complaint.category,
               Complaint.protection, Complaint.complainant_name, Complaint.stage,
               Complaint.stage_due, Complaint.assigned_unit, Complaint.registered_at)


def _row(c: Complaint, today: dt.date, counter: WorkdayCounter) -> ComplaintRow:
    late = is_overdue(c, today)
    return ComplaintRow(
        id=c.id, office=c.office, number=c.number, received_date=c.received_date, kind=c.kind,
        channel=c.channel, external_ticket=c.external_ticket, category=c.category,
        complainant=complainant_label(c), stage=c.stage, stage_due=c.stage_due,
        overdue=late, due_soon=is_due_soon(c, today),
        days_overdue=counter.between(c.stage_due, today) if late else 0, assigned_unit=c.assigned_unit,
        registered_at=c.registered_at,
    )


def search_complaints(office: str | None = None, *, stage: str | None = None,
                      category: str | None = None, channel: str | None = None,
                      overdue: bool | None = None, period: Period | str | None = None,
                      query: str = "", after: tuple | None = None, limit: int = 100,
                      today: dt.date | None = None) -> Page:
    """Newest received first, one page at a time (keyset: received date, registration
    time, id). `query` matches the tracking number or the external ticket."""
    today = today or local_today(_tz(office) if office else None)
    needle = (query or "").strip()
    query = Complaint.select(*LIST_FIELDS).where(Complaint.voided_at.is_null())
    if office:
        query = query.where(Complaint.office == office)
    if stage == STAGE_OPEN:
        query = query.where(Complaint.stage != "selesai")
    elif stage:
        query = query.where(Complaint.stage == _choice(stage, ALL_STAGES, "Tahap", "stage"))
    if category:
        query = query.where(Complaint.category == category)
    if channel:
        query = query.where(Complaint.channel == channel)
    if overdue is not None:
        late = Complaint.stage.in_(ACTIVE_STAGES) & (Complaint.stage_due < today)
        query = query.where(late if overdue else ~late)
    if period:
        span = parse_period(period) if isinstance(period, str) else period
        query = query.where(Complaint.received_date.between(span.start, span.end))
    if needle:
        pattern = f"%{needle}%"
        query = query.where((Complaint.number ** pattern) | (Complaint.external_ticket ** pattern))
    if after:
        day, stamp, key = after
        query = query.where(
            (Complaint.received_date < day)
            | ((Complaint.received_date == day) & (Complaint.registered_at < stamp))
            | ((Complaint.received_date == day) & (Complaint.registered_at == stamp) & (Complaint.id < key))
        )
    query = query.order_by(Complaint.received_date.desc(), Complaint.registered_at.desc(),
                           Complaint.id.desc()).limit(limit + 1)
    found = list(query)
    late = [c.stage_due for c in found if is_overdue(c, today)]
    counter = WorkdayCounter(min(late), today) if late else None
    rows = [_row(c, today, counter) for c in found[:limit]]
    cursor = None
    if len(found) > limit:
        last = found[limit - 1]
        cursor = (last.received_date, last.registered_at, last.id)
    return Page(rows, cursor)


def list_assignable_users(office: str) -> list[User]:
    return list(User.select().where((User.office == office) & User.active).order_by(User.full_name))
