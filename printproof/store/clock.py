"""The time PrintProof writes: UTC, without a time zone attached (the store's columns hold UTC)."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    """Now in UTC, naive (as every stored time)."""
    return datetime.now(UTC).replace(tzinfo=None)
