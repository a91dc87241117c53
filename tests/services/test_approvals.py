import pytest

from printproof.domain.enums import ApprovalMethod, Decision, DisputeCategory, DisputeOutcome, MatchesApproval
from printproof.domain.errors import Conflict, NotAllowed, UserError
from printproof.domain.signature import Point
from printproof.services.artwork import artwork
from printproof.services.core import audit, sealing
from printproof.services.counter import disputes, pickup
from printproof.services.proofing import approvals, proofs
from printproof.store.models import Approval, AuditEvent
from tests.support.shop import card_png, image_bytes, signature_strokes
from tests.support.stories import approve


@pytest.fixture
def proofed(owner, card_order, tmp_path):
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "f.png"))
    proofs.make_proof(owner, card_order)
    return card_order


def test_signed_approval_is_sealed(counter, proofed):
    record = approve(counter, proofed)
    assert record.order.status == "approved"
    assert record.content_sha256 == audit.content_hash(sealing.KINDS["approval"].content(Approval.get_by_id(record.id)))
    assert record.signature_image_id and record.signature_strokes_id
    from printproof.services.core import shop

    assert "Text und Rechtschreibung" in record.checklist
    assert record.terms == shop.terms("de") and "zum Druck frei" in record.terms
    event = AuditEvent.select().order_by(AuditEvent.seq.desc()).first()
    assert event.kind == "approval.recorded" and record.content_sha256 in event.payload


def test_checklist_and_signature_rules(counter, proofed):
    with pytest.raises(UserError, match="checklist"):
        approve(counter, proofed, checklist={"text": True})
    with pytest.raises(UserError, match="no signature"):
        approve(counter, proofed, strokes=[])
    with pytest.raises(UserError, match="too short"):
        approve(counter, proofed, strokes=[[Point(10, 10), Point(12, 11)]])
    with pytest.raises(UserError, match="changes"):
        approve(counter, proofed, decision=Decision.APPROVED_WITH_CHANGES)
    with pytest.raises(UserError, match="phone call"):
        approve(counter, proofed, method=ApprovalMethod.PHONE, strokes=None)
    assert Approval.select().count() == 0


def test_second_approval_is_refused_clearly(counter, owner, proofed):
    approve(counter, proofed)
    with pytest.raises(Conflict, match="already approved"):
        approve(owner, proofed)


def test_only_the_owner_voids_and_both_stay(counter, owner, proofed):
    record = approve(counter, proofed)
    with pytest.raises(NotAllowed, match="Only the owner"):
        approvals.void_approval(counter, record.id, "wrong customer")
    approvals.void_approval(owner, record.id, "Falscher Kunde unterschrieben")
    assert approvals.active_approval(record.order) is None
    again = approve(counter, proofed, customer_name="Richtiger Kunde")
    assert Approval.select().count() == 2 and again.order.status == "approved"


def test_pickup_and_dispute_decided_by_owner(counter, owner, proofed, tmp_path):
    from PIL import Image

    approve(counter, proofed)
    found = pickup.find_for_pickup(f"  {proofed} ")
    assert found.approval is not None and found.proof.version == 1
    pickup.record_pickup(counter, proofed, "Łukasz Żółć", signature_strokes())
    photo = disputes.Photo("delivered.jpg", image_bytes(Image.new("RGB", (640, 480), "navy"), "JPEG"))
    with pytest.raises(UserError, match="damaged"):
        disputes.open_dispute(
            counter,
            proofed,
            DisputeCategory.COLOUR,
            "zu dunkel",
            [disputes.Photo("x.jpg", b"\xff\xd8\xff" + b"0" * 50)],
        )
    case = disputes.open_dispute(counter, proofed, DisputeCategory.COLOUR, "Das Blau ist zu dunkel", [photo])
    assert case.order.status == "disputed"
    with pytest.raises(NotAllowed):
        disputes.decide_dispute(counter, case.id, MatchesApproval.YES, DisputeOutcome.CUSTOMER_PAYS, "ok")
    disputes.decide_dispute(
        owner, case.id, MatchesApproval.YES, DisputeOutcome.CUSTOMER_PAYS, "Entspricht dem freigegebenen Proof."
    )
    assert disputes.open_disputes() == []
