"""The chain anchored outside the store: backups carry the chain head, verify compares the newest ones.

An adversary with the store file (or the PostgreSQL credentials) drops the triggers, deletes the newest
events together with the owner's void, and lowers the chain counter: the chain alone still hangs
together, the backup made before does not agree.
"""

from __future__ import annotations

import json

import pytest

from printproof.services.admin import demo, setup
from printproof.services.admin.restore import restore_backup
from printproof.services.admin.staff import sign_in
from printproof.services.evidence.backup import make_backup
from printproof.services.evidence.chain_anchors import chain_head, compare_with_backups
from printproof.services.evidence.verify import check_store, verify_store
from printproof.services.proofing import approvals
from printproof.store.db import is_sqlite
from printproof.store.models import Approval, ApprovalVoid, AuditEvent, db
from printproof.store.triggers import drop_triggers


@pytest.fixture
def shop_with_backups(any_store, tmp_path):
    demo.fill(0)
    owner = sign_in(demo.DEMO_STAFF[0][0], demo.DEMO_STAFF[0][2])
    folder = tmp_path / "backups"
    folder.mkdir()
    setup.change_settings(owner, {"backup.folder": str(folder)})
    return owner, folder


def standing_order() -> str:
    """An order whose approval stands and may still be voided (approved, not yet handed over)."""
    for approval in Approval.select().order_by(Approval.id.desc()):
        if approvals.active_approval(approval.order) is not None and approval.order.status == "approved":
            return approval.order.number
    raise AssertionError("the demo has no standing approval")


def p(statement: str) -> str:
    return statement if is_sqlite() else statement.replace("?", "%s")


def test_every_backup_carries_the_chain_head(shop_with_backups):
    owner, folder = shop_with_backups
    head = chain_head()
    made = make_backup(owner, folder)
    assert made.head == head and made.head.seq > 10 and len(made.head.hash) == 64
    event = AuditEvent.select().order_by(AuditEvent.seq.desc()).first()
    assert event.kind == "backup.made"
    assert json.loads(event.payload)["head"] == {"seq": head.seq, "hash": head.hash, "at": made.head.to_dict()["at"]}
    assert check_store(owner).ok
    assert check_store(owner).counts["backups compared"] == 1


def test_deleted_newest_events_with_the_counter_fixed_are_named_by_verify(shop_with_backups):
    owner, folder = shop_with_backups
    number = standing_order()
    standing, void = approvals.void_standing_approval(owner, number, "Falscher Kunde am Telefon")
    first_gone = AuditEvent.get(AuditEvent.subject == f"approval_void:{void.id}").seq
    made = make_backup(owner, folder)
    assert made.report.ok
    last = chain_head().seq  # the backup.made event follows the backup

    # The adversary: triggers dropped, the void and every event from it on deleted, the counter lowered.
    drop_triggers()
    db.execute_sql(p("DELETE FROM audit_event WHERE seq >= ?"), (first_gone,))
    db.execute_sql(p("DELETE FROM approval_void WHERE id = ?"), (void.id,))
    db.execute_sql(p("UPDATE counter SET value = ? WHERE name = 'audit_chain'"), (first_gone - 1,))
    assert ApprovalVoid.select().count() == 0 and approvals.active_approval(standing.order) is not None

    # The chain alone hangs together: the dropped protections give it away, and the order's status (proofing, after
    # the void) that the chain left behind no longer backs (it ends at the approval).
    alone = verify_store()
    assert {p.kind for p in alone.problems} == {"protection", "order"}
    assert [p.order for p in alone.problems if p.kind == "order"] == [number]
    report = check_store(owner)
    backup_problems = [p.what for p in report.problems if p.kind == "backup"]
    assert first_gone == last - 1  # the void is the newest event the backup holds
    assert backup_problems == [f"event {first_gone} that the backup “{made.path.name}” holds is missing from the store"]
    assert any("approval_no_delete" in p.what or "approval_void_sealed" in p.what for p in report.problems)


