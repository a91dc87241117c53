"""What this workstation saw of the chain, kept outside the store (issue 22): an insider who deletes the chain's
newest events, rolls the store back to an older copy, or removes the backups (or points the backup folder at an
empty one) leaves verify clean of backup findings — but the workstation remembers, and the owner's verify says.
Runs on SQLite and PostgreSQL (the file roll-back on SQLite)."""

from __future__ import annotations

import shutil
from pathlib import Path

from printproof.services.admin.restore import restore_backup
from printproof.services.core import orders
from printproof.services.evidence.backup import make_backup, prune_backups
from printproof.services.evidence.verify import check_store
from printproof.store.db import is_sqlite, open_store
from printproof.store.models import AuditEvent, db
from printproof.store.triggers import drop_triggers, install_triggers
from tests.support.shop import CARD


def witnessed(owner) -> list[str]:  # noqa: ANN001
    return [p.what for p in check_store(owner).problems if p.kind == "workstation"]


def p(sql: str) -> str:
    return sql if is_sqlite() else sql.replace("?", "%s")


def test_newest_events_deleted_without_a_backup_are_named(owner):
    orders.new_order(owner, orders.CustomerInput("Erika Muster"), CARD)
    assert check_store(owner).ok  # held: the workstation has seen the chain reach here
    seen = AuditEvent.select().order_by(AuditEvent.seq.desc()).first().seq
    drop_triggers()
    db.execute_sql(p("DELETE FROM audit_event WHERE seq >= ?"), (seen - 1,))
    db.execute_sql(p("UPDATE counter SET value = ? WHERE name = 'audit_chain'"), (seen - 2,))
    install_triggers()
    found = witnessed(owner)
    assert len(found) == 1 and f"reach event {seen}" in found[0] and f"ends at event {seen - 2}" in found[0], found


def test_backups_removed_behind_the_shops_back_are_named_but_its_own_pruning_is_not(owner, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    first = make_backup(owner, folder).path
    orders.new_order(owner, orders.CustomerInput("Erika Muster"), CARD)
    renamed = folder / (first.stem[:-6] + "235959.sqlite3")
    second = make_backup(owner, renamed).path
    assert witnessed(owner) == []
    prune_backups(folder, keep=1)  # the shop's own keeping of the newest copies
    assert not first.exists() and witnessed(owner) == []
    second.unlink()  # someone empties the folder
    found = witnessed(owner)
    assert len(found) == 1 and second.name in found[0] and "gone" in found[0], found


def test_a_store_put_back_to_an_older_copy_is_named_unless_the_owner_restored_it(owner, tmp_path, store):
    if not is_sqlite():
        return  # the file copy is SQLite's; the same head check holds for PostgreSQL (the tests above)
    older = tmp_path / "older.sqlite3"
    backup = make_backup(owner, older).path
    orders.new_order(owner, orders.CustomerInput("Erika Muster"), CARD)
    assert check_store(owner).ok
    live = store.location
    db.close()
    shutil.copy(backup, live)  # the whole file put back, its WAL with it
    for extra in ("-wal", "-shm"):
        Path(live + extra).unlink(missing_ok=True)
    open_store(live)
    found = witnessed(owner)
    assert len(found) == 1 and "older copy" in found[0], found
    restore_backup(owner, backup)  # the owner goes back on purpose: witnessed from there on
    assert witnessed(owner) == []
