"""Erasure (issue 14) takes issue 13's data with it: the directory entry's notes, key and search words, the
duplicates merged into it, the marks' words on the proof and a reprint's order — and the evidence still verifies."""

from __future__ import annotations

import pytest

from printproof.domain.enums import Decision
from printproof.domain.markup import Mark, MarkKind
from printproof.services.artwork import artwork
from printproof.services.core import customers, orders
from printproof.services.evidence.verify import verify_store
from printproof.services.privacy import erasure
from printproof.services.proofing import proofs, reorders
from printproof.store.models import Approval, BlobErasure, Customer, CustomerToken
from tests.support.shop import CARD, card_png
from tests.support.stories import approve, found_in, later, store_files

# The backup each erasure makes goes to the test's own folder, not the session's default one (where a later
# test's store would be compared with it).
pytestmark = pytest.mark.usefixtures("shop_folder")

NAME = "Zacharias Quellmalz"
WORDS = {
    "name": b"Quellmalz",
    "duplicate": b"Quelmalz Bau",
    "notes": b"bevorzugt Kornblumenblau",
    "pin": b"Kornblumenlogo kleiner",
    "phone": b"0351 9876543",
}


@pytest.mark.own_postgres
def test_erasure_takes_the_directory_and_the_marks_with_it(store, owner, counter, tmp_path, monkeypatch, request):
    postgres = request.getfixturevalue("own_postgres_server") if store.kind == "postgresql" else None
    if postgres is not None:  # as the README asks of a shop's server: retired WAL segments are deleted, not reused
        from printproof.store.models import db

        db.execute_sql("ALTER SYSTEM SET wal_recycle = off")
        db.execute_sql("SELECT pg_reload_conf()")
    number = orders.new_order(counter, orders.CustomerInput(NAME, phone="0351 9876543"), CARD).number
    artwork.add_artwork(counter, number, card_png(tmp_path / "front.png"))
    proofs.make_proof(counter, number)
    record = approve(
        counter,
        number,
        decision=Decision.CHANGES_REQUESTED,
        checklist={},
        marks=[Mark(MarkKind.PIN, 1, ((0.5, 0.5),), text="Kornblumenlogo kleiner")],
    )
    proofs.make_proof(counter, number)
    approve(counter, number, customer_name=NAME)
    kept = orders.find_order(number, None).customer_id
    customers.update_customer(owner, kept, orders.CustomerInput(NAME, phone="0351 9876543"), "bevorzugt Kornblumenblau")
    duplicate = orders.new_order(counter, orders.CustomerInput("Zacharias Quelmalz", "Quelmalz Bau"), CARD).number
    customers.merge_customers(owner, kept, orders.find_order(duplicate, None).customer_id)
    reprint = reorders.reorder(counter, number, with_proof=False).number
    assert found_in(store_files(store, postgres), {"name": WORDS["name"]}) == {"name"}

    later(monkeypatch, 10.1)
    done = erasure.erase_orders(owner, [number, duplicate, reprint])
    assert sorted(done.orders) == sorted([number, duplicate, reprint]) and kept in done.customers
    assert found_in(store_files(store, postgres), WORDS) == set()
    assert BlobErasure.select().where(BlobErasure.sha256 == Approval.get_by_id(record.id).markup_id).exists()
    entries = list(Customer.select().where(Customer.id.in_([kept, orders.find_order(duplicate, None).customer_id])))
    assert all((c.name, c.notes, c.digest_key) == ("", "", "") for c in entries)
    assert CustomerToken.select().where(CustomerToken.customer.in_([c.id for c in entries])).count() == 0
    assert customers.search_customers("quellmalz") == [] and orders.search_orders("quellmalz") == []
    report = verify_store()
    assert report.ok, report.problems


def test_the_export_finds_the_customer_as_typed_and_holds_the_directory_and_the_marks(owner, counter, tmp_path):
    import json
    import zipfile

    from printproof.services.privacy import customer_export

    number = orders.new_order(counter, orders.CustomerInput(NAME, phone="0351 9876543"), CARD).number
    artwork.add_artwork(counter, number, card_png(tmp_path / "front.png"))
    proofs.make_proof(counter, number)
    record = approve(
        counter,
        number,
        decision=Decision.CHANGES_REQUESTED,
        checklist={},
        marks=[Mark(MarkKind.PIN, 1, ((0.5, 0.5),), text="Kornblumenlogo kleiner")],
    )
    kept = orders.find_order(number, None).customer_id
    customers.update_customer(owner, kept, orders.CustomerInput(NAME, phone="0351 9876543"), "bevorzugt Kornblumenblau")
    duplicate = orders.new_order(counter, orders.CustomerInput("Zacharias Quelmalz", "Quelmalz Bau"), CARD)
    customers.merge_customers(owner, kept, duplicate.customer_id)
    made = customer_export.export_customer(owner, NAME, tmp_path / "export.zip")
    with zipfile.ZipFile(made.path) as archive:
        data = json.loads(archive.read("data.json"))
        entries = {c["id"]: c for c in data["customers"]}
        assert set(entries) == {kept, duplicate.customer_id}  # the duplicate merged in is the same person
        assert entries[kept]["notes"].startswith("bevorzugt Kornblumenblau")
        assert entries[duplicate.customer_id]["merged_into"] == kept
        marks = [a["marks"] for o in data["orders"] for a in o["approvals"] if a["marks"]]
        assert marks == [Approval.get_by_id(record.id).markup_id]
        path = data["files"][marks[0]]["path"]
        assert "Kornblumenlogo kleiner" in archive.read(path).decode()
