"""Pickup: find the approval at once, hand the order over against a signature."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime

from ...domain.codes import read_code
from ...domain.errors import UserError
from ...domain.i18n import t
from ...domain.rules import Step
from ...domain.signature import Stroke, check_signature, strokes_to_json
from ...domain.typed_text import clean_line
from ...store.blobs import put_blob
from ...store.db import lock_order, write
from ...store.migrations import now
from ...store.models import Approval, ComplaintCase, Order, Pickup, Proof
from ...store.rows import tuples
from ..core import audit, sealing
from ..core.context import Actor, require, utc_offset_now
from ..core.orders import OrderRow, advance, check_step, find_order, refuse_erased
from ..proofing.proofs import active_approval
from ..proofing.signatures import render_signature
from .overview import TimelineEntry
from .pickup_facts import OrderFacts, ScannedVersion, handed_over, order_facts, scanned_version, still_open


@dataclass(frozen=True)
class PickupRecord:
    """What the counter shows when a customer comes for an order."""

    order: Order
    approval: Approval | None
    proof: Proof | None
    requested_changes: list[tuple[int, str]]  # (version, what the customer asked to change)


def find_for_pickup(number: str, viewer: Actor | None = None) -> PickupRecord:
    """The order, its standing approval and the approved proof, by the number typed or any code scanned.

    A scanned proof or certificate code also carries a fingerprint; one that matches nothing of that order
    is refused, so a paper from another store or a forged one does not open somebody else's record.
    """
    order = find_order(number, viewer)
    check_fingerprint(number, order)
    approval = active_approval(order)
    changes = [
        (a.proof.version, a.changes)
        for a in Approval.select().where(Approval.order == order).order_by(Approval.id)
        if a.changes
    ]
    return PickupRecord(order, approval, approval.proof if approval else None, changes)


PICKUP_ORDER = {"ready": 0, "in_production": 1, "approved": 1, "disputed": 2, "resolved": 2, "picked_up": 3}


def pickup_candidates(text: str, limit: int = 30, viewer: Actor | None = None) -> list[OrderRow]:
    """Orders a customer at the counter may mean when a name is typed into the pickup field (forgiving spelling:
    "mueller" finds Müller): ready ones first, then those still in the making, then the rest; newest first."""
    from ..core.orders import search_orders

    rows = search_orders(text, limit=200, viewer=viewer)
    rows.sort(key=lambda r: (PICKUP_ORDER.get(r.status.value, 4), -r.created_at.timestamp()))
    return rows[:limit]


def record_pickup(
    actor: Actor,
    number: str,
    customer_name: str,
    strokes: list[Stroke],
    quantity: int | None = None,
    condition: str = "",
) -> Pickup:
    """Hand the order over: the customer signs the receipt for ``quantity`` pieces (None: all that are still
    open). A part leaves the rest open and the order where it is; the last part makes it picked up."""
    require(actor, action="hand over an order")
    customer_name = clean_line(customer_name, "name of the person collecting", required=True)
    condition = clean_line(condition, "condition of the goods handed over", max_len=300)
    if quantity is not None and (isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1):
        raise UserError(t("The quantity handed over is a whole number of at least 1."))
    check_signature(strokes)
    with write():
        order = find_order(number, actor)
        lock_order(order.id)
        order = Order.get_by_id(order.id)
        check_step(order, Step.HANDOVER)
        approval = active_approval(order)
        if approval is None:
            raise UserError(t("Order {number} has no approval; it cannot be handed over.", number=order.number))
        open_now = still_open(order)
        quantity = open_now if quantity is None else quantity
        if quantity > open_now or quantity < 1:
            raise UserError(
                t(
                    "Only {open} of the {ordered} pieces of order {number} are still to be handed over, not "
                    "{quantity}.",
                    open=open_now,
                    ordered=order.quantity,
                    number=order.number,
                    quantity=quantity,
                )
            )
        strokes_blob = put_blob(strokes_to_json(strokes), "application/json").sha256
        image_blob = put_blob(render_signature(strokes), "image/png").sha256
        pickup = Pickup(
            order=order,
            approval=approval,
            signature_strokes=strokes_blob,
            signature_image=image_blob,
            quantity=quantity,
            staff=actor.staff_id,
            workstation=actor.workstation,
            created_at=now(),
            utc_offset=utc_offset_now(),
        )
        personal = {"customer_name": customer_name, **({"condition": condition} if condition else {})}
        last = quantity == open_now  # the rest: the order is picked up
        sealing.seal(
            actor,
            pickup,
            personal=personal,
            order=order,
            payload={"quantity": quantity, "of": order.quantity},
            before_event=(lambda p: advance(actor, order, Step.HANDOVER, pickup=p.id)) if last else None,
        )
        if last:
            _close_a_replaced_case(actor, order)
    return pickup


def _close_a_replaced_case(actor: Actor, order: Order) -> None:
    """``order`` was a complaint's replacement (reprint at the shop's cost) and is now picked up in full: the
    case is done — said in the chain of the order complained about, in the hand-over's write."""
    case = ComplaintCase.get_or_none(ComplaintCase.replacement == order.id)
    if case is not None:
        audit.append(
            actor,
            "complaint.closed",
            order=case.dispute.order,
            subject=f"dispute:{case.dispute_id}",
            payload={"case": case.number, "replacement": order.number},
        )


