"""Schema 2: every order findable by its words (the search tokens of its number and customer)."""

from __future__ import annotations

from ..models import Customer, Order, OrderToken, db
from ..search_words import order_tokens


def upgrade() -> None:
    db.create_tables([OrderToken])
    rows: list[dict[str, object]] = []
    query = Order.select(Order.id, Order.number, Customer.name, Customer.company, Customer.phone, Customer.email)
    for order in query.join(Customer).objects():  # only the columns schema 1 had
        customer = Customer(name=order.name, company=order.company, phone=order.phone, email=order.email)
        rows.extend({"token": t, "order": order.id} for t in order_tokens(order.number, customer))
        if len(rows) > 5000:
            OrderToken.insert_many(rows).on_conflict_ignore().execute()
            rows = []
    if rows:
        OrderToken.insert_many(rows).on_conflict_ignore().execute()
