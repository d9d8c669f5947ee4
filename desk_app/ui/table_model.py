"""The one table model of the window: every grid is a `TableModel` (rows held whole) or
a `PagedTableModel` (rows fetched a page at a time) with its columns declared once.

A column is a `Column`: its title (source text, translated in the model's context), the
text shown for a row, a native value to sort by (a number, a date: not the text), its
alignment and an optional tooltip. A model never knows its rows' type: the row object
itself is returned for `ROW_ROLE`, so a view's caller asks `index.data(ROW_ROLE)` and gets
the record, whatever the grid. Colours and bold text come from one optional function,
`look(row, column) -> Look`, so that the rules "red when late, grey when closed" stay
beside the columns they colour. (Qt copies a dict, list or string handed through a role:
code that changes its rows in place reads them from `model.rows`, not through a role.)

`PagedTableModel` pulls `Page(rows, cursor)` objects (models/core/paging.py) from a
`fetch(after, limit)` function: the first page within the reset, the next ones through
Qt's canFetchMore/fetchMore as the view scrolls (keyset paging, never a count).

Why one module: the app had 19 hand-written models with three row-role conventions and
two paging protocols; one parametrised `qtmodeltester` test now checks them all
(tests/test_ui_table_models.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desk_app.models.core.paging import Page

ROW_ROLE = Qt.ItemDataRole.UserRole  # the row object itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a native value to sort by (number, date, text)

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

_ROOT = QModelIndex()  # the invisible root, as a default argument
_D = Qt.ItemDataRole


@dataclass(frozen=True)
class Column:
    """One column: `value(row)` is the text shown. `sort(row)` a native value (default:
    the text); `tooltip(row)` a tooltip, or True for the text itself; `key` names the
    column for `look` and for callers (e.g. "mark")."""

    title: str
    value: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Any], Any] | bool = False
    key: str = ""


@dataclass(frozen=True)
class Look:
    """How one cell stands out: a background, a text colour, bold."""

    background: QColor | None = None
    foreground: QColor | None = None
    bold: bool = False


LookFunction = Callable[[Any, Column], "Look | None"]


def _sort_value(value):
    """None sorts first; text without regard to case; numbers, dates and tuples of them
    as themselves."""
    return (value is not None, value.casefold() if isinstance(value, str) else value)


class TableModel(QAbstractTableModel):
    """Rows held whole (a few hundred at most: lists of services, users, steps, ...)."""

    def __init__(self, columns: Sequence[Column], rows: Iterable = (), *,
                 context: str = "TableModel", look: LookFunction | None = None, parent=None):
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list = list(rows)
        self._context = context
        self._look = look

    # --- rows -----------------------------------------------------------------------
    @property
    def rows(self) -> list:
        return self._rows

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    def set_rows(self, rows: Iterable) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column], rows: Iterable | None = None) -> None:
        self.beginResetModel()
        self._columns = tuple(columns)
        if rows is not None:
            self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_where(self, test: Callable[[Any], bool]) -> int:
        """The first row number whose row passes `test`, or -1."""
        return next((i for i, r in enumerate(self._rows) if test(r)), -1)

    def row_of(self, row_id) -> int:
        """The row number of the row whose `id` is `row_id`, or -1."""
        return self.row_where(lambda r: getattr(r, "id", None) == row_id)

    def column_of(self, key: str) -> int:
        return next((i for i, c in enumerate(self._columns) if c.key == key), -1)

    def refresh_row(self, row: int) -> None:
        """The row object changed in place: repaint its cells."""
        if 0 <= row < len(self._rows):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def insert_row(self, row: int, value) -> None:
        self.beginInsertRows(_ROOT, row, row)
        self._rows.insert(row, value)
        self.endInsertRows()

    def remove_row(self, row: int) -> None:
        self.beginRemoveRows(_ROOT, row, row)
        del self._rows[row]
        self.endRemoveRows()

    def translate(self, text: str) -> str:
        return QCoreApplication.translate(self._context, text)

    # --- Qt's interface -------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=_D.DisplayRole):  # noqa: N802
        if role != _D.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self.translate(self._columns[section].title)
            return None
        return section + 1

    def data(self, index, role=_D.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == _D.DisplayRole:
            return self._text(row, column)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return column.sort(row) if column.sort is not None else self._text(row, column)
        if role == _D.ToolTipRole:
            if column.tooltip is True:
                return self._text(row, column) or None
            return column.tooltip(row) if column.tooltip else None
        if role == _D.TextAlignmentRole:
            return int(column.align) if column.align is not None else None
        if role in (_D.BackgroundRole, _D.ForegroundRole, _D.FontRole) and self._look is not None:
            return self._styled(self._look(row, column), role)
        return None

    @staticmethod
    def _text(row, column: Column) -> str:
        value = column.value(row)
        return "" if value is None else str(value)

    @staticmethod
    def _styled(look: Look | None, role):
        if look is None:
            return None
        if role == _D.BackgroundRole:
            return QBrush(look.background) if look.background is not None else None
        if role == _D.ForegroundRole:
            return QBrush(look.foreground) if look.foreground is not None else None
        if look.bold:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by the column's native value (a view with sorting enabled)."""
        if not 0 <= column < len(self._columns) or not self._rows:
            return
        col = self._columns[column]
        key = col.sort if col.sort is not None else (lambda r: self._text(r, col))
        keys = [_sort_value(key(r)) for r in self._rows]  # before the list is reordered
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        ranked = sorted(range(len(old)), key=keys.__getitem__,
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows[:] = [old[i] for i in ranked]
        position = {id(r): i for i, r in enumerate(self._rows)}
        moved_from, moved_to = [], []
        for index in self.persistentIndexList():
            new_row = position[id(old[index.row()])]
            moved_from.append(index)
            moved_to.append(self.index(new_row, index.column()))
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()


class PagedTableModel(TableModel):
    """Rows fetched a page at a time from `fetch(after, limit) -> Page`: the first page
    on `reload()` (within the reset), the next ones through canFetchMore/fetchMore."""

    def __init__(self, columns: Sequence[Column], fetch: Callable[[Any, int], Page] | None = None,
                 *, page_size: int = 100, context: str = "TableModel",
                 look: LookFunction | None = None, parent=None):
        super().__init__(columns, (), context=context, look=look, parent=parent)
        self.page_size = page_size
        self._fetch = fetch
        self._cursor = None
        self._exhausted = fetch is None

    def set_fetch(self, fetch: Callable[[Any, int], Page]) -> None:
        """A new query (other filters): the list starts again with its first page."""
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._cursor, self._exhausted = [], None, True
        try:
            if self._fetch is not None:
                page = self._fetch(None, self.page_size)
                self._rows, self._cursor = list(page.rows), page.cursor
                self._exhausted = page.cursor is None
        finally:
            self.endResetModel()

    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802 (Qt's name)
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802
        if parent.isValid() or self._exhausted or self._fetch is None:
            return
        page = self._fetch(self._cursor, self.page_size)
        self._cursor = page.cursor
        self._exhausted = page.cursor is None
        if not page.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(_ROOT, first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """A paged list keeps the query's order (sorting would need every page)."""
