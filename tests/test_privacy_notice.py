"""The privacy notice (issue 23): an office setting the admin edits, printed on the request
and complaint receipts and the SKM questionnaire and shown on the kiosk, with the office's
name, the retention period and the contact filled in; hostile or oversized text refused."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from complaint_helpers import log
from pypdf import PdfReader
from shell_helpers import session_for

from desk_app.models.catalogue.tables import Service
from desk_app.models.core import notice, settings
from desk_app.models.core.errors import ValidationError
from desk_app.models.core.notice_office import printed_notice
from desk_app.models.core.office import Office
from desk_app.models.requests.registration import register_request
from desk_app.reports import complaint_docs
from desk_app.reports.questionnaire import print_questionnaires
from desk_app.reports.receipt import receipt_data, render_receipt, write_receipt

PERSON = {"name": "Lalu Muhammad Zaini", "nik": "5201021203850002", "phone": "087765432100",
          "address": "Dusun Karang Bongkot, Labuapi", "institution": "Majelis Taklim Al-Ikhlas"}
# the longest text allowed: LIMIT characters on MAX_LINES lines of the widest letters
LONGEST = "\n".join([("Mmmm WWWW " * 12)[:99]] * notice.MAX_LINES)[:notice.LIMIT]


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_pages(data: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]


def a_request(counter, office, code="BIMAS-01"):
    svc = Service.get((Service.office == office) & (Service.code == code))
    docs = [{"name": r, "received": True} for r in svc.standards.first().requirements]
    return register_request(counter, svc.id, PERSON, docs, at=dt.datetime(2026, 11, 24, 2, 5))


def receipt_text(request_id, layout="a5") -> list[str]:
    out = io.BytesIO()
    write_receipt(request_id, out, layout=layout)
    return pdf_pages(out.getvalue())


# --- the text itself (no database) ----------------------------------------------------

def test_placeholders_are_filled_in_one_pass_and_unknown_braces_shown_as_typed():
    text = notice.fill("{office} simpan {years} th; {contact}. {kantor} {0} {years:03d} {{office}}",
                       "Kantor {years}", 5, "loket pelayanan")
    assert text == ("Kantor {years} simpan 5 th; loket pelayanan. {kantor} {0} {years:03d} "
                    "{Kantor {years}}")
    assert notice.unknown_placeholders("{office} {kantor} {0} {kantor}") == ["{kantor}", "{0}"]
    assert notice.fill("{office}" * 600, "K" * 200, 5, "x").endswith("…")
    assert len(notice.fill("{office}" * 600, "K" * 200, 5, "x")) == notice.PRINTED_LIMIT


def test_contact_is_the_counter_plus_whatsapp_or_else_the_telephone():
    assert notice.contact_line("0812-1", "(0370) 1") == "loket pelayanan atau WhatsApp 0812-1"
    assert notice.contact_line("", "(0370) 1") == "loket pelayanan atau telepon (0370) 1"
    assert notice.contact_line("", "") == "loket pelayanan"


def test_default_says_purpose_law_period_and_whom_to_ask():
    text = notice.fill(notice.DEFAULT, "Kanwil NTB", 5, "loket pelayanan")
    assert "permohonan atau pengaduan" in text and "kepuasan masyarakat" in text
    assert "UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi" in text
    assert "disimpan 5 tahun setelah layanan selesai" in text and "hubungi Kanwil NTB" in text
    assert len(notice.DEFAULT) <= notice.LIMIT and notice.DEFAULT.count("\n") < notice.MAX_LINES
    assert notice.check(notice.DEFAULT) == notice.DEFAULT


@pytest.mark.parametrize("text, fault", [
    ("Data\x00pribadi", "NUL"),
    ("Data \x1b[31m pribadi", "karakter kendali U+001B"),
    ("Data \u202e pribadi", "karakter kendali U+202E"),
    ("x" * (notice.LIMIT + 1), f"paling banyak {notice.LIMIT} karakter"),
    ("\n".join(["baris"] * (notice.MAX_LINES + 1)), f"paling banyak {notice.MAX_LINES} baris"),
    ("  \n \n", "tidak boleh kosong"),
])
def test_hostile_text_is_refused_with_one_indonesian_sentence(text, fault):
    with pytest.raises(ValidationError) as caught:
        notice.check(text)
    assert fault in caught.value.message
    assert caught.value.message.startswith("Pemberitahuan pelindungan data pribadi")


def test_line_ends_and_blank_lines_are_tidied():
    assert notice.check("  Satu\r\n\r\nDua  \rTiga\t \n") == "Satu\nDua\nTiga"


# --- the setting, on both backends --------------------------------------------------

def test_a_refused_text_keeps_the_old_one_and_writes_nothing(db, admin, office):
    settings.set_many(admin, office, {notice.KEY: "Teks kantor {office}."})
    for hostile in ("Teks\x07lonceng", "y" * (notice.LIMIT + 1)):
        with pytest.raises(ValidationError):
            settings.set_many(admin, office, {notice.KEY: hostile, "backup_keep": 3})
    assert settings.get(office, notice.KEY) == "Teks kantor {office}."
    assert settings.get(office, "backup_keep") == 14  # nothing of the refused save


def questionnaire_pages(office, tmp_path, count) -> list[str]:
    out = tmp_path / "kuesioner.pdf"
    service = Service.get((Service.office == office) & (Service.code == "BIMAS-01"))
    print_questionnaires(None, Office.get_by_id(office), service.name, count, 2026,
                         settings.get(office, "survey_question_order"), out)
    return pdf_pages(out.read_bytes())


def test_the_receipt_carries_the_notice_with_office_and_years(db, admin, counter, office, tmp_path):
    name = Office.get_by_id(office).name
    settings.set_many(admin, office, {"retention_years": 7, "complaint_whatsapp": "0811-3900-118"})
    request = a_request(counter, office)
    for layout in ("a5", "thermal"):
        pages = receipt_text(request.id, layout)
        assert len(pages) == 1
        assert "UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi" in pages[0]
        assert "Data disimpan 7 tahun setelah layanan selesai" in pages[0]
        assert flat(f"hubungi {name} melalui loket pelayanan atau WhatsApp 0811-3900-118") in pages[0]
        assert "{office}" not in pages[0] and "{years}" not in pages[0]

    # the admin's own text is on the next receipt, the complaint slip and the questionnaire
    settings.set_many(admin, office, {notice.KEY: "Data Anda dijaga {office} selama {years} tahun. "
                                                  "<b>{kode}</b> & {contact}"})
    own = flat(f"Data Anda dijaga {name} selama 7 tahun. <b>{{kode}}</b> & loket pelayanan atau "
               "WhatsApp 0811-3900-118")
    assert own in receipt_text(a_request(counter, office).id)[0]
    slip = io.BytesIO()
    complaint_docs.write_complaint_receipt(log(counter).id, slip)
    assert [own in page for page in pdf_pages(slip.getvalue())] == [True]
    assert [own in page for page in questionnaire_pages(office, tmp_path, 2)] == [True, True]


# the longest typed text, and a text whose office name fills it to the printed limit
@pytest.mark.parametrize("text", [LONGEST, "{office}\n" * notice.MAX_LINES], ids=["typed", "filled"])
def test_the_longest_notice_keeps_every_document_on_one_page(db, admin, counter, office, tmp_path,
                                                            text):
    settings.set_many(admin, office, {notice.KEY: text, "complaint_whatsapp": "0811-3900-118"})
    Office.update(name="Kantor Wilayah Kementerian Agama Provinsi Nusa Tenggara Barat " * 3,
                  website="https://ntb.kemenag.go.id/layanan/pengaduan",
                  email="pengaduan.kanwil.ntb@kemenag.go.id").execute()  # five follow-up lines
    assert len(printed_notice(office)) >= 500
    request = a_request(counter, office, "BIMAS-08")  # the longest requirement list
    for layout in ("a5", "thermal"):
        pages = receipt_text(request.id, layout)
        assert len(pages) == 1 and flat(printed_notice(office))[-60:] in pages[0]
    slip = io.BytesIO()
    complaint = log(counter, channel="SIMDUMAS", external_ticket="SIMDUMAS-2026-1234567890",
                    text="Petugas meminta uang tambahan di luar ketentuan. " * 40,
                    service_id=Service.get(Service.code == "BIMAS-08").id,
                    request_number=request.number)
    complaint_docs.write_complaint_receipt(complaint.id, slip)
    assert len(pdf_pages(slip.getvalue())) == 1
    assert len(questionnaire_pages(office, tmp_path, 3)) == 3


def test_a_receipt_that_fitted_without_the_notice_still_fits_with_it(db, admin, counter, office):
    """Requirement lists from 1 document upwards until the A5 receipt no longer fits one
    sheet even without a notice: up to there, the longest notice never adds a sheet."""
    settings.set_many(admin, office, {notice.KEY: LONGEST})
    data = receipt_data(a_request(counter, office).id)
    name = "Surat pengantar dari kepala desa/lurah setempat yang menerangkan domisili pemohon"
    for count in range(1, 40):
        data.documents = [{"name": f"{name} ({i})", "received": i % 3 > 0} for i in range(count)]
        bare, full = io.BytesIO(), io.BytesIO()
        render_receipt(_without_notice(data), bare)
        if len(pdf_pages(bare.getvalue())) > 1:
            break
        render_receipt(data, full)
        assert len(pdf_pages(full.getvalue())) == 1, f"{count} documents"
    assert count > 12  # the loop reached long lists before the receipt itself overflowed


def _without_notice(data):
    import dataclasses

    return dataclasses.replace(data, privacy_notice="")


# --- the kiosk and the admin's editor ---------------------------------------------------

def test_the_kiosk_shows_the_notice_before_the_first_question(qtbot, db, admin, office, tmp_path):
    from desk_app.ui.skm.kiosk import KioskWindow

    name = Office.get_by_id(office).name
    services = [(s.id, s.name) for s in Service.select().where(Service.office == office)]
    window = KioskWindow(office, walk_in=True, services=services)
    qtbot.addWidget(window)
    window.setFixedSize(1366, 768)  # a kiosk screen, full screen: the page cannot grow
    window.show()
    qtbot.waitExposed(window)
    assert window.stack.currentWidget() is window.welcome
    shown = window.notice_text.text()
    assert shown == printed_notice(office)
    assert f"hubungi {name} melalui loket pelayanan" in shown and "{" not in shown
    assert window.notice_text.isVisible() and window.notice_text.font().pointSize() >= 13
    qtbot.wait(20)
    assert not window.notice_area.verticalScrollBar().isVisible()  # the default is read whole
    window.grab().save(str(tmp_path / "kiosk-welcome.png"))

    # the admin changes the text (and the period) while the kiosk stands: the next form shows it
    settings.set_many(admin, office, {notice.KEY: "Data <b>aman</b> di {office}, {years} tahun.",
                                      "retention_years": 6})
    window.reset()
    assert window.notice_text.text() == f"Data <b>aman</b> di {name}, 6 tahun."  # plain text

    # the longest text with all the office's services: the buttons keep their size, the
    # notice keeps three lines and scrolls
    settings.set_many(admin, office, {notice.KEY: LONGEST})
    window.reset()
    qtbot.wait(20)
    window.grab().save(str(tmp_path / "kiosk-longest.png"))
    assert len(window.service_buttons) >= 12
    boxes = [_on_page(b, window.welcome) for b in window.service_buttons]
    assert min(box.height() for box in boxes) >= 60
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    area = _on_page(window.notice_area, window.welcome)
    assert area.top() > max(box.bottom() for box in boxes)  # below the buttons, not over them
    assert area.height() >= 3 * window.notice_text.fontMetrics().lineSpacing()
    assert area.bottom() < window.welcome.height()


def _on_page(widget, page):
    from PySide6.QtCore import QPoint, QRect

    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


def test_admin_edits_the_notice_with_preview_default_and_refusal(qtbot, db, office, monkeypatch,
                                                                 tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton, QScrollArea

    from desk_app.ui.admin import settings_section
    from desk_app.ui.admin.tab import AdminTab

    errors = []
    monkeypatch.setattr(settings_section, "show_info", lambda *a, **k: None)
    monkeypatch.setattr(settings_section, "show_error", lambda _p, exc: errors.append(exc.message))
    name = Office.get_by_id(office).name
    tab = AdminTab(session_for("admin"))
    qtbot.addWidget(tab)
    tab.resize(1024, 700)
    section = tab.sections["Pengaturan"]
    tab.setCurrentWidget(section)
    tab.show()
    qtbot.waitExposed(tab)
    editor = section.notice_editor
    assert editor.text() == notice.DEFAULT
    assert "{office}" not in editor.preview.text() and name in editor.preview.text()

    section.edits["retention_years"].setValue(4)
    editor.setText("Ditangani {office}, disimpan {years} tahun. Tanya {kontak}.")
    assert editor.preview.text() == f"Ditangani {name}, disimpan 4 tahun. Tanya {{kontak}}."
    assert "{kontak}" in editor.warning.text() and not editor.warning.isHidden()
    section.save()
    assert errors == []
    assert settings.get(office, notice.KEY) == "Ditangani {office}, disimpan {years} tahun. Tanya {kontak}."
    section.findChild(QScrollArea).ensureWidgetVisible(editor.warning)
    qtbot.wait(20)
    section.grab().save(str(tmp_path / "admin-notice.png"))

    # a pasted control character and a text of too many lines: refused, the saved text kept
    editor.edit.setPlainText("\n".join(["baris"] * (notice.MAX_LINES + 2)))
    qtbot.waitUntil(lambda: "8 dari 6 baris" in editor.count.text())  # counted as typed
    section.save()
    assert errors and f"paling banyak {notice.MAX_LINES} baris" in errors[-1]
    assert settings.get(office, notice.KEY) == "Ditangani {office}, disimpan {years} tahun. Tanya {kontak}."
    editor.edit.setPlainText("z" * (notice.LIMIT + 50))  # the field stops at the limit
    assert len(editor.text()) == notice.LIMIT

    qtbot.mouseClick(editor.findChild(QPushButton, "noticeDefault"), Qt.MouseButton.LeftButton)
    assert editor.text() == notice.DEFAULT
    section.save()
    assert settings.get(office, notice.KEY) == notice.DEFAULT
