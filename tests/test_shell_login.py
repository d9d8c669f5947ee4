"""Login dialog and the main window each role gets."""

from __future__ import annotations

import pytest
from conftest import TEST_USERS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shell_helpers import session_for

from desk_app.models.core.accounts import MAX_FAILED_LOGINS
from desk_app.ui import ui_state
from desk_app.ui.login_dialog import LoginDialog
from desk_app.ui.main_window import MainWindow


def _login(qtbot, username: str, password: str) -> LoginDialog:
    dialog = LoginDialog("Kanwil")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.username.setText(username)
    dialog.password.setText(password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter submits
    return dialog


@pytest.mark.parametrize("key", ["admin", "head", "counter"])
def test_each_role_logs_in_with_enter(qtbot, db, key):
    username, password, full_name, _role, _nip = TEST_USERS[key]
    dialog = _login(qtbot, username, password)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.user.username == username
    assert dialog.user.full_name == full_name


def test_wrong_password_is_explained_and_password_cleared(qtbot, db):
    dialog = _login(qtbot, "petugas", "salah-sandi")
    assert dialog.result() != LoginDialog.DialogCode.Accepted
    assert dialog.user is None
    assert not dialog.error_label.isHidden()
    assert "Nama pengguna atau sandi salah" in dialog.error_label.text()
    assert f"{MAX_FAILED_LOGINS} kali salah sandi mengunci akun" in dialog.error_label.text()
    assert dialog.password.text() == ""


def test_locked_account_refuses_even_the_right_password(qtbot, db):
    for _ in range(MAX_FAILED_LOGINS):
        dialog = _login(qtbot, "petugas", "salah-sandi")
    dialog = _login(qtbot, "petugas", TEST_USERS["counter"][1])
    assert dialog.user is None
    assert "akun sedang dikunci" in dialog.error_label.text()


def test_empty_username_asks_for_it(qtbot, db):
    dialog = _login(qtbot, "", "x")
    assert dialog.user is None
    assert dialog.error_label.text() == "Isi nama pengguna."


def _window(qtbot, key):
    window = MainWindow(session_for(key))
    qtbot.addWidget(window)
    window.show()
    return window


def test_counter_sees_catalogue_but_no_admin_and_no_edit(qtbot, db):
    window = _window(qtbot, "counter")
    titles = window.tab_titles()
    assert "Standar Pelayanan" in titles
    assert "Admin" not in titles
    catalogue = window.tab("catalogue")
    assert catalogue.edit_button.isHidden()
    assert not catalogue.print_button.isHidden()
    assert "Ahmad Petugas" in window.user_label.text()
    assert "Petugas Loket" in window.user_label.text()


def test_head_sees_only_the_personal_data_section_of_the_admin_tab(qtbot, db):
    window = _window(qtbot, "head")
    assert "Admin" in window.tab_titles()
    window.show_tab("admin")
    assert list(window.tab("admin").sections) == ["Data pribadi"]
    assert window.tab("catalogue").edit_button.isHidden()
    assert "Kepala Seksi" in window.user_label.text()


def test_admin_sees_admin_tab_and_edit_action(qtbot, db):
    window = _window(qtbot, "admin")
    titles = window.tab_titles()
    assert "Admin" in titles and "Standar Pelayanan" in titles
    assert not window.tab("catalogue").edit_button.isHidden()
    sections = window.tab("admin").sections
    assert {"Pengguna", "Kantor", "Penanda tangan", "Cuti bersama"} <= set(sections)
    assert "Administrator" in window.user_label.text()


@pytest.mark.parametrize("key", ["admin", "head", "counter"])
def test_every_permitted_tab_is_built(qtbot, db, key):
    """A tab the role may use and that is registered must actually appear and open (no
    silent failure to build); one the role may not use must not."""
    from desk_app.ui.tabs import TABS

    window = _window(qtbot, key)
    allowed = [spec.key for spec in TABS if window.session.can(spec.permission)]
    assert window.tabs.count() == len(allowed)
    assert all(window.tab(k) is not None for k in allowed)
    assert list(window.tab_widgets) != [] and window.failed_tabs == []
    assert window.tab("admin") is None or key in ("admin", "head")


def test_only_the_shown_tab_is_built_at_start(qtbot, db):
    """The window is painted first, then its first tab is built from the event loop (the
    officer can type into it at once); the other tabs are built when first shown."""
    ui_state.set_last_tab("")
    window = _window(qtbot, "admin")
    assert window.tab_widgets == {}
    assert "Memuat" in window.pages["requests"].widget().text()
    qtbot.waitUntil(lambda: "requests" in window.tab_widgets)
    assert list(window.tab_widgets) == ["requests"]
    assert window.current_tab() is window.tab_widgets["requests"]
    assert window.tab_widgets["requests"].isAncestorOf(QApplication.focusWidget())
    window.tabs.setCurrentIndex(window.tab_titles().index("Standar Pelayanan"))  # a mouse click
    assert set(window.tab_widgets) == {"requests", "catalogue"}
    assert window.current_tab().objectName() == "tab_catalogue"


def test_the_last_tab_used_is_shown_at_the_next_start(qtbot, db):
    window = _window(qtbot, "admin")
    window.show_tab("reports")
    window.close()
    again = _window(qtbot, "admin")
    assert again.current_tab() is again.tab_widgets["reports"]
    assert "requests" not in again.tab_widgets


def test_alt_digit_switches_tab_and_ctrl_l_logs_out(qtbot, db):
    window = _window(qtbot, "admin")
    with qtbot.waitActive(window):
        window.activateWindow()

    def press(key, modifier):
        qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)

    press(Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert window.current_tab() is window.tab("admin")
    press(Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert window.current_tab() is window.tab("catalogue")
    with qtbot.waitSignal(window.logout_requested, timeout=2000):
        press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_tab_shortcuts_do_not_collide_between_tabs(qtbot, db, monkeypatch):
    """Ctrl+F / Ctrl+P exist in several tabs; only the visible tab's shortcut fires."""

    window = _window(qtbot, "head")  # sees requests, complaints, catalogue, reports
    with qtbot.waitActive(window):
        window.activateWindow()
    asked = []
    monkeypatch.setattr("desk_app.ui.save_file.ask_user",
                        lambda dialog: asked.append(dialog) or ("", ""))
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    catalogue = window.tab("catalogue")
    assert window.current_tab() is catalogue
    assert QApplication.focusWidget() is catalogue.search  # Alt+4, then type to search
    qtbot.keyClicks(catalogue.search, "kiblat")
    assert catalogue.proxy.rowCount() >= 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1  # the catalogue's Ctrl+P: save the standard sheet


def test_a_broken_tab_is_reported_and_the_others_work(qtbot, db, monkeypatch):
    from desk_app.ui import main_window
    from desk_app.ui.tabs import TABS, TabSpec

    broken = TabSpec("broken", "desk_app.ui.tidak_ada_modul", "X", "catalogue.view", "Rusak", "Alt+9")
    monkeypatch.setattr(main_window, "TABS", [*TABS, broken])
    window = _window(qtbot, "counter")
    window.show_tab("broken")
    assert window.tab("broken") is None
    assert "Rusak" in window.statusBar().currentMessage()
    assert "tidak dapat dibuka" in window.pages["broken"].widget().text()
    window.show_tab("catalogue")
    assert window.current_tab() is window.tab("catalogue")


def test_changing_my_password_from_the_menu(qtbot, db, monkeypatch):
    """Aplikasi → Ubah sandi saya: a wrong old password is explained and nothing changes;
    the right one changes it, and the next login takes the new password."""
    from PySide6.QtWidgets import QMessageBox

    from desk_app.models.core import accounts
    from desk_app.ui import password_dialog

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(password_dialog.ChangePasswordDialog, "exec", lambda self: dialogs.append(self))
    dialogs = []
    window = _window(qtbot, "counter")
    window.password_action.trigger()
    dialog = dialogs[0]
    dialog.old.setText("salah-sandi")
    dialog.new.setText("sandi-baru-99")
    dialog.new2.setText("sandi-baru-99")
    dialog.submit()
    assert shown == ["Sandi lama salah. Sisa percobaan: 4."]
    dialog.old.setText(TEST_USERS["counter"][1])
    dialog.submit()
    assert shown[-1] == "Sandi Anda sudah diubah."
    assert accounts.authenticate("petugas", "sandi-baru-99").username == "petugas"
