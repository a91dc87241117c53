"""The audit chain's primitives: canonical JSON, the hashes, appending one event, and the staff seals.

The chain lives in the store because the store's own upgrades append to it too (a schema step seals
every staff member). The services use it through ``services/core/audit.py``.
"""

from __future__ import annotations

import hashlib
import json
import socket
from typing import Any

from .clock import now
from .counters import next_value
from .hashing import canonical, content_hash, event_fields, event_hash
from .models import AuditEvent, Staff
from .power import SIGNED, STAFF_SEALED, Signer, ledger, signature

GENESIS = "0" * 64
CHAIN_COUNTER = "audit_chain"
__all__ = ["STAFF_SEALED", "Signer", "canonical", "content_hash", "event_fields", "event_hash"]


def default_workstation() -> str:
    """This computer's name, as records and events name the workstation."""
    return socket.gethostname()[:100] or "workstation"


def append_event(
    staff_id: int | None,
    workstation: str,
    kind: str,
    *,
    order_id: int | None = None,
    subject: str = "",
    payload: dict[str, Any] | None = None,
    signer: Signer | None = None,
) -> AuditEvent:
    """Append one event to the chain, inside the write transaction of the change it records.

    Taking the next sequence number updates one counter row, which serialises writers on
    PostgreSQL as ``BEGIN IMMEDIATE`` does on SQLite, so the chain never forks. ``signer`` signs a power event
    (``store/power.py``).
    """
    seq = next_value(CHAIN_COUNTER)
    prev = AuditEvent.select(AuditEvent.hash).where(AuditEvent.seq == seq - 1).scalar() or GENESIS
    event = AuditEvent(
        seq=seq,
        created_at=now(),
        staff=staff_id,
        workstation=workstation,
        kind=kind,
        order=order_id,
        subject=subject,
        payload=json.dumps(payload or {}, sort_keys=True, ensure_ascii=False, default=str),
        prev_hash=prev,
        hash="",
    )
    if signer is not None:
        signed = {**(payload or {}), SIGNED: signature(signer, event_hash(prev, event_fields(event)))}
        event.payload = json.dumps(signed, sort_keys=True, ensure_ascii=False, default=str)
    event.hash = event_hash(prev, event_fields(event))
    event.save(force_insert=True)
    return event


def fingerprint(secret_hash: str) -> str:
    """What the chain keeps of a PIN or recovery-code hash: enough to notice a swap, nothing to guess from."""
    return hashlib.sha256(secret_hash.encode()).hexdigest() if secret_hash else ""


def staff_state(staff: Staff) -> dict[str, Any]:
    """What the chain seals about a staff member: name, role, whether active, the secrets' fingerprints, and
    (since schema 13) the public half of their key and whether the recovery code opens it."""
    state = {
        "name": staff.name,
        "role": staff.role,
        "active": bool(staff.active),
        "pin": fingerprint(staff.pin_hash),
        "recovery": fingerprint(staff.recovery_hash),
    }
    if staff.key_public:
        state["key"] = staff.key_public
        state["rkey"] = fingerprint(staff.key_recovery)
    return state


def seal_staff(
    staff: Staff, change: str, by_staff_id: int | None, workstation: str, signer: Signer | None = None, **extra: Any
) -> AuditEvent:
    """Record a staff member's state in the chain after ``change`` (who made whom what, when), signed by
    ``signer`` (``store/power.py``)."""
    return append_event(
        by_staff_id,
        workstation,
        STAFF_SEALED,
        subject=f"staff:{staff.id}",
        payload={"change": change, "state": staff_state(staff), **extra},
        signer=signer,
    )


def sealed_staff(staff_id: int) -> dict[str, Any] | None:
    """The state the chain's accepted power events leave this staff member in (``store/power.py``), or None if it
    never recorded one."""
    return ledger().states.get(staff_id)
