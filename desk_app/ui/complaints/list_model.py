"""The complaint list: its columns and colours over the one paged table model.

Rows come from `complaints.search.search_complaints` (keyset paging, newest received
first). Red rows are past their stage deadline, yellow ones are due today or on the next
working day. The list never shows a hidden identity (the rows carry none).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from desk_app.models.complaints import search as complaint_search
from desk_app.models.complaints.search import ComplaintRow
from desk_app.models.core.dates import format_short, local_today
from desk_app.ui.table_model import Column, Look, PagedTableModel

CTX = "ComplaintListModel"
OVERDUE_BG = QColor("#f8d7da")
DUE_SOON_BG = QColor("#fff3cd")
CLOSED_FG = QColor("#6c757d")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class ComplaintListModel(PagedTableModel):
    """The office's complaints for the filters of `set_filters(**filters)` (the keyword
    arguments of `search_complaints`)."""

    def __init__(self, office: str, tz: str | None = None, page_size: int = 100, parent=None):
        self.office = office
        self.tz = tz
        self.filters: dict = {}
        self.today = local_today(tz)
        super().__init__(self._columns(), self._fetch_page, page_size=page_size, context=CTX,
                         look=self._look, parent=parent)

    def set_filters(self, **filters) -> None:
        """Apply new filters; the first page is loaded within the reset."""
        self.filters = filters
        self.reload()

    def reload(self) -> None:
        self.today = local_today(self.tz)
        super().reload()

    def _fetch_page(self, after, limit: int):
        return complaint_search.search_complaints(self.office, after=after, limit=limit, today=self.today,
                                    **self.filters)

    def mark(self, row: ComplaintRow) -> str:
        if row.overdue:
            return _tr("LEWAT BATAS %1 hari kerja").replace("%1", str(row.days_overdue))
        if row.due_soon:
            return _tr("Batas hari ini") if row.stage_due == self.today else _tr("Batas besok")
        if row.stage == "jawaban" and row.stage_due and row.stage_due <= self.today:
            return _tr("Boleh ditutup")
        return ""

    def _columns(self) -> list[Column]:
        def column(title, value, sort=None, key=""):
            return Column(title, value, sort, tooltip=True, key=key)

        return [
            column(QT_TRANSLATE_NOOP(CTX, "Nomor"), lambda r: r.number,
                   lambda r: (r.received_date, r.registered_at), "number"),
            column(QT_TRANSLATE_NOOP(CTX, "Diterima"), lambda r: format_short(r.received_date),
                   lambda r: r.received_date),
            column(QT_TRANSLATE_NOOP(CTX, "Jenis"), lambda r: r.kind),
            column(QT_TRANSLATE_NOOP(CTX, "Saluran"), lambda r: r.channel),
            column(QT_TRANSLATE_NOOP(CTX, "Kategori"), lambda r: r.category),
            column(QT_TRANSLATE_NOOP(CTX, "Pelapor"), lambda r: r.complainant),
            column(QT_TRANSLATE_NOOP(CTX, "Tahap"), lambda r: r.stage),
            column(QT_TRANSLATE_NOOP(CTX, "Batas tahap"), lambda r: format_short(r.stage_due),
                   lambda r: r.stage_due),
            column(QT_TRANSLATE_NOOP(CTX, "Keterangan"), self.mark, key="mark"),
            column(QT_TRANSLATE_NOOP(CTX, "Tiket"), lambda r: r.external_ticket),
        ]

    def _look(self, row: ComplaintRow, column: Column) -> Look:
        background = OVERDUE_BG if row.overdue else DUE_SOON_BG if row.due_soon else None
        closed = CLOSED_FG if row.stage == "selesai" else None
        return Look(background, closed, row.overdue and column.key in ("number", "mark"))
