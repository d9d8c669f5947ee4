"""What the office holds on one person (issue 23, first bullet): exactly that person's
records and nobody else's, never a survey form or a protected complainant's identity,
the export audited, corrections listed; the command line and the Admin panel (both
backends)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sop_helpers import publish
from sop_helpers import service as first_service

from desk_app.models.complaints import flow as complaints
from desk_app.models.core.audit import AuditEvent, verify_chain
from desk_app.models.core.dates import local_today
from desk_app.models.core.errors import PermissionDenied, ValidationError
from desk_app.models.privacy.person import gather_person, nik_hash
from desk_app.models.requests import flow as request_flow
from desk_app.models.requests.correction import correct_applicant
from desk_app.models.requests.registration import find_applicant, register_request
from desk_app.models.requests.tables import Applicant
from desk_app.models.skm import kiosk
from desk_app.models.skm.tables import SurveyResponse
from desk_app.models.sop import work
from desk_app.models.sop.flow import next_steps
from desk_app.reports.person_export import export_person
from desk_app.reports.person_json import person_data
from desk_app.reports.person_pdf import render_person_pdf

NIK_A = "5271014506900001"
NIK_B = "5271011203850002"  # shares A's phone (a relative)
NIK_C = "5203015506910003"  # shares A's name, another phone
PHONE_A = "081237451234"
A = {"name": "Baiq Siti Aminah", "nik": NIK_A, "phone": "+62 812-3745-1234",
     "address": "Jl. Lama 1, Ampenan", "institution": "Majelis Taklim Nurul Huda"}
B = {"name": "Lalu Muhammad Fauzan", "nik": NIK_B, "phone": PHONE_A,
     "address": "Gang Kenari 7, Cakranegara", "institution": ""}
C = {"name": "Baiq Siti Aminah", "nik": NIK_C, "phone": "087765432100",
     "address": "Dusun Sembalun Bumbung", "institution": ""}
SECRET = "Zulkarnain Rahasiawan"
SECRET_CONTACT = "081234509876"
OTHER = "Hj. Rukmini Pelapor Lain"
KIOSK_COMMENT = "Komentar kiosk yang tidak boleh ikut"


def _register(user, svc, person):
    standard = svc.standards.first()
    docs = [{"name": r, "received": True} for r in standard.requirements]
    return register_request(user, svc.id, person, docs)


def _complaint(user, protection="bernama", name=A["name"], contact=PHONE_A, request=None,
               text="Antrean terlalu lama."):
    return complaints.register_complaint(
        user, "pengaduan", "datang langsung", local_today("Asia/Makassar"), protection, name,
        contact, "Ampenan", "pelayanan", text, request_number=request)


@pytest.fixture
def world(db, office, admin, counter, head):
    """Three people: A (two requests), B sharing A's phone, C sharing A's name; receipts,
    a step note and a skipped step, a kiosk survey, complaints of every protection."""
    svc = first_service(office)
    publish(admin, svc)
    a1, a2 = _register(counter, svc, A), _register(counter, svc, A)
    b1, c1 = _register(counter, svc, B), _register(counter, svc, C)
    request_flow.log_receipt_print(counter, a1.id, reprint=False)
    request_flow.log_receipt_print(counter, a1.id, reprint=True)
    request_flow.log_receipt_print(counter, b1.id, reprint=False)
    first, = next_steps(a1)
    work.complete_step(counter, a1.id, first.id, note="Fotokopi KTP buram, diminta ulang")
    decision, = next_steps(request_flow.get_request(a1.id))
    work.skip_step(counter, a1.id, decision.id, reason="Diputuskan langsung oleh kepala seksi")
    work.complete_step(counter, b1.id, next_steps(b1)[0].id, note="Catatan milik orang lain B")
    # a2 handed over, then surveyed at the kiosk (anonymous form)
    for status in ("diproses", "selesai"):
        request_flow.change_status(counter, a2.id, status)
    request_flow.handover_product(counter, a2.id, "Baiq Siti Aminah")
    ticket = kiosk.open_for_request(counter, a2.id)
    kiosk.submit(ticket, {f"U{i}": 4 for i in range(1, 10)}, comment=KIOSK_COMMENT)
    correct_applicant(counter, a1.id, {"address": "Jl. Pejanggik 10, Mataram"},
                      "Pemohon pindah alamat; KTP baru diperlihatkan")
    return {
        "a1": a1, "a2": a2, "b1": b1, "c1": c1,
        "named_request": _complaint(counter, request=a1.number, contact=""),
        "named_phone": _complaint(counter, contact="+6281237451234", text="Berkas saya hilang."),
        "b_phone": _complaint(counter, name=B["name"], contact=PHONE_A, text="Keluhan B sendiri."),
        "secret": _complaint(counter, "rahasia", SECRET, SECRET_CONTACT, a1.number,
                             text=f"Saya {SECRET} melihat pungutan."),
        "anonymous": _complaint(counter, "anonim", "", "", a2.number, text="Anonim tentang a2."),
        "other": _complaint(counter, name=OTHER, contact="081300001111", request=a2.number,
                            text="Pelapor lain tentang permohonan a2."),
    }


def _json_text(person) -> str:
    return json.dumps(person_data(person), ensure_ascii=False)


def _pdf_text(person) -> str:
    out = io.BytesIO()
    render_person_pdf(person, out, "Baiq Kepala Seksi")
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(out.getvalue())).pages)


def test_the_export_holds_exactly_that_persons_records(world, head):
    person = gather_person(head, "5271 0145 0690 0001")  # typed with spaces
    numbers = {r.number for r in person.requests}
    assert numbers == {world["a1"].number, world["a2"].number}
    assert {r.nik for r in person.requests} == {NIK_A} and len(person.applicants) == 1
    assert [e.what for e in person.receipts] == ["Tanda terima dicetak", "Tanda terima dicetak ulang"]
    assert any("Fotokopi KTP buram" in e.text for e in person.step_notes)
    assert any("Diputuskan langsung" in e.text and "Dilewati" in e.text for e in person.step_notes)
    assert all(e.by for e in person.receipts + person.notes + person.step_notes)
    complaints_found = {c.number: c for c in person.complaints}
    assert set(complaints_found) == {world[k].number for k in ("named_request", "named_phone", "other")}
    assert complaints_found[world["other"].number].by_person is False
    for text in (_json_text(person), _pdf_text(person)):
        assert world["a1"].number in text and "Jl. Pejanggik 10, Mataram" in text
        assert "Majelis Taklim Nurul Huda" in text and "Fotokopi KTP buram" in text
        for absent in (NIK_B, NIK_C, B["name"], B["address"], C["address"], world["b1"].number,
                       world["c1"].number, "Catatan milik orang lain B", "Keluhan B sendiri",
                       world["b_phone"].number, KIOSK_COMMENT, SECRET, SECRET_CONTACT,
                       world["secret"].number, world["anonymous"].number, "Anonim tentang a2",
                       OTHER, "081300001111", "Pelapor lain tentang"):
            assert absent not in text, absent
    assert SurveyResponse.select().where(SurveyResponse.comment == KIOSK_COMMENT).count() == 1


def test_the_pdf_reads_as_a_document(world, head):
    text = _pdf_text(gather_person(head, NIK_A))
    for expected in ("DATA PRIBADI YANG DISIMPAN KANTOR", "A. Permohonan layanan (2)",
                     "F. Pengaduan bernama terkait pemilik data (3)",
                     "G. Koreksi data pribadi (1)", "Halaman 1 dari", "Baiq Kepala Seksi",
                     "Berkas saya hilang.", "Pemohon pindah alamat"):
        assert expected in text, expected


def test_a_correction_is_audited_listed_and_kept_by_the_applicant(world, head, counter):
    person = gather_person(head, NIK_A)
    correction, = person.corrections
    assert (correction.label, correction.old, correction.new) == (
        "Alamat", "Jl. Lama 1, Ampenan", "Jl. Pejanggik 10, Mataram")
    assert correction.by == "Ahmad Petugas" and "KTP baru" in correction.reason
    assert find_applicant(nik=NIK_A).address == "Jl. Pejanggik 10, Mataram"
    event = AuditEvent.get((AuditEvent.action == "correct") & (AuditEvent.entity_id == world["a1"].id))
    assert event.diff["before"] == {"applicant_address": "Jl. Lama 1, Ampenan"}
    assert "Data pemohon dikoreksi" in [e.label for e in request_flow.timeline(world["a1"].id)]
    with pytest.raises(ValidationError, match="Alasan koreksi wajib"):
        correct_applicant(counter, world["a1"].id, {"address": "X"}, " ")
    with pytest.raises(ValidationError, match="Tidak ada data yang berubah"):
        correct_applicant(counter, world["a1"].id, {"address": "Jl. Pejanggik 10, Mataram"}, "x")
    with pytest.raises(ValidationError, match="16 digit"):
        correct_applicant(counter, world["a1"].id, {"nik": "123"}, "salah ketik")
    # a corrected NIK moves the request to the right person
    correct_applicant(head, world["a2"].id, {"nik": "5271014506900009"}, "Salah ketik NIK")
    assert {r.number for r in gather_person(head, "5271014506900009").requests} == {world["a2"].number}
    assert Applicant.select().where(Applicant.nik == "5271014506900009").count() == 1
    assert verify_chain("Kw.18") == []


def test_a_mistyped_nik_leaves_nothing_of_the_person_under_it(world, head, counter, office):
    """The NIK typed wrong at registration belongs to somebody else: after the
    correction, that somebody's export holds nothing of our applicant."""
    typo, typo2 = "5271014506900011", "5271014506900012"
    svc = first_service(office)
    wrong = _register(counter, svc, {**A, "nik": typo})
    correct_applicant(counter, wrong.id, {"nik": "5271014506900021"}, "NIK salah ketik")
    assert gather_person(head, typo).empty  # the applicant record moved to the right NIK
    assert find_applicant(nik="5271014506900021").name == A["name"]
    wrong2 = _register(counter, svc, {**A, "nik": typo2})
    correct_applicant(counter, wrong2.id, {"nik": NIK_A}, "NIK salah ketik")
    assert gather_person(head, typo2).empty  # A already had a record: the wrong one emptied
    assert wrong2.number in {r.number for r in gather_person(head, NIK_A).requests}
    assert len(gather_person(head, NIK_A).applicants) == 1


