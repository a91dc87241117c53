"""Rows of a query as plain tuples (types-peewee types ``tuples()`` as model rows; it yields tuples)."""

from __future__ import annotations

from typing import Any, cast


def tuples(query: Any) -> list[tuple[Any, ...]]:
    """Every row of ``query`` as a tuple of the selected columns."""
    return cast("list[tuple[Any, ...]]", list(query.tuples()))
