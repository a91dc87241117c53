"""Schema 11: the customer's language of an order (issue 21)."""

from __future__ import annotations

from .columns import add_column


def columns() -> None:
    """Schema 11: the customer's language of an order (issue 21: a document is in the language of whoever it is
    for); the orders before keep the shop's ("", a default no sealed row depends on). Added before any earlier
    data step, which reads orders through today's model."""
    add_column("order", "language", "VARCHAR(5) NOT NULL DEFAULT ''")


def upgrade() -> None:
    """Nothing beyond the column."""
