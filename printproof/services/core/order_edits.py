"""Correct an order before the customer approves it: its customer, its specification, its notes.

The specification and the order's customer follow the artwork's rule (``Step.SPEC`` in ``domain/rules.py``):
free until the customer approves a proof; afterwards a change needs a new proof, so the owner first voids
the approval (or decides a complaint as “new proof”). An approval stands only for a proof that shows the
order's current specification (``services/proofing/approvals.py``). The due date is scheduling, not print content:
it moves until the order is handed over. Every change is in the audit chain: specification values as they
are (no personal data), notes and customer details only as keyed digests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ...domain.enums import OrderStatus
from ...domain.errors import UserError
from ...domain.i18n import t
from ...domain.rules import Step
from ...domain.spec import JobSpec
from ...domain.typed_text import clean_text
from ...store.db import lock_order, write
from ...store.migrations import now, order_tokens
from ...store.models import Customer, Order, OrderToken
from . import audit
from .context import Actor, require
from .customers import apply_details, digest, entry_for
from .orders import CustomerInput, advance, checked_language, find_order, refuse_erased, spec_of
from .shop import customer_language

PRINTED = ("product", "width_mm", "height_mm", "bleed_mm", "quantity", "stock", "colors", "finishing")


@dataclass(frozen=True)
class OrderEdited:
    """What an edit changed: specification fields, "due", "customer", "customer details", "notes"."""

    number: str
    changed: list[str]


def printed_spec(spec: JobSpec | dict[str, Any]) -> dict[str, Any]:
    """What a proof shows of the specification that the print depends on (everything but the due date)."""
    data = spec.to_dict() if isinstance(spec, JobSpec) else spec
    return {k: data.get(k) for k in PRINTED}


def edit_order(
    actor: Actor,
    number: str,
    *,
    spec: JobSpec | None = None,
    customer: CustomerInput | None = None,
    customer_id: int | None = None,
    notes: str | None = None,
    language: str | None = None,
) -> OrderEdited:
    """Change what is given (``None`` leaves it): the specification, the order's customer (``customer_id``: another
    directory entry; ``customer``: corrected details of its entry), the notes, the customer's language (the next
    proof and every document from now on speak it; what was made stays as it was). Refused in one sentence, with
    nothing saved, where the order's state does not allow it."""
    require(actor, action="change an order")
    if language is not None:
        checked_language(language)
    details = customer.cleaned() if customer is not None else None
    notes = clean_text(notes, "note", max_len=5000) if notes is not None else None
    changed: list[str] = []
    with write():
        order = find_order(number, actor)
        lock_order(order.id)
        order = Order.get_by_id(order.id)
        refuse_erased(order, t("nothing more can be recorded for it"))
        status = OrderStatus(order.status)
        payload: dict[str, Any] = {}
        old = spec_of(order)
        if spec is not None:
            before, after = printed_spec(old), printed_spec(spec)
            diff = {k: [before[k], after[k]] for k in PRINTED if before[k] != after[k]}
            if diff:
                advance(actor, order, Step.SPEC)
                for field in diff:
                    setattr(order, field, getattr(spec, field))
                payload["spec"] = diff
                changed += list(diff)
            if spec.due != old.due:
                if status == OrderStatus.PICKED_UP:
                    raise UserError(t("Order {number} was handed over; its due date stays.", number=order.number))
                order.due = spec.due
                payload["due"] = [_day(old.due), _day(spec.due)]
                changed.append("due")
        if customer_id is not None and customer_id != order.customer_id:
            target = entry_for(actor, customer_id)
            if target.id != order.customer_id:
                advance(actor, order, Step.SPEC)
                payload["customer"] = [order.customer_id, target.id]
                order.customer = target
                changed.append("customer")
        if details is not None:
            entry = Customer.get_by_id(order.customer_id)
            same = all(getattr(entry, f) == getattr(details, f) for f in ("name", "company", "phone", "email"))
            if not same:
                advance(actor, order, Step.SPEC)
                fields = apply_details(actor, entry, details, None, via=order.number)
                payload["customer_details"] = fields
                changed.append("customer details")
        if language is not None and language != customer_language(order):
            payload["language"] = [customer_language(order), language]
            order.language = language
            changed.append("language")
        if notes is not None and notes != order.notes:
            order.notes = notes
            payload["notes"] = digest(Customer.get_by_id(order.customer_id), notes)
            changed.append("notes")
        if not changed:
            return OrderEdited(order.number, [])
        order.updated_at = now()
        order.save()
        if "customer" in payload:
            OrderToken.delete().where(OrderToken.order == order.id).execute()  # type: ignore[misc,unused-ignore]  # one build of types-peewee misreads the composite key
            OrderToken.insert_many(
                [{"token": w, "order": order.id} for w in order_tokens(order.number, order.customer)]
            ).on_conflict_ignore().execute()
        audit.append(actor, "order.edited", order=order, payload=payload)
    return OrderEdited(order.number, changed)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None
