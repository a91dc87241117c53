"""Opening the store: SQLite by default, PostgreSQL by URL, one schema for both."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import peewee as pw
from platformdirs import user_data_path

from ..domain.errors import Conflict, StoreError
from ..domain.i18n import t
from . import migrations
from .models import db

ENV_DB = "PRINTPROOF_DB"
CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 120_000  # long work (a backup export) lifts it for its own transaction
LOCK_TIMEOUT_MS = 30_000  # as SQLite's busy timeout


def default_db_path() -> Path:
    """The SQLite file in the user's data folder (e.g. ``~/.local/share/PrintProof/``)."""
    return user_data_path("PrintProof", appauthor=False) / "printproof.sqlite3"


@dataclass(frozen=True)
class Store:
    """An open store. ``kind`` is ``"sqlite"`` or ``"postgresql"``."""

    kind: str
    location: str  # file path or URL without password
    database: pw.Database

    @property
    def path(self) -> Path | None:
        return Path(self.location) if self.kind == "sqlite" else None

    def close(self) -> None:
        if not self.database.is_closed():
            self.database.close()


def resolve_url(url: str | None) -> str:
    """The store to use: the given URL or path, else ``PRINTPROOF_DB``, else the default file."""
    return url or os.environ.get(ENV_DB) or str(default_db_path())


def _private(path: Path) -> None:
    """The store file readable and writable by the user alone (0600): it holds PIN hashes, customers' details,
    signatures. Made so before SQLite opens it (its WAL and shared-memory files take the file's mode); an older
    store made at 0644 is made private too. (On Windows the user's own folder keeps others out.)"""
    if os.name != "posix":
        return
    try:
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if part.exists() and part.stat().st_uid == os.getuid() and part.stat().st_mode & 0o077:
                os.chmod(part, 0o600)
    except FileExistsError:
        pass  # another workstation made it a moment ago
    except OSError:
        pass  # not ours to change (a shared file): SQLite says what it cannot do


def _connect_sqlite(path: Path, make_folder: bool) -> pw.SqliteDatabase:
    path = path.expanduser()
    if not make_folder and not path.parent.is_dir():
        raise StoreError(t("The folder “{folder}” does not exist: check the store's path.", folder=path.parent))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            t("Cannot open the store “{location}”: the folder is missing or not writable.", location=path)
        ) from exc
    _private(path)
    return pw.SqliteDatabase(
        str(path),
        pragmas=[
            ("journal_mode", "wal"),
            ("foreign_keys", 1),
            ("synchronous", 2),  # FULL: an approval survives a power cut
            ("secure_delete", 1),  # freed pages are zeroed: erased personal details leave no trace in the file
            ("busy_timeout", 30_000),
        ],
        timeout=30,
        check_same_thread=False,
    )


def _connect_postgres(url: str) -> pw.PostgresqlDatabase:
    parsed = urlparse(url)
    return pw.PostgresqlDatabase(
        parsed.path.lstrip("/") or "printproof",
        user=parsed.username,
        password=parsed.password,
        host=parsed.hostname or "localhost",
        port=parsed.port or 5432,
        # An unreachable NAS is said within seconds, not after the operating system's minutes; a server that
        # stops answering is noticed by keep-alives; no statement waits for ever.
        connect_timeout=CONNECT_TIMEOUT_S,
        keepalives=1,
        keepalives_idle=10,
        keepalives_interval=5,
        keepalives_count=3,
        options=f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c lock_timeout={LOCK_TIMEOUT_MS}",
    )


def _redact(url: str) -> str:
    parsed = urlparse(url)
    if parsed.password:
        return url.replace(f":{parsed.password}@", ":***@")
    return url


SQLITE_HEADER = b"SQLite format 3\x00"


