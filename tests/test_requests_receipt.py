"""The receipt (tanda terima): number, due date, masked NIK, missing documents, QR code."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from desk_app.models.catalogue.tables import Service
from desk_app.models.requests.registration import register_request
from desk_app.reports.receipt import write_receipt

PERSON = {"name": "Lalu Muhammad Zaini", "nik": "5201021203850002", "phone": "087765432100",
          "address": "Dusun Karang Bongkot, Labuapi", "institution": "Majelis Taklim Al-Ikhlas"}


@pytest.fixture
def incomplete_request(db, office, counter):
    svc = Service.get((Service.office == office) & (Service.code == "BIMAS-01"))
    requirements = svc.standards.first().requirements
    docs = [{"name": r, "received": i != 1} for i, r in enumerate(requirements)]
    at = dt.datetime(2026, 11, 24, 2, 5)  # Tuesday 10:05 WITA
    return register_request(counter, svc.id, PERSON, docs, accept_incomplete=True, at=at), requirements


@pytest.mark.parametrize("layout", ["a5", "thermal"])
def test_receipt_holds_number_due_date_and_qr(incomplete_request, layout, tmp_path):
    req, requirements = incomplete_request
    pdf = tmp_path / "receipt.pdf"
    write_receipt(req.id, str(pdf), layout=layout)
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "PLY-2026-00001" in text
    assert "Selasa, 1 Desember 2026" in text  # 5 working days after Tue 24 Nov
    assert "24 November 2026 10:05 WITA" in text
    # masked (pypdf reads reportlab's bullet glyph back as another character)
    assert re.search(r"5201\D{8}0002", text) and "5201021203850002" not in text
    assert "BERKAS BELUM LENGKAP" in text and "BELUM" in text
    assert "Ahmad Petugas" in text and "SP4N-LAPOR" in text
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(pdf),
                    str(tmp_path / "page")], check=True)
    codes = zxingcpp.read_barcodes(Image.open(tmp_path / "page.png"))
    assert [c.text for c in codes] == ["PLY-2026-00001"]
    assert codes[0].format == zxingcpp.BarcodeFormat.QRCode


def test_reprint_is_marked(incomplete_request, tmp_path):
    req, _ = incomplete_request
    pdf = tmp_path / "again.pdf"
    write_receipt(req.id, str(pdf), reprint=True)
    assert "CETAK ULANG" in PdfReader(str(pdf)).pages[0].extract_text()
