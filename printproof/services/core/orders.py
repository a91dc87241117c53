"""Orders: take one, find one, show everything about one."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

import peewee as pw

from ...domain.codes import order_number_from_scan
from ...domain.enums import DisputeOutcome, OrderStatus
from ...domain.errors import NotFound, UserError
from ...domain.fold import typed_queries
from ...domain.i18n import LANGUAGES, t
from ...domain.rules import MOVE, MOVE_RECORD, Life, Step, follow, missing_record
from ...domain.spec import JobSpec
from ...domain.typed_text import clean_text
from ...store.counters import next_value
from ...store.db import lock_order, write
from ...store.migrations import now, order_tokens
from ...store.models import AuditEvent, Customer, Dispute, DisputeDecision, Order, OrderToken
from ...store.rows import tuples
from ...store.word_index import WordIndex
from . import audit
from .context import Actor, require
from .customers import CustomerInput as CustomerInput  # re-exported: callers take it from here


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
    link: str = ""  # the state of the latest proof sent by link (issue 24): sent, opened, confirmed, decided …


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


def new_order(
    actor: Actor,
    customer: CustomerInput | None,
    spec: JobSpec,
    notes: str = "",
    *,
    customer_id: int | None = None,
    reuse: bool = False,
    language: str = "",
) -> Order:
    """Take a new order; returns it with its new number.

    The customer is a directory entry (``services/core/customers.py``): ``customer_id`` picks one; otherwise the
    details make a new entry, or with ``reuse`` the one entry of exactly that name is taken. ``language``: the
    customer's, in which their documents are made; by default the language of the customer's latest order, for a
    new customer the shop's.
    """
    from .customers import customer_for_order
    from .shop import language as shop_language

    require(actor, action="take an order")
    if language:
        checked_language(language)
    if customer is not None and customer_id is None:
        customer = customer.cleaned()
    notes = clean_text(notes, "note", max_len=5000)
    with write():
        cust, created = customer_for_order(actor, customer, customer_id, reuse)
        moment = now()
        language = language or language_of_customer(cust.id, actor) or shop_language()
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
            language=language,
        )
        OrderToken.insert_many([{"token": t, "order": order.id} for t in order_tokens(order.number, cust)]).execute()
        if created:
            from .customers import FIELDS, digest

            audit.append(
                actor,
                "customer.created",
                subject=f"customer:{cust.id}",
                payload={"customer": cust.id, "digests": {f: digest(cust, str(getattr(cust, f))) for f in FIELDS}},
            )
        audit.append(
            actor,
            "order.created",
            order=order,
            payload={"number": order.number, "customer": cust.id, "language": language, **spec.to_dict()},
        )
    return order


def checked_language(language: str) -> str:
    """``language`` when PrintProof speaks it; else one sentence."""
    if language not in LANGUAGES:
        raise UserError(t("“{value}” is not a language PrintProof speaks (de, en).", value=language))
    return language


def language_of_customer(customer_id: int, viewer: Actor | None) -> str:
    """The language of the directory entry's latest order ("" when none says it): a new order takes it."""
    require(viewer, action="take an order")
    latest = (
        Order.select(Order.language)
        .where((Order.customer == customer_id) & (Order.language != ""))
        .order_by(Order.id.desc())
        .first()
    )
    return str(latest.language) if latest is not None else ""


def find_order(text: str, actor: Actor | None) -> Order:
    """The order named by ``text`` as typed or scanned, for ``actor``: the one lookup every service uses.

    The number is read in any form people and scanners type it (spaces, lower case, ``2026-4``, a US-layout
    scanner on a German keyboard), or from any code PrintProof prints. A restricted order (the customer asked for
    erasure while retention runs, GDPR Art. 18) is refused to everyone but the owner, whatever is asked of it.
    """
    from .restriction import check_visible

    order = _order_named(text)
    check_visible(order, actor)
    return order


def _order_named(text: str) -> Order:
    wanted = (text or "").strip()
    if not wanted:
        raise NotFound(t("Type or scan an order number."))
    canonical = order_number_from_scan(wanted)
    order = Order.get_or_none(Order.number == (canonical or wanted))
    if order is None:
        if "/r/" in wanted and wanted.lower().startswith(("http://", "https://")):  # a copy's complaint code
            raise NotFound(
                t(
                    "This is the code the customer complains with from their phone, not an order; the order's "
                    "number is printed beside it on the copy."
                )
            )
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


