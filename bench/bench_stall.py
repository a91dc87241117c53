"""The whole counter story at a million orders: how long the GUI thread was blocked in each step.

Tells tests/support/gui_story.py's story in a real window (Xvfb + openbox, 1440×900) twice in one run: in a copy of
bench_search.py's bench/out/orders-1000000-v<schema>-<fingerprint>.sqlite3 (the demo shop + a million orders,
built when missing) and, as the peer, in a new empty shop. A heartbeat timer on the GUI thread (every 20 ms) records
the longest gap between two turns of the event loop in each step: sign in, search, new order, artwork,
proofs, changes requested, approve, production, pickup, complaint, the owner's decision, certificate and
dossier. The goal is under 100 ms in every step. Prints the table; asserts nothing.

While a heartbeat is overdue, a thread samples the GUI thread's Python stack every 4 ms: for each step the
benchmark names what its worst block was doing (the slot Qt called and the frame it was in; "Qt itself"
when no app code was on the stack: layout, painting, window events). The full reports are kept in
bench/out/stall-million.json and bench/out/stall-new.json.

    .venv/bin/python bench/bench_stall.py
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_search import COUNT, store_path
from smoke import OUT, SMOKE

ROOT = Path(__file__).resolve().parent.parent
GOAL_MS = 100


def million_store() -> Path:
    """bench_search.py's store (named by its schema's fingerprint: a store of another schema is not measured)."""
    path = store_path()
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "bench_search.py")], check=True, cwd=ROOT)
    return path


def tell(store: Path | None, work: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    from tests.support.real_window import real_display  # the same screen and window manager as the tests

    report = OUT / f"stall-{'million' if store else 'new'}.json"
    report.unlink(missing_ok=True)
    command = [sys.executable, "-m", "tests.support.gui_story", "--out", str(report), "--language", "de", "--sample"]
    if store is not None:
        command += ["--store", str(store)]
    if SMOKE:  # the whole story is told by tests/e2e/test_real_window.py; here the harness is what is checked
        command.append("--short")
    env_extra: dict[str, str] = {}
    with real_display("1440x900") as env:
        done = subprocess.run(command, env={**env, **env_extra}, cwd=ROOT, timeout=1800, capture_output=True, text=True)
    if not report.exists():
        raise SystemExit(f"The story wrote no report:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return json.loads(report.read_text())


def why(gap_ms: int, where: dict) -> str:
    """A first reading of one worst gap, in words: the GUI thread's own CPU time in it, the whole process's,
    and where the stack samples found the GUI thread."""
    gui, process = where.get("gui_cpu_ms", 0), where.get("process_cpu_ms", 0)
    cpu = f"GUI thread on the CPU {gui} ms, the whole process {process} ms of the {gap_ms} ms; "
    if gui < gap_ms / 3:
        if process < gap_ms / 3:
            return cpu + "the process hardly ran: it waited (disk, page faults) or the machine's cores were taken"
        return cpu + "another thread of the app ran and held Python's interpreter lock meanwhile"
    expected = max(1, (gap_ms - 30) // 4)  # one sample every 4 ms once the heartbeat is 30 ms late
    if where["samples"] < expected / 4:
        return cpu + "the GUI thread ran C code that kept Python's interpreter lock (no sample could be taken)"
    handlers = dict(where["handlers"])
    if handlers.get("(Qt itself: layout, painting, window events)", 0) >= 0.5:
        return cpu + "mostly Qt's own work (layout, painting, window events) with no app code on the stack"
    top = where["handlers"][0][0] if where["handlers"] else "?"
    return cpu + f"mostly app code, called from {top}"


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="printproof-stall-"))
    load_before = os.getloadavg()
    try:
        source = million_store()
        copy = work / "million.sqlite3"
        shutil.copy2(source, copy)  # the story adds an order; the benchmark's store stays as built
        keys = source.parent / "printproof-signing"  # the shop's signing key lives beside its store
        if keys.exists():
            shutil.copytree(keys, work / keys.name)
        big = tell(copy, work)
        # A smoke run skips the peer: the same story in a new shop, which tests/e2e/test_real_window.py tells too.
        small = tell(None, work) if not SMOKE else {"errors": [], "worst_gap_ms": {}, "stalls": []}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for name, report in (("million", big), ("new shop", small)):
        if report["errors"]:
            print(f"The story in the {name} failed:\n" + "\n".join(report["errors"])[-3000:])
    load_after = os.getloadavg()
    print(
        f"Machine: {os.cpu_count()} cores; load average (1 min) {load_before[0]:.2f} before, "
        f"{load_after[0]:.2f} after (the benchmark itself keeps about one core busy)."
    )
    steps = [s for s in big["worst_gap_ms"] if s != "start"]
    print(f"Longest block of the GUI thread per step (ms), real window 1440×900, {COUNT:,} orders vs a new shop:")
    print(f"  {'step':<26}{'1 M orders':>11}{'new shop':>10}{'ratio':>7}")
    over = []
    for step in steps:
        ms, peer = big["worst_gap_ms"][step], small["worst_gap_ms"].get(step)
        ratio = f"{ms / peer:.1f}" if peer else "–"
        print(f"  {step:<26}{ms:>11}{peer if peer is not None else '–':>10}{ratio:>7}")
        if ms >= GOAL_MS:
            over.append(step)
    print(
        f"Goal: under {GOAL_MS} ms in every step; " + (f"over it: {', '.join(over)}." if over else "every step met it.")
    )
    for name, report in (("1 M orders", big), ("new shop", small)):
        for step in steps:
            where = report.get("where", {}).get(step)
            if not where or report["worst_gap_ms"].get(step, 0) < GOAL_MS:
                continue
            gap = report["worst_gap_ms"][step]
            print(f"\n{step} ({name}, {gap} ms, {where['samples']} samples): {why(gap, where)}")
            for at, share in where["handlers"]:
                print(f"  {share:>4.0%} in {at}")
            for at, share in where["inside"]:
                print(f"  {share:>4.0%}   at {at}")
    for stall in big["stalls"]:
        print(f"\nBlocked in {stall['step']} for over {stall['seen_after_s']} s:\n{stall['stack'][-1500:]}")
    if SMOKE and big["errors"]:
        raise SystemExit("A smoke run fails when the story does (see above).")


if __name__ == "__main__":
    main()
