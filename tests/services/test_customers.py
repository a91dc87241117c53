"""The customer directory: a returning customer found however the name is typed, their orders and complaints,
duplicates merged by the owner with nothing lost, every change logged with digests, never the values."""

from __future__ import annotations

import json

import pytest

from printproof.domain.enums import DisputeCategory, Role
from printproof.domain.errors import NotAllowed, NotFound, UserError
from printproof.services.admin.staff import add_staff, sign_in
from printproof.services.core import customers, orders
from printproof.services.counter import pickup
from printproof.store.models import AuditEvent, Customer, Order
from tests.support.shop import CARD, table_counts

NAMES = ["Jürgen Müller", "Ayşe Şahin", "Łukasz Żółć", "Ирина Иванова", "Γιώργος Παπαδόπουλος", "Søren Ørsted"]
TYPED = {
    "mueller": "Jürgen Müller",
    "Muller": "Jürgen Müller",
    "juergen mu": "Jürgen Müller",
    "sahin": "Ayşe Şahin",
    "ayse": "Ayşe Şahin",
    "lukasz": "Łukasz Żółć",
    "zolc": "Łukasz Żółć",
    "ivanova": "Ирина Иванова",
    "Iwanowa": "Ирина Иванова",
    "irina": "Ирина Иванова",
    "papadopoulos": "Γιώργος Παπαδόπουλος",
    "giorgos": "Γιώργος Παπαδόπουλος",
    "soeren": "Søren Ørsted",
    "orsted": "Søren Ørsted",
}


@pytest.fixture
def shop_orders(owner):
    made = {}
    for name in NAMES:
        made[name] = orders.new_order(owner, orders.CustomerInput(name, phone="+49 89 1234567"), CARD).number
    return made


@pytest.mark.parametrize("typed", list(TYPED))
def test_forgiving_search_in_orders_customers_and_pickup(shop_orders, typed):
    name = TYPED[typed]
    assert [r.number for r in orders.search_orders(typed)] == [shop_orders[name]]
    assert [c.name for c in customers.search_customers(typed)] == [name]
    assert [c.number for c in pickup.pickup_candidates(typed)] == [shop_orders[name]]


def test_a_returning_customer_is_picked_and_their_orders_listed(owner):
    first = orders.new_order(owner, orders.CustomerInput("Jürgen Müller", "Bäckerei Sonne", "0171 2345678"), CARD)
    [row] = customers.search_customers("mueller")
    again = orders.new_order(owner, None, CARD, customer_id=row.id)
    assert again.customer_id == first.customer_id
    found = customers.customer_details(row.id)
    assert [o.number for o in found.orders] == [again.number, first.number]
    assert found.customer.orders == 2 and found.customer.last_order == again.number
    # The order search finds both by any of the customer's words.
    assert {r.number for r in orders.search_orders("backerei sonne")} == {first.number, again.number}
    assert {r.number for r in orders.search_orders("0171 234")} == {first.number, again.number}


def test_reuse_takes_the_one_exact_match_and_refuses_two(owner):
    first = orders.new_order(owner, orders.CustomerInput("Anna Schmidt"), CARD)
    reused = orders.new_order(owner, orders.CustomerInput("anna  SCHMIDT", email="as@example.de"), CARD, reuse=True)
    assert reused.customer_id == first.customer_id
    assert Customer.get_by_id(first.customer_id).email == "as@example.de"  # an empty field is filled in
    fresh = orders.new_order(owner, orders.CustomerInput("Anna Schmidt"), CARD)  # without reuse: a new entry
    assert fresh.customer_id != first.customer_id
    before = table_counts()
    with pytest.raises(UserError, match="2 customers are named Anna Schmidt; pick one by its number"):
        orders.new_order(owner, orders.CustomerInput("Anna Schmidt"), CARD, reuse=True)
    assert table_counts() == before
    other = orders.new_order(owner, orders.CustomerInput("Anna Schmidtke"), CARD, reuse=True)
    assert other.customer_id not in (first.customer_id, fresh.customer_id)  # a prefix is no exact match


def test_unknown_or_mismatched_customer_ids_are_refused_cleanly(owner):
    made = orders.new_order(owner, orders.CustomerInput("Paul Weber"), CARD)
    before = table_counts()
    with pytest.raises(NotFound, match="There is no customer 999"):
        orders.new_order(owner, None, CARD, customer_id=999)
    with pytest.raises(UserError, match="is Paul Weber, not Emma Fischer"):
        orders.new_order(owner, orders.CustomerInput("Emma Fischer"), CARD, customer_id=made.customer_id)
    with pytest.raises(UserError, match="Name the customer"):
        orders.new_order(owner, None, CARD)
    assert table_counts() == before


