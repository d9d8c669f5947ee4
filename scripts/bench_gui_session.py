#!/usr/bin/env python3
"""The GUI stall watchdog of the benchmark (issue 21): drives the real main window the way
a head of section would and records the longest gap between the ticks of a timer on the
GUI thread.

    python scripts/bench_gui_session.py URL [USER]

A `PreciseTimer` ticks every TICK_MS on the GUI thread; anything that keeps the event loop
busy (a query, a report rendered on the GUI thread, a dialog built) delays the next tick.
The stall of a step is the longest gap between two ticks during that step, minus TICK_MS.
The driver itself only changes widgets and then waits in a nested event loop, so the gaps
are the window's own work, as a user's click would cause it.

The session (user `kasi`, who sees every tab but Admin, and may register): open each tab,
page through 2,000 requests by scrolling the list, type an applicant's name into the
search box, register one request through the form, open a request and its SOP page, build
the month's report from the Laporan tab. Prints one JSON line `STALL {...}` with the
longest stall, the step it happened in, and each step's longest stall and wall time.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time

URL = sys.argv[1]
USERNAME = sys.argv[2] if len(sys.argv) > 2 else "kasi"
TICK_MS = 5

# isort: off
from desk_app.models.core.accounts import User  # noqa: E402
from desk_app.models.core.office import home_office  # noqa: E402
from desk_app.models.core.schema import open_database  # noqa: E402
from desk_app.app import make_application  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402
from desk_app.ui.main_window import MainWindow  # noqa: E402
from desk_app.ui.session import Session  # noqa: E402
# isort: on


class Watchdog:
    def __init__(self) -> None:
        self.step = "start"
        self.steps: dict[str, dict] = {}
        self.last = time.perf_counter()
        self.rows_paged = 0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self.last) * 1000 - TICK_MS
        self.last = now
        entry = self.steps.setdefault(self.step, {"stall_ms": 0.0, "wall_ms": 0.0})
        entry["stall_ms"] = max(entry["stall_ms"], round(gap, 1))

    def begin(self, name: str) -> float:
        self.tick()  # the gap before this step belongs to the previous one
        self.step = name
        self.steps.setdefault(name, {"stall_ms": 0.0, "wall_ms": 0.0})
        return time.perf_counter()

    def end(self, started: float) -> None:
        self.tick()
        self.steps[self.step]["wall_ms"] = round((time.perf_counter() - started) * 1000, 1)


def wait(condition, timeout: float = 120.0, settle_ms: int = 0) -> bool:
    """Run the event loop until `condition()` holds (checked every 10 ms), then `settle_ms`
    more; False on timeout."""
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(lambda: loop.quit() if condition() or time.monotonic() > deadline else None)
    poll.start()
    loop.exec()
    poll.stop()
    met = bool(condition())
    if settle_ms:
        pause(settle_ms)
    return met


def pause(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def run_session(window: MainWindow, dog: Watchdog) -> None:
    def step(name, func):
        started = dog.begin(name)
        func()
        dog.end(started)

    def open_tab(index):
        window.tabs.setCurrentIndex(index)
        key = window._key_at(index)
        wait(lambda: key in window.tab_widgets or key in window.failed_tabs, settle_ms=300)

    requests = window.tab("requests")

    def page_requests():
        window.show_tab("requests")
        view, model = requests.view, requests.model
        while model.rowCount() < 2000 and model.canFetchMore():
            view.scrollToBottom()
            pause(15)  # a user dragging the scroll bar: one screenful after another
        dog.rows_paged = model.rowCount()

    def search_name():
        name = requests.model.row_at(min(1500, requests.model.rowCount() - 1)).applicant_name.split()[-1]
        requests.search.clear()
        for i in range(1, len(name) + 1):  # typed, ~8 keys a second
            requests.search.setText(name[:i])
            pause(120)
        wait(lambda: requests.model.filter.text == name and requests.model.rowCount() > 0,
             settle_ms=300)

    def register():
        form = requests.form
        form._pick_service(next(iter(form._services)))
        form.check_all()
        form.nik_edit.setText("5271014107900001")
        form.name_edit.setText("Baiq Uji Kecepatan")
        form.phone_edit.setText("081234567890")
        form.address_edit.setText("Jl. Pejanggik, Mataram")
        before = form.last_request_id
        form.save()
        wait(lambda: form.last_request_id != before, settle_ms=300)

    def open_sop():
        requests.search.clear()
        requests.apply_filter()
        wait(lambda: requests.model.rowCount() > 0)
        requests.view.setCurrentIndex(requests.model.index(3, 0))

        def inside_dialog():  # runs in the dialog's own event loop
            dialog = next(w for w in QApplication.topLevelWidgets()
                          if isinstance(w, QDialog) and w.isVisible())
            tabs = dialog.tabs
            sop = next((i for i in range(tabs.count()) if "SOP" in tabs.tabText(i)), tabs.count() - 1)
            tabs.setCurrentIndex(sop)
            pause(500)
            dialog.reject()

        QTimer.singleShot(300, inside_dialog)
        requests.open_current()

    def month_report():
        window.show_tab("reports")
        tab = window.tab("reports")
        wait(lambda: tab.isVisible())
        tab.build()
        wait(lambda: tab.task is None and tab.data is not None, timeout=300, settle_ms=300)

    for index in range(window.tabs.count()):
        step(f"open tab {window._key_at(index)}", lambda index=index: open_tab(index))
    step("page through 2,000 requests", page_requests)
    step("search by name", search_name)
    step("register a request", register)
    step("open a request's SOP", open_sop)
    step("month report from the Laporan tab", month_report)


def main() -> int:
    app, _translators = make_application()
    open_database(URL)
    user = User.get(User.username == USERNAME)
    window = MainWindow(Session(user=user, office=home_office(), db_url=URL))
    window.resize(1280, 760)
    window.show()
    wait(lambda: "requests" in window.tab_widgets and window.tab("requests").model.rowCount() > 0,
         settle_ms=500)
    dog = Watchdog()
    dog.timer.start()
    run_session(window, dog)
    dog.timer.stop()
    dog.steps.pop("start", None)  # before the first step: not part of the session
    worst = max(dog.steps.items(), key=lambda kv: kv[1]["stall_ms"])
    print("STALL " + json.dumps({"stall_ms": worst[1]["stall_ms"], "worst_step": worst[0],
                                 "rows_paged": dog.rows_paged,
                                 "steps": dog.steps, "at": dt.datetime.now().isoformat()}),
          flush=True)
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
