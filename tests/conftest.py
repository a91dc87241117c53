"""Every test gets a fresh store in its own SQLite file."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from printproof.domain.enums import Role
from printproof.services.admin import pins, setup
from printproof.services.core import orders
from printproof.services.core.context import Actor
from printproof.services.evidence import signing
from printproof.store.db import Store, open_store

pytest.register_assert_rewrite("tests.support")  # the helpers' asserts explain themselves as the tests' do

from tests.support.shop import CARD  # noqa: E402

# Fixtures more than one test module uses, beside the ones below: the loopback mail server, a disputed order, the
# portal in a process of its own.
pytest_plugins = ["tests.support.mail", "tests.support.stories", "tests.support.portal_harness"]

# Hundreds of sign-ins: PINs are hashed at a test cost (test_staff.py checks the real cost once). Injected here;
# the processes the tests start run the command line through tests/support/run_printproof.py, which injects the same.
pins.use_cost(pins.TEST_COST)
# The user's data folder (backups, kept-aside stores, the PostgreSQL signing key) of the tests, not of the
# person running them: other checkouts' test runs on the same machine must not meet in ~/.local/share.
# Processes the tests start inherit the folder of their parent; each pytest-xdist worker gets its own.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if "PRINTPROOF_TEST_DATA" not in os.environ or os.environ.get("PRINTPROOF_TEST_DATA_OF") != _worker:
    os.environ["PRINTPROOF_TEST_DATA"] = tempfile.mkdtemp(prefix="printproof-test-data-")
    os.environ["PRINTPROOF_TEST_DATA_OF"] = _worker
    atexit.register(shutil.rmtree, os.environ["PRINTPROOF_TEST_DATA"], ignore_errors=True)
os.environ["XDG_DATA_HOME"] = os.environ["PRINTPROOF_TEST_DATA"]
os.environ["XDG_STATE_HOME"] = os.environ["PRINTPROOF_TEST_DATA"]  # the log file too
os.environ["XDG_CONFIG_HOME"] = os.environ["PRINTPROOF_TEST_DATA"]  # the workstation settings (QSettings)
os.environ.setdefault("PRINTPROOF_LOG_DIR", os.path.join(os.environ["PRINTPROOF_TEST_DATA"], "log"))
# Command-line sessions (services/admin/sessions.py) of this run's own; a session of the person running the tests
# never signs a test in.
os.environ["XDG_RUNTIME_DIR"] = os.path.join(os.environ["PRINTPROOF_TEST_DATA"], "run")
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
os.environ.pop("PRINTPROOF_SESSION", None)


def _pooled_keys(size: int = 3):
    """Real RSA-3072 signing keys, made once per test process and handed out in turn (one key takes 0.2–1 s
    to make; the suite sets up hundreds of shops). Consecutive shops get different keys."""
    from cryptography.hazmat.primitives.asymmetric import rsa

    keys: list = []
    turn = iter(range(10**9))

    def next_key():
        i = next(turn) % size
        if i == len(keys):
            keys.append(rsa.generate_private_key(public_exponent=65537, key_size=3072))
        return keys[i]

    return next_key


signing.use_key_maker(_pooled_keys())


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty store at the current schema, made once per worker: each test's SQLite store starts as a copy of it
    (the migrations take 40 ms a store, a copy 4 ms)."""
    path = tmp_path_factory.mktemp("template") / "store.sqlite3"
    open_store(str(path)).close()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path: Path) -> Iterator[Store]:
    """Every service and GUI test runs on a fresh SQLite file and on a fresh PostgreSQL database, each an empty store
    at the current schema (a copy of one made once: tests/postgres and the migration tests build theirs step by
    step)."""
    if request.param == "sqlite":
        url = str(tmp_path / "store.sqlite3")
        shutil.copyfile(request.getfixturevalue("sqlite_template"), url)
    else:
        server = "own_postgres_server" if request.node.get_closest_marker("own_postgres") else "postgres_server"
        url = request.getfixturevalue(server).new_store_database()
    opened = open_store(url)
    yield opened
    opened.close()
    if request.param == "postgresql":
        request.getfixturevalue(server).drop_database(url)


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    """For tests about the SQLite file itself (pragmas, migration copies, damaged files)."""
    opened = open_store(str(tmp_path / "store.sqlite3"))
    yield opened
    opened.close()


@pytest.fixture
def owner(store: Store) -> Actor:
    return setup.setup("Druckerei Müller", "Anna Owner", "123456", "de").actor


@pytest.fixture
def counter(owner: Actor) -> Actor:
    from printproof.services.admin.staff import add_staff, sign_in

    add_staff(owner, "Tom Counter", Role.COUNTER, "1111")
    return sign_in("Tom Counter", "1111")


@pytest.fixture
def card_order(owner: Actor) -> str:
    return orders.new_order(
        owner, orders.CustomerInput("Łukasz Żółć", "Ørsted GmbH", "+49 171 2345678", "lz@example.com"), CARD
    ).number


