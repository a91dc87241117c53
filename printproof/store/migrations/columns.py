"""Adding a column the same way in every step: only when missing, in plain SQL that SQLite and PostgreSQL both
take without rewriting a row (a constant default or NULL), so no sealed row is touched."""

from __future__ import annotations

from ..models import db


def add_column(table: str, column: str, sql: str, index: bool = False) -> None:
    if column not in {c.name for c in db.get_columns(table)}:
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {sql}')
        if index:
            db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{table}_{column}" ON "{table}" ("{column}")')
