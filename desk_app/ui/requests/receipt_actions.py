"""Printing and saving a request's receipt (tanda terima), from the registration form and
from the request's detail dialog. reportlab is loaded on the first receipt."""

from __future__ import annotations

import io
import logging

from PySide6.QtWidgets import QWidget

from desk_app.models.core.errors import UserError
from desk_app.models.requests import flow as request_flow
from desk_app.ui.save_file import save_file_name
from desk_app.ui.widgets import show_error

log = logging.getLogger(__name__)


def save_receipt_as(parent: QWidget, session, request_id: str, number: str,
                    reprint: bool) -> bool:
    """Ask where, write the A5 (or thermal) receipt PDF, log the print."""
    name = f"tanda-terima-{number}.pdf"
    path, chosen = save_file_name(
        parent, parent.tr("Simpan tanda terima"), name,
        parent.tr("PDF A5 (*.pdf);;PDF kertas struk 80 mm (*.pdf)"))
    if not path:
        return False
    layout = "thermal" if "80" in chosen else "a5"
    try:
        from desk_app.reports.receipt import write_receipt  # reportlab: loaded on first print

        write_receipt(request_id, path, layout=layout, reprint=reprint)
        request_flow.log_receipt_print(session.user, request_id, reprint=reprint)
    except (UserError, OSError) as exc:
        show_error(parent, exc)
        return False
    return True


def print_receipt(parent: QWidget, session, request_id: str, reprint: bool,
                  layout: str = "a5") -> bool:
    """Render the receipt and send it through Qt's print dialog; without QtPdf, offer to
    save it as a PDF instead. The print is logged (a reprint as a reprint)."""
    try:
        from desk_app.ui.pdf_print import print_pdf
    except ImportError:  # QtPdf missing: the PDF can still be saved and printed
        log.warning("QtPdf not available; saving the receipt instead of printing")
        number = request_flow.get_request(request_id).number
        return save_receipt_as(parent, session, request_id, number, reprint)
    try:  # rendered in memory: no file with the applicant's data in a temporary folder
        from desk_app.reports.receipt import write_receipt

        pdf = io.BytesIO()
        data = write_receipt(request_id, pdf, layout=layout, reprint=reprint)
        if not print_pdf(parent, pdf.getvalue(), parent.tr("Cetak tanda terima %1").replace("%1", data.number)):
            return False
        request_flow.log_receipt_print(session.user, request_id, reprint=reprint)
    except UserError as exc:
        show_error(parent, exc)
        return False
    return True
