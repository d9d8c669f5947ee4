"""Start-up of the GUI: Qt application, translations, crash log, database, first run,
login and the main window.

`run_gui(args)` is called by `desk-app` without a sub-command; `args.db` chooses the
database and `args.quit_after` (seconds) makes the GUI quit by itself (smoke tests of a
frozen build).
"""

from __future__ import annotations

import importlib
import logging
import sys
import time
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

# The login window is painted before the data layer (peewee, the models) and the database
# driver load: they are imported once it has been painted, while the officer types (see
# GuiController). Only the Qt application, the translations and the per-PC state come first.
from desk_app import __version__, config, crash
from desk_app.models.core.errors import DatabaseError, UserError
from desk_app.ui import ui_state

if TYPE_CHECKING:
    from desk_app.ui.session import Session

# the data layer's modules this one uses, loaded on first use (module attributes, so that
# tests can still reach e.g. `app.backup`)
_LAZY = {"accounts": "desk_app.models.core.accounts", "backup": "desk_app.models.core.backup",
         "settings": "desk_app.models.core.settings", "setup": "desk_app.models.core.setup",
         "dbmod": "desk_app.models.core.db"}


def __getattr__(name: str):
    if name in _LAZY:
        return importlib.import_module(_LAZY[name])
    raise AttributeError(name)


log = logging.getLogger("desk_app")
LOG_FILE_NAME = "desk-app.log"  # the same file the command line writes its crashes to


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


# --- logging and the exception hook --------------------------------------------------------

def log_file() -> Path:
    return config.log_dir() / LOG_FILE_NAME


def setup_logging() -> Path:
    """A rotating log file (1 MB x 5) in the user's log folder."""
    path = log_file()
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path
               for h in root.handlers):
        root.addHandler(crash.file_handler(logging.INFO))  # personal data masked
    for other in root.handlers:  # the console keeps showing warnings only
        if not isinstance(other, logging.FileHandler) and other.level == logging.NOTSET:
            other.setLevel(logging.WARNING)
    root.setLevel(logging.INFO)
    return path


class ExceptionHook:
    """Log any uncaught exception with its traceback; tell the user briefly where the
    log is. Expected failures (UserError) are shown as their message. The app keeps
    running."""

    QUIET_SECONDS = 3.0  # an error repeating in a loop (e.g. while painting) shows one box

    def __init__(self) -> None:
        self._showing = False
        self._last_shown = float("-inf")
        self.previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if isinstance(exc, UserError):
            text = exc.message
        else:
            text = crash.window_message(exc)
        if self._showing or QApplication.instance() is None:
            return  # an error inside the message box: logged, not shown again
        if time.monotonic() - self._last_shown < self.QUIET_SECONDS:
            return
        self._showing = True
        try:
            from PySide6.QtWidgets import QMessageBox  # see open_with_dialogs

            QMessageBox.critical(QApplication.activeWindow(), QCoreApplication.translate("App", "Kesalahan"), text)
        finally:
            self._showing = False
            self._last_shown = time.monotonic()


# --- translations ------------------------------------------------------------------------

class Translators:
    """Qt's own base translation (standard buttons) and ours; swapped on language change."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.installed: list[QTranslator] = []

    def apply(self, language: str) -> None:
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed = []
        ours = config.resource_path("translations")
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._load(f"qtbase_{language}", [qt_dir, str(ours)])
        if language != "id":  # Indonesian is the source language
            self._load(f"desk_app_{language}", [str(ours)])
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom) if language == "en" \
            else QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        QLocale.setDefault(locale)
        from desk_app.ui import text as ui_text  # dates, statuses, durations in the window

        ui_text.set_language(language)

    def _load(self, name: str, folders: list[str]) -> bool:
        for folder in folders:
            translator = QTranslator(self.app)
            if translator.load(name, folder):
                self.app.installTranslator(translator)
                self.installed.append(translator)
                return True
        log.info("translation %s not found in %s", name, folders)
        return False


# --- opening the database ----------------------------------------------------------------

def _set_aside(path: Path) -> Path:
    """Move a broken database file (and its WAL/SHM companions) out of the way; kept."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}-rusak-{stamp}{path.suffix}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        extra = Path(str(path) + suffix)
        if extra.exists():
            extra.rename(Path(str(target) + suffix))
    return target


