"""A printable trace of one request: every SOP step (who, when, time against the
standard, deviations with their reasons) and every hand-over, under the letterhead."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desk_app.models.core import dates, worktime
from desk_app.models.core.dates import office_zone
from desk_app.models.core.nik import mask_nik
from desk_app.models.requests.flow import STATUS_LABELS
from desk_app.models.sop.trace import RequestTrace, build_trace
from desk_app.reports import pdf_common as pc

_S = pc.base_styles()
CELL = ParagraphStyle("trace_cell", parent=_S["small"], fontSize=7.8, leading=9.4)
HEAD = ParagraphStyle("trace_head", parent=CELL, fontName=pc.FONT_BOLD)
OVER = colors.HexColor("#fde2e1")
DEVIATION = colors.HexColor("#fff4cc")


def _p(text, style=CELL) -> Paragraph:
    return Paragraph(pc.escape(text), style)


def _identity(trace: RequestTrace, tz: str) -> Table:
    r = trace.request
    rows = [
        ("Nomor permohonan", r.number),
        ("Layanan", trace.service_name),
        ("Pemohon", f"{r.applicant_name} (NIK {mask_nik(r.applicant_nik)})"),
        ("Didaftarkan", dates.format_datetime(r.registered_at, tz)),
        ("Batas penyelesaian", dates.format_date(r.due_date, weekday=True)),
        ("Status", STATUS_LABELS.get(r.status, r.status)),
        ("SOP", f"{trace.sop_title} — {trace.sop_number}, revisi {trace.revision}"),
    ]
    table = Table([[_p(k, HEAD), _p(v, _S["small"])] for k, v in rows], colWidths=[4 * cm, None])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _steps(trace: RequestTrace, tz: str, width: float) -> Table:
    head = ["No", "Kegiatan", "Status", "Oleh", "Waktu selesai", "Lama / baku",
            "Penyimpangan dan catatan"]
    data = [[_p(h, HEAD) for h in head]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))]
    for i, s in enumerate(trace.steps, start=1):
        taken = worktime.format_minutes(s.minutes) if s.minutes is not None else "-"
        marks = " (melebihi)" if s.over_standard else ""
        remarks = []
        if s.deviation:
            remarks.append(f"{s.deviation}: {s.reason}")
        if s.note:
            remarks.append(s.note)
        data.append([_p(str(s.position)), _p(s.activity), _p(s.state), _p(s.done_by),
                     _p(dates.format_datetime(s.done_at, tz)), _p(f"{taken}{marks} / {s.standard}"),
                     _p("; ".join(remarks))])
        if s.deviation:
            style.append(("BACKGROUND", (6, i), (6, i), DEVIATION))
        if s.over_standard:
            style.append(("BACKGROUND", (5, i), (5, i), OVER))
    widths = [0.8 * cm, None, 1.8 * cm, 3.4 * cm, 3.2 * cm, 3.2 * cm, 6 * cm]
    fixed = sum(w for w in widths if w)
    widths[1] = width - fixed
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _handovers(trace: RequestTrace, tz: str, width: float) -> Table | Paragraph:
    if not trace.handovers:
        return _p("Tidak ada serah terima pekerjaan.", _S["small"])
    data = [[_p(h, HEAD) for h in ("Waktu", "Dari", "Kepada", "Langkah", "Oleh", "Catatan")]]
    for e in trace.handovers:
        data.append([_p(dates.format_datetime(e.at, tz)), _p(e.from_user), _p(e.to_user),
                     _p(e.step or "-"), _p(e.actor), _p(e.note)])
    widths = [3.2 * cm, 3.2 * cm, 3.2 * cm, 1.7 * cm, 3.2 * cm]
    widths.append(width - sum(widths))
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))]))
    return table


def render_trace_pdf(trace: RequestTrace, out, printed_by: str = "") -> None:
    office = trace.office
    tz = office_zone(office)
    doc = pc.a4_document(out, title=f"Jejak permohonan {trace.request.number}", landscape=True,
                         leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.2 * cm)
    width = doc.width
    deviations = sum(1 for s in trace.steps if s.deviation)
    overruns = sum(1 for s in trace.steps if s.over_standard)
    story = [
        pc.Letterhead(office, width),
        Paragraph("JEJAK PENYELESAIAN PERMOHONAN", _S["title"]),
        _identity(trace, tz), Spacer(1, 8),
        Paragraph("Langkah SOP", _S["heading"]), _steps(trace, tz, width),
        Paragraph(pc.escape(f"{deviations} penyimpangan, {overruns} langkah melebihi waktu baku."),
                  _S["small"]),
        Paragraph("Serah terima pekerjaan", _S["heading"]), _handovers(trace, tz, width),
    ]
    footer = f"Jejak {trace.request.number}" + (f" — dicetak oleh {printed_by}" if printed_by else "")
    doc.build(story, canvasmaker=pc.numbered_canvas(footer))


def write_trace_pdf(request_id: str, out, printed_by: str = "") -> RequestTrace:
    trace = build_trace(request_id)
    render_trace_pdf(trace, out, printed_by)
    return trace
