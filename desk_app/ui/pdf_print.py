"""Print a PDF file on a printer chosen in Qt's print dialog (QtPdf renders the pages).

    from desk_app.ui.pdf_print import print_pdf
    print_pdf(self, "/tmp/sheet.pdf", self.tr("Cetak lembar standar"))
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from desk_app.ui.widgets import show_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfPrint", text)


def render_to_printer(path: str, printer: QPrinter) -> int:
    """Paint every page of the PDF at `path` on `printer`; returns the pages printed."""
    document = QPdfDocument()
    if document.load(path) != QPdfDocument.Error.None_:
        raise OSError(QCoreApplication.translate("PdfPrint", "Berkas PDF tidak dapat dibaca: %1").replace("%1", path))
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
            # true size, only shrunk to fit: an A5 receipt on A4 paper stays A5
            scale = min(dpi / 72.0, area.width() / points.width(), area.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = document.render(page, size)
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
        document.close()
    return pages


def pdf_page_size(path: str) -> QPageSize | None:
    """The first page's size as a QPageSize (A5 is recognised as A5), or None."""
    document = QPdfDocument()
    try:
        if document.load(path) != QPdfDocument.Error.None_ or not document.pageCount():
            return None
        points = document.pagePointSize(0)
        return QPageSize(QSizeF(points.width(), points.height()), QPageSize.Unit.Point, "",
                         QPageSize.SizeMatchPolicy.FuzzyMatch)
    finally:
        document.close()


def print_pdf(parent: QWidget | None, path: str, title: str = "") -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title or "Loket Prima")
    page_size = pdf_page_size(path)
    if page_size is not None:  # the paper of the document (A5, 80 mm roll), not the default A4
        printer.setPageSize(page_size)
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title or QCoreApplication.translate("PdfPrint", "Cetak"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    try:
        render_to_printer(path, printer)
    except OSError as exc:
        show_error(parent, str(exc))
        return False
    return True