def test_counter_role_is_refused_and_a_bad_nik_named(world, counter, admin):
    with pytest.raises(PermissionDenied):
        gather_person(counter, NIK_A)
    with pytest.raises(ValidationError, match="16 digit"):
        gather_person(admin, "52710145069000")
    with pytest.raises(PermissionDenied):
        correct_applicant(admin, world["a1"].id, {"address": "X"}, "alasan")


def test_the_export_writes_one_audit_event_without_the_nik(world, head, tmp_path):
    before = AuditEvent.select().count()
    export_person(head, NIK_A, tmp_path / "a.json", printed_by=head.full_name)
    assert AuditEvent.select().count() == before + 1
    event = AuditEvent.select().order_by(AuditEvent.seq.desc()).get()
    assert (event.action, event.actor, event.entity) == ("person.export", "kasi", "Person")
    assert event.diff["nik"] == "5271********0001" and event.diff["format"] == "json"
    assert event.diff["nik_hash"] == nik_hash(NIK_A) == event.entity_id
    assert event.diff["counts"]["requests"] == 2 and event.diff["counts"]["complaints"] == 3
    assert NIK_A not in json.dumps(event.diff)
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert data["nik"] == NIK_A and [r["number"] for r in data["requests"]] == [
        world["a1"].number, world["a2"].number]
    assert data["requests"][0]["registered_at"].endswith("+08:00")
    assert data["corrections"][0]["old"] == "Jl. Lama 1, Ampenan"
    assert verify_chain("Kw.18") == []