def test_the_owner_merges_duplicates_and_nothing_is_lost(owner):
    a = orders.new_order(owner, orders.CustomerInput("Jürgen Müller", phone="0171 111"), CARD)
    b = orders.new_order(owner, orders.CustomerInput("Juergen Mueller", "Bäckerei", "0171 222", "jm@x.de"), CARD)
    add_staff(owner, "Tom", Role.COUNTER, "1111")
    tom = sign_in("Tom", "1111")
    before = table_counts()
    with pytest.raises(NotAllowed, match="Only the owner may merge customers"):
        customers.merge_customers(tom, a.customer_id, b.customer_id)
    assert table_counts() == before
    done = customers.merge_customers(owner, a.customer_id, b.customer_id)
    assert done.orders_moved == [b.number]
    kept = Customer.get_by_id(a.customer_id)
    assert (kept.company, kept.phone, kept.email) == ("Bäckerei", "0171 111", "jm@x.de")
    assert "Juergen Mueller" in kept.notes and "0171 222" in kept.notes  # the differing values are kept
    duplicate = Customer.get_by_id(b.customer_id)
    assert duplicate.merged_into_id == kept.id and duplicate.name == "Juergen Mueller"  # the row stays
    assert Order.get(Order.number == b.number).customer_id == kept.id
    assert [c.id for c in customers.search_customers("mueller")] == [kept.id]
    assert {r.number for r in orders.search_orders("0171 222")} == set()  # the merged phone is only a note
    assert {r.number for r in orders.search_orders("backerei")} == {a.number, b.number}
    assert customers.customer_details(b.customer_id).customer.id == kept.id  # the old number leads on
    with pytest.raises(UserError, match="already merged"):
        customers.merge_customers(owner, a.customer_id, b.customer_id)
    with pytest.raises(UserError, match="into itself"):
        customers.merge_customers(owner, a.customer_id, a.customer_id)
    event = AuditEvent.select().where(AuditEvent.kind == "customer.merged").get()
    payload = json.loads(event.payload)
    assert payload["kept"] == kept.id and payload["merged"] == duplicate.id and payload["orders"] == [b.number]


def test_directory_changes_are_logged_with_digests_never_values(owner):
    made = orders.new_order(owner, orders.CustomerInput("Jürgen Müller", "", "0171 2345678", "jm@example.com"), CARD)
    changed = customers.update_customer(
        owner,
        made.customer_id,
        orders.CustomerInput("Jürgen Müller", "Bäckerei Sonne", "0171 999", "jm@example.com"),
        "kommt freitags",
    )
    assert changed == ["company", "phone", "notes"]
    assert (
        customers.update_customer(
            owner,
            made.customer_id,
            orders.CustomerInput("Jürgen Müller", "Bäckerei Sonne", "0171 999", "jm@example.com"),
        )
        == []
    )
    payloads = " ".join(e.payload for e in AuditEvent.select() if e.kind.startswith(("customer.", "order.")))
    assert "customer.created" in {e.kind for e in AuditEvent.select()}
    for value in (
        "Müller",
        "M\\u00fcller",
        "Jürgen",
        "0171 999",
        "0171 2345678",
        "jm@example.com",
        "Sonne",
        "freitags",
    ):
        assert value not in payloads, value
    event = AuditEvent.select().where(AuditEvent.kind == "customer.changed").get()
    customer = Customer.get_by_id(made.customer_id)
    assert json.loads(event.payload)["digests"]["phone"] == customers.digest(customer, "0171 999")
    assert customers.digest(customer, "0171 999") != customers.digest(Customer(digest_key="00" * 32), "0171 999")
    assert [r.number for r in orders.search_orders("sonne")] == [made.number]  # search follows the change


def test_bad_directory_input_is_one_sentence_and_changes_nothing(owner):
    made = orders.new_order(owner, orders.CustomerInput("Paul Weber"), CARD)
    before = table_counts()
    with pytest.raises(UserError, match="is not an e-mail address"):
        customers.update_customer(owner, made.customer_id, orders.CustomerInput("Paul Weber", email="paul@"))
    with pytest.raises(UserError, match="customer name is empty"):
        customers.add_customer(owner, orders.CustomerInput("  "))
    with pytest.raises(UserError, match="invisible control character"):
        customers.add_customer(owner, orders.CustomerInput("Paul\u202eWeber"))
    assert table_counts() == before


def test_a_customers_complaints_are_listed(owner, tmp_path):
    from printproof.domain.enums import Decision
    from printproof.domain.vocabulary import CHECKLIST
    from printproof.services.artwork import artwork
    from printproof.services.counter import disputes
    from printproof.services.proofing import approvals, proofs
    from tests.support.shop import card_png, signature_strokes

    made = orders.new_order(owner, orders.CustomerInput("Emma Fischer"), CARD)
    artwork.add_artwork(owner, made.number, card_png(tmp_path / "f.png"))
    artwork.add_artwork(owner, made.number, card_png(tmp_path / "b.png"), "back")
    proofs.make_proof(owner, made.number)
    approvals.record_approval(
        owner,
        made.number,
        decision=Decision.APPROVED,
        customer_name="Emma Fischer",
        checklist=dict.fromkeys(CHECKLIST, True),
        strokes=signature_strokes(),
    )
    disputes.open_dispute(owner, made.number, DisputeCategory.COLOUR, "Zu dunkel", [])
    found = customers.customer_details(made.customer_id)
    assert [(c.order, c.category, c.outcome) for c in found.complaints] == [(made.number, "colour", "")]


def test_phone_numbers_are_found_as_people_type_them(owner):
    a = orders.new_order(owner, orders.CustomerInput("Paul Weber", phone="+49 171 2345678"), CARD).number
    b = orders.new_order(owner, orders.CustomerInput("Emma Fischer", phone="0171 2345999"), CARD).number
    c = orders.new_order(owner, orders.CustomerInput("Mia Wagner", phone="0049 89 123456"), CARD).number
    for typed, found in (
        ("0171 234", {a, b}),
        ("171 234", {a, b}),
        ("+49 171 2345", {a}),
        ("49171", {a}),
        ("089 123", {c}),
        ("89 123456", {c}),
    ):
        assert {r.number for r in orders.search_orders(typed)} == found, typed
    assert [c.name for c in customers.search_customers("171 2345999")] == ["Emma Fischer"]
