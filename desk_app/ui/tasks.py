"""Slow work off the GUI thread: one small helper, after Anki's QueryOp.

    run_task(parent, lambda progress: build_report(..., progress=progress),
             on_done=show_result, title=tr("Menyusun laporan"))

The function runs on a worker thread and reports progress through `progress(done,
total, text)`, which raises `Cancelled` once the user pressed Batal. A progress dialog
appears only when the work takes longer than ~600 ms. `on_done(result)` and
`on_error(exc)` run on the GUI thread. Never touch a widget from the function.

The worker opens nothing itself: peewee gives each thread its own connection to the
database the proxy points at (SQLite allows one writer; writes are short).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desk_app.models.core.db import database

log = logging.getLogger(__name__)
SHOW_AFTER_MS = 600


class Cancelled(Exception):
    pass


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)

    def __init__(self, func: Callable):
        super().__init__()
        self.func = func
        self.cancel_requested = False

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        if self.cancel_requested:
            raise Cancelled()
        self.progressed.emit(int(done), int(total), text)

    @Slot()
    def run(self) -> None:
        try:
            result = self.func(self.progress)
        except Exception as exc:  # reported on the GUI thread, never swallowed
            self.failed.emit(exc, traceback.format_exc())
        else:
            self.finished.emit(result)
        finally:
            obj = database.obj
            if obj is not None and not obj.is_closed():
                obj.close()  # this thread's connection only


class Task(QObject):
    """One running job; keep a reference (run_task parents it to `parent`)."""

    def __init__(self, parent: QWidget, func: Callable, on_done: Callable | None,
                 on_error: Callable | None, title: str, cancellable: bool = True):
        super().__init__(parent)
        self.on_done = on_done
        self.on_error = on_error
        self.thread = QThread(self)
        self.worker = _Worker(func)
        self.worker.moveToThread(self.thread)
        self.dialog = QProgressDialog(title, self.tr("Batal") if cancellable else None, 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.done = False

    def start(self) -> None:
        self.thread.start()
        QTimer.singleShot(SHOW_AFTER_MS, self._maybe_show)

    def _maybe_show(self) -> None:
        if not self.done:
            self.dialog.show()

    @Slot()
    def cancel(self) -> None:
        self.worker.cancel_requested = True
        self.dialog.setLabelText(self.tr("Membatalkan…"))

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(done if total else 0)
        if text:
            self.dialog.setLabelText(text)

    def _finish(self) -> None:
        self.done = True
        self.dialog.reset()
        self.dialog.hide()
        self.thread.quit()
        self.thread.wait()

    def _on_finished(self, result) -> None:
        self._finish()
        if self.on_done:
            self.on_done(result)
        self.deleteLater()

    def _on_failed(self, exc: Exception, trace: str) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            self.deleteLater()
            return
        if self.on_error:
            self.on_error(exc)
        else:
            log.error("task failed: %s", trace)
            raise exc  # reaches the application's exception hook (logged, shown)
        self.deleteLater()

    def stop(self) -> None:
        """Ask the worker to stop and wait for it; for a window that is closing."""
        self.worker.cancel_requested = True
        self.thread.quit()
        self.thread.wait(5000)


def run_task(parent: QWidget, func: Callable, on_done: Callable | None = None,
             on_error: Callable | None = None, title: str = "", cancellable: bool = True) -> Task:
    task = Task(parent, func, on_done, on_error, title, cancellable)
    task.start()
    return task
