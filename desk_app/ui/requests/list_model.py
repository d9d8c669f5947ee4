"""The request list as a Qt item model that fetches in pages.

Rows come from `request_flow.search_requests` (keyset paging on (reg_date, serial),
newest first); the view asks for more with canFetchMore/fetchMore as the user scrolls,
so a table of hundreds of thousands of requests opens as fast as one of a hundred.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desk_app.models.core.dates import format_short, local_today
from desk_app.models.requests.flow import RequestFilter, RequestRow, search_requests
from desk_app.ui.text import status_label

_ROOT = QModelIndex()  # the invisible root, as a default argument
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the RequestRow itself
ID_ROLE = Qt.ItemDataRole.UserRole  # the request id

OVERDUE_BG = QColor("#f8d7da")
DUE_TODAY_BG = QColor("#fff3cd")
MUTED_FG = QColor("#6c757d")


class RequestListModel(QAbstractTableModel):
    COLUMNS = ("number", "reg_date", "queue", "service", "applicant", "nik", "phone",
               "status", "due_date", "mark")

    def __init__(self, flt: RequestFilter, page_size: int = 100, today: dt.date | None = None,
                 tz: str | None = None, parent=None):
        super().__init__(parent)
        self._filter = flt
        self._page_size = page_size
        self._tz = tz
        self._today = today
        self._rows: list[RequestRow] = []
        self._exhausted = False
        self._headers = (self.tr("Nomor"), self.tr("Tanggal"), self.tr("Antrean"),
                         self.tr("Layanan"), self.tr("Pemohon"), self.tr("NIK"),
                         self.tr("Telepon"), self.tr("Status"), self.tr("Jatuh tempo"),
                         self.tr("Keterangan"))

    # --- paging ---------------------------------------------------------------------

    @property
    def today(self) -> dt.date:
        return self._today or local_today(self._tz)

    def set_filter(self, flt: RequestFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def refresh(self) -> None:
        self.set_filter(self._filter)

    @property
    def filter(self) -> RequestFilter:
        return self._filter

    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802
        if parent.isValid() or self._exhausted:
            return
        after = self._rows[-1].key if self._rows else None
        flt = self._filter
        if flt.overdue and flt.today is None:
            flt = RequestFilter(**{**flt.__dict__, "today": self.today})
        page = search_requests(flt, after=after, limit=self._page_size)
        if len(page) < self._page_size:
            self._exhausted = True
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # --- table ----------------------------------------------------------------------

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def row_at(self, row: int) -> RequestRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, request_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == request_id), -1)

    def mark_text(self, row: RequestRow) -> str:
        marks = []
        urgency = row.urgency(self.today)
        if urgency == "overdue":
            days = (self.today - row.due_date).days
            marks.append(self.tr("TERLAMBAT %n hari", "", days))
        elif urgency == "due_today":
            marks.append(self.tr("Jatuh tempo hari ini"))
        if not row.complete:
            marks.append(self.tr("Berkas belum lengkap"))
        return "; ".join(marks)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "service":
                return f"{row.service_code} — {row.service_name}"
            return self.mark_text(row) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            urgency = row.urgency(self.today)
            if urgency == "overdue":
                return QBrush(OVERDUE_BG)
            if urgency == "due_today":
                return QBrush(DUE_TODAY_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and row.status in ("dibatalkan", "ditolak"):
            return QBrush(MUTED_FG)
        if role == Qt.ItemDataRole.FontRole and column in ("number", "mark") \
                and row.urgency(self.today) == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def _display(self, row: RequestRow, column: str):
        if column == "number":
            return row.number
        if column == "reg_date":
            return format_short(row.reg_date)
        if column == "queue":
            return f"{row.queue_number:03d}"
        if column == "service":
            return f"{row.service_code} {row.service_name}"
        if column == "applicant":
            return row.applicant_name
        if column == "nik":
            return row.nik_masked
        if column == "phone":
            return row.phone
        if column == "status":
            return status_label(row.status)
        if column == "due_date":
            return format_short(row.due_date)
        return self.mark_text(row)
