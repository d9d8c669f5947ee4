"""The main window's one task runner: jobs one at a time, known while they run, and
closing the window cancels and joins them (no thread outlives it, no half-written file)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from desk_app.models.core.office import Office
from desk_app.ui.main_window import MainWindow
from desk_app.ui.session import Session
from desk_app.ui.tasks import Cancelled, TaskRunner


def task_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "desk-app-task"]


def wait_for_cancel(get_task, seconds: float = 20) -> None:
    """On the worker: block like a long job until the task is cancelled."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        task = get_task()
        if task is not None and task.cancel_requested:
            return
        time.sleep(0.01)
    raise AssertionError("the job was never cancelled")


# --- the runner on its own (no database) ------------------------------------------------

def test_jobs_run_one_at_a_time_in_order_and_the_runner_knows_them(qtbot):
    runner = TaskRunner()
    lock, active, order, results = threading.Lock(), [0], [], []
    peak = [0]

    def job(n):
        def work(progress):
            with lock:
                active[0] += 1
                peak[0] = max(peak[0], active[0])
            time.sleep(0.05)
            with lock:
                active[0] -= 1
            order.append(n)
            return n
        return work

    for n in range(4):
        runner.run(None, job(n), on_done=results.append, quiet=True)
    assert 1 <= len(runner.tasks()) <= 4 and runner.busy()
    qtbot.waitUntil(lambda: len(results) == 4, timeout=10000)
    assert order == [0, 1, 2, 3] and results == [0, 1, 2, 3]
    assert peak[0] == 1  # never two jobs at once
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    assert runner.tasks() == [] and task_threads() == []  # an idle runner holds no thread


def test_shutdown_cancels_the_running_job_drops_the_waiting_and_joins(qtbot):
    runner = TaskRunner()
    started, calls, seen = threading.Event(), [], []

    def long_job(progress):
        started.set()
        for i in range(2000):
            progress(i, 2000)
            time.sleep(0.005)
        seen.append("finished")  # must not be reached

    def never(progress):
        seen.append("ran")

    first = runner.run(None, long_job, on_done=calls.append, on_error=calls.append, quiet=True)
    runner.run(None, never, on_done=calls.append, quiet=True)
    assert started.wait(10)
    assert runner.tasks()[0] is first
    runner.shutdown()
    assert task_threads() == [] and not runner.busy() and runner.tasks() == []
    qtbot.wait(50)  # queued signals of the cancelled job arrive and are ignored
    assert seen == [] and calls == []


def test_a_job_whose_widget_is_gone_is_cancelled_and_its_callback_dropped(qtbot):
    runner = TaskRunner()
    owner = QWidget()
    calls, started, cancelled = [], threading.Event(), threading.Event()

    def job(progress):
        started.set()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                progress(0, 0)
            except Cancelled:
                cancelled.set()
                raise
            time.sleep(0.01)

    task = runner.run(owner, job, on_done=calls.append, on_error=calls.append, title="x")
    ended = []
    task.ended.connect(lambda: ended.append(True))
    assert started.wait(10)
    shiboken6.delete(owner)  # as when its dialog or tab is destroyed
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    assert cancelled.is_set() and calls == []


def test_an_error_reaches_on_error_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    errors, threads = [], []

    def broken(progress):
        raise ValueError("rusak")

    runner.run(None, broken, on_error=lambda exc: (errors.append(exc), threads.append(threading.current_thread())),
               quiet=True)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "rusak" and threads[0] is threading.main_thread()


# --- closing the main window -----------------------------------------------------------

@pytest.fixture
def window(qtbot, db_url, office, admin):
    w = MainWindow(Session(user=admin, office=Office.get_by_id(office), db_url=db_url))
    qtbot.addWidget(w)
    w.show()
    return w


def test_closing_the_window_during_a_report_joins_it_and_leaves_no_file(window, qtbot, monkeypatch):
    from desk_app.ui.reports import tab as reports_tab

    window.show_tab("reports")
    tab = window.tab("reports")
    written = []

    def slow_render(data, path):
        Path(path).write_bytes(b"%PDF-1.4 half")  # half a file on disk, then a long wait
        written.append(path)
        wait_for_cancel(lambda: tab.task)

    monkeypatch.setattr(reports_tab, "render_pdf", slow_render)
    tab.build_button.click()
    qtbot.waitUntil(lambda: bool(written), timeout=30000)
    assert task_threads() and window.tasks.tasks()[0] is tab.task
    window.close()
    assert task_threads() == []  # joined before close() returned
    folder = Path(tab.pdf_path).parent
    assert list(folder.iterdir()) == []  # neither the preview nor its partial file
    qtbot.wait(50)
    assert tab.data is None


def test_closing_the_window_during_a_bundle_export_joins_it_and_leaves_no_file(
        window, qtbot, monkeypatch, tmp_path):
    from desk_app.models.offices import bundles
    from desk_app.ui.admin.bundles_panel import BundlesPanel

    window.show_tab("admin")
    panel = window.tab("admin").findChild(BundlesPanel)
    real_export = bundles.export_bundle
    reading = threading.Event()

    def slow_export(*args, progress=None, **kwargs):
        def blocking(done, total=0, text=""):
            reading.set()
            wait_for_cancel(lambda: panel.task)  # the first table takes "long"
            progress(done, total, text)
        return real_export(*args, progress=blocking, **kwargs)

    monkeypatch.setattr(bundles, "export_bundle", slow_export)
    target = tmp_path / "kiriman" / "bundel.zip"
    target.parent.mkdir()
    panel.export_to(target)
    assert reading.wait(30)
    assert task_threads()
    window.close()
    assert task_threads() == []
    assert list(target.parent.iterdir()) == []  # no bundle, no .part
    assert bundles.last_export(window.session.office_code) is None  # nothing marked as sent
