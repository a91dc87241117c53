"""Schema 10: names spelled by ear are found; a portal link notes its claim (issues 21 and 24)."""

from __future__ import annotations

import peewee as pw

from ..models import db
from .columns import add_column


def upgrade() -> None:
    """Schema 10: names spelled by ear are found (issue 21: "schmitt" for Schmidt, "sneider" for Schneider, "Maier"
    for Meyer, "Karl" for Carl): every stored search word is written again with the new forgiving rules; a portal
    link notes when a sync claimed its decision (issue 24: a claim a crash left behind expires)."""
    from ..reindex import rewrite_search_words

    postgres = isinstance(db.obj, pw.PostgresqlDatabase)
    add_column("portal_link", "claimed_at", "TIMESTAMP" if postgres else "DATETIME")
    if postgres:
        db.execute_sql("SET LOCAL statement_timeout = 0")  # a big store's words take longer than any one write
    rewrite_search_words()
