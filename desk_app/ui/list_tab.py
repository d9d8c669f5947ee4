"""What the Permohonan and Pengaduan tabs share: a registration form on the left, a
paged list on the right (search box and filters above, a legend or message under it),
the detail dialog on Enter or double-click.

Keys: Ctrl+N the form's first field, Ctrl+F the search box (Enter there searches and puts
the keyboard on the first row; a second Enter opens it), Enter on a row opens it, F5
reloads. Typing in the search box searches after a short pause.

A tab subclasses `ListTab` and gives: its titles, the form (`make_form`, with a
`registered(str)` signal), the model (`make_model`, a `PagedTableModel`), its other
filters (`make_filters`, a layout that places `self.search`), the filter built from them
(`current_filter`, may raise UserError: shown under the list) and how the model takes it
(`set_model_filter`), the detail dialog (`make_detail(record_id)`, a dialog with a
`changed(str)` signal) and the form's first field (`first_form_field`, for Ctrl+N).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.models.core.errors import UserError
from desk_app.ui import ui_state
from desk_app.ui.table_model import ROW_ROLE, PagedTableModel
from desk_app.ui.widgets import fit_combos, show_error

SEARCH_DELAY_MS = 350
NORMAL_STYLE = "color: #555;"
ERROR_STYLE = "color: #b00020;"


class ListTable(QTableView):
    """A read-only list of records: one row selected, Enter opens it."""

    def __init__(self, open_current, parent=None):
        super().__init__(parent)
        self._open_current = open_current
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.doubleClicked.connect(lambda _index: self._open_current())

    def keyPressEvent(self, event):  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_current()
            return
        super().keyPressEvent(event)


class ListTab(QWidget):
    FORM_TITLE = ""  # translated in the subclass's context
    LIST_TITLE = ""
    SEARCH_HINT = ""
    LEGEND = ""
    REGISTER_PERMISSION = ""
    STATE_KEY = ""  # ui_state key of the list's column widths
    COLUMN_WIDTHS: tuple[int, ...] = ()
    SPLIT_SIZES = (450, 950)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        can_register = session.can(self.REGISTER_PERMISSION)
        self.form = self.make_form()
        self.form.registered.connect(self.registered)
        form_box = QGroupBox(self.tr(self.FORM_TITLE))
        QVBoxLayout(form_box).addWidget(self.form)
        if not can_register:  # never setVisible(True) here: a widget with no parent yet
            form_box.hide()  # would be shown as a window of its own and take the focus

        self.model: PagedTableModel = self.make_model()
        self.view = ListTable(self.open_current)
        self.view.setModel(self.model)
        for column, width in enumerate(self.COLUMN_WIDTHS):
            self.view.setColumnWidth(column, width)
        ui_state.track_table(self.view, self.STATE_KEY)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr(self.SEARCH_HINT))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search_entered)

        list_box = QGroupBox(self.tr(self.LIST_TITLE))
        list_layout = QVBoxLayout(list_box)
        list_layout.addLayout(self.make_filters())
        list_layout.addWidget(self.view)
        self.status = QLabel(self.tr(self.LEGEND))
        self.status.setStyleSheet(NORMAL_STYLE)
        self.status.setWordWrap(True)  # the legend wraps: the list fits 1024 px
        list_layout.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(form_box)
        splitter.addWidget(list_box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes(list(self.SPLIT_SIZES))
        QVBoxLayout(self).addWidget(splitter)
        fit_combos(self)  # fits 1024 px: no combo as wide as the longest service name

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+N", self.new_record), ("Ctrl+F", self.focus_search),
                           ("F5", self.apply_filter)):
            QShortcut(QKeySequence(keys), self, slot).setContext(context)
        self.apply_filter()
        self.setFocusProxy(self.first_form_field() if can_register else self.search)

    # --- the subclass gives (see the module docstring): make_form() with a
    # `registered(str)` signal, make_model(), make_filters() (a QLayout that places
    # `self.search`), current_filter(), set_model_filter(flt), make_detail(record_id) with
    # a `changed(str)` signal, and first_form_field().

    def new_record(self) -> None:
        field = self.first_form_field()
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.selectAll()

    # --- shared behaviour ---------------------------------------------------------------
    def apply_filter(self) -> None:
        self._timer.stop()
        try:
            flt = self.current_filter()
        except UserError as exc:
            self.status.setText(exc.message)
            self.status.setStyleSheet(ERROR_STYLE)
            return
        self.set_model_filter(flt)
        self.status.setStyleSheet(NORMAL_STYLE)
        self.status.setText(self.tr(self.LEGEND))

    def _search_entered(self) -> None:
        """Enter in the search box: search, then put the keyboard on the first row (a
        second Enter opens it)."""
        self.apply_filter()
        if self.model.rowCount():
            self.view.setFocus()
            self.view.setCurrentIndex(self.model.index(0, 0))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def registered(self, record_id: str) -> None:
        self.apply_filter()
        self.select(record_id)

    def select(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.view.selectRow(row)

    def current_row(self):
        index = self.view.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_record(row.id)

    def open_record(self, record_id: str):
        """Open the detail dialog; the list reloads (keeping the row) after a change."""
        try:
            dialog = self.make_detail(record_id)
        except Exception as exc:  # a vanished record or a database fault: shown, not raised
            show_error(self, exc)
            return None
        dialog.changed.connect(lambda _id: self._changed(record_id))
        dialog.exec()
        return dialog

    def _changed(self, record_id: str) -> None:
        self.model.reload()
        self.select(record_id)
