"""Database triggers that refuse UPDATE and DELETE of the sealed, append-only tables.

One exception (schema 5): the bytes of a file listed in the sealed erasure tombstones (``blob_erasure``)
may be emptied or the file's row deleted — that is how erasure removes a signature, photo or proof while
every record keeps the file's SHA-256. Any other change of a stored file is refused.
"""

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
    "erasure",
    "blob_erasure",
    "erasure_request",
    "blob",  # files are stored by their hash: a changed byte would be a lie (erasure excepted, see above)
)

_TOMBSTONED = 'EXISTS (SELECT 1 FROM "blob_erasure" WHERE "blob_erasure"."sha256" = OLD."sha256")'
_EMPTIED = 'NEW."sha256" = OLD."sha256" AND NEW."size" = OLD."size" AND NEW."media_type" = OLD."media_type"'


def drop_triggers() -> None:
    """Remove the triggers (tamper tests, and a schema step that rewrites sealed rows for itself)."""
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
        db.execute_sql(
            f"""
            CREATE OR REPLACE FUNCTION printproof_blob_sealed() RETURNS trigger AS $$
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
            $$ LANGUAGE plpgsql
            """
        )
        for table in SEALED_TABLES:
            function = "printproof_blob_sealed" if table == "blob" else "printproof_sealed"
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{table}_sealed" ON "{table}"')
            db.execute_sql(
                f'CREATE TRIGGER "{table}_sealed" BEFORE UPDATE OR DELETE ON "{table}" '
                f"FOR EACH ROW EXECUTE FUNCTION {function}()"
            )
        return
    for table in SEALED_TABLES:
        for op in ("UPDATE", "DELETE"):
            when = ""
            if table == "blob":
                allowed = _TOMBSTONED if op == "DELETE" else f'{_TOMBSTONED} AND {_EMPTIED} AND length(NEW."data") = 0'
                when = f" WHEN NOT ({allowed})"
            db.execute_sql(
                f'CREATE TRIGGER IF NOT EXISTS "{table}_no_{op.lower()}" BEFORE {op} ON "{table}"{when} '
                f"BEGIN SELECT RAISE(ABORT, 'PrintProof: {op} of a sealed {table} record is not allowed'); END"
            )
