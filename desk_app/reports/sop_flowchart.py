"""One page of the SOP flowchart drawn with the standard symbols: capsule (start/end),
rectangle (activity), diamond (decision with its "Ya"/"Tidak" branches), arrows, and
off-page connectors where the chart continues on another page."""

from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable

from desk_app.reports import pdf_common as pc
from desk_app.reports.sop_layout import (
    CELL_C,
    GRID,
    HEAD,
    HEAD_FILL,
    STRIP,
    ChartPage,
    Layout,
    cell_para,
    text_cells,
)
from desk_app.reports.sop_sheet import SopSheet, SopSheetStep


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
            self._centre_para(c, cell_para(text, HEAD), x0, x1, y0, top)
        subs = [(2 + i, actor) for i, actor in enumerate(self.sheet.actors)]
        subs += [(2 + n, "Kelengkapan"), (3 + n, "Waktu"), (4 + n, "Output")]
        for col, text in subs:
            x0, x1 = lay.x(col), lay.x(col + 1)
            c.rect(x0, bottom, x1 - x0, mid - bottom, stroke=1, fill=0)
            self._centre_para(c, cell_para(text, HEAD), x0, x1, bottom, mid)

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
        no = cell_para(str(step.position), CELL_C)
        self._centre_para(c, no, 0, lay.widths[0], bottom, top)
        for col, para in text_cells(lay, step):
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


