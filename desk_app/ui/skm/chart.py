"""A bar chart of the nine element scores (25–100) over the grade bands A/B/C/D."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desk_app.models.skm.index import GRADES

# (lower, upper, letter, colour) from D to A
BANDS = (
    (25.0, 65.0, "D", QColor("#f6c9c4")),
    (65.0, 76.61, "C", QColor("#fbe0b3")),
    (76.61, 88.31, "B", QColor("#dbeec0")),
    (88.31, 100.0, "A", QColor("#b9e3c6")),
)
assert [b[2] for b in BANDS] == [g[1] for g in reversed(GRADES)]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScoreChart", text)


class ScoreChart(QWidget):
    """Horizontal bars, one per element (label "U1 Persyaratan"), on a 25–100 axis with
    the grade bands behind them and a dashed line at the IKM."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, float | None]] = []
        self.ikm: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(_tr("Grafik nilai unsur"))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(520, 300)

    def set_data(self, rows: list[tuple[str, float | None]], ikm: float | None) -> None:
        self.rows = rows
        self.ikm = ikm
        self.update()

    def _x(self, value: float, left: float, width: float) -> float:
        return left + (value - 25.0) / 75.0 * width

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        font = QFont(self.font())
        font.setPointSizeF(8.5)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        label_w = max([metrics.horizontalAdvance(label) for label, _ in self.rows] + [60]) + 10
        left, top = label_w, 22.0
        width = max(self.width() - left - 46, 50)
        height = max(self.height() - top - 26, 40)
        for low, high, letter, colour in BANDS:
            x0, x1 = self._x(low, left, width), self._x(high, left, width)
            painter.fillRect(QRectF(x0, top, x1 - x0, height), colour)
            painter.setPen(QColor("#555"))
            painter.drawText(QRectF(x0, 2, x1 - x0, top - 4), Qt.AlignmentFlag.AlignCenter,
                             _tr("Mutu %1").replace("%1", letter))
        painter.setPen(QPen(QColor("#999"), 1))
        for tick in (25, 45, 65, 76.61, 88.31, 100):
            x = self._x(tick, left, width)
            painter.drawLine(int(x), int(top + height), int(x), int(top + height + 4))
            text = f"{tick:g}".replace(".", ",")
            painter.drawText(QRectF(x - 30, top + height + 4, 60, 16),
                             Qt.AlignmentFlag.AlignHCenter, text)
        if not self.rows:
            painter.drawText(QRectF(left, top, width, height), Qt.AlignmentFlag.AlignCenter,
                             _tr("Belum ada data"))
            return
        slot = height / len(self.rows)
        for i, (label, score) in enumerate(self.rows):
            y = top + i * slot
            painter.setPen(QColor("#222"))
            painter.drawText(QRectF(0, y, left - 6, slot),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            if score is None:
                painter.drawText(QRectF(left + 4, y, width, slot), Qt.AlignmentFlag.AlignVCenter,
                                 _tr("tidak ada jawaban"))
                continue
            x = self._x(score, left, width)
            bar = QRectF(left, y + slot * 0.2, max(x - left, 1), slot * 0.6)
            painter.fillRect(bar, QColor("#2f5d8a"))
            painter.drawText(QRectF(x + 4, y, 44, slot), Qt.AlignmentFlag.AlignVCenter,
                             f"{score:.2f}".replace(".", ","))
        if self.ikm is not None:
            x = self._x(self.ikm, left, width)
            painter.setPen(QPen(QColor("#b00020"), 2, Qt.PenStyle.DashLine))
            painter.drawLine(int(x), int(top), int(x), int(top + height))
            painter.setPen(QColor("#b00020"))
            text = _tr("IKM %1").replace("%1", f"{self.ikm:.2f}".replace(".", ","))
            painter.drawText(QRectF(0, 2, left - 8, top - 4),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             "- - " + text)
