"""Orders that can be corrected before the approval, and repeated ("Nachdruck") from any earlier order."""

from __future__ import annotations

import json
import subprocess

import pytest

from printproof.domain.enums import Decision, OrderStatus
from printproof.domain.errors import UserError
from printproof.domain.spec import JobSpec
from printproof.domain.vocabulary import CHECKLIST
from printproof.services.artwork import artwork
from printproof.services.core import order_edits, orders
from printproof.services.evidence.verify import verify_store
from printproof.services.proofing import approvals, proofs, reorders
from printproof.store.models import Artwork, AuditEvent, Order
from tests.support.shop import CARD, card_png, needs, signature_strokes, table_counts

BIGGER = JobSpec("Visitenkarte", 85, 55, 3, 1000, "350 g matt", "4/4")


@pytest.fixture
def proofed(owner, card_order, tmp_path):
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "front.png"))
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "back.png", color=(200, 40, 40)), "back")
    proofs.make_proof(owner, card_order)
    return card_order


def approve(actor, number):
    return approvals.record_approval(
        actor,
        number,
        decision=Decision.APPROVED,
        customer_name="Łukasz Żółć",
        checklist=dict.fromkeys(CHECKLIST, True),
        strokes=signature_strokes(),
    )


def test_the_specification_is_corrected_before_the_approval_and_audited(owner, proofed):
    done = order_edits.edit_order(owner, proofed, spec=BIGGER)
    assert done.changed == ["quantity"]
    assert orders.find_order(proofed, None).quantity == 1000
    event = AuditEvent.select().where(AuditEvent.kind == "order.edited").get()
    assert json.loads(event.payload) == {"spec": {"quantity": [500, 1000]}}
    # Version 1 shows 500 pieces: it can no longer be approved, the customer must see a new proof.
    before = table_counts()
    with pytest.raises(UserError, match="specification of .* changed after version 1 was made"):
        approve(owner, proofed)
    assert table_counts() == before
    made = proofs.make_proof(owner, proofed)
    approve(owner, proofed)
    assert made.version == 2 and orders.find_order(proofed, None).status == OrderStatus.APPROVED
    assert verify_store().ok


def test_after_the_approval_a_spec_change_needs_a_new_proof_for_every_caller(owner, proofed):
    approve(owner, proofed)
    before = table_counts()
    with pytest.raises(UserError, match="frozen since the customer approved it; a change needs a new proof"):
        order_edits.edit_order(owner, proofed, spec=BIGGER)
    with pytest.raises(UserError, match="frozen since the customer approved it"):
        order_edits.edit_order(owner, proofed, customer=orders.CustomerInput("Somebody Else"))
    assert table_counts() == before
    # The due date is scheduling, not print content: it moves while the order is made.
    moved = JobSpec.from_dict({**CARD.to_dict(), "due": "2027-01-15"})
    assert order_edits.edit_order(owner, proofed, spec=moved).changed == ["due"]
    assert approvals.active_approval(orders.find_order(proofed, None)) is not None  # the approval still stands
    # The owner voids the approval; then the order is corrected and proofed again.
    approvals.void_standing_approval(owner, proofed, "Kunde möchte 1000 Stück")
    assert order_edits.edit_order(owner, proofed, spec=BIGGER).changed == ["quantity", "due"]
    assert proofs.make_proof(owner, proofed).version == 2


def test_customer_details_and_another_customer_before_the_approval(owner, proofed):
    other = orders.new_order(owner, orders.CustomerInput("Emma Fischer"), CARD)
    done = order_edits.edit_order(owner, proofed, customer_id=other.customer_id, notes="ruft an, wenn fertig")
    assert done.changed == ["customer", "notes"]
    assert {r.number for r in orders.search_orders("emma fischer")} == {proofed, other.number}
    assert proofed not in [r.number for r in orders.search_orders("lukasz")]
    fixed = order_edits.edit_order(owner, proofed, customer=orders.CustomerInput("Emma Fisher", phone="089 123"))
    assert fixed.changed == ["customer details"]
    payloads = " ".join(
        e.payload for e in AuditEvent.select().where(AuditEvent.kind.in_(["order.edited", "customer.changed"]))
    )
    assert (
        "Fisher" not in payloads and "ruft an" not in payloads and "089 123" not in payloads
    )  # a hex digest may hold "089"
    assert order_edits.edit_order(owner, proofed, notes="ruft an, wenn fertig").changed == []


def test_a_reprint_repeats_the_approved_order_with_a_new_proof(owner, proofed, tmp_path):
    needs("pdftotext")
    approve(owner, proofed)
    source = orders.find_order(proofed, None)
    made = reorders.reorder(owner, proofed, quantity=250)
    new = orders.find_order(made.number, None)
    assert new.customer_id == source.customer_id and new.reorder_of_id == source.id
    assert (new.product, new.width_mm, new.height_mm, new.colors, new.quantity) == ("Visitenkarte", 85, 55, "4/4", 250)
    assert made.approved_version == 1 and made.approved_sha256 == proofs.get_proof(proofed, 1).pdf_id
    assert new.reorder_proof_id == proofs.get_proof(proofed, 1).id
    copied = {a.side: a.original_id for a in Artwork.select().where(Artwork.order == new)}
    assert copied == {a.side: a.original_id for a in Artwork.select().where(Artwork.order == source)}
    assert made.proof is not None and made.proof.version == 1 and new.status == OrderStatus.PROOFING
    pdf = tmp_path / "reprint.pdf"
    pdf.write_bytes(made.proof.pdf)
    text = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True, text=True).stdout
    assert f"Nachdruck von Auftrag {proofed}" in text and "Version 1" in text
    assert made.approved_sha256[:20] in text.replace("\n", "")
    assert approvals.active_approval(new) is None  # the earlier approval never stands for the new order
    assert orders.find_order(proofed, None).status == OrderStatus.APPROVED  # the earlier order is untouched
    assert verify_store().ok


def test_a_reprint_of_an_unapproved_order_and_of_nothing(owner, card_order, tmp_path):
    before = table_counts()
    with pytest.raises(UserError, match="has no artwork to print again"):
        reorders.reorder(owner, card_order)
    assert table_counts() == before
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "front.png"))
    made = reorders.reorder(owner, card_order, with_proof=False)
    assert made.approved_version is None and made.proof is None
    assert Order.get(Order.number == made.number).status == OrderStatus.DRAFT
