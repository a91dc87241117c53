"""Retention: how long an order's records are kept (HGB §257, AO §147), and which orders have passed it.

An order is kept ``privacy.retention_years`` (default 10) after its last event — the latest entry of the
audit chain about it — and then its personal details and files are erased (``services/privacy/erasure.py``). The
moment "now" is the computer's clock. Nothing in the environment moves it (a switch that did let anyone erase a
disputed order "by retention"); test suites inject a clock with :func:`use_clock`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

import peewee as pw

from ...domain.enums import Role
from ...store.migrations import now
from ...store.models import AuditEvent, Customer, Order
from ...store.rows import tuples
from ...store.settings import get_setting
from .context import Actor, require

LEGAL_REASON = "HGB §257 / AO §147"

_clock: Callable[[], datetime] = now


def clock() -> datetime:
    """Now (UTC, naive), as retention sees it: the computer's clock (a test suite's, when it injected one)."""
    return _clock()


def use_clock(source: Callable[[], datetime] | None) -> None:
    """Let ``source`` say what time it is for retention from now on in this process (test suites); None: the
    computer's clock again."""
    global _clock
    _clock = source or now


def retention_years() -> int:
    """The setting: years an order is kept after its last event."""
    return int(get_setting("privacy.retention_years"))


def add_years(moment: datetime, years: int) -> datetime:
    """``moment`` plus whole years (29 February becomes 28 February in a year without it)."""
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:
        return moment.replace(year=moment.year + years, day=28)


def last_events(order_ids: list[int] | None = None) -> dict[int, datetime]:
    """The time of each order's latest audit event (what retention counts from)."""
    query = (
        AuditEvent.select(AuditEvent.order, pw.fn.MAX(AuditEvent.created_at))
        .where(AuditEvent.order.is_null(False))
        .group_by(AuditEvent.order)
    )
    if order_ids is not None:
        query = query.where(AuditEvent.order.in_(order_ids))
    return {order_id: _as_datetime(moment) for order_id, moment in tuples(query)}


def _as_datetime(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))  # SQLite's MAX() answers with the stored text


def retention_end(order: Order) -> datetime:
    """When ``order``'s retention ends: its last event plus the retention period."""
    last = last_events([order.id]).get(order.id, order.created_at)
    return add_years(last, retention_years())


@dataclass(frozen=True)
class DueOrder:
    """An order whose retention has ended: the owner's list of what may (and should) be erased."""

    number: str
    customer: str
    product: str
    last_event: datetime
    retention_end: datetime


def due_orders(at: datetime | None = None) -> list[DueOrder]:
    """Orders not yet erased whose retention ended by ``at`` (default: now), oldest first."""
    moment = at or clock()
    years = retention_years()
    latest = pw.fn.MAX(AuditEvent.created_at)
    last = (
        AuditEvent.select(AuditEvent.order.alias("oid"), latest.alias("last"))
        .where(AuditEvent.order.is_null(False))
        .group_by(AuditEvent.order)
        .having(latest <= add_years(moment, -years))
    )
    rows = (
        Order.select(Order.number, Customer.name, Order.product, last.c.last)
        .join(Customer)
        .switch(Order)
        .join(last, on=(last.c.oid == Order.id))
        .where(Order.erased_at.is_null())
    )
    found = [
        DueOrder(number, name, product, _as_datetime(when), add_years(_as_datetime(when), years))
        for number, name, product, when in tuples(rows)
    ]
    return sorted(found, key=lambda d: (d.last_event, d.number))


def orders_past_retention(actor: Actor) -> list[DueOrder]:
    """The owner's view: which orders have passed retention and wait to be erased."""
    require(actor, Role.OWNER, action="see orders past retention")
    return due_orders()


def retention_until(orders: list[Order]) -> date | None:
    """The day the last of ``orders`` may be erased (None when there are none)."""
    ends = [retention_end(o) for o in orders if o.erased_at is None]
    return max(ends).date() if ends else None
