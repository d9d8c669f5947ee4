"""Shared pieces of every PDF: the fonts, the office letterhead, paragraph styles,
escaping, and a "Halaman x dari y" footer. No Qt here; reportlab only.

Fonts: DejaVu Sans Condensed (Latin with transliteration marks, Greek, Cyrillic, symbols) and
Noto Sans Arabic, shipped in resources/fonts/ with their licences, registered once here
and embedded (subset) in every PDF, so no typed character prints as "?". reportlab draws
one glyph per character and cannot shape Arabic: `shape()` joins Arabic letters into
their contextual forms (arabic-reshaper) and puts right-to-left runs in visual order
(python-bidi); `escape()` (paragraphs) and `cell_text()` (plain strings) then switch to
the Arabic face for those runs. A character no shipped face has is printed as its code
point, e.g. "[U+1FAE0]", never as "?".

Typical use with platypus::

    from desk_app.reports import pdf_common as pc

    styles = pc.base_styles()
    doc = pc.a4_document(out, title="Laporan")             # A4, 2 cm margins
    story = [pc.Letterhead(office, doc.width), Paragraph(pc.escape(text), styles["body"])]
    doc.build(story, canvasmaker=pc.numbered_canvas("Dicetak 24 November 2026"))

Or on a bare canvas: ``y = pc.draw_letterhead(canvas, office, x, top_y, width)``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from reportlab import rl_config
from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, SimpleDocTemplate
from reportlab.platypus.tables import CellStyle

from desk_app.config import resource_path

FONT = "LoketSans"
FONT_BOLD = "LoketSans-Bold"
FONT_ITALIC = "LoketSans-Oblique"
FONT_BOLD_ITALIC = "LoketSans-BoldOblique"
FONT_ARABIC = "LoketArabic"
FONT_ARABIC_BOLD = "LoketArabic-Bold"
_FONT_FILES = {
    FONT: "DejaVuSansCondensed.ttf", FONT_BOLD: "DejaVuSansCondensed-Bold.ttf",
    FONT_ITALIC: "DejaVuSansCondensed-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSansCondensed-BoldOblique.ttf",
    FONT_ARABIC: "NotoSansArabic-Regular.ttf", FONT_ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
}
MARGIN = 2 * cm
FOOTER_Y = 1.1 * cm

# Letterhead metrics: (font size, leading) for bold (upper-case) and plain lines.
_BOLD_SIZE, _PLAIN_SIZE = 12.5, 9.0
_RULE_GAP = 4  # points between the last line and the double rule


def register_fonts() -> None:
    """Register the shipped faces once (about 70 ms); every module calls it through
    this module's import."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD_ITALIC)
    pdfmetrics.registerFontFamily(FONT_ARABIC, normal=FONT_ARABIC, bold=FONT_ARABIC_BOLD,
                                  italic=FONT_ARABIC, boldItalic=FONT_ARABIC_BOLD)
    # Defaults that would otherwise put an unembedded Helvetica in every PDF: a page's
    # initial font, the font of a table cell whose table sets none, a drawing's font, a
    # paragraph style's font and bullet font when it names none.
    rl_config.canvas_basefontname = FONT
    CellStyle.fontname = FONT
    STATE_DEFAULTS["fontName"] = FONT
    ParagraphStyle.defaults.update(fontName=FONT, bulletFontName=FONT)


register_fonts()

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


@cache
def _covered(font: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def _has(font: str, char: str) -> bool:
    return ord(char) in _covered(font) or char in "\n\r\t"


def shape(text: Any) -> str:
    """Text ready to draw glyph by glyph: Arabic letters joined into their contextual
    forms and right-to-left runs in visual order; other text as it is."""
    text = "" if text is None else str(text)
    if not _RTL.search(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    lines = text.split("\n")
    return "\n".join(get_display(arabic_reshaper.reshape(line)) for line in lines)


def _code_point_text(char: str) -> str:
    """A sign no shipped font can draw, written as its code point (never '?')."""
    return f"[U+{ord(char):04X}]"


def _runs(text: str, base: str) -> list[tuple[str, str]]:
    """(font, text) runs: Arabic letters in the Arabic face (one look for a whole word),
    others in the base face where it has the glyph, else the regular face, else the code
    point in the base face."""
    arabic = FONT_ARABIC_BOLD if base in (FONT_BOLD, FONT_BOLD_ITALIC) else FONT_ARABIC
    runs: list[tuple[str, str]] = []
    for char in text:
        if _ARABIC.match(char) and _has(arabic, char):
            font, piece = arabic, char
        elif _has(base, char):
            font, piece = base, char
        elif _has(FONT, char):
            font, piece = FONT, char
        else:
            font, piece = base, _code_point_text(char)
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + piece)
        else:
            runs.append((font, piece))
    return runs


def needs_fallback(text: str, font: str = FONT) -> bool:
    """True when some character of (shaped) `text` is not drawn by `font` itself, or is
    Arabic (drawn in the Arabic face)."""
    return any(not _has(font, char) or _ARABIC.match(char) for char in text)


def cell_text(text: Any, font: str = FONT) -> str:
    """User text for a plain (single-font) string: shaped, and any character the face
    lacks spelled as its code point. Text needing the Arabic face should go through
    `escape()` into a Paragraph instead (see `needs_fallback`)."""
    return "".join(piece for _font, piece in _runs(shape(text), font))


def escape(text: Any, font: str = FONT) -> str:
    """User text made safe for a reportlab Paragraph (None -> ""; newlines -> <br/>),
    shaped, with runs the paragraph's face cannot draw set in a face that can."""
    if text is None:
        return ""
    out = []
    for run_font, piece in _runs(shape(text).replace("\r\n", "\n"), font):
        body = _xml_escape(piece).replace("\n", "<br/>")
        out.append(body if run_font == font else f'<font face="{run_font}">{body}</font>')
    return "".join(out)


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
        line = cell_text(line, font)
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
    """Paragraph styles shared by every document (the shipped Unicode faces)."""
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
    """'Halaman x dari y' at the bottom right, optional text at the bottom left (made
    smaller, then broken over two lines, when it would reach the page number)."""
    width, _height = canvas._pagesize
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.setFillColor(colors.HexColor("#444444"))
    label = f"Halaman {page} dari {total}"
    canvas.drawRightString(width - MARGIN, FOOTER_Y, label)
    if left_text:
        text = cell_text(left_text)
        room = width - 2 * MARGIN - stringWidth(label, FONT, 8) - 12
        size = 8.0
        while size > 6.5 and stringWidth(text, FONT, size) > room:
            size -= 0.25
        lines = split_lines(text, FONT, size, room)
        canvas.setFont(FONT, size)
        for i, line in enumerate(lines[:2]):
            canvas.drawString(MARGIN, FOOTER_Y - i * (size + 1.5), line)
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
