"""Shared pieces of every PDF: the office letterhead, paragraph styles, escaping, and a
"Halaman x dari y" footer. No Qt here; reportlab only.

Typical use with platypus::

    from desk_app.reports import pdf_common as pc

    styles = pc.base_styles()
    doc = pc.a4_document(out, title="Laporan")             # A4, 2 cm margins
    story = [pc.Letterhead(office, doc.width), Paragraph(pc.escape(text), styles["body"])]
    doc.build(story, canvasmaker=pc.numbered_canvas("Dicetak 24 November 2026"))

Or on a bare canvas: ``y = pc.draw_letterhead(canvas, office, x, top_y, width)``.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
FONT_ITALIC = "Helvetica-Oblique"
MARGIN = 2 * cm
FOOTER_Y = 1.1 * cm

# Letterhead metrics: (font size, leading) for bold (upper-case) and plain lines.
_BOLD_SIZE, _PLAIN_SIZE = 12.5, 9.0
_RULE_GAP = 4  # points between the last line and the double rule


def escape(text: Any) -> str:
    """User text made safe for a reportlab Paragraph (None -> ""; newlines -> <br/>)."""
    if text is None:
        return ""
    return _xml_escape(str(text)).replace("\r\n", "\n").replace("\n", "<br/>")


def split_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` broken into lines no wider than `width`: at spaces, and a word longer than
    a whole line cut where it reaches the edge."""
    lines = []
    for line in simpleSplit(text, font, size, width):
        if stringWidth(line, font, size) <= width:
            lines.append(line)
            continue
        piece, used = "", 0.0
        for char in line:
            char_width = stringWidth(char, font, size)
            if piece and used + char_width > width:
                lines.append(piece)
                piece, used = "", 0.0
            piece += char
            used += char_width
        lines.append(piece)
    return lines


def letterhead_lines(office) -> list[str]:
    """The office's letterhead lines, or its name and address when none are set."""
    lines = [line for line in (getattr(office, "letterhead", None) or []) if str(line).strip()]
    if not lines:
        lines = [office.name.upper()] + ([office.address] if office.address else [])
    return [str(line).strip() for line in lines]


def _line_font(index: int, line: str) -> tuple[str, float]:
    """Upper-case lines (ministry, office) bold; address/contact lines plain and smaller.
    The first line is always bold."""
    letters = [c for c in line if c.isalpha()]
    bold = index == 0 or (letters and all(c.isupper() for c in letters))
    if bold:
        return FONT_BOLD, _BOLD_SIZE + (0.5 if index == 0 else 0)
    return FONT, _PLAIN_SIZE


def _fitted(line: str, font: str, size: float, width: float) -> float:
    """Shrink the font size until the line fits the width."""
    while size > 6 and stringWidth(line, font, size) > width:
        size -= 0.25
    return size


def letterhead_height(office, width: float) -> float:
    height = 0.0
    for i, line in enumerate(letterhead_lines(office)):
        font, size = _line_font(i, line)
        height += _fitted(line, font, size, width) * 1.25
    return height + _RULE_GAP + 4 + 8  # double rule and space below it


def draw_letterhead(canvas, office, x: float, y: float, width: float) -> float:
    """Draw the letterhead with its top at `y` (points from the page bottom), centred over
    `width` from `x`, with a double rule below. Returns the y just below the rule and a
    small gap, where the document's content may start."""
    canvas.saveState()
    canvas.setFillColor(colors.black)
    centre = x + width / 2
    for i, line in enumerate(letterhead_lines(office)):
        font, size = _line_font(i, line)
        size = _fitted(line, font, size, width)
        y -= size * 1.25
        canvas.setFont(font, size)
        canvas.drawCentredString(centre, y + size * 0.25, line)
    y -= _RULE_GAP
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(1.6)
    canvas.line(x, y, x + width, y)
    canvas.setLineWidth(0.6)
    canvas.line(x, y - 2.6, x + width, y - 2.6)
    canvas.restoreState()
    return y - 4 - 8


class Letterhead(Flowable):
    """The letterhead as a platypus flowable, for documents built with a story."""

    def __init__(self, office, width: float):
        super().__init__()
        self.office = office
        self.width = width
        self.height = letterhead_height(office, width)

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        draw_letterhead(self.canv, self.office, 0, self.height, self.width)


def base_styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles shared by every document (Helvetica, Latin-1 glyphs)."""
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=FONT_BOLD,
                                    fontSize=9.5, leading=12),
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=14,
                                leading=18, alignment=TA_CENTER, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=10.5, leading=14,
                                   alignment=TA_CENTER, spaceAfter=2),
        "heading": ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=11,
                                  leading=14, spaceBefore=8, spaceAfter=4),
        "bold": ParagraphStyle("bold", parent=body, fontName=FONT_BOLD),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "left": ParagraphStyle("left", parent=body, alignment=TA_LEFT),
        "italic": ParagraphStyle("italic", parent=body, fontName=FONT_ITALIC),
    }


styles = base_styles  # the name the team brief uses


def a4_document(out, title: str = "", author: str = "Loket Prima", landscape: bool = False,
                **kwargs) -> SimpleDocTemplate:
    """An A4 document (portrait unless asked) with 2 cm margins and room for the footer."""
    size = (A4[1], A4[0]) if landscape else A4
    options = {"leftMargin": MARGIN, "rightMargin": MARGIN, "topMargin": 1.5 * cm,
               "bottomMargin": MARGIN, "title": title, "author": author}
    options.update(kwargs)
    return SimpleDocTemplate(out, pagesize=size, **options)


def draw_page_footer(canvas, page: int, total: int, left_text: str = "") -> None:
    """'Halaman x dari y' at the bottom right, optional text at the bottom left."""
    width, _height = canvas._pagesize
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.drawRightString(width - MARGIN, FOOTER_Y, f"Halaman {page} dari {total}")
    if left_text:
        canvas.drawString(MARGIN, FOOTER_Y, left_text)
    canvas.restoreState()


class NumberedCanvas(rl_canvas.Canvas):
    """A canvas that holds every page until the end, then writes "Halaman x dari y" on
    each (two passes: the total is known only after the last page).
    Use `doc.build(story, canvasmaker=NumberedCanvas)` or `numbered_canvas(text)`."""

    footer_text = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []

    def showPage(self):  # noqa: N802 (reportlab's name)
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            draw_page_footer(self, self._pageNumber, total, self.footer_text)
            super().showPage()
        super().save()


def numbered_canvas(footer_text: str = "") -> type[NumberedCanvas]:
    """A NumberedCanvas class that also prints `footer_text` at the bottom left."""
    return type("NumberedCanvasWithText", (NumberedCanvas,), {"footer_text": footer_text})
