"""The follow-up plan (rencana tindak lanjut) of an SKM period and its progress.

PermenPAN-RB 14/2017 asks the unit to act on its weakest elements and to report, in the
next period, how far each action got. The weakest elements are proposed from the
period's index (lowest NRR first); the head of section records for each a programme or
activity, the quarter(s) and who answers for it, and later its progress (belum /
proses / selesai, with a note). Items are voided, never deleted; every change is audited.
"""

from __future__ import annotations

from desk_app.models.core import audit
from desk_app.models.core.base import snapshot, utcnow
from desk_app.models.core.db import write_transaction
from desk_app.models.core.errors import NotFound, ValidationError
from desk_app.models.core.periods import parse_period
from desk_app.models.core.permissions import require
from desk_app.models.skm.index import ELEMENT_NAMES, IndexResult
from desk_app.models.skm.tables import ELEMENT_CODES, PROGRESS_STATES, FollowUpPlan

QUARTERS = ("I", "II", "III", "IV")
PROGRESS_LABELS = {"belum": "Belum dilaksanakan", "proses": "Dalam proses",
                   "selesai": "Selesai"}
MAX_TEXT = 1000


def weakest_elements(result: IndexResult, count: int = 3) -> list[str]:
    """Codes of the `count` elements with the lowest NRR (ties: the form's order)."""
    answered = [e for e in result.elements if e.nrr is not None]
    answered.sort(key=lambda e: (e.nrr, ELEMENT_CODES.index(e.code)))
    return [e.code for e in answered[:count]]


def _text(value, field: str, label: str, limit: int = MAX_TEXT) -> str:
    text = " ".join(str(value or "").split())
    if not text:
        raise ValidationError(f"{label} wajib diisi.", field)
    if len(text) > limit:
        raise ValidationError(f"{label} terlalu panjang (maks. {limit} karakter).", field)
    if any(ord(ch) < 32 for ch in text):
        raise ValidationError(f"{label} memuat karakter kendali.", field)
    return text


def _quarters(values) -> list[str]:
    quarters = [str(q).strip().upper() for q in (values or []) if str(q).strip()]
    if not quarters or any(q not in QUARTERS for q in quarters):
        raise ValidationError("Pilih triwulan pelaksanaan (I–IV).", "quarters")
    return sorted(set(quarters), key=QUARTERS.index)


def add_item(actor, office: str, period: str, element: str, programme: str, quarters,
             responsible: str) -> FollowUpPlan:
    require(actor, "surveys.plan", "menyusun rencana tindak lanjut")
    period_code = parse_period(period).code
    element = str(element or "").strip().upper()
    if element not in ELEMENT_CODES:
        raise ValidationError("Unsur harus salah satu dari U1–U9.", "element")
    values = dict(programme=_text(programme, "programme", "Program/kegiatan"),
                  quarters=_quarters(quarters),
                  responsible=_text(responsible, "responsible", "Penanggung jawab", 150))
    with write_transaction():
        taken = FollowUpPlan.select().where(
            (FollowUpPlan.office == office) & (FollowUpPlan.period == period_code)
            & FollowUpPlan.voided_at.is_null())
        item = FollowUpPlan.create(office=office, period=period_code, element=element,
                                   priority=taken.count() + 1, **values)
        audit.record_change(actor, "create", item, None, snapshot(item))
    return item


def _get(item_id: str) -> FollowUpPlan:
    item = FollowUpPlan.get_or_none(FollowUpPlan.id == item_id)
    if item is None or item.is_void:
        raise NotFound("Butir rencana tindak lanjut tidak ditemukan.")
    return item


def update_progress(actor, item_id: str, progress: str, note: str = "") -> FollowUpPlan:
    require(actor, "surveys.plan", "mencatat kemajuan tindak lanjut")
    if progress not in PROGRESS_STATES:
        raise ValidationError("Kemajuan harus belum, proses atau selesai.", "progress")
    note = " ".join(str(note or "").split())
    if len(note) > MAX_TEXT or any(ord(ch) < 32 for ch in note):
        raise ValidationError("Catatan kemajuan tidak sah.", "progress_note")
    with write_transaction():
        item = _get(item_id)
        before = snapshot(item)
        item.progress, item.progress_note, item.progress_at = progress, note, utcnow()
        item.save()
        audit.record_change(actor, "update", item, before, snapshot(item))
    return item


def void_item(actor, item_id: str, reason: str) -> None:
    require(actor, "surveys.plan", "membatalkan butir rencana tindak lanjut")
    reason = _text(reason, "reason", "Alasan")
    with write_transaction():
        item = _get(item_id)
        before = snapshot(item)
        item.voided_at, item.voided_by, item.void_reason = utcnow(), audit.actor_name(actor), reason
        item.save()
        audit.record_change(actor, "void", item, before, snapshot(item))


def plan_for(period: str, office: str | None = None) -> list[FollowUpPlan]:
    query = FollowUpPlan.select().where((FollowUpPlan.period == parse_period(period).code)
                                        & FollowUpPlan.voided_at.is_null())
    if office:
        query = query.where(FollowUpPlan.office == office)
    return list(query.order_by(FollowUpPlan.office, FollowUpPlan.priority, FollowUpPlan.created_at))


def element_label(code: str) -> str:
    return f"{code} {ELEMENT_NAMES.get(code, '')}".strip()
