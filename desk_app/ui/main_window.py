"""The main window: only assembles the tabs listed in desk_app/ui/tabs.py that the user's
role may see, plus the menu, shortcuts and status bar. Behaviour lives in the tabs.

The window owns the one task runner (desk_app/ui/tasks.py) and hands it to every tab in
its session; closing the window cancels and joins every job still running.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging

# Only what the window needs before it is first painted is imported here: PySide6
# builds a class's Python enums when the class is first touched (QMessageBox, the Qt
# namespace: milliseconds each), so dialogs import their classes when opened.
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QScrollArea, QTabWidget, QWidget

from desk_app import __version__, config
from desk_app.models.core.dates import local_today
from desk_app.ui import ui_state
from desk_app.ui.session import Session
from desk_app.ui.tabs import TABS, TabSpec
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.text import format_date

log = logging.getLogger(__name__)

ROLE_LABELS = {  # translated in the "Roles" context
    "counter": QT_TRANSLATE_NOOP("Roles", "Petugas Loket"),
    "head": QT_TRANSLATE_NOOP("Roles", "Kepala Seksi"),
    "admin": QT_TRANSLATE_NOOP("Roles", "Administrator"),
}


def role_label(role: str) -> str:
    return QCoreApplication.translate("Roles", ROLE_LABELS.get(role, role))


def safe_url(url: str) -> str:
    """A database address fit to show: a PostgreSQL password is hidden."""
    if "://" in url and "@" in url:
        scheme, rest = url.split("://", 1)
        credentials, host = rest.rsplit("@", 1)
        user = credentials.split(":", 1)[0]
        return f"{scheme}://{user}@{host}"
    return url


def set_shortcut(action: QAction, keys: str) -> None:
    """action.setShortcut(keys), minus ~45 ms: PySide6 resolves setShortcut's overloads by
    building every enum of the Qt namespace, which the window need not wait for."""
    action.setProperty("shortcut", QKeySequence(keys))


def new_action(text: str, parent: QObject) -> QAction:
    """QAction(text, parent), minus ~3 ms: to rule out that constructor's icon overloads
    PySide6 builds QIcon's enums (ThemeIcon has 151 members) before the first paint."""
    action = QAction(parent)
    action.setText(text)
    return action


def visible_tabs(session: Session) -> list[TabSpec]:
    return [spec for spec in TABS if session.can(spec.permission)]


class LoadingPage(QLabel):
    """Stands in a tab page until the tab is built: the window is shown and painted
    first, then `build` runs from the event loop (the start-up then feels as quick as
    a bare window; the first tab follows a moment later)."""

    def __init__(self, build, parent: QWidget | None = None):
        text = QCoreApplication.translate("MainWindow", "Memuat…")
        super().__init__(f'<p align="center">{text}</p>', parent)
        # a timer made here, not QTimer.singleShot in paintEvent: resolving singleShot's
        # overloads builds the Qt namespace's enums (~45 ms) in the middle of the paint
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(build)
        self._painted = False

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._painted:  # once; the timer goes with the page if the tab is built first
            self._painted = True
            self._timer.start(0)


