"""The same services on SQLite and on a real PostgreSQL server."""

import json
import os
import subprocess

import pytest

from printproof.domain.enums import Decision
from printproof.domain.vocabulary import CHECKLIST
from printproof.services.admin import demo, setup
from printproof.services.artwork import artwork
from printproof.services.core import orders
from printproof.services.counter import pickup
from printproof.services.proofing import acknowledgements, approvals, proofs
from printproof.store.blobs import sha256_hex
from printproof.store.models import db
from tests.support.shop import CARD, PRINTPROOF, card_png, signature_strokes


def test_order_to_pickup_on_both_stores(any_store, tmp_path):
    owner = setup.setup("Druckerei Müller", "Anna", "123456", "de").actor
    number = orders.new_order(owner, orders.CustomerInput("Łukasz Żółć", phone="0171 2345678"), CARD).number
    artwork.add_artwork(owner, number, card_png(tmp_path / "f.tif", mode="CMYK", fmt="TIFF"))
    artwork.add_artwork(owner, number, card_png(tmp_path / "b.png"), "back")
    first = proofs.make_proof(owner, number)
    second = proofs.make_proof(owner, number)
    assert (first.version, second.version) == (1, 2)
    assert sha256_hex(proofs.proof_bytes(proofs.get_proof(number, 1))) == first.sha256
    approvals.record_approval(
        owner,
        number,
        decision=Decision.APPROVED,
        customer_name="Łukasz Żółć",
        checklist=dict.fromkeys(CHECKLIST, True),
        strokes=signature_strokes(),
        acknowledged=acknowledgements.serious_keys(proofs.get_proof(number)),
    )
    assert pickup.find_for_pickup(number).proof.version == 2
    for text in ("żółć", "0171 234", number):
        assert [r.number for r in orders.search_orders(text)] == [number], text


def test_sealed_tables_refuse_raw_sql_on_both(any_store):
    setup.setup("Shop", "Anna", "123456", "de")
    with pytest.raises(Exception, match="sealed"):
        db.execute_sql("UPDATE audit_event SET kind = 'forged'")
    if db.in_transaction():
        db.rollback()
    with pytest.raises(Exception, match="sealed"):
        db.execute_sql("DELETE FROM audit_event")


def test_bulk_demo_orders_on_both(any_store):
    demo.fill(0)
    demo._bulk_orders(1200, batch=500)  # several batches, on a filled demo shop
    assert orders.order_count() == 1211  # the demo shop's 10 orders, its reprint, the bulk
    assert len(orders.search_orders("müller", limit=5)) == 5
    from printproof.services.core import customers

    assert len(customers.search_customers("mueller", limit=5)) == 5  # the bulk's customers are in the directory


def test_cli_against_postgres(postgres_server, tmp_path):
    url = postgres_server.new_database()
    env = {**os.environ, "PRINTPROOF_DB": url, "PRINTPROOF_USER": "Anna", "PRINTPROOF_PIN": "123456"}

    def run(*args):
        done = subprocess.run([*PRINTPROOF, *args], capture_output=True, text=True, env=env)
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("setup", "--shop", "S", "--owner", "Anna", "--pin", "123456")
    number = json.loads(
        run(
            "order",
            "new",
            "--customer",
            "Иванов",
            "--product",
            "Card",
            "--size",
            "85x55",
            "--quantity",
            "100",
            "--colors",
            "4/0",
            "--json",
        )
    )["order"]
    run("artwork", "add", number, str(card_png(tmp_path / "f.png")))
    made = json.loads(run("proof", "make", number, "--json"))
    shown = json.loads(run("show", number, "--json"))
    assert shown["proofs"][0]["sha256"] == made["sha256"]
