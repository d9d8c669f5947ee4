"""Keying paper SKM forms in batches: validation, serials, undo, correction, double entry.

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
from desk_app.models.core.office import Counter
from desk_app.models.core.office import next_serial as take_serial
from desk_app.models.core.permissions import require
from desk_app.models.core.text import check_text
from desk_app.models.skm.index import EDUCATION, OCCUPATIONS
from desk_app.models.skm.tables import ELEMENT_CODES, SurveyBatch, SurveyResponse

UNDO_REASON = "dibatalkan saat entri"
PROFILE_FIELDS = ("gender", "age", "education", "occupation")
FORM_FIELDS = tuple(c.lower() for c in ELEMENT_CODES) + PROFILE_FIELDS + ("comment",)
MIN_AGE, MAX_AGE = 10, 110
EDUCATION_CODES = tuple(code for code, _ in EDUCATION)
OCCUPATION_CODES = tuple(code for code, _ in OCCUPATIONS)


# --- validation ------------------------------------------------------------------------

def normalize_serial(text) -> str:
    value = str(text if text is not None else "").strip()
    if isinstance(text, float) and text.is_integer():
        value = str(int(text))
    if not value:
        raise ValidationError("Nomor formulir wajib diisi.", "serial")
    if value.isdigit():
        value = str(int(value))
    value = value.upper()
    if len(value) > 32:
        raise ValidationError("Nomor formulir terlalu panjang (maks. 32 karakter).", "serial")
    return value


def validate_order(order) -> list[str]:
    order = [str(c).strip().upper() for c in (order or [])]
    if sorted(order) != sorted(ELEMENT_CODES):
        raise ValidationError("Urutan pertanyaan harus memuat U1 sampai U9 masing-masing sekali.",
                              "question_order")
    return order


def clean_answer(code: str, value) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(f"Jawaban {code} harus 1–4 atau kosong.", code) from None
    if number != value and str(value).strip() != str(number):
        raise ValidationError(f"Jawaban {code} harus 1–4 atau kosong.", code)
    if not 1 <= number <= 4:
        raise ValidationError(f"Jawaban {code} harus 1–4 atau kosong (bukan {value}).", code)
    return number


def clean_form(answers: dict, gender, age, education, occupation, comment="") -> dict:
    """The form's column values, validated; raises ValidationError naming the field."""
    unknown = [k for k in answers if str(k).upper() not in ELEMENT_CODES]
    if unknown:
        raise ValidationError(f"Kode unsur tidak dikenal: {', '.join(map(str, unknown))}.",
                              "answers")
    upper = {str(k).upper(): v for k, v in answers.items()}
    values = {code.lower(): clean_answer(code, upper.get(code)) for code in ELEMENT_CODES}
    if all(values[code.lower()] is None for code in ELEMENT_CODES):
        raise ValidationError("Formulir tanpa satu pun jawaban U1–U9 tidak dihitung sebagai "
                              "responden (akan menggelembungkan jumlah sampel): isi paling "
                              "sedikit satu jawaban, atau sisihkan formulir itu.", "answers")
    gender = (str(gender).strip().upper() or None) if gender is not None else None
    if gender not in (None, "L", "P"):
        raise ValidationError("Jenis kelamin harus L atau P.", "gender")
    if age is not None and str(age).strip() != "":
        try:
            age = int(age)
        except (TypeError, ValueError):
            raise ValidationError("Umur harus berupa angka tahun.", "age") from None
        if not MIN_AGE <= age <= MAX_AGE:
            raise ValidationError(f"Umur harus {MIN_AGE}–{MAX_AGE} tahun.", "age")
    else:
        age = None
    education = _category(education, EDUCATION, "education", "Pendidikan")
    occupation = _category(occupation, OCCUPATIONS, "occupation", "Pekerjaan")
    values.update(gender=gender, age=age, education=education, occupation=occupation,
                  comment=check_text(str(comment or "").strip(), "Saran", "comment", 2000, True))
    return values


def _category(value, categories, field: str, label: str) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip().replace("–", "-").replace(" ", "")
    for code, shown in categories:
        if text.upper() in (code.upper(), shown.replace("–", "-").upper()):
            return code
    names = ", ".join(shown for _, shown in categories)
    raise ValidationError(f"{label} '{value}' tidak dikenal (pilihan: {names}).", field)


def _year_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)


def serial_taken(office: str, serial: str, day: dt.date, exclude_id: str | None = None):
    """The counted-kind form (entry 1, not voided) using `serial` in `day`'s year."""
    first, last = _year_bounds(day)
    query = SurveyResponse.select().where(
        (SurveyResponse.office == office) & (SurveyResponse.serial == serial)
        & (SurveyResponse.entry == 1) & SurveyResponse.voided_at.is_null()
        & (SurveyResponse.survey_date >= first) & (SurveyResponse.survey_date <= last))
    if exclude_id:
        query = query.where(SurveyResponse.id != exclude_id)
    return query.first()


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


# --- serials for printed questionnaires ---------------------------------------------------

SHEET_COUNTER = "skm_sheet"


def reserve_serials(actor, office: str, count: int, year: int, write=None) -> list[str]:
    """Take `count` consecutive serials for blank questionnaires of `year`: after the last
    printed one and after every numeric serial already keyed that year, so a printed
    number is never a duplicate. Audited; the numbers are not reused by a later print.
    `write(serials)` renders the document inside the same transaction: when it fails,
    no serial is taken."""
    require(actor, "surveys.enter", "mencetak kuesioner bernomor")
    if not 1 <= int(count) <= 1000:
        raise ValidationError("Jumlah lembar harus 1 sampai 1000.", "copies")
    first_day, last_day = dt.date(year, 1, 1), dt.date(year, 12, 31)
    with write_transaction():
        start = take_serial(office, SHEET_COUNTER, year)  # locks the counter row
        used = (SurveyResponse.select(SurveyResponse.serial)
                .where((SurveyResponse.office == office) & (SurveyResponse.entry == 1)
                       & (SurveyResponse.survey_date >= first_day)
                       & (SurveyResponse.survey_date <= last_day)).tuples())
        highest = max((int(s) for (s,) in used.iterator() if s.isdigit()), default=0)
        start = max(start, highest + 1)
        end = start + int(count) - 1
        Counter.update(last=end).where((Counter.office == office)
                                       & (Counter.kind == SHEET_COUNTER)
                                       & (Counter.year == year)).execute()
        audit.record(actor, "reserve", "SkmSheets", f"{year}:{start}-{end}", office,
                     {"year": year, "from": start, "to": end})
        if write is not None:
            write([str(n) for n in range(start, end + 1)])
    return [str(n) for n in range(start, end + 1)]
