"""Database triggers that refuse UPDATE and DELETE of the sealed, append-only tables."""

from __future__ import annotations

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
)


def drop_triggers() -> None:
    """Remove the triggers (only tamper tests do this, to show that verify still catches edits)."""
    for table in SEALED_TABLES:
        if isinstance(db.obj, pw.PostgresqlDatabase):
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{table}_sealed" ON "{table}"')
        else:
            for op in ("update", "delete"):
                db.execute_sql(f'DROP TRIGGER IF EXISTS "{table}_no_{op}"')


def install_triggers() -> None:
    """Make the database itself refuse edits of sealed records (SQLite and PostgreSQL)."""
    if isinstance(db.obj, pw.PostgresqlDatabase):
        db.execute_sql(
            """
            CREATE OR REPLACE FUNCTION printproof_sealed() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION 'PrintProof: %% of a sealed %% record is not allowed', TG_OP, TG_TABLE_NAME;
            END;
            $$ LANGUAGE plpgsql
            """
        )
        for table in SEALED_TABLES:
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{table}_sealed" ON "{table}"')
            db.execute_sql(
                f'CREATE TRIGGER "{table}_sealed" BEFORE UPDATE OR DELETE ON "{table}" '
                "FOR EACH ROW EXECUTE FUNCTION printproof_sealed()"
            )
        return
    for table in SEALED_TABLES:
        for op in ("UPDATE", "DELETE"):
            db.execute_sql(
                f'CREATE TRIGGER IF NOT EXISTS "{table}_no_{op.lower()}" BEFORE {op} ON "{table}" '
                f"BEGIN SELECT RAISE(ABORT, 'PrintProof: {op} of a sealed {table} record is not allowed'); END"
            )
