"""The customer directory: find a returning customer as you type, their orders and complaints, merge duplicates.

The directory is ordinary, mutable data (docs/evidence.md, schema 5): no sealed record depends on it. Its changes
are logged in the audit chain with keyed digests of the values (HMAC-SHA256 with the entry's own key), never
the values: once the entry is erased with its key, the chain's digests name nobody.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

import peewee as pw

from ...domain.enums import OrderStatus, Role
from ...domain.errors import NotAllowed, NotFound, UserError
from ...domain.fold import search_words, typed_queries
from ...domain.i18n import t
from ...domain.typed_text import clean_line, clean_text
from ...store.db import write
from ...store.merges import merged_in
from ...store.migrations import now
from ...store.models import Customer, CustomerToken, Dispute, DisputeDecision, Order, OrderToken
from ...store.search_words import customer_tokens, order_tokens
from ...store.word_index import WordIndex
from . import audit
from .context import Actor, require

FIELDS = ("name", "company", "phone", "email", "notes")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_RE = re.compile(r"^[0-9+()/.\-\s]{3,40}$")


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


SELECTIVE = 2000


@dataclass(frozen=True)
class CustomerRow:
    """One directory entry as lists show it."""

    id: int
    name: str
    company: str
    phone: str
    email: str
    notes: str
    orders: int
    last_order: str  # the newest order's number, or ""


@dataclass(frozen=True)
class CustomerOrder:
    number: str
    product: str
    status: OrderStatus
    created_at: datetime


@dataclass(frozen=True)
class Complaint:
    order: str
    category: str
    created_at: datetime
    outcome: str  # "" while the owner has not decided


@dataclass(frozen=True)
class CustomerDetails:
    """A directory entry with everything about the customer: their orders and complaints, newest first."""

    customer: CustomerRow
    orders: list[CustomerOrder]
    complaints: list[Complaint]
    merged_from: list[int]  # entries merged into this one


def key_of(customer: Customer) -> bytes:
    """The entry's own digest key (made on first use for an entry from before schema 7's step)."""
    if not customer.digest_key:
        customer.digest_key = secrets.token_hex(32)
        Customer.update(digest_key=customer.digest_key).where(Customer.id == customer.id).execute()
    return bytes.fromhex(customer.digest_key)


def digest(customer: Customer, value: str) -> str:
    """What the audit chain keeps of a directory value: HMAC-SHA256 with the entry's key (not guessable)."""
    return hmac.new(key_of(customer), value.encode(), hashlib.sha256).hexdigest()


