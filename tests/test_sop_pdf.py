"""The official SOP document: identity fields and one swimlane column per executor."""

from __future__ import annotations

import io

import pypdf
from sop_helpers import FIVE_STEPS, publish, service, step

from desk_app.reports import sop_pdf


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_sop_pdf_has_identity_and_one_lane_per_executor(office, admin):
    revision = publish(admin, service(office))
    out = io.BytesIO()
    sheet = sop_pdf.write_sop_pdf(revision.id, out)
    pages, text = pdf_text(out.getvalue())
    flat = " ".join(text.split())
    for label in ("Nomor SOP", "Tanggal Pembuatan", "Tanggal Revisi", "Tanggal Efektif",
                  "Disahkan oleh", "Nama SOP", "Dasar Hukum", "Kualifikasi Pelaksana",
                  "Keterkaitan", "Peralatan/Perlengkapan", "Peringatan",
                  "Pencatatan dan Pendataan", "Kelengkapan", "Waktu", "Output", "Keterangan"):
        assert label in flat, label
    assert "SOP-T/01" in flat and "197001011990031001" in flat and "1 Januari 2026" in flat
    assert "KEMENTERIAN AGAMA" in flat
    assert sheet.actors == ["Pemohon", "Petugas PTSP", "Kepala Seksi"]
    chart = pypdf.PdfReader(io.BytesIO(out.getvalue())).pages[1].extract_text()
    header = chart[: chart.index("Menerima berkas")]
    for actor in sheet.actors:
        assert header.count(actor) == 1, actor
    assert "Ya" in chart and "Tidak" in chart
    assert "Halaman 1 dari" in flat


def test_long_sop_continues_with_connector_and_repeated_header(office, admin):
    many = [FIVE_STEPS[0]] + [
        step("process", f"Kegiatan nomor {i} " + "dengan uraian panjang " * 6, ["Petugas PTSP"],
             ["counter"]) for i in range(2, 15)] + [FIVE_STEPS[4]]
    revision = publish(admin, service(office), many)
    out = io.BytesIO()
    sop_pdf.write_sop_pdf(revision.id, out)
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    assert len(reader.pages) >= 3
    for page in reader.pages[1:]:
        text = page.extract_text()
        assert "Pelaksana" in text and "Mutu Baku" in text
    second, third = reader.pages[1].extract_text(), reader.pages[2].extract_text()
    assert "A" in second.split() and "A" in third.split()  # off-page connector letters


def test_request_trace_pdf_shows_steps_deviation_and_handover(office, admin, counter, counter2):
    import datetime as dt

    from sop_helpers import register, wita

    from desk_app.models.catalogue import standards as catalogue
    from desk_app.models.sop import work as sop_work
    from desk_app.reports import request_trace

    svc = service(office)
    publish(admin, svc)
    request = register(counter, svc, wita(dt.date(2026, 3, 2), 9))
    steps = catalogue.revision_steps(request.sop_revision)
    sop_work.skip_step(counter, request.id, steps[0].id, "Berkas dikirim lewat surel",
                       at=wita(dt.date(2026, 3, 2), 9, 5))
    sop_work.hand_over(counter, request.id, counter2.id, "Dinas luar",
                       at=wita(dt.date(2026, 3, 2), 9, 30))
    out = io.BytesIO()
    request_trace.write_trace_pdf(request.id, out, printed_by="Ahmad Petugas")
    _pages, text = pdf_text(out.getvalue())
    flat = " ".join(text.split())
    assert request.number in flat
    assert "Berkas dikirim lewat surel" in flat and "Dilewati" in flat
    assert "Siti Petugas" in flat and "Dinas luar" in flat
    assert "Menerima berkas" in flat
