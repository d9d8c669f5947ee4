"""Complaints (DOMAIN.md §4): register, verify, dispose, follow up, reply, close — and
keep the complainant safe. This module moves a complaint through its stages; beside it:
deadlines.py (when each stage is due), identity.py (protection and reveal), views.py (the
view, timeline and offered actions), search.py (the paged list), records.py (helpers).

Decisions written down here because no regulation text fixes them:

* **Stage deadlines** (`stage_due`, computed in deadlines.py, working days, office options): *diterima* counts the
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
* **Identity**: *anonim* stores no name, contact or address; *rahasia* stores them sealed
  with the office key (sealing.py: the plain columns empty, the text stored with the
  name and contact blanked where the complainant wrote them), so every list, view, audit
  diff, document, backup and copy shows "Dirahasiakan"; a permitted user opens the
  identity and the original words with `identity.reveal_identity` and a reason (audited
  each time). Search never matches names.
* **The original text** is written once by `register_complaint` (a *rahasia* one sealed,
  its redacted form in `text`); no function of the complaint modules changes it. Staff
  add notes (`add_note`) beside it.
* **Ditunda** can be resumed (back to the stage it left); *bukan wewenang* and
  *diarsipkan* can only be closed. Closing needs a reply or a side exit.
"""

from __future__ import annotations

import datetime as dt

from desk_app.models.catalogue.tables import Service
from desk_app.models.complaints import sealing
from desk_app.models.complaints.deadlines import reply_deadline, stage_days, stage_due_date
from desk_app.models.complaints.identity import audit_snapshot
from desk_app.models.complaints.records import (
    acting_user,
    add_event,
    choose,
    clean_text,
    expect_stage,
    load_complaint,
    office_day,
)
from desk_app.models.complaints.tables import (
    CATEGORIES,
    CHANNELS,
    KINDS,
    PROTECTION_ANONYMOUS,
    PROTECTION_CONFIDENTIAL,
    PROTECTIONS,
    SIDE_EXITS,
    STAGES,
    Complaint,
    ComplaintEvent,
)
from desk_app.models.core import audit, settings
from desk_app.models.core.accounts import User
from desk_app.models.core.base import utcnow
from desk_app.models.core.dates import check_day, format_date, office_zone, to_local
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import ValidationError
from desk_app.models.core.numbering import take_complaint_number, take_letter_number
from desk_app.models.core.permissions import require
from desk_app.models.requests.tables import ServiceRequest

EXTERNAL_CHANNELS = ("SP4N-LAPOR!", "SIMDUMAS")
FILING_WINDOW_DAYS = 30


def _move(actor: User, complaint: Complaint, stage: str, kind: str, at, day: dt.date, *,
          text: str = "", unit: str = "", to_user: User | None = None,
          before: dict | None = None) -> Complaint:
    """Set the new stage and its deadline, save, write the event and the audit record."""
    before = before if before is not None else audit_snapshot(complaint)
    old = complaint.stage
    complaint.stage = stage
    complaint.stage_due = stage_due_date(stage, complaint, day)
    complaint.save()
    add_event(complaint, actor, kind, at, stage_from=old, stage_to=stage, text=text,
           due=complaint.stage_due, unit=unit, to_user=to_user)
    audit.record_change(actor, f"complaint.{kind}", complaint, before, audit_snapshot(complaint))
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
    tz = office_zone(req.office)
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
    actor = acting_user(actor)
    require(actor, "complaints.register", "mencatat pengaduan")
    office = actor.office
    kind = choose(kind, KINDS, "Jenis", "kind")
    channel = choose(channel, CHANNELS, "Saluran", "channel")
    protection = choose(protection, PROTECTIONS, "Perlindungan pelapor", "protection")
    category = choose(category, CATEGORIES, "Kategori", "category")
    text = clean_text(text, "Isi pengaduan", "text")
    today = office_day(office, at)
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
        name = clean_text(complainant_name, "Nama pelapor", "complainant_name", limit=150)
        contact = clean_text(contact, "Kontak pelapor", "contact", required=False, limit=150)
        address = clean_text(address, "Alamat pelapor", "address", required=False)
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
        if protection == PROTECTION_CONFIDENTIAL:
            sealing.seal_complaint(complaint, name, contact, address, text,
                                   sealing.recipient_for(office, office))
        complaint.stage_due = stage_due_date("diterima", complaint, today)
        complaint.save(force_insert=True)
        add_event(complaint, actor, "register", at, stage_to="diterima", text="\n".join(warnings),
               due=complaint.stage_due)
        audit.record_change(actor, "complaint.register", complaint, None, audit_snapshot(complaint))
    complaint.warnings = warnings
    return complaint


# --- stage transitions ---------------------------------------------------------------

