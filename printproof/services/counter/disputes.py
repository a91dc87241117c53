"""Complaints at pickup (Reklamation): the customer's words and photos, then the owner's decision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ...domain.enums import DisputeCategory, DisputeOutcome, MatchesApproval, Role
from ...domain.errors import NotFound, UserError
from ...domain.i18n import t
from ...domain.money import checked_cents
from ...domain.rules import Step
from ...domain.typed_text import clean_filename, clean_text
from ...store.blobs import put_blob
from ...store.db import lock_order, write
from ...store.migrations import now
from ...store.models import Dispute, DisputeDecision, DisputePhoto, Order, Proof
from ..artwork.imaging import MEDIA_TYPES_BY_KIND, check_photo
from ..core import sealing
from ..core.context import Actor, require, utc_offset_now
from ..core.orders import advance, check_step, find_order, refuse_erased

MAX_PHOTOS = 20


@dataclass(frozen=True)
class Photo:
    filename: str
    data: bytes


def open_dispute(
    actor: Actor, number: str, category: DisputeCategory, customer_words: str, photos: list[Photo]
) -> Dispute:
    """Record a complaint in the customer's words, with photos of what was delivered."""
    require(actor, action="record a complaint")
    category = DisputeCategory(category)
    words = clean_text(customer_words, "customer's words", required=True, max_len=5000)
    if len(photos) > MAX_PHOTOS:
        raise UserError(t("At most {limit} photos per complaint.", limit=MAX_PHOTOS))
    kinds = [check_photo(p.data, p.filename) for p in photos]  # refuse bad photos before writing
    with write():
        order = find_order(number, actor)
        lock_order(order.id)
        order = Order.get_by_id(order.id)
        check_step(order, Step.COMPLAINT)
        dispute = Dispute(
            order=order,
            category=category,
            staff=actor.staff_id,
            workstation=actor.workstation,
            created_at=now(),
            utc_offset=utc_offset_now(),
        )
        hashes = [put_blob(p.data, MEDIA_TYPES_BY_KIND[kind]).sha256 for p, kind in zip(photos, kinds, strict=True)]

        def store_photos(d: Dispute) -> None:
            for position, sha in enumerate(hashes):
                DisputePhoto.create(dispute=d, blob=sha, position=position)
            advance(actor, order, Step.COMPLAINT, dispute=d.id)

        sealing.seal(
            actor,
            dispute,
            personal={"customer_words": words, "photo_names": [clean_filename(p.filename, "photo") for p in photos]},
            order=order,
            payload={"category": category},
            content_args={"photo_hashes": hashes},
            before_event=store_photos,
        )
        from .complaint_numbers import open_case

        open_case(actor, order, dispute, dispute.created_at)  # the case number and answer date, in this write
    return dispute


AMOUNTED = frozenset({DisputeOutcome.DISCOUNT, DisputeOutcome.REFUND})
"""The outcomes that record an amount of money."""


def decide_dispute(
    actor: Actor,
    dispute_id: int,
    matches: MatchesApproval,
    outcome: DisputeOutcome,
    reason: str,
    amount_cents: int | None = None,
) -> DisputeDecision:
    """The owner decides a complaint: does the delivery match the approval, what happens, and why; a discount or a
    refund with its amount in euro cents (sealed with the decision)."""
    require(actor, Role.OWNER, action="decide a complaint")
    matches, outcome = MatchesApproval(matches), DisputeOutcome(outcome)
    reason = clean_text(reason, "reason", required=True, max_len=5000)
    if outcome in AMOUNTED and amount_cents is None:
        raise UserError(t("A discount or a refund needs its amount."))
    if outcome not in AMOUNTED and amount_cents is not None:
        raise UserError(t("Only a discount or a refund has an amount."))
    if amount_cents is not None:
        amount_cents = checked_cents(amount_cents)
    with write():
        dispute = Dispute.get_or_none(Dispute.id == dispute_id)
        if dispute is None:
            raise NotFound(t("There is no complaint {dispute_id}.", dispute_id=dispute_id))
        lock_order(dispute.order_id)
        if DisputeDecision.select().where(DisputeDecision.dispute == dispute).exists():
            raise UserError(t("This complaint is already decided; open a new one if the customer comes back."))
        check_step(dispute.order, Step.DECISION)
        decision = DisputeDecision(
            dispute=dispute,
            matches_approval=matches,
            outcome=outcome,
            amount_cents=amount_cents,
            staff=actor.staff_id,
            workstation=actor.workstation,
            created_at=now(),
            utc_offset=utc_offset_now(),
        )
        sealing.seal(
            actor,
            decision,
            personal={"reason": reason},
            order=dispute.order,
            payload={
                "outcome": outcome,
                "matches": matches,
                **({"amount_cents": amount_cents} if amount_cents is not None else {}),
            },
            before_event=lambda d: advance(actor, dispute.order, Step.DECISION, decision=d.id),
        )
    return decision


def open_disputes() -> list[Dispute]:
    decided = DisputeDecision.select(DisputeDecision.dispute)
    return list(Dispute.select().where(~(Dispute.id.in_(decided))).order_by(Dispute.id))


def approved_proof_for(dispute: Dispute) -> Proof | None:
    """The proof the customer approved, to compare with the photos of the delivery."""
    from ..proofing.proofs import active_approval

    approval = active_approval(dispute.order)
    return approval.proof if approval else None


def read_photo(path: Path) -> Photo:
    """A photo file the user picked, checked at once (so a wrong file is refused when it is added, in words
    about photos), or one sentence saying why it cannot be used."""
    from ..artwork.artwork import read_file

    data = read_file(path)
    check_photo(data, path.name)
    return Photo(path.name, data)


@dataclass(frozen=True)
class PhotoView:
    filename: str
    sha256: str
    upright_jpeg: bytes  # turned as its EXIF orientation says
    photo_id: int = 0  # the complaint photo, e.g. to straighten it (services/counter/photo_align.py)


@dataclass(frozen=True)
class DisputeView:
    """What the owner sees to decide a complaint."""

    dispute_id: int
    number: str
    customer: str
    category: str
    customer_words: str
    created_at: datetime
    photos: list[PhotoView]
    approved_version: int | None
    approved_pdf: bytes | None
    decided: bool


def dispute_view(dispute_id: int, viewer: Actor | None = None) -> DisputeView:
    """A complaint with its photos upright and the approved proof, for the owner's decision (a restricted
    order's complaint: for the owner only)."""
    from ...store.blobs import blob_bytes
    from ..artwork.imaging import upright_jpeg
    from ..core.restriction import check_visible

    dispute = Dispute.get_or_none(Dispute.id == dispute_id)
    if dispute is None:
        raise NotFound(t("There is no complaint {dispute_id}.", dispute_id=dispute_id))
    check_visible(dispute.order, viewer)
    refuse_erased(dispute.order, t("the complaint's photos are erased"))
    proof = approved_proof_for(dispute)
    photos = [
        PhotoView(p.filename, p.blob_id, upright_jpeg(blob_bytes(p.blob_id)), p.id)
        for p in DisputePhoto.select().where(DisputePhoto.dispute == dispute).order_by(DisputePhoto.position)
    ]
    return DisputeView(
        dispute.id,
        dispute.order.number,
        dispute.order.customer.name,
        dispute.category,
        dispute.customer_words,
        dispute.created_at,
        photos,
        proof.version if proof is not None else None,
        blob_bytes(proof.pdf_id) if proof is not None else None,
        DisputeDecision.select().where(DisputeDecision.dispute == dispute).exists(),
    )
