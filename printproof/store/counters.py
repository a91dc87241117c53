"""Named counters (order numbers per year, the audit chain's length): the one way to take the next value."""

from __future__ import annotations

from .models import Counter


def next_value(name: str, by: int = 1) -> int:
    """Add ``by`` to counter ``name`` (created at 0) and return its new value; call inside a write transaction.

    The UPDATE locks the counter's row until the transaction ends, so two workstations never draw the same
    value: it serialises writers on PostgreSQL as ``BEGIN IMMEDIATE`` does on SQLite.
    """
    Counter.insert(name=name, value=0).on_conflict_ignore().execute()
    Counter.update(value=Counter.value + by).where(Counter.name == name).execute()
    return int(Counter.get(Counter.name == name).value)


def current_value(name: str) -> int:
    """The counter's value now (0 when it was never used)."""
    return int(Counter.select(Counter.value).where(Counter.name == name).scalar() or 0)
