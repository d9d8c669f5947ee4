"""Admin section: cuti bersama days per year (list, add, remove with a reason, and take
the days the `holidays` package suggests)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core import workdays
from desk_app.models.core.dates import format_date, local_today
from desk_app.models.core.errors import UserError
from desk_app.models.core.office import CutiBersama
from desk_app.models.core.workdays import suggested_cuti_bersama
from desk_app.ui.session import Session
from desk_app.ui.table_model import ROW_ROLE, Column, TableModel
from desk_app.ui.widgets import DateEdit, ask_text, confirm, show_error, show_info

CUTI_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("CutiModel", "Tanggal"), lambda r: format_date(r.date, weekday=True),
           lambda r: r.date),
    Column(QT_TRANSLATE_NOOP("CutiModel", "Keterangan"), lambda r: r.description),
)


class CutiBersamaSection(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        today = local_today(session.tz)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.valueChanged.connect(self.reload)
        year_label = QLabel(self.tr("&Tahun:"))
        year_label.setBuddy(self.year)
        self.suggest_button = QPushButton(self.tr("Ambil &usulan…"))
        self.suggest_button.setToolTip(self.tr("Tambahkan cuti bersama yang dikenal paket kalender "
                                               "libur untuk tahun ini"))
        self.suggest_button.clicked.connect(self.take_suggestions)
        self.remove_button = QPushButton(self.tr("&Hapus…"))
        self.remove_button.clicked.connect(self.remove_selected)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.suggest_button)
        top.addWidget(self.remove_button)

        self.model = TableModel(CUTI_COLUMNS, context="CutiModel", parent=self)
        self.table = QTableView()
        self.table.setObjectName("cuti")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 260)

        self.new_date = DateEdit(value=today)
        self.new_description = QLineEdit(self.tr("Cuti bersama"))
        add_button = QPushButton(self.tr("T&ambah tanggal"))
        add_button.clicked.connect(self.add_day)
        self.new_description.returnPressed.connect(self.add_day)
        add_row = QHBoxLayout()
        date_label = QLabel(self.tr("Tangga&l:"))
        date_label.setBuddy(self.new_date)
        add_row.addWidget(date_label)
        add_row.addWidget(self.new_date)
        desc_label = QLabel(self.tr("&Keterangan:"))
        desc_label.setBuddy(self.new_description)
        add_row.addWidget(desc_label)
        add_row.addWidget(self.new_description, 1)
        add_row.addWidget(add_button)

        note = QLabel(self.tr("Cuti bersama ditetapkan tiap tahun dengan SKB menteri; hari ini tidak "
                              "dihitung sebagai hari kerja pada tenggat."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(add_row)
        self.reload()

    def reload(self, *_args) -> None:
        self.model.set_rows(workdays.list_cuti_bersama(self.year.value()))
        self.remove_button.setEnabled(bool(self.model.rows))

    def add_day(self) -> None:
        day = self.new_date.date_value()
        try:
            workdays.add_cuti_bersama(self.session.user, self.session.office_code, day,
                                     self.new_description.text())
        except UserError as exc:
            show_error(self, exc)
            return
        if day.year != self.year.value():
            self.year.setValue(day.year)
        self.reload()

    def remove_selected(self) -> None:
        index = self.table.currentIndex()
        row: CutiBersama | None = self.model.data(index, ROW_ROLE) if index.isValid() else None
        if row is None:
            show_error(self, self.tr("Pilih tanggal yang akan dihapus."))
            return
        reason = ask_text(self, self.tr("Hapus cuti bersama"),
                          self.tr("Alasan menghapus %1:").replace("%1", format_date(row.date, weekday=True)))
        if reason is None:
            return
        try:
            workdays.remove_cuti_bersama(self.session.user, row.id, reason)
        except UserError as exc:
            show_error(self, exc)
            return
        self.reload()

    def missing_suggestions(self) -> dict[dt.date, str]:
        have = {row.date for row in workdays.list_cuti_bersama(self.year.value())}
        return {day: name for day, name in sorted(suggested_cuti_bersama(self.year.value()).items())
                if day not in have and day.weekday() < 5}

    def take_suggestions(self) -> None:
        missing = self.missing_suggestions()
        if not missing:
            show_info(self, self.tr("Tidak ada usulan baru untuk tahun %1.").replace("%1", str(self.year.value())))
            return
        listing = "\n".join(f"• {format_date(day, weekday=True)} — {name}" for day, name in missing.items())
        if not confirm(self, self.tr("Tambahkan %1 tanggal berikut?\n\n%2\n\nPeriksa dengan SKB cuti "
                                     "bersama tahun ini.").replace("%1", str(len(missing))).replace("%2", listing),
                       default_yes=True):
            return
        try:
            for day, name in missing.items():
                workdays.add_cuti_bersama(self.session.user, self.session.office_code, day, name)
        except UserError as exc:
            show_error(self, exc)
        self.reload()
