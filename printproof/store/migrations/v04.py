"""Schema 4: preflight measurements and the marked preview on artwork, acknowledged findings on approvals.

Self-contained so it can follow any earlier step. It only adds columns with constant defaults,
in plain SQL that SQLite and PostgreSQL both take without rewriting a row: no UPDATE runs (the
sealed tables' triggers would refuse it), and no sealed record's hash changes (an approval's
content names acknowledged findings only when it has them).
"""

from __future__ import annotations

from ..models import db


def upgrade() -> None:
    """Add ``artwork.checks``, ``artwork.marked_id`` and ``approval.acknowledged``."""
    artwork = {c.name for c in db.get_columns("artwork")}
    approval = {c.name for c in db.get_columns("approval")}
    if "checks" not in artwork:
        db.execute_sql("""ALTER TABLE "artwork" ADD COLUMN "checks" TEXT NOT NULL DEFAULT '{}'""")
    if "marked_id" not in artwork:
        db.execute_sql(
            """ALTER TABLE "artwork" ADD COLUMN "marked_id" VARCHAR(64) """
            """REFERENCES "blob" ("sha256") ON DELETE RESTRICT"""
        )
        db.execute_sql("""CREATE INDEX "artwork_marked_id" ON "artwork" ("marked_id")""")
    if "acknowledged" not in approval:
        db.execute_sql("""ALTER TABLE "approval" ADD COLUMN "acknowledged" TEXT NOT NULL DEFAULT ''""")
