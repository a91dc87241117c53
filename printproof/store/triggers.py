"""Database triggers that refuse UPDATE and DELETE of the sealed, append-only tables — also by the side doors.

SQLite's ``INSERT OR REPLACE`` deletes the row it replaces without firing DELETE triggers: a BEFORE INSERT
trigger refuses a new row that would take the place of a sealed one (schema 12). PostgreSQL's
``session_replication_role = replica`` skips ordinary triggers and ``TRUNCATE`` fires no row trigger: the
triggers fire ALWAYS, and a statement trigger refuses TRUNCATE (schema 12); ``verify`` names any that is not so.

Each trigger's definition is declared once (:func:`expected_triggers`, :func:`_sqlite_sql`, the PostgreSQL
function bodies): :func:`install_triggers` creates them from it and :func:`check_triggers` compares what the
database holds with it, so ``verify`` names every protection that was dropped, disabled or rewritten by
someone with direct access to the store.

One exception (schema 5): the bytes of a file listed in the sealed erasure tombstones (``blob_erasure``)
may be emptied or the file's row deleted — that is how erasure removes a signature, photo or proof while
every record keeps the file's SHA-256. Any other change of a stored file is refused.
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
    "erasure",
    "blob_erasure",
    "erasure_request",
    "blob",  # files are stored by their hash: a changed byte would be a lie (erasure excepted, see above)
    "chain_timestamp",  # schema 6: the authority's tokens over the chain head
    "customer_copy",  # schema 6: the copies the customer took home
)

_TOMBSTONED = 'EXISTS (SELECT 1 FROM "blob_erasure" WHERE "blob_erasure"."sha256" = OLD."sha256")'
_EMPTIED = 'NEW."sha256" = OLD."sha256" AND NEW."size" = OLD."size" AND NEW."media_type" = OLD."media_type"'

PG_FUNCTION = "printproof_sealed"
PG_FUNCTION_BODY = """
BEGIN
    RAISE EXCEPTION 'PrintProof: %% of a sealed %% record is not allowed', TG_OP, TG_TABLE_NAME;
END;
"""
PG_BLOB_FUNCTION = "printproof_blob_sealed"
PG_BLOB_FUNCTION_BODY = f"""
BEGIN
    IF {_TOMBSTONED} THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        IF {_EMPTIED} AND octet_length(NEW."data") = 0 THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'PrintProof: %% of a sealed %% record is not allowed', TG_OP, TG_TABLE_NAME;
