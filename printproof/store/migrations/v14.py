"""Schema 14: the amount of a discount or a refund decided on a complaint (issue 25)."""

from __future__ import annotations

from .columns import add_column


def columns() -> None:
    """Schema 14: a decision's amount in euro cents, NULL where none was recorded (every decision before, and
    every outcome but a discount or a refund). The sealed content names it only when set, so no record sealed
    before changes its hash. Added before any earlier data step, which reads decisions through today's model."""
    add_column("dispute_decision", "amount_cents", "INTEGER")


def upgrade() -> None:
    """Nothing beyond the column."""
    columns()
