"""Restricted data (GDPR Art. 18): a customer asked for erasure while retention still runs, so their orders are
kept but hidden from search and from every screen except the owner's — refused here, for every caller."""

from __future__ import annotations

from ...domain.enums import Role
from ...domain.errors import NotAllowed
from ...domain.i18n import t
from ...store.merges import same_person
from ...store.models import ErasureRequest, Order
from ...store.rows import tuples
from .context import Actor, require
from .retention import retention_end


def restricted_customers() -> set[int]:
    """Customers whose erasure request waits for retention to end (their data is restricted, Art. 18).

    A directory entry merged into another, or one that duplicates merged into (issue 13), is the same person:
    the restriction follows the orders to whichever entry holds them now.
    """
    requests = ErasureRequest.select(ErasureRequest.customer).where(ErasureRequest.outcome == "restricted")
    asked: set[int] = {c for (c,) in tuples(requests)}
    if not asked:
        return set()
    asked = same_person(asked)
    still = Order.select(Order.customer).where(Order.customer.in_(sorted(asked)) & Order.erased_at.is_null())
    return {c for (c,) in tuples(still)}


def hidden_customers(viewer: Actor | None) -> set[int]:
    """Customers ``viewer`` may not see: the restricted ones, for everyone but the owner."""
    hidden = restricted_customers()
    if hidden and viewer is not None and viewer.role == Role.OWNER:
        try:  # the role as the chain has it now, not as it was at sign-in
            require(viewer, Role.OWNER, action="see restricted data", short_pin_ok=True)
            return set()
        except NotAllowed:
            pass
    return hidden


def check_visible(order: Order, viewer: Actor | None) -> None:
    """Refuse to show a restricted order to anyone but the owner."""
    if order.customer_id in hidden_customers(viewer):
        raise NotAllowed(
            t(
                "Order {number} is restricted: the customer asked for erasure, which the law does not allow before "
                "{date}; only the owner can open it.",
                number=order.number,
                date=f"{retention_end(order):%Y-%m-%d}",
            )
        )
