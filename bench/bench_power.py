"""What the power ledger costs where people wait: every role check and every sign-in replays the chain's power
events (``store/power.py``), checking each signature.

Makes a shop with STAFF staff members whose roles and PINs changed CHANGES times (each a signed ``staff.sealed``),
then times, medians of RUNS:

- the ledger rebuilt from the store (after a power event was appended: once per change, in every process);
- a role check with the ledger cached (what every service call does);
- as the peer in the same run: the two indexed queries an owner's role check made before the ledger (the last
  ``staff.sealed`` of one person, their PIN's class), and ``cryptography``'s own Ed25519 verification of as many
  signatures.

    .venv/bin/python bench/bench_power.py [--staff 20] [--changes 200]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from smoke import size

RUNS = size(7, 1)


def median_time(work, runs: int = RUNS) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--staff", type=int, default=size(20, 3))
    parser.add_argument("--changes", type=int, default=size(200, 6))
    args = parser.parse_args()

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from printproof.domain.enums import Role
    from printproof.services.admin import pins, setup, staff
    from printproof.services.core import credentials
    from printproof.services.core.context import require
    from printproof.services.evidence import witness
    from printproof.store import power
    from printproof.store.db import open_store
    from printproof.store.models import AuditEvent, Staff

    pins.use_cost(pins.TEST_COST)  # the PIN's cost is bench_pin.py's subject, not this one's
    folder = Path(tempfile.mkdtemp(prefix="bench-power-"))
    try:
        witness.use_folder(folder / "witness")
        credentials.use_folder(folder / "credentials", keyring=False)
        open_store(str(folder / "store.sqlite3"))
        owner = setup.setup("Bench-Druckerei", "Anna Owner", "123456", "de").actor
        names = [f"Staff {i:03d}" for i in range(args.staff)]
        for name in names:
            staff.add_staff(owner, name, Role.COUNTER, "1111")
        for i in range(args.changes):
            name = names[i % len(names)]
            staff.set_role(owner, name, Role.DESIGNER if (i // len(names)) % 2 == 0 else Role.COUNTER)
        events = AuditEvent.select().where(AuditEvent.kind.in_(sorted(power.POWER_KINDS))).count()
        print(f"{args.staff} staff, {events} power events")

        def rebuild() -> None:
            power._cache.clear()
            power.ledger()

        rebuilt = median_time(rebuild)
        checked = median_time(lambda: [require(owner, Role.OWNER, action="x") for _ in range(100)]) / 100
        subject = f"staff:{owner.staff_id}"

        def old_query() -> None:
            for _ in range(100):
                AuditEvent.select(AuditEvent.payload).where(
                    (AuditEvent.subject == subject) & (AuditEvent.kind == power.STAFF_SEALED)
                ).order_by(AuditEvent.seq.desc()).scalar()
                Staff.select(Staff.pin_class).where(Staff.id == owner.staff_id).scalar()

        peer_check = median_time(old_query) / 100
        key = Ed25519PrivateKey.generate()
        public = key.public_key()
        signatures = [(key.sign(str(i).encode()), str(i).encode()) for i in range(events)]
        peer_verify = median_time(lambda: [public.verify(sig, msg) for sig, msg in signatures])
        print(f"ledger rebuilt from the store: median {rebuilt * 1000:.1f} ms")
        print(
            f"  the same number of Ed25519 verifications alone: {peer_verify * 1000:.1f} ms "
            f"(rebuild/verifications = {rebuilt / peer_verify:.1f})"
        )
        print(f"role check, ledger cached: median {checked * 1e6:.0f} µs")
        print(f"  the two queries it made before: {peer_check * 1e6:.0f} µs (ratio {checked / peer_check:.2f})")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
