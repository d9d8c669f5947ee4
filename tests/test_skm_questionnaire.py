"""The blank questionnaire: one A4 sheet per serial, the office's question order."""

import datetime as dt

from pypdf import PdfReader

from desk_app.models.catalogue.tables import Service
from desk_app.models.core import settings
from desk_app.models.skm import entry as survey_entry
from desk_app.models.skm import forms as survey_forms


def test_questionnaire_sheets_have_their_own_serials(db, office, cli, tmp_path, admin, counter):
    service = Service.select().where(Service.office == office).order_by(Service.sort_order).first()
    out = tmp_path / "kuesioner.pdf"
    code, text, err = cli("questionnaire", "--service", service.code, "--copies", "3",
                          "--year", "2026", "--out", str(out))
    assert code == 0, err
    reader = PdfReader(str(out))
    assert len(reader.pages) == 3
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width)), round(float(height))) == (595, 842)  # A4
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    for serial, page in zip(("1", "2", "3"), pages, strict=True):
        assert f"No. formulir: {serial}" in page
        assert service.name in page and "PROFIL RESPONDEN" in page
    # default order: facilities (U9) is question 8, complaint handling (U8) question 9
    first = pages[0]
    assert first.index("8. Bagaimana pendapat Saudara tentang kualitas sarana") < \
        first.index("9. Bagaimana pendapat Saudara tentang penanganan pengaduan")
    assert "d. Dikelola dengan baik" in first and "5. D4/S1" in first

    # the next print continues after the last printed serial and after keyed serials
    batch = survey_entry.create_batch(counter, office, service.id, dt.date(2026, 3, 2))
    survey_entry.save_form(counter, batch.id, "40", {"U1": 4})
    assert survey_forms.reserve_serials(None, office, 2, 2026) == ["41", "42"]

    settings.set_many(admin, office, {"survey_question_order": [f"U{i}" for i in range(1, 10)]})
    code, _, _ = cli("questionnaire", "--service", service.code, "--out", str(out))
    page = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert page.index("8. Bagaimana pendapat Saudara tentang penanganan") < \
        page.index("9. Bagaimana pendapat Saudara tentang kualitas sarana")
