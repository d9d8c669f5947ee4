"""Admin section "Kiriman data (bundel)": send this office's records to the province in
one file, and (at the province) open a district's bundle, look at what it holds and
merge it. Both run off the GUI thread through the window's task runner (`session.tasks`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
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

from desk_app.models.core.dates import format_datetime, local_today
from desk_app.models.offices import bundles, merge
from desk_app.ui.save_file import open_file_name, save_file_name
from desk_app.ui.session import Session
from desk_app.ui.table_model import RIGHT, Column, TableModel
from desk_app.ui.widgets import DateEdit, show_error, show_info

TABLE_LABELS = {
    "office": QT_TRANSLATE_NOOP("PreviewCountsModel", "Kantor"),
    "counter": QT_TRANSLATE_NOOP("PreviewCountsModel", "Penomoran"),
    "setting": QT_TRANSLATE_NOOP("PreviewCountsModel", "Pengaturan"),
    "cuti_bersama": QT_TRANSLATE_NOOP("PreviewCountsModel", "Cuti bersama"),
    "user": QT_TRANSLATE_NOOP("PreviewCountsModel", "Pengguna"),
    "service": QT_TRANSLATE_NOOP("PreviewCountsModel", "Layanan"),
    "service_standard": QT_TRANSLATE_NOOP("PreviewCountsModel", "Standar pelayanan"),
    "sop": QT_TRANSLATE_NOOP("PreviewCountsModel", "SOP"),
    "sop_revision": QT_TRANSLATE_NOOP("PreviewCountsModel", "Revisi SOP"),
    "sop_step": QT_TRANSLATE_NOOP("PreviewCountsModel", "Langkah SOP"),
    "applicant": QT_TRANSLATE_NOOP("PreviewCountsModel", "Pemohon"),
    "service_request": QT_TRANSLATE_NOOP("PreviewCountsModel", "Permohonan"),
    "request_event": QT_TRANSLATE_NOOP("PreviewCountsModel", "Riwayat permohonan"),
    "request_step": QT_TRANSLATE_NOOP("PreviewCountsModel", "Langkah permohonan"),
    "complaint": QT_TRANSLATE_NOOP("PreviewCountsModel", "Pengaduan"),
    "complaint_event": QT_TRANSLATE_NOOP("PreviewCountsModel", "Riwayat pengaduan"),
    "survey_batch": QT_TRANSLATE_NOOP("PreviewCountsModel", "Batch survei"),
    "survey_response": QT_TRANSLATE_NOOP("PreviewCountsModel", "Kuesioner SKM"),
    "audit_event": QT_TRANSLATE_NOOP("PreviewCountsModel", "Jejak audit"),
}


def _table_label(name: str) -> str:
    return QCoreApplication.translate("PreviewCountsModel", TABLE_LABELS[name]) \
        if name in TABLE_LABELS else name


def _count(value: int) -> str:
    return f"{value:n}".replace(",", ".")


# rows: (table name, bundles.TableCounts)
PREVIEW_COUNT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("PreviewCountsModel", "Data"), lambda r: _table_label(r[0])),
    Column(QT_TRANSLATE_NOOP("PreviewCountsModel", "Baru"), lambda r: _count(r[1].new),
           lambda r: r[1].new, RIGHT),
    Column(QT_TRANSLATE_NOOP("PreviewCountsModel", "Diubah"), lambda r: _count(r[1].updated),
           lambda r: r[1].updated, RIGHT),
    Column(QT_TRANSLATE_NOOP("PreviewCountsModel", "Sama"), lambda r: _count(r[1].unchanged),
           lambda r: r[1].unchanged, RIGHT),
)

CONFLICT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ConflictsModel", "Tabel"), lambda c: c.table),
    Column(QT_TRANSLATE_NOOP("ConflictsModel", "Data"), lambda c: c.record_id),
    Column(QT_TRANSLATE_NOOP("ConflictsModel", "Dipakai versi"),
           lambda c: QCoreApplication.translate(
               "ConflictsModel", "basis data ini" if c.winner == "lokal" else "bundel")),
    Column(QT_TRANSLATE_NOOP("ConflictsModel", "Keterangan"), lambda c: c.note),
)


def preview_rows(preview: bundles.Preview) -> list[tuple]:
    """The tables a bundle touches, with their counts."""
    return [(name, c) for name, c in preview.tables.items() if c.new or c.updated or c.unchanged]


def _table(model: TableModel, parent: QWidget) -> QTableView:
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
        self.counts = TableModel(PREVIEW_COUNT_COLUMNS, preview_rows(preview),
                                 context="PreviewCountsModel", parent=self)
        layout.addWidget(_table(self.counts, self))
        if preview.conflicts:
            layout.addWidget(QLabel(self.tr(
                "Konflik — data yang diubah di kedua tempat; perubahan yang lebih baru dipakai, "
                "versi lainnya disimpan di riwayat:")))
            self.conflicts = TableModel(CONFLICT_COLUMNS, preview.conflicts, context="ConflictsModel",
                                        parent=self)
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
        path, _ = save_file_name(self, self.tr("Simpan bundel"), name,
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

        self.task = self.session.tasks.run(self, work, on_done=self._exported, on_error=self._failed,
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
        path, _ = open_file_name(self, self.tr("Buka bundel"),
                                 self.tr("Bundel Loket Prima (*.zip)"))
        if path:
            self.open_bundle(Path(path))

    def open_bundle(self, path: Path) -> None:
        self.task = self.session.tasks.run(self, lambda progress: merge.preview_bundle(path),
                                           on_done=self.show_preview, on_error=self._failed,
                                           title=self.tr("Memeriksa bundel"))

    def show_preview(self, preview: bundles.Preview) -> None:
        dialog = BundlePreviewDialog(preview, self.session.tz, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or preview.already_imported:
            return
        path, user = preview.manifest.path, self.session.user
        self.task = self.session.tasks.run(
            self, lambda progress: merge.import_bundle(path, actor=user),
            on_done=self._imported, on_error=self._failed,
            title=self.tr("Mengimpor bundel"), cancellable=False)

    def _imported(self, result: bundles.ImportResult) -> None:
        show_info(self, result.message)

    def _failed(self, exc: Exception) -> None:
        show_error(self, exc)
