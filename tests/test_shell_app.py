"""Start-up pieces: languages, first run, the crash hook, a corrupt database, admin tab."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from shell_helpers import session_for

from desk_app import app as app_module
from desk_app.app import ExceptionHook, GuiController, Translators, open_with_dialogs
from desk_app.models.core import accounts, backup, setup
from desk_app.models.core.accounts import User
from desk_app.models.core.office import home_office
from desk_app.models.core.schema import open_database
from desk_app.ui import ui_state
from desk_app.ui.admin import cuti_section
from desk_app.ui.admin import tab as admin_module
from desk_app.ui.first_run_dialog import FirstRunDialog


@pytest.fixture
def translators(qapp):
    translators = Translators(qapp)
    yield translators
    translators.apply("id")
    ui_state.set_language("id")


def test_switching_to_english_changes_the_window_texts(qtbot, db, translators):
    translators.apply("id")
    controller = GuiController(QApplication.instance(), "", translators)
    controller.session = session_for("admin")
    controller.show_main()
    window = controller.window
    qtbot.addWidget(window)
    assert "Standar Pelayanan" in window.tab_titles()
    assert window.menuBar().actions()[0].text() == "&Aplikasi"
    assert "Administrator" in window.user_label.text()

    window.language_actions["en"].trigger()  # the menu choice: saved and applied now
    assert ui_state.language() == "en"
    window = controller.window
    qtbot.addWidget(window)
    assert "Service Standards" in window.tab_titles()
    assert "Admin" in window.tab_titles()
    assert window.menuBar().actions()[0].text() == "&Application"
    catalogue = window.tab("catalogue")
    assert catalogue.edit_button.text() == "&Edit standard…"
    assert "Requirements" in catalogue.public_view.toPlainText()
    assert "effective from" in catalogue.header.toPlainText()
    assert "working days" in catalogue.public_view.toPlainText()
    assert window.tab("admin").tabText(0) == "&Users"
    assert {"Pengguna", "Kantor", "Pengaturan"} <= set(window.tab("admin").sections)
    # Qt's own strings follow too (qtbase_en), and ours are complete for the window
    assert "Loket Prima" in window.windowTitle()

    window.language_actions["id"].trigger()
    assert "Standar Pelayanan" in controller.window.tab_titles()
    controller.window.close()


def test_first_run_creates_office_admin_and_catalogue(qtbot, empty_db_url):
    open_database(empty_db_url)
    assert setup.needs_setup()
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Baiq Admin")
    dialog.password.setText("rahasia123")
    dialog.password2.setText("rahasia123")
    dialog.submit()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert not setup.needs_setup()
    assert dialog.admin.username == "admin" and dialog.admin.role == "admin"
    home = home_office()
    assert home.code == "Kw.18" and home.letterhead
    from desk_app.models.catalogue.standards import list_services
    assert list_services(home.code)


def test_first_run_refuses_mismatched_passwords(qtbot, empty_db_url, monkeypatch):
    open_database(empty_db_url)
    shown = []
    monkeypatch.setattr("desk_app.ui.first_run_dialog.show_error", lambda p, exc: shown.append(exc.message))
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Baiq Admin")
    dialog.password.setText("rahasia123")
    dialog.password2.setText("rahasia124")
    dialog.submit()
    assert shown == ["Kedua sandi tidak sama."]
    assert setup.needs_setup()


def test_unexpected_error_is_logged_and_shown_briefly(qtbot, monkeypatch, tmp_path):
    log_path = app_module.setup_logging()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    hook = ExceptionHook()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "boom in a slot" in log_path.read_text(encoding="utf-8")
    assert "Traceback" in log_path.read_text(encoding="utf-8")
    assert len(shown) == 1
    assert str(log_path) in shown[0]
    assert "boom" not in shown[0]  # the user gets the short message, not the details
    assert shown[0].startswith("Terjadi kesalahan yang tidak terduga")
    try:  # the same failure again at once (e.g. in a loop): logged, not a second box
        raise RuntimeError("boom again")
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "boom again" in log_path.read_text(encoding="utf-8")
    assert len(shown) == 1


def test_corrupt_database_is_restored_from_the_latest_backup(qtbot, tmp_path, monkeypatch):
    url = str(tmp_path / "kantor.db")
    open_database(url)
    setup.initialize("Kw.18", {"name": "Kanwil"}, "admin", "Admin", "admin1234")
    good = backup.backup_database(url, to_dir=tmp_path / "backups")
    from desk_app.models.core import db as dbmod
    dbmod.database.obj.close()
    (tmp_path / "kantor.db").write_bytes(b"this is not a database at all" * 200)
    for extra in ("kantor.db-wal", "kantor.db-shm"):
        (tmp_path / extra).unlink(missing_ok=True)
    monkeypatch.setattr(app_module.backup, "list_backups", lambda: [good])
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    assert open_with_dialogs(url)
    assert asked and good.name in asked[0]
    assert User.get(User.username == "admin").full_name == "Admin"
    kept = list(tmp_path.glob("kantor-rusak-*.db"))
    assert len(kept) == 1  # the broken file is kept, not deleted
    dbmod.database.obj.close()


def test_unopenable_database_is_explained(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert not open_with_dialogs(str(tmp_path / "tidak-ada" / "x.db"))
    assert "tidak ada" in shown[0]


def test_admin_creates_deactivates_and_reactivates_a_user(qtbot, db, office, monkeypatch):
    tab = admin_module.AdminTab(session_for("admin"))
    qtbot.addWidget(tab)
    users = tab.sections["Pengguna"]
    from desk_app.ui.admin.dialogs import UserDialog

    def fill(dialog):
        dialog.username.setText("loket3")
        dialog.full_name.setText("Muhammad Loket")
        dialog.password.setText("loket1234")
        dialog.password2.setText("loket1234")
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(UserDialog, "exec", fill)
    users.add_button.click()
    created = User.get(User.username == "loket3")
    assert created.role == "counter" and users.selected().id == created.id

    answers = []
    monkeypatch.setattr(admin_module, "confirm", lambda parent, text: answers.append(text) or True)
    users.active_button.click()
    assert "loket3" in answers[0]
    assert not User.get_by_id(created.id).active
    assert users.active_button.text() == "&Aktifkan kembali"
    with pytest.raises(accounts.LoginFailed):
        accounts.authenticate("loket3", "loket1234")
    users.active_button.click()
    assert User.get_by_id(created.id).active


def test_declined_confirmation_changes_nothing(qtbot, db, office, monkeypatch):
    tab = admin_module.AdminTab(session_for("admin"))
    qtbot.addWidget(tab)
    users = tab.sections["Pengguna"]
    row = next(i for i, u in enumerate(users.model.rows) if u.username == "petugas")
    users.table.selectRow(row)
    monkeypatch.setattr(admin_module, "confirm", lambda parent, text: False)
    users.active_button.click()
    assert User.get(User.username == "petugas").active


def test_office_letterhead_and_signer_are_saved(qtbot, db, office, monkeypatch):
    monkeypatch.setattr(admin_module, "show_info", lambda *a, **k: None)
    tab = admin_module.AdminTab(session_for("admin"))
    qtbot.addWidget(tab)
    section = tab.sections["Kantor"]
    section.letterhead.setPlainText("KEMENTERIAN AGAMA\nKANTOR UJI\nJl. Contoh 1")
    section.save()
    assert home_office().letterhead == ["KEMENTERIAN AGAMA", "KANTOR UJI", "Jl. Contoh 1"]
    assert tab.session.office.letterhead[1] == "KANTOR UJI"
    signer = tab.sections["Penanda tangan"]
    signer.edits["head_name"].setText("Dr. H. Kepala")
    signer.edits["head_nip"].setText("197208121998032002")
    signer.save()
    from desk_app.models.core import settings
    assert settings.get(office, "head_name") == "Dr. H. Kepala"


def test_cuti_bersama_add_and_remove_with_reason(qtbot, db, office, monkeypatch):
    import datetime as dt

    tab = admin_module.AdminTab(session_for("admin"))
    qtbot.addWidget(tab)
    section = tab.sections["Cuti bersama"]
    section.year.setValue(2031)
    day = dt.date(2031, 1, 2)  # a Thursday
    section.new_date.set_date_value(day)
    section.new_description.setText("Cuti bersama Tahun Baru")
    section.add_day()
    assert [r.date for r in section.model.rows] == [day]
    section.table.selectRow(0)
    section.table.setCurrentIndex(section.model.index(0, 0))
    monkeypatch.setattr(cuti_section, "ask_text", lambda *a, **k: "salah tanggal")
    section.remove_selected()
    assert section.model.rows == []


def test_office_options_are_edited_with_typed_fields(qtbot, db, office, monkeypatch):
    from PySide6.QtWidgets import QSpinBox

    from desk_app.models.core import settings
    from desk_app.ui.admin import settings_section

    monkeypatch.setattr(settings_section, "show_info", lambda *a, **k: None)
    tab = admin_module.AdminTab(session_for("admin"))
    qtbot.addWidget(tab)
    section = tab.sections["Pengaturan"]
    days = section.edits["complaint_days_reply"]
    assert isinstance(days, QSpinBox) and days.value() == 14
    days.setValue(10)
    section.save()
    assert settings.get(office, "complaint_days_reply") == 10
    section.fill_defaults()
    section.save()
    assert settings.get(office, "complaint_days_reply") == 14


def test_logging_out_returns_to_login_and_the_next_user_gets_their_window(qtbot, db, monkeypatch,
                                                                          translators):
    from desk_app.models.core.accounts import authenticate
    from desk_app.ui.login_dialog import LoginDialog

    app = QApplication.instance()
    controller = GuiController(app, "", translators)
    controller.session = session_for("admin")
    controller.show_main()
    first = controller.window
    quits = []
    monkeypatch.setattr(app, "quit", lambda: quits.append(True))

    def login_as_counter(dialog):
        dialog.user = authenticate("petugas", "petugas1")
        return LoginDialog.DialogCode.Accepted

    monkeypatch.setattr(LoginDialog, "exec", login_as_counter)
    first.logout_action.trigger()  # Ctrl+L
    assert controller.window is not first and quits == []
    qtbot.addWidget(controller.window)
    assert "Ahmad Petugas" in controller.window.user_label.text()
    assert "Admin" not in controller.window.tab_titles()

    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: LoginDialog.DialogCode.Rejected)
    controller.window.logout_action.trigger()
    assert controller.window is None and quits == [True]  # cancelled login ends the app


def test_letterhead_preview_follows_the_typed_lines(qtbot, db, office):
    tab = admin_module.AdminTab(session_for("admin"))
    qtbot.addWidget(tab)
    section = tab.sections["Kantor"]
    section.preview.render_now(["KEMENTERIAN AGAMA", "KANTOR UJI"])
    first = section.preview.pixmap().toImage()
    assert not first.isNull() and first.width() >= 400
    section.preview.render_now(["KEMENTERIAN AGAMA", "KANTOR UJI", "Jl. Contoh 1", "Telp. 123"])
    second = section.preview.pixmap().toImage()
    assert second.height() > first.height()  # two more lines, a taller letterhead


def test_first_start_goes_from_setup_straight_into_the_window(qtbot, empty_db_url, monkeypatch,
                                                              translators):
    from desk_app.ui.login_dialog import LoginDialog

    def fill(dialog):
        dialog.full_name.setText("Baiq Admin")
        dialog.password.setText("rahasia123")
        dialog.password2.setText("rahasia123")
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", fill)
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: pytest.fail("asked to log in again"))
    controller = GuiController(QApplication.instance(), empty_db_url, translators)
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert controller.session.user.username == "admin"
    assert "Baiq Admin" in controller.window.user_label.text()
    assert "Standar Pelayanan" in controller.window.tab_titles()
    controller._close_window()
