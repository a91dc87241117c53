"""Prefix search over a table of search words (``order_token``, ``customer_token``).

Each typed word stands for one or more prefixes (``domain/fold.py``); a row matches when, for every typed
word, it has a search word starting with one of that word's prefixes. Two plans, chosen per query:

- a rare word (fewer than ``selective`` rows) drives the search: its rows' ids come from the (token, id)
  index and the other words are checked on those rows only;
- when every word is common (a frequent surname), the rows are walked newest first and each is checked
  through the (id, token) index, so the first page arrives after a few thousand probes at most.

Both are plain B-tree range scans, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce
from operator import or_

import peewee as pw
from peewee import SQL, fn

TOP = "\uffff"


@dataclass(frozen=True)
class WordIndex:
    """A search-word table: ``model`` with a ``token`` column and ``owner`` pointing at ``owner_id``."""

    model: type[pw.Model]
    owner: pw.ForeignKeyField
    owner_id: pw.Field

    def _range(self, prefix: str) -> pw.Expression:
        token = self.model.token
        return (token >= prefix) & (token < prefix + TOP)

    def _any(self, prefixes: list[str]) -> pw.Expression:
        return reduce(or_, (self._range(p) for p in prefixes))

    def count(self, prefixes: list[str], cap: int) -> int:
        """How many search words start with one of ``prefixes`` (counting stops at ``cap`` per prefix)."""
        total = 0
        for prefix in prefixes:
            inner = self.model.select(SQL("1")).where(self._range(prefix)).limit(cap)
            total += pw.Select([inner], [fn.COUNT(SQL("*"))]).bind(self.model._meta.database).scalar()
        return total

    def ids(self, prefixes: list[str]) -> list[int]:
        """The ids of the rows that have a search word starting with one of ``prefixes``."""
        found: set[int] = set()
        for prefix in prefixes:
            found.update(r[0] for r in self.model.select(self.owner).where(self._range(prefix)).tuples())
        return list(found)

    def has(self, prefixes: list[str]) -> pw.Expression:
        """EXISTS a search word of this row starting with one of ``prefixes`` (the (id, token) index)."""
        exists = [
            fn.EXISTS(self.model.select(SQL("1")).where((self.owner == self.owner_id) & self._range(p)))
            for p in prefixes
        ]
        return reduce(or_, exists)

    def narrow(self, query: pw.SelectQuery, words: list[list[str]], selective: int) -> pw.SelectQuery | None:
        """``query`` limited to rows matching every word, or None when some word matches nothing."""
        words = [w for w in words if w]
        if not words:
            return None
        sizes = [self.count(w, selective) for w in words]
        if min(sizes) == 0:
            return None
        best = sizes.index(min(sizes))
        if sizes[best] < selective:
            query = query.where(self.owner_id.in_(self.ids(words[best])))
            words = words[:best] + words[best + 1 :]
        for word in words:
            query = query.where(self.has(word))
        return query
