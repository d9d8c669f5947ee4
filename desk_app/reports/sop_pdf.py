"""The official SOP document (PermenPAN-RB 35/2012, "SOP AP" format), A4 landscape:

- page 1: the identity block (office with logo on the left; Nomor SOP, Tanggal
  Pembuatan/Revisi/Efektif, Disahkan oleh, Nama SOP on the right), then the pairs
  Dasar Hukum | Kualifikasi Pelaksana, Keterkaitan | Peralatan/Perlengkapan,
  Peringatan | Pencatatan dan Pendataan;
- then the flowchart table: No | Kegiatan | one Pelaksana column per actor | Mutu Baku
  (Kelengkapan, Waktu, Output) | Keterangan, drawn with the standard symbols: capsule
  (start/end), rectangle (activity), diamond (decision, "Ya"/"Tidak" branches), arrows,
  and off-page connectors (pentagons A, B, ...) where the chart continues on a new page.
  The header rows are repeated on every page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Image, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from desk_app import config
from desk_app.models.catalogue import standards as catalogue
from desk_app.models.core import dates
from desk_app.models.core.errors import NotFound
from desk_app.models.core.office import Office
from desk_app.models.sop.tables import SopRevision
from desk_app.reports import pdf_common as pc

PAGE = (A4[1], A4[0])  # landscape
MARGIN_X = 1.5 * cm
MARGIN_TOP = 1.4 * cm
MARGIN_BOTTOM = 1.8 * cm
GRID = colors.black
HEAD_FILL = colors.HexColor("#e8e8e8")

_BASE = ParagraphStyle("sop", fontName=pc.FONT, fontSize=8, leading=9.6)
CHART = ParagraphStyle("sop_chart", fontName=pc.FONT, fontSize=7.5, leading=8.8)
CELL = ParagraphStyle("sop_cell", parent=CHART)
CELL_C = ParagraphStyle("sop_cell_c", parent=CHART, alignment=TA_CENTER)
HEAD = ParagraphStyle("sop_head", parent=_BASE, fontName=pc.FONT_BOLD, alignment=TA_CENTER)
ID_LABEL = ParagraphStyle("id_label", parent=_BASE, fontSize=8.5, leading=10.5)
ID_VALUE = ParagraphStyle("id_value", parent=ID_LABEL, fontName=pc.FONT_BOLD)
ID_SIGN = ParagraphStyle("id_sign", parent=ID_LABEL, alignment=TA_CENTER)
OFFICE = ParagraphStyle("office", parent=_BASE, fontName=pc.FONT_BOLD, fontSize=10.5, leading=13.5,
                        alignment=TA_CENTER)
PAIR_HEAD = ParagraphStyle("pair_head", parent=ID_LABEL, fontName=pc.FONT_BOLD)
PAIR = ParagraphStyle("pair", parent=_BASE, leftIndent=12, bulletIndent=0, bulletFontSize=8)


# --- data ------------------------------------------------------------------------

@dataclass
class SopSheetStep:
    position: int
    kind: str
    activity: str
    actors: list[str]
    requirements: str
    time: str
    output: str
    note: str
    yes_target: int | None = None
    no_target: int | None = None


@dataclass
class SopSheet:
    office_lines: list[str]
    unit: str
    number: str
    title: str
    revision: int
    date_made: str
    date_revised: str
    effective_date: str
    approved_by_position: str
    approved_by_name: str
    approved_by_nip: str
    legal_basis: list[str]
    qualifications: list[str]
    related_sops: list[str]
    equipment: list[str]
    warnings: list[str]
    records: list[str]
    actors: list[str]
    steps: list[SopSheetStep] = field(default_factory=list)


def _time_text(value: float, unit: str) -> str:
    number = f"{int(value)}" if float(value).is_integer() else f"{value:g}".replace(".", ",")
    return f"{number} {unit}" if value else "-"


def sop_sheet(revision_id: str) -> SopSheet:
    """Gather one SOP revision as plain data for the document."""
    revision = SopRevision.get_or_none(SopRevision.id == revision_id)
    if revision is None:
        raise NotFound("Revisi SOP tidak ditemukan.")
    office = Office.get_or_none(Office.code == revision.office)
    lines = [line for line in pc.letterhead_lines(office) if line.upper() == line] if office else []
    steps = [SopSheetStep(s.position, s.kind, s.activity, list(s.actors or []), s.requirements,
                          _time_text(s.time_value, s.time_unit), s.output, s.note,
                          s.yes_target, s.no_target)
             for s in catalogue.revision_steps(revision)]
    actors = list(revision.actors or [])
    for s in steps:  # a lane a step names but the header forgot still gets a column
        actors += [a for a in s.actors if a not in actors]
    return SopSheet(
        office_lines=lines or ([office.name.upper()] if office else []),
        unit=revision.unit or (office.unit if office else ""), number=revision.number,
        title=revision.title, revision=revision.revision,
        date_made=dates.format_date(revision.date_made),
        date_revised=dates.format_date(revision.date_revised) if revision.date_revised else "-",
        effective_date=dates.format_date(revision.effective_date),
        approved_by_position=revision.approved_by_position,
        approved_by_name=revision.approved_by_name, approved_by_nip=revision.approved_by_nip,
        legal_basis=list(revision.legal_basis or []),
        qualifications=list(revision.qualifications or []),
        related_sops=list(revision.related_sops or []), equipment=list(revision.equipment or []),
        warnings=list(revision.warnings or []), records=list(revision.records or []),
        actors=actors, steps=steps)


# --- page 1: identity ------------------------------------------------------------

def _p(text, style=CELL) -> Paragraph:
    return Paragraph(pc.escape(text), style)


def _numbered(items: list[str]) -> list[Paragraph]:
    if not items:
        return [_p("-", PAIR)]
    return [Paragraph(pc.escape(item), PAIR, bulletText=f"{i}.") for i, item in enumerate(items, 1)]


def _identity(sheet: SopSheet, width: float) -> list:
    left_w = width * 0.42
    right_w = width - left_w
    left: list = []
    logo = config.resource_path("logo.png")
    if logo.is_file():
        left += [Image(str(logo), width=2.2 * cm, height=2.2 * cm, kind="proportional"),
                 Spacer(1, 6)]
    left += [_p(line, OFFICE) for line in sheet.office_lines]
    if sheet.unit:
        left.append(_p(sheet.unit.upper(), OFFICE))
    signer = [_p(sheet.approved_by_position, ID_SIGN), Spacer(1, 26),
              _p(sheet.approved_by_name, ParagraphStyle("n", parent=ID_SIGN, fontName=pc.FONT_BOLD)),
              _p(f"NIP. {sheet.approved_by_nip}" if sheet.approved_by_nip else "", ID_SIGN)]
    rows = [
        [_p("Nomor SOP", ID_LABEL), _p(sheet.number, ID_VALUE)],
        [_p("Tanggal Pembuatan", ID_LABEL), _p(sheet.date_made, ID_LABEL)],
        [_p("Tanggal Revisi", ID_LABEL), _p(sheet.date_revised, ID_LABEL)],
        [_p("Tanggal Efektif", ID_LABEL), _p(sheet.effective_date, ID_LABEL)],
        [_p("Disahkan oleh", ID_LABEL), signer],
        [_p("Nama SOP", ID_LABEL), _p(sheet.title.upper(), ID_VALUE)],
    ]
    right = Table(rows, colWidths=[right_w * 0.3, right_w * 0.7])
    right.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    top = Table([[left, right]], colWidths=[left_w, right_w])
    top.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, GRID), ("LINEAFTER", (0, 0), (0, 0), 0.6, GRID),
        ("VALIGN", (0, 0), (0, 0), "MIDDLE"), ("VALIGN", (1, 0), (1, 0), "TOP"),
        ("LEFTPADDING", (1, 0), (1, 0), 0), ("RIGHTPADDING", (1, 0), (1, 0), 0),
        ("TOPPADDING", (1, 0), (1, 0), 0), ("BOTTOMPADDING", (1, 0), (1, 0), 0)]))
    pairs = [
        ("Dasar Hukum:", sheet.legal_basis, "Kualifikasi Pelaksana:", sheet.qualifications),
        ("Keterkaitan:", sheet.related_sops, "Peralatan/Perlengkapan:", sheet.equipment),
        ("Peringatan:", sheet.warnings, "Pencatatan dan Pendataan:", sheet.records),
    ]
    data = []
    for head_l, items_l, head_r, items_r in pairs:
        data.append([_p(head_l, PAIR_HEAD), _p(head_r, PAIR_HEAD)])
        data.append([_numbered(items_l), _numbered(items_r)])
    bottom = Table(data, colWidths=[width / 2, width / 2], splitByRow=1)
    style = [("GRID", (0, 0), (-1, -1), 0.6, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for r in range(0, len(data), 2):
        style.append(("BACKGROUND", (0, r), (-1, r), HEAD_FILL))
    bottom.setStyle(TableStyle(style))
    return [top, bottom]


# --- the flowchart -----------------------------------------------------------------

@dataclass
class Layout:
    widths: list[float]  # No, Kegiatan, lanes..., Kelengkapan, Waktu, Output, Keterangan
    lanes: int
    header1: float
    header2: float

    @property
    def lane0(self) -> int:
        return 2

    def x(self, col: int) -> float:
        return sum(self.widths[:col])

    def lane_x(self, lane: int) -> float:
        return self.x(self.lane0 + lane)

    def lane_center(self, lane: int) -> float:
        return self.lane_x(lane) + self.widths[self.lane0 + lane] / 2

    @property
    def lane_w(self) -> float:
        return self.widths[self.lane0]

    @property
    def header(self) -> float:
        return self.header1 + self.header2


TEXT_COLS = (("Kegiatan", 152.0), ("Kelengkapan", 92.0), ("Waktu", 42.0), ("Output", 82.0),
             ("Keterangan", 100.0))
NO_W = 22.0
MIN_LANE = 46.0
MIN_ROW = 42.0
MIN_DECISION_ROW = 54.0  # room for the diamond, its labels and an off-page connector
STRIP = 26.0  # room for an off-page connector above/below the rows


def make_layout(sheet: SopSheet, width: float) -> Layout:
    n = max(1, len(sheet.actors))
    fixed = [w for _name, w in TEXT_COLS]
    lane = (width - NO_W - sum(fixed)) / n
    if lane < MIN_LANE:  # many actors: the text columns give way
        spare = width - NO_W - MIN_LANE * n
        scale = max(spare, 200) / sum(fixed)
        fixed = [w * scale for w in fixed]
        lane = (width - NO_W - sum(fixed)) / n
    kegiatan, kelengkapan, waktu, output, keterangan = fixed
    widths = [NO_W, kegiatan] + [lane] * n + [kelengkapan, waktu, output, keterangan]
    header2 = 16.0
    for actor in sheet.actors:
        _w, h = _p(actor, HEAD).wrap(lane - 4, 200)
        header2 = max(header2, h + 6)
    return Layout(widths, n, 16.0, header2)


def _row_texts(step: SopSheetStep):
    return [(1, _p(step.activity)), ("req", _p(step.requirements or "-")),
            ("time", _p(step.time, CELL_C)), ("out", _p(step.output or "-")),
            ("note", _p(step.note))]


def _text_cells(layout: Layout, step: SopSheetStep) -> list[tuple[int, Paragraph]]:
    n = layout.lanes
    cols = {1: 1, "req": 2 + n, "time": 3 + n, "out": 4 + n, "note": 5 + n}
    return [(cols[key], para) for key, para in _row_texts(step)]


def row_height(layout: Layout, step: SopSheetStep) -> float:
    height = MIN_DECISION_ROW if step.kind == "decision" else MIN_ROW
    for col, para in _text_cells(layout, step):
        _w, h = para.wrap(layout.widths[col] - 6, 1000)
        height = max(height, h + 8)
    return height


@dataclass
class ChartPage:
    steps: list[SopSheetStep]
    heights: list[float]
    incoming: str = ""  # connector letter at the top (continued from the previous page)
    outgoing: str = ""  # connector letter at the bottom (continues on the next page)


def paginate(sheet: SopSheet, layout: Layout, first_height: float, height: float) -> list[ChartPage]:
    pages: list[ChartPage] = []
    current = ChartPage([], [])
    room = first_height - layout.header
    letters = iter("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    for i, step in enumerate(sheet.steps):
        h = row_height(layout, step)
        last = i == len(sheet.steps) - 1  # no connector strip needed below the last row
        if current.steps and h + (0 if last else STRIP) > room:
            letter = next(letters, "Z")
            current.outgoing = letter
            pages.append(current)
            current = ChartPage([], [], incoming=letter)
            room = height - layout.header - STRIP
        current.steps.append(step)
        current.heights.append(h)
        room -= h
    pages.append(current)
    return pages


class FlowchartPage(Flowable):
    """One page of the flowchart table: header rows, rows with symbols, arrows."""

    def __init__(self, sheet: SopSheet, layout: Layout, page: ChartPage, pages: list[ChartPage]):
        super().__init__()
        self.sheet = sheet
        self.layout = layout
        self.page = page
        self.pages = pages
        self.width = sum(layout.widths)
        self.height = (layout.header + sum(page.heights) + (STRIP if page.incoming else 0)
                       + (STRIP if page.outgoing else 0))

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    # geometry -------------------------------------------------------------------
    def _rows(self) -> dict[int, tuple[float, float]]:
        """position -> (top y, bottom y) of the rows on this page."""
        y = self.height - self.layout.header - (STRIP if self.page.incoming else 0)
        rows = {}
        for step, h in zip(self.page.steps, self.page.heights, strict=True):
            rows[step.position] = (y, y - h)
            y -= h
        return rows

    def _lane(self, actor: str) -> int:
        return self.sheet.actors.index(actor) if actor in self.sheet.actors else 0

    def _lanes(self, step: SopSheetStep) -> list[int]:
        return sorted({self._lane(a) for a in step.actors} or {0})

    def _size(self, kind: str) -> tuple[float, float]:
        w = self.layout.lane_w
        if kind == "decision":
            return min(w - 18, 44), 28
        return min(w - 10, 40), 20

    def draw(self):
        c = self.canv
        c.saveState()
        c.setLineWidth(0.6)
        c.setStrokeColor(GRID)
        self._draw_header(c)
        rows = self._rows()
        self._draw_grid(c, rows)
        for step in self.page.steps:
            self._draw_row_text(c, step, rows[step.position])
        for step in self.page.steps:
            self._draw_symbols(c, step, rows[step.position])
        for step in self.page.steps:
            self._draw_flow(c, step, rows)
        if self.page.incoming:
            self._draw_incoming(c, rows)
        c.restoreState()

    def _draw_header(self, c) -> None:
        lay = self.layout
        top = self.height
        mid = top - lay.header1
        bottom = top - lay.header
        c.setFillColor(HEAD_FILL)
        c.rect(0, bottom, self.width, lay.header, stroke=0, fill=1)
        c.setFillColor(colors.black)
        n = lay.lanes
        spans = [  # (first col, last col, text, two rows tall?)
            (0, 0, "No", True), (1, 1, "Kegiatan", True),
            (2, 1 + n, "Pelaksana", False), (2 + n, 4 + n, "Mutu Baku", False),
            (5 + n, 5 + n, "Keterangan", True)]
        for first, last, text, tall in spans:
            x0, x1 = lay.x(first), lay.x(last + 1)
            y0 = bottom if tall else mid
            c.rect(x0, y0, x1 - x0, top - y0, stroke=1, fill=0)
            self._centre_para(c, _p(text, HEAD), x0, x1, y0, top)
        subs = [(2 + i, actor) for i, actor in enumerate(self.sheet.actors)]
        subs += [(2 + n, "Kelengkapan"), (3 + n, "Waktu"), (4 + n, "Output")]
        for col, text in subs:
            x0, x1 = lay.x(col), lay.x(col + 1)
            c.rect(x0, bottom, x1 - x0, mid - bottom, stroke=1, fill=0)
            self._centre_para(c, _p(text, HEAD), x0, x1, bottom, mid)

    @staticmethod
    def _centre_para(c, para, x0, x1, y0, y1) -> None:
        w, h = para.wrap(x1 - x0 - 4, y1 - y0)
        para.drawOn(c, x0 + 2, y0 + (y1 - y0 - h) / 2)

    def _draw_grid(self, c, rows) -> None:
        lay = self.layout
        body_top = self.height - lay.header
        body_bottom = 0
        c.rect(0, body_bottom, self.width, body_top - body_bottom, stroke=1, fill=0)
        for col in range(1, len(lay.widths)):
            x = lay.x(col)
            c.line(x, body_top, x, body_bottom)
        for top, _bottom in rows.values():
            c.line(0, top, self.width, top)
        if self.page.outgoing:
            c.line(0, STRIP, self.width, STRIP)

    def _draw_row_text(self, c, step: SopSheetStep, row) -> None:
        top, bottom = row
        lay = self.layout
        no = _p(str(step.position), CELL_C)
        self._centre_para(c, no, 0, lay.widths[0], bottom, top)
        for col, para in _text_cells(lay, step):
            w, h = para.wrap(lay.widths[col] - 6, 1000)
            para.drawOn(c, lay.x(col) + 3, top - 4 - h)

    # symbols --------------------------------------------------------------------
    def _draw_symbols(self, c, step: SopSheetStep, row) -> None:
        top, bottom = row
        cy = (top + bottom) / 2
        lanes = self._lanes(step)
        w, h = self._size(step.kind)
        if len(lanes) > 1:  # one activity done together: symbols joined by a line
            c.line(self.layout.lane_center(lanes[0]) + w / 2, cy,
                   self.layout.lane_center(lanes[-1]) - w / 2, cy)
        for lane in lanes:
            cx = self.layout.lane_center(lane)
            c.setFillColor(colors.white)
            if step.kind in ("start", "end"):
                c.roundRect(cx - w / 2, cy - h / 2, w, h, h / 2, stroke=1, fill=1)
            elif step.kind == "decision":
                path = c.beginPath()
                path.moveTo(cx, cy + h / 2)
                path.lineTo(cx + w / 2, cy)
                path.lineTo(cx, cy - h / 2)
                path.lineTo(cx - w / 2, cy)
                path.close()
                c.drawPath(path, stroke=1, fill=1)
            else:
                c.rect(cx - w / 2, cy - h / 2, w, h, stroke=1, fill=1)
            c.setFillColor(colors.black)

    def _anchor(self, step: SopSheetStep, row, towards_x: float) -> tuple[float, float, float]:
        """(centre x, centre y, half width) of the step's symbol nearest to towards_x."""
        top, bottom = row
        lanes = self._lanes(step)
        lane = min(lanes, key=lambda i: abs(self.layout.lane_center(i) - towards_x))
        w, _h = self._size(step.kind)
        return self.layout.lane_center(lane), (top + bottom) / 2, w / 2

    def _step(self, position: int) -> SopSheetStep | None:
        for step in self.sheet.steps:
            if step.position == position:
                return step
        return None

    def _draw_flow(self, c, step: SopSheetStep, rows) -> None:
        if step.kind == "end":
            return
        last = len(self.sheet.steps)
        nxt = step.position + 1
        if step.kind != "decision":
            if nxt <= last:
                self._down_arrow(c, step, nxt, rows, "")
            return
        yes, no = step.yes_target, step.no_target
        if yes == nxt:
            self._down_arrow(c, step, nxt, rows, "Ya")
            self._side_arrow(c, step, no, rows, "Tidak", right=True)
        elif no == nxt:
            self._down_arrow(c, step, nxt, rows, "Tidak")
            self._side_arrow(c, step, yes, rows, "Ya", right=True)
        else:
            self._side_arrow(c, step, no, rows, "Tidak", right=True)
            self._side_arrow(c, step, yes, rows, "Ya", right=False)

    def _down_arrow(self, c, step, target_pos, rows, label) -> None:
        row = rows[step.position]
        target = self._step(target_pos)
        if target is None:
            return
        _w, h = self._size(step.kind)
        if target_pos in rows:
            tx, ty, _tw = self._anchor(target, rows[target_pos], self.layout.lane_center(self._lanes(step)[0]))
            sx, sy, _sw = self._anchor(step, row, tx)
            _tw2, th = self._size(target.kind)
            y_mid = row[1] + min(8.0, (sy - h / 2 - row[1]) / 2)
            points = [(sx, sy - h / 2), (sx, y_mid), (tx, y_mid), (tx, ty + th / 2)]
        else:  # continues on the next page: down to the connector strip
            sx, sy, _sw = self._anchor(step, row, self.layout.lane_center(self._lanes(target)[0]))
            points = [(sx, sy - h / 2), (sx, STRIP - 4)]
            self._connector(c, sx, STRIP / 2 - 2, self.page.outgoing)
        self._polyline(c, points, arrow=True)
        if label:
            self._label(c, sx + 3, sy - h / 2 - 8, label)

    def _side_arrow(self, c, step, target_pos, rows, label, right: bool) -> None:
        target = self._step(target_pos) if target_pos else None
        if target is None:
            return
        row = rows[step.position]
        w, _h = self._size(step.kind)
        lanes = self._lanes(step)
        lane = lanes[-1] if right else lanes[0]
        cx = self.layout.lane_center(lane)
        cy = (row[0] + row[1]) / 2
        vx = cx + w / 2 if right else cx - w / 2
        edge = self.layout.lane_x(lane) + (self.layout.lane_w - 6 if right else 6)
        up = target_pos < step.position  # the label sits on the side the line does not take
        self._label(c, vx + (1 if right else -16), cy - 8 if up else cy + 3, label)
        if target_pos in rows:
            trow = rows[target_pos]
            tx, ty, tw = self._anchor(target, trow, edge)
            end_x = tx + tw if edge > tx else tx - tw
            points = [(vx, cy), (edge, cy), (edge, ty), (end_x, ty)]
            self._polyline(c, points, arrow=True)
        else:  # the target is on another page: an off-page connector with its number
            down = target_pos > step.position
            y = cy - 16 if down else cy + 16
            self._polyline(c, [(vx, cy), (edge, cy), (edge, y + (5 if down else -5))], arrow=True)
            self._connector(c, edge, y - (4 if down else -4), str(target_pos), small=True)

    def _draw_incoming(self, c, rows) -> None:
        first = self.page.steps[0]
        top = self.height - self.layout.header
        x = self.layout.lane_center(self._lanes(first)[0])
        self._connector(c, x, top - STRIP / 2 + 2, self.page.incoming)
        _w, h = self._size(first.kind)
        fx, fy, _fw = self._anchor(first, rows[first.position], x)
        self._polyline(c, [(x, top - STRIP + 4), (x, rows[first.position][0]), (fx, rows[first.position][0]),
                           (fx, fy + h / 2)], arrow=True)

    # drawing helpers ---------------------------------------------------------------
    @staticmethod
    def _polyline(c, points, arrow: bool) -> None:
        clean = [points[0]] + [p for prev, p in zip(points, points[1:], strict=False) if p != prev]
        path = c.beginPath()
        path.moveTo(*clean[0])
        for point in clean[1:]:
            path.lineTo(*point)
        c.drawPath(path, stroke=1, fill=0)
        if arrow and len(clean) > 1:
            (x0, y0), (x1, y1) = clean[-2], clean[-1]
            FlowchartPage._arrowhead(c, x0, y0, x1, y1)

    @staticmethod
    def _arrowhead(c, x0, y0, x1, y1) -> None:
        angle = math.atan2(y1 - y0, x1 - x0)
        size = 4.5
        left = (x1 - size * math.cos(angle - 0.4), y1 - size * math.sin(angle - 0.4))
        right = (x1 - size * math.cos(angle + 0.4), y1 - size * math.sin(angle + 0.4))
        path = c.beginPath()
        path.moveTo(x1, y1)
        path.lineTo(*left)
        path.lineTo(*right)
        path.close()
        c.setFillColor(colors.black)
        c.drawPath(path, stroke=0, fill=1)

    @staticmethod
    def _label(c, x, y, text) -> None:
        c.setFont(pc.FONT_ITALIC, 6.5)
        c.drawString(x, y, text)

    @staticmethod
    def _connector(c, x, y, text, small: bool = False) -> None:
        """Off-page connector: a pentagon pointing down, centred at (x, y)."""
        w = 10 if small else 14
        h = 10 if small else 14
        path = c.beginPath()
        path.moveTo(x - w / 2, y + h / 2)
        path.lineTo(x + w / 2, y + h / 2)
        path.lineTo(x + w / 2, y - h / 6)
        path.lineTo(x, y - h / 2)
        path.lineTo(x - w / 2, y - h / 6)
        path.close()
        c.setFillColor(colors.white)
        c.drawPath(path, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.setFont(pc.FONT_BOLD, 6.5 if small else 7.5)
        c.drawCentredString(x, y - 1, text)


# --- the document ----------------------------------------------------------------

def render_sop_pdf(sheet: SopSheet, out) -> None:
    """Write the SOP document to `out` (a path or a binary file object)."""
    doc = pc.a4_document(out, title=sheet.title, landscape=True, leftMargin=MARGIN_X,
                         rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM)
    width = doc.width - 12  # the frame's own padding, 6 pt each side
    height = doc.height - 12
    story: list = _identity(sheet, width)
    layout = make_layout(sheet, width)
    pages = paginate(sheet, layout, height, height)
    story.append(PageBreak())
    for i, page in enumerate(pages):
        if i:
            story.append(PageBreak())
        story.append(FlowchartPage(sheet, layout, page, pages))
    footer = f"{sheet.number} — Revisi {sheet.revision}"
    doc.build(story, canvasmaker=pc.numbered_canvas(footer))


def write_sop_pdf(revision_id: str, out) -> SopSheet:
    sheet = sop_sheet(revision_id)
    render_sop_pdf(sheet, out)
    return sheet
