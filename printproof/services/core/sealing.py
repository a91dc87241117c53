"""The one way services seal a record: approvals, voids, pickups, complaints and decisions, proofs, staff
changes, erasures and erasure requests — and anything new (docs/evidence.md).

A service builds the unsaved row, then calls :func:`seal` inside its write transaction with the personal
details (kept outside the sealed row, committed to by a salted digest) and the event payload (digests and
ids only). The kinds and their sealed content are declared once, in ``store/sealed.py``; ``verify`` and the
schema-5 reseal read the same declarations.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import peewee as pw

from ...store.chain import Signer
from ...store.chain import seal_staff as _seal_staff
from ...store.models import AuditEvent, Order, Staff
from ...store.sealed import KINDS, Kind, commitment, kind_of, personal_matches, seal_record
from .context import Actor, workstation_name

__all__ = ["KINDS", "Kind", "commitment", "kind_of", "personal_matches", "seal", "seal_staff"]


def seal(
    actor: Actor | None,
    record: pw.Model,
    *,
    personal: dict[str, Any] | None = None,
    salt: bytes | None = None,
    order: Order | None = None,
    payload: dict[str, Any] | None = None,
    content_args: dict[str, Any] | None = None,
    before_event: Callable[[Any], None] | None = None,
) -> Any:
    """Seal ``record`` for ``actor``: personal details in their own salted row, the content hashed, the row
    stored and the hash appended to the audit chain (see :func:`store.sealed.seal_record`)."""
    return seal_record(
        record,
        staff_id=actor.staff_id if actor else None,
        workstation=actor.workstation if actor else workstation_name(),
        personal=personal,
        salt=salt,
        order_id=order.id if order is not None else None,
        payload=payload,
        content_args=content_args,
        before_event=before_event,
    )


def seal_staff(
    staff: Staff, change: str, by_staff_id: int | None, workstation: str, signer: Signer, **extra: Any
) -> AuditEvent:
    """Seal a staff member's state (name, role, active, PIN and recovery-code fingerprints, key) after ``change``,
    signed by ``signer`` (``store/power.py``).

    Staff seals are events whose payload is the sealed state; the primitive lives in ``store/chain.py``
    because the store's own upgrades seal staff too.
    """
    return _seal_staff(staff, change, by_staff_id, workstation, signer, **extra)
