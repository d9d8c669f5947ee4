"""One person's data (models/privacy/person.py) as JSON: UTF-8, times as ISO 8601 in
the office's time zone with its offset, dates as YYYY-MM-DD, keys sorted, the same
data and order every time (a machine-readable copy for the person, UU 27/2022)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from desk_app.models.core.dates import to_local
from desk_app.models.privacy.person import PersonRecord

FORMAT_VERSION = 1


def _value(value, tz: str):
    if isinstance(value, dt.datetime):
        return to_local(value, tz).isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_value(v, tz) for v in value]
    if dataclasses.is_dataclass(value):
        return {f.name: _value(getattr(value, f.name), tz) for f in dataclasses.fields(value)}
    return value


def person_data(person: PersonRecord) -> dict:
    """The export as plain JSON-ready data."""
    tz = person.tz
    requests = [{k: v for k, v in _value(r, tz).items() if k != "id"} for r in person.requests]
    corrections = [{k: v for k, v in _value(c, tz).items() if k != "request_id"}
                   for c in person.corrections]
    return {
        "format": "loket-prima/person", "version": FORMAT_VERSION,
        "nik": person.nik,
        "office": {"code": person.office.code, "name": person.office.name},
        "generated_at": _value(person.gathered_at, tz),
        "counts": person.counts(),
        "requests": requests,
        "applicants": _value(person.applicants, tz),
        "receipts": _value(person.receipts, tz),
        "notes": _value(person.notes, tz),
        "step_notes": _value(person.step_notes, tz),
        "complaints": _value(person.complaints, tz),
        "corrections": corrections,
        "not_included": [
            "formulir survei kepuasan masyarakat (anonim, tidak terkait dengan orang)",
            "identitas pelapor pengaduan rahasia atau anonim",
        ],
    }


def write_person_json(person: PersonRecord, path: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        json.dump(person_data(person), out, ensure_ascii=False, indent=2, sort_keys=True)
        out.write("\n")
