"""Human numbers printed on receipts and letters: gapless per office, kind and year.

The serial comes from `office.next_serial` inside the caller's transaction, so a
number is never given twice and a rolled-back registration does not leave a gap.
"""

from __future__ import annotations

import datetime as dt

from desk_app.models.core import settings
from desk_app.models.core.errors import ValidationError
from desk_app.models.core.office import Office, next_serial

KIND_REQUEST = "request"
KIND_COMPLAINT = "complaint"
KIND_LETTER = "letter"
KIND_QUEUE = "queue"  # daily queue number; "year" holds the date as YYYYMMDD


def format_number(template: str, **values) -> str:
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError) as exc:
        raise ValidationError(f"Format nomor '{template}' tidak sah ({exc}).", "template") from None


def take_request_number(office: str, day: dt.date) -> tuple[int, str]:
    serial = next_serial(office, KIND_REQUEST, day.year)
    template = settings.get(office, "request_number_template")
    return serial, format_number(template, office=office, year=day.year, serial=serial)


def take_complaint_number(office: str, day: dt.date) -> tuple[int, str]:
    serial = next_serial(office, KIND_COMPLAINT, day.year)
    template = settings.get(office, "complaint_number_template")
    return serial, format_number(template, office=office, year=day.year, serial=serial)


def take_queue_number(office: str, day: dt.date) -> int:
    return next_serial(office, KIND_QUEUE, int(day.strftime("%Y%m%d")))


def take_letter_number(office: str, day: dt.date, classification: str, grade: str = "B") -> str:
    """`B-123/Kw.18.4/BA.01/01/2026` (DOMAIN.md §7): the serial restarts each January."""
    row = Office.get_by_id(office)
    serial = next_serial(office, KIND_LETTER, day.year)
    template = settings.get(office, "letter_number_template")
    return format_number(template, grade=grade, serial=serial,
                         office_code=row.letter_code or row.code,
                         classification=classification, month=day.month, year=day.year)
