"""Merging duplicates (issue 13) and privacy (issue 14) work together: a restriction follows the orders into
whichever entry is kept, an erasure reaches every entry of the person and their requests' words, chained merges
stay one step deep, and an erased entry is neither revived nor used for a new order."""

from __future__ import annotations

import pytest

from printproof.domain.enums import Decision
from printproof.domain.errors import NotAllowed, NotFound, UserError
from printproof.services.artwork import artwork
from printproof.services.core import customers, order_edits, orders
from printproof.services.core.restriction import restricted_customers
from printproof.services.counter import mail, overview
from printproof.services.evidence.verify import verify_store
from printproof.services.privacy import erasure, privacy
from printproof.services.proofing import compare, proofs, reorders
from printproof.store.models import Customer, ErasureRequest, Order, Personal
from tests.support.shop import CARD, card_png, table_counts
from tests.support.stories import approve, later

# The backup each erasure makes goes to the test's own folder, not the session's default one (where a later
# test's store would be compared with it).
pytestmark = pytest.mark.usefixtures("shop_folder")

NAME, EMAIL = "Zacharias Quellmalz", "zq.privat@example.org"
TYPO = "Zacharias Quelmalz"


def entry(number: str) -> int:
    return int(Order.get(Order.number == number).customer_id)


@pytest.mark.parametrize("keep_the_restricted_one", [False, True])
def test_a_restriction_follows_the_orders_into_the_entry_kept(owner, counter, tmp_path, keep_the_restricted_one):
    first = orders.new_order(counter, orders.CustomerInput(NAME, email=EMAIL), CARD).number
    artwork.add_artwork(counter, first, card_png(tmp_path / "front.png"))
    proofs.make_proof(counter, first)
    approve(counter, first, decision=Decision.CHANGES_REQUESTED, checklist={}, changes="Logo kleiner")
    proofs.make_proof(counter, first)
    answer = privacy.request_erasure(owner, EMAIL, "am Telefon")
    assert answer.restricted == [first]
    # The counter, not seeing the restricted entry, types the customer again with a typo: a new entry.
    second = orders.new_order(counter, orders.CustomerInput(TYPO), CARD).number
    restricted, duplicate = entry(first), entry(second)
    assert restricted != duplicate and restricted_customers() == {restricted}
    keep, merge = (restricted, duplicate) if keep_the_restricted_one else (duplicate, restricted)
    customers.merge_customers(owner, keep, merge)

    # Both orders are one person's now, and that person asked for erasure: hidden from all but the owner.
    assert restricted_customers() == {keep}
    assert orders.search_orders("quellmalz", viewer=counter) == []
    assert customers.search_customers("quellmalz", viewer=counter) == []
    assert {r.number for r in orders.search_orders("quellmalz", viewer=owner)} == {first, second}
    for number in (first, second):
        with pytest.raises(NotAllowed, match="restricted"):
            overview.order_view(number, viewer=counter)
        overview.order_view(number, viewer=owner)
    # Nor does the counter process the restricted data any further, by any service.
    before = table_counts()
    refused = [
        lambda: reorders.reorder(counter, first, with_proof=False),
        lambda: order_edits.edit_order(counter, first, notes="Rückruf"),
        lambda: compare.compare_versions(first, 1, 2, viewer=counter),
        lambda: orders.new_order(counter, None, CARD, customer_id=merge),
        lambda: customers.update_customer(counter, merge, orders.CustomerInput(NAME, phone="0351 1")),
        lambda: mail.notify_ready(counter, first),
    ]
    for call in refused:
        with pytest.raises(NotAllowed, match="restricted"):
            call()
    assert table_counts() == before
    compare.compare_versions(first, 1, 2, viewer=owner)
    # Typing the exact name with --reuse does not pick the restricted entry for the counter: a new one is made.
    again = orders.new_order(counter, orders.CustomerInput(NAME), CARD, reuse=True)
    assert again.customer_id not in {keep, merge}
    seen_by_owner = {c.id for c in customers.exact_matches(NAME, viewer=owner)}
    assert seen_by_owner == ({keep, again.customer_id} if keep_the_restricted_one else {again.customer_id})


def test_an_erasure_reaches_every_entry_of_the_person_and_their_requests_words(owner, counter, monkeypatch):
    a = orders.new_order(counter, orders.CustomerInput(NAME, email=EMAIL), CARD).number
    b = orders.new_order(counter, orders.CustomerInput(TYPO, "Quelmalz Bau"), CARD).number
    c = orders.new_order(counter, orders.CustomerInput("Z. Quellmalz", phone="0351 9876543"), CARD).number
    ea, eb, ec = entry(a), entry(b), entry(c)
    privacy.request_erasure(owner, f"#{eb}", "per Brief vom 3.11., bitte alles löschen")
    asked = ErasureRequest.get(ErasureRequest.customer == eb)
    customers.merge_customers(owner, eb, ea)  # a into b
    customers.merge_customers(owner, ec, eb)  # then b (holding a) into c
    # Chained merges are kept one step deep: every old number leads straight to the entry kept.
    assert {Customer.get_by_id(i).merged_into_id for i in (ea, eb)} == {ec}
    assert privacy.customer_ids(f"#{ea}") == sorted([ea, eb, ec])
    assert customers.customer_details(ea, viewer=owner).customer.id == ec
    assert restricted_customers() == {ec}

    later(monkeypatch, 10.1)
    done = erasure.erase_orders(owner, [a, b, c])
    assert done.customers == [ec]
    for i in (ea, eb, ec):
        gone = Customer.get_by_id(i)
        assert (gone.name, gone.company, gone.phone, gone.email, gone.notes, gone.digest_key) == (
            "",
            "",
            "",
            "",
            "",
            "",
        )
    # The words of the request made on the duplicate went with the person, and the evidence still verifies.
    assert Personal.get_by_id(asked.personal_id).data is None
    assert Personal.select().where(Personal.data.contains("Brief")).count() == 0
    report = verify_store()
    assert report.ok, report.problems
    assert restricted_customers() == set()


def test_an_erased_entry_is_neither_merged_nor_revived_nor_given_a_new_order(owner, counter, monkeypatch):
    old = orders.new_order(counter, orders.CustomerInput(NAME, email=EMAIL), CARD).number
    alive = orders.new_order(counter, orders.CustomerInput("Jürgen Müller"), CARD).customer_id
    later(monkeypatch, 10.1)
    erasure.erase_orders(owner, [old])
    erased = entry(old)
    before = table_counts()
    for call, error in (
        (lambda: customers.merge_customers(owner, alive, erased), "erased"),
        (lambda: customers.merge_customers(owner, erased, alive), "erased"),
        (lambda: customers.update_customer(owner, erased, orders.CustomerInput(NAME, email=EMAIL)), "erased"),
        (lambda: orders.new_order(owner, None, CARD, customer_id=erased), "erased"),
        (lambda: order_edits.edit_order(owner, old, customer=orders.CustomerInput(NAME)), "erased"),
        (lambda: order_edits.edit_order(owner, old, notes="kommt wieder"), "erased"),
        (lambda: reorders.reorder(owner, old, with_proof=False), "erased"),
        (lambda: compare.compare_versions(old, 1, 2, viewer=owner), "erased"),
    ):
        with pytest.raises((UserError, NotFound), match=error):
            call()
    assert table_counts() == before
    assert Customer.get_by_id(erased).name == ""
