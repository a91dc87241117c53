"""Orders: take one, find one, show everything about one."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import cast

import peewee as pw
from peewee import SQL, fn

from ..domain.codes import order_number_from_scan
from ..domain.enums import DisputeOutcome, OrderStatus
from ..domain.errors import NotFound, UserError
from ..domain.i18n import t
from ..domain.rules import Step, follow
from ..domain.spec import JobSpec
from ..domain.text import clean_line, clean_text, search_tokens
from ..store.counters import next_value
from ..store.db import lock_order, write
from ..store.migrations import now, order_tokens
from ..store.models import Customer, Dispute, DisputeDecision, Order, OrderToken
from . import audit
from .context import Actor, require

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_RE = re.compile(r"^[0-9+()/.\-\s]{3,40}$")
_NUMERIC_RE = re.compile(r"^[0-9+()/.\-\s]+$")


@dataclass(frozen=True)
class CustomerInput:
    name: str
    company: str = ""
    phone: str = ""
    email: str = ""

    def cleaned(self) -> CustomerInput:
        email = clean_line(self.email, "e-mail address")
        if email and not _EMAIL_RE.match(email):
            raise UserError(t("“{email}” is not an e-mail address.", email=email))
        phone = clean_line(self.phone, "phone number", max_len=40)
        if phone and not _PHONE_RE.match(phone):
            raise UserError(t("“{phone}” is not a phone number; use digits, spaces, + - / ( ).", phone=phone))
        return CustomerInput(
            clean_line(self.name, "customer name", required=True),
            clean_line(self.company, "company"),
            phone,
            email,
        )


@dataclass(frozen=True)
class OrderRow:
    """One line of the order list."""

    number: str
    customer: str
    company: str
    product: str
    status: OrderStatus
    created_at: datetime
    due: date | None


def spec_of(order: Order) -> JobSpec:
    return JobSpec(
        product=order.product,
        width_mm=order.width_mm,
        height_mm=order.height_mm,
        bleed_mm=order.bleed_mm,
        quantity=order.quantity,
        stock=order.stock,
        colors=order.colors,
        finishing=order.finishing,
        due=order.due,
    )


def next_number(year: int) -> str:
    """The next order number of ``year``, e.g. ``2026-00042`` (inside a write transaction)."""
    value = next_value(f"order:{year}")
    return f"{year}-{value:05d}"


def new_order(actor: Actor, customer: CustomerInput, spec: JobSpec, notes: str = "") -> Order:
    """Take a new order; returns it with its new number."""
    require(actor, action="take an order")
    customer = customer.cleaned()
    notes = clean_text(notes, "note", max_len=5000)
    with write():
        cust = Customer.create(
            name=customer.name,
            company=customer.company,
            phone=customer.phone,
            email=customer.email,
            created_at=now(),
        )
        moment = now()
        order = Order.create(
            number=next_number(moment.year),
            customer=cust,
            product=spec.product,
            width_mm=spec.width_mm,
            height_mm=spec.height_mm,
            bleed_mm=spec.bleed_mm,
            quantity=spec.quantity,
            stock=spec.stock,
            colors=spec.colors,
            finishing=spec.finishing,
            due=spec.due,
            status=OrderStatus.DRAFT,
            notes=notes,
            created_at=moment,
            created_by=actor.staff_id,
            updated_at=moment,
        )
        OrderToken.insert_many([{"token": t, "order": order.id} for t in order_tokens(order.number, cust)]).execute()
        audit.append(actor, "order.created", order=order, payload={"number": order.number, **spec.to_dict()})
    return order


def get_order(number: str) -> Order:
    """The order named by ``number`` as typed or scanned: the number in any form people and scanners type it
    (spaces, lower case, ``2026-4``, a US-layout scanner on a German keyboard), or any code PrintProof prints."""
    wanted = (number or "").strip()
    if not wanted:
        raise NotFound(t("Type or scan an order number."))
    canonical = order_number_from_scan(wanted)
    order = Order.get_or_none(Order.number == (canonical or wanted))
    if order is None:
        shown = canonical or (wanted if len(wanted) <= 40 else wanted[:40] + "…")
        raise NotFound(t("There is no order {number}.", number="".join(ch for ch in shown if ch.isprintable())))
    return order


def latest_outcome(order: Order) -> DisputeOutcome | None:
    """The outcome of the owner's latest decision on a complaint about ``order``, if any."""
    row = (
        DisputeDecision.select(DisputeDecision.outcome)
        .join(Dispute)
        .where(Dispute.order == order.id)
        .order_by(DisputeDecision.id.desc())
        .first()
    )
    return DisputeOutcome(row.outcome) if row else None


def refuse_erased(order: Order, what: str) -> None:
    """Refuse what needs an erased order's personal data or files, in one sentence naming ``what``."""
    if order.erased_at is not None:
        raise UserError(
            t(
                "Order {number} was erased on {date}; {what}.",
                number=order.number,
                date=f"{order.erased_at:%Y-%m-%d}",
                what=what,
            )
        )


