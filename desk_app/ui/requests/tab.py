"""The Permohonan tab: the registration form on the left, the request list on the right.

Keys: Ctrl+N new registration (clears the form, cursor in the service field), Ctrl+F
search (Enter there jumps to the first row), Enter on a row opens the request, F5 reloads the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.catalogue import standards as catalogue
from desk_app.models.requests.flow import RequestFilter
from desk_app.models.requests.tables import STATUSES
from desk_app.ui import ui_state
from desk_app.ui.requests.form import RegistrationForm
from desk_app.ui.requests.list_model import ID_ROLE, RequestListModel
from desk_app.ui.text import status_label
from desk_app.ui.widgets import DateEdit, fit_combos, show_error

SEARCH_DELAY_MS = 350


class RequestTable(QTableView):
    """Enter opens the selected request (instead of moving to the next row)."""

    def __init__(self, open_current, parent=None):
        super().__init__(parent)
        self._open_current = open_current

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_current()
            return
        super().keyPressEvent(event)


class RequestsTab(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.form = RegistrationForm(session)
        self.form.registered.connect(self._registered)
        form_box = QGroupBox(self.tr("Pendaftaran permohonan"))
        QVBoxLayout(form_box).addWidget(self.form)
        if not session.can("requests.register"):  # never setVisible(True) here: a widget with no
            form_box.hide()  # parent yet would be shown as a window and take the focus

        self.model = RequestListModel(RequestFilter(office=session.office_code), tz=session.tz,
                                      parent=self)
        self.view = RequestTable(self.open_current)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(lambda _index: self.open_current())
        for column, width in enumerate((130, 78, 56, 180, 150, 135, 100, 80, 78)):
            self.view.setColumnWidth(column, width)
        ui_state.track_table(self.view, "requests/list")

        list_box = QGroupBox(self.tr("Daftar permohonan"))
        list_layout = QVBoxLayout(list_box)
        list_layout.addLayout(self._filters())
        list_layout.addWidget(self.view)
        legend = QLabel(self.tr("Merah: melewati jatuh tempo · Kuning: jatuh tempo hari ini · "
                                "Enter membuka permohonan"))
        legend.setStyleSheet("color: #555;")
        legend.setWordWrap(True)
        list_layout.addWidget(legend)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(form_box)
        splitter.addWidget(list_box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        fit_combos(self)  # fits 1024 px: no combo as wide as the longest service name

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+N", self.new_registration), ("Ctrl+F", self.focus_search),
                           ("F5", self.apply_filter)):
            QShortcut(QKeySequence(keys), self, slot).setContext(context)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.apply_filter()
        self.setFocusProxy(self.form.service_edit if session.can("requests.register") else self.search)

    def _filters(self) -> QVBoxLayout:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nomor, nama, NIK atau telepon (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search_entered)
        self.status = QComboBox()
        self.status.addItem(self.tr("Semua status"), None)
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.service = QComboBox()
        self.service.addItem(self.tr("Semua layanan"), None)
        for service in catalogue.list_services(self.session.office_code, include_inactive=True):
            self.service.addItem(f"{service.code} {service.name}", service.id)
        self.service.setMaximumWidth(220)
        self.date_from = DateEdit(allow_empty=True)
        self.date_to = DateEdit(allow_empty=True)
        self.overdue = QCheckBox(self.tr("Hanya &terlambat"))
        for combo in (self.status, self.service):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.apply_filter())
        self.overdue.toggled.connect(lambda _c: self.apply_filter())
        reload_button = QPushButton(self.tr("Muat ulang (F5)"))
        reload_button.clicked.connect(self.apply_filter)
        # two rows, so the list keeps its width on a 1366-pixel office screen
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.search, 2)
        first.addWidget(self.status)
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
                             status=self.status.currentData(), service_id=self.service.currentData(),
                             date_from=self.date_from.date_value(), date_to=self.date_to.date_value(),
                             overdue=self.overdue.isChecked())

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())

    def _search_entered(self) -> None:
        """Enter in the search box: search, then put the keyboard on the first row (a
        second Enter opens it)."""
        self.apply_filter()
        if self.model.rowCount():
            self.view.setFocus()
            self.view.setCurrentIndex(self.model.index(0, 0))

    def new_registration(self) -> None:
        """Ctrl+N: a new, empty registration (the previous applicant's data goes)."""
        self.form.clear()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _registered(self, _request_id: str) -> None:
        self.apply_filter()

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        # the detail dialog (and its SOP page) is imported on first use, not at start-up
        from desk_app.ui.requests.detail import RequestDetailDialog

        request_id = self.model.data(index, ID_ROLE)
        try:
            dialog = RequestDetailDialog(self.session, request_id, self)
        except Exception as exc:  # a vanished record or a database fault: shown, not raised
            show_error(self, exc)
            return
        dialog.changed.connect(lambda _rid: self._changed(request_id))
        dialog.exec()

    def _changed(self, request_id: str) -> None:
        self.model.refresh()
        row = self.model.row_of(request_id)
        if row >= 0:
            self.view.selectRow(row)
