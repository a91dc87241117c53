"""Background tasks: a service call in Qt's thread pool, its outcome delivered on the GUI thread.

Workers never touch widgets: they emit signals, which Qt queues to the receiver's thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..domain.errors import UserError


class CancelToken:
    """Asked by long work before it saves anything: cancelled work leaves the store as it was.

    The screen calls :meth:`cancel`; the service checks :meth:`is_cancelled` (passed as ``should_cancel``),
    from whichever thread it runs on.
    """

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def is_cancelled(self) -> bool:
        return self._event.is_set()


class TaskSignals(QObject):
    """Signals: ``done(object)`` with the result, ``failed(str)`` with a sentence for the user."""

    done = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except UserError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug: tell the user plainly, keep the details in the log
            from ..logs import log_bug

            log_bug("Unexpected error in background work", exc)
            traceback.print_exc()
            self.signals.failed.emit(f"Something went wrong inside PrintProof ({exc.__class__.__name__}: {exc}).")
        else:
            self.signals.done.emit(result)


_running: set[Task] = set()


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None],
) -> Task:
    """Run ``fn`` in the thread pool; ``on_done``/``on_failed`` are called on the GUI thread."""
    task = Task(fn)
    _running.add(task)

    def finished_ok(result: Any) -> None:
        _running.discard(task)
        on_done(result)

    def finished_bad(message: str) -> None:
        _running.discard(task)
        on_failed(message)

    task.signals.done.connect(finished_ok)
    task.signals.failed.connect(finished_bad)
    QThreadPool.globalInstance().start(task)
    return task


def wait_for_tasks(msecs: int = 30_000) -> bool:
    """Block until every task finished (tests and shutdown)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
