"""Survei → Tindak lanjut & publikasi: the follow-up plan of a period (the weakest
elements proposed, items recorded by the head of section, their progress) and the
documents the office publishes: the SKM report (PDF and Word) and the counter poster."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core.dates import local_today
from desk_app.models.core.errors import UserError
from desk_app.models.core.periods import period_containing
from desk_app.models.skm import followup
from desk_app.models.skm.index import ELEMENTS, compute_index
from desk_app.ui.period_picker import PeriodPicker
from desk_app.ui.table_model import ROW_ROLE, Column, TableModel
from desk_app.ui.widgets import ask_text, show_error, show_info


def plan_columns(number) -> list[Column]:
    """The items of a follow-up plan; `number(item)` is the item's place in the list."""
    def column(title, value, sort=None):
        return Column(title, value, sort, tooltip=True)

    return [
        column(QT_TRANSLATE_NOOP("PlanModel", "No."), lambda i: str(number(i)), number),
        column(QT_TRANSLATE_NOOP("PlanModel", "Unsur"), lambda i: followup.element_label(i.element),
               lambda i: i.element),
        column(QT_TRANSLATE_NOOP("PlanModel", "Program/kegiatan"), lambda i: i.programme),
        column(QT_TRANSLATE_NOOP("PlanModel", "Waktu"), lambda i: ", ".join(i.quarters or [])),
        column(QT_TRANSLATE_NOOP("PlanModel", "Penanggung jawab"), lambda i: i.responsible),
        column(QT_TRANSLATE_NOOP("PlanModel", "Kemajuan"),
               lambda i: followup.PROGRESS_LABELS.get(i.progress, i.progress)),
        column(QT_TRANSLATE_NOOP("PlanModel", "Catatan"), lambda i: i.progress_note),
    ]


class PlanItemDialog(QDialog):
    """A new item: element (the proposed weakest first), programme, quarters, responsible."""

    def __init__(self, proposed: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Butir rencana tindak lanjut"))
        self.element = QComboBox()
        order = proposed + [code for code, _n, _a in ELEMENTS if code not in proposed]
        for code in order:
            mark = self.tr(" (usulan)") if code in proposed else ""
            self.element.addItem(followup.element_label(code) + mark, code)
        self.programme = QLineEdit()
        self.programme.setMaxLength(followup.MAX_TEXT)
        self.responsible = QLineEdit()
        self.responsible.setMaxLength(150)
        self.quarters = {q: QCheckBox(self.tr("Triwulan %1").replace("%1", q))
                         for q in followup.QUARTERS}
        row = QHBoxLayout()
        for box in self.quarters.values():
            row.addWidget(box)
        form = QFormLayout(self)
        form.addRow(self.tr("&Unsur"), self.element)
        form.addRow(self.tr("&Program/kegiatan"), self.programme)
        form.addRow(self.tr("Waktu"), row)
        form.addRow(self.tr("Penanggung &jawab"), self.responsible)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {"element": self.element.currentData(), "programme": self.programme.text(),
                "quarters": [q for q, box in self.quarters.items() if box.isChecked()],
                "responsible": self.responsible.text()}


class FollowUpPage(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.proposed: list[str] = []
        self.period = PeriodPicker()
        self.period.set_period(period_containing(local_today(session.tz), "month"))
        label = QLabel(self.tr("&Periode SKM"))
        label.setBuddy(self.period.kind)
        self.period.changed.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.period)
        top.addStretch(1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.model = TableModel(plan_columns(lambda item: self.model.rows.index(item) + 1),
                                context="PlanModel", parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        can_plan = session.can("surveys.plan")
        self.add_button = QPushButton(self.tr("&Tambah butir…"))
        self.progress_button = QPushButton(self.tr("Catat &kemajuan…"))
        self.void_button = QPushButton(self.tr("&Batalkan butir…"))
        self.report_button = QPushButton(self.tr("&Laporan SKM (PDF/Word)…"))
        self.poster_button = QPushButton(self.tr("P&oster…"))
        for button, slot, visible in ((self.add_button, self.add_item, can_plan),
                                      (self.progress_button, self.record_progress, can_plan),
                                      (self.void_button, self.void_item, can_plan),
                                      (self.report_button, self.save_report, True),
                                      (self.poster_button, self.save_poster, True)):
            button.clicked.connect(slot)
            button.setVisible(visible)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.progress_button, self.void_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.poster_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._loaded = False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.reload()

    def period_code(self) -> str:
        return self.period.code()

    def reload(self, *_args) -> None:
        period = self.period.period()
        code, office = period.code, self.session.office_code
        result = compute_index(period, office=office)
        self.proposed = followup.weakest_elements(result)
        names = ", ".join(followup.element_label(c) for c in self.proposed)
        self.hint.setText(self.tr("Unsur terlemah periode ini (usulan prioritas): %1")
                          .replace("%1", names) if names else
                          self.tr("Belum ada formulir survei pada periode ini."))
        self.model.set_rows(followup.plan_for(code, office))
        self.table.resizeRowsToContents()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _run(self, func, *args) -> bool:
        try:
            func(*args)
        except UserError as exc:
            show_error(self, exc)
            return False
        self.reload()
        return True

    def add_item(self) -> None:
        code = self.period_code()
        dialog = PlanItemDialog(self.proposed, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            if self._run(followup.add_item, self.session.user, self.session.office_code, code,
                         v["element"], v["programme"], v["quarters"], v["responsible"]):
                return

    def record_progress(self) -> None:
        item = self.selected()
        if item is None:
            show_info(self, self.tr("Pilih dulu butir rencana pada tabel."))
            return
        labels = [followup.PROGRESS_LABELS[p] for p in followup.PROGRESS_LABELS]
        from PySide6.QtWidgets import QInputDialog

        label, ok = QInputDialog.getItem(self, self.tr("Kemajuan"), self.tr("Kemajuan:"), labels,
                                         list(followup.PROGRESS_LABELS).index(item.progress),
                                         False)
        if not ok:
            return
        note = ask_text(self, self.tr("Kemajuan"), self.tr("Catatan (boleh kosong):"),
                        item.progress_note)
        if note is None:
            return
        progress = list(followup.PROGRESS_LABELS)[labels.index(label)]
        self._run(followup.update_progress, self.session.user, item.id, progress, note)

    def void_item(self) -> None:
        item = self.selected()
        if item is None:
            show_info(self, self.tr("Pilih dulu butir rencana pada tabel."))
            return
        reason = ask_text(self, self.tr("Batalkan butir"), self.tr("Alasan pembatalan:"))
        if reason is not None:
            self._run(followup.void_item, self.session.user, item.id, reason)

    def save_report(self) -> None:
        from desk_app.ui.skm.publish import save_skm_report

        code = self.period_code()
        if code:
            save_skm_report(self, self.session, code)

    def save_poster(self) -> None:
        from desk_app.ui.skm.publish import save_skm_poster

        code = self.period_code()
        if code:
            save_skm_poster(self, self.session, code)
