"""Admin section "Cadangan": the backups on this PC, a backup now, and a restore.

A restore whose backup holds sealed identities of protected complainants, keyed to an
office key whose private file is not on this PC, asks for the office key backup (a key
file or the recovery code, office_key_panel.KeyInputDialog) before anything is replaced;
going on without it must be chosen explicitly, and the identities then stay locked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
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
from desk_app.models.core.dates import DEFAULT_TZ, TZ_LABELS, to_local
from desk_app.ui.session import Session
from desk_app.ui.table_model import ROW_ROLE, Column, TableModel
from desk_app.ui.widgets import confirm, show_error, show_info

WITHOUT_KEY = object()  # the user chose to restore without the office key


def _modified(path: Path) -> dt.datetime:
    return dt.datetime.fromtimestamp(path.stat().st_mtime)


def _made(path: Path, tz: str | None) -> str:
    """When the file was written, in office time (WITA), as every time in the window."""
    utc = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).replace(tzinfo=None)
    return f"{to_local(utc, tz):%d-%m-%Y %H:%M} {TZ_LABELS.get(tz or DEFAULT_TZ, '')}".strip()


def backup_columns(tz: str | None = None) -> list[Column]:
    """The backup files (Paths) in the backup folder."""
    return [
        Column(QT_TRANSLATE_NOOP("BackupsModel", "Berkas"), lambda p: p.name),
        Column(QT_TRANSLATE_NOOP("BackupsModel", "Dibuat"),
               lambda p: _made(p, tz), _modified),
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
        self.model = TableModel(backup_columns(session.tz), context="BackupsModel", parent=self)
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

    def ask_office_key(self, message: str, allow_without: bool):
        """The office key backup for a restore: OfficeKeys, WITHOUT_KEY, or None (cancelled)."""
        from desk_app.ui.admin.office_key_panel import KeyInputDialog

        dialog = KeyInputDialog(self, message, allow_without)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return WITHOUT_KEY if dialog.without_key else dialog.result_keys

    def _keys_for(self, needs, restored: bool):
        """Ask until the missing keys are installed; (keys installed or None, go on?)."""
        from desk_app.models.core import keybackup

        while needs.missing:
            message = needs.describe() + "\n\n" + self.tr(
                "Pasang cadangan kunci kantor: berkas kunci dengan kata sandinya, atau kode pemulihan.")
            answer = self.ask_office_key(message, allow_without=not restored)
            if answer is None:
                return None, restored
            if answer is WITHOUT_KEY:
                return None, True
            try:
                keybackup.install_keys(answer, needs.office, needs.known, record=False)
            except Exception as exc:  # noqa: BLE001 - shown in Indonesian, asked again
                show_error(self, exc)
                continue
            if not needs.missing:
                return answer, True
            show_error(self, self.tr("Kunci ini tidak membuka semua identitas dalam cadangan; gunakan "
                                     "cadangan kunci yang lebih baru."))
        return None, True

    def restore_selected(self) -> None:
        from desk_app.models.core import keybackup
        from desk_app.models.core.restore_keys import needs_of_backup, needs_of_open_database
        from desk_app.models.core.schema import open_database

        path = self.selected()
        if path is None:
            show_error(self, self.tr("Pilih dulu cadangan yang akan dipulihkan."))
            return
        try:
            backup.verify_backup(path)
            needs = needs_of_backup(path) if path.suffix == ".db" else None
        except Exception as exc:  # shown in Indonesian, never as a traceback
            show_error(self, exc)
            return
        found, go_on = self._keys_for(needs, restored=False) if needs is not None else (None, True)
        if not go_on:
            return
        if not confirm(self, self.tr(
                "Seluruh isi basis data akan diganti dengan cadangan %1. Basis data saat ini "
                "disimpan dulu sebagai cadangan. Aplikasi akan ditutup setelahnya. Lanjutkan?")
                .replace("%1", path.name)):
            return
        try:
            kept = backup.restore_database(self.session.db_url, path)
            open_database(self.session.db_url)
            if needs is None:  # a server dump is read only once restored
                found, _go_on = self._keys_for(needs_of_open_database(), restored=True)
            now = needs_of_open_database()
            fitting = [p for p in found.pairs if p.fingerprint in now.known] if found else []
            if fitting:
                keybackup._audit(self.session.user, "import_office_key",
                                 keybackup.OfficeKeys(found.office, fitting))
        except Exception as exc:  # shown in Indonesian, never as a traceback
            show_error(self, exc)
            return
        note = "" if not now.missing else " " + self.tr(
            "Identitas pelapor rahasia tetap terkunci sampai kunci kantor dipasang (Admin, Cadangan "
            "kunci kantor).")
        show_info(self, self.tr("Basis data dipulihkan dari %1. Basis data sebelumnya disimpan "
                                "sebagai %2. Jalankan aplikasi kembali.")
                  .replace("%1", path.name).replace("%2", str(kept)) + note)
        QApplication.quit()
