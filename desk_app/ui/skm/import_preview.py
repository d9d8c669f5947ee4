"""The preview of a survey import, before anything is written: how many forms per service
and month it adds and the IKM they give on their own, rows skipped (imported before, a
recap's total rows), the recap's totals that disagree with its rows, and the choice of
serials (the file's No as printed serials, or fresh ones for a recap numbered 1…n)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core.dates import MONTHS_ID
from desk_app.ui.skm.import_mapping import make_view, show_texts, text_grid

REMAP = 2  # dialog result: open the mapping dialog again
SHOWN_SERIAL_ERRORS = 20


def month_text(month: str) -> str:
    year, number = month.split("-")
    return f"{MONTHS_ID[int(number) - 1]} {year}"


def ikm_text(value) -> str:
    return "—" if value is None else f"{value:.2f}".replace(".", ",")


class PreviewDialog(QDialog):
    def __init__(self, plan, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Pratinjau impor survei"))
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        summary = QLabel(self._summary(), self)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.groups_model = text_grid(self)
        groups = [[g.service_name or g.service, month_text(g.month), str(g.forms), ikm_text(g.ikm),
                   g.grade or "—"] for g in plan.groups]
        if plan.total is not None:
            groups.append([self.tr("Semua formulir baru"), "", str(plan.total.forms),
                           ikm_text(plan.total.ikm), plan.total.grade or "—"])
        show_texts(self.groups_model, [self.tr("Layanan"), self.tr("Bulan"), self.tr("Formulir"),
                                       self.tr("IKM sendiri"), self.tr("Mutu")], groups)
        view = make_view(self.groups_model, self)
        view.setColumnWidth(0, 330)
        view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(view, 2)
        self.totals_check = None
        if plan.disagreements:
            layout.addWidget(self._totals_box())
        layout.addWidget(self._serial_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Impor %1 formulir").replace("%1", str(len(plan.rows))))
        remap = QPushButton(self.tr("Ubah &pemetaan kolom…"), self)
        remap.clicked.connect(lambda: self.done(REMAP))
        buttons.addButton(remap, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    def _summary(self) -> str:
        plan = self.plan
        lines = [self.tr("Berkas %1, baris judul kolom %2%3.")
                 .replace("%1", plan.file).replace("%2", str(plan.columns.header_row))
                 .replace("%3", self.tr(", pemetaan “%1”").replace("%1", plan.columns.mapping_name)
                          if plan.columns.mapping_name else ""),
                 self.tr("%1 formulir baru akan ditambahkan; belum ada yang disimpan.")
                 .replace("%1", str(len(plan.rows)))]
        if plan.known:
            lines.append(self.tr("%1 baris sudah pernah diimpor dan dilewati.")
                         .replace("%1", str(plan.known)))
        if plan.footer:
            lines.append(self.tr("%1 baris jumlah/rata-rata/NRR di bawah rekap dilewati.")
                         .replace("%1", str(len(plan.footer))))
        return "\n".join(lines)

    def _totals_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Jumlah pada berkas tidak cocok dengan barisnya"), self)
        inner = QVBoxLayout(box)
        text = QPlainTextEdit("\n".join(self.plan.disagreements), box)
        text.setReadOnly(True)
        text.setMaximumHeight(90)
        inner.addWidget(text)
        self.totals_check = QCheckBox(self.tr("Saya sudah memeriksa berkasnya; impor &tetap"), box)
        self.totals_check.toggled.connect(self._update)
        inner.addWidget(self.totals_check)
        return box

    def _serial_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Nomor formulir"), self)
        inner = QVBoxLayout(box)
        self.file_radio = QRadioButton(
            self.tr("Kolom No adalah nomor kuesioner cetak (unik dalam setahun)"), box)
        self.auto_radio = QRadioButton(
            self.tr("No hanya nomor baris rekap: beri nomor formulir baru (IMP-…)"), box)
        group = QButtonGroup(box)
        for radio in (self.file_radio, self.auto_radio):
            group.addButton(radio)
            inner.addWidget(radio)
        self.serial_note = QPlainTextEdit(box)
        self.serial_note.setReadOnly(True)
        self.serial_note.setMaximumHeight(70)
        inner.addWidget(self.serial_note)
        if not self.plan.has_serials:
            self.file_radio.setEnabled(False)
            self.auto_radio.setChecked(True)
        else:
            (self.auto_radio if self.plan.serial_errors else self.file_radio).setChecked(True)
        for radio in (self.file_radio, self.auto_radio):
            radio.toggled.connect(self._update)
        return box

    def serial_mode(self) -> str:
        return "file" if self.file_radio.isChecked() else "auto"

    def _update(self) -> None:
        errors = self.plan.serial_errors if self.serial_mode() == "file" else []
        if not self.plan.has_serials:
            note = self.tr("Berkas tidak punya kolom No: setiap formulir diberi nomor baru.")
        elif errors:
            shown = "\n".join(str(e) for e in errors[:SHOWN_SERIAL_ERRORS])
            more = len(errors) - SHOWN_SERIAL_ERRORS
            note = (self.tr("%1 baris tidak dapat memakai No berkas sebagai nomor formulir. "
                            "Bila No hanya nomor baris rekap, pilih nomor baru.")
                    .replace("%1", str(len(errors))) + "\n" + shown
                    + (self.tr("\n… dan %1 lagi").replace("%1", str(more)) if more > 0 else ""))
        elif self.serial_mode() == "auto":
            note = self.tr("Setiap formulir diberi nomor baru IMP-… menurut tahun surveinya.")
        else:
            note = self.tr("Nomor pada kolom No dipakai sebagai nomor formulir.")
        self.serial_note.setPlainText(note)
        totals_ok = self.totals_check is None or self.totals_check.isChecked()
        self.ok_button.setEnabled(not errors and totals_ok and bool(self.plan.rows))
