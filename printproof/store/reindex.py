"""The forgiving search words of every order and directory entry, written again from their current details.

Run by an upgrade whose forgiving-spelling rules (``domain/fold.py``) differ from those the stored words were
made with: a stored word and a typed word must go through the same rules, or a name is not found. In batches, so
a store of a million orders is rewritten in bounded memory.
"""

from __future__ import annotations

from .models import Customer, CustomerToken, Order, OrderToken
from .search_words import customer_tokens, order_tokens

BATCH = 5000


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
        words = [{"token": t, "customer": c.id} for c in customers for t in customer_tokens(c)]
        CustomerToken.insert_many(words).on_conflict_ignore().execute()
        last = customers[-1].id
    OrderToken.delete().execute()  # type: ignore[misc,unused-ignore]  # types-peewee misreads the composite key
    last = 0
    while True:
        rows = list(
            Order.select(Order.id, Order.number, Customer.name, Customer.company, Customer.phone, Customer.email)
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
            customer = Customer(name=row.name, company=row.company, phone=row.phone, email=row.email)
            tokens.extend({"token": t, "order": row.id} for t in order_tokens(row.number, customer))
        OrderToken.insert_many(tokens).on_conflict_ignore().execute()
        last = rows[-1].id
