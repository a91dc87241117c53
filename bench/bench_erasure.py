"""Erasure at shop scale: the owner's list of orders past retention, and erasing one customer's order.

Builds bench/out/erasure-N.sqlite3 once (the demo shop with its files + N bulk orders, each with three audit
events spread over 15 years, so a third are past a 10-year retention), copies it, then prints:
the time of ``due_orders`` (Settings → Privacy), of one erasure split into its transaction and the compaction
(VACUUM and a truncated WAL), and — as the peer in the same run — the ``sqlite3`` command line's own VACUUM of
the same file, so the compaction's cost reads as a ratio.

    BENCH_ORDERS=100000 .venv/bin/python bench/bench_erasure.py
"""

from __future__ import annotations

import shutil
import subprocess
import time
from datetime import timedelta

from smoke import OUT, SMOKE, env_int

COUNT = env_int("BENCH_ORDERS", 100_000, 200)


def main() -> None:
    from printproof.services.admin import demo
    from printproof.services.admin.staff import sign_in
    from printproof.services.core import retention
    from printproof.services.privacy import erasure
    from printproof.store.db import open_store
    from printproof.store.models import Order, db

    if SMOKE:
        from printproof.services.admin import pins

        pins.use_cost(pins.TEST_COST)  # a smoke run: the demo staff's PINs hashed at the tests' cost
    OUT.mkdir(parents=True, exist_ok=True)
    built = OUT / f"erasure-{COUNT}.sqlite3"
    if not built.exists():
        store = open_store(str(built))
        demo.fill(COUNT)
        _history(COUNT)
        store.close()
    work = OUT / "erasure-work.sqlite3"
    peer = OUT / "erasure-peer.sqlite3"
    for target in (work, peer):
        shutil.copyfile(built, target)
    size = work.stat().st_size
    store = open_store(str(work))
    owner = sign_in("Anna Becker", "123456")
    t = time.perf_counter()
    due = retention.due_orders()
    listed = time.perf_counter() - t
    number = due[0].number
    t = time.perf_counter()
    from printproof.store.db import write

    with write():
        orders = [Order.get(Order.number == number)]
        erasure._erase(owner, orders, "retention", retention.clock())
    step = time.perf_counter() - t
    t = time.perf_counter()
    erasure.compact()
    compacted = time.perf_counter() - t
    db.close()
    store.close()
    sqlite = shutil.which("sqlite3")
    if sqlite or not SMOKE:  # the peer: a smoke run on a machine without the sqlite3 CLI skips it
        t = time.perf_counter()
        subprocess.run([sqlite or "sqlite3", str(peer), "VACUUM"], check=True)
        peer_vacuum = time.perf_counter() - t
    print(f"store: {COUNT:,} bulk orders + the demo shop, {size / 1e6:.0f} MB")
    print(f"orders past retention (due_orders):       {listed * 1000:8.0f} ms  ({len(due):,} orders)")
    print(f"erase one order (sealed, one transaction): {step * 1000:8.0f} ms")
    print(f"compaction (VACUUM + WAL truncated):       {compacted * 1000:8.0f} ms")
    if sqlite or not SMOKE:
        ratio = compacted / peer_vacuum
        print(f"peer: sqlite3 CLI VACUUM of the same file: {peer_vacuum * 1000:8.0f} ms  (ratio {ratio:.2f})")
    for target in (work, peer):
        target.unlink(missing_ok=True)


def _history(count: int) -> None:
    """Give every bulk order three audit events (taken, proof, picked up), spread over the last 15 years, so
    that about a third have passed a 10-year retention — chained as the store chains them."""
    import json
    import random

    from printproof.store.chain import CHAIN_COUNTER, event_fields, event_hash
    from printproof.store.counters import next_value
    from printproof.store.db import write
    from printproof.store.migrations import now
    from printproof.store.models import AuditEvent, Order

    rng = random.Random(count)
    ids = [oid for (oid,) in Order.select(Order.id).where(Order.notes == "").tuples()]
    with write():
        prev = AuditEvent.select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).scalar()
        seq = next_value(CHAIN_COUNTER, 3 * len(ids)) - 3 * len(ids)
        rows = []
        for oid in ids:
            start = now() - timedelta(days=rng.uniform(0, 15 * 365))
            for n, kind in enumerate(("order.created", "proof.made", "pickup.recorded")):
                seq += 1
                event = AuditEvent(
                    seq=seq,
                    created_at=start + timedelta(days=n * 3),
                    staff=None,
                    workstation="bench",
                    kind=kind,
                    order=oid,
                    subject="",
                    payload=json.dumps({}),
                    prev_hash=prev,
                    hash="",
                )
                event.hash = prev = event_hash(prev, event_fields(event))
                rows.append(event.__data__)
            if len(rows) >= 3000:
                AuditEvent.insert_many(rows).execute()
                rows = []
        if rows:
            AuditEvent.insert_many(rows).execute()


if __name__ == "__main__":
    main()