def _same_name(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(unicodedata.normalize("NFC", s).casefold().split())

    return norm(a) == norm(b)


def _index() -> WordIndex:
    return WordIndex(CustomerToken, CustomerToken.token, CustomerToken.customer, Customer.id)


def _rows(customers: list[Customer]) -> list[CustomerRow]:
    ids = [c.id for c in customers]
    counts: dict[int, tuple[int, int]] = {}
    if ids:
        query = (
            Order.select(Order.customer, pw.fn.COUNT(Order.id), pw.fn.MAX(Order.id))
            .where(Order.customer.in_(ids))
            .group_by(Order.customer)
        )
        rows = cast("Iterable[tuple[int, int, int]]", query.tuples())  # types-peewee: tuples() yields rows
        counts = {cid: (n, last) for cid, n, last in rows}
    newest = Order.select(Order.id, Order.number).where(Order.id.in_([v[1] for v in counts.values()]))
    numbers: dict[int, str] = dict(cast("Iterable[tuple[int, str]]", newest.tuples()))
    return [
        CustomerRow(
            c.id,
            c.name,
            c.company,
            c.phone,
            c.email,
            c.notes,
            counts.get(c.id, (0, 0))[0],
            numbers.get(counts.get(c.id, (0, 0))[1], ""),
        )
        for c in customers
    ]


def search_customers(text: str = "", limit: int = 50, viewer: Actor | None = None) -> list[CustomerRow]:
    """Directory entries whose name, company, phone or e-mail has words starting with ``text``, forgiving
    spelling as the order search does; newest entries first. Merged duplicates and erased entries are not
    listed; restricted customers (an erasure request waiting for retention, GDPR Art. 18) only for the owner."""
    from .restriction import hidden_customers

    text = (text or "").strip()
    query = (
        Customer.select()
        .where(Customer.merged_into.is_null() & (Customer.name != ""))
        .order_by(Customer.id.desc())
        .limit(limit)
    )
    hidden = hidden_customers(viewer)
    if hidden:
        query = query.where(Customer.id.not_in(sorted(hidden)))
    if not text:
        return _rows(list(query))
    found: dict[int, Customer] = {}
    for words in typed_queries(text):
        narrowed = _index().narrow(query, words, SELECTIVE, limit=None if hidden else limit)
        if narrowed is not None:
            for c in narrowed:
                found.setdefault(c.id, c)
    return _rows(sorted(found.values(), key=lambda c: c.id, reverse=True)[:limit])


def get_customer(customer_id: int, *, follow_merge: bool = True) -> Customer:
    """The entry ``customer_id`` (a merged duplicate leads to the entry it was merged into)."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound(t("There is no customer {id} in the directory.", id=customer_id))
    seen = {customer.id}
    while follow_merge and customer.merged_into_id is not None and customer.merged_into_id not in seen:
        customer = Customer.get_by_id(customer.merged_into_id)
        seen.add(customer.id)
    return customer


def entry_for(actor: Actor | None, customer_id: int) -> Customer:
    """The entry ``customer_id`` (a merged duplicate leads to the entry kept) as ``actor`` may use it for an order,
    a change or a merge: refused when its details were erased, or when it is restricted (GDPR Art. 18) and
    ``actor`` is not the owner."""
    from .restriction import hidden_customers

    customer = get_customer(customer_id)
    if not customer.name:
        raise NotFound(
            t("The details of customer {id} were erased; take the order for a new customer.", id=customer_id)
        )
    if customer.id in hidden_customers(actor):
        raise NotAllowed(
            t("Customer {id} is restricted: they asked for erasure; only the owner can see them.", id=customer.id)
        )
    return customer


def customer_details(customer_id: int, viewer: Actor | None = None) -> CustomerDetails:
    """The entry, the customer's orders and complaints (newest first), and the duplicates merged into it;
    a restricted customer (GDPR Art. 18) is shown to the owner only."""
    from .restriction import hidden_customers

    customer = get_customer(customer_id)
    if customer.id in hidden_customers(viewer):
        raise NotAllowed(
            t("Customer {id} is restricted: they asked for erasure; only the owner can see them.", id=customer.id)
        )
    listed = (
        Order.select(Order.number, Order.product, Order.status, Order.created_at)
        .where(Order.customer == customer.id)
        .order_by(Order.id.desc())
        .tuples()
    )
    orders = [
        CustomerOrder(number, product, OrderStatus(status), created)
        for number, product, status, created in cast("Iterable[tuple[str, str, str, datetime]]", listed)
    ]
    decided = {
        d.dispute_id: d.outcome
        for d in DisputeDecision.select(DisputeDecision.dispute, DisputeDecision.outcome)
        .join(Dispute)
        .join(Order)
        .where(Order.customer == customer.id)
        .order_by(DisputeDecision.id)
    }
    complained = (
        Dispute.select(Dispute.id, Order.number, Dispute.category, Dispute.created_at)
        .join(Order)
        .where(Order.customer == customer.id)
        .order_by(Dispute.id.desc())
        .tuples()
    )
    complaints = [
        Complaint(number, category, created, decided.get(did, ""))
        for did, number, category, created in cast("Iterable[tuple[int, str, str, datetime]]", complained)
    ]
    merged = [c.id for c in Customer.select(Customer.id).where(Customer.merged_into == customer.id)]
    return CustomerDetails(_rows([customer])[0], orders, complaints, merged)


def exact_matches(name: str, viewer: Actor | None = None) -> list[Customer]:
    """Entries (not merged away) whose name is exactly ``name``, apart from case and spaces; restricted customers
    (GDPR Art. 18) only for the owner."""
    from .restriction import hidden_customers

    cleaned = CustomerInput(name).cleaned().name
    candidates = Customer.select().where(Customer.merged_into.is_null())
    hidden = hidden_customers(viewer)
    if hidden:
        candidates = candidates.where(Customer.id.not_in(sorted(hidden)))
    narrowed = _index().narrow(candidates, [[w] for w in search_words(cleaned)], SELECTIVE, limit=500)
    if narrowed is None:
        return []
    return [c for c in narrowed if _same_name(c.name, cleaned)]


def _store_tokens(customer: Customer) -> None:
    """Write the entry's search words, and those of every order of the customer, again."""
    CustomerToken.delete().where(CustomerToken.customer == customer.id).execute()  # type: ignore[misc,unused-ignore]  # one build of types-peewee misreads the composite key
    CustomerToken.insert_many(
        [{"token": w, "customer": customer.id} for w in customer_tokens(customer)]
    ).on_conflict_ignore().execute()
    orders = list(Order.select(Order.id, Order.number).where(Order.customer == customer.id))
    for start in range(0, len(orders), 500):
        chunk = orders[start : start + 500]
        OrderToken.delete().where(OrderToken.order.in_([o.id for o in chunk])).execute()  # type: ignore[misc,unused-ignore]  # one build of types-peewee misreads the composite key
        OrderToken.insert_many(
            [{"token": w, "order": o.id} for o in chunk for w in order_tokens(o.number, customer)]
        ).on_conflict_ignore().execute()


def forget_entry(customer_id: int) -> None:
    """Erasure (inside its write): the entry and every duplicate merged into it (at any depth) keep no personal
    value — name, contacts, notes, the digest key (the chain's digests then name nobody) and the search words go."""
    ids = sorted(merged_in([customer_id]))
    Customer.update(name="", company="", phone="", email="", notes="", digest_key="").where(
        Customer.id.in_(ids)
    ).execute()
    words: Any = CustomerToken  # types-peewee finds delete() on a composite-key model ambiguous
    words.delete().where(CustomerToken.customer.in_(ids)).execute()


def create_entry(details: CustomerInput, notes: str = "") -> Customer:
    """A new entry (inside the caller's write transaction); its search words written."""
    moment = now()
    customer = Customer.create(
        name=details.name,
        company=details.company,
        phone=details.phone,
        email=details.email,
        notes=notes,
        digest_key=secrets.token_hex(32),
        created_at=moment,
        updated_at=moment,
    )
    CustomerToken.insert_many(
        [{"token": w, "customer": customer.id} for w in customer_tokens(customer)]
    ).on_conflict_ignore().execute()
    return customer


def _digests(customer: Customer, fields: list[str]) -> dict[str, str]:
    return {f: digest(customer, str(getattr(customer, f) or "")) for f in fields}


def add_customer(actor: Actor, details: CustomerInput, notes: str = "") -> CustomerRow:
    """Put a new customer into the directory."""
    require(actor, action="add a customer")
    details = details.cleaned()
    notes = clean_text(notes, "note", max_len=5000)
    with write():
        customer = create_entry(details, notes)
        audit.append(
            actor,
            "customer.created",
            subject=f"customer:{customer.id}",
            payload={"customer": customer.id, "digests": _digests(customer, list(FIELDS))},
        )
    return _rows([customer])[0]


def apply_details(
    actor: Actor, customer: Customer, details: CustomerInput, notes: str | None, via: str = ""
) -> list[str]:
    """Change an entry (inside the caller's write): the fields that changed, logged with their digests."""
    new = {"name": details.name, "company": details.company, "phone": details.phone, "email": details.email}
    if notes is not None:
        new["notes"] = notes
    changed = [f for f, v in new.items() if getattr(customer, f) != v]
    if not changed:
        return []
    for field in changed:
        setattr(customer, field, new[field])
    customer.updated_at = now()
    customer.save()
    _store_tokens(customer)
    audit.append(
        actor,
        "customer.changed",
        subject=f"customer:{customer.id}",
        payload={"customer": customer.id, "changed": changed, "digests": _digests(customer, changed)}
        | ({"via": via} if via else {}),
    )
    return changed


def update_customer(actor: Actor, customer_id: int, details: CustomerInput, notes: str | None = None) -> list[str]:
    """Correct a directory entry (a new phone number, a typo in the name); returns the fields changed."""
    require(actor, action="change a customer")
    details = details.cleaned()
    notes = clean_text(notes, "note", max_len=5000) if notes is not None else None
    with write():
        customer = entry_for(actor, customer_id)
        return apply_details(actor, customer, details, notes)


@dataclass(frozen=True)
class Merged:
    kept: int
    merged: int
    orders_moved: list[str]
    fields_taken: list[str]


def merge_customers(actor: Actor, keep_id: int, duplicate_id: int) -> Merged:
    """The owner merges a duplicate entry into the one kept: its orders move over, the kept entry takes the
    duplicate's values where its own are empty (differing ones are added to its notes), and the duplicate stays
    in the store marked as merged, so nothing is lost; the audit chain records the merge with digests."""
    require(actor, Role.OWNER, action="merge customers")
    if keep_id == duplicate_id:
        raise UserError(t("A customer cannot be merged into itself."))
    with write():
        keep = get_customer(keep_id, follow_merge=False)
        dup = get_customer(duplicate_id, follow_merge=False)
        for entry in (keep, dup):
            if not entry.name:
                raise UserError(t("The details of customer {id} were erased; there is nothing to merge.", id=entry.id))
            if entry.merged_into_id is not None:
                raise UserError(
                    t(
                        "Customer {id} was already merged into customer {other}.",
                        id=entry.id,
                        other=entry.merged_into_id,
                    )
                )
        taken, extra = [], []
        for field in ("company", "phone", "email"):
            mine, theirs = getattr(keep, field), getattr(dup, field)
            if theirs and not mine:
                setattr(keep, field, theirs)
                taken.append(field)
            elif theirs and theirs != mine:
                extra.append(theirs)
        if not _same_name(keep.name, dup.name):
            extra.insert(0, dup.name)
        notes = [n for n in (keep.notes, dup.notes) if n]
        if extra:
            notes.append(t("Also known from customer {id}: {values}", id=dup.id, values=", ".join(extra)))
        if "\n".join(notes) != keep.notes:
            keep.notes = "\n".join(notes)
            taken.append("notes")
        keep.updated_at = now()
        keep.save()
        moved = [o.number for o in Order.select(Order.number).where(Order.customer == dup.id).order_by(Order.id)]
        Order.update(customer=keep.id).where(Order.customer == dup.id).execute()
        Customer.update(merged_into=keep.id, updated_at=now()).where(Customer.id == dup.id).execute()
        # Entries merged into the duplicate earlier now point at the entry kept: one step from any old number.
        Customer.update(merged_into=keep.id).where(Customer.merged_into == dup.id).execute()
        CustomerToken.delete().where(CustomerToken.customer == dup.id).execute()  # type: ignore[misc,unused-ignore]  # one build of types-peewee misreads the composite key
        _store_tokens(keep)
        audit.append(
            actor,
            "customer.merged",
            subject=f"customer:{keep.id}",
            payload={
                "kept": keep.id,
                "merged": dup.id,
                "orders": moved,
                "taken": taken,
                "digests": _digests(keep, taken),
            },
        )
    return Merged(keep.id, dup.id, moved, taken)


def customer_for_order(
    actor: Actor, details: CustomerInput | None, customer_id: int | None, reuse: bool
) -> tuple[Customer, bool]:
    """The entry a new order is for (inside the caller's write): ``customer_id``; or with ``reuse`` the one entry
    of exactly that name (several are refused: pick one by id); or a new entry. Returns it and whether it is new.
    """
    if customer_id is not None:
        customer = entry_for(actor, customer_id)
        if details is not None and details.name and not _same_name(details.name, customer.name):
            raise UserError(
                t(
                    "Customer {id} is {name}, not {given}; give either the customer's number or a name.",
                    id=customer.id,
                    name=customer.name,
                    given=details.name,
                )
            )
        return customer, False
    if details is None:
        raise UserError(t("Name the customer, or pick one from the directory."))
    details = details.cleaned()
    if reuse:
        matches = exact_matches(details.name, viewer=actor)
        if len(matches) > 1:
            raise UserError(
                t(
                    "{count} customers are named {name}; pick one by its number (printproof customer list --search "
                    "“{name}”, then --customer-id).",
                    count=len(matches),
                    name=details.name,
                )
            )
        if matches:
            customer = matches[0]
            filled = {
                f: getattr(details, f)
                for f in ("company", "phone", "email")
                if getattr(details, f) and not getattr(customer, f)
            }
            if filled:
                merged = CustomerInput(
                    customer.name,
                    filled.get("company", customer.company),
                    filled.get("phone", customer.phone),
                    filled.get("email", customer.email),
                )
                apply_details(actor, customer, merged, None, via="order")
            return customer, False
    return create_entry(details), True
