"""The key-figure rows of each report section, declared once: label, value, format.

The PDF (pdf_report), the workbook (xlsx_report) and the Laporan tab's summary
(ui/reports/tab.py) render these same rows, so a label or a figure is written in one
place. A row may carry a share (shown after the value in text, in its own column in the
workbook) or an "of" total ("3 dari 4").

    for row in summary_rows(data): print(row.label, row_text(row))
"""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.reports.formats import DASH, number, percent, round_half_up
from desk_app.reports.report_data import (
    ComplaintSection,
    Cover,
    ReportData,
    RequestSection,
    SkmSection,
    SopSection,
)

INT, DEC1, DEC2, DEC4, TEXT = "int", "dec1", "dec2", "dec4", "text"
DECIMALS = {INT: 0, DEC1: 1, DEC2: 2, DEC4: 4}


@dataclass(frozen=True)
class FigureRow:
    label: str
    value: object  # int/float for numbers, str for TEXT; None: no figure ("–")
    fmt: str = INT
    share: float | None = None  # 0..1, shown as "(87,5%)"
    of: int | None = None  # shown as "3 dari 4"
    note: str = ""  # shown in brackets after the value in text ("B, Baik")
    has_share: bool = False  # the row has a share column, even when it is None


def rounded(row: FigureRow):
    """The value as it is shown: rounded half up to the format's decimals."""
    if row.fmt in DECIMALS and isinstance(row.value, (int, float)):
        return round_half_up(row.value, DECIMALS[row.fmt])
    return row.value


def row_text(row: FigureRow) -> str:
    """The value as one line of text: '12 (87,5%)', '3 dari 4 (75,0%)', '86,21 (B, Baik)'."""
    if row.fmt == TEXT:
        text = str(row.value) if row.value not in (None, "") else DASH
    else:
        text = number(row.value, DECIMALS.get(row.fmt, 0))
    if row.of is not None:
        text = f"{text} dari {number(row.of)}"
    if row.has_share or row.share is not None:
        text = f"{text} ({percent(row.share)})"
    if row.note and row.value is not None:
        text = f"{text} ({row.note})"
    return text


def _shared(label: str, value: int, share: float | None, of: int | None = None) -> FigureRow:
    return FigureRow(label, value, INT, share=share, of=of, has_share=True)


def summary_rows(d: ReportData) -> list[FigureRow]:
    """The report's key figures: the PDF's "Ringkasan", the window's summary, the top
    of the workbook's first sheet."""
    r, k, s, c = d.requests, d.complaints, d.skm, d.cover
    ikm_note = ", ".join(part for part in (s.grade, s.performance) if part)
    return [
        FigureRow("Permohonan diterima", r.received),
        FigureRow("Permohonan selesai", r.finished),
        _shared("Selesai tepat waktu", r.finished_on_time, r.on_time_share),
        FigureRow(f"Dalam proses {c.at_end}", r.in_process_at_end),
        FigureRow(f"Melewati batas waktu {c.at_end}", r.overdue_at_end),
        _shared("Langkah SOP dalam batas waktu", d.sop.within_standard, d.sop.within_share,
                of=d.sop.steps_done),
        FigureRow("Pengaduan diterima", k.received),
        _shared("Jawaban pengaduan tepat waktu", k.replied_on_time, k.on_time_share, of=k.replied),
        FigureRow(f"Pengaduan melewati batas waktu tahapan {c.at_end}", len(k.overdue)),
        FigureRow("Responden SKM", s.respondents),
        FigureRow("Indeks Kepuasan Masyarakat (IKM)", s.ikm, DEC2, note=ikm_note),
    ]


def request_rows(r: RequestSection, cover: Cover) -> list[FigureRow]:
    return [
        FigureRow("Permohonan diterima", r.received),
        FigureRow("Permohonan selesai", r.finished),
        _shared("Selesai tepat waktu (sesuai jangka waktu standar pelayanan)",
                r.finished_on_time, r.on_time_share),
        FigureRow(f"Dalam proses {cover.at_end}", r.in_process_at_end),
        FigureRow(f"Melewati batas waktu {cover.at_end}", r.overdue_at_end),
        FigureRow("Ditolak", r.rejected),
        FigureRow("Dibatalkan", r.void),
        FigureRow("Didaftarkan dengan berkas belum lengkap", r.incomplete),
    ]


def sop_rows(s: SopSection) -> list[FigureRow]:
    return [
        FigureRow("Langkah SOP dikerjakan", s.steps_done),
        _shared("Langkah dalam batas waktu standar", s.within_standard, s.within_share),
        FigureRow("Serah terima berkas antarpetugas", s.handovers),
    ]


def complaint_rows(k: ComplaintSection, cover: Cover) -> list[FigureRow]:
    return [
        FigureRow("Pengaduan diterima", k.received),
        FigureRow("Dijawab", k.replied),
        _shared("Dijawab dalam batas waktu", k.replied_on_time, k.on_time_share),
        FigureRow("Rata-rata hari kerja sampai jawaban", k.avg_days_reply, DEC1),
        FigureRow("Rata-rata hari kerja sampai selesai", k.avg_days_close, DEC1),
        FigureRow(f"Melewati batas waktu tahapan {cover.at_end}", len(k.overdue)),
    ]


def skm_rows(s: SkmSection) -> list[FigureRow]:
    sample = None
    if s.sample_minimum is not None:
        verdict = "terpenuhi" if s.sample_met else "belum terpenuhi"
        sample = f"minimal {number(s.sample_minimum)}: {verdict}"
    return [
        FigureRow("Jumlah responden", s.respondents),
        FigureRow("Nilai IKM (skala 1–4)", s.ikm_unit, DEC4),
        FigureRow("Nilai IKM (skala 25–100)", s.ikm, DEC2),
        FigureRow("Mutu pelayanan", s.grade, TEXT),
        FigureRow("Kinerja unit pelayanan", s.performance, TEXT),
        _shared("Tingkat respons: formulir dari permohonan selesai", s.respondents,
                s.respondents / s.finished if s.finished else None, of=s.finished),
        FigureRow("Formulir kertas / kiosk / impor",
                  " / ".join(number(s.by_source.get(k, 0)) for k in ("paper", "kiosk", "import")),
                  TEXT),
        FigureRow("Populasi: permohonan periode sebelumnya", s.population),
        FigureRow("Kecukupan sampel (Krejcie–Morgan)", sample, TEXT),
    ]


def sections(d: ReportData) -> list[tuple[str, list[FigureRow]]]:
    """Every section's rows under its heading, in the report's order."""
    return [
        ("A. Permohonan Layanan", request_rows(d.requests, d.cover)),
        ("B. Kepatuhan terhadap SOP", sop_rows(d.sop)),
        ("C. Pengaduan", complaint_rows(d.complaints, d.cover)),
        ("D. Survei Kepuasan Masyarakat (SKM)", skm_rows(d.skm)),
    ]
