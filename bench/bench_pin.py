"""What a PIN check costs, and so what guessing every PIN offline costs someone who copied the store.

Times PrintProof's own PIN check (``pins.pin_matches`` at ``pins.PIN_COST``) and, as a peer in the same
run, OpenSSL's scrypt (``openssl kdf … SCRYPT``) with the same parameters; then prints what searching all
10^4, 10^6 six-digit and 10^8 eight-digit PINs takes on one core and on an 8-core desktop (if all eight
cores guess at once, each with its own 256 MiB).

    .venv/bin/python bench/bench_pin.py
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import time

from smoke import size

RUNS = size(5, 1)


def _days(seconds: float) -> str:
    return f"{seconds / 86400:,.1f} days" if seconds >= 86400 else f"{seconds / 3600:,.1f} hours"


def main() -> None:
    from printproof.services.admin import pins

    n, r, p = pins.PIN_COST
    stored = pins.hash_pin("483915")
    ours = []
    for _ in range(RUNS):
        started = time.perf_counter()
        assert not pins.pin_matches("000000", stored)
        ours.append(time.perf_counter() - started)
    check = statistics.median(ours)
    print(f"scrypt N=2^{n.bit_length() - 1}, r={r}, p={p}: {128 * r * n / 2**20:.0f} MiB per check")
    print(f"PrintProof PIN check: median {check:.2f} s of one core ({RUNS} runs, {min(ours):.2f}–{max(ours):.2f} s)")
    openssl = shutil.which("openssl")
    if openssl:
        peer = []
        for _ in range(RUNS):
            started = time.perf_counter()
            subprocess.run(
                [
                    openssl,
                    "kdf",
                    "-keylen",
                    "32",
                    "-kdfopt",
                    "pass:000000",
                    "-kdfopt",
                    "hexsalt:00112233445566778899aabbccddeeff",
                    "-kdfopt",
                    f"n:{n}",
                    "-kdfopt",
                    f"r:{r}",
                    "-kdfopt",
                    f"p:{p}",
                    "-kdfopt",
                    "maxmem_bytes:1073741824",
                    "SCRYPT",
                ],
                check=True,
                capture_output=True,
            )
            peer.append(time.perf_counter() - started)
        print(
            f"openssl kdf SCRYPT, same parameters: median {statistics.median(peer):.2f} s "
            f"(PrintProof takes {check / statistics.median(peer):.2f} × its time)"
        )
    for what, count in (("4-digit PINs", 10**4), ("6-digit PINs", 10**6), ("8-digit PINs", 10**8)):
        print(
            f"all {count:>11,} {what}: {_days(count * check):>14} on one core, "
            f"{_days(count * check / 8):>14} on 8 cores"
        )


if __name__ == "__main__":
    main()
