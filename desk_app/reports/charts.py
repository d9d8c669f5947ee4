"""Charts for the period report, drawn with reportlab.graphics from ReportData figures."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from desk_app.reports import pdf_common as pc
from desk_app.reports.formats import number

FONT = pc.FONT
BAR_COLORS = (colors.HexColor("#2E6DA4"), colors.HexColor("#7FB069"), colors.HexColor("#E0A030"))
# SKM grade bands on the 25–100 scale (DOMAIN.md §3), lightest for A.
GRADE_BANDS = (
    (25.0, 65.0, "D", colors.HexColor("#F4CCCC")),
    (65.0, 76.61, "C", colors.HexColor("#FCE5CD")),
    (76.61, 88.31, "B", colors.HexColor("#FFF2CC")),
    (88.31, 100.0, "A", colors.HexColor("#D9EAD3")),
)


def nice_step(raw: float) -> float:
    """1, 2, 2.5 or 5 times a power of ten, at least `raw`."""
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw:
            return max(factor * power, 1.0)
    return 10 * power


def _fit(text: str, width: float, size: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text + "…"


def hbar_chart(rows: list[tuple[str, list[float]]], series: list[str], width: float,
               title: str, scale: tuple[float, float] | None = None, decimals: int = 0,
               bands: tuple = (), label_width: float = 120) -> Drawing:
    """Horizontal bars, one group per row (one bar per series), values printed at the end.
    `scale` fixes the axis (e.g. 25–100 for SKM scores); `bands` shades value ranges."""
    bar_h, gap, size = 9.0, 6.0, 7.5
    group_h = bar_h * len(series) + gap
    legend_h = 14 if len(series) > 1 or bands else 0
    top_pad, axis_h = 26.0 if bands else 16.0, 14.0
    plot_h = group_h * len(rows)
    height = top_pad + plot_h + axis_h + legend_h
    drawing = Drawing(width, height)
    x0 = label_width
    plot_w = width - x0 - 36
    if scale:
        low, high = scale
        step = nice_step((high - low) / 3)
    else:
        low = 0.0
        step = nice_step(max([max(v) for _l, v in rows if v] + [1]) / 4)
        high = step * (int(max([max(v) for _l, v in rows if v] + [1]) / step) + 1)
    span = (high - low) or 1.0

    def xpos(value: float) -> float:
        return x0 + (min(max(value, low), high) - low) / span * plot_w

    plot_bottom = axis_h + legend_h
    drawing.add(String(0, height - 11, title, fontName=pc.FONT_BOLD, fontSize=9))
    for start, end, label, colour in bands:
        drawing.add(Rect(xpos(start), plot_bottom, xpos(end) - xpos(start), plot_h,
                         fillColor=colour, strokeColor=None))
        drawing.add(String((xpos(start) + xpos(end)) / 2, plot_bottom + plot_h + 2, label,
                           fontName=pc.FONT_BOLD, fontSize=8, textAnchor="middle"))
    for i, (label, values) in enumerate(rows):
        top = plot_bottom + plot_h - i * group_h - gap / 2
        drawing.add(String(x0 - 4, top - group_h / 2 + 1, _fit(label, x0 - 6, size),
                           fontName=FONT, fontSize=size, textAnchor="end"))
        for j, value in enumerate(values):
            y = top - (j + 1) * bar_h
            drawing.add(Rect(x0, y + 1, max(xpos(value) - x0, 0.5), bar_h - 2,
                             fillColor=BAR_COLORS[j % len(BAR_COLORS)], strokeColor=None))
            drawing.add(String(xpos(value) + 3, y + 2.5, number(value, decimals),
                               fontName=FONT, fontSize=size - 0.5))
    drawing.add(Line(x0, plot_bottom, x0 + plot_w, plot_bottom, strokeWidth=0.6))
    drawing.add(Line(x0, plot_bottom, x0, plot_bottom + plot_h, strokeWidth=0.6))
    first = math.ceil(low / step) * step
    for k in range(int((high - first) / step + 1e-9) + 1):
        value = first + k * step
        drawing.add(Line(xpos(value), plot_bottom, xpos(value), plot_bottom - 3, strokeWidth=0.6))
        drawing.add(String(xpos(value), plot_bottom - 11, number(value, 0), fontName=FONT,
                           fontSize=7, textAnchor="middle"))
    if len(series) > 1:
        x = x0
        for j, name in enumerate(series):
            drawing.add(Rect(x, 2, 8, 8, fillColor=BAR_COLORS[j % len(BAR_COLORS)],
                             strokeColor=None))
            drawing.add(String(x + 11, 3, name, fontName=FONT, fontSize=7.5))
            x += 16 + len(name) * 4.5
    if bands:
        drawing.add(String(x0, 3, "Latar: rentang mutu A (88,31–100), B (76,61–88,30), C (65,00–76,60), D (25,00–64,99)",
                           fontName=FONT, fontSize=7))
    return drawing