class MainWindow(QMainWindow):
    logout_requested = Signal()
    language_requested = Signal(str)
    closed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks = TaskRunner(self)
        self.session = dataclasses.replace(session, tasks=self.tasks)
        self.tab_widgets: dict[str, QWidget] = {}  # the tabs built so far, by key
        self.failed_tabs: list[str] = []
        self.setWindowTitle(self.tr("Loket Prima — %1").replace("%1", session.office.name))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._add_tab_pages()
        if ui_state.last_tab() in self.pages:
            self.tabs.setCurrentWidget(self.pages[ui_state.last_tab()])
        # the first tab is built once the window has been painted (see LoadingPage)
        first = self._key_at(self.tabs.currentIndex())
        if first:
            self.pages[first].setWidget(LoadingPage(lambda: self._build_first_tab(first)))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._build_menu()
        self._build_status_bar()
        self.first_start = not ui_state.restore_geometry(self, "main")
        if self.first_start:
            self.resize(1280, 760)

    # --- tabs -------------------------------------------------------------------------
    # Every permitted tab gets its page at once; its widget (module import, queries) is
    # built when the tab is first shown, so start-up does not wait for the other tabs.
    def _add_tab_pages(self) -> None:
        self.specs = {spec.key: spec for spec in visible_tabs(self.session)}
        self.pages: dict[str, QScrollArea] = {}
        for spec in self.specs.values():
            title = QCoreApplication.translate("MainWindow", spec.title)
            # a scroll area keeps a wide tab from pushing the window past a small screen
            page = QScrollArea()
            page.setWidgetResizable(True)
            page.setFrameShape(QFrame.Shape.NoFrame)
            index = self.tabs.addTab(page, title)
            self.tabs.setTabToolTip(index, f"{title} ({spec.shortcut})")
            self.pages[spec.key] = page
            shortcut = QShortcut(spec.shortcut, self)
            shortcut.activated.connect(lambda key=spec.key: self.show_tab(key))

    def tab(self, key: str) -> QWidget | None:
        """The widget of tab `key`, built now if it was not yet; None when it fails."""
        if key in self.tab_widgets or key not in self.specs:
            return self.tab_widgets.get(key)
        spec, page = self.specs[key], self.pages[key]
        title = QCoreApplication.translate("MainWindow", spec.title)
        if title in self.failed_tabs:
            return None
        try:
            module = importlib.import_module(spec.module)
            widget = getattr(module, spec.class_name)(self.session, self)
        except Exception:  # one broken tab must not keep the counter from working
            log.exception("tab %s could not be built", spec.key)
            self.failed_tabs.append(title)
            message = self.tr("Tab %1 tidak dapat dibuka; rinciannya ada di berkas log.").replace("%1", title)
            page.setWidget(QLabel(message))
            self.statusBar().showMessage(message, 30000)
            return None
        widget.setObjectName(f"tab_{spec.key}")
        page.setWidget(widget)
        self.tab_widgets[key] = widget
        return widget

    def _build_first_tab(self, key: str) -> None:
        widget = self.tab(key)
        if widget is not None and self.tabs.currentWidget() is self.pages[key]:
            widget.setFocus()  # the officer can type at once, as after Alt+digit

    def show_tab(self, key: str) -> None:
        """Bring tab `key` to the front, keyboard focus in it."""
        self.tabs.setCurrentWidget(self.pages[key])
        widget = self.tab(key)
        if widget is not None:
            widget.setFocus()  # keys go to the tab at once (its focus proxy, e.g. a search field)

    def current_tab(self) -> QWidget | None:
        return self.tab(self._key_at(self.tabs.currentIndex()))

    def _key_at(self, index: int) -> str:
        page = self.tabs.widget(index)
        return next((key for key, p in self.pages.items() if p is page), "")

    def _tab_changed(self, index: int) -> None:
        key = self._key_at(index)
        if key:
            self.tab(key)
            ui_state.set_last_tab(key)

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    # --- menu -------------------------------------------------------------------------
    def _build_menu(self) -> None:
        bar = self.menuBar()
        app_menu = bar.addMenu(self.tr("&Aplikasi"))
        self.password_action = new_action(self.tr("&Ubah sandi saya…"), self)
        self.password_action.triggered.connect(self.change_password)
        self.logout_action = new_action(self.tr("&Keluar akun"), self)
        set_shortcut(self.logout_action, "Ctrl+L")
        self.logout_action.triggered.connect(self.logout)
        self.quit_action = new_action(self.tr("&Tutup aplikasi"), self)
        set_shortcut(self.quit_action, "Ctrl+Q")
        self.quit_action.triggered.connect(self.quit_application)
        app_menu.addAction(self.password_action)
        app_menu.addSeparator()
        app_menu.addAction(self.logout_action)
        app_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(self.tr("&Tampilan"))
        language_menu = view_menu.addMenu(self.tr("&Bahasa"))
        group = QActionGroup(self)
        current = ui_state.language()
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("id", "Bahasa &Indonesia"), ("en", "&English")):
            action = new_action(label, self)  # each language in its own name
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = bar.addMenu(self.tr("Ba&ntuan"))
        shortcuts_action = new_action(self.tr("&Pintasan papan ketik"), self)
        set_shortcut(shortcuts_action, "F1")
        shortcuts_action.triggered.connect(self.show_shortcuts)
        logs_action = new_action(self.tr("Buka folder &log"), self)
        logs_action.triggered.connect(self.open_log_folder)
        about_action = new_action(self.tr("&Tentang Loket Prima"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(shortcuts_action)
        help_menu.addAction(logs_action)
        help_menu.addSeparator()
        help_menu.addAction(about_action)

    def _build_status_bar(self) -> None:
        user = self.session.user
        self.user_label = QLabel(self.tr("%1 — %2").replace("%1", user.full_name)
                                 .replace("%2", role_label(user.role)))
        self.user_label.setObjectName("status_user")
        today = QLabel(format_date(local_today(self.session.tz), weekday=True))
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(QLabel(self.session.office_code))
        self.statusBar().addPermanentWidget(today)

    # --- actions ----------------------------------------------------------------------
    def choose_language(self, code: str) -> None:
        if code == ui_state.language():
            return
        ui_state.set_language(code)
        self.language_requested.emit(code)

    def logout(self) -> None:
        self.logout_requested.emit()

    def quit_application(self) -> None:
        self.close()

    def change_password(self) -> None:
        from desk_app.ui.password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.session, self)
        dialog.exec()

    def open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl  # when asked for: its enums are not built at start
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(config.log_dir())))

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        lines = [f"{spec.shortcut}\t{QCoreApplication.translate('MainWindow', spec.title)}"
                 for spec in visible_tabs(self.session)]
        lines += ["Ctrl+L\t" + self.tr("Keluar akun"), "Ctrl+Q\t" + self.tr("Tutup aplikasi"),
                  "F1\t" + self.tr("Pintasan papan ketik")]
        QMessageBox.information(self, self.tr("Pintasan papan ketik"), "\n".join(lines))

    def show_about(self) -> None:
        import html

        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("Tentang Loket Prima"), self.tr(
            "<b>Loket Prima %1</b><br>Aplikasi loket pelayanan publik: standar pelayanan, SOP, "
            "permohonan, pengaduan dan survei kepuasan masyarakat.<br><br>Basis data: %3<br>"
            "Folder log: %2"
        ).replace("%1", __version__).replace("%2", html.escape(str(config.log_dir())))
            .replace("%3", html.escape(safe_url(self.session.db_url))))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        ui_state.save_geometry(self, "main")
        self.tasks.shutdown()  # before the database closes: nothing outlives the window
        super().closeEvent(event)
        self.closed.emit()
