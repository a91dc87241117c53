"""Schema 9: the quantity a hand-over gave (issue 20)."""

from __future__ import annotations

from .columns import add_column


def columns() -> None:
    """Schema 9: the quantity a hand-over gave (issue 20; NULL for the hand-overs before: the whole order). A
    column with no default, so no sealed row is rewritten; added before any earlier data step, which reads
    hand-overs through today's model."""
    add_column("pickup", "quantity", "INTEGER")


def upgrade() -> None:
    """Nothing beyond the column."""