def verify(actor, complaint_id: str, category: str | None = None, needs_examination: bool | None = None,
           note: str = "", at: dt.datetime | None = None) -> Complaint:
    """Complete and within authority: *diterima* → *verifikasi*. A matter outside the
    office's authority takes the side exit "bukan wewenang" instead."""
    actor = acting_user(actor)
    require(actor, "complaints.verify", "memverifikasi pengaduan")
    with write_transaction():
        complaint = load_complaint(complaint_id)
        expect_stage(complaint, ("diterima",), "Hanya pengaduan yang baru diterima yang dapat diverifikasi")
        before = audit_snapshot(complaint)
        lines = [note.strip()] if (note or "").strip() else []
        if category and category != complaint.category:
            choose(category, CATEGORIES, "Kategori", "category")
            lines.append(f"Kategori: {complaint.category} → {category}")
            complaint.category = category
        if needs_examination is not None and bool(needs_examination) != complaint.needs_examination:
            complaint.needs_examination = bool(needs_examination)
            lines.append("Perlu pemeriksaan: jawaban paling lambat "
                         f"{stage_days(complaint.office, 'reply_exam')} hari kerja" if needs_examination
                         else "Tidak perlu pemeriksaan")
        return _move(actor, complaint, "verifikasi", "verify", at, office_day(complaint.office, at),
                     text="\n".join(lines), before=before)


def dispose(actor_head, complaint_id: str, unit: str, to_user_id: str | None, instruction: str,
            needs_examination: bool | None = None, at: dt.datetime | None = None) -> Complaint:
    """The head sends a verified complaint to a unit (and optionally an officer)."""
    actor = acting_user(actor_head)
    require(actor, "complaints.dispose", "mendisposisikan pengaduan")
    unit = clean_text(unit, "Unit tujuan", "unit", limit=150)
    instruction = clean_text(instruction, "Instruksi disposisi", "instruction")
    to_user = None
    if to_user_id:
        to_user = User.get_or_none((User.id == to_user_id) & (User.office == actor.office) & User.active)
        if to_user is None:
            raise ValidationError("Petugas tujuan tidak ditemukan atau tidak aktif.", "to_user")
    with write_transaction():
        complaint = load_complaint(complaint_id)
        expect_stage(complaint, ("verifikasi", "disposisi"),
                      "Disposisi hanya setelah pengaduan diverifikasi dan sebelum tindak lanjut")
        before = audit_snapshot(complaint)
        if needs_examination is not None:
            complaint.needs_examination = bool(needs_examination)
        complaint.assigned_unit = unit
        complaint.assigned_to = to_user
        return _move(actor, complaint, "disposisi", "disposition", at, office_day(complaint.office, at),
                     text=instruction, unit=unit, to_user=to_user, before=before)


def record_follow_up(actor, complaint_id: str, action: str, at: dt.datetime | None = None) -> Complaint:
    """An action taken on a disposed complaint. The first one moves it to *tindak lanjut*
    (deadline: the reply); later ones add to the timeline."""
    actor = acting_user(actor)
    require(actor, "complaints.follow_up", "mencatat tindak lanjut")
    action = clean_text(action, "Uraian tindak lanjut", "action")
    with write_transaction():
        complaint = load_complaint(complaint_id)
        expect_stage(complaint, ("disposisi", "tindak lanjut"),
                      "Tindak lanjut dicatat setelah disposisi dan sebelum jawaban")
        if complaint.stage == "tindak lanjut":
            add_event(complaint, actor, "follow-up", at, text=action, due=complaint.stage_due)
            audit.record(actor, "complaint.follow-up", "Complaint", complaint.id, complaint.office,
                         {"action": action})
            return complaint
        return _move(actor, complaint, "tindak lanjut", "follow-up", at, office_day(complaint.office, at),
                     text=action)


def record_reply(actor, complaint_id: str, reply_text: str, reply_date: dt.date,
                 at: dt.datetime | None = None) -> Complaint:
    """The answer to the complainant, with an official letter number (DOMAIN.md §7)."""
    actor = acting_user(actor)
    require(actor, "complaints.reply", "menjawab pengaduan")
    reply_text = clean_text(reply_text, "Isi jawaban", "reply_text")
    with write_transaction():
        complaint = load_complaint(complaint_id)
        expect_stage(complaint, ("disposisi", "tindak lanjut"),
                      "Jawaban hanya dapat dicatat setelah pengaduan didisposisikan")
        if not isinstance(reply_date, dt.date):
            raise ValidationError("Tanggal jawaban wajib diisi.", "reply_date")
        if reply_date < complaint.received_date:
            raise ValidationError("Tanggal jawaban tidak boleh sebelum tanggal pengaduan diterima.",
                                  "reply_date")
        if reply_date > office_day(complaint.office, at):
            raise ValidationError("Tanggal jawaban tidak boleh setelah hari ini.", "reply_date")
        _refuse_backdated_letter(complaint.office, reply_date)
        before = audit_snapshot(complaint)
        classification = settings.get(complaint.office, "letter_classification_complaint")
        complaint.reply_number = take_letter_number(complaint.office, reply_date, classification)
        complaint.reply_text = reply_text
        complaint.reply_date = reply_date
        on_time = reply_date <= reply_deadline(complaint)
        note = f"Surat {complaint.reply_number}" + ("" if on_time else " (melewati batas jawaban)")
        return _move(actor, complaint, "jawaban", "reply", at, reply_date, text=note, before=before)


