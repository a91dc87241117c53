"""Backup while in use, restore only what verifies, keep the current store aside."""

import sqlite3
import subprocess
import sys

import pytest

from printproof.domain.errors import NotAllowed, UserError
from printproof.services import demo, orders
from printproof.services.backup import make_backup
from printproof.services.restore import check_backup, restore_backup
from printproof.services.staff import sign_in
from printproof.services.verify import verify_store
from printproof.store.models import Order

from .conftest import CARD
from .test_concurrency import KILL_SCRIPT


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
    from .conftest import card_png

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
