"""Shared helpers for the complaint tests: a complaint logged at a fixed time."""

from __future__ import annotations

import datetime as dt

from desk_app.models.complaints import flow as cf

# 10:00 WITA on Wednesday 23 December 2026 (naive UTC).
AT = dt.datetime(2026, 12, 23, 2, 0)
SECRET_NAME = "Zulkarnain Rahasiawan"
SECRET_CONTACT = "081234509876"


def utc(day: dt.date, hour: int = 2) -> dt.datetime:
    """A naive-UTC moment on `day` (10:00 WITA with the default hour)."""
    return dt.datetime(day.year, day.month, day.day, hour, 0)


def log(actor, received=dt.date(2026, 12, 23), at=AT, **kw):
    values = dict(kind="pengaduan", channel="datang langsung", received_date=received,
                  protection="bernama", complainant_name="Baiq Nurhayati", contact="081998877665",
                  address="Ampenan", category="pelayanan", text="Antrean terlalu lama, petugas tidak ada.")
    values.update(kw)
    return cf.register_complaint(actor, at=at, **values)


def replied(counter, head, received=dt.date(2026, 12, 1), reply_date=dt.date(2026, 12, 10), **kw):
    """A complaint taken through verification, disposition and follow-up to a reply."""
    c = log(counter, received=received, at=utc(received), **kw)
    cf.verify(counter, c.id, at=utc(received))
    cf.dispose(head, c.id, "Seksi Kepenghuluan", None, "Periksa dan jawab", at=utc(received))
    cf.record_follow_up(counter, c.id, "Petugas dipanggil", at=utc(received))
    return cf.record_reply(head, c.id, "Sudah kami perbaiki.", reply_date, at=utc(reply_date))
