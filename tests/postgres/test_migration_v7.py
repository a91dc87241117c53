"""Schema 7 on a PostgreSQL store of schema 4: the directory's columns and search words, forgiving search words
for every order, no sealed record touched. (SQLite: test_store.py upgrades a real schema-2 file through every step;
SQLite cannot drop a column that a foreign key names, so a schema-4 SQLite store is not made by taking 7 away.)"""

from __future__ import annotations

import pytest

from printproof.domain.enums import Decision
from printproof.domain.vocabulary import CHECKLIST
from printproof.services.artwork import artwork
from printproof.services.core import customers, orders
from printproof.services.evidence.verify import verify_store
from printproof.services.proofing import approvals, proofs
from printproof.store import migrations
from printproof.store.db import is_sqlite
from printproof.store.models import Customer, SchemaVersion, db
from tests.support.shop import CARD, card_png, signature_strokes


def back_to_schema_4() -> None:
    """Take schema 7's additions away, as a store written by the PrintProof before this step has it."""
    for table in ("customer_token", "change_tick", "photo_corners"):
        db.execute_sql(f'DROP TABLE "{table}"')
    for table, column in (
        ("customer", "notes"),
        ("customer", "digest_key"),
        ("customer", "merged_into_id"),
        ("customer", "updated_at"),
        ("order", "reorder_of_id"),
        ("order", "reorder_proof_id"),
        ("approval", "markup_id"),
    ):
        for index in db.get_indexes(table):
            if index.columns == [column]:
                db.execute_sql(f'DROP INDEX "{index.name}"')
        db.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
    db.execute_sql("UPDATE schema_version SET version = 4 WHERE version > 4")
    # The search words as schema 4 wrote them: plain case-folded words.
    db.execute_sql("DELETE FROM order_token")
    mark = "?" if is_sqlite() else "%s"
    for order_id, name in db.execute_sql('SELECT o.id, c.name FROM "order" o JOIN customer c ON c.id = o.customer_id'):
        for word in name.casefold().split():
            db.execute_sql(f"INSERT INTO order_token (token, order_id) VALUES ({mark}, {mark})", (word, order_id))


@pytest.fixture
def owner(postgres_server):
    from printproof.services.admin import setup
    from printproof.store.db import open_store

    opened = open_store(postgres_server.new_database())
    yield setup.setup("Druckerei Müller", "Anna Owner", "123456", "de").actor
    opened.close()


def test_a_schema_4_store_is_upgraded(owner, tmp_path):
    made = orders.new_order(owner, orders.CustomerInput("Jürgen Müller", phone="0171 2345678"), CARD)
    artwork.add_artwork(owner, made.number, card_png(tmp_path / "f.png"))
    artwork.add_artwork(owner, made.number, card_png(tmp_path / "b.png"), "back")
    proofs.make_proof(owner, made.number)
    record = approvals.record_approval(
        owner,
        made.number,
        decision=Decision.APPROVED,
        customer_name="Jürgen Müller",
        checklist=dict.fromkeys(CHECKLIST, True),
        strokes=signature_strokes(),
    )
    if db.in_transaction():
        db.rollback()
    back_to_schema_4()
    assert migrations._version() == 4
    migrations.prepare("postgresql", None)
    assert [s.version for s in SchemaVersion.select().order_by(SchemaVersion.version)][-1] == migrations.CURRENT
    assert [r.number for r in orders.search_orders("mueller")] == [made.number]
    assert [c.name for c in customers.search_customers("muller 0171")] == ["Jürgen Müller"]
    assert len(Customer.get_by_id(made.customer_id).digest_key) == 64
    assert verify_store().ok, verify_store().problems  # the approval's hash is what it was
    assert approvals.active_approval(orders.find_order(made.number, None)).content_sha256 == record.content_sha256
    again = orders.new_order(owner, None, CARD, customer_id=made.customer_id)  # the directory works
    assert again.customer_id == made.customer_id
