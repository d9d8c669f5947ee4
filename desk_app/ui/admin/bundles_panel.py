"""Admin section "Kiriman data (bundel)": send this office's records to the province in
one file, and (at the province) open a district's bundle, look at what it holds and
merge it. Both run off the GUI thread through `run_task`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core.dates import local_today
from desk_app.models.offices import bundles
from desk_app.ui.session import Session
from desk_app.ui.tasks import run_task
from desk_app.ui.text import format_datetime
from desk_app.ui.widgets import DateEdit, show_error, show_info


class PreviewCountsModel(QAbstractTableModel):
    """Per table: new / updated / unchanged rows of a bundle preview."""

    def __init__(self, preview: bundles.Preview, parent=None):
        super().__init__(parent)
        self.labels = {
            "office": self.tr("Kantor"), "counter": self.tr("Penomoran"),
            "setting": self.tr("Pengaturan"), "cuti_bersama": self.tr("Cuti bersama"),
            "user": self.tr("Pengguna"), "service": self.tr("Layanan"),
            "service_standard": self.tr("Standar pelayanan"), "sop": self.tr("SOP"),
            "sop_revision": self.tr("Revisi SOP"), "sop_step": self.tr("Langkah SOP"),
            "applicant": self.tr("Pemohon"), "service_request": self.tr("Permohonan"),
            "request_event": self.tr("Riwayat permohonan"), "request_step": self.tr("Langkah permohonan"),
            "complaint": self.tr("Pengaduan"), "complaint_event": self.tr("Riwayat pengaduan"),
            "survey_batch": self.tr("Batch survei"), "survey_response": self.tr("Kuesioner SKM"),
            "audit_event": self.tr("Jejak audit"),
        }
        self.headers = (self.tr("Data"), self.tr("Baru"), self.tr("Diubah"), self.tr("Sama"))
        self.rows = [(name, c) for name, c in preview.tables.items() if c.new or c.updated or c.unchanged]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        name, counts = self.rows[index.row()]
        values = (self.labels.get(name, name), counts.new, counts.updated, counts.unchanged)
        if role == Qt.ItemDataRole.DisplayRole:
            value = values[index.column()]
            return value if index.column() == 0 else f"{value:n}".replace(",", ".")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class ConflictsModel(QAbstractTableModel):
    def __init__(self, conflicts: list[bundles.Conflict], parent=None):
        super().__init__(parent)
        self.rows = conflicts
        self.headers = (self.tr("Tabel"), self.tr("Data"), self.tr("Dipakai versi"), self.tr("Keterangan"))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self.rows[index.row()]
        winner = self.tr("basis data ini") if c.winner == "lokal" else self.tr("bundel")
        return (c.table, c.record_id, winner, c.note)[index.column()]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def _table(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


class BundlePreviewDialog(QDialog):
    """What a bundle holds and what importing it would change; Impor confirms."""

    def __init__(self, preview: bundles.Preview, tz: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        m = preview.manifest
        self.setWindowTitle(self.tr("Pratinjau bundel %1").replace("%1", m.office))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Kantor:"), QLabel(f"{m.office} — {m.office_name}"))
        start = format_datetime(m.period_from, tz) if m.period_from else self.tr("awal data")
        form.addRow(self.tr("Periode:"), QLabel(f"{start} – {format_datetime(m.period_to, tz)}"))
        form.addRow(self.tr("Dibuat:"), QLabel(
            self.tr("%1 (Loket Prima %2, skema %3)").replace("%1", format_datetime(m.created_at, tz))
            .replace("%2", m.app_version).replace("%3", str(m.schema_version))))
        layout.addLayout(form)
        self.counts = PreviewCountsModel(preview, self)
        layout.addWidget(_table(self.counts, self))
        if preview.conflicts:
            layout.addWidget(QLabel(self.tr(
                "Konflik — data yang diubah di kedua tempat; perubahan yang lebih baru dipakai, "
                "versi lainnya disimpan di riwayat:")))
            self.conflicts = ConflictsModel(preview.conflicts, self)
            layout.addWidget(_table(self.conflicts, self))
        buttons = QDialogButtonBox(self)
        if preview.already_imported:
            layout.addWidget(QLabel(self.tr(
                "Tidak ada yang berubah: isi bundel ini sudah ada di basis data ini.")))
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        else:
            self.import_button = buttons.addButton(self.tr("&Impor"), QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 480)


class BundlesPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.task = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._export_box())
        layout.addWidget(self._import_box())
        layout.addStretch(1)
        self.refresh()

    # --- export ---------------------------------------------------------------------
    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kirim data kantor ini (ke provinsi)"), self)
        col = QVBoxLayout(box)
        self.last_label = QLabel(box)
        col.addWidget(self.last_label)
        self.mode = QButtonGroup(box)
        self.since_last = QRadioButton(self.tr("Data yang berubah sejak kiriman &terakhir"), box)
        self.since_date = QRadioButton(self.tr("Data yang berubah sejak tan&ggal:"), box)
        self.everything = QRadioButton(self.tr("Se&mua data kantor"), box)
        self.date_edit = DateEdit(box, local_today(self.session.tz) - dt.timedelta(days=30))
        for i, button in enumerate((self.since_last, self.since_date, self.everything)):
            self.mode.addButton(button, i)
        row = QHBoxLayout()
        row.addWidget(self.since_date)
        row.addWidget(self.date_edit)
        row.addStretch(1)
        col.addWidget(self.since_last)
        col.addLayout(row)
        col.addWidget(self.everything)
        self.export_button = QPushButton(self.tr("&Simpan bundel…"), box)
        self.export_button.clicked.connect(self.choose_export_file)
        col.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.mode.idToggled.connect(lambda *_: self.date_edit.setEnabled(self.since_date.isChecked()))
        return box

    def refresh(self) -> None:
        last = bundles.last_export(self.session.office_code)
        if last:
            self.last_label.setText(self.tr("Kiriman terakhir: %1").replace(
                "%1", format_datetime(last, self.session.tz)))
            self.since_last.setChecked(True)
        else:
            self.last_label.setText(self.tr("Belum pernah mengirim bundel: kiriman pertama memuat semua data."))
            self.everything.setChecked(True)
        self.since_last.setEnabled(last is not None)
        self.date_edit.setEnabled(self.since_date.isChecked())

    def choose_export_file(self) -> None:
        name = f"bundel-{self.session.office_code}-{local_today(self.session.tz):%Y%m%d}.zip"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan bundel"), str(Path.home() / name),
                                              self.tr("Bundel Loket Prima (*.zip)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        since = self.date_edit.date_value() if self.since_date.isChecked() else None
        full = self.everything.isChecked()
        office, user = self.session.office_code, self.session.user

        def work(progress):
            return bundles.export_bundle(office, path, since=since, actor=user, full=full,
                                         progress=progress)

        self.task = run_task(self, work, on_done=self._exported, on_error=self._failed,
                             title=self.tr("Menyimpan bundel"))

    def _exported(self, manifest: bundles.BundleManifest) -> None:
        self.refresh()
        show_info(self, self.tr("Bundel tersimpan: %1\n%2 baris data.").replace(
            "%1", str(manifest.path)).replace("%2", str(manifest.total)))

    # --- import ---------------------------------------------------------------------
    def _import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Terima bundel kantor lain (gabungkan)"), self)
        col = QVBoxLayout(box)
        hint = QLabel(self.tr(
            "Bundel diperiksa dulu (keutuhan, checksum, versi skema) lalu ditampilkan isinya; "
            "data baru dimasukkan setelah Anda menekan Impor."), box)
        hint.setWordWrap(True)
        col.addWidget(hint)
        self.import_button = QPushButton(self.tr("&Buka bundel…"), box)
        self.import_button.clicked.connect(self.choose_import_file)
        col.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Buka bundel"), str(Path.home()),
                                              self.tr("Bundel Loket Prima (*.zip)"))
        if path:
            self.open_bundle(Path(path))

    def open_bundle(self, path: Path) -> None:
        self.task = run_task(self, lambda progress: bundles.preview_bundle(path),
                             on_done=self.show_preview, on_error=self._failed,
                             title=self.tr("Memeriksa bundel"))

    def show_preview(self, preview: bundles.Preview) -> None:
        dialog = BundlePreviewDialog(preview, self.session.tz, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or preview.already_imported:
            return
        path, user = preview.manifest.path, self.session.user
        self.task = run_task(self, lambda progress: bundles.import_bundle(path, actor=user),
                             on_done=self._imported, on_error=self._failed,
                             title=self.tr("Mengimpor bundel"), cancellable=False)

    def _imported(self, result: bundles.ImportResult) -> None:
        show_info(self, result.message)

    def _failed(self, exc: Exception) -> None:
        show_error(self, exc)
