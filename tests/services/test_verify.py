"""Tamper tests that really tamper: raw SQL with the triggers dropped, flipped bytes, deleted rows."""

import json
import os
import subprocess

import pytest

from printproof.services.admin import demo
from printproof.services.evidence.verify import verify_store
from printproof.store.models import db
from printproof.store.triggers import drop_triggers
from tests.support.shop import PRINTPROOF


@pytest.fixture
def demo_store(any_store):
    demo.fill(0)
    return any_store


def kinds(report):
    return {(p.order, p.kind) for p in report.problems}


def sql(statement: str) -> None:
    db.execute_sql(statement)  # peewee runs statements outside a transaction in autocommit mode


def test_an_untouched_store_verifies(demo_store):
    report = verify_store()
    assert report.ok, report.problems
    assert report.counts["approvals"] >= 6 and report.counts["files"] > 20


def test_triggers_refuse_then_a_changed_name_is_named(demo_store):
    with pytest.raises(Exception, match="sealed"):
        sql("UPDATE approval SET decision = 'approved'")
    if db.in_transaction():
        db.rollback()
    row = db.execute_sql(
        'SELECT a.id, o.number, a.personal_id FROM approval a JOIN "order" o ON o.id = a.order_id '
        "ORDER BY a.id DESC LIMIT 1"
    ).fetchone()
    # The customer's name lives outside the sealed row (it can be erased), committed to by a salted digest:
    # a changed name is named all the same.
    data = json.loads(db.execute_sql(f"SELECT data FROM personal WHERE id = {row[2]}").fetchone()[0])
    data["customer_name"] = "Someone Else"
    sql(f"UPDATE personal SET data = '{json.dumps(data)}' WHERE id = {row[2]}")
    report = verify_store()
    assert not report.ok
    assert (row[1], "approval") in kinds(report)
    assert any(f"personal details of approval {row[0]} were changed" in p.what for p in report.problems)
    # Erasing them outside PrintProof (no sealed erasure names them) is named too.
    sql(f"UPDATE personal SET data = NULL, salt = NULL WHERE id = {row[2]}")
    report = verify_store()
    assert any(f"approval {row[0]} were deleted, but no sealed erasure" in p.what for p in report.problems)


def test_a_changed_sealed_column_is_named(demo_store):
    drop_triggers()
    row = db.execute_sql(
        'SELECT a.id, o.number FROM approval a JOIN "order" o ON o.id = a.order_id ORDER BY a.id DESC LIMIT 1'
    ).fetchone()
    sql(f"UPDATE approval SET terms = 'Other terms' WHERE id = {row[0]}")
    report = verify_store()
    assert (row[1], "approval") in kinds(report)
    assert any(f"approval {row[0]} was changed" in p.what for p in report.problems)


def test_a_flipped_byte_in_a_stored_proof_is_named(demo_store):
    drop_triggers()
    sha, number = db.execute_sql(
        'SELECT p.pdf_id, o.number FROM proof p JOIN "order" o ON o.id = p.order_id ORDER BY p.id LIMIT 1'
    ).fetchone()
    data = bytearray(
        bytes(
            db.execute_sql(
                "SELECT data FROM blob WHERE sha256 = %s"
                if not _sqlite()
                else "SELECT data FROM blob WHERE sha256 = ?",
                (sha,),
            ).fetchone()[0]
        )
    )
    data[len(data) // 2] ^= 0x01
    db.execute_sql(
        "UPDATE blob SET data = %s WHERE sha256 = %s" if not _sqlite() else "UPDATE blob SET data = ? WHERE sha256 = ?",
        (bytes(data), sha),
    )
    report = verify_store()
    assert (number, "file") in kinds(report)


def test_a_row_deleted_from_the_middle_of_the_chain_is_named(demo_store):
    drop_triggers()
    middle = db.execute_sql("SELECT MAX(seq) / 2 FROM audit_event").fetchone()[0]
    sql(f"DELETE FROM audit_event WHERE seq = {middle}")
    report = verify_store()
    assert any(f"events {middle}–{middle} are missing" in p.what for p in report.problems)


def _sqlite() -> bool:
    import peewee as pw

    return isinstance(db.obj, pw.SqliteDatabase)


def test_verify_on_the_command_line(tmp_path):
    env = {
        **os.environ,
        "PRINTPROOF_DB": str(tmp_path / "s.sqlite3"),
        "PRINTPROOF_USER": "Anna Becker",
        "PRINTPROOF_PIN": "123456",
    }

    def run(*args):
        return subprocess.run([*PRINTPROOF, *args], capture_output=True, text=True, env=env)

    assert run("demo").returncode == 0
    ok = run("verify")
    assert ok.returncode == 0 and ok.stdout.startswith("Store verified:")
    import sqlite3

    con = sqlite3.connect(tmp_path / "s.sqlite3")
    con.execute("DROP TRIGGER approval_no_update")
    con.execute("UPDATE approval SET checklist = '[]' WHERE id = 1")
    con.commit()
    con.close()
    bad = run("verify", "--json")
    assert bad.returncode == 1
    data = json.loads(bad.stdout)
    assert data["ok"] is False and [p["kind"] for p in data["problems"]] == ["protection", "approval"]
    assert "approval_no_update" in data["problems"][0]["what"]
