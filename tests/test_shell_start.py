"""Start-up: the login window is painted before the data layer and the database driver
load (issue 21), with the office name this PC cached; the database opens behind it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desk_app.app import GuiController, Translators
from desk_app.models.core.office import home_office
from desk_app.ui import ui_state
from desk_app.ui.first_run_dialog import FirstRunDialog
from desk_app.ui.login_dialog import LoginDialog

ROOT = Path(__file__).resolve().parent.parent

# A fresh process starting the way `desk-app --db URL` does; the login dialog notes what
# was loaded when it was first painted, waits for the database, then logs in.
PROBE = """
import json, os, sys
from desk_app.ui.login_dialog import LoginDialog
from PySide6.QtCore import QEventLoop, QTimer
seen = {}

def fake_exec(dialog):
    def painted():
        seen["at_paint"] = {name: name in sys.modules for name in
                            ("peewee", "psycopg", "desk_app.models.core.db", "desk_app.models.core.accounts")}
        seen["name_at_paint"] = dialog.office_label.text()
    dialog.first_painted.connect(painted)
    dialog.show()
    loop = QEventLoop()
    poll = QTimer(); poll.timeout.connect(lambda: "name_at_paint" in seen and loop.quit()); poll.start(5)
    QTimer.singleShot(20000, loop.quit)
    loop.exec()
    QTimer.singleShot(1500, loop.quit)  # the database opens behind the window meanwhile
    loop.exec()
    seen["name_after_load"] = dialog.office_label.text()
    dialog.username.setText("petugas"); dialog.password.setText("petugas1")
    dialog.submit()
    seen["user"] = dialog.user.username if dialog.user else None
    print("SEEN " + json.dumps(seen), flush=True)
    os._exit(0)

LoginDialog.exec = fake_exec
from desk_app.cli import main
main(["--db", sys.argv[1]])  # the real start: command line, logging, Qt, controller
"""


def test_login_window_is_painted_before_the_data_layer_loads(db_url, tmp_path):
    ui_state.set_office_name(db_url, "Nama Tersimpan di PC Ini")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", PROBE, db_url], capture_output=True, text=True,
                          env=env, timeout=120)
    line = next((x for x in proc.stdout.splitlines() if x.startswith("SEEN ")), None)
    assert line, proc.stderr[-3000:]
    seen = json.loads(line[5:])
    assert seen["at_paint"] == {"peewee": False, "psycopg": False, "desk_app.models.core.db": False,
                                "desk_app.models.core.accounts": False}
    assert seen["name_at_paint"] == "Nama Tersimpan di PC Ini"
    # once the database is open the window shows the office's own name, and caches it
    assert seen["name_after_load"] == home_office_name(db_url)
    assert seen["user"] == "petugas"
    assert ui_state.office_name(db_url) == home_office_name(db_url)


def home_office_name(url: str) -> str:
    from desk_app.models.core.schema import open_database

    open_database(url)
    return home_office().name


@pytest.fixture
def translators(qapp):
    yield Translators(qapp)


def run_login_for_real(monkeypatch, seconds: float = 20.0):
    """LoginDialog.exec as it is, with a time limit; the dialog is remembered."""
    shown = []
    real_exec = LoginDialog.exec

    def exec_(dialog):
        shown.append(dialog)
        QTimer.singleShot(int(seconds * 1000), dialog.reject)
        return real_exec(dialog)

    monkeypatch.setattr(LoginDialog, "exec", exec_)
    return shown


def test_cached_name_but_empty_database_goes_to_first_run(qtbot, empty_db_url, monkeypatch, translators):
    """The PC knew this address, but the database behind it is new: after the login
    window, the first-run dialog sets the office up."""
    ui_state.set_office_name(empty_db_url, "Kantor Lama")
    logins = run_login_for_real(monkeypatch)

    def fill(dialog):
        dialog.full_name.setText("Baiq Admin")
        dialog.password.setText("rahasia123")
        dialog.password2.setText("rahasia123")
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", fill)
    controller = GuiController(QApplication.instance(), empty_db_url, translators)
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert len(logins) == 1 and controller.session.user.username == "admin"
    assert ui_state.office_name(empty_db_url) == home_office().name != "Kantor Lama"
    controller._close_window()


def test_cached_name_but_database_unreachable_ends_with_the_reason(qtbot, tmp_path, monkeypatch,
                                                                   translators):
    from PySide6.QtWidgets import QMessageBox

    url = str(tmp_path / "hilang" / "kantor.db")  # its folder is gone
    ui_state.set_office_name(url, "Kantor Uji")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    logins = run_login_for_real(monkeypatch)
    controller = GuiController(QApplication.instance(), url, translators)
    assert controller.start() is False and controller.failed
    assert len(logins) == 1 and not logins[0].isVisible()
    assert shown and "tidak ada" in shown[0]


def test_cached_office_names_keep_no_password():
    ui_state.set_office_name("postgresql://loket:rahasia-sekali@10.0.0.5:5432/kanwil", "Kanwil NTB")
    store = ui_state.settings()
    store.sync()
    text = Path(store.fileName()).read_text()
    assert "rahasia-sekali" not in text and b"rahasia-sekali".hex() not in text
    # the same server and database under a changed password: still the same office
    assert ui_state.office_name("postgresql://loket:baru@10.0.0.5:5432/kanwil") == "Kanwil NTB"
    assert ui_state.office_name("postgresql://loket:baru@10.0.0.5:5432/lain") is None
