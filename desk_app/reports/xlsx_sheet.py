"""A write-only worksheet that knows which row comes next, ready to print: A4, fit to
the page width, landscape where wide, the table header repeated on every printed page,
a print area over what was written, borders on tables, wrapped text with the row height
it needs. Text from users is written as text (never a formula) without characters an
XML file cannot hold; numbers are written rounded half up to the decimals shown."""

from __future__ import annotations

from copy import copy

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desk_app.reports.figure_rows import DEC1, DEC2, DEC4, TEXT, FigureRow, rounded
from desk_app.reports.formats import NO_DATA, clean_text, round_half_up

INT = "#,##0"
DEC1_FMT = "#,##0.0"
DEC2_FMT = "#,##0.00"
DEC4_FMT = "0.0000"
SHARE = "0.0%"
DATE = "DD-MM-YYYY"
UNSAFE_START = ("=", "+", "-", "@")  # text Excel could take for a formula
MAX_TEXT = 32000  # Excel holds at most 32,767 characters in a cell

FORMATS = {"int": INT, DEC1: DEC1_FMT, DEC2: DEC2_FMT, DEC4: DEC4_FMT, TEXT: None}
DECIMALS_OF = {INT: 0, DEC1_FMT: 1, DEC2_FMT: 2, DEC4_FMT: 4, SHARE: 3}

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
LETTERHEAD = Font(bold=True, size=11)
ITALIC = Font(italic=True)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def _style_cache(wb: Workbook) -> dict:
    """Style arrays already registered in this workbook, by combination."""
    if not hasattr(wb, "_report_styles"):
        wb._report_styles = {}
    return wb._report_styles


