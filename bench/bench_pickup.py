"""Pickup: the number typed (or scanned) and Enter → every fact a dispute turns on, read and decoded.

Measured in-process on the demo shop (a disputed and decided order with photos, two hand-overs' worth of records)
and, where ``BENCH_STORE`` names one (bench_search.py builds bench/out/orders-1000000-…sqlite3), on a store of a
million orders: the whole read the pickup screen does in the background (the pickup view with its evidence:
approval re-verified, checklist, terms, findings, the press profile read from the proof, hand-overs with their
signatures, complaints with their photos upright, decisions, copies, times; then the pictures decoded for the
screen), beside the peer in the same run — the plain lookup of the order by its number, which is all the screen
read before.

    .venv/bin/python bench/bench_pickup.py
    BENCH_STORE=bench/out/orders-1000000-….sqlite3 .venv/bin/python bench/bench_pickup.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from smoke import env_int

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

RUNS = env_int("BENCH_RUNS", 15, 1)


def median_ms(fn) -> float:  # noqa: ANN001
    fn()
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from printproof.services.admin import demo, pins
    from printproof.services.core import orders
    from printproof.services.counter import pickup
    from printproof.store.db import open_store
    from printproof.ui.counter.pickup_evidence import evidence_images
    from printproof.ui.counter.pickup_screen import read_pickup

    pins.use_cost(pins.TEST_COST)
    app = QApplication.instance() or QApplication([])  # QImage decoding, as the screen's background read does
    work = Path(tempfile.mkdtemp(prefix="printproof-bench-pickup-"))
    try:
        given = os.environ.get("BENCH_STORE")
        if given:
            path = work / "store.sqlite3"
            shutil.copy(given, path)
        else:
            path = work / "demo.sqlite3"
        store = open_store(str(path))
        if not given:
            demo.fill(0)
        from printproof.store.models import Order

        # The richest record: a resolved complaint (the demo shop's, also inside the million-order store).
        resolved = Order.select(Order.number).where(Order.status == "resolved").order_by(Order.id).first()
        number = resolved.number if resolved is not None else orders.search_orders("", limit=1)[0].number
        view = pickup.pickup_view(number)
        facts = view.facts
        print(
            f"{'store':>10}: {path.name} · order {number}: {len(facts.handovers)} hand-over(s), "
            f"{len(facts.complaints)} complaint(s), {sum(len(c.photos) for c in facts.complaints)} photo(s)"
        )
        plain = median_ms(lambda: orders.find_order(number, None))
        everything = median_ms(lambda: read_pickup(number, None))
        decode = median_ms(lambda: evidence_images(view))
        rows = [
            ("plain lookup of the number (peer)", plain, ""),
            ("pickup read: every fact + pictures decoded", everything, f" = {everything / plain:.0f} × peer"),
            ("of which the evidence pictures decoded", decode, ""),
        ]
        for what, ms, ratio in rows:
            print(f"{what:>48}: {ms:7.1f} ms{ratio}")
        store.close()
        del app
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
