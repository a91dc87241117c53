"""The counter app at shop scale: cold start to a usable window, and pickup lookup to a shown record.

Uses bench/out/orders-1000000.sqlite3 (made by bench_search.py: demo shop + a million orders).
Runs offscreen; prints median wall times.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
ROOT = Path(__file__).resolve().parent.parent
STORE = OUT / f"orders-{int(os.environ.get('BENCH_ORDERS', '1000000'))}.sqlite3"

COLD = r"""
import sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
from printproof.store.db import open_store
app = QApplication(["printproof"])
store = open_store(sys.argv[1])
from printproof.ui.main_window import MainWindow
w = MainWindow(store.location)
w.show()
app.processEvents()
assert w.pages.currentWidget() is w.sign_in and w.sign_in.names.count() > 0
print(time.perf_counter() - t0)
"""


def cold_start(repeats: int) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", COLD, str(STORE)], check=True, capture_output=True, text=True, cwd=ROOT, env=env
        )
        times.append((time.perf_counter() - t, float(out.stdout.split()[-1])))
    return times


def pickup_lookup(repeats: int) -> tuple[list[float], list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from printproof.services.admin import staff
    from printproof.store.db import open_store
    from printproof.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["printproof"])
    store = open_store(str(STORE))
    window = MainWindow(store.location)
    window.resize(1440, 900)
    window.show()
    window.session.sign_in(staff.sign_in("Tom Keller", "1111"))
    window.show_tab("pickup")
    app.processEvents()
    lookups, renders = [], []
    numbers = ["2026-00006", "2026-00007", "2026-00008"]
    for i in range(repeats):
        number = numbers[i % len(numbers)]
        t = time.perf_counter()
        window.pickup.search.setText(number)
        window.pickup.look_up()  # read in the background; the record is shown when it arrives
        while window.pickup.loading:
            app.processEvents()
            time.sleep(0.0005)
        app.processEvents()
        lookups.append(time.perf_counter() - t)
        # What QPdfView then does in its render thread: draw the approved page at the view's size.
        view = window.pickup.viewer.view
        page = window.pickup.viewer.current_page()
        size = window.pickup.viewer.document.pagePointSize(page)
        scale = min(view.width() / size.width(), view.height() / size.height())
        image = window.pickup.viewer.document.render(page, QSize(int(size.width() * scale), int(size.height() * scale)))
        assert not image.isNull()
        renders.append(time.perf_counter() - t)
    return lookups, renders


def main() -> None:
    if not STORE.exists():
        sys.exit(f"{STORE} is missing: run bench/bench_search.py first (it builds the million-order store).")
    repeats = int(os.environ.get("BENCH_REPEATS", "5"))
    colds = cold_start(repeats)
    print(f"Counter app with {STORE.stem.split('-')[1]} orders (median of {repeats}, offscreen):")
    print(
        f"  cold start to the sign-in screen: {statistics.median(c[0] for c in colds):.2f} s process wall time "
        f"({statistics.median(c[1] for c in colds):.2f} s after the interpreter started)"
    )
    lookups, renders = pickup_lookup(max(repeats, 9))
    print(
        f"  pickup: number + Enter to the record on screen: {statistics.median(lookups) * 1000:.0f} ms; "
        f"with the approved proof page rendered: {statistics.median(renders) * 1000:.0f} ms "
        f"(max {max(renders) * 1000:.0f} ms)"
    )


if __name__ == "__main__":
    main()
