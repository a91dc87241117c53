"""Screenshots of issue 13's screens (the directory, a returning customer, marking, the next cover, compare, a
complaint photo on the proof, names at pickup), rendered offscreen from the demo shop.

    .venv/bin/python scripts/screenshots_customers.py --size 1440x900 --language de --out docs/screenshots

Each screen is rendered at the given size (also 1024x768 and 1920x1080 to check that everything fits).
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1440x900")
    parser.add_argument("--language", choices=["de", "en"], default="de")
    parser.add_argument("--out", default="docs/screenshots")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="printproof-shots-"))
    os.environ["XDG_DATA_HOME"] = os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_CACHE_HOME"] = str(work)

    from PySide6.QtCore import QSettings

    from printproof.services.admin import pins
    from printproof.ui.application import create_app

    pins.use_cost(pins.TEST_COST)  # the demo's staff sign in at once
    app = create_app([sys.argv[0]], args.language)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(work / "settings"))
    from printproof.domain.markup import Mark, MarkKind
    from printproof.services.admin import demo, staff
    from printproof.services.core import orders
    from printproof.services.counter import disputes
    from printproof.services.proofing import proofs
    from printproof.store.db import open_store
    from printproof.ui.counter.align import AlignDialog
    from printproof.ui.main_window import MainWindow
    from printproof.ui.order.compare import CompareDialog
    from printproof.ui.order.orders import NewOrderDialog
    from printproof.ui.order.present import PresentDialog, read_present
    from printproof.workers.tasks import wait_for_tasks

    store = open_store(str(work / "demo.sqlite3"))
    made = demo.fill(0)["orders"]
    owner = staff.sign_in("Anna Becker", "123456")
    window = MainWindow(store.location)
    window.resize(width, height)
    window.show()
    window.session.sign_in(owner)

    def settle() -> None:
        for _ in range(3):
            app.processEvents()
            wait_for_tasks()
        app.processEvents()

    def shot(widget, name: str) -> None:  # noqa: ANN001
        settle()
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    reprint = made[-1]
    returning = orders.find_order(reprint, None).customer
    window.show_tab("customers")
    window.customers.search.setText(returning.name.split()[-1])
    window.customers.refresh()
    settle()  # searched in the background
    row = next(i for i, r in enumerate(window.customers.rows) if r.id == returning.id)
    window.customers.list.setCurrentRow(row)
    shot(window, "14-customers")

    dialog = NewOrderDialog(owner, window)
    dialog.show()
    dialog.customer.setText(returning.name.split()[-1].lower().replace("ü", "ue"))
    dialog.picker.refresh()
    shot(dialog, "15-returning-customer")
    dialog.hide()

    marked = made[2]  # the demo's order whose customer asked for changes with marks
    present = PresentDialog(window.session, marked, 1, read_present(marked, 1, window.session.actor), window)
    present.resize(width, height)
    present.show()
    present.mark_button.setChecked(True)
    present.markup.set_marks(  # the marks a customer's pen would have made
        [
            Mark(MarkKind.PIN, 1, ((0.47, 0.85),), 1, "Telefonnummer größer"),
            Mark(MarkKind.CIRCLE, 1, ((0.08, 0.27), (0.84, 0.45))),
            Mark(MarkKind.PEN, 1, ((0.1, 0.62), (0.3, 0.6), (0.5, 0.63), (0.7, 0.6))),
        ]
    )
    shot(present, "16-marking")
    present.hide()

    cover = work / "v2.pdf"
    cover.write_bytes(proofs.proof_bytes(proofs.get_proof(marked, 2)))
    subprocess.run(
        ["pdftoppm", "-r", "90", "-f", "1", "-l", "1", "-singlefile", "-png", str(cover), str(out / "17-next-cover")],
        check=True,
        capture_output=True,
    )
    print(out / "17-next-cover.png")

    window.open_order(marked)
    compare = CompareDialog(window.session, marked, [1, 2], window)
    compare.resize(width, height)
    compare.show()
    shot(compare, "18-compare")
    compare.hide()

    case = disputes.dispute_view(disputes.open_disputes()[0].id)
    photo = case.photos[0]
    align = AlignDialog(window.session, photo.photo_id, photo.upright_jpeg, parent=window)
    align.resize(width, height)
    align.canvas.corners = demo_photo_corners(orders.find_order(case.number, None))
    align.show()
    align.straighten()
    shot(align, "19-photo-on-proof")
    align.hide()

    window.show_tab("pickup")
    window.pickup.search.setText(returning.name.split()[-1].lower())
    window.pickup.look_up()
    shot(window, "20-pickup-by-name")
    return 0


def demo_photo_corners(order) -> list[tuple[float, float]]:  # noqa: ANN001
    """Where the card lies in the demo's complaint photo: the artwork at 100 dpi, turned 4° on a table."""
    from printproof.services.core.orders import spec_of

    spec = spec_of(order)
    w, h = round(spec.bleed_width_mm / 25.4 * 100), round(spec.bleed_height_mm / 25.4 * 100)
    bleed = spec.bleed_mm / 25.4 * 100
    cx, cy = 80 + w / 2, 80 + h / 2
    angle = math.radians(4)  # Pillow turns counter-clockwise; y grows downwards
    corners = [(bleed, bleed), (w - bleed, bleed), (w - bleed, h - bleed), (bleed, h - bleed)]
    turned = []
    for x, y in corners:
        dx, dy = x + 80 - cx, y + 80 - cy
        turned.append(
            (cx + dx * math.cos(angle) + dy * math.sin(angle), cy - dx * math.sin(angle) + dy * math.cos(angle))
        )
    return turned


if __name__ == "__main__":
    sys.exit(main())