class Sheet:
    """A write-only worksheet that knows which row comes next."""

    HEADER_ROW = 4  # after the title, subtitle and a blank row

    def __init__(self, wb: Workbook, title: str, widths: list[float], landscape: bool = False,
                 header_row: int | None = HEADER_ROW):
        self.ws = wb.create_sheet(title)
        self.styles = _style_cache(wb)
        self.widths = list(widths)
        self.row = 0
        # Write-only sheets write their views with the first row: freeze now.
        if header_row:
            self.ws.freeze_panes = f"A{header_row + 1}"
            self.ws.print_title_rows = f"{header_row}:{header_row}"
        for i, width in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = width
        setup = self.ws.page_setup
        setup.paperSize = "9"  # A4
        setup.orientation = "landscape" if landscape else "portrait"
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        self.ws.print_options.gridLines = False
        self.ws.print_options.horizontalCentered = True
        margins = self.ws.page_margins
        margins.left = margins.right = 0.5
        margins.top, margins.bottom = 0.6, 0.7
        self.ws.oddFooter.left.text = "Halaman &P dari &N — &A"  # page and sheet name
        self.ws.oddFooter.left.size = 8

    def finish(self, footer: str = "", one_page_up_to: int = 0) -> None:
        """The print area over every written row and column; `footer` on every printed
        page before the page number (one left-aligned block: sections side by side would
        overlap on a portrait page). A sheet of at most `one_page_up_to` rows is printed on
        one page (shrunk a little rather than two lines of it on a second page)."""
        if self.row <= one_page_up_to:
            self.ws.page_setup.fitToHeight = 1
        last = get_column_letter(len(self.widths))
        self.ws.print_area = f"A1:{last}{max(self.row, 1)}"
        if footer:
            self.ws.oddFooter.left.text = (footer.replace("&", "&&") + " — "
                                           + self.ws.oddFooter.left.text)

    def cell(self, value, fmt: str | None = None, font=None, fill=None, border=None,
             wrap: bool = False, formula: bool = False) -> WriteOnlyCell:
        quote = False
        if fmt in DECIMALS_OF and isinstance(value, (int, float)) and not isinstance(value, bool):
            value = round_half_up(value, DECIMALS_OF[fmt])  # the value as shown
        if isinstance(value, str) and not formula:
            value = clean_text(value)[:MAX_TEXT]
            quote = value[:1] in UNSAFE_START
            c = WriteOnlyCell(self.ws, value=value)
            c.data_type = "s"  # never a formula, whatever it starts with
        else:
            c = WriteOnlyCell(self.ws, value=value)
        # Styles are built once per combination and shared: setting a font or border
        # on every cell makes openpyxl hash it each time, which dominates big sheets.
        # (A write-only cell is written when its row is appended and never changed.)
        key = (fmt, id(font), id(fill), id(border), wrap, quote)
        style = self.styles.get(key)
        if style is not None:
            c._style = style
            return c
        if fmt:
            c.number_format = fmt
        if font:
            c.font = font
        if fill:
            c.fill = fill
        if border:
            c.border = border
        if wrap:
            c.alignment = WRAP
        if quote:
            c.quotePrefix = True
        self.styles[key] = copy(c._style)
        return c

    def plain(self, value):
        """A value for an unstyled cell: numbers as they are, text cleaned and, when it
        could be read as a formula, written as text explicitly."""
        if isinstance(value, str):
            value = clean_text(value)[:MAX_TEXT]
            if value[:1] in UNSAFE_START:
                return self.cell(value)
            return value or None  # an empty text needs no cell
        return value

    def append(self, values: list = (), lines: int = 1) -> int:
        if lines > 1:  # wrapped text: the row's height must be given before it is written
            self.ws.row_dimensions[self.row + 1].height = min(15 * lines, 400)
        self.ws.append(list(values))
        self.row += 1
        return self.row

    def lines_needed(self, texts: dict[int, str], bold: bool = False) -> int:
        """Lines the longest of these column texts wraps to (an estimate from widths)."""
        most = 1
        for col, text in texts.items():
            width = self.widths[col] if col < len(self.widths) else 10
            per_line = max(int(width * (1.0 if bold else 1.15)) - 1, 4)
            lines = sum(max(1, -(-len(part) // per_line)) for part in str(text).split("\n"))
            most = max(most, lines)
        return most

    def title(self, text: str, sub: str) -> None:
        self.append([self.cell(text, font=TITLE)])
        self.append([self.cell(sub)])
        self.append()

    def label(self, text: str) -> None:
        self.append([self.cell(text, font=BOLD)])

    def header(self, names: list[str], indent: int = 0) -> int:
        lines = self.lines_needed({indent + i: n for i, n in enumerate(names)}, bold=True)
        return self.append([None] * indent + [self.cell(n, font=BOLD, fill=HEADER_FILL,
                                                        border=BOX, wrap=True) for n in names],
                           lines)

    def row_of(self, values: list, fmts: list, total: bool = False, wrap_cols=(),
               indent: int = 0) -> int:
        cells = [None] * indent
        for i, (value, fmt) in enumerate(zip(values, fmts, strict=True)):
            cells.append(self.cell(value, fmt, font=BOLD if total else None,
                                   fill=TOTAL_FILL if total else None, border=BOX,
                                   wrap=i in wrap_cols))
        texts = {indent + i: values[i] for i in wrap_cols if isinstance(values[i], str)}
        return self.append(cells, self.lines_needed(texts))

    def filter(self, header_row: int, last_row: int, columns: int) -> None:
        self.ws.auto_filter.ref = f"A{header_row}:{get_column_letter(columns)}{max(last_row, header_row)}"

    def no_data(self) -> None:
        self.append([self.cell(NO_DATA, font=ITALIC)])

    def figures(self, rows: list[FigureRow], indent: int = 0) -> None:
        """Declared key figures as an "Uraian | Nilai | Keterangan" block (the share, or a note) (the "of" total
        in its own words after the label); `indent` moves it right, onto wider columns."""
        self.header(["Uraian", "Nilai", "Keterangan"], indent)
        for row in rows:
            label = row.label if row.of is None else f"{row.label} (dari {row.of:,})".replace(",", ".")
            value = rounded(row)
            if row.fmt == TEXT:
                value = value if value not in (None, "") else "–"
            if row.note and value is not None:
                share, fmt = row.note, None
            else:
                share, fmt = row.share, SHARE
            self.row_of([label, value, share], [None, FORMATS.get(row.fmt), fmt],
                        indent=indent, wrap_cols=(0, 1, 2))

    def counts(self, title: str, rows: list[tuple[str, int]], indent: int = 0) -> None:
        self.header([title, "Jumlah"], indent)
        for label, n in rows:
            self.row_of([label, n], [None, INT], indent=indent)
        self.row_of(["Jumlah", sum(n for _label, n in rows)], [None, INT], total=True,
                    indent=indent)


