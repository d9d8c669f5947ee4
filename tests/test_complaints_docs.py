"""The receipt slip and the reply letter: numbers on paper, identity only when allowed."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from complaint_helpers import SECRET_NAME, log, replied
from pypdf import PdfReader

from desk_app.models.complaints import identity as complaint_identity
from desk_app.models.core import settings
from desk_app.models.core.errors import ValidationError
from desk_app.reports import complaint_docs


def _text(buffer: io.BytesIO) -> str:
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_receipt_has_number_deadline_and_how_to_follow_up(admin, counter, office):
    settings.set_many(admin, office, {"complaint_whatsapp": "0811-3900-118"})
    c = log(counter, channel="SP4N-LAPOR!", external_ticket="LAPOR-5521")
    out = io.BytesIO()
    complaint_docs.write_complaint_receipt(c.id, out)
    text = _text(out)
    assert "TANDA TERIMA PENGADUAN" in text
    assert c.number in text and "LAPOR-5521" in text
    assert "WhatsApp 0811-3900-118" in text and "(0370) 622317" in text
    assert "Baiq Nurhayati" in text  # a named complainant's own slip
    # 14 working days after Wed 23 Dec: 1 Jan and 5 Jan 2027 (Isra Mikraj) are holidays.
    assert "Jumat, 15 Januari 2027 (14 hari kerja sejak diterima)" in " ".join(text.split())


def test_confidential_receipt_and_letter_hide_the_name(counter, head):
    c = replied(counter, head, protection="rahasia", complainant_name=SECRET_NAME,
                text=f"Saya {SECRET_NAME} dipersulit.")
    receipt, letter = io.BytesIO(), io.BytesIO()
    complaint_docs.write_complaint_receipt(c.id, receipt)
    complaint_docs.write_reply_letter(c.id, letter)
    for out in (receipt, letter):
        assert SECRET_NAME not in _text(out)
    assert f"Yth. Pelapor Pengaduan Nomor {c.number}" in _text(letter)
    who = complaint_identity.reveal_identity(head, c.id, "Surat dikirim ke alamat pelapor sendiri")
    addressed = io.BytesIO()
    complaint_docs.write_reply_letter(c.id, addressed, identity=who)
    assert f"Yth. Sdr./Sdri. {SECRET_NAME}" in _text(addressed)


def test_reply_letter_has_letter_number_and_signature(admin, counter, head, office):
    settings.set_many(admin, office, {"head_name": "Dr. H. Lalu Ahmad, M.Ag.", "head_nip": "196912311994031001"})
    c = replied(counter, head, received=dt.date(2026, 12, 1), reply_date=dt.date(2026, 12, 10))
    out = io.BytesIO()
    data = complaint_docs.write_reply_letter(c.id, out)
    text = _text(out)
    assert data.letter_number == "B-1/Kw.18.4/HM.01/12/2026"
    assert data.letter_number in text and c.number in text
    assert "Mataram, 10 Desember 2026" in text
    assert "Lampiran" in text and "Perihal" in text and "Yth. Sdr./Sdri. Baiq Nurhayati" in text
    assert "Sudah kami perbaiki." in text
    assert "Dr. H. Lalu Ahmad, M.Ag." in text and "NIP 196912311994031001" in text
    assert "Kepala Bidang Bimas Islam" in text


def test_no_letter_before_reply(counter):
    c = log(counter)
    with pytest.raises(ValidationError, match="belum dicatat"):
        complaint_docs.write_reply_letter(c.id, io.BytesIO())
