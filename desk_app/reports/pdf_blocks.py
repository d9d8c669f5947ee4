"""The building blocks of the period report's PDF: paragraphs, tables that break long
user text into lines once, the "Uraian | Jumlah" table of declared figure rows, headings.
PdfReport (pdf_report.py) assembles its parts from them."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from desk_app.reports import pdf_common as pc
from desk_app.reports.figure_rows import FigureRow, row_text
from desk_app.reports.formats import NO_DATA
from desk_app.reports.report_data import ReportData

HEADER_BG = colors.HexColor("#DCE6F1")
TOTAL_BG = colors.HexColor("#F2F2F2")
GRID = colors.HexColor("#808080")
TOP_DEVIATIONS = 20  # the weakest steps; the workbook lists every one
CELL_SIZE, CELL_LEADING = 9, 11  # table text, whether a plain cell or a paragraph


class LetterheadLines(Flowable):
    """The letterhead from the lines gathered into ReportData (no Office row needed)."""

    def __init__(self, lines: list[str], name: str, width: float):
        super().__init__()
        self.office = type("_Office", (), {"letterhead": lines, "name": name, "address": ""})()
        self.width = width
        self.height = pc.letterhead_height(self.office, width)

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        pc.draw_letterhead(self.canv, self.office, 0, self.height, self.width)


class _Para(Paragraph):
    """A paragraph that breaks its lines once per width. A table wraps every cell to size
    its row, again for what is left of it on each new page, and again to draw it."""

    _wrapped: tuple | None = None  # (width, size)

    def wrap(self, avail_width, avail_height):
        if self._wrapped is None or self._wrapped[0] != avail_width:
            self._wrapped = (avail_width, super().wrap(avail_width, avail_height))
        return self._wrapped[1]


class _Text:
    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text


class PdfBlocks:
    """Helpers shared by the parts of the report."""

    def __init__(self, data: ReportData):
        self.data = data
        self.s = pc.base_styles()
        self.s["cell"] = ParagraphStyle("cell9", parent=self.s["cell"], fontSize=CELL_SIZE,
                                        leading=CELL_LEADING)
        self.s["head"] = ParagraphStyle("head", parent=self.s["cell"], fontName=pc.FONT_BOLD,
                                        fontSize=8.5, leading=10)
        self.width = 0.0

    # --- small helpers -----------------------------------------------------------------
    def p(self, text: str, style: str = "cell") -> Paragraph:
        """A paragraph from trusted markup (callers escape user text first)."""
        return _Para(text, self.s[style])

    def u(self, text, style: str = "cell") -> Paragraph:
        """A paragraph from user text, escaped."""
        return _Para(pc.escape(text, self.s[style].fontName), self.s[style])

    def t(self, text) -> _Text:
        """User text for a table cell: a plain string, broken into lines when it does not
        fit its column (decided in `table`, which knows the widths)."""
        return _Text("" if text is None else str(text))

    def _fit(self, cell, width: float):
        """User text as a plain cell (drawn as is: no markup is interpreted), broken into
        lines here when it does not fit: a paragraph per cell, its markup parsed and its
        lines broken again on every page, made the long listings several times slower."""
        if not isinstance(cell, _Text):
            return cell
        text = pc.shape(cell.text)
        if pc.needs_fallback(text):  # Arabic or a rare sign: a paragraph mixes faces
            return _Para(pc.escape(cell.text), self.s["cell"])
        room = width - 8  # the cell's left and right padding
        if "\n" not in text and stringWidth(text, pc.FONT, CELL_SIZE) <= room:
            return text
        return "\n".join(pc.split_lines(text, pc.FONT, CELL_SIZE, room))

    def table(self, rows: list[list], widths: list[float], numeric_from: int = 1,
              total_row: bool = False, text_cols: tuple[int, ...] = ()) -> Table:
        header = [self.p(h, "head") if isinstance(h, str) else h for h in rows[0]]
        body = [[self._fit(cell, w) for cell, w in zip(row, widths, strict=False)]
                for row in rows[1:]]
        table = Table([header] + body, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), pc.FONT),
            ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
            ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
            ("ALIGN", (numeric_from, 1), (-1, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        style += [("ALIGN", (col, 1), (col, -1), "LEFT") for col in text_cols]
        if total_row:
            style += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG),
                      ("FONTNAME", (0, -1), (-1, -1), pc.FONT_BOLD)]
        table.setStyle(TableStyle(style))
        return table

    def figures(self, rows: list[FigureRow]) -> Table:
        """A two-column 'Uraian | Jumlah' table of declared key figures."""
        table = [["Uraian", "Jumlah"]] + [[self.u(row.label), self.t(row_text(row))]
                                          for row in rows]
        return self.table(table, [self.width * 0.7, self.width * 0.3])

    def heading(self, text: str) -> list:
        return [CondPageBreak(4 * cm), self.p(text, "heading")]

    def sub(self, text: str) -> list:
        """A sub-heading kept on the same page as the start of what follows it."""
        return [CondPageBreak(3.5 * cm), self.p(text, "bold")]

    def no_data(self) -> Paragraph:
        return self.p(f"<i>{NO_DATA}</i>", "body")



def format_date_short(day) -> str:
    return day.strftime("%d-%m-%Y") if day else "–"