def test_a_resealed_chain_differs_from_the_backup(shop_with_backups):
    """Re-sealing a changed record with the app's own hashing code: the chain verifies, the backup disagrees."""
    from printproof.services.core import audit

    owner, folder = shop_with_backups
    made = make_backup(owner, folder)
    drop_triggers()
    events = list(AuditEvent.select().order_by(AuditEvent.seq))
    target = next(e for e in events if e.kind == "approval.recorded")
    payload = json.loads(target.payload)
    payload["forged"] = True
    prev = audit.GENESIS
    for event in events:
        if event.seq == target.seq:
            event.payload = json.dumps(payload, sort_keys=True)
        event.prev_hash = prev
        event.hash = audit.event_hash(prev, audit.event_fields(event))
        db.execute_sql(
            p("UPDATE audit_event SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?"),
            (event.payload, event.prev_hash, event.hash, event.seq),
        )
        prev = event.hash
    from printproof.store.triggers import install_triggers

    install_triggers()
    # The adversary's chain is consistent in itself, but the owner's signatures on the power events after the
    # forged one no longer hold (each covers the hash before it), and so the backup folder they set is not the
    # owner's either.
    signed_after = [e for e in events if e.seq > target.seq and '"signed"' in e.payload]
    assert signed_after
    inside = verify_store().problems
    assert [p.kind for p in inside if p.kind != "setting"] == ["power"] * len(signed_after)
    assert all("carries a signature that does not hold" in p.what for p in inside if p.kind == "power")
    report = check_store(owner)
    found = [p.what for p in report.problems if p.kind == "backup"]
    # This workstation made the backup and so saw the chain's head: its rewritten hash is named too.
    assert [p.kind for p in report.problems if p.kind in ("workstation", "audit chain")] == ["workstation"]
    n = len([e for e in events if e.seq >= target.seq and e.seq <= made.head.seq])
    assert found == [
        f"{n} events differ from the backup “{made.path.name}”, the first is event {target.seq} (approval.recorded)"
    ]


def test_a_backup_of_another_store_is_not_compared_but_a_chain_rewritten_from_its_start_is_named(shop_with_backups):
    import os
    import shutil
    import sqlite3

    owner, folder = shop_with_backups
    own = make_backup(owner, folder).path
    # Another shop's (or this chain's before it was rewritten from its first event): another key in its name,
    # and the newest file.
    other = folder / f"printproof-backup-{'f' * 12}-20991231-235959.sqlite3"
    shutil.copy(own, other)
    con = sqlite3.connect(other)
    con.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
    con.execute("UPDATE audit_event SET hash = ? WHERE seq = 1", ("0" * 64,))  # another store's first event
    con.commit()
    con.close()
    first = AuditEvent.get(AuditEvent.seq == 1).created_at.timestamp() - 86400
    os.utime(other, (first, first))  # the demo shop's backup, made before this store began

    compared = compare_with_backups(folder)
    assert (compared.compared, compared.other_stores, compared.findings) == ([own.name], [other.name], [])
    assert check_store(owner).ok

    # Every backup made while this store existed holds another chain: said, not passed over.
    own.unlink()
    os.utime(other, None)
    found = [p.what for p in check_store(owner).problems if p.kind == "backup"]
    assert found == [
        f"the newest backups, “{other.name}” among them, were made while this store existed but hold another "
        "audit chain: they belong to another store, or this store's chain was rewritten from its start"
    ]


def test_a_restore_sets_newer_backups_aside(shop_with_backups, tmp_path):
    owner, folder = shop_with_backups
    older = make_backup(owner, folder / "printproof-backup-20260101-000000.sqlite3")
    approvals.void_standing_approval(owner, standing_order(), "Irrtum")
    make_backup(owner, folder / "printproof-backup-20260102-000000.sqlite3")
    restore_backup(owner, older.path)
    owner = sign_in(demo.DEMO_STAFF[0][0], demo.DEMO_STAFF[0][2])
    report = check_store(owner)
    assert report.ok, report.problems
    compared = compare_with_backups()
    assert compared.set_aside == ["printproof-backup-20260102-000000.sqlite3"]
    assert compared.compared == ["printproof-backup-20260101-000000.sqlite3"]
