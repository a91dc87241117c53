"""The shop's words for stored values (decisions, methods, complaint categories, history events), on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.enums import DisputeCategory, DisputeOutcome, MatchesApproval, Role
from ...services.counter.overview import TimelineEntry
from .common import local_date, status_label


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
        "link": QCoreApplication.translate("Labels", "signed by link"),
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


def field_name(key: str) -> str:
    """An order field as the screens name it (what an edit or a new version changed): ``quantity`` → Auflage."""
    names = {
        "product": QCoreApplication.translate("Labels", "product"),
        "width_mm": QCoreApplication.translate("Labels", "width"),
        "height_mm": QCoreApplication.translate("Labels", "height"),
        "bleed_mm": QCoreApplication.translate("Labels", "bleed"),
        "quantity": QCoreApplication.translate("Labels", "quantity"),
        "stock": QCoreApplication.translate("Labels", "stock"),
        "colors": QCoreApplication.translate("Labels", "colours"),
        "finishing": QCoreApplication.translate("Labels", "finishing"),
        "due": QCoreApplication.translate("Labels", "due date"),
        "customer": QCoreApplication.translate("Labels", "customer"),
        "customer details": QCoreApplication.translate("Labels", "customer details"),
        "notes": QCoreApplication.translate("Labels", "notes"),
    }
    return names.get(key, key)


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
        "pickup.recorded": (
            QCoreApplication.translate("Labels", "Handed over against signature: {count} of {ordered}").format(
                count=d["quantity"], ordered=d.get("of", "")
            )
            if "quantity" in d
            else QCoreApplication.translate("Labels", "Handed over against signature")
        ),
        "dispute.opened": QCoreApplication.translate("Labels", "Complaint recorded: {category}").format(
            category=category
        ),
        "dispute.decided": QCoreApplication.translate("Labels", "Complaint decided: {outcome}").format(outcome=outcome),
        "order.status": QCoreApplication.translate("Labels", "Status: {status}").format(
            status=status_label(str(d.get("to", "")))
        ),
        "order.edited": QCoreApplication.translate("Labels", "Order changed: {fields}").format(
            fields=", ".join(
                field_name(k)
                for k in [
                    *d.get("spec", {}),
                    *(k for k in ("due", "customer", "notes") if k in d),
                    *(["customer details"] if "customer_details" in d else []),
                ]
            )
        ),
        "order.reordered": QCoreApplication.translate("Labels", "Reprint of {number}").format(number=d.get("from", "")),
        "order.ready_mail": QCoreApplication.translate("Labels", "Customer told by e-mail: ready for pickup"),
        "proof.link_made": QCoreApplication.translate("Labels", "Proof version {version} sent by link").format(
            version=d.get("version", "")
        ),
        "portal.paired": QCoreApplication.translate("Labels", "Paired with the portal"),
        "complaint.case": QCoreApplication.translate("Labels", "Complaint {case}: answer by {date}").format(
            case=d.get("case", ""), date=str(d.get("answer_by", ""))
        ),
        "complaint.acknowledged": (
            QCoreApplication.translate("Labels", "Complaint {case} acknowledged on paper")
            if d.get("channel") == "printed"
            else QCoreApplication.translate("Labels", "Complaint {case} acknowledged by e-mail")
        ).format(case=d.get("case", "")),
        "complaint.replacement": QCoreApplication.translate(
            "Labels", "Complaint {case}: replacement order {number}, due {date}"
        ).format(case=d.get("case", ""), number=d.get("replacement", ""), date=_day(str(d.get("due", "")))),
        "complaint.closed": QCoreApplication.translate(
            "Labels", "Complaint {case} closed: the replacement {number} was handed over"
        ).format(case=d.get("case", ""), number=d.get("replacement", "")),
        "change.ticked": QCoreApplication.translate("Labels", "Requested change ticked off as done")
        if d.get("done")
        else QCoreApplication.translate("Labels", "Requested change ticked off again"),
        "photo.aligned": QCoreApplication.translate("Labels", "Complaint photo laid on the approved proof"),
        "copy.given": QCoreApplication.translate("Labels", "Copy given to the customer: {record}, {how}").format(
            record=copy_record_name(str(d.get("record", "")).partition(":")[0]),
            how=copy_channel_name(str(d.get("channel", ""))),
        ),
    }
    if entry.kind in texts:
        return texts[entry.kind]
    # An event this screen has no sentence for (a newer workstation wrote it): its name, never its raw key.
    from ...domain.i18n import language
    from ...domain.texts import event_label

    return event_label(language(), entry.kind)


def link_state_name(state: str) -> str:
    """Where a proof sent by link stands, in a few words (the orders list's status column)."""
    return {
        "queued": QCoreApplication.translate("Labels", "link waits for the portal"),
        "sent": QCoreApplication.translate("Labels", "link sent"),
        "opened": QCoreApplication.translate("Labels", "link opened"),
        "confirmed": QCoreApplication.translate("Labels", "code confirmed"),
        "decided": QCoreApplication.translate("Labels", "decided by link"),
        "expired": QCoreApplication.translate("Labels", "link expired"),
        "withdrawn": QCoreApplication.translate("Labels", "link taken back"),
        "refused": QCoreApplication.translate("Labels", "decision by link refused"),
    }.get(state, state)


def copy_channel_name(channel: str) -> str:
    """How a copy was given, in the shop's words."""
    return {
        "printed_a4": QCoreApplication.translate("Labels", "printed (A4)"),
        "printed_receipt": QCoreApplication.translate("Labels", "printed (receipt)"),
        "email": QCoreApplication.translate("Labels", "e-mailed"),
        "certificate_email": QCoreApplication.translate("Labels", "certificate e-mailed"),
    }.get(channel, channel)


def copy_record_name(kind: str) -> str:
    """Which record a copy was of, in the shop's words."""
    return {
        "approval": QCoreApplication.translate("Labels", "approval"),
        "pickup": QCoreApplication.translate("Labels", "hand-over"),
        "dispute_decision": QCoreApplication.translate("Labels", "decision"),
    }.get(kind, kind)


def _day(iso: str) -> str:
    """A day the chain keeps as 2026-12-09, as this workstation writes days."""
    from datetime import date

    try:
        return local_date(date.fromisoformat(iso))
    except ValueError:
        return iso
