"""The audit chain's hashing: canonical JSON, a content's hash, an event's hash over its fields and the one
before it."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .models import AuditEvent


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