@pytest.fixture(scope="session")
def postgres_server():
    from tests.support.postgres_server import PostgresServer

    server = PostgresServer()
    if not server.available:
        pytest.skip("PostgreSQL is not installed and could not be installed (scripts/bootstrap --dev installs it)")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def own_postgres_server():
    """A PostgreSQL server of the test's own, for tests that search the server's files and WAL byte for byte
    (``@pytest.mark.own_postgres``): the WAL is shared by every database of a server, and autovacuum, passing
    by the databases of earlier tests that used the same customer, writes their pages into it at any moment."""
    from tests.support.postgres_server import PostgresServer

    server = PostgresServer()
    if not server.available:
        pytest.skip("PostgreSQL is not installed and could not be installed (scripts/bootstrap --dev installs it)")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def shop_folder(owner: Actor, tmp_path: Path) -> Path:
    """The owner's backup folder (Settings → Backup), an empty folder of its own."""
    from printproof.services.admin import setup

    folder = tmp_path / "backups"
    folder.mkdir()
    setup.change_settings(owner, {"backup.folder": str(folder)})
    return folder


@pytest.fixture
def window(store, qtbot, tmp_path, sync_tasks):
    """The main window on the test's store, shown offscreen, background work run at once (GUI tests)."""
    from PySide6.QtCore import QSettings

    from printproof.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    win = MainWindow(store.location)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture(params=["de", "en"])
def language(request, qapp):
    """The app in German, then in English (Qt's and our translators installed, then taken away again)."""
    from printproof.domain import i18n
    from printproof.ui.application import install_translators

    before = i18n.language()
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.set_language(before)


@pytest.fixture(autouse=True)
def own_witness_folder(tmp_path: Path) -> Iterator[None]:
    """What a workstation saw of the chain is kept per test (it lives in the user's data folder otherwise)."""
    from printproof.services.evidence import witness

    witness.use_folder(tmp_path / "witness")
    yield
    witness.use_folder(None)


@pytest.fixture(autouse=True)
def own_credentials_file(tmp_path: Path) -> Iterator[None]:
    """Passwords go to a file of the test's own, never into the keyring of whoever runs the tests."""
    from printproof.services.core import credentials

    credentials.use_folder(tmp_path / "credentials", keyring=False)
    yield
    credentials.use_folder(None)


@pytest.fixture(autouse=True)
def computers_clock() -> Iterator[None]:
    """Retention's clock is the computer's again after a test that moved it."""
    yield
    from printproof.services.core import retention

    retention.use_clock(None)


@pytest.fixture
def any_store(store: Store) -> Store:
    """Says at the call site that the test is about both backends (``store`` runs on both anyway)."""
    return store


@pytest.fixture
def sync_tasks() -> Iterator[None]:
    """Background work runs at once on the test's thread, its outcome on the next turn of the event loop
    (workers.tasks.SynchronousRunner, as Picard's FakeThreadPool): GUI tests wait for no threads."""
    from printproof.workers import tasks

    runner = tasks.SynchronousRunner()
    tasks.use_runner(runner)
    try:
        yield
    finally:
        # Work the test did not wait for is dropped with the test: run on a later test's event loop turn, it
        # would call back into this test's windows, deleted by then (a crash in QtWidgets, once in a full run).
        runner.pending.clear()
        tasks.use_runner(tasks.ThreadPoolRunner())


FOLDERS = ("codebase", "domain", "services", "gui", "e2e", "postgres")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Each test is marked with its folder (``-m "not gui and not e2e"``), and a test on the PostgreSQL store with
    ``postgresql`` too: the fast loop is ``-m "not gui and not e2e and not postgres and not postgresql"``."""
    for item in items:
        folder = item.path.parent.name
        if folder in FOLDERS:
            item.add_marker(folder)
        callspec = getattr(item, "callspec", None)
        on_postgresql = callspec is not None and callspec.params.get("store") == "postgresql"
        if on_postgresql or "postgresql" in item.keywords or folder == "postgres":
            item.add_marker("postgresql")
    # The files marked slow first (scripts/test keeps this order across its workers: --no-loadscope-reorder), so the
    # last files handed out are short ones and no worker runs a long one alone at the end.
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def pytest_terminal_summary(terminalreporter) -> None:  # noqa: ANN001
    """The whole test command's time, by part (scripts/test says when each part began)."""
    import time

    times = os.environ.get("PRINTPROOF_TEST_COMMAND_TIMES", "").split()
    if len(times) != 3:
        return
    started, installed, checked = (int(x) for x in times)
    total = int(time.time()) - started

    def took(seconds: int) -> str:
        return f"{seconds // 60} min {seconds % 60:02d} s"

    terminalreporter.write_line(
        f"The test command took {took(total)}: install {took(installed - started)}, "
        f"ruff and mypy {took(checked - installed)}, pytest {took(total - (checked - started))}."
    )
