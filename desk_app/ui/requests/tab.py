"""The Permohonan tab: the registration form on the left, the request list on the right
(the shared list tab: `ui/list_tab.py`).

Keys: Ctrl+N new registration (service field), Ctrl+F search (Enter there jumps to the
first row), Enter on a row opens the request, F5 reloads the list.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.requests.flow import STATUS_LABELS
from desk_app.models.requests.search import RequestFilter
from desk_app.models.requests.tables import STATUSES
from desk_app.ui.list_tab import ListTab
from desk_app.ui.requests.form import RegistrationForm
from desk_app.ui.requests.list_model import RequestListModel
from desk_app.ui.widgets import DateEdit


class RequestsTab(ListTab):
    FORM_TITLE = QT_TRANSLATE_NOOP("RequestsTab", "Pendaftaran permohonan")
    LIST_TITLE = QT_TRANSLATE_NOOP("RequestsTab", "Daftar permohonan")
    SEARCH_HINT = QT_TRANSLATE_NOOP("RequestsTab", "Cari nomor, nama, NIK atau telepon (Ctrl+F)")
    LEGEND = QT_TRANSLATE_NOOP("RequestsTab", "Merah: melewati jatuh tempo · Kuning: jatuh tempo "
                                              "hari ini · Enter membuka permohonan")
    REGISTER_PERMISSION = "requests.register"
    STATE_KEY = "requests/list"
    COLUMN_WIDTHS = (130, 78, 56, 180, 150, 135, 100, 80, 78)
    SPLIT_SIZES = (470, 900)

    def make_form(self) -> RegistrationForm:
        return RegistrationForm(self.session)

    def first_form_field(self):
        return self.form.service_edit

    def make_model(self) -> RequestListModel:
        return RequestListModel(RequestFilter(office=self.session.office_code), tz=self.session.tz,
                                parent=self)

    def make_filters(self) -> QVBoxLayout:
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Semua status"), None)
        for status in STATUSES:
            self.status_filter.addItem(self.tr(STATUS_LABELS[status]), status)
        self.service = QComboBox()
        self.service.addItem(self.tr("Semua layanan"), None)
        for service in catalogue.list_services(self.session.office_code, include_inactive=True):
            self.service.addItem(f"{service.code} {service.name}", service.id)
        self.service.setMaximumWidth(220)
        self.date_from = DateEdit(allow_empty=True)
        self.date_to = DateEdit(allow_empty=True)
        self.overdue = QCheckBox(self.tr("Hanya &terlambat"))
        for combo in (self.status_filter, self.service):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.apply_filter())
        self.overdue.toggled.connect(lambda _c: self.apply_filter())
        reload_button = QPushButton(self.tr("Muat ulang (F5)"))
        reload_button.clicked.connect(self.apply_filter)
        # two rows, so the list keeps its width on a 1366-pixel office screen
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.search, 2)
        first.addWidget(self.status_filter)
        first.addWidget(self.service, 1)
        second.addWidget(QLabel(self.tr("Dari")))
        second.addWidget(self.date_from)
        second.addWidget(QLabel(self.tr("s.d.")))
        second.addWidget(self.date_to)
        second.addWidget(self.overdue)
        second.addStretch(1)
        second.addWidget(reload_button)
        rows = QVBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        return rows

    def current_filter(self) -> RequestFilter:
        return RequestFilter(office=self.session.office_code, text=self.search.text(),
                             status=self.status_filter.currentData(),
                             service_id=self.service.currentData(),
                             date_from=self.date_from.date_value(), date_to=self.date_to.date_value(),
                             overdue=self.overdue.isChecked())

    def set_model_filter(self, flt: RequestFilter) -> None:
        self.model.set_filter(flt)

    def make_detail(self, request_id: str):
        # the detail dialog (and its SOP page) is imported on first use, not at start-up
        from desk_app.ui.requests.detail import RequestDetailDialog

        return RequestDetailDialog(self.session, request_id, self)