def check_fingerprint(scanned: str, order: Order) -> None:
    """Refuse a scanned code whose hashes match no proof or approval of ``order``."""
    code = read_code(scanned)
    if code is None:
        return
    known = True
    if code.kind == "proof" and code.sha256:
        query = Proof.select().where((Proof.order == order) & (Proof.content_sha256 == code.sha256))
        if code.version is not None:
            query = query.where(Proof.version == code.version)
        known = query.exists()
    elif code.kind == "approval" and code.record_sha256:
        from ...store.sealed import resealed_hash

        # A certificate printed before schema 5 carries the approval's hash from before the reseal.
        hashes = [code.record_sha256, resealed_hash("approval", code.record_sha256) or code.record_sha256]
        known = (
            Approval.select()
            .join(Proof)
            .where(
                (Approval.order == order) & (Approval.content_sha256.in_(hashes)) & (Proof.pdf == (code.sha256 or ""))
            )
            .exists()
        )
    elif code.kind == "ticket" and code.record_sha256:
        known = (
            Approval.select()
            .where((Approval.order == order) & Approval.content_sha256.startswith(code.record_sha256))
            .exists()
        )
    if not known:
        raise UserError(
            t(
                "The code names order {number}, but its fingerprint matches nothing PrintProof recorded for that "
                "order; the paper is not from this shop's store, so type the order number to look the order up.",
                number=order.number,
            )
        )


@dataclass(frozen=True)
class ApprovalFacts:
    """The standing approval as the pickup screen shows it."""

    approval_id: int
    decision: str
    method: str
    customer_name: str
    created_at: datetime
    version: int
    staff: str
    workstation: str
    proof_sha256: str
    note: str
    changes: str
    signature_png: bytes | None
    problems: list[str]  # what no longer verifies; empty when record, signature and proof are unchanged


@dataclass(frozen=True)
class PickupView:
    """Everything the counter shows when a customer comes for an order (plain data, read at once)."""

    number: str
    customer: str
    company: str
    product: str
    quantity: int
    colors: str
    status: str
    approval: ApprovalFacts | None
    proof_pdf: bytes | None
    requested_changes: list[tuple[int, str]]
    open_dispute_id: int | None
    complaint: str  # the open complaint in the customer's words
    outcome: str | None = None  # the owner's latest complaint decision
    facts: OrderFacts = field(default_factory=OrderFacts)  # everything else a dispute at pickup turns on
    scanned: ScannedVersion | None = None  # a code of a version that is not the approved one: what became of it
    timeline: list[TimelineEntry] = field(default_factory=list)  # the order's sealed events, oldest first


