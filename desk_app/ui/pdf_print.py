"""Print a PDF on a printer chosen in Qt's print dialog (QtPdf renders the pages).

    from desk_app.ui.pdf_print import print_pdf
    print_pdf(self, pdf_bytes, self.tr("Cetak tanda terima"))

Give the PDF as bytes when it holds personal data: it is read from memory, so no print
file is left in a temporary folder. A path is read as is and left alone (its owner
deletes it); with `delete_after=True` it is deleted once the job is handed to the
printer, or when the print is cancelled.
"""

from __future__ import annotations

import contextlib
import os

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from desk_app.ui.widgets import show_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfPrint", text)


def _load(document: QPdfDocument, source: str | bytes) -> QBuffer | None:
    if isinstance(source, (bytes, bytearray)):
        buffer = QBuffer()
        buffer.setData(QByteArray(bytes(source)))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready:
            raise OSError(QCoreApplication.translate("PdfPrint", "PDF tidak dapat dibaca."))
        return buffer
    if document.load(source) != QPdfDocument.Error.None_:
        raise OSError(QCoreApplication.translate("PdfPrint", "Berkas PDF tidak dapat dibaca: %1").replace("%1", source))
    return None


def render_to_printer(source: str | bytes, printer: QPrinter) -> int:
    """Paint every page of the PDF (a path, or the file's bytes) on `printer`; returns
    the pages printed."""
    document = QPdfDocument()
    buffer = _load(document, source)  # noqa: F841 - must outlive the rendering
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("PdfPrint", "Printer tidak dapat dipakai."))
    try:
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = document.render(page, size)
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
        document.close()
    return pages


def print_pdf(parent: QWidget | None, source: str | bytes, title: str = "",
              delete_after: bool = False) -> bool:
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title or "Loket Prima")
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title or QCoreApplication.translate("PdfPrint", "Cetak"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        try:
            render_to_printer(source, printer)  # the job is with the printer when this returns
        except OSError as exc:
            show_error(parent, str(exc))
            return False
        return True
    finally:
        if delete_after and isinstance(source, str):
            with contextlib.suppress(OSError):
                os.remove(source)

