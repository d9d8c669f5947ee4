"""Admin section "Cadangan": the backups on this PC, a backup now, and a restore."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app import config
from desk_app.models.core import backup, settings
from desk_app.ui.session import Session
from desk_app.ui.table_model import ROW_ROLE, Column, TableModel
from desk_app.ui.widgets import confirm, show_error, show_info


def _modified(path: Path) -> dt.datetime:
    return dt.datetime.fromtimestamp(path.stat().st_mtime)


def backup_columns() -> list[Column]:
    """The backup files (Paths) in the backup folder."""
    return [
        Column(QT_TRANSLATE_NOOP("BackupsModel", "Berkas"), lambda p: p.name),
        Column(QT_TRANSLATE_NOOP("BackupsModel", "Dibuat"),
               lambda p: _modified(p).strftime("%d-%m-%Y %H:%M"), _modified),
        Column(QT_TRANSLATE_NOOP("BackupsModel", "Ukuran"),
               lambda p: f"{p.stat().st_size / 1_048_576:.1f} MB", lambda p: p.stat().st_size),
        Column(QT_TRANSLATE_NOOP("BackupsModel", "Jenis"),
               lambda p: QCoreApplication.translate(
                   "BackupsModel", "otomatis" if "-otomatis" in p.stem else "manual")),
    ]


class BackupsPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.task = None
        keep = settings.get(session.office_code, "backup_keep")
        info = QLabel(self.tr(
            "Cadangan otomatis dibuat saat aplikasi pertama kali dibuka setiap hari dan saat "
            "ditutup; %1 cadangan otomatis terbaru disimpan di %2.").replace("%1", str(keep))
            .replace("%2", str(config.backup_dir())))
        info.setWordWrap(True)
        self.model = TableModel(backup_columns(), context="BackupsModel", parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.backup_button = QPushButton(self.tr("&Cadangkan sekarang"), self)
        self.backup_button.setShortcut(QKeySequence("Ctrl+B"))
        self.restore_button = QPushButton(self.tr("&Pulihkan dari cadangan terpilih…"), self)
        self.folder_button = QPushButton(self.tr("Buka &folder cadangan"), self)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(config.backup_dir()))))
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.model.set_rows(backup.list_backups())

    def selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def backup_now(self) -> None:
        url = self.session.db_url
        self.task = self.session.tasks.run(
            self, lambda progress: backup.backup_database(url),
            on_done=self._backed_up, on_error=lambda exc: show_error(self, exc),
            title=self.tr("Mencadangkan basis data"), cancellable=False)

    def _backed_up(self, path: Path) -> None:
        self.model.set_rows(backup.list_backups())
        show_info(self, self.tr("Cadangan tersimpan dan sudah diperiksa: %1").replace("%1", str(path)))

    def restore_selected(self) -> None:
        path = self.selected()
        if path is None:
            show_error(self, self.tr("Pilih dulu cadangan yang akan dipulihkan."))
            return
        if not confirm(self, self.tr(
                "Seluruh isi basis data akan diganti dengan cadangan %1. Basis data saat ini "
                "disimpan dulu sebagai cadangan. Aplikasi akan ditutup setelahnya. Lanjutkan?")
                .replace("%1", path.name)):
            return
        try:
            backup.verify_backup(path)
            kept = backup.restore_database(self.session.db_url, path)
        except Exception as exc:  # shown in Indonesian, never as a traceback
            show_error(self, exc)
            return
        show_info(self, self.tr("Basis data dipulihkan dari %1. Basis data sebelumnya disimpan "
                                "sebagai %2. Jalankan aplikasi kembali.")
                  .replace("%1", path.name).replace("%2", str(kept)))
        QApplication.quit()
