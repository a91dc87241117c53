"""The counter app at shop scale: cold start to a usable window, and pickup lookup to a shown record.

Uses bench_search.py's bench/out/orders-1000000-v<schema>-<fingerprint>.sqlite3 (the demo shop + a million
orders; bench_search.py is run first when it is missing). Runs offscreen; prints median wall times.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench_search import store_path
from smoke import SMOKE, env_int, size

ROOT = Path(__file__).resolve().parent.parent

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


def cold_start(store: Path, repeats: int) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", COLD, str(store)], check=True, capture_output=True, text=True, cwd=ROOT, env=env
        )
        times.append((time.perf_counter() - t, float(out.stdout.split()[-1])))
    return times


def pickup_lookup(path: Path, repeats: int) -> tuple[list[float], list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from printproof.services.admin import staff
    from printproof.store.db import open_store
    from printproof.store.models import Order
    from printproof.ui.main_window import MainWindow

    if SMOKE:
        from printproof.services.admin import pins

        pins.use_cost(pins.TEST_COST)  # the smoke store's PINs are at the tests' cost: not re-hashed at sign-in
    app = QApplication.instance() or QApplication(["printproof"])
    store = open_store(str(path))
    window = MainWindow(store.location)
    window.resize(1440, 900)
    window.show()
    window.session.sign_in(staff.sign_in("Tom Keller", "1111"))
    window.show_tab("pickup")
    app.processEvents()
    lookups, renders = [], []
    # The demo shop's 6th to 8th orders (two ready, one picked up), numbered in the year the store was built.
    numbers = [number for (number,) in Order.select(Order.number).order_by(Order.id).offset(5).limit(3).tuples()]
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


def million_store() -> Path:
    """bench_search.py's store (named by its schema's fingerprint: a store of another schema is not measured)."""
    path = store_path()
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "bench_search.py")], check=True, cwd=ROOT)
    return path


def main() -> None:
    store = million_store()
    repeats = env_int("BENCH_REPEATS", 5, 1)
    colds = cold_start(store, repeats)
    print(f"Counter app with {store.stem.split('-')[1]} orders (median of {repeats}, offscreen):")
    print(
        f"  cold start to the sign-in screen: {statistics.median(c[0] for c in colds):.2f} s process wall time "
        f"({statistics.median(c[1] for c in colds):.2f} s after the interpreter started)"
    )
    lookups, renders = pickup_lookup(store, max(repeats, size(9, 1)))
    print(
        f"  pickup: number + Enter to the record on screen: {statistics.median(lookups) * 1000:.0f} ms; "
        f"with the approved proof page rendered: {statistics.median(renders) * 1000:.0f} ms "
        f"(max {max(renders) * 1000:.0f} ms)"
    )


if __name__ == "__main__":
    main()
