"""A customer's privacy requests: which customer is meant, erasure on request (Art. 17) and restriction (Art. 18).

A request to erase is recorded as a sealed :class:`ErasureRequest`. Orders past retention are erased at
once; orders whose retention still runs cannot be erased yet (HGB §257 / AO §147), so the request records
that legal reason and the day retention ends, and the customer's data is restricted: hidden from search
and from every screen except the owner's, until it is erased when retention ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...domain.codes import order_number_from_scan
from ...domain.enums import Role
from ...domain.errors import NotFound
from ...domain.fold import search_words
from ...domain.i18n import t
from ...domain.typed_text import clean_text
from ...store.db import lock_order, write
from ...store.merges import same_person
from ...store.models import Customer, ErasureRequest, Order, OrderToken
from ..core import sealing
from ..core.context import Actor, require, utc_offset_now
from ..core.retention import LEGAL_REASON, clock, retention_end
from .erasure import Erased, _erase, finish


def customer_ids(text: str) -> list[int]:
    """The customer rows ``text`` names: ``#12`` (a customer's id), an order number or code (that order's
    customer), or an e-mail address or full name (every customer row with it, as a returning customer has one
    per order until the customer directory joins them)."""
    wanted = (text or "").strip()
    if not wanted:
        raise NotFound(t("Name the customer: #id, an order number, an e-mail address or the full name."))
    if wanted.lstrip("#").isdigit():
        found = Customer.get_or_none(Customer.id == int(wanted.lstrip("#")))
        if found is None:
            raise NotFound(t("There is no customer {customer}.", customer=wanted))
        return with_merged([found.id])
    number = order_number_from_scan(wanted) or wanted
    order = Order.get_or_none(Order.number == number)
    if order is not None:
        return with_merged([order.customer_id])
    folded = wanted.casefold()
    # The search words index narrows a million customers to the few sharing a word; then the whole text decides.
    first = (search_words(wanted) or [folded])[0][:64]  # the stored search words are forgiving skeletons
    candidates = (
        Customer.select(Customer.id, Customer.name, Customer.email)
        .join(Order, on=(Order.customer == Customer.id))
        .join(OrderToken, on=(OrderToken.order == Order.id))
        .where(OrderToken.token == first)
        .distinct()
    )
    ids = sorted({c.id for c in candidates if folded in (c.email.casefold(), c.name.casefold())})
    if not ids:
        raise NotFound(t("There is no customer {customer}.", customer=wanted))
    return with_merged(ids)


def with_merged(ids: list[int]) -> list[int]:
    """``ids`` with every directory entry of the same person: the entry kept when one was merged, and the
    duplicates merged into it (issue 13)."""
    return sorted(same_person(ids))


@dataclass(frozen=True)
class RequestAnswered:
    """What became of an erasure request."""

    customers: list[int]
    erased: list[str]  # orders erased now
    restricted: list[str]  # orders kept (retention runs), their data restricted
    retention_until: date | None
    legal_reason: str

    def to_dict(self) -> dict[str, object]:
        return {
            "customers": self.customers,
            "erased": self.erased,
            "restricted": self.restricted,
            "retention_until": self.retention_until.isoformat() if self.retention_until else None,
            "legal_reason": self.legal_reason,
        }


def request_erasure(actor: Actor, customer: str, words: str = "") -> RequestAnswered:
    """The owner records a customer's request to erase their data: erased where retention has ended, the rest
    restricted with the legal reason it must be kept, and until when."""
    actor = require(actor, Role.OWNER, action="record an erasure request")
    words = clean_text(words, "how the customer asked", max_len=2000)
    ids = customer_ids(customer)
    moment = clock()
    erased: list[str] = []
    kept: list[str] = []
    done: Erased | None = None
    until: date | None = None
    with write():
        for customer_id in ids:
            orders = list(Order.select().where((Order.customer == customer_id) & Order.erased_at.is_null()))
            for order in orders:
                lock_order(order.id)
            due = [o for o in orders if retention_end(o) <= moment]
            waiting = [o for o in orders if o not in due]
            ends = [retention_end(o).date() for o in waiting]
            request = ErasureRequest(
                customer=customer_id,
                outcome="restricted" if waiting else "erased",
                legal_reason=LEGAL_REASON if waiting else "",
                retention_until=max(ends) if ends else None,
                staff=actor.staff_id,
                workstation=actor.workstation,
                created_at=moment,
                utc_offset=utc_offset_now(),
            )
            sealing.seal(
                actor,
                request,
                personal={"words": words},
                payload={"customer": customer_id, "outcome": request.outcome, "orders": len(orders)},
            )
            if due:
                done = _erase(actor, due, "request", moment)
            erased += [o.number for o in due]
            kept += [o.number for o in waiting]
            if ends:
                until = max([until, *ends]) if until else max(ends)
    if done is not None:
        finish(actor, done)
    return RequestAnswered(ids, erased, kept, until, LEGAL_REASON if kept else "")


def refusal_sentence(answer: RequestAnswered) -> str:
    """The sentence for the customer and the owner: what was erased, and why the rest must wait."""
    if not answer.restricted:
        return t("Erased: {orders}.", orders=", ".join(answer.erased) or "–")
    return t(
        "The orders {orders} must be kept until {date} ({law}); they cannot be erased before. Their data is "
        "restricted now: hidden from search and screens except for the owner, and erased when retention ends.",
        orders=", ".join(answer.restricted),
        date=f"{answer.retention_until:%Y-%m-%d}" if answer.retention_until else "–",
        law=answer.legal_reason,
    )


def requests_of(customer_id: int) -> list[ErasureRequest]:
    """The erasure requests recorded for a customer, oldest first."""
    return list(ErasureRequest.select().where(ErasureRequest.customer == customer_id).order_by(ErasureRequest.id))
