"""Evidence outside the store: what the checks cost on a long audit chain, with peers in the same run.

- comparing the chain with a backup (``chain_anchors.compare_with_backups``) vs the sqlite3 command line
  doing the same comparison as one SQL join over the attached backup;
- checking one RFC 3161 token of the chain head with pyHanko (``timestamps.check_token``) vs
  ``openssl ts -verify`` on the same token;
- the whole ``verify`` with three backups to compare, for scale.

    .venv/bin/python bench/bench_anchors.py [EVENTS]     # default 200,000 events

The store is built once in ``bench/out/`` (bulk inserts, real chain hashes).
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import smoke

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from printproof.services.admin import pins  # noqa: E402

pins.use_cost(pins.TEST_COST)  # the benchmark's staff sign in at once (the PIN's own cost: bench_pin.py)

OUT = smoke.OUT / "anchors"
RUNS = smoke.size(3, 1)


def median_time(fn) -> tuple[float, object]:  # noqa: ANN001
    times, result = [], None
    for _ in range(RUNS):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def build(events: int) -> Path:
    from printproof.services.admin import setup
    from printproof.store.chain import CHAIN_COUNTER, event_hash
    from printproof.store.db import open_store
    from printproof.store.migrations import now
    from printproof.store.models import AuditEvent, Counter, db

    path = OUT / f"store-{events}.sqlite3"
    if path.exists():
        open_store(str(path))
        return path
    OUT.mkdir(parents=True, exist_ok=True)
    open_store(str(path))
    setup.setup("Bench-Druckerei", "Anna Owner", "123456", "de")
    last = AuditEvent.select().order_by(AuditEvent.seq.desc()).first()
    prev, seq = last.hash, last.seq
    rows = []
    with db.atomic():
        for i in range(events - seq):
            seq += 1
            fields = {
                "seq": seq,
                "created_at": now().isoformat(timespec="microseconds"),
                "staff": None,
                "workstation": "bench",
                "kind": "bench.event",
                "order": None,
                "subject": "",
                "payload": {"n": i},
            }
            digest = event_hash(prev, fields)
            rows.append(
                {
                    "seq": seq,
                    "created_at": fields["created_at"],
                    "staff": None,
                    "workstation": "bench",
                    "kind": "bench.event",
                    "order": None,
                    "subject": "",
                    "payload": json.dumps({"n": i}),
                    "prev_hash": prev,
                    "hash": digest,
                }
            )
            prev = digest
            if len(rows) == 5000:
                AuditEvent.insert_many(rows).execute()
                rows = []
        if rows:
            AuditEvent.insert_many(rows).execute()
        Counter.update(value=seq).where(Counter.name == CHAIN_COUNTER).execute()
    return path


def main() -> None:
    events = int(sys.argv[1]) if len(sys.argv) > 1 else smoke.size(200_000, 200)
    started = time.perf_counter()
    path = build(events)
    size, took = path.stat().st_size / 1e6, time.perf_counter() - started
    print(f"store: {events:,} audit events ({size:.0f} MB), ready in {took:.1f} s")

    from printproof.services.evidence.backup import make_backup
    from printproof.services.evidence.chain_anchors import compare_with_backups, newest_backups
    from printproof.services.evidence.verify import verify_store

    folder = OUT / "backups"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    made = make_backup(None, folder / "printproof-backup-20260101-000000.sqlite3")
    print(f"backup: {made.size / 1e6:.0f} MB, chain head event {made.head.seq}")

    ours, compared = median_time(lambda: compare_with_backups(folder, 1))
    assert compared.compared and not compared.findings
    print(f"compare chain with one backup (PrintProof): median {ours * 1000:.0f} ms ({RUNS} runs)")
    sqlite = shutil.which("sqlite3")
    if sqlite:
        backup = newest_backups(folder, 1)[0]
        sql = (
            f"ATTACH '{backup}' AS b; SELECT count(*) FROM b.audit_event x LEFT JOIN main.audit_event y "
            "ON y.seq = x.seq WHERE y.hash IS NULL OR y.hash != x.hash;"
        )
        peer, answer = median_time(
            lambda: subprocess.run([sqlite, str(path)], input=sql, capture_output=True, text=True).stdout
        )
        assert answer.strip() == "0", answer
        ratio = ours / peer
        print(f"the same, one sqlite3 CLI join: median {peer * 1000:.0f} ms  (PrintProof/sqlite3 = {ratio:.2f})")

    whole, report = median_time(lambda: verify_store(compare_backups=True))
    print(f"whole verify incl. backup comparison: median {whole:.2f} s ({report.counts['audit events']:,} events)")

    from printproof.services.evidence import timestamps
    from printproof.services.evidence.chain_anchors import chain_head
    from tests.support.tsa_server import LoopbackTSA

    tsa = LoopbackTSA().start()
    try:
        from printproof.services.admin import setup
        from printproof.services.admin.staff import sign_in

        owner = sign_in("Anna Owner", "123456")
        setup.change_settings(owner, {"timestamp.url": tsa.url, "timestamp.ca_pem": tsa.ca_pem.decode()})
        head = chain_head()
        message = timestamps.head_message(head.seq, head.hash)
        asked, token = median_time(lambda: timestamps.request_token(message))
        print(f"one token from the loopback authority: median {asked * 1000:.0f} ms")
        ours_check, checked = median_time(lambda: timestamps.check_token(token, message))
        assert checked.intact and checked.trusted
        print(f"check one token (PrintProof, pyHanko):  median {ours_check * 1000:.1f} ms")
        openssl = shutil.which("openssl")
        if openssl:
            (OUT / "token.der").write_bytes(token)
            (OUT / "ca.pem").write_bytes(tsa.ca_pem)
            import hashlib

            digest = hashlib.sha256(message).hexdigest()
            cmd = [
                openssl,
                "ts",
                "-verify",
                "-token_in",
                "-in",
                str(OUT / "token.der"),
                "-digest",
                digest,
                "-CAfile",
                str(OUT / "ca.pem"),
            ]
            peer_check, result = median_time(lambda: subprocess.run(cmd, capture_output=True, text=True))
            ok = "OK" in result.stdout
            print(
                f"check one token (openssl ts -verify):  median {peer_check * 1000:.1f} ms "
                f"({'verified' if ok else 'refused: ' + result.stderr.strip()[:80]}; "
                f"PrintProof/openssl = {ours_check / peer_check:.2f})"
            )
    finally:
        tsa.stop()


if __name__ == "__main__":
    main()
