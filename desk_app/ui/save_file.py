"""The one file dialog of the app, for saving (and for opening a file to import).

Why not `QFileDialog.getSaveFileName`: a dialog that lists the folder holding the live
database opens that file to guess its type (an icon, a "type" column). On Linux closing
any descriptor of a file drops every POSIX lock SQLite holds on it; another process may
then checkpoint and delete the WAL while this one keeps writing into a detached file
(issue 18: four committed rows lost). So this dialog
- is Qt's own (non-native) dialog, whose file model is ours to control;
- gives that model an icon provider that never reads a file: icon and type from the
  name alone (`NameOnlyIcons`);
- hides every database file (*.db, *.db-wal, *.db-shm, *.db-journal, *.sqlite...) and
  the live database whatever its name, with a proxy model (`HideDatabases`);
- starts in the folder used last (kept per PC), else the user's Documents folder, and
  never in a temporary folder (files with personal data must not land there).

    from desk_app.ui.save_file import save_file_name
    path, chosen = save_file_name(self, self.tr("Simpan tanda terima"), "tanda-terima.pdf",
                                  self.tr("PDF (*.pdf)"))
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QFileInfo, QSortFilterProxyModel, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QFileDialog, QWidget

from desk_app.ui import ui_state

DATABASE_SUFFIXES = (".db", ".db-wal", ".db-shm", ".db-journal", ".sqlite", ".sqlite3",
                     ".sqlite-wal", ".sqlite-shm", ".sqlite3-wal", ".sqlite3-shm", "-wal", "-shm",
                     "-journal")
FOLDER_KEY = "state/last_folder"


def live_database_files() -> set[str]:
    """The live SQLite file and its companions, as absolute paths (none on PostgreSQL)."""
    from desk_app.models.core import db as dbmod

    obj = dbmod.database.obj
    if obj is None or not dbmod.is_sqlite():
        return set()
    main = os.path.abspath(obj.database)
    return {main, main + "-wal", main + "-shm", main + "-journal"}


def is_database_file(name: str) -> bool:
    return name.lower().endswith(DATABASE_SUFFIXES)


class HideDatabases(QSortFilterProxyModel):
    """Shows folders and ordinary files; never a database file or the live database."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.live = live_database_files()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 - Qt's name
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        if model.isDir(index):
            return True
        if is_database_file(model.fileName(index)):
            return False
        return os.path.abspath(model.filePath(index)) not in self.live


class NameOnlyIcons(QAbstractFileIconProvider):
    """Icons and type names from the file name alone: no file is opened to sniff it."""

    def icon(self, what):  # QFileInfo or IconType
        if isinstance(what, QFileInfo):
            kind = (QAbstractFileIconProvider.IconType.Folder if what.isDir()
                    else QAbstractFileIconProvider.IconType.File)
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return "Folder"
        suffix = info.suffix()
        return f"Berkas {suffix.upper()}" if suffix else "Berkas"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(found) if found else Path.home()
    return path if path.is_dir() else Path.home()


def _is_temporary(folder: Path) -> bool:
    temp = Path(tempfile.gettempdir()).resolve()
    try:
        resolved = folder.resolve()
    except OSError:
        return True
    return resolved == temp or temp in resolved.parents


def start_folder() -> Path:
    """The folder used last, when it still exists and is not a temporary folder; else
    the user's Documents folder."""
    remembered = str(ui_state.settings().value(FOLDER_KEY, "") or "")
    if remembered:
        folder = Path(remembered)
        if folder.is_dir() and not _is_temporary(folder):
            return folder
    return documents_folder()


def remember_folder(path: str) -> None:
    folder = Path(path).parent
    if folder.is_dir() and not _is_temporary(folder):
        store = ui_state.settings()
        store.setValue(FOLDER_KEY, str(folder))
        store.sync()


def make_dialog(parent: QWidget | None, title: str, filters: str, saving: bool,
                suggested_name: str = "") -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start_folder()), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(NameOnlyIcons())  # before the model reads the folder
    dialog.setProxyModel(HideDatabases(dialog))
    if saving:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        if suggested_name:
            dialog.selectFile(suggested_name)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setObjectName("saveFileDialog" if saving else "openFileDialog")
    return dialog


def _suffix_of(chosen: str) -> str:
    """".pdf" from a filter like "PDF A5 (*.pdf)"."""
    inside = chosen[chosen.find("(") + 1:chosen.rfind(")")] if "(" in chosen else ""
    first = inside.split()[0] if inside.split() else ""
    return first[1:] if first.startswith("*.") else ""


def ask_user(dialog: QFileDialog) -> tuple[str, str]:
    """Show the dialog; (file chosen, filter chosen), or ("", "") when cancelled. Tests
    that do not drive a real dialog replace this function."""
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def _run(dialog: QFileDialog) -> tuple[str, str]:
    from desk_app.ui.widgets import show_error

    while True:
        path, chosen = ask_user(dialog)
        if not path:
            return "", ""
        suffix = _suffix_of(chosen)
        if dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave and suffix \
                and not path.lower().endswith(suffix.lower()):
            path += suffix
        if is_database_file(path) or os.path.abspath(path) in live_database_files():
            show_error(dialog.parentWidget(), dialog.tr(
                "Berkas basis data tidak boleh dipilih di sini. Pilih nama berkas lain."))
            continue
        remember_folder(path)
        return path, chosen


def save_file_name(parent: QWidget | None, title: str, suggested_name: str,
                   filters: str) -> tuple[str, str]:
    """Ask where to save; returns (path, chosen filter), ("", "") when cancelled. The
    path gets the chosen filter's suffix when the user typed none."""
    return _run(make_dialog(parent, title, filters, True, Path(suggested_name).name))


def open_file_name(parent: QWidget | None, title: str, filters: str) -> tuple[str, str]:
    """Ask for an existing file to read (an import); the same guarded dialog."""
    return _run(make_dialog(parent, title, filters, False))
