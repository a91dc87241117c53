"""Schema 6: evidence outside the store — timestamp tokens over the audit chain's head, and the sealed
record of each copy the customer took home.

It only creates new tables and the triggers that make ``chain_timestamp`` and ``customer_copy``
append-only. No sealed record changes, so no hash changes.
"""

from __future__ import annotations

from ..models import ChainTimestamp, CustomerCopy, TimestampQueue, db


def upgrade() -> None:
    """Add ``chain_timestamp`` and ``customer_copy`` (sealed) and ``timestamp_queue``; protect the new tables."""
    from ..triggers import install_triggers

    db.create_tables([ChainTimestamp, TimestampQueue, CustomerCopy], safe=True)
    install_triggers()
