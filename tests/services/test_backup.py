"""Backup while in use, restore only what verifies, keep the current store aside."""

import sqlite3
import subprocess
import sys

import pytest

from printproof.domain.errors import NotAllowed, UserError
from printproof.services.admin import demo
from printproof.services.admin.restore import check_backup, restore_backup
from printproof.services.admin.staff import sign_in
from printproof.services.core import orders
from printproof.services.evidence.backup import make_backup
from printproof.services.evidence.verify import verify_store
from printproof.store.models import Order
from tests.support.shop import CARD
from tests.support.stores import KILL_SCRIPT


def test_backup_and_restore_round_trip(any_store, tmp_path):
    demo.fill(0)
    owner = sign_in("Anna Becker", "123456")
    made = make_backup(owner, tmp_path)
    assert made.report.ok and made.path.name.startswith("printproof-backup-")
    before = Order.select().count()
    orders.new_order(owner, orders.CustomerInput("Nach der Sicherung"), CARD)
    assert Order.select().count() == before + 1
    with pytest.raises(NotAllowed):
        restore_backup(sign_in("Tom Keller", "1111"), made.path)
    kept = restore_backup(owner, made.path)
    assert Order.select().count() == before
    assert verify_store().ok
    assert kept is not None and kept.exists()  # the store as it was, kept aside (PostgreSQL: exported)
    con = sqlite3.connect(kept)
    assert con.execute('SELECT COUNT(*) FROM "order"').fetchone()[0] == before + 1
    con.close()
    # Work goes on after a restore: new numbers, a chain that still verifies.
    orders.new_order(owner, orders.CustomerInput("Danach"), CARD)
    assert verify_store().ok


def test_a_tampered_backup_is_refused_and_nothing_replaced(store, tmp_path):
    demo.fill(0)
    owner = sign_in("Anna Becker", "123456")
    made = make_backup(owner, tmp_path / "b.sqlite3")
    con = sqlite3.connect(made.path)
    con.execute("DROP TRIGGER approval_no_update")
    con.execute("UPDATE approval SET decision = 'approved_with_changes' WHERE id = 1")
    con.commit()
    con.close()
    assert not check_backup(made.path).ok
    count = Order.select().count()
    orders.new_order(owner, orders.CustomerInput("bleibt"), CARD)
    with pytest.raises(UserError, match="does not verify"):
        restore_backup(owner, made.path)
    assert Order.select().count() == count + 1
    fake = tmp_path / "fake.sqlite3"
    fake.write_bytes(b"not a backup" * 100)
    with pytest.raises(UserError, match="damaged or is not a PrintProof store"):
        restore_backup(owner, fake)


def test_backup_while_another_process_writes(store, tmp_path):
    demo.fill(0)
    owner = sign_in("Anna Becker", "123456")
    from tests.support.shop import card_png

    art = str(card_png(tmp_path / "a.png"))
    script = KILL_SCRIPT.replace('staff.sign_in("Anna", "123456")', 'staff.sign_in("Anna Becker", "123456")')
    writer = subprocess.Popen(
        [sys.executable, "-c", script, store.location, art], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout.readline().strip() == "ready"
        backups = [make_backup(owner, tmp_path / f"b{i}.sqlite3") for i in range(3)]
    finally:
        writer.kill()
        writer.wait()
    assert all(b.report.ok for b in backups)
    assert verify_store().ok


def test_two_shops_sharing_a_backup_folder_count_and_remove_only_their_own(tmp_path):
    """The standard backup folder (or one USB stick) serves every store on the computer: a demo shop opened
    beside the real one showed the real one's last backup as its own, and keeping its newest copy deleted the
    real shop's backups. Each shop's backups carry its key; a shop counts, compares and removes only its own."""
    import os
    from datetime import datetime, timedelta

    from printproof.services.admin import setup
    from printproof.services.core.backup_files import BACKUP_PREFIX, backup_name, newest_backups, shop_key
    from printproof.services.evidence import backup
    from printproof.store.db import open_store

    folder = tmp_path / "usb"
    folder.mkdir()
    legacy = folder / f"{BACKUP_PREFIX}20250101-080000.sqlite3"  # named before the shop's key was in the name
    a_files = []
    opened = open_store(str(tmp_path / "a.sqlite3"))
    try:
        owner = setup.setup("Shop A", "Anna", "123456", "de").actor
        key_a = shop_key()
        made = backup.make_backup(owner, folder)
        assert made.path.name.startswith(f"{BACKUP_PREFIX}{key_a}-")
        for days in (1, 2, 3):
            older = folder / backup_name(key_a, datetime.now() - timedelta(days=days))
            older.write_bytes(made.path.read_bytes())
            a_files.append(older)
        a_files.append(made.path)
        legacy.write_bytes(made.path.read_bytes())
    finally:
        opened.close()
    future = datetime.now().timestamp() + 3600
    os.utime(made.path, (future, future))  # shop A's newest file is the newest in the folder
    opened = open_store(str(tmp_path / "b.sqlite3"))
    try:
        owner = setup.setup("Shop B", "Bert", "123456", "de").actor
        key_b = shop_key()
        # Not A's newest, and not A's copy named the old way either: B has made none yet (it makes one at once).
        assert key_b != key_a and backup.last_backup(folder) is None
        mine = backup.make_backup(owner, folder).path
        backup.prune_backups(folder, keep=1)
        assert all(p.exists() for p in a_files) and legacy.exists()  # A's copies and the unnamed one stay
        assert backup.last_backup(folder) == datetime.fromtimestamp(mine.stat().st_mtime)
        assert made.path not in newest_backups(folder, 10)
    finally:
        opened.close()
    opened = open_store(str(tmp_path / "a.sqlite3"))
    try:
        backup.prune_backups(folder, keep=2)
        assert [p.exists() for p in a_files] == [True, False, False, True]  # A's oldest two went (2 and 3 days)
        assert legacy.exists() and mine.exists()
        assert newest_backups(folder, 10) == [made.path, a_files[0], legacy]
    finally:
        opened.close()