def _refuse_backdated_letter(office: str, reply_date: dt.date) -> None:
    """Letter numbers follow the letter dates (the register rule of DOMAIN.md §7): the
    serial runs per year in the order letters are numbered, so a letter dated before the
    last numbered letter of its year is refused rather than given a later number than a
    letter it predates. Call inside the write transaction that takes the number."""
    year_start = dt.date(reply_date.year, 1, 1)
    latest = (Complaint.select(Complaint.reply_date, Complaint.reply_number)
              .where((Complaint.office == office) & (Complaint.reply_number != "")
                     & (Complaint.reply_date >= year_start) & (Complaint.reply_date > reply_date))
              .order_by(Complaint.reply_date.desc()).first())
    if latest is not None:
        raise ValidationError(
            f"Tanggal surat jawaban {reply_date:%d-%m-%Y} lebih awal dari surat bernomor terakhir "
            f"({latest.reply_number}, {latest.reply_date:%d-%m-%Y}). Nomor surat mengikuti urutan "
            "tanggal: catat jawaban dengan tanggal hari ini atau sesudah surat terakhir.",
            "reply_date")


def close(actor, complaint_id: str, outcome: str, at: dt.datetime | None = None) -> Complaint:
    """*selesai*: only after a reply or from a side exit; the outcome is recorded."""
    actor = acting_user(actor)
    require(actor, "complaints.close", "menutup pengaduan")
    outcome = clean_text(outcome, "Hasil penyelesaian", "outcome")
    with write_transaction():
        complaint = load_complaint(complaint_id)
        if complaint.stage == "selesai":
            raise ValidationError("Pengaduan ini sudah selesai.", "stage")
        expect_stage(complaint, ("jawaban",) + SIDE_EXITS,
                      "Pengaduan hanya dapat ditutup setelah ada jawaban atau keluar jalur")
        before = audit_snapshot(complaint)
        complaint.outcome = outcome
        complaint.closed_at = at or utcnow()
        return _move(actor, complaint, "selesai", "close", at, office_day(complaint.office, at),
                     text=outcome, before=before)


def side_exit(actor, complaint_id: str, exit_stage: str, reason: str,
              at: dt.datetime | None = None) -> Complaint:
    """ditunda / bukan wewenang (dirujuk) / diarsipkan, with the reason."""
    actor = acting_user(actor)
    require(actor, "complaints.side_exit", "memindahkan pengaduan ke luar jalur")
    choose(exit_stage, SIDE_EXITS, "Keluar jalur", "exit")
    reason = clean_text(reason, "Alasan", "reason")
    with write_transaction():
        complaint = load_complaint(complaint_id)
        if complaint.stage == "selesai":
            raise ValidationError("Pengaduan yang sudah selesai tidak dapat dipindahkan.", "stage")
        if complaint.stage == exit_stage:
            raise ValidationError(f"Pengaduan ini sudah berstatus {exit_stage}.", "exit")
        return _move(actor, complaint, exit_stage, "side-exit", at, office_day(complaint.office, at), text=reason)


def resume(actor, complaint_id: str, reason: str, at: dt.datetime | None = None) -> Complaint:
    """Take a postponed (*ditunda*) complaint back to the stage it left."""
    actor = acting_user(actor)
    require(actor, "complaints.side_exit", "melanjutkan pengaduan yang ditunda")
    reason = clean_text(reason, "Alasan", "reason")
    with write_transaction():
        complaint = load_complaint(complaint_id)
        expect_stage(complaint, ("ditunda",), "Hanya pengaduan yang ditunda yang dapat dilanjutkan")
        last = (ComplaintEvent.select()
                .where((ComplaintEvent.complaint == complaint) & (ComplaintEvent.stage_to == "ditunda"))
                .order_by(ComplaintEvent.at.desc()).first())
        back = last.stage_from if last and last.stage_from in STAGES[:-1] else "diterima"
        return _move(actor, complaint, back, "resume", at, office_day(complaint.office, at), text=reason)


def add_note(actor, complaint_id: str, note: str, at: dt.datetime | None = None) -> ComplaintEvent:
    """A staff note beside the original text (which stays as it was)."""
    actor = acting_user(actor)
    require(actor, "complaints.note", "menambah catatan pengaduan")
    text = clean_text(note, "Catatan", "note")
    with write_transaction():
        complaint = load_complaint(complaint_id)
        event = add_event(complaint, actor, "note", at, text=text)
        audit.record(actor, "complaint.note", "Complaint", complaint.id, complaint.office, {"note": text})
    return event
