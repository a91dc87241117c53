"""Backups: one file, made while the app is in use, verified before it is kept.

A backup is always a PrintProof SQLite store file. For SQLite stores it is made with SQLite's
online backup; for PostgreSQL every table is exported into such a file (an equivalent of
``pg_dump`` that needs no server tools and that ``verify`` can check directly). Restoring one is
``services/admin/restore.py``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal, overload

import peewee as pw

from ...domain.enums import Role
from ...domain.errors import StoreError, UserError
from ...domain.i18n import t
from ...store import migrations
from ...store.db import is_sqlite, write
from ...store.models import ALL_MODELS, db
from ...store.triggers import install_triggers
from ..core import audit
from ..core.backup_files import backup_name, shop_backups, shop_key
from ..core.context import Actor, require
from ..core.files import check_output_path, not_written, partial_file, remove_stale_partials
from . import witness
from .chain_anchors import ChainHead, chain_head
from .verify import Report, verify_store

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class BackupMade:
    path: Path
    size: int
    report: Report
    head: ChainHead  # the audit chain's head the backup holds


@contextlib.contextmanager
def bound_to(database: pw.Database) -> Iterator[None]:
    """Point this thread's models at another database for a moment (checking a backup file); every other thread
    (the window, other background work) goes on with the store meanwhile."""
    previous = db.bind_thread(database)
    try:
        yield
    finally:
        database.close()
        db.bind_thread(previous)


def damaged(path: Path) -> StoreError:
    return StoreError(
        t(
            "The backup “{name}” is damaged or cut short, so nothing was replaced; use another backup.",
            name=path.name,
        )
    )


def check_file(path: Path) -> None:
    """Refuse, in one sentence, a backup that is missing, not a file, or not a SQLite file at all."""
    if not path.exists():
        raise UserError(t("“{path}” does not exist.", path=path))
    if not path.is_file():
        raise UserError(t("“{name}” is not a backup file.", name=path.name))
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise UserError(t("“{name}” cannot be read: permission denied.", name=path.name)) from exc
    if header != SQLITE_HEADER:
        raise StoreError(t("“{path}” is damaged or is not a PrintProof store; it was not changed.", path=path))


def open_backup_file(path: Path) -> pw.SqliteDatabase:
    """A backup file opened read-only, as a file that does not change (no lock files beside it)."""
    return pw.SqliteDatabase(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, pragmas={"query_only": 1})


@overload
def verify_file(path: Path) -> Report: ...
@overload
def verify_file(path: Path, *, with_head: Literal[True]) -> tuple[Report, ChainHead]: ...


def verify_file(path: Path, *, with_head: bool = False) -> Report | tuple[Report, ChainHead]:
    """Verify a store file of this schema version read-only: every record, file and the chain
    (``with_head``: and the chain head the file holds)."""
    database = open_backup_file(path)
    with bound_to(database):
        try:
            tables = set(database.get_tables())
            if "schema_version" not in tables:
                raise StoreError(t("“{path}” is not a PrintProof store; it was not changed.", path=path))
            version = migrations._version()
            if version != migrations.CURRENT:
                raise StoreError(
                    t(
                        "“{name}” has schema {version}, this PrintProof schema {current}; restore it to upgrade it.",
                        name=path.name,
                        version=version,
                        current=migrations.CURRENT,
                    )
                )
            report = verify_store()
            return (report, chain_head()) if with_head else report
        except (sqlite3.DatabaseError, pw.DatabaseError) as exc:
            raise damaged(path) from exc


def _copy_sqlite(target: Path) -> None:
    source = sqlite3.connect(db.obj.database)
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)  # consistent even while other workstations write
        finally:
            dest.close()
    finally:
        source.close()


def export_postgres(target: Path, *, snapshot: bool = True) -> None:
    """Copy every table into a new SQLite store file: in one repeatable-read snapshot, or (``snapshot=False``)
    inside the caller's transaction, when the caller already keeps every writer out."""
    out = pw.SqliteDatabase(str(target), pragmas={"foreign_keys": 0, "journal_mode": "off", "synchronous": 0})
    if snapshot:
        with db.atomic():
            db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            db.execute_sql("SET LOCAL statement_timeout = 0")  # a big store's export takes its time
            rows = {model: list(model.select().dicts()) for model in ALL_MODELS}
    else:
        rows = {model: list(model.select().dicts()) for model in ALL_MODELS}
    with bound_to(out):
        out.create_tables(ALL_MODELS)
        with out.atomic():
            for model, data in rows.items():
                for start in range(0, len(data), 500):
                    model.insert_many(data[start : start + 500]).execute()
            install_triggers()


