"""The SKM poster for the counter wall: one A4 (or A3) page with the IKM and grade large,
the nine elements as bars on the 25–100 scale, the respondents, the period and the
first three follow-up actions. Drawn on one canvas page: it can never spill over."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas

from desk_app.reports import pdf_common as pc
from desk_app.reports.charts import GRADE_BANDS
from desk_app.reports.formats import number
from desk_app.reports.skm_report_data import SkmReportData

PAGE_SIZES = {"A4": A4, "A3": A3}
BAR = colors.HexColor("#2E6DA4")


def _fit_lines(text: str, font: str, size: float, width: float, most: int) -> list[str]:
    lines = pc.split_lines(text, font, size, width)
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = lines[-1].rstrip()[:-1] + "…"
    return lines


def render_skm_poster(data: SkmReportData, out, size: str = "A4") -> None:
    page_w, page_h = PAGE_SIZES[size]
    k = page_w / A4[0]  # A3 scales every measure
    c = rl_canvas.Canvas(out, pagesize=(page_w, page_h))
    c.setTitle(f"Poster SKM {data.period_label}")
    margin = 1.6 * cm * k
    width = page_w - 2 * margin
    y = pc.draw_letterhead(c, data, margin, page_h - margin, width)

    def centred(text: str, font: str, pt: float, gap: float) -> None:
        nonlocal y
        y -= pt * k + gap * k
        c.setFont(font, pt * k)
        c.drawCentredString(page_w / 2, y, text)

    centred("HASIL SURVEI KEPUASAN MASYARAKAT", pc.FONT_BOLD, 20, 10)
    centred(data.period_label, pc.FONT, 14, 6)
    ikm = number(data.ikm, 2) if data.ikm is not None else "–"
    centred(ikm, pc.FONT_BOLD, 72, 22)
    grade = (f"Mutu {data.grade} — {data.performance}" if data.grade
             else "IKM belum dapat dihitung")
    centred(grade, pc.FONT_BOLD, 18, 10)
    centred(f"{number(data.respondents)} responden · tingkat respons "
            f"{number(data.response_rate, 2) + ' %' if data.response_rate is not None else '–'}",
            pc.FONT, 11, 6)

    # the nine elements as bars, 25–100, grade bands shaded
    y -= 18 * k
    label_w, bar_h, gap = 6.2 * cm * k, 0.55 * cm * k, 0.22 * cm * k
    plot_x, plot_w = margin + label_w, width - label_w - 1.6 * cm * k
    top = y
    rows = len(data.elements)
    bottom = top - rows * (bar_h + gap)

    def x_of(value: float) -> float:
        return plot_x + (value - 25) / 75 * plot_w

    for low, high, _grade, shade in GRADE_BANDS:
        c.setFillColor(shade)
        c.rect(x_of(low), bottom, x_of(high) - x_of(low), top - bottom, stroke=0, fill=1)
    for i, e in enumerate(data.elements):
        row_y = top - (i + 1) * (bar_h + gap) + gap / 2
        c.setFillColor(colors.black)
        c.setFont(pc.FONT, 9 * k)
        label = _fit_lines(f"{e.code} {e.name}", pc.FONT, 9 * k, label_w - 6, 1)[0]
        c.drawString(margin, row_y + bar_h * 0.3, label)
        if e.score is not None:
            c.setFillColor(BAR)
            c.rect(plot_x, row_y, x_of(float(e.score)) - plot_x, bar_h, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.drawString(x_of(float(e.score)) + 4, row_y + bar_h * 0.3, number(e.score, 2))
    c.setFont(pc.FONT, 7.5 * k)
    for tick in (25, 50, 65, 76.61, 88.31, 100):
        c.drawCentredString(x_of(tick), bottom - 10 * k, number(tick, 2 if tick % 1 else 0))
    y = bottom - 30 * k

    c.setFont(pc.FONT_BOLD, 13 * k)
    c.drawString(margin, y, "Tindak lanjut kami")
    y -= 6 * k
    items = data.plan[:3]
    if not items:
        y -= 14 * k
        c.setFont(pc.FONT, 10.5 * k)
        c.drawString(margin, y, "Rencana tindak lanjut sedang disusun.")
    for item in items:
        c.setFont(pc.FONT, 10.5 * k)
        text = f"{item.no}. {item.programme} ({item.element}; {item.quarters})"
        for line in _fit_lines(text, pc.FONT, 10.5 * k, width, 2):
            y -= 14 * k
            c.drawString(margin, y, line)
    c.setFont(pc.FONT, 8 * k)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawCentredString(page_w / 2, margin * 0.6,
                        "Terima kasih atas penilaian Anda. Saran dan pengaduan: loket pelayanan "
                        f"{data.office_name}.")
    c.showPage()
    c.save()
