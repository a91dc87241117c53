"""Order search over a million orders (the counter's "type to find" and the scanner lookup).

Builds bench/out/million.sqlite3 once (demo shop + 1,000,000 bulk orders), then prints the
median time of ``search_orders`` for typical inputs.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
COUNT = int(os.environ.get("BENCH_ORDERS", "1000000"))


def main() -> None:
    from printproof.services import demo, orders, pickup
    from printproof.store.db import open_store

    OUT.mkdir(exist_ok=True)
    path = OUT / f"orders-{COUNT}.sqlite3"
    fresh = not path.exists()
    open_store(str(path))
    if fresh:
        t = time.perf_counter()
        demo.fill(COUNT)
        print(
            f"Built a store with {COUNT:,} orders in {time.perf_counter() - t:.0f} s "
            f"({path.stat().st_size / 1e6:.0f} MB)"
        )
    total = orders.order_count()
    last = orders.search_orders("", limit=1)[0].number
    queries = {
        "exact number (scanner)": last,
        "number prefix (no year)": last.split("-")[1][:-1],
        "number with year, partial": last[:-1],
        "surname (many hits)": "müller",
        "name prefix": "łuk",
        "two words": "ayşe şahin",
        "phone digits": "0171 23",
        "e-mail": "sophie.4711@example.de",
        "no match": "zzzzqx",
    }
    print(f"order list --search over {total:,} orders (median of 15, first 200 rows):")
    for label, text in queries.items():
        times = []
        for _ in range(15):
            t = time.perf_counter()
            rows = orders.search_orders(text)
            times.append(time.perf_counter() - t)
        print(f"  {label:<24} {statistics.median(times) * 1000:7.1f} ms  ({len(rows)} rows)")
    times = []
    for _ in range(15):
        t = time.perf_counter()
        pickup.find_for_pickup(last)
        times.append(time.perf_counter() - t)
    print(f"  pickup lookup (service) {statistics.median(times) * 1000:7.1f} ms")


if __name__ == "__main__":
    sys.exit(main())
