"""Schema 6: the chain anchored outside the store — timestamp tokens over the audit chain's head.

Self-contained so it can follow any earlier step: it only creates two new tables and the trigger that
makes ``chain_timestamp`` append-only. No sealed record changes, so no hash changes.
"""

from __future__ import annotations

from .models import ChainTimestamp, TimestampQueue, db


def to_v6() -> None:
    """Add ``chain_timestamp`` (sealed) and ``timestamp_queue``, and protect the new table."""
    from .triggers import install_triggers

    db.create_tables([ChainTimestamp, TimestampQueue], safe=True)
    install_triggers()
