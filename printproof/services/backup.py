"""Backups: one file, made while the app is in use, checked before a restore replaces anything.

A backup is always a PrintProof SQLite store file. For SQLite stores it is made with SQLite's
online backup; for PostgreSQL every table is exported into such a file (an equivalent of
``pg_dump`` that needs no server tools and that ``verify`` can check directly).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import peewee as pw

from ..domain.enums import Role
from ..domain.errors import StoreError, UserError
from ..domain.i18n import t
from ..store import migrations
from ..store.db import is_sqlite, write
from ..store.models import ALL_MODELS, db
from ..store.triggers import drop_triggers, install_triggers
from . import audit
from .context import Actor, require
from .verify import Report, verify_store

BACKUP_PREFIX = "printproof-backup-"


@dataclass(frozen=True)
class BackupMade:
    path: Path
    size: int
    report: Report


@contextlib.contextmanager
def bound_to(database: pw.Database) -> Iterator[None]:
    """Point the models at another database for a moment (checking a backup file)."""
    previous = db.obj
    db.initialize(database)
    try:
        yield
    finally:
        database.close()
        db.initialize(previous)


def check_backup(path: Path) -> Report:
    """Open a backup read-only and verify every record, file and the chain in it."""
    if not path.exists() or path.stat().st_size == 0:
        raise UserError(t("“{path}” does not exist.", path=path))
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise StoreError(t("“{path}” is damaged or is not a PrintProof store; it was not changed.", path=path))
    database = pw.SqliteDatabase(f"file:{path}?mode=ro", uri=True, pragmas={"query_only": 1})
    with bound_to(database):
        try:
            tables = set(database.get_tables())
            if "schema_version" not in tables:
                raise StoreError(t("“{path}” is not a PrintProof store; it was not changed.", path=path))
            return verify_store()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                t("“{path}” is damaged or is not a PrintProof store; it was not changed.", path=path)
            ) from exc


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


def _export_postgres(target: Path) -> None:
    """Copy every table, in one repeatable-read snapshot, into a new SQLite store file."""
    out = pw.SqliteDatabase(str(target), pragmas={"foreign_keys": 0, "journal_mode": "off", "synchronous": 0})
    with db.atomic():
        db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        rows = {model: list(model.select().dicts()) for model in ALL_MODELS}
    with bound_to(out):
        out.create_tables(ALL_MODELS)
        with out.atomic():
            for model, data in rows.items():
                for start in range(0, len(data), 500):
                    model.insert_many(data[start : start + 500]).execute()
            install_triggers()


def make_backup(actor: Actor | None, target: Path | str) -> BackupMade:
    """Write a verified backup of the whole store to ``target`` (a file, or a folder to put a dated file in)."""
    target = Path(target).expanduser()
    if target.is_dir():
        target = target / f"{BACKUP_PREFIX}{datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    if not target.parent.exists():
        raise UserError(t("The folder “{parent}” does not exist.", parent=target.parent))
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        if is_sqlite():
            _copy_sqlite(tmp)
        else:
            _export_postgres(tmp)
        report = check_backup(tmp)
        if not report.ok:
            raise StoreError(t("The backup does not verify; the store itself has altered items. Run verify."))
        os.replace(tmp, target)
    except OSError as exc:
        if exc.errno == 28:
            raise UserError(t("The disk is full; “{name}” was not written.", name=target.name)) from exc
        raise UserError(t("“{path}” could not be written: {p2}.", path=target, p2=exc.strerror or exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    if actor is not None:
        with write():
            audit.append(actor, "backup.made", payload={"file": target.name, "size": target.stat().st_size})
    return BackupMade(target, target.stat().st_size, report)


def restore_backup(actor: Actor, source: Path | str) -> Path | None:
    """The owner restores a backup: it is verified first; the current store is kept aside (SQLite)."""
    require(actor, Role.OWNER, action="restore a backup")
    source = Path(source).expanduser()
    report = check_backup(source)
    if not report.ok:
        first = report.problems[0]
        raise UserError(
            t("The backup “{name}” does not verify ({what}); nothing was replaced.", name=source.name, what=first.what)
        )
    kept = None
    if is_sqlite():
        live = Path(db.obj.database)
        kept = live.with_name(f"{live.stem}.before-restore-{datetime.now():%Y%m%d-%H%M%S}{live.suffix}")
        _copy_sqlite(kept)
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            db.close()
            dest = sqlite3.connect(str(live))
            try:
                src.backup(dest)  # page by page into the live file, under SQLite's own locks
            finally:
                dest.close()
        finally:
            src.close()
        db.connect(reuse_if_open=True)
        migrations.prepare("sqlite", live)
    else:
        aside = default_backup_folder()
        aside.mkdir(parents=True, exist_ok=True)
        kept = make_backup(None, aside / f"before-restore-{datetime.now():%Y%m%d-%H%M%S}.sqlite3").path
        backup_db = pw.SqliteDatabase(f"file:{source}?mode=ro", uri=True)
        with bound_to(backup_db):
            rows = {model: list(model.select().dicts()) for model in ALL_MODELS}
        with db.atomic():
            drop_triggers()
            for model in reversed(ALL_MODELS):
                db.execute_sql(f'TRUNCATE TABLE "{model._meta.table_name}" CASCADE')
            for model, data in rows.items():
                for start in range(0, len(data), 500):
                    model.insert_many(data[start : start + 500]).execute()
            install_triggers()
            for model in ALL_MODELS:  # keep id sequences ahead of the restored rows
                pk = model._meta.primary_key
                if isinstance(pk, pw.AutoField):
                    table = model._meta.table_name
                    quoted = f'"{table}"'
                    db.execute_sql(
                        f"SELECT setval(pg_get_serial_sequence('{quoted}', 'id'), "
                        f"COALESCE((SELECT MAX(id) FROM {quoted}), 0) + 1, false)"
                    )
    with write():
        audit.append(actor, "backup.restored", payload={"file": source.name, "kept": kept.name if kept else ""})
    return kept


def prune_backups(folder: Path, keep: int) -> None:
    """Keep the newest ``keep`` automatic backups in ``folder``."""
    backups = sorted(folder.glob(f"{BACKUP_PREFIX}*.sqlite3"))
    for old in backups[: max(0, len(backups) - keep)]:
        old.unlink(missing_ok=True)


def last_backup(folder: Path) -> datetime | None:
    backups = sorted(folder.glob(f"{BACKUP_PREFIX}*.sqlite3"))
    return datetime.fromtimestamp(backups[-1].stat().st_mtime) if backups else None


def default_backup_folder() -> Path:
    from platformdirs import user_data_path

    return user_data_path("PrintProof", appauthor=False) / "backups"


def main(argv: list[str] | None = None) -> int:
    """``python -m printproof.services.backup --db URL FOLDER --keep N``: the app's automatic backup,
    run in its own process so the app never waits and never shares its database connection."""
    import argparse
    import json
    import sys

    from ..store.db import open_store

    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("folder")
    parser.add_argument("--keep", type=int, default=14)
    args = parser.parse_args(argv)
    try:
        open_store(args.db)
        folder = Path(args.folder).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        made = make_backup(None, folder)
        prune_backups(folder, args.keep)
    except (UserError, OSError) as exc:
        print(json.dumps({"ok": False, "error": str(exc)}, ensure_ascii=False))
        return 2
    print(json.dumps({"ok": True, "path": str(made.path), "bytes": made.size}))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
