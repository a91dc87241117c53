"""Schema 5: a shop's schema-4 store (written by main's code before the change, tests/data/README.md) upgrades
on SQLite and PostgreSQL — personal details out of the sealed rows, every record resealed with the mapping in
the chain — verifies clean, and any other change, before or after the upgrade, is still named."""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

import pytest

from printproof.services.core import orders
from printproof.services.counter import pickup
from printproof.services.counter.overview import order_timeline
from printproof.services.evidence.verify import verify_store
from printproof.services.proofing import approvals
from printproof.store import migrations
from printproof.store.db import open_store
from printproof.store.models import Approval, ApprovalVoid, AuditEvent, Dispute, DisputeDecision, Pickup, Proof, db
from printproof.store.sealed import RESEALED
from printproof.store.triggers import drop_triggers

DATA = Path(__file__).parents[1] / "data"
NAME = "Quellmalz"


def load_v4(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A schema-4 store as main's code wrote it: the SQLite file, or the PostgreSQL dump loaded into a new database."""
    if kind == "sqlite":
        path = tmp_path / "store.sqlite3"
        path.write_bytes(gzip.decompress((DATA / "store-v4.sqlite3.gz").read_bytes()))
        return str(path)
    import psycopg2

    url = request.getfixturevalue("postgres_server").new_database()
    con = psycopg2.connect(url)
    con.autocommit = True
    con.cursor().execute(gzip.decompress((DATA / "store-v4.postgresql.sql.gz").read_bytes()).decode())
    con.close()
    return url


def raw(kind: str, url: str, statement: str) -> list[tuple]:
    """Run SQL on the store before PrintProof opens it (as someone with the database would)."""
    if kind == "sqlite":
        con = sqlite3.connect(url)
        try:
            rows = con.execute(statement).fetchall()
            con.commit()
            return rows
        finally:
            con.close()
    import psycopg2

    con = psycopg2.connect(url)
    con.autocommit = True
    try:
        cur = con.cursor()
        cur.execute(statement)
        return cur.fetchall() if cur.description else []
    finally:
        con.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def v4(request, tmp_path):
    return request.param, load_v4(request.param, tmp_path, request)


def sealed_rows_text() -> str:
    """Everything the sealed tables and the audit chain hold, as text."""
    text = []
    for table in ("approval", "approval_void", "pickup", "dispute", "dispute_photo", "dispute_decision", "proof"):
        text += [repr(r) for r in db.execute_sql(f'SELECT * FROM "{table}"').fetchall()]
    text += [r[0] for r in db.execute_sql("SELECT payload FROM audit_event").fetchall()]
    return "\n".join(text)


def test_a_schema_4_store_upgrades_reseals_and_verifies(v4, tmp_path):
    kind, url = v4
    before = raw(kind, url, 'SELECT id, content_sha256 FROM "approval" ORDER BY id')
    assert raw(kind, url, "SELECT MAX(version) FROM schema_version")[0][0] == 4
    assert any(NAME in str(r) for r in raw(kind, url, 'SELECT customer_name, changes, note FROM "approval"'))
    store = open_store(url)
    try:
        assert (
            migrations._version() == migrations.CURRENT == 15
        )  # 4 → 5 (reseal) → 6 → 7 → 8 (issue 24) → 9 → 10 → 11 → 12 → 13 → 14 → 15
        report = verify_store()
        assert report.ok, report.problems
        assert report.counts["approvals"] == 4 and report.counts["proofs"] == 4 and report.counts["disputes"] == 1
        # The personal details left the sealed rows and the chain, and read back the same from their own rows.
        assert NAME not in sealed_rows_text()
        assert "Berta" not in sealed_rows_text()
        a = Approval.select().order_by(Approval.id)
        assert [x.customer_name for x in a] == ["Jürgen Quellmalz"] * 3 + ["Berta Beispiel"]
        assert a[0].changes == "Bitte Quellmalz in Fettschrift"
        assert a[2].note == "Herr Quellmalz hat um 10:12 telefonisch freigegeben"
        assert a[3].evidence_name == "Freigabe Berta Beispiel.eml"
        assert ApprovalVoid.get().reason == "Herr Quellmalz rief an: Telefonnummer falsch"
        assert Pickup.get().customer_name == "Jürgen Quellmalz"
        assert Pickup.get().quantity is None  # recorded before schema 9: the whole order, as verify agrees
        assert pickup.handed_over(Pickup.get().order) == Pickup.get().order.quantity
        dispute = Dispute.get()
        assert dispute.customer_words == "Herr Quellmalz sagt: das Blau ist zu dunkel"
        assert [p.filename for p in dispute.photos.order_by(Dispute.photos.rel_model.position)] == [
            "quellmalz-reklamation-1.jpg",
            "quellmalz-reklamation-2.jpg",
        ]
        assert DisputeDecision.get().reason == "Quellmalz hat Farbe abgehakt"
        assert [p.note for p in Proof.select().order_by(Proof.id)][1] == "Quellmalz jetzt fett"
        # Every record has a fresh salt; the old hashes map to the new ones in one chain event.
        salts = [r[0] for r in db.execute_sql("SELECT salt FROM personal").fetchall()]
        assert len(salts) == len(set(bytes(s) for s in salts)) == 4 + 1 + 1 + 1 + 1 + 4
        assert all(len(bytes(s)) == 32 for s in salts)
        resealed = AuditEvent.get(AuditEvent.kind == RESEALED)
        mapping = json.loads(resealed.payload)
        assert {f"approval:{i}": h for i, h in before} == {
            k: v["old"] for k, v in mapping["records"].items() if k.startswith("approval:")
        }
        assert all(v["new"] != v["old"] and "verified" not in v for v in mapping["records"].values())
        assert len(mapping["events"]) == 2  # the two artwork events named the customer's file
        # The timeline still names the artwork file (from the artwork row, which erasure can empty).
        number = Approval.get_by_id(1).order.number
        assert any(e.details.get("file") == "Quellmalz_Visitenkarte.png" for e in order_timeline(number))
        # A certificate printed before the upgrade carries the old hash: its code still opens the order.
        from printproof.services.counter.pickup import find_for_pickup

        phone = a[2]
        old = mapping["records"][f"approval:{phone.id}"]["old"]
        code = f"PRINTPROOF-APPROVAL|{number}|{phone.proof.pdf_id}|{old}"
        assert find_for_pickup(code).order.number == number
        with pytest.raises(Exception, match="fingerprint matches nothing"):
            find_for_pickup(f"PRINTPROOF-APPROVAL|{number}|{phone.proof.pdf_id}|{'ab' * 32}")
        # The shop goes on: a new record seals the new way, and everything verifies.
        berta = a[3].order.number
        assert approvals.active_approval(orders.find_order(berta, None)).id == a[3].id
        assert verify_store().ok
        if kind == "sqlite":
            assert list(tmp_path.glob(f"store.before-v{migrations.CURRENT}-from-v4-*.sqlite3"))
    finally:
        store.close()


@pytest.mark.parametrize(
    "change, named",
    [
        ("UPDATE approval SET customer_name = 'Someone Else' WHERE id = 3", ("approval", "3")),
        ("UPDATE dispute SET customer_words = 'nothing wrong' WHERE id = 1", ("dispute", "1")),
        ("UPDATE approval_void SET reason = 'other' WHERE id = 1", ("approval void", "1")),
    ],
)
def test_a_record_changed_before_the_upgrade_is_named_after_it(v4, change, named):
    """The reseal does not launder: a record that no longer matched its schema-4 seal is named for ever."""
    kind, url = v4
    if kind == "sqlite":
        raw(kind, url, f"DROP TRIGGER {change.split()[1]}_no_update")
    else:
        raw(kind, url, f'DROP TRIGGER "{change.split()[1]}_sealed" ON "{change.split()[1]}"')
    raw(kind, url, change)
    store = open_store(url)
    try:
        report = verify_store()
        assert not report.ok
        assert [p.kind for p in report.problems] == [named[0]]
        assert f"{named[0]} {named[1]} had been changed before the store was upgraded" in report.problems[0].what
    finally:
        store.close()


def test_after_the_upgrade_any_other_change_is_named(v4):
    kind, url = v4
    store = open_store(url)
    try:
        drop_triggers()
        # An old event's other fields, a record's sealed column, a personal value: each is named.
        db.execute_sql("UPDATE audit_event SET workstation = 'elsewhere' WHERE kind = 'artwork.added'")
        db.execute_sql("UPDATE pickup SET workstation = 'elsewhere'")
        personal = Proof.get_by_id(2).personal_id
        row = db.execute_sql(f"SELECT data FROM personal WHERE id = {personal}").fetchone()[0]
        db.execute_sql(
            "UPDATE personal SET data = " + ("%s" if kind != "sqlite" else "?") + f" WHERE id = {personal}",
            (row.replace("fett", "kursiv"),),
        )
        report = verify_store()
        what = " | ".join(p.what for p in report.problems)
        assert "(artwork.added) was altered" in what
        assert "pickup 1 was changed after it was recorded" in what
        assert "personal details of proof 2 were changed" in what
        # A forged mapping entry does not help: the reseal event's own hash no longer holds.
        payload = json.loads(AuditEvent.get(AuditEvent.kind == RESEALED).payload)
        payload["records"]["pickup:1"]["new"] = "0" * 64
        AuditEvent.update(payload=json.dumps(payload)).where(AuditEvent.kind == RESEALED).execute()
        assert any("records.resealed) was altered" in p.what for p in verify_store().problems)
    finally:
        store.close()
