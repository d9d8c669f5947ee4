"""The Pengaduan tab: the quick log form on the left, the complaint list on the right
(the shared list tab: `ui/list_tab.py`; the list: `complaints/list_model.py`).

Keys: Ctrl+N new complaint (first field), Ctrl+F search, Enter on a row opens the
complaint, F5 reloads. Red rows are past their stage deadline, yellow ones are due
today or on the next working day. The list never shows a hidden identity.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QVBoxLayout

from desk_app.models.complaints.tables import CATEGORIES, CHANNELS, SIDE_EXITS, STAGE_OPEN, STAGES
from desk_app.ui.complaints.detail import ComplaintDetailDialog
from desk_app.ui.complaints.form import ComplaintForm
from desk_app.ui.complaints.list_model import ComplaintListModel
from desk_app.ui.list_tab import ListTab
from desk_app.ui.period_picker import PeriodPicker


class ComplaintsTab(ListTab):
    FORM_TITLE = QT_TRANSLATE_NOOP("ComplaintsTab", "Catat pengaduan")
    LIST_TITLE = QT_TRANSLATE_NOOP("ComplaintsTab", "Daftar pengaduan")
    SEARCH_HINT = QT_TRANSLATE_NOOP("ComplaintsTab", "Cari nomor pengaduan atau tiket (Ctrl+F)")
    LEGEND = QT_TRANSLATE_NOOP("ComplaintsTab", "Merah: lewat batas tahap · Kuning: batas hari "
                                                "ini/besok · Enter membuka pengaduan")
    REGISTER_PERMISSION = "complaints.register"
    STATE_KEY = "complaints/list"
    COLUMN_WIDTHS = (120, 84, 80, 100, 96, 112, 82, 84, 185)
    SPLIT_SIZES = (420, 980)

    def make_form(self) -> ComplaintForm:
        return ComplaintForm(self.session)

    def first_form_field(self):
        return self.form.kind

    def new_record(self) -> None:
        if self.session.can("complaints.register"):
            self.form.clear()

    def make_model(self) -> ComplaintListModel:
        return ComplaintListModel(self.session.office_code, self.session.tz, parent=self)

    def make_filters(self) -> QVBoxLayout:
        self.stage = QComboBox()
        self.stage.addItem(self.tr("Semua tahap"), None)
        self.stage.addItem(self.tr("Belum selesai"), STAGE_OPEN)
        for stage in STAGES + SIDE_EXITS:
            self.stage.addItem(stage, stage)
        self.category = QComboBox()
        self.category.addItem(self.tr("Semua kategori"), None)
        for category in CATEGORIES:
            self.category.addItem(category, category)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Semua saluran"), None)
        for channel in CHANNELS:
            self.channel.addItem(channel, channel)
        self.period = PeriodPicker(allow_none=True, none_text=self.tr("Semua periode"))
        self.period.setToolTip(self.tr("Periode diterima: bulan, triwulan, semester atau tahun"))
        self.period.changed.connect(self.apply_filter)
        self.overdue = QCheckBox(self.tr("Hanya le&wat batas"))
        for combo in (self.stage, self.category, self.channel):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
            # may be narrower than their longest entry (the list opens full width), so the
            # filter rows fit a 1366-pixel office screen beside the form
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.overdue.toggled.connect(lambda _c: self.apply_filter())
        reload_button = QPushButton(self.tr("Muat ulang (F5)"))
        reload_button.clicked.connect(self.apply_filter)
        self.search.setMinimumWidth(240)
        first, second = QHBoxLayout(), QHBoxLayout()
        for widget, stretch in ((self.search, 1), (self.overdue, 0), (reload_button, 0)):
            first.addWidget(widget, stretch)
        second.addWidget(self.period)
        for widget in (self.stage, self.category, self.channel):
            second.addWidget(widget, 1)
        rows = QVBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        return rows

    def current_filter(self) -> dict:
        return {"stage": self.stage.currentData(), "category": self.category.currentData(),
                "channel": self.channel.currentData(),
                "overdue": True if self.overdue.isChecked() else None,
                "period": self.period.period(), "query": self.search.text()}

    def set_model_filter(self, flt: dict) -> None:
        self.model.set_filters(**flt)

    def make_detail(self, complaint_id: str) -> ComplaintDetailDialog:
        return ComplaintDetailDialog(self.session, complaint_id, self)


__all__ = ["ComplaintsTab", "ComplaintListModel"]
