"""Keying paper SKM forms in batches: serials, undo, correction, double entry (a form's
content is checked in forms.py).

Rules (documented here because the GUI, the import and the tests rely on them):
- A batch is one service and a date range inside one calendar month (so that every
  monthly index is exact); each form keyed in it is dated `date_to` unless a date is
  given. A single-entry batch is "counted" from the start; a double-entry batch is
  "open" until `reconcile_batch`/`resolve_mismatch` leave no mismatch, then "counted".
- Serials: digits are stored without leading zeros ("007" → "7"); any other text is
  stored upper-case. A serial may be used once per office and survey year among the
  forms that are not voided (entry 1, keyed or imported). Entry 2 repeats the serials
  of entry 1 inside its batch, once each.
- Age on a form: 10–110 years. Answers: 1–4 or None (skipped).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.models.catalogue.tables import Service
from desk_app.models.core import audit, settings
from desk_app.models.core.base import snapshot, utcnow
from desk_app.models.core.dates import check_day
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import NotFound, ValidationError
from desk_app.models.core.permissions import require
from desk_app.models.skm.forms import (
    FORM_FIELDS,
    clean_form,
    normalize_serial,
    serial_taken,
    validate_order,
)
from desk_app.models.skm.tables import ELEMENT_CODES, SurveyBatch, SurveyResponse

UNDO_REASON = "dibatalkan saat entri"


# --- batches ---------------------------------------------------------------------------

def get_batch(batch_id: str) -> SurveyBatch:
    batch = SurveyBatch.get_or_none(SurveyBatch.id == batch_id)
    if batch is None:
        raise NotFound("Batch survei tidak ditemukan.")
    return batch


def create_batch(actor, office: str, service_id: str, date_from: dt.date,
                 date_to: dt.date | None = None, question_order=None, double_entry: bool = False,
                 note: str = "", at: dt.datetime | None = None) -> SurveyBatch:
    require(actor, "surveys.enter", "mengentri survei")
    if actor is None:
        raise ValidationError("Batch formulir harus dibuat oleh petugas yang masuk.", "actor")
    date_to = date_to or date_from
    today = at.date() if at else None  # `at`: a batch keyed for another day (tests, demo)
    check_day(date_from, office, "Tanggal awal batch", "date_from", today)
    check_day(date_to, office, "Tanggal akhir batch", "date_to", today)
    if date_to < date_from:
        raise ValidationError("Tanggal akhir tidak boleh sebelum tanggal awal.", "date_to")
    if (date_from.year, date_from.month) != (date_to.year, date_to.month):
        raise ValidationError("Rentang tanggal satu batch harus dalam satu bulan "
                              "(agar indeks per bulan tepat).", "date_to")
    service = Service.get_or_none((Service.id == service_id) & (Service.office == office))
    if service is None:
        raise ValidationError("Layanan wajib dipilih.", "service")
    order = validate_order(question_order or settings.get(office, "survey_question_order"))
    with write_transaction():
        batch = SurveyBatch.create(
            office=office, service=service, date_from=date_from, date_to=date_to,
            question_order=order, entered_by=actor, double_entry=bool(double_entry),
            status="open" if double_entry else "counted", note=str(note or "").strip(),
            created_at=at or utcnow(), updated_at=at or utcnow())
        audit.record_change(actor, "create", batch, None, snapshot(batch))
    return batch


def _set_status(actor, batch: SurveyBatch, status: str) -> None:
    if batch.status != status:
        before = snapshot(batch)
        batch.status = status
        batch.save()
        audit.record_change(actor, "status", batch, before, snapshot(batch))


# --- forms -----------------------------------------------------------------------------

def save_form(actor, batch_id: str, serial, answers: dict, gender=None, age=None,
              education=None, occupation=None, comment: str = "", at: dt.datetime | None = None,
              entry: int = 1, survey_date: dt.date | None = None) -> SurveyResponse:
    """Save one keyed form (entry 1, or entry 2 of a double-entry batch)."""
    require(actor, "surveys.enter", "mengentri survei")
    batch = get_batch(batch_id)
    if batch.is_void:
        raise ValidationError("Batch ini sudah dibatalkan.", "batch")
    if entry not in (1, 2) or (entry == 2 and not batch.double_entry):
        raise ValidationError("Entri kedua hanya untuk batch entri ganda.", "entry")
    serial = normalize_serial(serial)
    values = clean_form(answers, gender, age, education, occupation, comment)
    day = survey_date or batch.date_to
    if not batch.date_from <= day <= batch.date_to:
        raise ValidationError("Tanggal survei di luar rentang tanggal batch.", "survey_date")
    with write_transaction():
        _refuse_duplicate(batch, serial, day, entry)
        response = SurveyResponse.create(
            office=batch.office, batch=batch, entry=entry, serial=serial, survey_date=day,
            service=batch.service_id, entered_by=actor, entered_at=at or utcnow(),
            created_at=at or utcnow(), updated_at=at or utcnow(), source="keyed", **values)
        audit.record_change(actor, "create", response, None, snapshot(response))
        if batch.double_entry and batch.status == "counted":
            _set_status(actor, batch, "open")
    return response


def _refuse_duplicate(batch: SurveyBatch, serial: str, day: dt.date, entry: int,
                      exclude_id: str | None = None) -> None:
    if entry == 2:
        twin = SurveyResponse.select().where(
            (SurveyResponse.batch == batch) & (SurveyResponse.entry == 2)
            & (SurveyResponse.serial == serial) & SurveyResponse.voided_at.is_null())
        if exclude_id:
            twin = twin.where(SurveyResponse.id != exclude_id)
        if twin.exists():
            raise ValidationError(f"Formulir no. {serial} sudah diketik pada entri kedua.",
                                  "serial")
        return
    other = serial_taken(batch.office, serial, day, exclude_id)
    if other is not None:
        raise ValidationError(
            f"Nomor formulir {serial} sudah dipakai pada tahun {day.year} "
            f"(tanggal {other.survey_date:%d-%m-%Y}).", "serial")


def _forms(batch_id: str, entry: int):
    return SurveyResponse.select().where(
        (SurveyResponse.batch == batch_id) & (SurveyResponse.entry == entry)
        & SurveyResponse.voided_at.is_null())


def list_forms(batch_id: str, entry: int = 1) -> list[SurveyResponse]:
    return list(_forms(batch_id, entry).order_by(SurveyResponse.entered_at,
                                                  SurveyResponse.created_at))


def next_serial(batch_id: str, entry: int = 1) -> str:
    """The serial to propose: entry 2 follows entry 1's keyed order; entry 1 continues
    from the last form keyed in this batch, else in the office (last numeric + 1)."""
    batch = get_batch(batch_id)
    if entry == 2:
        done = {r.serial for r in _forms(batch_id, 2)}
        for form in list_forms(batch_id, 1):
            if form.serial not in done:
                return form.serial
        return ""
    last = (_forms(batch_id, 1).order_by(SurveyResponse.entered_at.desc(),
                                         SurveyResponse.created_at.desc()).first())
    candidates = [last] if last else list(
        SurveyResponse.select().where((SurveyResponse.office == batch.office)
                                      & (SurveyResponse.entry == 1)
                                      & SurveyResponse.voided_at.is_null())
        .order_by(SurveyResponse.entered_at.desc()).limit(20))
    for form in candidates:
        if form.serial.isdigit():
            proposal = str(int(form.serial) + 1)
            while serial_taken(batch.office, proposal, batch.date_to):
                proposal = str(int(proposal) + 1)
            return proposal
    return "1"


def undo_last(actor, batch_id: str, entry: int = 1) -> SurveyResponse | None:
    """Void the last form this actor keyed in the batch (None when there is none)."""
    require(actor, "surveys.enter", "mengentri survei")
    query = _forms(batch_id, entry)
    if actor is not None:
        query = query.where(SurveyResponse.entered_by == actor)
    last = query.order_by(SurveyResponse.entered_at.desc(), SurveyResponse.created_at.desc()).first()
    if last is None:
        return None
    with write_transaction():
        _void(actor, last, UNDO_REASON)
        _reopen_if_mismatched(actor, last.batch_id)
    return last


def _twin(response: SurveyResponse, serial: str | None = None) -> SurveyResponse | None:
    """The other keying of the same paper form in a double-entry batch."""
    if not response.batch_id:
        return None
    return _forms(response.batch_id, 3 - response.entry).where(
        SurveyResponse.serial == (serial or response.serial)).first()


def _reopen_if_mismatched(actor, batch_id: str | None) -> None:
    """A counted double-entry batch whose keyings no longer agree stops counting."""
    if not batch_id:
        return
    batch = get_batch(batch_id)
    if batch.double_entry and batch.status == "counted" and compare_double_entry(batch_id):
        _set_status(actor, batch, "open")


def _void(actor, response: SurveyResponse, reason: str) -> None:
    before = snapshot(response)
    response.voided_at = utcnow()
    response.voided_by = audit.actor_name(actor)
    response.void_reason = reason
    response.save()
    audit.record_change(actor, "void", response, before, snapshot(response))


def void_form(actor, response_id: str, reason: str) -> SurveyResponse:
    require(actor, "surveys.correct", "membatalkan formulir survei")
    if not str(reason or "").strip():
        raise ValidationError("Alasan pembatalan wajib diisi.", "reason")
    response = _get_form(response_id)
    with write_transaction():
        _void(actor, response, str(reason).strip())
        twin = _twin(response)
        if twin is not None:  # the paper form is void: both keyings go
            _void(actor, twin, str(reason).strip())
    return response


def _get_form(response_id: str) -> SurveyResponse:
    response = SurveyResponse.get_or_none(SurveyResponse.id == response_id)
    if response is None or response.is_void:
        raise NotFound("Formulir survei tidak ditemukan atau sudah dibatalkan.")
    return response


def form_values(response: SurveyResponse) -> dict:
    return {name: getattr(response, name) for name in FORM_FIELDS}


def correct_form(actor, response_id: str, serial=None, answers: dict | None = None,
                 gender=None, age=None, education=None, occupation=None, comment=None,
                 survey_date: dt.date | None = None) -> SurveyResponse:
    """Change a saved form; every argument given replaces the stored value (answers as
    a full dict code → value). The audit keeps the values before and after. In a
    double-entry batch the other keying of the same form is corrected alike."""
    require(actor, "surveys.correct", "mengoreksi formulir survei")
    response = _get_form(response_id)
    current = form_values(response)
    merged_answers = {c: current[c.lower()] for c in ELEMENT_CODES}
    merged_answers.update({str(k).upper(): v for k, v in (answers or {}).items()})
    values = clean_form(
        merged_answers,
        current["gender"] if gender is None else gender,
        current["age"] if age is None else age,
        current["education"] if education is None else education,
        current["occupation"] if occupation is None else occupation,
        current["comment"] if comment is None else comment)
    new_serial = normalize_serial(serial) if serial is not None else response.serial
    day = survey_date or response.survey_date
    with write_transaction():
        if response.batch_id:
            batch = get_batch(response.batch_id)
            if not batch.date_from <= day <= batch.date_to:
                raise ValidationError("Tanggal survei di luar rentang tanggal batch.", "survey_date")
            _refuse_duplicate(batch, new_serial, day, response.entry, exclude_id=response.id)
        elif serial_taken(response.office, new_serial, day, exclude_id=response.id):
            raise ValidationError(f"Nomor formulir {new_serial} sudah dipakai pada tahun "
                                  f"{day.year}.", "serial")
        twin = _twin(response)
        for form in (response, twin):
            if form is None:
                continue
            before = snapshot(form)
            for name, value in values.items():
                setattr(form, name, value)
            form.serial = new_serial
            form.survey_date = day
            form.save()
            audit.record_change(actor, "correct", form, before, snapshot(form))
    return response


# --- double entry ----------------------------------------------------------------------

@dataclass(frozen=True)
class Mismatch:
    serial: str
    first: dict | None  # entry 1 values (None: missing in entry 1)
    second: dict | None
    fields: tuple[str, ...]  # names that differ (all of them when one side is missing)
    first_id: str | None
    second_id: str | None


def compare_double_entry(batch_id: str) -> list[Mismatch]:
    """Forms whose two keyings differ, or that were keyed only once, in serial order."""
    first = {r.serial: r for r in list_forms(batch_id, 1)}
    second = {r.serial: r for r in list_forms(batch_id, 2)}
    result = []
    for serial in sorted(set(first) | set(second), key=lambda s: (len(s), s)):
        a, b = first.get(serial), second.get(serial)
        va = form_values(a) if a else None
        vb = form_values(b) if b else None
        if va is not None and vb is not None:
            differ = tuple(f for f in FORM_FIELDS if va[f] != vb[f])
            if not differ:
                continue
        else:
            differ = FORM_FIELDS
        result.append(Mismatch(serial, va, vb, differ, a.id if a else None, b.id if b else None))
    return result


def reconcile_batch(actor, batch_id: str) -> list[Mismatch]:
    """Count a double-entry batch when both keyings agree; returns what still differs."""
    require(actor, "surveys.enter", "mengentri survei")
    batch = get_batch(batch_id)
    if not batch.double_entry:
        return []
    if not _forms(batch_id, 2).exists():
        raise ValidationError("Entri kedua batch ini belum dilakukan.", "entry")
    mismatches = compare_double_entry(batch_id)
    if not mismatches:
        with write_transaction():
            _set_status(actor, get_batch(batch_id), "counted")
    return mismatches


def resolve_mismatch(actor, batch_id: str, serial, values: dict | None) -> list[Mismatch]:
    """Settle one mismatching serial from the paper form: `values` (keys u1..u9, gender,
    age, education, occupation, comment) become both keyings; None means the form does
    not exist, so both keyings are voided. Counts the batch when nothing is left."""
    require(actor, "surveys.enter", "mengentri survei")
    batch = get_batch(batch_id)
    serial = normalize_serial(serial)
    forms = {r.entry: r for r in _forms(batch_id, 1).where(SurveyResponse.serial == serial)}
    forms.update({r.entry: r for r in _forms(batch_id, 2).where(SurveyResponse.serial == serial)})
    if not forms:
        raise NotFound(f"Formulir no. {serial} tidak ada di batch ini.")
    clean = None
    if values is not None:
        answers = {c: values.get(c.lower(), values.get(c)) for c in ELEMENT_CODES}
        clean = clean_form(answers, values.get("gender"), values.get("age"),
                           values.get("education"), values.get("occupation"),
                           values.get("comment", ""))
    with write_transaction():
        for entry in (1, 2):
            form = forms.get(entry)
            if clean is None:
                if form is not None:
                    _void(actor, form, "tidak ada pada kertas (entri ganda)")
                continue
            if form is None:
                day = forms[3 - entry].survey_date
                if entry == 1:
                    _refuse_duplicate(batch, serial, day, 1)
                form = SurveyResponse.create(
                    office=batch.office, batch=batch, entry=entry, serial=serial,
                    survey_date=day, service=batch.service_id, entered_by=actor,
                    source="keyed", **clean)
                audit.record_change(actor, "resolve", form, None, snapshot(form))
            elif form_values(form) != clean:
                before = snapshot(form)
                for name, value in clean.items():
                    setattr(form, name, value)
                form.save()
                audit.record_change(actor, "resolve", form, before, snapshot(form))
        remaining = compare_double_entry(batch_id)
        if not remaining and _forms(batch_id, 2).exists():
            _set_status(actor, get_batch(batch_id), "counted")
    return remaining


# --- tally -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Tally:
    forms: int
    answers: int
    skipped: int
    mean: float | None  # mean of the answers given (1–4), for a glance only
    last_serial: str | None


def batch_tally(batch_id: str, entry: int = 1) -> Tally:
    forms = list_forms(batch_id, entry)
    given = [v for f in forms for c in ELEMENT_CODES if (v := getattr(f, c.lower())) is not None]
    return Tally(
        forms=len(forms), answers=len(given), skipped=len(forms) * 9 - len(given),
        mean=(sum(given) / len(given)) if given else None,
        last_serial=forms[-1].serial if forms else None)


def list_batches(office: str, limit: int = 50) -> list[SurveyBatch]:
    return list(SurveyBatch.select().where((SurveyBatch.office == office)
                                           & SurveyBatch.voided_at.is_null())
                .order_by(SurveyBatch.created_at.desc()).limit(limit))
