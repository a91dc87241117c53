"""Reprints ("Nachdruck"): a new order from any earlier one, with the same specification and artwork.

The new order names the order it repeats and the proof the customer approved there; its own proof is made
at once (the earlier approval never stands for the new order: the customer approves the new proof, which
says on its cover which order and approved version it repeats).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ...domain.enums import Decision
from ...domain.errors import UserError
from ...domain.i18n import t
from ...domain.rules import Step
from ...domain.spec import JobSpec
from ...store.db import write
from ...store.migrations import now
from ...store.models import Approval, ApprovalVoid, Artwork, Order, Proof
from ..artwork.artwork import current_artwork
from ..core import audit
from ..core.context import Actor, require
from ..core.orders import advance, find_order, new_order, refuse_erased, spec_of
from .proofs import ProofMade, active_approval, make_proof


@dataclass(frozen=True)
class Reordered:
    number: str  # the new order
    source: str
    approved_version: int | None  # the proof approved on the earlier order, if any
    approved_sha256: str | None
    proof: ProofMade | None  # the new order's first proof


def approved_proof(order: Order) -> Proof | None:
    """The proof the customer approved on ``order``: the standing approval's, else the newest approving record
    nobody voided."""
    standing = active_approval(order)
    if standing is not None:
        return standing.proof
    voided = ApprovalVoid.select(ApprovalVoid.approval)
    record = (
        Approval.select()
        .where(
            (Approval.order == order)
            & Approval.decision.in_([Decision.APPROVED.value, Decision.APPROVED_WITH_CHANGES.value])
            & ~(Approval.id.in_(voided))
        )
        .order_by(Approval.id.desc())
        .first()
    )
    return record.proof if record is not None else None


def reorder(
    actor: Actor,
    number: str,
    *,
    quantity: int | None = None,
    due: date | None = None,
    with_proof: bool = True,
    should_cancel: Callable[[], bool] | None = None,
) -> Reordered:
    """Take a reprint of order ``number``: same customer, same specification (the approved one, if any) and
    artwork; ``quantity`` and ``due`` may differ. Then make the new order's first proof (``with_proof``)."""
    require(actor, action="take a reprint")
    source = find_order(number, actor)  # a restricted customer's data is not processed again (GDPR Art. 18)
    refuse_erased(source, t("it cannot be printed again: its artwork is erased"))
    proof = approved_proof(source)
    if proof is not None:
        spec = JobSpec.from_dict(json.loads(proof.spec))
        artwork = list(Artwork.select().where(Artwork.id.in_(json.loads(proof.artwork_ids))).order_by(Artwork.side))
    else:
        spec, artwork = spec_of(source), current_artwork(source)
    if not artwork:
        raise UserError(t("Order {number} has no artwork to print again.", number=source.number))
    spec = JobSpec(
        spec.product,
        spec.width_mm,
        spec.height_mm,
        spec.bleed_mm,
        quantity if quantity is not None else spec.quantity,
        spec.stock,
        spec.colors,
        spec.finishing,
        due,
    )
    with write():
        made = new_order(actor, None, spec, customer_id=source.customer_id, language=source.language)
        advance(actor, made, Step.ARTWORK)
        for art in artwork:
            Artwork.create(
                order=made,
                side=art.side,
                filename=art.filename,
                original=art.original_id,
                page=art.page,
                file_type=art.file_type,
                width_px=art.width_px,
                height_px=art.height_px,
                mode=art.mode,
                bits=art.bits,
                icc_profile=art.icc_profile,
                vector=art.vector,
                edges_with_content=art.edges_with_content,
                preview=art.preview_id,
                preview_key=art.preview_key,
                thumbnail=art.thumbnail_id,
                checks=art.checks,
                marked=art.marked_id,
                current=True,
                created_at=now(),
                created_by=actor.staff_id,
            )
        Order.update(reorder_of=source.id, reorder_proof=proof.id if proof else None).where(
            Order.id == made.id
        ).execute()
        audit.append(
            actor,
            "order.reordered",
            order=made,
            payload={
                "from": source.number,
                "approved_version": proof.version if proof else None,
                "approved_sha256": proof.pdf_id if proof else None,
                "artwork": [a.original_id for a in artwork],
                "sides": [a.side for a in artwork],
            },
        )
    first = make_proof(actor, made.number, should_cancel=should_cancel) if with_proof else None
    return Reordered(
        made.number,
        source.number,
        proof.version if proof else None,
        proof.pdf_id if proof else None,
        first,
    )
