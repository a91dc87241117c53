"""Background tasks: a service call in Qt's thread pool, its outcome delivered on the GUI thread.

Workers never touch widgets: they emit signals, which Qt queues to the receiver's thread. A failure
arrives as a :class:`Failure`: the sentence to show and its kind, so a screen can tell a cancel
(say nothing) from a conflict (offer to try again), a refusal and a bug. Tests install
:class:`SynchronousRunner` (as Picard's FakeThreadPool): the work runs at once on the calling thread,
its outcome on the next turn of the event loop — no threads to wait for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

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


class Failure(str):
    """Why background work failed: the sentence for the user (it *is* the string) and its ``kind``:

    ``cancelled`` the user stopped it, nothing was saved; ``conflict`` another workstation was first,
    trying again may work; ``refused`` a rule or the input said no (the sentence says what to do);
    ``store`` the database is away or full; ``bug`` PrintProof did not expect it (logged).
    """

    kind: str

    def __new__(cls, message: str, kind: str) -> Failure:
        made = super().__new__(cls, message)
        made.kind = kind
        return made

    @classmethod
    def of(cls, exc: BaseException) -> Failure:
        """The failure an exception from a service means (a bug is logged with its traceback)."""
        from ..domain.errors import Cancelled, Conflict, StoreError

        if isinstance(exc, Cancelled):
            return cls(str(exc), "cancelled")
        if isinstance(exc, Conflict):
            return cls(str(exc), "conflict")
        if isinstance(exc, StoreError):
            return cls(str(exc), "store")
        if isinstance(exc, UserError):
            return cls(str(exc), "refused")
        from ..domain.i18n import t
        from ..logs import log_bug, log_path

        log_bug("Unexpected error in background work", exc)
        where = log_path()
        if where:
            return cls(
                t(
                    "PrintProof did not expect this; nothing was saved half-way. Details for support are in {path}.",
                    path=where,
                ),
                "bug",
            )
        return cls(t("PrintProof did not expect this; nothing was saved half-way."), "bug")


class TaskSignals(QObject):
    """Signals: ``done(object)`` with the result, ``failed(object)`` with a :class:`Failure`."""

    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # every failure reaches the screen as a Failure, bugs logged
            self.signals.failed.emit(Failure.of(exc))
        else:
            self.signals.done.emit(result)


class ThreadPoolRunner:
    """Runs tasks in Qt's global thread pool (the app)."""

    def start(self, task: Task) -> None:
        QThreadPool.globalInstance().start(task)

    def wait(self, msecs: int) -> bool:
        return QThreadPool.globalInstance().waitForDone(msecs)


class SynchronousRunner:
    """Runs tasks on the GUI thread itself, one after the other, each on the next turn of the event loop
    (GUI tests): as from a thread, the screen first finishes what it was doing (and can still cancel)."""

    def __init__(self) -> None:
        self.pending: list[Task] = []

    def start(self, task: Task) -> None:
        from PySide6.QtCore import QTimer

        self.pending.append(task)
        QTimer.singleShot(0, self.run_pending)

    def run_pending(self) -> None:
        while self.pending:
            task = self.pending.pop(0)
            try:
                result = task.fn()
            except Exception as exc:
                task.signals.failed.emit(Failure.of(exc))
            else:
                task.signals.done.emit(result)

    def wait(self, msecs: int) -> bool:
        self.run_pending()
        return True


_runner: ThreadPoolRunner | SynchronousRunner = ThreadPoolRunner()
_running: set[Task] = set()


def use_runner(runner: ThreadPoolRunner | SynchronousRunner) -> None:
    """Run background work with ``runner`` from now on (tests install :class:`SynchronousRunner`)."""
    global _runner
    _runner = runner


T = TypeVar("T")


def run_task(
    fn: Callable[[], T],
    on_done: Callable[[T], object],
    on_failed: Callable[[Failure], object],
) -> Task:
    """Run ``fn`` in the background; ``on_done(result)`` or ``on_failed(failure)`` is called on the GUI thread.

    A :class:`Failure` is a ``str``: a screen that only shows the sentence can pass ``label.setText``.
    """
    task = Task(fn)
    _running.add(task)

    def finished_ok(result: Any) -> None:
        _running.discard(task)
        on_done(result)

    def finished_bad(failure: Failure) -> None:
        _running.discard(task)
        on_failed(failure)

    task.signals.done.connect(finished_ok)
    task.signals.failed.connect(finished_bad)
    _runner.start(task)
    return task


class Latest:
    """The newest of a screen's reads: each :meth:`begin` overtakes the reads before it, whose answers are then
    dropped — a search as the user types, an order opened while the last one is still being read.

    ``current = reads.begin()`` before starting the read; ``current()`` is true while no newer read began.
    :meth:`stamp` is for a read that overtakes nothing (a quiet refresh).
    """

    def __init__(self) -> None:
        self._count = 0

    def begin(self) -> Callable[[], bool]:
        """A new read (or only: drop every answer still on its way)."""
        self._count += 1
        return self.stamp()

    def stamp(self) -> Callable[[], bool]:
        """True while no read began after this moment."""
        mine = self._count
        return lambda: mine == self._count


def wait_for_tasks(msecs: int = 30_000) -> bool:
    """Block until every task finished (tests and shutdown)."""
    return _runner.wait(msecs)
