"""Schema versions and the steps between them.

Version 1 was the first release; each later version adds one step here. A store from
an older PrintProof is copied aside and upgraded on open; a store from a newer one is
refused, never "downgraded".
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from types import ModuleType

import peewee as pw

from ...domain.errors import StoreError
from ...domain.i18n import t
from ..clock import now as now  # re-exported: the services take it from here
from ..models import ALL_MODELS, SchemaVersion, db
from ..search_words import customer_tokens as customer_tokens  # re-exported: older callers take them from here
from ..search_words import order_tokens as order_tokens

CURRENT = 15


def _lock_for_schema_change() -> None:
    if isinstance(db.obj, pw.PostgresqlDatabase):
        db.execute_sql("SELECT pg_advisory_xact_lock(734201)")


def _begin() -> pw._atomic:
    if isinstance(db.obj, pw.SqliteDatabase):
        return db.atomic(lock_type="IMMEDIATE")
    return db.atomic()


def _copy_aside(path: Path, version: int) -> Path:
    """Copy the SQLite store aside before an upgrade (online backup: safe while others read)."""
    stamp = now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-v{CURRENT}-from-v{version}-{stamp}{path.suffix}")
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # the whole store: the user's alone
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


# Each step is a module: ``upgrade()``, and ``columns()`` where the step adds columns that an earlier step's data
# work must already find (it reads rows through today's models, which name them). 5: issue 14, 6: issue 11,
# 7: issue 13, 8: issues 24 and 25, 9: issue 20, 10 and 11: issue 21, 12 and 13: issue 22, 14 and 15: issue 25.
def _steps() -> dict[int, ModuleType]:
    # Imported here, not at the top: schema 5's step uses the chain, which the store opens through this package.
    from . import v02, v03, v04, v05, v06, v07, v08, v09, v10, v11, v12, v13, v14, v15

    steps = (v02, v03, v04, v05, v06, v07, v08, v09, v10, v11, v12, v13, v14, v15)
    return {int(module.__name__.rsplit(".v", 1)[1]): module for module in steps}


def prepare(kind: str, path: Path | None) -> None:
    """Create a new store, or upgrade an older one, or refuse a foreign or newer one."""
    tables = set(db.get_tables())
    if tables and "schema_version" not in tables:
        raise StoreError(t("“{name}” is not a PrintProof store; it was not changed.", name=path or "This database"))
    if tables:
        version = _version()
        if version == CURRENT:
            return
        if version > CURRENT:
            raise StoreError(
                t(
                    "This store was written by a newer PrintProof (schema {version}); this version understands "
                    "schema {current}. Please update PrintProof on this workstation.",
                    version=version,
                    current=CURRENT,
                )
            )
        if path is not None:
            _copy_aside(path, version)
    with _begin():
        _lock_for_schema_change()
        tables = set(db.get_tables())
        if "schema_version" not in tables:
            db.create_tables(ALL_MODELS)
            SchemaVersion.create(version=CURRENT, changed_at=now())
            from ..triggers import install_triggers

            install_triggers()
            return
        version = _version()
        pending = {step: module for step, module in sorted(_steps().items()) if version < step <= CURRENT}
        for module in pending.values():  # every pending step's columns first (schema 5's reseal reads today's models)
            columns = getattr(module, "columns", None)
            if columns is not None:
                columns()
        for step, module in pending.items():
            module.upgrade()
            SchemaVersion.create(version=step, changed_at=now())


def _version() -> int:
    row = SchemaVersion.select(pw.fn.MAX(SchemaVersion.version)).scalar()
    return int(row or 0)