def check_step(order: Order, step: Step, target: OrderStatus | None = None) -> OrderStatus:
    """The state ``step`` leads ``order`` to from its state in the store now; refuses with the rule's sentence.

    Services call it before slow work (decoding artwork, rendering a proof) to fail at once, and
    :func:`advance` calls it again inside the write, where it counts.
    """
    fresh = Order.get_by_id(order.id)
    refuse_erased(fresh, t("nothing more can be recorded for it"))
    current = OrderStatus(fresh.status)
    outcome = latest_outcome(fresh) if current == OrderStatus.RESOLVED else None
    return follow(current, step, number=fresh.number, outcome=outcome, target=target)


def advance(
    actor: Actor | None, order: Order, step: Step, target: OrderStatus | None = None, **payload: object
) -> None:
    """Take ``step`` in the order's life (inside the write that stores the step's record, after ``lock_order``).

    The state machine in ``domain/rules.py`` decides; a change of state is logged in the audit chain.
    """
    current = OrderStatus(Order.get_by_id(order.id).status)
    new = check_step(order, step, target)
    order.status = new
    if new == current:
        return
    Order.update(status=new, updated_at=now()).where(Order.id == order.id).execute()
    audit.append(actor, "order.status", order=order, payload={"from": current, "to": new, "step": step, **payload})


def set_status(actor: Actor, number: str, status: OrderStatus) -> None:
    """Move an order on where no record is needed: approved → in production → ready (and a reprint)."""
    require(actor, action="change an order's status")
    status = OrderStatus(status)
    with write():
        order = get_order(number)
        lock_order(order.id)
        advance(actor, order, Step.STATUS, target=status)


SELECTIVE = 2000  # a word matching fewer orders than this drives the search from the word index


def _token_range(token: str) -> pw.Expression:
    return (OrderToken.token >= token) & (OrderToken.token < token + "\uffff")


def _has_word(token: str) -> pw.Function:
    """EXISTS a search word of this order starting with ``token`` (uses the (order, token) index)."""
    return fn.EXISTS(OrderToken.select(SQL("1")).where((OrderToken.order == Order.id) & _token_range(token)))


def _capped_count(token: str) -> int:
    inner = OrderToken.select(SQL("1")).where(_token_range(token)).limit(SELECTIVE)
    count: int = pw.Select([inner], [fn.COUNT(SQL("*"))]).bind(OrderToken._meta.database).scalar()
    return count


def _rows(query: pw.SelectQuery) -> list[OrderRow]:
    return [OrderRow(r[0], r[1], r[2], r[3], OrderStatus(r[4]), r[5], r[6]) for r in query.tuples()]


def visible_order(number: str, viewer: Actor | None) -> Order:
    """:func:`get_order` for the screens: a restricted order (erasure requested, retention still running) is
    shown to the owner only (GDPR Art. 18)."""
    from .restriction import check_visible

    order = get_order(number)
    check_visible(order, viewer)
    return order


def search_orders(
    text: str = "", status: OrderStatus | None = None, limit: int = 200, viewer: Actor | None = None
) -> list[OrderRow]:
    """Orders whose number, customer, company, phone or e-mail has words starting with ``text``.

    Newest first. An order number or a scanned PrintProof code (``domain/codes.py``) is answered at once. A rare
    word drives the search from the word index; when every word is common (a frequent
    surname), the newest orders are walked and each is checked through the (order, word) index,
    so the first page arrives after a few thousand probes at most. Restricted customers' orders (GDPR Art. 18)
    are found by the owner only.
    """
    from .restriction import hidden_customers

    text = (text or "").strip()
    query = (
        Order.select(
            Order.number,
            Customer.name,
            Customer.company,
            Order.product,
            Order.status,
            Order.created_at,
            Order.due,
        )
        .join(Customer)
        .order_by(Order.id.desc())
        .limit(limit)
    )
    if status:
        query = query.where(Order.status == OrderStatus(status))
    hidden = hidden_customers(viewer)
    if hidden:
        query = query.where(Order.customer.not_in(sorted(hidden)))
    if not text:
        return _rows(query)
    scanned = order_number_from_scan(text)  # a number as typed, or any code PrintProof prints
    exact = _rows(query.where(Order.number == (scanned or text)))
    if exact:
        return exact
    if scanned is not None and "|" in text:
        return []  # a code names one order; its words are no search terms
    if _NUMERIC_RE.match(text):
        # Digits with spaces or dashes: a phone number as people type it, or part of an order number.
        alternatives = [["".join(ch for ch in text if ch.isdigit())[:64]]]
        if "-" in text:
            alternatives.append([text.casefold()[:64]])
    else:
        alternatives = [[w[:64] for w in search_tokens(text)]]
    found: dict[str, OrderRow] = {}
    for words in alternatives:
        if not words:
            continue
        sizes = {w: _capped_count(w) for w in words}
        best = min(words, key=lambda w: sizes[w])
        if sizes[best] == 0:
            continue
        narrowed = query
        if sizes[best] < SELECTIVE:
            matching = OrderToken.select(OrderToken.order).where(_token_range(best)).distinct().tuples()
            ids = [r[0] for r in cast("Iterable[tuple[int]]", matching)]  # types-peewee: tuples() yields rows
            narrowed = narrowed.where(Order.id.in_(ids))
            words = [w for w in words if w != best]
        for word in words:
            narrowed = narrowed.where(_has_word(word))
        for row in _rows(narrowed):
            found.setdefault(row.number, row)
    return sorted(found.values(), key=lambda r: (r.created_at, r.number), reverse=True)[:limit]


def order_count() -> int:
    return Order.select().count()
