"""The request list: its columns and colours, over the one paged table model.

Rows come from `requests.search.search_requests` (keyset paging on (reg_date, serial),
newest first); the view asks for more with canFetchMore/fetchMore as the user scrolls,
so a table of hundreds of thousands of requests opens as fast as one of a hundred.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from desk_app.models.core.dates import format_short, local_today
from desk_app.models.requests.flow import STATUS_LABELS
from desk_app.models.requests.search import RequestFilter, RequestRow, search_requests
from desk_app.ui.table_model import Column, Look, PagedTableModel

CTX = "RequestListModel"
OVERDUE_BG = QColor("#f8d7da")
DUE_TODAY_BG = QColor("#fff3cd")
MUTED_FG = QColor("#6c757d")


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CTX, text, None, n)


class RequestListModel(PagedTableModel):
    """The request list for a `RequestFilter`; `today` decides the late marks."""

    def __init__(self, flt: RequestFilter, page_size: int = 100, today: dt.date | None = None,
                 tz: str | None = None, parent=None):
        self._tz = tz
        self._today = today
        self._filter = flt
        super().__init__(self._columns(), self._fetch_page, page_size=page_size, context=CTX,
                         look=self._look, parent=parent)

    @property
    def today(self) -> dt.date:
        return self._today or local_today(self._tz)

    @property
    def filter(self) -> RequestFilter:
        return self._filter

    def set_filter(self, flt: RequestFilter) -> None:
        self._filter = flt
        self.reload()

    def _fetch_page(self, after, limit: int):
        flt = self._filter
        if flt.overdue and flt.today is None:
            flt = dataclasses.replace(flt, today=self.today)
        return search_requests(flt, after=after, limit=limit)

    def mark_text(self, row: RequestRow) -> str:
        marks = []
        urgency = row.urgency(self.today)
        if urgency == "overdue":
            marks.append(_tr("TERLAMBAT %n hari", (self.today - row.due_date).days))
        elif urgency == "due_today":
            marks.append(_tr("Jatuh tempo hari ini"))
        if not row.complete:
            marks.append(_tr("Berkas belum lengkap"))
        return "; ".join(marks)

    def _columns(self) -> list[Column]:
        def mark_tip(row):
            return self.mark_text(row) or None

        return [
            Column(QT_TRANSLATE_NOOP(CTX, "Nomor"), lambda r: r.number, lambda r: r.key,
                   tooltip=mark_tip, key="number"),
            Column(QT_TRANSLATE_NOOP(CTX, "Tanggal"), lambda r: format_short(r.reg_date),
                   lambda r: r.key, tooltip=mark_tip),
            Column(QT_TRANSLATE_NOOP(CTX, "Antrean"), lambda r: f"{r.queue_number:03d}",
                   lambda r: r.queue_number, tooltip=mark_tip),
            Column(QT_TRANSLATE_NOOP(CTX, "Layanan"), lambda r: f"{r.service_code} {r.service_name}",
                   tooltip=lambda r: f"{r.service_code} — {r.service_name}"),
            Column(QT_TRANSLATE_NOOP(CTX, "Pemohon"), lambda r: r.applicant_name, tooltip=mark_tip),
            Column(QT_TRANSLATE_NOOP(CTX, "NIK"), lambda r: r.nik_masked, tooltip=mark_tip),
            Column(QT_TRANSLATE_NOOP(CTX, "Telepon"), lambda r: r.phone, tooltip=mark_tip),
            Column(QT_TRANSLATE_NOOP(CTX, "Status"), lambda r: _tr(STATUS_LABELS.get(r.status, r.status)),
                   tooltip=mark_tip),
            Column(QT_TRANSLATE_NOOP(CTX, "Jatuh tempo"), lambda r: format_short(r.due_date),
                   lambda r: r.due_date, tooltip=mark_tip),
            Column(QT_TRANSLATE_NOOP(CTX, "Keterangan"), self.mark_text, tooltip=mark_tip, key="mark"),
        ]

    def _look(self, row: RequestRow, column: Column) -> Look:
        urgency = row.urgency(self.today)
        background = {"overdue": OVERDUE_BG, "due_today": DUE_TODAY_BG}.get(urgency)
        muted = MUTED_FG if row.status in ("dibatalkan", "ditolak") else None
        bold = urgency == "overdue" and column.key in ("number", "mark")
        return Look(background, muted, bold)
