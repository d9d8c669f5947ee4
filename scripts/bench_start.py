#!/usr/bin/env python3
"""Start-up probes of the benchmark, each run as a fresh process by scripts/bench.py.

    python scripts/bench_start.py bare                 a bare PySide6 window
    python scripts/bench_start.py start URL            the app to its login window
    python scripts/bench_start.py login URL USER PASS  the login, submitted, to the main window

`bare` and `start` print `SHOWN <seconds since the process began>` once their first window
has been painted (a zero timer started at the first paint event fires once that paint
pass is over). `start` takes the real path of `desk-app --db URL` (command line, Qt
application and translations, the start-up of app.py) and stops at the login window.
`login` waits a second after the login window is painted (an officer typing; whatever the
app loads meanwhile is not counted), fills in the user and password, presses Masuk and
prints `LOGIN <ms>` once the main window has been painted and its requests list filled.
The daily automatic backup of the first start of a day is taken before the timing starts
(by scripts/bench.py), as on every later start that day.
"""

import time

T0 = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402

MODE = sys.argv[1]
WAIT_BEFORE_LOGIN_MS = 1000


def say(text: str) -> None:
    print(text, flush=True)


def watch_paint(app, is_target, then) -> None:
    """Call `then()` from a zero timer once a widget for which `is_target(widget)` holds has
    received its first paint event."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    done = QTimer()
    done.setSingleShot(True)
    done.timeout.connect(then)

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint and obj.isWidgetType() and is_target(obj.window()):
                done.start(0)
                app.removeEventFilter(self)
            return False

    watch = Watch()
    app._bench_watch = (watch, done)  # kept alive with the application
    app.installEventFilter(watch)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Loket"))
    window.resize(1280, 760)
    watch_paint(app, lambda w: w is window, lambda: (say(f"SHOWN {time.perf_counter() - T0}"), os._exit(0)))
    window.show()
    app.exec()


def app_start(login: bool) -> None:
    from desk_app import app as appmod

    make_application = appmod.make_application

    def login_window(widget) -> bool:
        return type(widget).__name__ in ("LoginDialog", "FirstRunDialog")

    def shown() -> None:
        say(f"SHOWN {time.perf_counter() - T0}")
        if not login:
            os._exit(0)
        from PySide6.QtCore import QTimer

        QTimer.singleShot(WAIT_BEFORE_LOGIN_MS, submit)

    def submit() -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        dialog = next(w for w in QApplication.topLevelWidgets() if login_window(w) and w.isVisible())
        dialog.username.setText(sys.argv[3])
        dialog.password.setText(sys.argv[4])
        state = {"painted": False, "at": time.perf_counter()}

        def main_window(widget) -> bool:
            return hasattr(widget, "tab_widgets")

        watch_paint(QApplication.instance(), main_window, lambda: state.update(painted=True))
        poll = QTimer(QApplication.instance())
        poll.setInterval(1)

        def check() -> None:
            window = next((w for w in QApplication.topLevelWidgets() if main_window(w)), None)
            tab = window.tab_widgets.get("requests") if window is not None else None
            if state["painted"] and tab is not None and tab.model.rowCount():
                say(f"LOGIN {(time.perf_counter() - state['at']) * 1000}")
                os._exit(0)

        poll.timeout.connect(check)
        poll.start()
        dialog.ok_button.click()

    def patched():
        app, translators = make_application()
        watch_paint(app, login_window, shown)
        return app, translators

    appmod.make_application = patched
    from desk_app.cli import main

    main(["--db", sys.argv[2]])
    say("ENDED without the expected window")


if MODE == "bare":
    bare()
else:
    app_start(MODE == "login")
