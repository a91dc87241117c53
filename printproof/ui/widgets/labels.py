"""Sentences the screens say about stored values: a line of the order's history, the name of an order field.

A stored value's own name (a status, a decision, an event) comes from :mod:`printproof.domain.vocabulary`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain import vocabulary
from ...domain.money import outcome_with_amount
from ...services.counter.overview import TimelineEntry
from .common import local_date


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
    category = vocabulary.name("category", d.get("category", ""))
    amount = d.get("amount_cents")
    outcome = outcome_with_amount(str(d.get("outcome", "")), amount if isinstance(amount, int) else None)
    if entry.kind == "approval.recorded":
        text = QCoreApplication.translate(
            "Labels", "Customer's decision on version {v}: {decision} ({method}, {name})"
        ).format(
            v=d.get("version", ""),
            decision=vocabulary.name("decision", d.get("decision", "")),
            method=vocabulary.name("method", d.get("method", "")),
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
            status=vocabulary.name("status", d.get("to", ""))
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
            record=vocabulary.name("copy_record", str(d.get("record", "")).partition(":")[0]),
            how=vocabulary.name("copy_channel", d.get("channel", "")),
        ),
    }
    if entry.kind in texts:
        return texts[entry.kind]
    # An event said by its name alone (or one a newer workstation wrote: its key, as the vocabulary keeps it).
    return vocabulary.name("event", entry.kind)


def _day(iso: str) -> str:
    """A day the chain keeps as 2026-12-09, as this workstation writes days."""
    from datetime import date

    try:
        return local_date(date.fromisoformat(iso))
    except ValueError:
        return iso