def _check_sqlite_file(path: Path) -> None:
    """Look at an existing file read-only first: a damaged or foreign file must not be touched
    (even switching it to WAL would rewrite its header)."""
    if path.exists() and not path.is_file():  # a device (/dev/zero), a pipe or a socket is never a store
        raise StoreError(t("“{path}” is not a file but a device, pipe or socket; a store is a file.", path=path))
    if not path.exists() or path.stat().st_size == 0:
        return
    if not os.access(path.parent, os.W_OK):  # SQLite keeps its journal beside the store
        raise StoreError(
            t(
                "The store “{path}” is in a folder this user may not write to (or on a read-only disk); "
                "allow writing there or move the store.",
                path=path,
            )
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise StoreError(t("Cannot read the store “{path}”: permission denied or the disk failed.", path=path)) from exc
    if header != SQLITE_HEADER:
        raise StoreError(t("“{path}” is damaged or is not a PrintProof store; it was not changed.", path=path))
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(t("“{path}” is damaged or is not a PrintProof store; it was not changed.", path=path)) from exc
    if tables and "schema_version" not in tables:
        raise StoreError(t("“{path}” is not a PrintProof store; it was not changed.", path=path))


def open_store(url: str | None = None, *, create: bool = True) -> Store:
    """Open (and create or upgrade) the store at ``url`` and bind the models to it.

    Raises :class:`StoreError` with one clear sentence for a damaged or foreign file,
    a store written by a newer PrintProof, or a server that cannot be reached. Only the default file makes its
    folders (the first start); a path someone gave (``url``, ``PRINTPROOF_DB``) in a folder that does not exist is a
    mistyped path, said in one sentence, never a new empty shop somewhere.
    """
    given = bool(url or os.environ.get(ENV_DB))
    target = resolve_url(url)
    if target.startswith(("postgresql://", "postgres://")):
        database: pw.Database = _connect_postgres(target)
        store = Store("postgresql", _redact(target), database)
    else:
        if target.startswith("sqlite:///"):
            target = target[len("sqlite:///") :]
        path = Path(target).expanduser().resolve()
        if path.is_dir():
            raise StoreError(t("“{path}” is a folder, not a PrintProof store file.", path=path))
        if not create and not path.exists():
            raise StoreError(t("There is no PrintProof store at “{path}”.", path=path))
        _check_sqlite_file(path)
        database = _connect_sqlite(path, make_folder=not given)
        store = Store("sqlite", str(path), database)
    db.initialize(database)
    try:
        with translate_errors(store.location):
            database.connect(reuse_if_open=True)
            migrations.prepare(store.kind, store.path)
    except BaseException:
        store.close()
        raise
    return store


# SQLite's primary result codes (https://sqlite.org/rescode.html) and PostgreSQL's SQLSTATEs, by what the
# user can do about them. Messages differ between versions, languages and drivers; codes do not.
SQLITE_KINDS = {13: "full", 8: "readonly", 5: "busy", 6: "busy", 26: "damaged", 11: "damaged", 14: "cannot_open"}
PG_KINDS = {
    "53100": "full",
    "25006": "readonly",
    "40001": "busy",
    "40P01": "busy",
    "55P03": "busy",
    "57014": "timeout",
    "3D000": "unreachable",
    "28P01": "refused",
    "28000": "refused",
    "57P01": "unreachable",
    "57P03": "unreachable",
}


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception and everything it wraps (peewee keeps the driver's error as ``orig``)."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        item = todo.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        todo += [a for a in getattr(item, "args", ()) if isinstance(a, BaseException)]
        todo += [c for c in (getattr(item, "orig", None), item.__cause__, item.__context__) if c is not None]


def classify(exc: BaseException) -> str | None:
    """What kind of trouble a database error is, by its code: ``full``, ``readonly``, ``busy``, ``damaged``,
    ``cannot_open``, ``timeout``, ``unreachable``, ``refused``; None for anything else (a bug)."""
    for cause in _causes(exc):
        code = getattr(cause, "sqlite_errorcode", None)
        if code is not None and (code & 0xFF) in SQLITE_KINDS:
            return SQLITE_KINDS[code & 0xFF]
        sqlstate = getattr(cause, "pgcode", None)
        if sqlstate:
            if sqlstate in PG_KINDS:
                return PG_KINDS[sqlstate]
            if sqlstate.startswith("08"):  # connection exceptions
                return "unreachable"
    for cause in _causes(exc):
        # psycopg2 reports a server it cannot reach (refused, no route, timed out) without any SQLSTATE.
        if type(cause).__module__.startswith("psycopg2") and type(cause).__name__ == "OperationalError":
            if getattr(cause, "pgcode", None) is None:
                return "unreachable"
    return None


@contextlib.contextmanager
def translate_errors(location: str = "the store") -> Iterator[None]:
    """Turn what the database reports (by its result code) into a sentence for people; anything else is a bug."""
    try:
        yield
    except (pw.OperationalError, pw.DatabaseError, sqlite3.DatabaseError) as exc:
        kind = classify(exc)
        if kind == "full":
            raise StoreError(t("The disk is full: nothing was saved. Free some space and try again.")) from exc
        if kind == "readonly":
            raise StoreError(t("The store “{location}” is read-only: nothing was saved.", location=location)) from exc
        if kind == "busy":
            raise Conflict(t("Another workstation is saving at this moment; please try again.")) from exc
        if kind == "damaged":
            raise StoreError(t("“{location}” is damaged or is not a PrintProof store.", location=location)) from exc
        if kind == "timeout":
            raise StoreError(
                t(
                    "The database {location} took too long to answer; nothing was saved. Please try again.",
                    location=location,
                )
            ) from exc
        if kind == "refused":
            raise StoreError(
                t("The database {location} refused the user name or password in the store address.", location=location)
            ) from exc
        if kind == "unreachable":
            raise StoreError(
                t(
                    "Cannot reach the database {location}; check that the server is running and this computer "
                    "is on the shop's network.",
                    location=location,
                )
            ) from exc
        if kind == "cannot_open":
            raise StoreError(
                t("Cannot open the store “{location}”: the folder is missing or not writable.", location=location)
            ) from exc
        raise


WRITERS_LOCK = 734202  # PostgreSQL advisory lock: every write shares it, a restore takes it alone


@contextlib.contextmanager
def write() -> Iterator[None]:
    """One write transaction that takes the write lock at once.

    On SQLite ``BEGIN IMMEDIATE`` makes concurrent writers queue (up to the busy timeout)
    instead of failing half-way; on PostgreSQL rows are locked as they are updated, and every
    write shares one advisory lock that a restore takes alone, so no write runs while a restore
    replaces the store.
    """
    database = db.obj
    with translate_errors():
        if isinstance(database, pw.SqliteDatabase) and database.transaction_depth() == 0:
            with database.atomic(lock_type="IMMEDIATE"):
                yield
        elif isinstance(database, pw.PostgresqlDatabase) and database.transaction_depth() == 0:
            with database.atomic():
                database.execute_sql("SELECT pg_advisory_xact_lock_shared(%s)", (WRITERS_LOCK,))
                yield
        else:
            with database.atomic():
                yield


@contextlib.contextmanager
def exclusive() -> Iterator[None]:
    """A write transaction that no other write runs beside: other workstations' writes wait until it ends.

    Readers go on (they see the store as it was until the end). For replacing the whole store.
    """
    database = db.obj
    with translate_errors():
        if isinstance(database, pw.SqliteDatabase):
            with database.atomic(lock_type="IMMEDIATE"):  # one writer at a time is SQLite's own rule
                yield
        else:
            with database.atomic():
                database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITERS_LOCK,))
                yield


def is_sqlite() -> bool:
    return isinstance(db.obj, pw.SqliteDatabase)


def lock_order(order_id: int) -> None:
    """Serialise writers of one order for the rest of the transaction.

    SQLite's ``BEGIN IMMEDIATE`` already lets one writer in at a time; PostgreSQL needs the
    order's row locked, or two workstations could both see "not approved yet" and both approve.
    """
    if isinstance(db.obj, pw.PostgresqlDatabase):
        db.execute_sql('SELECT id FROM "order" WHERE id = %s FOR UPDATE', (order_id,))
