"""Open the shop's store for a program (the app, the command line, the automatic backup)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

from ...store.db import Store, open_store, resolve_url, translate_errors


@dataclass(frozen=True)
class OpenStore:
    """The store a program works with: where it is (for people: path or URL without password) and its URL."""

    location: str
    url: str
    kind: str
    _store: Store

    def close(self) -> None:
        self._store.close()


def open_shop_store(url: str | None = None) -> OpenStore:
    """Open (create or upgrade) the store at ``url``, ``PRINTPROOF_DB`` or the data folder's file."""
    store = open_store(url)
    return OpenStore(store.location, resolve_url(url), store.kind, store)


@contextlib.contextmanager
def reading() -> Iterator[None]:
    """Reads for a screen refreshing on its own: a database away for a moment becomes one sentence
    (:class:`StoreError`), anything else stays a bug."""
    with translate_errors():
        yield
