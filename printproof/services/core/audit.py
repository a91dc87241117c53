"""The append-only audit log, hash-chained: each event's hash covers the one before it.

The primitives live in ``store/chain.py`` (the store's own upgrades append to the chain too);
services append through :func:`append` with the acting staff member.
"""

from __future__ import annotations

from typing import Any

from ...store.chain import (
    CHAIN_COUNTER,
    GENESIS,
    STAFF_SEALED,
    append_event,
    canonical,
    content_hash,
    event_fields,
    event_hash,
)
from ...store.models import AuditEvent, Order
from ...store.power import POWER_KINDS
from .context import Actor, power_signer, workstation_name

__all__ = [
    "CHAIN_COUNTER",
    "GENESIS",
    "STAFF_SEALED",
    "append",
    "canonical",
    "content_hash",
    "event_fields",
    "event_hash",
]


def append(
    actor: Actor | None,
    kind: str,
    *,
    order: Order | None = None,
    subject: str = "",
    payload: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the chain. Call inside the write transaction of the change it records.

    A power event (``store/power.py``) is signed with the actor's key, and refused without one."""
    signer = None
    if kind in POWER_KINDS:
        if actor is None:
            raise ValueError(f"a power event needs an actor: {kind}")
        signer = power_signer(actor)
    return append_event(
        actor.staff_id if actor else None,
        actor.workstation if actor else workstation_name(),
        kind,
        order_id=order.id if order is not None else None,
        subject=subject,
        payload=payload,
        signer=signer,
    )
