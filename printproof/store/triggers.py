"""Database triggers that refuse UPDATE and DELETE of the sealed, append-only tables.

Each trigger's definition is declared once (:func:`expected_triggers`): :func:`install_triggers` creates
them from it and :func:`check_triggers` compares what the database holds with it, so ``verify`` names
every protection that was dropped, disabled or rewritten by someone with direct access to the store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import peewee as pw

from .models import db

SEALED_TABLES = (
    "approval",
    "approval_void",
    "pickup",
    "dispute",
    "dispute_photo",
    "dispute_decision",
    "audit_event",
    "proof",
    "blob",  # files are stored by their hash: a changed byte would be a lie
    "chain_timestamp",  # schema 6: the authority's tokens over the chain head
)

PG_FUNCTION = "printproof_sealed"
PG_FUNCTION_BODY = """
BEGIN
    RAISE EXCEPTION 'PrintProof: %% of a sealed %% record is not allowed', TG_OP, TG_TABLE_NAME;
END;
"""


@dataclass(frozen=True)
class TriggerState:
    """One protective trigger as found: ``state`` is "missing", "altered" or "disabled"."""

    name: str
    table: str
    state: str


def _is_postgres() -> bool:
    return isinstance(db.obj, pw.PostgresqlDatabase)


def _sqlite_sql(table: str, op: str) -> str:
    return (
        f'CREATE TRIGGER "{table}_no_{op.lower()}" BEFORE {op} ON "{table}" '
        f"BEGIN SELECT RAISE(ABORT, 'PrintProof: {op} of a sealed {table} record is not allowed'); END"
    )


def expected_triggers() -> dict[str, str]:
    """Name → table of every protective trigger this kind of database must have."""
    if _is_postgres():
        return {f"{table}_sealed": table for table in SEALED_TABLES}
    return {f"{table}_no_{op}": table for table in SEALED_TABLES for op in ("update", "delete")}


def drop_triggers() -> None:
    """Remove the triggers (only tamper tests and the store's own rewrites do this)."""
    for table in SEALED_TABLES:
        if _is_postgres():
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{table}_sealed" ON "{table}"')
        else:
            for op in ("update", "delete"):
                db.execute_sql(f'DROP TRIGGER IF EXISTS "{table}_no_{op}"')


def install_triggers() -> None:
    """Make the database itself refuse edits of sealed records (SQLite and PostgreSQL).

    Any trigger of the same name is replaced, so a rewritten one is put right too.
    """
    if _is_postgres():
        db.execute_sql(
            f"CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger AS $$"
            + PG_FUNCTION_BODY
            + "$$ LANGUAGE plpgsql"
        )
        for table in SEALED_TABLES:
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{table}_sealed" ON "{table}"')
            db.execute_sql(
                f'CREATE TRIGGER "{table}_sealed" BEFORE UPDATE OR DELETE ON "{table}" '
                f"FOR EACH ROW EXECUTE FUNCTION {PG_FUNCTION}()"
            )
        return
    for table in SEALED_TABLES:
        for op in ("UPDATE", "DELETE"):
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{table}_no_{op.lower()}"')
            db.execute_sql(_sqlite_sql(table, op))


def _squash(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip()


def check_triggers() -> list[TriggerState]:
    """Every protective trigger that is missing, disabled or not as PrintProof installs it (empty: all present)."""
    return _check_postgres() if _is_postgres() else _check_sqlite()


def _check_sqlite() -> list[TriggerState]:
    found = dict(db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
    problems = []
    for table in SEALED_TABLES:
        for op in ("UPDATE", "DELETE"):
            name = f"{table}_no_{op.lower()}"
            if name not in found:
                problems.append(TriggerState(name, table, "missing"))
            elif _squash(found[name] or "") != _squash(_sqlite_sql(table, op)):
                problems.append(TriggerState(name, table, "altered"))
    return problems


# tgtype bits (PostgreSQL's pg_trigger.h): ROW 1, BEFORE 2, INSERT 4, DELETE 8, UPDATE 16, TRUNCATE 32
_PG_TYPE = 1 | 2 | 8 | 16


def _check_postgres() -> list[TriggerState]:
    rows = db.execute_sql(
        """
        SELECT t.tgname, c.relname, t.tgtype, t.tgenabled, p.proname, p.prosrc, t.tgqual IS NOT NULL,
               t.tgattr::text
        FROM pg_trigger t
        JOIN pg_class c ON c.oid = t.tgrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE NOT t.tgisinternal AND n.nspname = current_schema()
        """
    ).fetchall()
    found = {(name, table): rest for name, table, *rest in rows}
    problems = []
    for name, table in expected_triggers().items():
        row = found.get((name, table))
        if row is None:
            problems.append(TriggerState(name, table, "missing"))
            continue
        tgtype, enabled, function, source, has_when, columns = row
        if enabled == "D":
            problems.append(TriggerState(name, table, "disabled"))
        elif (
            tgtype != _PG_TYPE
            or function != PG_FUNCTION
            or _squash(source) != _squash(PG_FUNCTION_BODY.replace("%%", "%"))
            or has_when
            or columns.strip()
        ):
            problems.append(TriggerState(name, table, "altered"))
    return problems
