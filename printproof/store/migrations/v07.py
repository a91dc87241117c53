"""Schema 7: the customer directory, forgiving search words, reprints, marks on the proof, ticks and corners.

Self-contained so it can follow any earlier step. Columns are added with constant defaults or as NULL,
in plain SQL that SQLite and PostgreSQL both take without rewriting a row, so no sealed row is touched
(an approval's content names its marks only when it has them). The search words of every order are
written again in their forgiving form, and every directory entry gets its own search words and the key
for the digests its later changes are logged with.
"""

from __future__ import annotations

import secrets

import peewee as pw

from ..models import ChangeTick, Customer, CustomerToken, PhotoCorners, db
from .columns import add_column

BATCH = 5000


def columns() -> None:
    """Schema 7's columns and tables (idempotent; the upgrade adds them before any earlier data step)."""
    add_column("customer", "notes", "TEXT NOT NULL DEFAULT ''")
    add_column("customer", "digest_key", "VARCHAR(64) NOT NULL DEFAULT ''")
    add_column("customer", "merged_into_id", 'INTEGER REFERENCES "customer" ("id") ON DELETE RESTRICT', index=True)
    add_column("customer", "updated_at", "TIMESTAMP" if isinstance(db.obj, pw.PostgresqlDatabase) else "DATETIME")
    add_column("order", "reorder_of_id", 'INTEGER REFERENCES "order" ("id") ON DELETE RESTRICT', index=True)
    add_column("order", "reorder_proof_id", "INTEGER", index=True)
    add_column("approval", "markup_id", 'VARCHAR(64) REFERENCES "blob" ("sha256") ON DELETE RESTRICT', index=True)
    db.create_tables([CustomerToken, ChangeTick, PhotoCorners], safe=True)


def upgrade() -> None:
    """Add the directory's columns and search words, reprint references, ``approval.markup_id``, the ticks
    and the photo corners; give every directory entry its digest key and write every order's and entry's search
    words again in their forgiving form (``store/reindex.py``: in chunks, erased orders by their number only)."""
    from ..reindex import rewrite_search_words

    columns()
    last = 0
    while True:
        batch = list(Customer.select(Customer.id).where(Customer.id > last).order_by(Customer.id).limit(BATCH))
        if not batch:
            break
        for c in batch:
            Customer.update(digest_key=secrets.token_hex(32)).where(Customer.id == c.id).execute()
        last = batch[-1].id
    rewrite_search_words()
