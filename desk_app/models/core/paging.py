"""One page of a long list, for keyset paging (no Qt here).

A list query returns `Page(rows, cursor)`: the rows of this page, newest first, and the
cursor to pass back as `after` for the next page, or None when there is no next page.
The request list and the complaint list both speak it; the window's paged table model
(`ui/table_model.PagedTableModel`) fetches the next page with it as the user scrolls.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

Row = TypeVar("Row")


@dataclass(frozen=True)
class Page(Generic[Row]):
    rows: Sequence[Row]
    cursor: Any | None = None  # pass back as `after` for the next page; None at the end

    @property
    def last(self) -> bool:
        return self.cursor is None