def make_backup(actor: Actor | None, target: Path | str) -> BackupMade:
    """Write a verified backup of the whole store to ``target`` (a file, or a folder to put a dated file in).

    A backup holds everything (customers, records, staff), so a person makes one only as the owner; the
    app's automatic backup runs in its own process without a person (``actor`` None). The file appears
    complete or not at all; what crashed or killed backups left in the folder is removed.
    """
    if actor is not None:
        actor = require(actor, Role.OWNER, action="make a backup")
    target = Path(target).expanduser()
    if target.is_dir():
        target = target / backup_name(shop_key(), datetime.now())
    if not target.parent.is_dir():
        raise UserError(t("The folder “{parent}” does not exist.", parent=target.parent))
    target = check_output_path(target)  # through a link the file it names; never over a pipe or a device
    remove_stale_partials(target.parent)
    if is_sqlite():  # and beside the store: a killed restore's copy is not to outlive it in the next backups
        remove_stale_partials(Path(db.obj.database).resolve().parent)
    try:
        with partial_file(target.parent) as tmp:
            try:
                if is_sqlite():
                    _copy_sqlite(tmp)
                else:
                    export_postgres(tmp)
                report, head = verify_file(tmp, with_head=True)
            except (sqlite3.Error, pw.DatabaseError, OSError) as exc:
                raise UserError(_backup_failed(exc, target)) from exc  # judged while the partial file is there
            if not report.ok:
                raise StoreError(t("The backup does not verify; the store itself has altered items. Run verify."))
            os.replace(tmp, target)
    except OSError as exc:
        raise UserError(not_written(exc, target)) from exc
    if actor is not None:
        with write():
            audit.append(
                actor,
                "backup.made",
                payload={"file": target.name, "size": target.stat().st_size, "head": head.to_dict()},
            )
    witness.note_backup(target, head.seq, head.hash)  # outside the store: this workstation made it
    return BackupMade(target, target.stat().st_size, report, head)


def _backup_failed(exc: BaseException, target: Path) -> str:
    text = ""
    cause: BaseException | None = exc
    while cause is not None:  # peewee wraps SQLite's error; the words are in the chain
        text += " " + str(cause).casefold()
        cause = cause.__cause__ or cause.__context__
    try:
        nearly_full = shutil.disk_usage(target.parent).free < (4 << 20)  # the partial file is still there
    except OSError:
        nearly_full = False
    if nearly_full:
        return t("The disk is full; “{name}” was not written.", name=target.name)
    if "full" in text or "no space" in text or "too large" in text:
        return t("The disk is full; “{name}” was not written.", name=target.name)
    if isinstance(exc, OSError):
        return not_written(exc, target)
    if "readonly" in text or "read-only" in text or "permission" in text or "unable to open" in text:
        return t("Cannot write into “{parent}”: permission denied.", parent=target.parent)
    return t("“{path}” could not be written; check the disk and try again.", path=target)


def prune_backups(folder: Path, keep: int) -> None:
    """Keep the newest ``keep`` automatic backups of this shop in ``folder`` (another shop's in the same folder
    are not touched); remove what crashed backups left behind."""
    remove_stale_partials(folder)
    backups = shop_backups(folder, shop_key(), earlier_names=False)
    removed = backups[: max(0, len(backups) - keep)]
    witness.forget(removed)
    for old in removed:
        old.unlink(missing_ok=True)


def last_backup(folder: Path) -> datetime | None:
    """When this shop's newest automatic backup in ``folder`` was made (not another shop's beside it)."""
    backups = shop_backups(folder, shop_key())
    return datetime.fromtimestamp(backups[-1].stat().st_mtime) if backups else None


def auto_backup_command(store_url: str) -> tuple[str, list[str]]:
    """The program and arguments of the app's automatic backup process, frozen or not (it reads where to write
    and how many copies to keep from the owner's settings)."""
    arguments = ["--db", store_url]
    if getattr(sys, "frozen", False):
        return sys.executable, ["--auto-backup", *arguments]
    return sys.executable, ["-m", "printproof.services.admin.auto_backup", *arguments]
