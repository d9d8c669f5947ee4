"""What a keyed or imported paper SKM form may hold, checked: serials (digits stored
without leading zeros, other text upper-case, once per office and survey year among the
forms not voided), answers 1–4 or skipped, the respondent's age (10–110) and profile;
and the serials reserved for printed questionnaires. Keying forms in batches is in
entry.py, importing a workbook in importer.py."""


from __future__ import annotations

import datetime as dt

from desk_app.models.core import audit
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import ValidationError
from desk_app.models.core.office import Counter
from desk_app.models.core.office import next_serial as take_serial
from desk_app.models.core.permissions import require
from desk_app.models.core.text import check_text
from desk_app.models.skm.index import EDUCATION, OCCUPATIONS
from desk_app.models.skm.tables import ELEMENT_CODES, SurveyResponse

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
    education = category_code(education, EDUCATION, "education", "Pendidikan")
    occupation = category_code(occupation, OCCUPATIONS, "occupation", "Pekerjaan")
    values.update(gender=gender, age=age, education=education, occupation=occupation,
                  comment=check_text(str(comment or "").strip(), "Saran", "comment", 2000, True))
    return values


def category_code(value, categories, field: str, label: str) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip().replace("–", "-").replace(" ", "")
    for code, shown in categories:
        if text.upper() in (code.upper(), shown.replace("–", "-").upper()):
            return code
    names = ", ".join(shown for _, shown in categories)
    raise ValidationError(f"{label} '{value}' tidak dikenal (pilihan: {names}).", field)


def year_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)


def serial_taken(office: str, serial: str, day: dt.date, exclude_id: str | None = None):
    """The counted-kind form (entry 1, not voided) using `serial` in `day`'s year."""
    first, last = year_bounds(day)
    query = SurveyResponse.select().where(
        (SurveyResponse.office == office) & (SurveyResponse.serial == serial)
        & (SurveyResponse.entry == 1) & SurveyResponse.voided_at.is_null()
        & (SurveyResponse.survey_date >= first) & (SurveyResponse.survey_date <= last))
    if exclude_id:
        query = query.where(SurveyResponse.id != exclude_id)
    return query.first()


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