END;
"""
_PG_BODIES = {PG_FUNCTION: PG_FUNCTION_BODY, PG_BLOB_FUNCTION: PG_BLOB_FUNCTION_BODY}


@dataclass(frozen=True)
class TriggerState:
    """One protective trigger as found: ``state`` is "missing", "altered" or "disabled"."""

    name: str
    table: str
    state: str


def _is_postgres() -> bool:
    return isinstance(db.obj, pw.PostgresqlDatabase)


def _pg_function(table: str) -> str:
    return PG_BLOB_FUNCTION if table == "blob" else PG_FUNCTION


def _unique_keys(table: str) -> list[tuple[str, ...]]:
    """The columns of every unique key of ``table`` (its primary key first), from the models."""
    from .models import ALL_MODELS

    model = next(m for m in ALL_MODELS if m._meta.table_name == table)
    primary = model._meta.primary_key
    assert isinstance(primary, pw.Field)  # every sealed table has a one-column key
    keys: list[tuple[str, ...]] = [(primary.column_name,)]
    keys += [(f.column_name,) for f in model._meta.sorted_fields if f.unique and (f.column_name,) not in keys]
    for columns, unique in model._meta.indexes:
        if unique:
            keys.append(tuple(model._meta.fields[c].column_name if c in model._meta.fields else c for c in columns))
    return keys


def _sqlite_sql(table: str, op: str) -> str:
    when = ""
    if op == "REPLACE":
        taken = []
        for key in _unique_keys(table):
            same = " AND ".join(f'"{table}"."{c}" = NEW."{c}"' for c in key)
            if table == "blob":  # the same bytes stored again are no replacement; an erased file's never come back
                same += ' AND "blob"."data" IS NOT NEW."data"'
            taken.append(f'EXISTS (SELECT 1 FROM "{table}" WHERE {same})')
        return (
            f'CREATE TRIGGER "{table}_no_replace" BEFORE INSERT ON "{table}" WHEN {" OR ".join(taken)} '
            f"BEGIN SELECT RAISE(ABORT, 'PrintProof: REPLACE of a sealed {table} record is not allowed'); END"
        )
    if table == "blob":
        allowed = _TOMBSTONED if op == "DELETE" else f'{_TOMBSTONED} AND {_EMPTIED} AND length(NEW."data") = 0'
        when = f" WHEN NOT ({allowed})"
    return (
        f'CREATE TRIGGER "{table}_no_{op.lower()}" BEFORE {op} ON "{table}"{when} '
        f"BEGIN SELECT RAISE(ABORT, 'PrintProof: {op} of a sealed {table} record is not allowed'); END"
    )


def expected_triggers() -> dict[str, str]:
    """Name → table of every protective trigger this kind of database must have."""
    if _is_postgres():
        return {f"{table}_{kind}": table for table in SEALED_TABLES for kind in ("sealed", "no_truncate")}
    return {f"{table}_no_{op.lower()}": table for table in SEALED_TABLES for op in SQLITE_OPS}


SQLITE_OPS = ("UPDATE", "DELETE", "REPLACE")


def drop_triggers() -> None:
    """Remove the triggers (tamper tests, and a schema step or restore that rewrites sealed rows for itself)."""
    present = _tables()
    for table in SEALED_TABLES:
        if _is_postgres():
            if table in present:
                for kind in ("sealed", "no_truncate"):
                    db.execute_sql(f'DROP TRIGGER IF EXISTS "{table}_{kind}" ON "{table}"')
        else:
            for op in SQLITE_OPS:
                db.execute_sql(f'DROP TRIGGER IF EXISTS "{table}_no_{op.lower()}"')


def _tables() -> set[str]:
    return set(db.get_tables())


def install_triggers() -> None:
    """Make the database itself refuse edits of sealed records (SQLite and PostgreSQL).

    Any trigger of the same name is replaced, so a rewritten one is put right too. Tables a store does not
    have yet (an older schema being upgraded step by step) get theirs from the step that creates them.
    """
    present = _tables()
    tables = [table for table in SEALED_TABLES if table in present]
    if _is_postgres():
        for function, body in _PG_BODIES.items():
            db.execute_sql(
                f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger AS $$" + body + "$$ LANGUAGE plpgsql"
            )
        for table in tables:
            for kind in ("sealed", "no_truncate"):
                db.execute_sql(f'DROP TRIGGER IF EXISTS "{table}_{kind}" ON "{table}"')
            db.execute_sql(
                f'CREATE TRIGGER "{table}_sealed" BEFORE UPDATE OR DELETE ON "{table}" '
                f"FOR EACH ROW EXECUTE FUNCTION {_pg_function(table)}()"
            )
            db.execute_sql(
                f'CREATE TRIGGER "{table}_no_truncate" BEFORE TRUNCATE ON "{table}" '
                f"FOR EACH STATEMENT EXECUTE FUNCTION {PG_FUNCTION}()"
            )
            for kind in ("sealed", "no_truncate"):  # also under session_replication_role = replica
                db.execute_sql(f'ALTER TABLE "{table}" ENABLE ALWAYS TRIGGER "{table}_{kind}"')
        return
    for table in tables:
        for op in SQLITE_OPS:
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
        for op in SQLITE_OPS:
            name = f"{table}_no_{op.lower()}"
            if name not in found:
                problems.append(TriggerState(name, table, "missing"))
            elif _squash(found[name] or "") != _squash(_sqlite_sql(table, op)):
                problems.append(TriggerState(name, table, "altered"))
    return problems


# tgtype bits (PostgreSQL's pg_trigger.h): ROW 1, BEFORE 2, INSERT 4, DELETE 8, UPDATE 16, TRUNCATE 32
_PG_TYPE = 1 | 2 | 8 | 16
_PG_TRUNCATE_TYPE = 2 | 32


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
        truncate = name.endswith("_no_truncate")
        expected = PG_FUNCTION if truncate else _pg_function(table)
        if enabled != "A":  # "D" disabled; "O" or "R" skipped under session_replication_role = replica
            problems.append(TriggerState(name, table, "disabled"))
        elif (
            tgtype != (_PG_TRUNCATE_TYPE if truncate else _PG_TYPE)
            or function != expected
            or _squash(source) != _squash(_PG_BODIES[expected].replace("%%", "%"))
            or has_when
            or columns.strip()
        ):
            problems.append(TriggerState(name, table, "altered"))
    return problems