def pickup_view(text: str, viewer: Actor | None = None) -> PickupView:
    """What the pickup screen shows for a number (or anything PrintProof printed as a code) typed or scanned;
    a restricted order only for the owner."""
    from ...store.blobs import blob_bytes
    from ...store.models import Dispute, DisputeDecision
    from ..evidence.verify import verify_approval
    from .overview import timeline_of

    record = find_for_pickup(text, viewer)
    refuse_erased(record.order, t("its personal data and files are gone, its sealed records remain"))
    order, a = record.order, record.approval
    facts = None
    if a is not None:
        facts = ApprovalFacts(
            a.id,
            a.decision,
            a.method,
            a.customer_name,
            a.created_at,
            a.proof.version,
            a.staff.name if a.staff else "",
            a.workstation,
            a.proof.pdf_id,
            a.note,
            a.changes,
            blob_bytes(a.signature_image_id) if a.signature_image_id else None,
            verify_approval(a.id),
        )
    decided = DisputeDecision.select(DisputeDecision.dispute)
    dispute = (
        Dispute.select()
        .where((Dispute.order == order) & ~(Dispute.id.in_(decided)))
        .order_by(Dispute.id.desc())
        .first()
    )
    return PickupView(
        order.number,
        order.customer.name,
        order.customer.company,
        order.product,
        order.quantity,
        order.colors,
        order.status,
        facts,
        blob_bytes(a.proof.pdf_id) if a is not None else None,
        record.requested_changes,
        dispute.id if dispute is not None else None,
        dispute.customer_words if dispute is not None else "",
        _outcome(order),
        order_facts(order, a),
        scanned_version(text, order, a),
        timeline_of(order),
    )


def _outcome(order: Order) -> str | None:
    from ..core.orders import latest_outcome

    found = latest_outcome(order)
    return found.value if found else None


@dataclass(frozen=True)
class QueueRow:
    """An order waiting on the shelf: what the pickup screen lists when nothing is typed."""

    number: str
    customer: str
    company: str
    product: str
    quantity: int
    ready_since: datetime
    due: date | None
    handed_over: int = 0  # a part delivery: the pieces already taken

    def overdue(self, today: date) -> bool:
        """Ready, and its due day is past: the customer was expected (or the shop was late)."""
        return self.due is not None and self.due < today


def pickup_queue(viewer: Actor | None, limit: int = 300) -> list[QueueRow]:
    """The orders ready for pickup, oldest first (restricted customers' orders for the owner only)."""
    from ...domain.enums import OrderStatus
    from ...store.models import Customer
    from ..core.restriction import hidden_customers

    query = (
        Order.select(
            Order.number,
            Customer.name,
            Customer.company,
            Order.product,
            Order.quantity,
            Order.updated_at,
            Order.due,
            Order.customer,
        )
        .join(Customer)
        .where((Order.status == OrderStatus.READY.value) & Order.erased_at.is_null())
        .order_by(Order.updated_at, Order.id)
    )
    hidden = hidden_customers(viewer)
    rows = []
    for number, name, company, product, quantity, since, due, customer in tuples(query):
        if customer in hidden:
            continue
        rows.append(QueueRow(number, name, company, product, quantity, since, due))
        if len(rows) >= limit:
            break
    # Part deliveries: the few ready orders a part of which was already taken say how much is still open.
    numbers = [row.number for row in rows]
    parted = Order.select().join(Pickup, on=(Pickup.order == Order.id)).where(Order.number.in_(numbers)).distinct()
    taken = {o.number: handed_over(o) for o in parted} if numbers else {}
    return [dataclasses.replace(row, handed_over=taken.get(row.number, 0)) for row in rows]
