"""Prefix search over a table of search words (``order_token``, ``customer_token``).

Each typed word stands for one or more prefixes (``domain/fold.py``); a row matches when, for every typed
word, it has a search word starting with one of that word's prefixes. Two plans, chosen per query:

- a rare word (fewer than ``selective`` rows) drives the search: its rows' ids come from the (token, id)
  index and the other words are checked on those rows only;
- when every word is common (a frequent surname) and each stands for a few stored words only ("sahin" for
  ``sahin``), the stored words' ids are read newest first straight from the (token, id) index and intersected,
  deeper until a page is full: the merge of sorted lists that a full-text index does;
- otherwise (a word of one or two letters stands for hundreds of stored words) the rows are walked newest first
  and each is checked through the (id, token) index, so the first page arrives after a few thousand probes.

All are plain B-tree range scans, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import reduce
from operator import or_
from typing import cast

import peewee as pw
from peewee import SQL, fn

TOP = "\uffff"
DEEPEST = 256_000  # ids read per stored word at most; words that seldom meet are left to the walk


@dataclass(frozen=True)
class WordIndex:
    """A search-word table: ``model`` with its ``token`` column and ``owner`` pointing at ``owner_id``."""

    model: type[pw.Model]
    token: pw.Field
    owner: pw.ForeignKeyField
    owner_id: pw.Field

    def _range(self, prefix: str) -> pw.Expression:
        token = self.token
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
            rows = self.model.select(self.owner).where(self._range(prefix)).tuples()
            found.update(r[0] for r in cast("Iterable[tuple[int]]", rows))  # types-peewee: tuples() yields rows
        return list(found)

    def has(self, prefixes: list[str]) -> pw.Node:
        """EXISTS a search word of this row starting with one of ``prefixes`` (the (id, token) index)."""
        exists = [
            fn.EXISTS(self.model.select(SQL("1")).where((self.owner == self.owner_id) & self._range(p)))
            for p in prefixes
        ]
        return reduce(or_, exists)

    def stored_words(self, prefix: str, cap: int) -> list[str] | None:
        """The distinct stored words starting with ``prefix`` (one index seek each), or None if more than ``cap``."""
        token = self.token
        found: list[str] = []
        while len(found) <= cap:
            after = (token > found[-1]) if found else (token >= prefix)
            value = self.model.select(fn.MIN(token)).where(after & (token < prefix + TOP)).scalar()
            if value is None:
                return found
            found.append(value)
        return None

    def _stored(self, word: list[str], cap: int) -> list[str] | None:
        found: list[str] = []
        for prefix in word:
            more = self.stored_words(prefix, cap)
            if more is None:
                return None
            found += more
        return found if len(found) <= cap else None

    def newest(self, words: list[list[str]], limit: int, cap: int = 12) -> list[int] | None:
        """The newest ``limit`` ids matching every word, or None when no word stands for ``cap`` stored words or
        fewer (a word of one or two letters): then the rows are walked.

        Every word few: each word's stored words are read newest first from the (token, id) index (each a list
        sorted by id) and the lists intersected, deeper until the page is full — the merge a full-text index does.
        Some word many (the start of a phone number stands for thousands of numbers): the few-worded word's lists
        are read newest first and the other words checked on each row through the (id, token) index.
        """
        values = [self._stored(word, cap) for word in words]
        if all(v is None for v in values):
            return None
        if any(v is None for v in values):
            driving = min((i for i, v in enumerate(values) if v is not None), key=lambda i: len(values[i] or []))
            return self._driven(words, values[driving] or [], driving, limit)
        return self._merged([v or [] for v in values], limit)

    def _driven(self, words: list[list[str]], stored: list[str], driving: int, limit: int) -> list[int]:
        other = self.model.alias("other")
        ids: set[int] = set()
        for value in stored:
            query = self.model.select(self.owner).where(self.token == value)
            for word in words[:driving] + words[driving + 1 :]:
                word_of = getattr(other, self.token.name)
                ranges = reduce(or_, ((word_of >= p) & (word_of < p + TOP) for p in word))
                exists = other.select(SQL("1")).where((getattr(other, self.owner.name) == self.owner) & ranges)
                query = query.where(fn.EXISTS(exists))
            newest = query.order_by(self.owner.desc()).limit(limit).tuples()
            ids.update(r[0] for r in cast("Iterable[tuple[int]]", newest))
        return sorted(ids, reverse=True)[:limit]

    def _merged(self, values: list[list[str]], limit: int) -> list[int] | None:
        database = self.model._meta.database
        mark = database.param
        # Plain SQL: thousands of ids per list, read without building a query object per row (3 × faster).
        sql = (
            f'SELECT "{self.owner.column_name}" FROM "{self.model._meta.table_name}" WHERE "token" = {mark} '
            f'ORDER BY "{self.owner.column_name}" DESC LIMIT {mark}'
        )
        depth = max(limit * 5, 1000)
        while True:
            sets, frontier = [], 0
            for stored in values:
                ids: set[int] = set()
                for value in stored:
                    got = [r[0] for r in database.execute_sql(sql, (value, depth)).fetchall()]
                    ids.update(got)
                    if len(got) == depth:  # this list goes on below its last id: only above it is complete
                        frontier = max(frontier, got[-1])
                sets.append(ids)
            common = sorted((i for i in set.intersection(*sets) if i >= frontier), reverse=True)
            if len(common) >= limit or frontier == 0:
                return common[:limit]
            if depth >= DEEPEST:
                return None  # words that seldom meet: the walk finds the older ones
            depth *= 4

    def narrow(
        self, query: pw.SelectQuery, words: list[list[str]], selective: int, limit: int | None = None
    ) -> pw.SelectQuery | None:
        """``query`` limited to rows matching every word, or None when some word matches nothing.

        ``limit``: the page wanted, newest first (``query`` has no other condition on the rows then); it lets
        common words be read newest first from the index instead of walking the rows.
        """
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
        elif limit is not None:
            ids = self.newest(words, limit)
            if ids is not None:
                return query.where(self.owner_id.in_(ids))
        for word in words:
            query = query.where(self.has(word))
        return query
