"""The survey import as the window runs it: choose a file, read it (off the GUI thread),
map the columns it could not place, validate (off the GUI thread), preview, write.

Bad rows end at the page's `on_done(result)` (the list of rows to fix); nothing is
written before the user pressed Impor in the preview.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from desk_app.models.core.errors import UserError
from desk_app.models.skm.import_columns import columns_at, find_columns, save_mapping
from desk_app.models.skm.import_read import read_table
from desk_app.models.skm.importer import prepare_import, write_plan
from desk_app.ui.save_file import open_file_name
from desk_app.ui.skm.import_mapping import MappingDialog
from desk_app.ui.skm.import_preview import REMAP, PreviewDialog
from desk_app.ui.widgets import show_error


class SurveyImport(QObject):
    """One import from the Survei tab; keep a reference until it is done."""

    def __init__(self, page: QWidget, session, on_done: Callable):
        super().__init__(page)
        self.page, self.session, self.on_done = page, session, on_done
        self.user, self.office = session.user, session.office_code
        self.table = None
        self.path = ""

    def start(self) -> SurveyImport:
        path, _ = open_file_name(
            self.page, self.tr("Impor formulir survei dari Excel atau CSV"),
            self.tr("Berkas survei (*.xlsx *.xlsm *.csv);;Excel (*.xlsx *.xlsm);;CSV (*.csv)"))
        if path:
            self.path = path
            self._run(self._read, self._read_done, self.tr("Membaca berkas survei"))
        return self

    def _run(self, func, on_done, title) -> None:
        """Through the window's task runner: closing the window cancels and joins it."""
        self.session.tasks.run(self.page, func, on_done=on_done,
                               on_error=lambda exc: show_error(self.page, exc), title=title)

    # --- 1. read and recognise ------------------------------------------------------------
    def _read(self, progress):
        table = read_table(self.path)
        try:
            return table, find_columns(table.rows, self.office, None, table.name), None
        except UserError as exc:
            return table, None, exc

    def _read_done(self, found) -> None:
        self.table, columns, problem = found
        if columns is None:
            first = next((n for n, cells in self.table.rows
                          if any(v not in (None, "") for v in cells)), None)
            if first is None:
                show_error(self.page, problem)
                return
            columns = columns_at(self.table.rows, first, self.office)
        if columns.complete and (columns.mapping_name or not columns.unplaced):
            self._prepare(columns)
        else:
            self._map(columns)

    # --- 2. map what was not placed ---------------------------------------------------------
    def _map(self, columns) -> None:
        dialog = MappingDialog(self.table, columns, self.office, self.page)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        columns = dialog.columns()
        try:
            save_mapping(self.user, self.office, dialog.name(), columns.headers, columns.fields)
        except UserError as exc:
            show_error(self.page, exc)
            return
        self._prepare(columns)

    # --- 3. validate and preview -------------------------------------------------------------
    def _prepare(self, columns) -> None:
        table = self.table
        self._run(lambda progress: prepare_import(
            self.user, table.path, self.office, columns=columns, table=table, progress=progress),
            self._prepared, self.tr("Memeriksa formulir survei"))

    def _prepared(self, plan) -> None:
        if plan.errors or (not plan.rows and plan.known):
            self.on_done(plan.result("auto" if plan.errors else "file"))
            return
        if not plan.rows:
            show_error(self.page, self.tr("Berkas %1 tidak berisi baris formulir di bawah baris "
                                          "judul.").replace("%1", Path(plan.file).name))
            return
        dialog = PreviewDialog(plan, self.page)
        answer = dialog.exec()
        if answer == REMAP:
            self._map(plan.columns)
        elif answer == QDialog.DialogCode.Accepted:
            serial = dialog.serial_mode()
            self._run(lambda progress: write_plan(self.user, plan, self.office, serial,
                                                  progress=progress),
                      self._written, self.tr("Mengimpor survei"))

    # --- 4. written ----------------------------------------------------------------------------
    def _written(self, result) -> None:
        self.on_done(result)  # the page shows the message, or the rows to fix
