"""The shop's words for stored values (decisions, methods, complaint categories, history events), on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.enums import DisputeCategory, DisputeOutcome, MatchesApproval, Role
from ..services.overview import TimelineEntry
from .common import status_label


def decision_name(decision: str) -> str:
    return {
        "approved": QCoreApplication.translate("Labels", "Approved for print"),
        "approved_with_changes": QCoreApplication.translate("Labels", "Approved with changes"),
        "changes_requested": QCoreApplication.translate("Labels", "Changes requested"),
    }.get(decision, decision)


def method_name(method: str) -> str:
    return {
        "on_screen": QCoreApplication.translate("Labels", "signed on screen"),
        "paper": QCoreApplication.translate("Labels", "signed paper proof"),
        "email": QCoreApplication.translate("Labels", "by e-mail"),
        "phone": QCoreApplication.translate("Labels", "by phone"),
    }.get(method, method)


def role_names() -> dict[Role, str]:
    """Each role as the screens name it (the one table: sign-in line, staff list, role box)."""
    return {
        Role.COUNTER: QCoreApplication.translate("Labels", "Counter staff"),
        Role.DESIGNER: QCoreApplication.translate("Labels", "Designer"),
        Role.OWNER: QCoreApplication.translate("Labels", "Owner"),
    }


def category_names() -> dict[DisputeCategory, str]:
    return {
        DisputeCategory.COLOUR: QCoreApplication.translate("Labels", "Colour"),
        DisputeCategory.TEXT: QCoreApplication.translate("Labels", "Text / typo"),
        DisputeCategory.SIZE: QCoreApplication.translate("Labels", "Size / cut"),
        DisputeCategory.QUANTITY: QCoreApplication.translate("Labels", "Quantity"),
        DisputeCategory.STOCK: QCoreApplication.translate("Labels", "Stock / finish"),
        DisputeCategory.DAMAGE: QCoreApplication.translate("Labels", "Damage"),
        DisputeCategory.LATE: QCoreApplication.translate("Labels", "Late"),
        DisputeCategory.CHANGED_MIND: QCoreApplication.translate("Labels", "Changed mind"),
    }


def outcome_names() -> dict[DisputeOutcome, str]:
    return {
        DisputeOutcome.CUSTOMER_PAYS: QCoreApplication.translate("Labels", "Customer pays and takes it"),
        DisputeOutcome.REPRINT_SHOP_COST: QCoreApplication.translate("Labels", "Reprint at the shop's cost"),
        DisputeOutcome.DISCOUNT: QCoreApplication.translate("Labels", "Discount"),
        DisputeOutcome.REFUND: QCoreApplication.translate("Labels", "Refund"),
        DisputeOutcome.NEW_PROOF_CUSTOMER_COST: QCoreApplication.translate(
            "Labels", "New proof at the customer's cost"
        ),
    }


def matches_names() -> dict[MatchesApproval, str]:
    return {
        MatchesApproval.YES: QCoreApplication.translate("Labels", "Yes, it matches"),
        MatchesApproval.PARTLY: QCoreApplication.translate("Labels", "Partly"),
        MatchesApproval.NO: QCoreApplication.translate("Labels", "No, it does not match"),
    }


def timeline_text(entry: TimelineEntry) -> str:
    """One line of the order's history in the user's language, with what was said where it matters."""
    d = entry.details
    category = str(d.get("category", ""))
    outcome = str(d.get("outcome", ""))
    if category in DisputeCategory._value2member_map_:
        category = category_names()[DisputeCategory(category)]
    if outcome in DisputeOutcome._value2member_map_:
        outcome = outcome_names()[DisputeOutcome(outcome)]
    if entry.kind == "approval.recorded":
        text = QCoreApplication.translate(
            "Labels", "Customer's decision on version {v}: {decision} ({method}, {name})"
        ).format(
            v=d.get("version", ""),
            decision=decision_name(str(d.get("decision", ""))),
            method=method_name(str(d.get("method", ""))),
            name=d.get("customer_name", ""),
        )
        if d.get("changes"):
            text += "\n   " + QCoreApplication.translate("Labels", "Changes asked for: {changes}").format(
                changes=d["changes"]
            )
        if d.get("note"):
            text += "\n   " + QCoreApplication.translate("Labels", "Note: {note}").format(note=d["note"])
        return text
    texts = {
        "order.created": QCoreApplication.translate("Labels", "Order taken"),
        "artwork.added": QCoreApplication.translate("Labels", "Artwork added: {file}").format(file=d.get("file", "")),
        "artwork.removed": QCoreApplication.translate("Labels", "Artwork removed: {file}").format(
            file=d.get("file", "")
        ),
        "proof.made": QCoreApplication.translate("Labels", "Proof version {v} made").format(v=d.get("version", "")),
        "approval.voided": QCoreApplication.translate("Labels", "Approval voided by the owner: {reason}").format(
            reason=d.get("reason", "")
        ),
        "pickup.recorded": QCoreApplication.translate("Labels", "Handed over against signature"),
        "dispute.opened": QCoreApplication.translate("Labels", "Complaint recorded: {category}").format(
            category=category
        ),
        "dispute.decided": QCoreApplication.translate("Labels", "Complaint decided: {outcome}").format(outcome=outcome),
        "order.status": QCoreApplication.translate("Labels", "Status: {status}").format(
            status=status_label(str(d.get("to", "")))
        ),
    }
    return texts.get(entry.kind, entry.kind)
