"""A status the sealed records must back (issue 22): an insider with write access to the store changes an order's
status — by a plain UPDATE, or by also appending a move to the audit chain with PrintProof's own hashing code —
and ``verify`` names the order, and no service moves it on from there. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from printproof.domain.enums import OrderStatus
from printproof.domain.errors import UserError
from printproof.services.artwork import artwork
from printproof.services.core import audit, orders
from printproof.services.counter import pickup
from printproof.services.evidence.verify import verify_store
from printproof.services.proofing import proofs
from printproof.store.db import write
from printproof.store.models import Order, db
from tests.support.shop import card_png, signature_strokes
from tests.support.stories import approve


def set_status_by_hand(number: str, status: str) -> None:
    """What an insider types into the database: the order row only."""
    p = "%s" if db.obj.__class__.__name__.startswith("Postgres") else "?"
    db.execute_sql(f'UPDATE "order" SET status = {p} WHERE number = {p}', (status, number))


def order_problems(number: str) -> list[str]:
    return [p.what for p in verify_store().problems if p.order == number and p.kind == "order"]


def test_an_honest_life_is_backed_at_every_step(owner, counter, card_order, tmp_path):
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "front.png"))
    proofs.make_proof(owner, card_order)
    approve(owner, card_order)
    orders.set_status(counter, card_order, OrderStatus.IN_PRODUCTION)
    orders.set_status(counter, card_order, OrderStatus.READY)
    pickup.record_pickup(counter, card_order, "Łukasz Żółć", signature_strokes())
    assert order_problems(card_order) == []
    assert orders.status_fault(orders.find_order(card_order, owner)) is None


def test_a_status_typed_into_the_store_is_named_and_nothing_moves_on_from_it(owner, counter, card_order):
    set_status_by_hand(card_order, "approved")  # a draft: no proof, no approval
    found = order_problems(card_order)
    assert found and "draft" in found[0] and "approved" in found[0], found
    with pytest.raises(UserError, match="cannot go on.*verify"):
        orders.set_status(counter, card_order, OrderStatus.IN_PRODUCTION)
    with pytest.raises(UserError, match="cannot go on"):
        pickup.record_pickup(counter, card_order, "Łukasz Żółć", signature_strokes())
    assert Order.get(Order.number == card_order).status == "approved"  # nothing moved
    set_status_by_hand(card_order, "draft")  # put back as the records have it: backed again
    assert order_problems(card_order) == []


def test_a_move_appended_to_the_chain_without_its_record_is_named(owner, counter, card_order, tmp_path):
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "front.png"))
    proofs.make_proof(owner, card_order)  # proofing, backed by its proof
    order = Order.get(Order.number == card_order)
    with write():  # the insider re-seals with PrintProof's own code: the chain itself holds
        audit.append(
            None, "order.status", order=order, payload={"from": "proofing", "to": "approved", "step": "approval"}
        )
    set_status_by_hand(card_order, "approved")
    assert verify_store().ok is False
    found = order_problems(card_order)
    assert found and "without the record" in found[0], found
    with pytest.raises(UserError, match="cannot go on"):
        orders.set_status(counter, card_order, OrderStatus.IN_PRODUCTION)


def test_a_move_the_rules_do_not_allow_is_named(owner, card_order):
    order = Order.get(Order.number == card_order)
    with write():
        audit.append(None, "order.status", order=order, payload={"from": "draft", "to": "ready", "step": "status"})
    set_status_by_hand(card_order, "ready")
    found = order_problems(card_order)
    assert found and "rules do not allow" in found[0], found


def test_moves_of_the_first_releases_name_no_step_and_follow_their_rules(owner, card_order):
    """Schema 1–2 events name no step; their rules let a hand-over go approved → ready → picked up (a store of
    then was flagged and could never move on)."""
    order = Order.get(Order.number == card_order)
    with write():
        for start, end in (("draft", "proofing"), ("proofing", "approved"), ("approved", "ready")):
            audit.append(None, "order.status", order=order, payload={"from": start, "to": end})
    set_status_by_hand(card_order, "ready")
    assert order_problems(card_order) == []
    with write():
        audit.append(None, "order.status", order=order, payload={"from": "ready", "to": "approved"})
    set_status_by_hand(card_order, "approved")
    assert order_problems(card_order)  # not a move of then either


def test_a_move_with_a_bare_record_event_but_no_sealed_record_is_named(owner, counter, card_order, tmp_path):
    """A forged move followed by a forged record event that seals no row (no approval, no hash) passed."""
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "front.png"))
    proofs.make_proof(owner, card_order)
    order = Order.get(Order.number == card_order)
    with write():
        audit.append(
            None,
            "order.status",
            order=order,
            payload={"from": "proofing", "to": "approved", "step": "approval", "approval": 999},
        )
        audit.append(None, "approval.recorded", order=order, subject="approval:999", payload={})
    set_status_by_hand(card_order, "approved")
    found = order_problems(card_order)
    assert found and "approval:999" in found[0], found
    with pytest.raises(UserError, match="cannot go on"):
        orders.set_status(counter, card_order, OrderStatus.IN_PRODUCTION)
