"""Complainant protection: a hidden identity never leaves the record without a trace."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from complaint_helpers import AT, SECRET_CONTACT, SECRET_NAME, log, replied

from desk_app.models.complaints import flow as cf
from desk_app.models.complaints import identity as complaint_identity
from desk_app.models.complaints import search as complaint_search
from desk_app.models.complaints import views as complaint_views
from desk_app.models.complaints.figures import complaint_figures
from desk_app.models.complaints.tables import Complaint, ComplaintEvent
from desk_app.models.core.audit import AuditEvent
from desk_app.models.core.errors import PermissionDenied, ValidationError


def _dump(value) -> str:
    def default(obj):
        if dataclasses.is_dataclass(obj):
            return dataclasses.asdict(obj)
        return str(obj)
    return json.dumps(value, default=default, ensure_ascii=False)


def _secret(counter, **kw):
    kw.setdefault("text", f"Saya {SECRET_NAME} (HP {SECRET_CONTACT}) dimintai uang saat legalisir.")
    return log(counter, protection="rahasia", complainant_name=SECRET_NAME, contact=SECRET_CONTACT,
               address="Dusun Rahasia", **kw)


def _reveals(complaint_id):
    return (ComplaintEvent.select().where((ComplaintEvent.complaint == complaint_id)
                                          & (ComplaintEvent.kind == "reveal")).count(),
            AuditEvent.select().where((AuditEvent.entity_id == complaint_id)
                                      & (AuditEvent.action == "reveal")).count())


def test_counter_officer_cannot_reveal(counter):
    c = _secret(counter)
    with pytest.raises(PermissionDenied):
        complaint_identity.reveal_identity(counter, c.id, "Ingin tahu")
    assert _reveals(c.id) == (0, 0)
    assert "reveal" not in complaint_views.allowed_actions(counter, c)


def test_reveal_needs_a_reason_and_is_audited_every_time(counter, head):
    c = _secret(counter)
    with pytest.raises(ValidationError, match="Alasan"):
        complaint_identity.reveal_identity(head, c.id, "   ")
    assert _reveals(c.id) == (0, 0)
    who = complaint_identity.reveal_identity(head, c.id, "Menghubungi pelapor untuk klarifikasi", at=AT)
    assert (who.name, who.contact) == (SECRET_NAME, SECRET_CONTACT)
    complaint_identity.reveal_identity(head, c.id, "Mengirim surat jawaban", at=AT)
    assert _reveals(c.id) == (2, 2)
    event = (AuditEvent.select().where((AuditEvent.entity_id == c.id) & (AuditEvent.action == "reveal"))
             .order_by(AuditEvent.seq).first())
    assert event.actor == head.username
    assert event.diff["reason"] == "Menghubungi pelapor untuk klarifikasi"
    assert SECRET_NAME not in _dump(event.diff)  # the log records the reveal, not the name
    line = [e for e in complaint_views.timeline(c.id) if e["kind"] == "reveal"][0]
    assert line["actor"] == head.full_name and "klarifikasi" in line["text"]


def test_anonymous_stores_no_identity(counter, head):
    c = log(counter, protection="anonim", complainant_name="Nama Diketik", contact="0811",
            address="Alamat")
    row = Complaint.get_by_id(c.id)
    assert (row.complainant_name, row.complainant_contact, row.complainant_address) == ("", "", "")
    assert complaint_views.public_view(row)["complainant"] == "Anonim"
    with pytest.raises(ValidationError, match="anonim"):
        complaint_identity.reveal_identity(head, c.id, "Coba")


def test_identity_absent_from_every_list_view_log_and_figure(counter, head):
    c = _secret(counter, received=dt.date(2026, 12, 1))
    replied(counter, head, received=dt.date(2026, 12, 1), reply_date=dt.date(2026, 12, 10),
            protection="rahasia", complainant_name=SECRET_NAME, contact=SECRET_CONTACT)
    cf.add_note(counter, c.id, "Dihubungi lewat telepon", at=AT)
    complaint_identity.reveal_identity(head, c.id, "Klarifikasi", at=AT)
    outputs = {
        "search": complaint_search.search_complaints("Kw.18").rows,
        "search by name": complaint_search.search_complaints("Kw.18", query=SECRET_NAME).rows,
        "view": [complaint_views.public_view(x) for x in Complaint.select()],
        "timeline": [complaint_views.timeline(x.id) for x in Complaint.select()],
        "audit": [e.diff for e in AuditEvent.select()],
        "figures": complaint_figures("2026-12", as_of=dt.date(2026, 12, 31)),
    }
    for name, value in outputs.items():
        text = _dump(value)
        assert SECRET_NAME not in text and SECRET_CONTACT not in text and "Dusun Rahasia" not in text, name
    assert outputs["search by name"] == []
    labels = {r.complainant for r in outputs["search"]}
    assert labels == {"Dirahasiakan"}
    assert complaint_figures("2026-12", as_of=dt.date(2026, 12, 31)).listing  # rows exist to check
    assert "Saya [dirahasiakan] (HP [dirahasiakan]) dimintai" in complaint_views.public_view(c)["text"]
    assert Complaint.get_by_id(c.id).text.startswith("Saya [dirahasiakan]")  # stored redacted (sealed beside)


def test_named_complainant_is_shown_to_staff(counter):
    c = log(counter, complainant_name="Lalu Hamdani", contact="081234567000")
    view = complaint_views.public_view(c)
    assert (view["complainant"], view["contact"]) == ("Lalu Hamdani", "081234567000")
