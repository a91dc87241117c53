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


def _connect_sqlite(path: Path) -> pw.SqliteDatabase:
    path = path.expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            t("Cannot open the store “{location}”: the folder is missing or not writable.", location=path)
        ) from exc
    return pw.SqliteDatabase(
        str(path),
        pragmas=[
            ("journal_mode", "wal"),
            ("foreign_keys", 1),
            ("synchronous", 2),  # FULL: an approval survives a power cut
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
    a store written by a newer PrintProof, or a server that cannot be reached.
    """
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
        database = _connect_sqlite(path)
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


@contextlib.contextmanager
def translate_errors(location: str = "the store") -> Iterator[None]:
    """Turn what the database says about disks, locks and damage into a sentence for people."""
    try:
        yield
    except (pw.OperationalError, pw.DatabaseError, sqlite3.DatabaseError) as exc:
        # SQLite rolls back by itself on a full disk; peewee's own rollback then fails with "no transaction
        # is active". The cause is in the chain: classify by every message in it.
        text, cause = "", exc
        while cause is not None:
            text += " " + str(cause).lower()
            cause = cause.__context__
        if "disk is full" in text or "no space" in text or "disk full" in text:
            raise StoreError(t("The disk is full: nothing was saved. Free some space and try again.")) from exc
        if "readonly" in text or "read-only" in text or "read only" in text:
            raise StoreError(t("The store “{location}” is read-only: nothing was saved.", location=location)) from exc
        if "locked" in text or "busy" in text:
            raise Conflict(t("Another workstation is saving at this moment; please try again.")) from exc
        if "not a database" in text or "malformed" in text or "file is encrypted" in text:
            raise StoreError(t("“{location}” is damaged or is not a PrintProof store.", location=location)) from exc
        if "could not connect" in text or "connection refused" in text or "does not exist" in text:
            raise StoreError(
                t(
                    "Cannot reach the database {location}; check that the server is running and this computer "
                    "is on the shop's network.",
                    location=location,
                )
            ) from exc
        if "unable to open" in text:
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