def _cli_events(action="person.export"):
    return AuditEvent.select().where(AuditEvent.action == action).count()


def test_cli_exit_codes(world, cli, tmp_path):
    target = tmp_path / "a.pdf"
    code, out, err = cli("person", "--nik", NIK_A, "--export", str(target), "--user", "kasi")
    assert code == 0, err
    assert "2 permohonan" in out and "3 pengaduan" in out
    assert "Halaman 1 dari" in PdfReader(str(target)).pages[0].extract_text()
    cases = [
        (["--user", "petugas"], "a.json", "tidak berwenang"),
        ([], "a.txt", ".pdf atau .json"),
        (["--nik", "52710145069000"], "b.json", "16 digit"),
        (["--nik", "5271014506900002"], "c.json", "Tidak ada data"),
        ([], "tidak-ada/d.json", "tidak ada"),
        (["--user", "siapa"], "e.json", "tidak ada"),
    ]
    for extra, name, message in cases:
        args = ["person", "--nik", NIK_A, "--export", str(tmp_path / name)]
        if extra and extra[0] == "--nik":
            args[2] = extra[1]
        else:
            args += extra
        code, out, err = cli(*args)
        assert code == 1 and message in err and len(err.strip().splitlines()) == 1, (args, err)
        assert not (tmp_path / name).exists()
    with pytest.raises(SystemExit) as stopped:  # argparse: a missing --nik
        cli("person", "--export", str(tmp_path / "f.json"))
    assert stopped.value.code == 2
    code, out, err = cli("person", "--nik", NIK_A, "--export", str(tmp_path / "g.json"))
    assert code == 0
    event = AuditEvent.select().order_by(AuditEvent.seq.desc()).get()
    assert (event.actor, event.diff["via"]) == ("sistem", "cli")
    assert _cli_events() == 2


