"""Take the README's screenshots: a demo shop, every screen, offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--language de|en]

Writes docs/screenshots/*.png. Look at every one before calling the GUI done.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from printproof.services import demo, staff  # noqa: E402
from printproof.store.db import open_store  # noqa: E402
from printproof.ui.application import install_translators  # noqa: E402
from printproof.ui.common import APP_STYLE  # noqa: E402
from printproof.workers.tasks import wait_for_tasks  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def settle(app: QApplication, rounds: int = 20) -> None:
    """Let background tasks finish and Qt's PDF view render its pages (it renders in a thread)."""
    import time

    wait_for_tasks()
    deadline = time.monotonic() + rounds * 0.05
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", default="de")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="printproof-shots-"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp))
    app = QApplication(["printproof"])
    QCoreApplication.setOrganizationName("PrintProofShots")
    app.setStyle("Fusion")
    app.setStyleSheet(APP_STYLE)
    install_translators(app, args.language)
    store = open_store(str(tmp / "demo.sqlite3"))
    from printproof.ui.main_window import MainWindow

    window = MainWindow(store.location)
    window.resize(1440, 900)
    window.show()
    settle(app)
    window.grab().save(str(OUT / "01-first-run.png"))
    demo.fill(0)
    window._signed_out()
    settle(app)
    window.grab().save(str(OUT / "02-sign-in.png"))
    window.session.sign_in(staff.sign_in("Anna Becker", "123456"))
    window.show_tab("orders")
    settle(app)
    window.grab().save(str(OUT / "03-orders.png"))
    window.open_order("2026-00003")
    settle(app, 60)
    window.grab().save(str(OUT / "04-order-proof.png"))
    window.present("2026-00003", 2)
    dialog = window.present_dialog
    dialog.showNormal()
    dialog.resize(1440, 900)
    for box in dialog.checks.values():
        box.setChecked(True)
    dialog.name.setText("Łukasz Becker")
    dialog.pad.set_strokes(demo._signature(5))
    settle(app, 60)
    dialog.grab().save(str(OUT / "05-present-and-sign.png"))
    dialog.close()
    window.show_tab("pickup")
    window.pickup.search.setText("2026-00009")
    window.pickup.look_up()
    settle(app, 60)
    window.grab().save(str(OUT / "06-pickup-disputed.png"))
    window.pickup.search.setText("2026-00006")
    window.pickup.look_up()
    settle(app, 60)
    window.grab().save(str(OUT / "07-pickup.png"))
    from printproof.services.disputes import open_disputes
    from printproof.ui.disputes import DecisionDialog

    decide = DecisionDialog(window.session, open_disputes()[0].id, window)
    decide.show()
    settle(app, 60)
    decide.grab().save(str(OUT / "08-owner-decides.png"))
    decide.close()
    window.show_tab("settings")
    settle(app)
    window.grab().save(str(OUT / "09-settings.png"))
    print(f"Screenshots in {OUT}")


if __name__ == "__main__":
    main()
