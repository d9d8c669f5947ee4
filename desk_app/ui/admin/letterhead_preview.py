"""A live picture of the letterhead as documents print it (reportlab draws it into an
in-memory PDF with the same pdf_common.draw_letterhead; QtPdf renders the strip)."""

from __future__ import annotations

import io
from types import SimpleNamespace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QWidget
from reportlab.pdfgen import canvas as rl_canvas

from desk_app.reports import pdf_common as pc

STRIP_WIDTH, MARGIN = 595.0, 40.0  # A4 width in points, page margins


def letterhead_pdf(lines: list[str], name: str = "", address: str = "") -> tuple[bytes, float]:
    """A one-page PDF holding only the letterhead; returns it and its height in points."""
    office = SimpleNamespace(letterhead=lines, name=name or " ", address=address)
    height = pc.letterhead_height(office, STRIP_WIDTH - 2 * MARGIN) + 16
    out = io.BytesIO()
    pdf = rl_canvas.Canvas(out, pagesize=(STRIP_WIDTH, height))
    pc.draw_letterhead(pdf, office, MARGIN, height - 6, STRIP_WIDTH - 2 * MARGIN)
    pdf.showPage()
    pdf.save()
    return out.getvalue(), height


class LetterheadPreview(QLabel):
    """Shows the letterhead of the given lines; `update_lines` re-renders after a pause."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("background: white; border: 1px solid #bbb;")
        self.setMinimumHeight(90)
        self._pending: tuple[list[str], str, str] = ([], "", "")
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self._render)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None

    def update_lines(self, lines: list[str], name: str = "", address: str = "") -> None:
        self._pending = (lines, name, address)
        self._timer.start()

    def render_now(self, lines: list[str], name: str = "", address: str = "") -> None:
        self._pending = (lines, name, address)
        self._render()

    def _render(self) -> None:
        data, height = letterhead_pdf(*self._pending)
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        width = max(self.width() - 4, 400)
        image = self.document.render(0, QSize(width, int(width * height / STRIP_WIDTH)))
        self.setPixmap(QPixmap.fromImage(image))
