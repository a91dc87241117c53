"""The append-only audit log, hash-chained: each event's hash covers the one before it."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ..store.migrations import now
from ..store.models import AuditEvent, Counter, Order
from .context import Actor, workstation_name

GENESIS = "0" * 64
CHAIN_COUNTER = "audit_chain"


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


def append(
    actor: Actor | None,
    kind: str,
    *,
    order: Order | None = None,
    subject: str = "",
    payload: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the chain. Call inside the write transaction of the change it records.

    Taking the next sequence number updates one counter row, which serialises writers on
    PostgreSQL as ``BEGIN IMMEDIATE`` does on SQLite, so the chain never forks.
    """
    Counter.insert(name=CHAIN_COUNTER, value=0).on_conflict_ignore().execute()
    Counter.update(value=Counter.value + 1).where(Counter.name == CHAIN_COUNTER).execute()
    seq = Counter.get(Counter.name == CHAIN_COUNTER).value
    prev = AuditEvent.select(AuditEvent.hash).where(AuditEvent.seq == seq - 1).scalar() or GENESIS
    event = AuditEvent(
        seq=seq,
        created_at=now(),
        staff=actor.staff_id if actor else None,
        workstation=actor.workstation if actor else workstation_name(),
        kind=kind,
        order=order.id if order is not None else None,
        subject=subject,
        payload=json.dumps(payload or {}, sort_keys=True, ensure_ascii=False, default=str),
        prev_hash=prev,
        hash="",
    )
    event.hash = event_hash(prev, event_fields(event))
    event.save(force_insert=True)
    return event
