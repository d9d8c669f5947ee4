"""Slow work off the GUI thread: one task runner per main window, after Anki's single
collection worker and its QueryOp.

    session.tasks.run(self, lambda progress: build_report(..., progress=progress),
                      on_done=show_result, title=self.tr("Menyusun laporan"))

The main window owns the runner and hands it to every tab in `Session.tasks`. Jobs run
one at a time, in the order they were asked for, on one worker thread: one writer at a
time for SQLite, and two jobs never race for the same rows. The worker thread exists only
while there is work (it ends when the queue is empty), so an idle window holds no thread.

A job is a plain function; it reports progress through `progress(done, total, text)`,
which raises `Cancelled` once the user pressed Batal or the window is closing. A progress
dialog appears only when the job takes longer than ~600 ms (none for a `quiet` job).
`on_done(result)` and `on_error(exc)` run on the GUI thread; never touch a widget from the
job. A job asked for by a widget that has since been destroyed is cancelled and its
callbacks are dropped.

`shutdown()` (called by the main window when it closes) drops the jobs still waiting,
cancels the running one and joins the worker thread, so no job outlives the window and
nothing writes to the database after it has closed.

The worker opens nothing itself: peewee gives each thread its own connection to the
database the proxy points at; it is closed after every job.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
import traceback
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desk_app.models.core.db import database

log = logging.getLogger(__name__)
SHOW_AFTER_MS = 600


class Cancelled(Exception):
    """Raised inside a job by `progress()` once the job was cancelled."""


class Task(QObject):
    """One job asked of the runner. Its signals are emitted on the worker thread and
    delivered (queued) to its slots on the GUI thread, where it lives."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    errored = Signal(object, str)
    ended = Signal()  # after on_done/on_error, or when cancelled or dropped

    def __init__(self, runner: TaskRunner, owner: QWidget | None, func: Callable,
                 on_done: Callable | None, on_error: Callable | None, title: str,
                 cancellable: bool, quiet: bool):
        super().__init__(runner)
        self.func = func
        self.on_done = on_done
        self.on_error = on_error
        self.title = title
        self.cancel_requested = False
        self.started = False
        self.done = False
        self.ended_sent = False
        self.abandoned = False  # its owner is gone or the window closed: no callbacks
        self.dialog: QProgressDialog | None = None
        if not quiet:
            self.dialog = QProgressDialog(title, self.tr("Batal") if cancellable else None, 0, 0, owner)
            self.dialog.setWindowTitle(title)
            self.dialog.setMinimumDuration(SHOW_AFTER_MS)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
        if owner is not None:
            owner.destroyed.connect(self._owner_gone)
        self.progressed.connect(self._on_progress)
        self.succeeded.connect(self._on_succeeded)
        self.errored.connect(self._on_errored)

    # --- on the worker thread -----------------------------------------------------------
    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        if self.cancel_requested:
            raise Cancelled()
        self.progressed.emit(int(done), int(total), text)

    def execute(self) -> None:
        self.started = True
        try:
            if self.cancel_requested:
                raise Cancelled()
            result = self.func(self.progress)
        except Exception as exc:  # reported on the GUI thread, never swallowed
            self.errored.emit(exc, traceback.format_exc())
        else:
            self.succeeded.emit(result)

    # --- on the GUI thread --------------------------------------------------------------
    @Slot()
    def cancel(self) -> None:
        self.cancel_requested = True
        if self._dialog_alive():
            self.dialog.setLabelText(self.tr("Membatalkan…"))

    @Slot()
    def _owner_gone(self) -> None:
        self.abandoned = True
        self.cancel_requested = True
        self.dialog = None  # it went with its parent

    def _dialog_alive(self) -> bool:
        return self.dialog is not None and shiboken6.isValid(self.dialog)

    def maybe_show(self) -> None:
        if not self.done and self._dialog_alive():
            self.dialog.show()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.done or not self._dialog_alive():
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(done if total else 0)
        if text:
            self.dialog.setLabelText(text)

    def finish(self) -> None:
        """The job is over (or will never run): close the dialog, tell the listeners."""
        self._close_dialog()
        self._end()

    def _close_dialog(self) -> None:
        self.done = True
        if self._dialog_alive():
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        self.dialog = None

    def _end(self) -> None:
        if not self.ended_sent:
            self.ended_sent = True
            self.ended.emit()
            self.deleteLater()

    def _wanted(self) -> bool:
        return not (self.abandoned or self.done)

    @Slot(object)
    def _on_succeeded(self, result) -> None:
        wanted = self._wanted()
        self._close_dialog()
        try:
            if wanted and self.on_done:
                self.on_done(result)
        finally:
            self._end()

    @Slot(object, str)
    def _on_errored(self, exc: Exception, trace: str) -> None:
        wanted = self._wanted()
        self._close_dialog()
        try:
            if isinstance(exc, Cancelled):
                return
            if not wanted:
                log.warning("task %r failed after it was abandoned: %s", self.title, trace)
            elif self.on_error:
                self.on_error(exc)
            else:
                log.error("task failed: %s", trace)
                raise exc  # reaches the application's exception hook (logged, shown)
        finally:
            self._end()


class TaskRunner(QObject):
    """The one queue of slow work of a main window (see the module docstring)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lock = threading.Lock()
        self._queue: collections.deque[Task] = collections.deque()
        self._current: Task | None = None
        self._thread: threading.Thread | None = None

    def run(self, owner: QWidget | None, func: Callable, on_done: Callable | None = None,
            on_error: Callable | None = None, title: str = "", cancellable: bool = True,
            quiet: bool = False) -> Task:
        """Queue `func(progress)`; its dialog (unless `quiet`) is a child of `owner`."""
        task = Task(self, owner, func, on_done, on_error, title, cancellable, quiet)
        with self._lock:
            self._queue.append(task)
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="desk-app-task", daemon=False)
                self._thread.start()
        if not quiet:
            QTimer.singleShot(SHOW_AFTER_MS, task.maybe_show)
        return task

    def tasks(self) -> list[Task]:
        """The running job first, then those waiting."""
        with self._lock:
            return ([self._current] if self._current else []) + list(self._queue)

    def busy(self) -> bool:
        with self._lock:
            return self._thread is not None

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    self._thread = None
                    self._current = None
                    return
                task = self._current = self._queue.popleft()
            try:
                task.execute()
            finally:
                obj = database.obj
                if obj is not None and not obj.is_closed():
                    obj.close()  # this thread's connection only

    def shutdown(self) -> None:
        """Drop the waiting jobs, cancel the running one and join the worker thread.
        No callback of any of them runs afterwards (their window is going)."""
        with self._lock:
            waiting = list(self._queue)
            self._queue.clear()
            current, thread = self._current, self._thread
        for task in waiting:
            task.abandoned = task.cancel_requested = True
            task.finish()
        if current is not None:
            current.abandoned = current.cancel_requested = True
        if thread is not None:
            started = time.monotonic()
            thread.join()
            log.info("task %r joined in %.2f s on close", current.title if current else "",
                     time.monotonic() - started)
        if current is not None:
            current.finish()
