"""Directory entries that are one person: an entry, the entry it was merged into, and every duplicate merged in.

The owner merges duplicates (``services/core/customers.py``); the duplicate stays as a row pointing at the entry kept.
Privacy (issue 14) must treat them as one: an erasure request, a restriction and an erasure of one entry reach
every entry of the same person, whichever of them was kept.
"""

from __future__ import annotations

from collections.abc import Iterable

from .models import Customer
from .rows import tuples


def kept_entry(customer_id: int) -> int:
    """The entry ``customer_id`` lives on in: itself, or (through chained merges) the entry it was merged into."""
    seen = {customer_id}
    current = customer_id
    while True:
        parent = Customer.select(Customer.merged_into).where(Customer.id == current).scalar()
        if parent is None or parent in seen:
            return current
        seen.add(parent)
        current = int(parent)


def merged_in(ids: Iterable[int]) -> set[int]:
    """``ids`` and every entry merged into them (at any depth)."""
    found = {int(i) for i in ids}
    frontier = set(found)
    while frontier:
        query = Customer.select(Customer.id).where(Customer.merged_into.in_(sorted(frontier)))
        frontier = {c for (c,) in tuples(query)} - found
        found |= frontier
    return found


def same_person(ids: Iterable[int]) -> set[int]:
    """``ids``, the entries they were merged into, and every entry merged into those (at any depth)."""
    found = {int(i) for i in ids}
    return merged_in(found | {kept_entry(i) for i in found})