def open_with_dialogs(url: str, parent: QWidget | None = None) -> bool:
    """Open the database; explain a failure and, for a corrupt SQLite file, offer to
    restore the newest backup. Returns False when the user gives up."""
    # imported when needed: PySide6 builds a class's enums on first use, and every
    # millisecond before the first window counts
    from PySide6.QtWidgets import QMessageBox

    from desk_app.models.core import backup
    from desk_app.models.core import db as dbmod
    from desk_app.models.core.schema import open_database

    while True:
        try:
            open_database(url, create=True)
            return True
        except DatabaseError as exc:
            log.warning("database %s could not be opened: %s", url, exc.message)
            backups = [p for p in backup.list_backups() if p.suffix == ".db"]
            if not (isinstance(exc, dbmod.CorruptDatabase) and backups):  # found at open
                QMessageBox.critical(parent, QCoreApplication.translate("App", "Basis data tidak dapat dibuka"), exc.message)
                return False
            latest = backups[0]
            answer = QMessageBox.question(
                parent, QCoreApplication.translate("App", "Basis data rusak"),
                QCoreApplication.translate("App", "%1\n\nPulihkan dari cadangan terakhir (%2)? Berkas yang rusak disimpan "
                    "dengan nama lain.").replace("%1", exc.message).replace("%2", latest.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes:
                return False
            try:
                kept = _set_aside(dbmod.sqlite_path(url))
                backup.restore_database(url, latest)
            except (UserError, OSError) as restore_exc:
                message = getattr(restore_exc, "message", None) or str(restore_exc)
                QMessageBox.critical(parent, QCoreApplication.translate("App", "Pemulihan gagal"), message)
                return False
            log.warning("restored %s from %s; broken file kept as %s", url, latest, kept)


# --- the application ---------------------------------------------------------------------

class GuiController(QObject):
    """Owns the main window across log-outs and language switches.

    Start-up: on a PC that has opened this database before, the login window is shown at
    once with the office name cached in the per-PC state (ui_state.office_name); once it
    has been painted, the data layer and the database driver are loaded and the database
    is opened, while the officer types (a submit that comes earlier waits for it). A
    database that fails to open closes the login window with the usual explanation; one
    that turns out to be empty goes to the first-run dialog. The first start on a PC (no
    cached name) opens the database first, as it must know the office or set it up."""

    def __init__(self, app: QApplication, url: str, translators: Translators):
        super().__init__()
        self.app = app
        self.url = url
        self.translators = translators
        self.session: Session | None = None
        self.window = None
        self._replacing = False  # closing the window to log out or rebuild, not to quit
        self.failed = False  # the database could not be opened
        self.daily_backup_asked = False
        self.loaded = False  # this controller has opened its database
        self.setup_needed = False

    def start(self) -> bool:
        if ui_state.office_name(self.url) is None and not self.load():
            return False
        return self.first_run() if self.setup_needed else self.login()

    def load(self, parent: QWidget | None = None) -> bool:
        """Open the database (loading the data layer and the driver on the way); False
        when it cannot be opened and the user gave up."""
        if self.loaded:
            return True
        if not open_with_dialogs(self.url, parent):
            self.failed = True
            return False
        from desk_app.models.core import setup
        from desk_app.models.core.office import home_office

        self.loaded = True
        self.setup_needed = setup.needs_setup()
        office = None if self.setup_needed else home_office()
        if office is not None:
            ui_state.set_office_name(self.url, office.name)
        return True

    def first_run(self) -> bool:
        from desk_app.models.core import accounts
        from desk_app.ui.first_run_dialog import FirstRunDialog

        dialog = FirstRunDialog()
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
            return False
        self.setup_needed = False
        try:  # the admin just chose the password: log in at once (recorded as a login)
            user = accounts.authenticate(dialog.username.text(), dialog.password.text())
        except UserError:
            return self.login()
        self.open_session(user)
        return True

    def open_session(self, user) -> None:
        from desk_app.models.core.office import Office, home_office
        from desk_app.ui.session import Session

        office = Office.get_or_none(Office.code == user.office) or home_office()
        ui_state.set_office_name(self.url, home_office().name)
        self.session = Session(user=user, office=office, db_url=self.url)
        self.show_main()
        # set-up, and the first start of a year: the year's cuti bersama for the admin
        from desk_app.models.core.dates import local_today
        from desk_app.ui.admin.cuti_offer import offer_cuti_bersama

        offer_cuti_bersama(self.window, user, office.code, local_today(self.session.tz).year)

    def login(self) -> bool:
        from desk_app.ui.login_dialog import LoginDialog

        if self.loaded:
            from desk_app.models.core.office import home_office

            office = home_office()
            name = office.name if office else ""
        else:
            name = ui_state.office_name(self.url) or ""
        dialog = LoginDialog(name)
        dialog.before_submit = lambda: self._load_behind(dialog)
        if not self.loaded:
            loader = QTimer(dialog)  # a timer made here: see LoadingPage in main_window.py
            loader.setSingleShot(True)
            loader.timeout.connect(lambda: self._load_behind(dialog))
            dialog.first_painted.connect(lambda: loader.start(0))
        accepted = dialog.exec() == LoginDialog.DialogCode.Accepted and dialog.user is not None
        if self.failed:
            return False
        if self.setup_needed:  # the database was found empty behind the login window
            return self.first_run()
        if not accepted:
            return False
        self.open_session(dialog.user)
        return True

    def _load_behind(self, dialog) -> bool:
        """Behind the painted login window: open the database; on failure or an empty
        database close the window (login() then goes on). True when the user can log in."""
        if not self.loaded:
            if not self.load(dialog):
                dialog.reject()
                return False
            if self.setup_needed:
                dialog.reject()
                return False
            dialog.set_office_name(ui_state.office_name(self.url) or "")
        return not self.setup_needed

    def show_main(self) -> None:
        from desk_app.ui.main_window import MainWindow

        self.window = MainWindow(self.session)
        self.window.logout_requested.connect(self.logout)
        self.window.language_requested.connect(self.switch_language)
        self.window.closed.connect(self._window_closed)
        if self.window.first_start:
            self.window.showMaximized()
        else:
            self.window.show()
        if not self.daily_backup_asked:  # once per run, in the window's task queue
            self.daily_backup_asked = True
            self.window.tasks.run(None, automatic_backup_job(self.url, "harian"), quiet=True)

    def _window_closed(self) -> None:
        if not self._replacing:
            self.app.quit()

    def quit_now(self) -> None:
        """Close any open dialog (login, first run) and the window, then quit."""
        log.info("quitting on request (--quit-after)")
        from PySide6.QtWidgets import QDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        if self.window is not None:
            self.window.close()
        self.app.quit()

    def _close_window(self) -> None:
        if self.window is not None:
            self._replacing = True
            try:
                self.window.close()
            finally:
                self._replacing = False
            self.window.deleteLater()
            self.window = None

    def logout(self) -> None:
        self._close_window()
        self.session = None
        if not self.login():
            self.app.quit()

    def switch_language(self, language: str) -> None:
        """Install the other translation and rebuild the window with the same session."""
        self.translators.apply(language)
        if self.session is not None:
            index = self.window.tabs.currentIndex() if self.window else 0
            self._close_window()
            self.show_main()
            self.window.tabs.setCurrentIndex(index)  # same tabs, same order


def make_application() -> tuple[QApplication, Translators]:
    """The Qt application with this PC's language installed."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Loket Prima")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(config.APP_DIR_NAME)
    app.setQuitOnLastWindowClosed(False)  # logging out closes the window but not the app
    from desk_app.ui import text_limits

    text_limits.install(app)  # lengths and characters limited in every text field
    translators = Translators(app)
    translators.apply(ui_state.language())
    return app, translators


def run_gui(args) -> int:
    url = getattr(args, "db", None) or config.default_database_url()
    path = setup_logging()
    log.info("Loket Prima %s starting on %s (log %s)", __version__, url, path)
    app, translators = make_application()
    ExceptionHook().install()
    controller = GuiController(app, url, translators)
    quit_after = getattr(args, "quit_after", None)
    if quit_after:
        QTimer.singleShot(int(quit_after * 1000), controller.quit_now)
    if not controller.start():
        return 1 if controller.failed else 0
    status = app.exec()
    log.info("Loket Prima closed (%s)", status)
    # the window has closed and joined its tasks (the daily backup among them)
    if not quit_after:
        automatic_backup_job(url, "keluar")(None)
    dbmod = sys.modules.get("desk_app.models.core.db")
    if dbmod is not None and dbmod.database.obj is not None and not dbmod.database.obj.is_closed():
        dbmod.database.obj.close()  # the GUI thread's connection, last
    return status


def automatic_backup_job(url: str, reason: str) -> Callable[[Callable | None], Path | None]:
    """The first start of each day ("harian") and every exit ("keluar") leave a verified
    backup. The daily one is a quiet job of the main window's task runner (its own SQLite
    connection or pg_dump), so the counter is not kept waiting, and closing the window
    joins it; the exit one runs once the window has closed. A failure is logged, never
    shown."""
    from desk_app.models.core import backup, settings
    from desk_app.models.core.office import home_office

    office = home_office()
    keep = settings.get(office.code, "backup_keep") if office else 14

    def work(_progress=None) -> Path | None:
        try:
            path = backup.automatic_backup(url, keep, reason=reason)
        except Exception:
            log.exception("automatic backup (%s) failed", reason)
            return None
        if path:
            log.info("automatic backup (%s): %s", reason, path)
        return path

    return work
