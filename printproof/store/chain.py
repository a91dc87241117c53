"""The audit chain's primitives: canonical JSON, the hashes, appending one event, and the staff seals.

The chain lives in the store because the store's own upgrades append to it too (a schema step seals
every staff member). The services use it through ``services/audit.py``.
"""

from __future__ import annotations

import hashlib
import json
import socket
from typing import Any

from .clock import now
from .counters import next_value
from .models import AuditEvent, Staff

GENESIS = "0" * 64
CHAIN_COUNTER = "audit_chain"
STAFF_SEALED = "staff.sealed"


def default_workstation() -> str:
    """This computer's name, as records and events name the workstation."""
    return socket.gethostname()[:100] or "workstation"


def canonical(data: Any) -> bytes:
    """Canonical JSON (sorted keys, no spaces, UTF-8) — the bytes that get hashed."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def content_hash(data: Any) -> str:
    return hashlib.sha256(canonical(data)).hexdigest()


def event_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode() + canonical(fields)).hexdigest()


def event_fields(event: AuditEvent) -> dict[str, Any]:
    """The fields of an event that its hash covers."""
    return {
        "seq": event.seq,
        "created_at": event.created_at.isoformat(timespec="microseconds"),
        "staff": event.staff_id,
        "workstation": event.workstation,
        "kind": event.kind,
        "order": event.order_id,
        "subject": event.subject,
        "payload": json.loads(event.payload),
    }


def append_event(
    staff_id: int | None,
    workstation: str,
    kind: str,
    *,
    order_id: int | None = None,
    subject: str = "",
    payload: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the chain, inside the write transaction of the change it records.

    Taking the next sequence number updates one counter row, which serialises writers on
    PostgreSQL as ``BEGIN IMMEDIATE`` does on SQLite, so the chain never forks.
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
    event.hash = event_hash(prev, event_fields(event))
    event.save(force_insert=True)
    return event


def fingerprint(secret_hash: str) -> str:
    """What the chain keeps of a PIN or recovery-code hash: enough to notice a swap, nothing to guess from."""
    return hashlib.sha256(secret_hash.encode()).hexdigest() if secret_hash else ""


def staff_state(staff: Staff) -> dict[str, Any]:
    """What the chain seals about a staff member: name, role, whether active, and the secrets' fingerprints."""
    return {
        "name": staff.name,
        "role": staff.role,
        "active": bool(staff.active),
        "pin": fingerprint(staff.pin_hash),
        "recovery": fingerprint(staff.recovery_hash),
    }


def seal_staff(staff: Staff, change: str, by_staff_id: int | None, workstation: str, **extra: Any) -> AuditEvent:
    """Record a staff member's state in the chain after ``change`` (who made whom what, when)."""
    return append_event(
        by_staff_id,
        workstation,
        STAFF_SEALED,
        subject=f"staff:{staff.id}",
        payload={"change": change, "state": staff_state(staff), **extra},
    )


def sealed_staff(staff_id: int) -> dict[str, Any] | None:
    """The state the chain recorded last for this staff member, or None if it never did."""
    payload = (
        AuditEvent.select(AuditEvent.payload)
        .where((AuditEvent.subject == f"staff:{staff_id}") & (AuditEvent.kind == STAFF_SEALED))
        .order_by(AuditEvent.seq.desc())
        .scalar()
    )
    return json.loads(payload).get("state") if payload else None
