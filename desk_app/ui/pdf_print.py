"""Print a PDF on a printer chosen in Qt's print dialog (QtPdf renders the pages), on the
paper of the document (an A5 receipt or an 80 mm roll, not the printer's default A4).

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

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
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
            raise OSError(_tr("PDF tidak dapat dibaca."))
        return buffer
    if document.load(source) != QPdfDocument.Error.None_:
        raise OSError(_tr("Berkas PDF tidak dapat dibaca: %1").replace("%1", source))
    return None


def render_to_printer(source: str | bytes, printer: QPrinter) -> int:
    """Paint every page of the PDF (a path, or the file's bytes) on `printer`; returns
    the pages printed."""
    document = QPdfDocument()
    buffer = _load(document, source)  # noqa: F841 - must outlive the rendering
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(_tr("Printer tidak dapat dipakai."))
    try:
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            # true size, only shrunk to fit: an A5 receipt on A4 paper stays A5
            scale = min(dpi / 72.0, area.width() / points.width(), area.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = document.render(page, size)
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
        document.close()
    return pages


def pdf_page_size(source: str | bytes) -> QPageSize | None:
    """The first page's size as a QPageSize (A5 is recognised as A5), or None."""
    document = QPdfDocument()
    try:
        buffer = _load(document, source)  # noqa: F841 - must outlive the reading
        if not document.pageCount():
            return None
        points = document.pagePointSize(0)
        return QPageSize(QSizeF(points.width(), points.height()), QPageSize.Unit.Point, "",
                         QPageSize.SizeMatchPolicy.FuzzyMatch)
    except OSError:
        return None
    finally:
        document.close()


def print_pdf(parent: QWidget | None, source: str | bytes, title: str = "",
              delete_after: bool = False) -> bool:
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title or "Loket Prima")
        page_size = pdf_page_size(source)
        if page_size is not None:  # the paper of the document, not the default A4
            printer.setPageSize(page_size)
            printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title or _tr("Cetak"))
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
