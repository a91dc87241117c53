"""Issue 21: the owner's backup is a button. Settings → Backup: *Back up now* writes a verified copy into the
owner's folder and says where; *Restore…* reads what a backup holds from a checked copy (shop, date, orders,
chain head), asks, restores, and everybody signs in again on the restored store. A damaged file is refused in
one sentence and replaces nothing. The first automatic backup follows the setup, never the empty store."""

from __future__ import annotations

import os
import sqlite3

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from printproof.services.admin.restore import work_folder  # noqa: E402
from printproof.services.core import orders  # noqa: E402
from printproof.services.core.backup_files import BACKUP_PREFIX  # noqa: E402
from printproof.store.models import Order  # noqa: E402
from tests.support.gui import answer_next_dialog, press_button, settle  # noqa: E402
from tests.support.shop import CARD  # noqa: E402


def test_back_up_now_then_restore_it_in_the_app(window, qtbot, owner, shop_folder, language):
    de = language == "de"
    first = orders.new_order(owner, orders.CustomerInput("Erika Erst"), CARD).number
    window.session.sign_in(owner)
    window.show_tab("settings")
    screen = window.settings
    screen.load()
    screen.backup_now_button.click()
    assert not screen.backup_now_button.isEnabled()  # made in the background: no second press
    settle(qtbot, lambda: screen.backup_now_button.isEnabled())
    made = sorted(shop_folder.glob(f"{BACKUP_PREFIX}*.sqlite3"))
    assert len(made) == 1 and str(made[0]) in screen.backup_result.text()
    assert ("geprüft" if de else "verified") in screen.backup_result.text()

    later = orders.new_order(owner, orders.CustomerInput("Zora Zweit"), CARD).number  # after the backup
    answer_next_dialog(lambda box: press_button(box, "Wiederherstellen" if de else "Restore"))
    screen.restore_from(str(made[0]))
    settle(qtbot, lambda: window.session.actor is None)  # restored: everybody signs in again
    assert [o.number for o in Order.select().order_by(Order.id)] == [first]
    assert later not in screen.backup_result.text() and made[0].name in screen.backup_result.text()
    kept = [p for p in work_folder().glob("*before-restore*") if str(p) in screen.backup_result.text()]
    assert len(kept) == 1 and kept[0].stat().st_size > 0  # the store as it was, kept aside and named


def test_a_damaged_backup_is_refused_in_one_sentence_and_replaces_nothing(window, qtbot, owner, shop_folder, language):
    number = orders.new_order(owner, orders.CustomerInput("Erika Erst"), CARD).number
    broken = shop_folder / f"{BACKUP_PREFIX}20261201-120000.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    window.session.sign_in(owner)
    window.show_tab("settings")
    screen = window.settings
    screen.restore_from(str(broken))
    settle(qtbot, lambda: screen.restore_button.isEnabled())
    said = screen.backup_result.text()
    assert broken.name in said and "\n" not in said and "sqlite" not in said.casefold().replace(broken.name, "")
    assert [o.number for o in Order.select()] == [number] and window.session.actor is not None


def test_the_first_automatic_backup_follows_the_setup(tmp_path, qtbot):
    from printproof.store.db import open_store
    from printproof.ui.settings.auto_backup import AutoBackup

    store = open_store(str(tmp_path / "store.sqlite3"))
    try:
        auto = AutoBackup(store.location)
        auto.maybe_run()  # before setup: nothing to keep, nothing started (the setup starts the first one)
        assert auto.process is None
    finally:
        store.close()
    assert sqlite3.connect(tmp_path / "store.sqlite3").execute("SELECT COUNT(*) FROM audit_event").fetchone() == (0,)
