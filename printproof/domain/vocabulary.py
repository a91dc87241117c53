"""Every value PrintProof stores, named once.

The database keeps a value (``customer_pays``, ``ready``, ``dispute.opened``); people read its name ("Customer
pays and takes it", "Ready for pickup", "Complaint recorded"). Screens, documents, e-mails, the command line and
the portal all name a value through :func:`name` (a list of choices through :func:`names`), so a value is
worded once and translated once: the catalogue context ``Vocabulary``, each message keyed ``<kind>.<value>``
(:mod:`.catalogue`).

Two kinds have a second form for use inside a sentence, where a language needs one: ``status_phrase`` ("Order
2026-0012 is *ready*") and ``role_phrase`` ("Only *the owner* may …").
"""

from __future__ import annotations

from enum import StrEnum

from .catalogue import English, say
from .enums import (
    ApprovalMethod,
    Decision,
    DisputeCategory,
    DisputeOutcome,
    MatchesApproval,
    OrderStatus,
    Role,
)
from .i18n import language

CONTEXT = "Vocabulary"

VOCABULARY: dict[str, dict[str, English]] = {
    # Where an order stands (orders.status), as a list or a status chip shows it.
    "status": {
        "draft": "Draft",
        "proofing": "Proofing",
        "approved": "Approved",
        "in_production": "In production",
        "ready": "Ready for pickup",
        "picked_up": "Picked up",
        "disputed": "Complaint open",
        "resolved": "Complaint resolved",
    },
    # The same inside a sentence: "Order 2026-0012 is {status}".
    "status_phrase": {
        "draft": "draft",
        "proofing": "proofing",
        "approved": "approved",
        "in_production": "in production",
        "ready": "ready",
        "picked_up": "picked up",
        "disputed": "disputed",
        "resolved": "resolved",
    },
    # Who works at the shop (staff.role).
    "role": {"counter": "Counter staff", "designer": "Designer", "owner": "Owner"},
    # The same inside a sentence: "Only {who} may …; Anna is signed in as {role}."
    "role_phrase": {"counter": "counter staff", "designer": "a designer", "owner": "the owner"},
    # The customer's decision on a proof (approvals.decision).
    "decision": {
        "approved": "Approved for print",
        "approved_with_changes": "Approved with changes",
        "changes_requested": "Changes requested",
    },
    # How the decision was given (approvals.method).
    "method": {
        "on_screen": "signed on screen",
        "paper": "signed paper proof (scan)",
        "email": "by e-mail",
        "phone": "by phone",
        "link": "signed by link on the shop's portal",
    },
    # What the customer checks before approving (the keys are stored with each approval).
    "checklist": {
        "text": "Text and spelling",
        "phone": "Phone and fax numbers",
        "web": "E-mail and web addresses",
        "names": "Names and titles",
        "colours": "Colours (screen is not the same as print)",
        "layout": "Size and layout",
        "quantity": "Quantity and stock",
    },
    # What a complaint is about (disputes.category).
    "category": {
        "colour": "Colour",
        "text": "Text / typo",
        "size": "Size / cut",
        "quantity": "Quantity",
        "stock": "Stock / finish",
        "damage": "Damage",
        "late": "Late",
        "changed_mind": "Changed mind",
    },
    # Whether the delivery matches the approval (dispute_decisions.matches_approval).
    "matches": {"yes": "Yes", "partly": "Partly", "no": "No"},
    # What the owner decided on a complaint (dispute_decisions.outcome).
    "outcome": {
        "customer_pays": "Customer pays and takes it",
        "reprint_shop_cost": "Reprint at the shop's cost",
        "discount": "Discount",
        "refund": "Refund",
        "new_proof_customer_cost": "New proof at the customer's cost",
    },
    # What the audit chain recorded (audit_events.kind).
    "event": {
        "order.created": "Order taken",
        "order.status": "Status changed",
        "artwork.added": "Artwork added",
        "artwork.removed": "Artwork removed",
        "proof.made": "Proof made",
        "approval.recorded": "Customer's decision",
        "approval.voided": "Approval voided",
        "pickup.recorded": "Handed over against signature",
        "dispute.opened": "Complaint recorded",
        "dispute.decided": "Complaint decided",
        "order.edited": "Order changed",
        "order.reordered": "Reprint taken",
        "order.ready_mail": "Customer told by e-mail",
        "proof.link_made": "Proof sent by link",
        "complaint.case": "Complaint given a case number",
        "complaint.acknowledged": "Complaint acknowledged to the customer",
        "complaint.letter": "Answer to the complaint sent to the customer",
        "complaint.replacement": "Replacement order made at the shop's cost",
        "complaint.closed": "Complaint closed: the replacement was handed over",
        "portal.paired": "Paired with the portal",
        "change.ticked": "Change ticked off as done",
        "photo.aligned": "Photo aligned with the proof",
        "customer.created": "Customer added",
        "customer.changed": "Customer details changed",
        "customer.merged": "Customers merged",
        "order.erased": "Personal data erased",
        "erasure.recorded": "Erasure sealed",
        "erasure.requested": "Customer's erasure request",
        "records.resealed": "Records resealed (schema 5)",
        "copy.given": "Copy given to the customer",
    },
    # Where a proof sent by link stands (portal_links.state).
    "link_state": {
        "queued": "link waits for the portal",
        "pulling": "link waits for the portal",
        "sent": "link sent",
        "opened": "link opened",
        "confirmed": "code confirmed",
        "decided": "decided by link",
        "expired": "link expired",
        "withdrawn": "link taken back",
        "refused": "decision by link refused",
    },
    # Which record a copy for the customer was of, and how it was given (copies_given.record, .channel).
    "copy_record": {"approval": "approval", "pickup": "hand-over", "dispute_decision": "decision"},
    "copy_channel": {
        "printed_a4": "printed (A4)",
        "printed_receipt": "printed (receipt)",
        "email": "e-mailed",
        "certificate_email": "certificate e-mailed",
    },
}

ENUMS: dict[str, type[StrEnum]] = {
    "status": OrderStatus,
    "status_phrase": OrderStatus,
    "role": Role,
    "role_phrase": Role,
    "decision": Decision,
    "method": ApprovalMethod,
    "category": DisputeCategory,
    "matches": MatchesApproval,
    "outcome": DisputeOutcome,
}
"""The kinds whose values are an enum of :mod:`.enums`: each names exactly the enum's values."""


def name(kind: str, value: object, lang: str | None = None) -> str:
    """Stored ``value`` of ``kind`` (``"outcome"``, ``"customer_pays"``) as people read it, in ``lang`` (default:
    the current language). A value this version has no name for (a newer workstation wrote it) stays as it is."""
    key = str(value)
    words = VOCABULARY[kind].get(key)
    if words is None:
        return key
    return say(lang or language(), CONTEXT, words, f"{kind}.{key}")


def names(kind: str, lang: str | None = None) -> dict[str, str]:
    """Every value of ``kind`` with its name, in the order a list of choices shows them."""
    return {value: name(kind, value, lang) for value in VOCABULARY[kind]}


def keys(kind: str) -> tuple[str, ...]:
    """Every value of ``kind`` (the checklist's items, the events' kinds)."""
    return tuple(VOCABULARY[kind])


CHECKLIST = keys("checklist")
"""What the customer checks before approving, in the order the proof and the customer's screen list it."""
