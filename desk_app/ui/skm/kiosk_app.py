"""Starting the kiosk: from a request at hand-over (the counter's window, on a second
screen when there is one) or on its own with `desk-app kiosk` (a PC at the counter)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from desk_app.models.core.errors import UserError
from desk_app.models.skm import kiosk as kiosk_domain
from desk_app.ui.skm.kiosk import KioskWindow

log = logging.getLogger(__name__)
_OPEN: dict[str, KioskWindow] = {}  # one kiosk per main window (keyed by its object name)



def officer_unlock(username: str):
    """Closing a kiosk asks the password of the officer who started it."""
    from desk_app.models.core.accounts import authenticate

    def ask(parent: QWidget) -> bool:
        password, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("Kiosk", "Tutup kiosk"), QCoreApplication.translate("Kiosk", "Sandi petugas %1 untuk menutup kiosk:")
            .replace("%1", username), QLineEdit.EchoMode.Password)
        if not ok:
            return False
        try:
            authenticate(username, password)
        except UserError:
            return False
        return True

    return ask


def show_on_customer_screen(window: QWidget, full_screen: bool = True) -> None:
    """On the second screen when there is one (the one facing the applicant)."""
    screens = QGuiApplication.screens()
    if len(screens) > 1:
        window.setScreen(screens[1])
        window.move(screens[1].geometry().topLeft())
    if full_screen:
        window.showFullScreen()
    else:
        window.show()
    window.raise_()
    window.activateWindow()


def open_kiosk_for_request(parent: QWidget, session, request_id: str) -> KioskWindow:
    """Mark the request "disurvei" and start a form on the kiosk. Raises UserError."""
    ticket = kiosk_domain.open_for_request(session.user, request_id)
    owner = parent.window()
    window = _OPEN.get(str(id(owner)))
    if window is None:
        window = KioskWindow(session.office.code, parent=owner,
                             unlock=officer_unlock(session.user.username))
        _OPEN[str(id(owner))] = window
        window.destroyed.connect(lambda *_: _OPEN.pop(str(id(owner)), None))
    window.start(ticket)
    show_on_customer_screen(window)
    return window


def run_kiosk(args) -> int:
    """`desk-app kiosk`: an officer logs in, then the walk-in kiosk fills the screen."""
    from desk_app import config
    from desk_app.app import make_application, open_with_dialogs, setup_logging
    from desk_app.models.catalogue.tables import Service
    from desk_app.models.core.office import home_office
    from desk_app.models.core.permissions import can
    from desk_app.ui.login_dialog import LoginDialog
    from desk_app.ui.widgets import show_error

    url = getattr(args, "db", None) or config.default_database_url()
    setup_logging()
    app, _translators = make_application()
    if not open_with_dialogs(url):
        return 1
    office = home_office()
    if office is None:
        show_error(None, UserError(QCoreApplication.translate("Kiosk", "Basis data belum disiapkan: jalankan aplikasi utama dulu.")))
        return 1
    dialog = LoginDialog(office.name)
    if dialog.exec() != LoginDialog.DialogCode.Accepted or dialog.user is None:
        return 0
    if not can(dialog.user, "surveys.kiosk"):
        show_error(None, UserError(QCoreApplication.translate("Kiosk", "Kiosk dibuka oleh petugas loket atau kepala seksi.")))
        return 1
    services = [(s.id, s.name) for s in Service.select().where(
        (Service.office == office.code) & (Service.active == True))  # noqa: E712
        .order_by(Service.sort_order, Service.code)]
    window = KioskWindow(office.code, walk_in=True, services=services,
                         unlock=officer_unlock(dialog.user.username))
    window.destroyed.connect(app.quit)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    show_on_customer_screen(window, full_screen=not getattr(args, "windowed", False))
    log.info("kiosk started by %s", dialog.user.username)
    return app.exec()
