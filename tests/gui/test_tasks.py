"""Background work: every outcome reaches the screen on the GUI thread, a failure with its kind and one
sentence (a bug logged, never its Python English on screen); the test runner needs no threads."""

from __future__ import annotations

import threading

import pytest

from printproof.domain import i18n
from printproof.domain.errors import Cancelled, Conflict, NotAllowed, StoreError, UserError
from printproof.workers import tasks


def _outcome(qtbot, fn):
    got: list = []
    tasks.run_task(
        fn,
        lambda r: got.append(("done", r, threading.current_thread())),
        lambda f: got.append(("failed", f, threading.current_thread())),
    )
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    return got[0]


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (Cancelled("Abgebrochen."), "cancelled"),
        (Conflict("Someone was first."), "conflict"),
        (StoreError("The disk is full."), "store"),
        (NotAllowed("Only the owner."), "refused"),
        (UserError("The quantity is empty."), "refused"),
    ],
)
@pytest.mark.parametrize("runner", [tasks.ThreadPoolRunner, tasks.SynchronousRunner])
def test_each_failure_arrives_with_its_kind_on_the_gui_thread(qtbot, error, kind, runner):
    tasks.use_runner(runner())
    try:

        def fail():
            raise error

        what, failure, thread = _outcome(qtbot, fail)
    finally:
        tasks.use_runner(tasks.ThreadPoolRunner())
    assert what == "failed" and failure.kind == kind and failure == str(error)
    assert isinstance(failure, str) and thread is threading.main_thread()


def test_a_bug_is_logged_and_said_calmly_in_the_users_language(qtbot, caplog):

    def bug():
        return {}["no such key"]

    with i18n.speaking("de"):
        i18n.set_language("de")
        try:
            what, failure, _thread = _outcome(qtbot, bug)
        finally:
            i18n.set_language("en")
    assert what == "failed" and failure.kind == "bug"
    assert "KeyError" not in failure and "no such key" not in failure
    assert failure.startswith("Damit hat PrintProof nicht gerechnet")
    (logged,) = [r for r in caplog.records if r.name == "printproof"]
    assert logged.exc_info and logged.exc_info[0] is KeyError


def test_the_synchronous_runner_starts_work_on_the_next_turn_so_it_can_still_be_cancelled(qtbot, sync_tasks):
    token = tasks.CancelToken()
    ran: list[bool] = []

    def work():
        ran.append(True)
        if token.is_cancelled():
            raise Cancelled("Cancelled: nothing was saved.")
        return 1

    got: list = []
    tasks.run_task(work, got.append, got.append)
    assert not ran  # not yet: the screen first finishes what it was doing
    token.cancel()
    qtbot.waitUntil(lambda: bool(got))
    assert ran and got[0].kind == "cancelled"


def test_a_newer_read_overtakes_the_ones_before_it():
    """Latest: an answer counts only while no newer read began; a quiet refresh (stamp) overtakes nothing."""
    reads = tasks.Latest()
    first = reads.begin()
    quiet = reads.stamp()
    assert first() and quiet()
    second = reads.begin()
    assert not first() and not quiet() and second()
    assert reads.stamp()() and second()  # a stamp leaves the newest read current
    reads.begin()  # e.g. the screen cleared: every answer on its way is dropped
    assert not second()
