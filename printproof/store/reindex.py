"""The forgiving search words of every order and directory entry, written again from their current details.

Run by an upgrade whose forgiving-spelling rules (``domain/fold.py``) differ from those the stored words were
made with: a stored word and a typed word must go through the same rules, or a name is not found. In batches, so
a store of a million orders is rewritten in bounded memory.
"""

from __future__ import annotations

from typing import Any

from .models import Customer, CustomerToken, Order, OrderToken
from .search_words import customer_tokens, order_tokens

BATCH = 5000
ROWS_PER_INSERT = 400  # two values a row: below the smallest limit of bound variables of any SQLite (999)


def insert_words(model: Any, rows: list[dict[str, object]]) -> None:
    """Insert search-word rows in chunks a database of any build accepts."""
    for start in range(0, len(rows), ROWS_PER_INSERT):
        model.insert_many(rows[start : start + ROWS_PER_INSERT]).on_conflict_ignore().execute()


def rewrite_search_words() -> None:
    """Delete every stored search word and write each order's and customer's again (inside the caller's
    transaction: an upgrade, all or nothing)."""
    CustomerToken.delete().execute()
    last = 0
    while True:
        customers = list(
            Customer.select(Customer.id, Customer.name, Customer.company, Customer.phone, Customer.email)
            .where(Customer.id > last)
            .order_by(Customer.id)
            .limit(BATCH)
        )
        if not customers:
            break
        insert_words(CustomerToken, [{"token": t, "customer": c.id} for c in customers for t in customer_tokens(c)])
        last = customers[-1].id
    OrderToken.delete().execute()  # type: ignore[misc,unused-ignore]  # types-peewee misreads the composite key
    last = 0
    while True:
        rows = list(
            Order.select(
                Order.id, Order.number, Order.erased_at, Customer.name, Customer.company, Customer.phone, Customer.email
            )
            .join(Customer)
            .where(Order.id > last)
            .order_by(Order.id)
            .limit(BATCH)
            .objects()
        )
        if not rows:
            break
        tokens: list[dict[str, object]] = []
        for row in rows:
            # An erased order keeps only its number's words (as the erasure left it): its customer's name, which
            # other orders of the same customer may still carry, must not find it again.
            customer = (
                Customer(name="", company="", phone="", email="")
                if row.erased_at is not None
                else Customer(name=row.name, company=row.company, phone=row.phone, email=row.email)
            )
            tokens.extend({"token": t, "order": row.id} for t in order_tokens(row.number, customer))
        insert_words(OrderToken, tokens)
        last = rows[-1].id
