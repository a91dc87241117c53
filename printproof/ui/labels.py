"""The shop's words for stored values (decisions, methods, complaint categories, history events), on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.enums import DisputeCategory, DisputeOutcome, MatchesApproval
from ..services.overview import TimelineEntry
from .common import status_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def decision_name(decision: str) -> str:
    return {
        "approved": _tr("Approved for print"),
        "approved_with_changes": _tr("Approved with changes"),
        "changes_requested": _tr("Changes requested"),
    }.get(decision, decision)


def method_name(method: str) -> str:
    return {
        "on_screen": _tr("signed on screen"),
        "paper": _tr("signed paper proof"),
        "email": _tr("by e-mail"),
        "phone": _tr("by phone"),
    }.get(method, method)


def category_names() -> dict[DisputeCategory, str]:
    return {
        DisputeCategory.COLOUR: _tr("Colour"),
        DisputeCategory.TEXT: _tr("Text / typo"),
        DisputeCategory.SIZE: _tr("Size / cut"),
        DisputeCategory.QUANTITY: _tr("Quantity"),
        DisputeCategory.STOCK: _tr("Stock / finish"),
        DisputeCategory.DAMAGE: _tr("Damage"),
        DisputeCategory.LATE: _tr("Late"),
        DisputeCategory.CHANGED_MIND: _tr("Changed mind"),
    }


def outcome_names() -> dict[DisputeOutcome, str]:
    return {
        DisputeOutcome.CUSTOMER_PAYS: _tr("Customer pays and takes it"),
        DisputeOutcome.REPRINT_SHOP_COST: _tr("Reprint at the shop's cost"),
        DisputeOutcome.DISCOUNT: _tr("Discount"),
        DisputeOutcome.REFUND: _tr("Refund"),
        DisputeOutcome.NEW_PROOF_CUSTOMER_COST: _tr("New proof at the customer's cost"),
    }


def matches_names() -> dict[MatchesApproval, str]:
    return {
        MatchesApproval.YES: _tr("Yes, it matches"),
        MatchesApproval.PARTLY: _tr("Partly"),
        MatchesApproval.NO: _tr("No, it does not match"),
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
        text = _tr("Customer's decision on version {v}: {decision} ({method}, {name})").format(
            v=d.get("version", ""),
            decision=decision_name(str(d.get("decision", ""))),
            method=method_name(str(d.get("method", ""))),
            name=d.get("customer_name", ""),
        )
        if d.get("changes"):
            text += "\n   " + _tr("Changes asked for: {changes}").format(changes=d["changes"])
        if d.get("note"):
            text += "\n   " + _tr("Note: {note}").format(note=d["note"])
        return text
    texts = {
        "order.created": _tr("Order taken"),
        "artwork.added": _tr("Artwork added: {file}").format(file=d.get("file", "")),
        "artwork.removed": _tr("Artwork removed: {file}").format(file=d.get("file", "")),
        "proof.made": _tr("Proof version {v} made").format(v=d.get("version", "")),
        "approval.voided": _tr("Approval voided by the owner: {reason}").format(reason=d.get("reason", "")),
        "pickup.recorded": _tr("Handed over against signature"),
        "dispute.opened": _tr("Complaint recorded: {category}").format(category=category),
        "dispute.decided": _tr("Complaint decided: {outcome}").format(outcome=outcome),
        "order.status": _tr("Status: {status}").format(status=status_label(str(d.get("to", "")))),
    }
    return texts.get(entry.kind, entry.kind)