def test_admin_panel_search_and_export(world, qtbot, tmp_path, monkeypatch):
    from shell_helpers import session_for

    from desk_app.ui import save_file
    from desk_app.ui.admin.person_panel import PersonPanel
    from desk_app.ui.admin.tab import AdminTab

    session = session_for("head")
    tab = AdminTab(session)
    qtbot.addWidget(tab)
    assert list(tab.sections) == ["Data pribadi"]  # the head sees this section only
    panel = tab.sections["Data pribadi"]
    assert isinstance(panel, PersonPanel) and not panel.pdf_button.isEnabled()
    qtbot.keyClicks(panel.nik, "5271014506900")
    qtbot.keyClick(panel.nik, "\r")
    assert "16 digit" in panel.status.text()
    qtbot.keyClicks(panel.nik, "001")
    qtbot.keyClick(panel.nik, "\r")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10000)
    texts = [panel.model.index(r, 4).data() for r in range(panel.model.rowCount())]
    assert any("Jl. Pejanggik 10" in t for t in texts)
    assert not any(NIK_B in t or B["name"] in t or SECRET in t for t in texts)
    assert "2 permohonan" in panel.status.text() and _cli_events("person.view") == 1
    target = tmp_path / "orang"
    monkeypatch.setattr(save_file, "ask_user", lambda dialog: (str(target), "JSON (*.json)"))
    panel.json_button.click()
    qtbot.waitUntil(lambda: "Tersimpan" in panel.status.text(), timeout=10000)
    data = json.loads(Path(str(target) + ".json").read_text(encoding="utf-8"))
    assert data["counts"]["requests"] == 2 and _cli_events() == 1
    monkeypatch.setattr(save_file, "ask_user", lambda dialog: (str(tmp_path / "o.pdf"), "PDF (*.pdf)"))
    panel.pdf_button.click()
    qtbot.waitUntil(lambda: _cli_events() == 2 and "o.pdf" in panel.status.text(), timeout=10000)
    assert "Baiq Siti Aminah" in PdfReader(str(tmp_path / "o.pdf")).pages[0].extract_text()


def test_correction_dialog_from_the_request_detail(world, qtbot, monkeypatch):
    from shell_helpers import session_for

    from desk_app.ui.requests.correct_dialog import CorrectApplicantDialog

    errors = []
    monkeypatch.setattr("desk_app.ui.requests.correct_dialog.show_error",
                        lambda parent, exc: errors.append(exc))
    request = request_flow.get_request(world["a2"].id)
    dialog = CorrectApplicantDialog(session_for("counter"), request)
    qtbot.addWidget(dialog)
    dialog.edits["phone"].setText("0819 1111 2222")
    dialog.save()
    assert errors and "Alasan koreksi" in errors[0].message
    dialog.reason.setPlainText("Nomor lama sudah tidak aktif")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert request_flow.get_request(world["a2"].id).applicant_phone == "081911112222"
