"""The SOP flowchart's measures: page, margins and styles of the SOP document, the
column layout (No, Kegiatan, one lane per actor, Mutu Baku, Keterangan), row heights
and the split of the steps over pages. FlowchartPage (sop_flowchart) draws them."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph

from desk_app.reports import pdf_common as pc
from desk_app.reports.sop_sheet import SopSheet, SopSheetStep

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



def cell_para(text, style=CELL) -> Paragraph:
    return Paragraph(pc.escape(text), style)


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
        _w, h = cell_para(actor, HEAD).wrap(lane - 4, 200)
        header2 = max(header2, h + 6)
    return Layout(widths, n, 16.0, header2)


def _row_texts(step: SopSheetStep):
    return [(1, cell_para(step.activity)), ("req", cell_para(step.requirements or "-")),
            ("time", cell_para(step.time, CELL_C)), ("out", cell_para(step.output or "-")),
            ("note", cell_para(step.note))]


def text_cells(layout: Layout, step: SopSheetStep) -> list[tuple[int, Paragraph]]:
    n = layout.lanes
    cols = {1: 1, "req": 2 + n, "time": 3 + n, "out": 4 + n, "note": 5 + n}
    return [(cols[key], para) for key, para in _row_texts(step)]


def row_height(layout: Layout, step: SopSheetStep) -> float:
    height = MIN_DECISION_ROW if step.kind == "decision" else MIN_ROW
    for col, para in text_cells(layout, step):
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


