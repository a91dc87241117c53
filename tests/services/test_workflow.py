"""The approval binds: the issue's stories, through the services every front door uses (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from printproof.domain.enums import Decision, DisputeCategory, DisputeOutcome, MatchesApproval, OrderStatus
from printproof.domain.errors import NotAllowed, UserError
from printproof.domain.vocabulary import CHECKLIST
from printproof.services.admin import demo
from printproof.services.artwork import artwork
from printproof.services.core import orders
from printproof.services.counter import disputes, pickup
from printproof.services.proofing import acknowledgements, approvals, proofs
from printproof.services.proofing.approvals import active_approval
from printproof.store.models import Order
from tests.support.shop import card_png, signature_strokes, table_counts
from tests.support.stories import approve


def status(number: str) -> OrderStatus:
    return OrderStatus(Order.get(Order.number == number).status)


@pytest.fixture
def approved(owner, card_order, tmp_path) -> str:
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "front.png"))
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "back.png"), "back")
    proofs.make_proof(owner, card_order)
    approve(owner, card_order)
    return card_order


def test_records_cannot_be_skipped_by_a_status_change(counter, owner, card_order, tmp_path):
    artwork.add_artwork(counter, card_order, card_png(tmp_path / "front.png"))
    proofs.make_proof(counter, card_order)
    before = table_counts()
    for target, words in (
        (OrderStatus.APPROVED, "approval of its current proof version is recorded"),
        (OrderStatus.PICKED_UP, "hand-over that the customer signs"),
        (OrderStatus.RESOLVED, "owner's decision on the complaint"),
        (OrderStatus.IN_PRODUCTION, "only an approved order goes into production"),
    ):
        for actor in (counter, owner):
            with pytest.raises(UserError, match=words):
                orders.set_status(actor, card_order, target)
    assert table_counts() == before and status(card_order) == OrderStatus.PROOFING


def test_artwork_is_frozen_once_approved_until_the_owner_voids(approved, owner, counter, tmp_path):
    new_art = card_png(tmp_path / "new.png", color=(200, 30, 30))
    for state in (OrderStatus.APPROVED, OrderStatus.IN_PRODUCTION):
        if state == OrderStatus.IN_PRODUCTION:
            orders.set_status(counter, approved, state)
        before = table_counts()
        for actor in (counter, owner):
            with pytest.raises(UserError, match="frozen since the customer approved it"):
                artwork.add_artwork(actor, approved, new_art)
            with pytest.raises(UserError, match="needs the owner to void the approval first"):
                proofs.make_proof(actor, approved)
        assert table_counts() == before
    with pytest.raises(NotAllowed, match="Only the owner may void an approval"):
        approvals.void_standing_approval(counter, approved, "Kunde hat falsche Datei geschickt")
    approvals.void_standing_approval(owner, approved, "Kunde hat falsche Datei geschickt")
    assert status(approved) == OrderStatus.PROOFING and active_approval(orders.find_order(approved, None)) is None
    artwork.add_artwork(counter, approved, new_art)
    # The new artwork cannot ride on the old proof: version 1 shows what the customer saw, not this.
    with pytest.raises(UserError, match="changed after version 1 was made; make a new proof version"):
        approve(counter, approved)
    with pytest.raises(UserError, match="is proofing; only an approved order goes into production"):
        orders.set_status(counter, approved, OrderStatus.IN_PRODUCTION)
    proofs.make_proof(counter, approved)
    approve(counter, approved)
    assert active_approval(orders.find_order(approved, None)).proof.version == 2


def test_after_a_complaint_only_new_proof_lets_the_artwork_change(approved, owner, counter, tmp_path):
    pickup.record_pickup(counter, approved, "Łukasz Żółć", signature_strokes())
    new_art = card_png(tmp_path / "new.png", color=(30, 200, 30))
    with pytest.raises(UserError, match="is picked up; its artwork changes only after a complaint"):
        artwork.add_artwork(owner, approved, new_art)
    dispute = disputes.open_dispute(counter, approved, DisputeCategory.CHANGED_MIND, "Gefällt mir nicht mehr", [])
    with pytest.raises(UserError, match="has an open complaint; its artwork changes only after the owner decides"):
        artwork.add_artwork(owner, approved, new_art)
    with pytest.raises(NotAllowed):
        disputes.decide_dispute(counter, dispute.id, MatchesApproval.YES, DisputeOutcome.NEW_PROOF_CUSTOMER_COST, "x")
    disputes.decide_dispute(
        owner, dispute.id, MatchesApproval.YES, DisputeOutcome.NEW_PROOF_CUSTOMER_COST, "Wie freigegeben."
    )
    old = active_approval(orders.find_order(approved, None))
    assert old is not None  # until the artwork changes, the approval still names what was printed
    artwork.add_artwork(counter, approved, new_art)
    assert (
        active_approval(orders.find_order(approved, None)) is None
    )  # never standing for artwork the customer never saw
    with pytest.raises(UserError, match="decided as “New proof at the customer's cost”; the order is handed over"):
        pickup.record_pickup(counter, approved, "Łukasz Żółć", signature_strokes())
    made = proofs.make_proof(counter, approved)
    assert made.version == 2 and status(approved) == OrderStatus.PROOFING
    assert pickup.find_for_pickup(approved).approval is None
    # The new green prints duller than on screen: the customer acknowledges that before approving version 2.
    assert [s.code for s in acknowledgements.serious_findings(proofs.get_proof(approved), "de")] == ["out_of_gamut"]
    with pytest.raises(UserError, match="Every serious finding must be acknowledged"):
        approvals.record_approval(
            counter,
            approved,
            decision=Decision.APPROVED,
            customer_name="Łukasz Żółć",
            checklist=dict.fromkeys(CHECKLIST, True),
            strokes=signature_strokes(),
        )
    approve(counter, approved)
    assert pickup.find_for_pickup(approved).proof.version == 2


@pytest.mark.parametrize(
    "outcome",
    [DisputeOutcome.CUSTOMER_PAYS, DisputeOutcome.REPRINT_SHOP_COST, DisputeOutcome.DISCOUNT],
)
def test_what_each_decision_allows_next(approved, owner, counter, tmp_path, outcome):
    orders.set_status(counter, approved, OrderStatus.IN_PRODUCTION)
    orders.set_status(counter, approved, OrderStatus.READY)
    dispute = disputes.open_dispute(counter, approved, DisputeCategory.COLOUR, "Zu dunkel", [])
    with pytest.raises(UserError, match="is resolved only through the owner's decision"):
        orders.set_status(owner, approved, OrderStatus.RESOLVED)
    amount = 2500 if outcome in disputes.AMOUNTED else None
    disputes.decide_dispute(owner, dispute.id, MatchesApproval.NO, outcome, "Entscheidung", amount)
    with pytest.raises(UserError, match="the artwork changes only after a decision “new proof”"):
        artwork.add_artwork(owner, approved, card_png(tmp_path / "x.png"))
    if outcome == DisputeOutcome.REPRINT_SHOP_COST:
        with pytest.raises(UserError, match="the order is handed over once that is done"):
            pickup.record_pickup(counter, approved, "Łukasz Żółć", signature_strokes())
        orders.set_status(counter, approved, OrderStatus.IN_PRODUCTION)  # the reprint
        orders.set_status(counter, approved, OrderStatus.READY)
    else:
        with pytest.raises(UserError, match="only a reprint goes back into production"):
            orders.set_status(counter, approved, OrderStatus.IN_PRODUCTION)
    pickup.record_pickup(counter, approved, "Łukasz Żółć", signature_strokes())
    assert status(approved) == OrderStatus.PICKED_UP


def test_a_void_once_the_goods_are_printed_is_refused(approved, owner, counter):
    orders.set_status(counter, approved, OrderStatus.IN_PRODUCTION)
    orders.set_status(counter, approved, OrderStatus.READY)
    before = table_counts()
    with pytest.raises(UserError, match="is ready; its approval stays, and changes now go through a complaint"):
        approvals.void_standing_approval(owner, approved, "zu spät")
    assert table_counts() == before


def test_the_demo_never_touches_a_live_store(owner, card_order):
    before = table_counts()
    for extra in (0, 5):
        with pytest.raises(UserError, match="the demo fills only an empty store"):
            demo.fill(extra)
    assert table_counts() == before
