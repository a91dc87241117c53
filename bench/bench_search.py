"""Forgiving search over a million orders: the orders list, the customer directory and the pickup field.

Builds bench/out/orders-1000000-v<schema>-<fingerprint>.sqlite3 once (the demo shop + 1,000,000 bulk orders of
about 333,000 returning customers with names from many countries; the fingerprint names the tables and columns,
so a store of another schema is never measured), then prints the median time of each query shape — typed the
ways counter staff type names ("mueller" for Müller, "sahin" for Şahin, "iwanowa" for Иванова) — next to a peer
in the same run: SQLite's own full-text search (FTS5, unicode61 tokenizer with diacritics removed, prefix
queries) over the same names, companies, phones and e-mails. FTS5 forgives accents only: it finds "muller" but
not "mueller", "lukasz" but not "Łukasz" (Ł is a letter of its own), and no Cyrillic or Greek typed in Latin
letters; its figure is what a plain full-text index costs for the same question.

    BENCH_ORDERS=1000000 .venv/bin/python bench/bench_search.py
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from smoke import OUT, SMOKE, env_int, size

COUNT = env_int("BENCH_ORDERS", 1_000_000, 200)
RUNS = size(15, 1)


def median_ms(fn: Callable[[], object]) -> tuple[float, object]:
    result = fn()
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, result


def build_peer(store: Path, peer: Path) -> None:
    """An FTS5 index of every order's number, customer name, company, phone and e-mail, from the same store."""
    if peer.exists():
        return
    start = time.perf_counter()
    con = sqlite3.connect(peer)
    con.execute(f"ATTACH DATABASE '{store}' AS shop")
    con.execute(
        "CREATE VIRTUAL TABLE orders_fts USING fts5(number, name, company, phone, email, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    con.execute(
        "INSERT INTO orders_fts (rowid, number, name, company, phone, email) "
        'SELECT o.id, o.number, c.name, c.company, c.phone, c.email FROM shop."order" o '
        "JOIN shop.customer c ON c.id = o.customer_id"
    )
    con.commit()
    con.close()
    print(f"Built the FTS5 peer index in {time.perf_counter() - start:.0f} s ({peer.stat().st_size / 1e6:.0f} MB)")


def schema_fingerprint() -> str:
    """A short digest of every table and column the app's models name: a store built by another schema (an
    older branch that called itself the same version) is never measured; a new one is built instead."""
    import hashlib

    from printproof.store.migrations import CURRENT
    from printproof.store.models import ALL_MODELS

    tables = sorted((m._meta.table_name, sorted(f.column_name for f in m._meta.sorted_fields)) for m in ALL_MODELS)
    return f"v{CURRENT}-" + hashlib.sha256(repr(tables).encode()).hexdigest()[:8]


def store_path() -> Path:
    """The store this benchmark builds and bench_gui.py and bench_stall.py use: the demo shop + COUNT orders."""
    return OUT / f"orders-{COUNT}-{schema_fingerprint()}.sqlite3"


def main() -> None:
    from printproof.services.admin import demo
    from printproof.services.core import customers, orders
    from printproof.services.counter import pickup
    from printproof.store.db import open_store

    if SMOKE:
        from printproof.services.admin import pins

        pins.use_cost(pins.TEST_COST)  # a smoke run: the demo staff's PINs hashed at the tests' cost
    OUT.mkdir(parents=True, exist_ok=True)
    path = store_path()
    fresh = not path.exists()
    open_store(str(path))
    if fresh:
        start = time.perf_counter()
        demo.fill(COUNT)
        print(
            f"Built a store with {COUNT:,} orders in {time.perf_counter() - start:.0f} s "
            f"({path.stat().st_size / 1e6:.0f} MB)"
        )
    peer_path = path.with_name(f"{path.stem}-fts5.sqlite3")  # the same orders as the store measured
    build_peer(path, peer_path)
    peer = sqlite3.connect(peer_path)

    def fts(query: str) -> list:
        sql = "SELECT o.rowid FROM orders_fts o WHERE orders_fts MATCH ? ORDER BY o.rowid DESC LIMIT 200"
        return peer.execute(sql, (query,)).fetchall()

    total = orders.order_count()
    last = orders.search_orders("", limit=1)[0].number
    # (label, typed, what FTS5 is asked for the same question)
    queries = [
        ("exact number (scanner)", last, f'number:"{last}"'),
        ("number, no year", last.split("-")[1][:-1], f'"{last.split("-")[1][:-1]}"*'),
        ("surname as written", "müller", "müller*"),
        ("surname, ue for ü", "mueller", "mueller*"),
        ("surname, no umlaut", "muller", "muller*"),
        ("Ş typed as s", "sahin", "sahin*"),
        ("Ł typed as l", "lukasz", "lukasz*"),
        ("Ø typed as oe", "oedegard", "oedegard*"),
        ("Cyrillic typed in Latin", "iwanowa", "iwanowa*"),
        ("Greek typed in Latin", "papadopoulos", "papadopoulos*"),
        ("first letters", "łuk", "łuk*"),
        ("two words", "ayse sahin", "ayse* sahin*"),
        ("two common words", "jonas muller", "jonas* muller*"),
        ("phone digits", "0171 23", '"0171"* "23"*'),
        ("name and phone digits", "iwanowa 171", 'iwanowa* "171"*'),
        ("e-mail", "sophie.4711@example.de", '"sophie" "4711" "example" "de"'),
        ("no match", "zzzzqx", "zzzzqx*"),
    ]
    print(f"\norder list --search over {total:,} orders (median of {RUNS}, first 200 rows), beside FTS5:")
    print(f"  {'query':<26}{'typed':<24}{'PrintProof':>12}{'rows':>6}{'FTS5':>10}{'rows':>6}{'ratio':>8}")
    worst = 0.0
    for label, typed, peer_query in queries:
        ours, rows = median_ms(lambda t=typed: orders.search_orders(t))
        theirs, found = median_ms(lambda q=peer_query: fts(q))
        worst = max(worst, ours)
        print(
            f"  {label:<26}{typed:<24}{ours:>9.1f} ms{len(rows):>6}{theirs:>7.1f} ms{len(found):>6}"
            f"{ours / theirs if theirs else float('nan'):>7.1f}×"
        )
    print(f"  slowest order search: {worst:.1f} ms")

    print(f"\ncustomer list --search ({customers.search_customers('', limit=1)[0].id:,} directory entries; first 50):")
    worst = 0.0
    for label, typed, _peer in queries[2:]:
        ours, rows = median_ms(lambda t=typed: customers.search_customers(t))
        worst = max(worst, ours)
        print(f"  {label:<26}{typed:<24}{ours:>9.1f} ms{len(rows):>6}")
    print(f"  slowest customer search: {worst:.1f} ms")

    print("\npickup field (a name typed: ready orders first; a number: the record):")
    for label, typed in (("name, ue for ü", "mueller"), ("Cyrillic typed in Latin", "iwanowa"), ("number", last)):
        ours, rows = median_ms(lambda t=typed: pickup.pickup_candidates(t))
        print(f"  {label:<26}{typed:<24}{ours:>9.1f} ms{len(rows):>6}")
    ours, _ = median_ms(lambda: pickup.find_for_pickup(last))
    print(f"  {'pickup lookup (service)':<50}{ours:>9.1f} ms")


if __name__ == "__main__":
    sys.exit(main())
