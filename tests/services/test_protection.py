"""The store's protective triggers: verify names each one dropped, disabled or rewritten; the owner re-installs."""

from __future__ import annotations

import pytest

from printproof.domain.errors import NotAllowed
from printproof.services.admin import demo
from printproof.services.admin.staff import sign_in
from printproof.services.evidence.protection import reinstall_triggers
from printproof.services.evidence.verify import verify_store
from printproof.store.db import is_sqlite
from printproof.store.models import AuditEvent, db
from printproof.store.triggers import check_triggers, expected_triggers
from tests.support.shop import table_counts


def protection_problems(report):
    return [p.what for p in report.problems if p.kind == "protection"]


def test_a_fresh_store_has_every_protection(owner):
    assert check_triggers() == []
    report = verify_store()
    assert report.ok, report.problems
    assert report.counts["protections"] == len(expected_triggers()) >= 9


def test_a_dropped_trigger_is_named_and_the_owner_puts_it_back(owner, counter):
    name = "approval_no_delete" if is_sqlite() else "approval_sealed"
    db.execute_sql(f'DROP TRIGGER "{name}"' if is_sqlite() else f'DROP TRIGGER "{name}" ON "approval"')
    report = verify_store()
    assert not report.ok
    assert protection_problems(report) == [
        f"the protection {name} of the approval table is missing (dropped outside PrintProof)"
    ]
    before = table_counts()
    with pytest.raises(NotAllowed):
        reinstall_triggers(counter)
    assert table_counts() == before and check_triggers()
    found = reinstall_triggers(owner)
    assert [(f.name, f.state) for f in found] == [(name, "missing")]
    assert check_triggers() == []
    assert verify_store().ok
    event = AuditEvent.select().order_by(AuditEvent.seq.desc()).first()
    assert event.kind == "store.protections_reinstalled" and name in event.payload
    with pytest.raises(Exception, match="sealed"):
        with db.atomic():
            db.execute_sql("DELETE FROM audit_event")


def test_a_rewritten_trigger_is_named_as_altered(any_store):
    demo.fill(0)
    owner = sign_in(demo.DEMO_STAFF[0][0], demo.DEMO_STAFF[0][2])
    if is_sqlite():
        # A trigger of the right name that never fires: it would pass a check for names only.
        db.execute_sql('DROP TRIGGER "blob_no_update"')
        db.execute_sql(
            'CREATE TRIGGER "blob_no_update" BEFORE UPDATE ON "blob" WHEN 0 '
            "BEGIN SELECT RAISE(ABORT, 'PrintProof: UPDATE of a sealed blob record is not allowed'); END"
        )
        expected = ["the protection blob_no_update of the blob table was altered outside PrintProof"]
    else:
        # The shared function made harmless: every trigger still there, none refusing anything (the blob's
        # own function, which lets erasure empty a tombstoned file, is untouched).
        db.execute_sql(
            "CREATE OR REPLACE FUNCTION printproof_sealed() RETURNS trigger AS $$ BEGIN RETURN NEW; END; $$ "
            "LANGUAGE plpgsql"
        )
        expected = [
            f"the protection {name} of the {table} table was altered outside PrintProof"
            for name, table in expected_triggers().items()
            if table != "blob" or name.endswith("_no_truncate")  # TRUNCATE of files is refused by the shared one
        ]
    assert protection_problems(verify_store()) == expected
    if is_sqlite():
        edit = "UPDATE blob SET media_type = '{}' WHERE sha256 = (SELECT MIN(sha256) FROM blob)"
    else:
        edit = "UPDATE audit_event SET workstation = '{}' WHERE seq = (SELECT MIN(seq) FROM audit_event)"
    db.execute_sql(edit.format("x"))  # the harmless protection lets it through
    reinstall_triggers(owner)
    with pytest.raises(Exception, match="sealed"):
        with db.atomic():
            db.execute_sql(edit.format("y"))


def test_a_disabled_trigger_on_postgresql_is_named(owner):
    if is_sqlite():
        pytest.skip("SQLite has no disabled triggers")
    db.execute_sql('ALTER TABLE "audit_event" DISABLE TRIGGER "audit_event_sealed"')
    assert protection_problems(verify_store()) == [
        "the protection audit_event_sealed of the audit_event table is switched off (outside PrintProof)"
    ]
    reinstall_triggers(owner)
    assert check_triggers() == []


def test_the_side_doors_around_the_triggers_are_closed(owner, card_order, tmp_path):
    """SQLite's INSERT OR REPLACE deletes the row it replaces without a DELETE trigger; PostgreSQL skips ordinary
    triggers under session_replication_role = replica and fires no row trigger on TRUNCATE (issue 22). Each is
    refused by the database itself, and a trigger that a replica session would skip is named by verify."""
    from printproof.services.artwork import artwork
    from printproof.services.proofing import proofs
    from tests.support.shop import card_png

    artwork.add_artwork(owner, card_order, card_png(tmp_path / "front.png"))
    proofs.make_proof(owner, card_order)
    before = table_counts()
    first = AuditEvent.select().order_by(AuditEvent.seq).first()
    if is_sqlite():
        side_doors = [
            "INSERT OR REPLACE INTO audit_event (id, seq, created_at, staff_id, workstation, kind, order_id, "
            "subject, payload, prev_hash, hash) SELECT id, seq, created_at, staff_id, 'forged', kind, order_id, "
            f"subject, payload, prev_hash, hash FROM audit_event WHERE seq = {first.seq}",
            "REPLACE INTO proof SELECT * FROM proof",  # the same rows by their (order, version) key
            # other bytes under a file's hash (also an erased file's own bytes put back: un-erasing it)
            "INSERT OR REPLACE INTO blob (sha256, size, media_type, data, created_at) "
            "SELECT sha256, size, media_type, X'00', created_at FROM blob WHERE length(data) > 1 LIMIT 1",
        ]
    else:
        side_doors = [
            "SET LOCAL session_replication_role = replica; "
            f"UPDATE audit_event SET workstation = 'forged' WHERE seq = {first.seq}",
            "TRUNCATE audit_event CASCADE",
            "TRUNCATE proof CASCADE",
        ]
    for statement in side_doors:
        with pytest.raises(Exception, match="sealed"):
            with db.atomic():
                db.execute_sql(statement)
    assert table_counts() == before and AuditEvent.get_by_id(first.id).workstation == first.workstation
    assert verify_store().ok
    if not is_sqlite():  # a trigger set back to fire only in ordinary sessions is named
        db.execute_sql('ALTER TABLE "audit_event" ENABLE TRIGGER "audit_event_sealed"')
        assert protection_problems(verify_store()) == [
            "the protection audit_event_sealed of the audit_event table is switched off (outside PrintProof)"
        ]
        reinstall_triggers(owner)
        assert check_triggers() == []


def test_every_kind_verify_names_speaks_german():
    """The owner's screen shows each problem's kind in the workstation's language."""
    import ast
    from pathlib import Path

    from printproof.domain.catalogue import SENTENCES, lookup

    source = Path(__file__).resolve().parents[2] / "printproof" / "services" / "evidence" / "verify.py"
    kinds = set()
    for node in ast.walk(ast.parse(source.read_text())):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Problem" and len(node.args) > 1:
            if isinstance(node.args[1], ast.Constant):
                kinds.add(node.args[1].value)
    assert {"protection", "backup", "timestamp", "audit chain", "file"} <= kinds
    assert sorted(k for k in kinds if not lookup("de", SENTENCES, k)) == []