LIFE_EVENTS = (MOVE, *MOVE_RECORD.values())


def status_fault(order: Order) -> str | None:
    """Why ``order``'s stored status is not the one its sealed records lead to (:class:`rules.Life`), or None:
    a status written into the store by hand is named, and nothing moves the order on from it."""
    from ...store.sealed import KINDS

    life = Life()
    events = (
        AuditEvent.select(AuditEvent.kind, AuditEvent.payload, AuditEvent.subject)
        .where((AuditEvent.order == order.id) & AuditEvent.kind.in_(LIFE_EVENTS))
        .order_by(AuditEvent.seq)
    )
    for kind, payload, subject in tuples(events):
        life.feed(kind, json.loads(payload), subject)
    fault = life.fault(order.status)
    if fault is None:
        for subject in life.relied:  # an event alone does not make a record: the sealed row must be there
            name, _, ident = subject.partition(":")
            model = KINDS[name].model
            fields = model._meta.fields
            same = fields["id"] == int(ident)
            if "order" in fields:  # and it is this order's (a decision, a void: through their parent)
                same &= fields["order"] == order.id
            if not model.select().where(same).exists():
                return missing_record(subject)
    return fault


def check_step(order: Order, step: Step, target: OrderStatus | None = None) -> OrderStatus:
    """The state ``step`` leads ``order`` to from its state in the store now; refuses with the rule's sentence.

    Services call it before slow work (decoding artwork, rendering a proof) to fail at once, and
    :func:`advance` calls it again inside the write, where it counts.
    """
    fresh = Order.get_by_id(order.id)
    refuse_erased(fresh, t("nothing more can be recorded for it"))
    fault = status_fault(fresh)
    if fault is not None:
        raise UserError(
            t(
                "Order {number} cannot go on: {why}. Run “verify” and restore the newest backup that verifies.",
                number=fresh.number,
                why=fault,
            )
        )
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
        order = find_order(number, actor)
        lock_order(order.id)
        advance(actor, order, Step.STATUS, target=status)


SELECTIVE = 2000  # a word matching fewer orders than this drives the search from the word index


def _rows(query: pw.SelectQuery) -> list[OrderRow]:
    found = list(query.select_extend(Order.id).tuples())  # type: ignore[attr-defined]  # peewee's stubs lack it
    links = _link_states([r[7] for r in found if r[4] == OrderStatus.PROOFING])
    return [OrderRow(r[0], r[1], r[2], r[3], OrderStatus(r[4]), r[5], r[6], links.get(r[7], "")) for r in found]


def _link_states(order_ids: list[int]) -> dict[int, str]:
    """The state of each order's latest link (the list's status column says it beside "proofing")."""
    from ...store.models import PortalLink
    from ...store.rows import tuples

    if not order_ids:
        return {}
    rows = tuples(
        PortalLink.select(PortalLink.order, PortalLink.state, PortalLink.expires_at)
        .where(PortalLink.order.in_(order_ids))
        .order_by(PortalLink.id)
    )
    moment = now()
    live = ("queued", "sent", "opened", "confirmed")
    return {order: "expired" if state in live and expires <= moment else state for order, state, expires in rows}


def search_orders(
    text: str = "", status: OrderStatus | None = None, limit: int = 200, viewer: Actor | None = None
) -> list[OrderRow]:
    """Orders whose number, customer, company, phone or e-mail has words starting with ``text``, forgiving
    spelling: "mueller" finds Müller, "sahin" Şahin, "lukasz" Łukasz, "ivanova" Иванова (``domain/fold.py``).

    Newest first. An order number or a scanned PrintProof code (``domain/codes.py``) is answered at once. A rare
    word drives the search from the word index; common words are read newest first from it and intersected
    (``store/word_index.py``), so the first page arrives in milliseconds at a million orders. Restricted
    customers' orders (GDPR Art. 18) are found by the owner only.
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
    index = WordIndex(OrderToken, OrderToken.token, OrderToken.order, Order.id)
    found: dict[str, OrderRow] = {}
    for words in typed_queries(text):
        # Read newest first from the index only when every row it gives belongs on the page (no other filter).
        narrowed = index.narrow(query, words, SELECTIVE, limit=None if status or hidden else limit)
        if narrowed is None:
            continue
        for row in _rows(narrowed):
            found.setdefault(row.number, row)
    return sorted(found.values(), key=lambda r: (r.created_at, r.number), reverse=True)[:limit]


def order_count() -> int:
    return Order.select().count()
