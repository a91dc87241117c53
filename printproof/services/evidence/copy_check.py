"""A customer's copy checked against the store (``printproof identify``, a copy scanned at pickup).

The copy carries the record's hash, the event that sealed it and the chain head at that moment. The record,
that event and the head must all still be there, unchanged, and the chain up to the head must hash as it
did — else the copy names what was deleted or rewritten. Copies printed before the schema-5 reseal carry a
record's old hash: the chain's ``records.resealed`` event maps it to the current one (docs/evidence.md, schema 5).
"""

from __future__ import annotations

import json
from typing import Any

from ...domain.errors import UserError
from ...domain.i18n import t
from ...store.models import AuditEvent
from .identification import STATUS_WORDS, Identification

RESEALED = "records.resealed"  # schema 5 (docs/evidence.md): old → new record hashes, redacted events


def _resealed_payloads() -> list[dict[str, Any]]:
    query = AuditEvent.select(AuditEvent.payload).where(AuditEvent.kind == RESEALED).order_by(AuditEvent.seq)
    return [json.loads(event.payload) for event in query]


def resealed_as(subject: str, old_hash: str) -> str | None:
    """The hash a record sealed as ``old_hash`` carries since the reseal, if the chain's reseal event maps it
    (copies printed before the reseal carry the old hash)."""
    for payload in _resealed_payloads():
        entry = payload.get("records", {}).get(subject)
        if entry and entry.get("old") == old_hash and entry.get("verified", True):
            return str(entry.get("new"))
    return None


def _redacted_events() -> dict[str, dict[str, str]]:
    """Events whose personal values the reseal removed: their hash, and the hash of what they hold now."""
    found: dict[str, dict[str, str]] = {}
    for payload in _resealed_payloads():
        found.update(payload.get("events", {}))
    return found


def customer_copy_code(text: str | None) -> str:
    """The text of a customer's copy code as printed (also when a scanner typed it on another keyboard
    layout), or "" when ``text`` is no such code."""
    from ...domain.codes import LAYOUT_FIXES

    cleaned = "".join(ch for ch in (text or "") if ch.isprintable()).strip()
    for candidate in (cleaned, *(cleaned.translate(table) for table in LAYOUT_FIXES)):
        if candidate.upper().startswith("PRINTPROOF-COPY|") and candidate.count("|") == 6:
            return candidate
    return ""


def check_copy_code(text: str) -> Identification:
    """A customer's copy (its QR code's text) checked against the store: the record, the event that sealed it
    and the chain head it carries must all still be there, unchanged — else the copy proves what was removed."""
    from ..core import audit

    fields = text.strip().split("|")
    if len(fields) != 7 or not fields[4].isdigit() or not fields[5].isdigit():
        raise UserError(t("“{text}” is no order number and no PrintProof code.", text=text.strip()[:80]))
    _prefix, number, subject, record_sha, position, head_seq, head_hash = fields
    found = Identification("copy", "confirmed", number)
    lines: list[str] = []
    kind, _, ident = subject.partition(":")
    from .copies import KINDS

    model = KINDS.get(kind)
    record = model.get_or_none(model.id == int(ident)) if model is not None and ident.isdigit() else None
    if record is None:
        lines.append(
            t(
                "The {kind} this copy shows ({subject}) is no longer in the store: it was deleted.",
                kind=t(kind.replace("_", " ")),
                subject=subject,
            )
        )
    elif record.content_sha256 != record_sha and resealed_as(subject, record_sha) != record.content_sha256:
        lines.append(
            t(
                "The {kind} this copy shows ({subject}) was changed after the copy was made.",
                kind=t(kind.replace("_", " ")),
                subject=subject,
            )
        )
    sealing = AuditEvent.get_or_none(AuditEvent.seq == int(position))
    if sealing is None:
        lines.append(t("Event {seq}, which sealed this record, is missing from the audit chain.", seq=position))
    elif sealing.subject != subject or json.loads(sealing.payload).get("content_sha256") != record_sha:
        lines.append(t("Event {seq}, which sealed this record, now says something else.", seq=position))
    head = AuditEvent.get_or_none(AuditEvent.seq == int(head_seq))
    if head is None:
        lines.append(
            t(
                "The audit chain no longer reaches event {seq}, its head when the copy was made: events were deleted.",
                seq=head_seq,
            )
        )
    elif head.hash != head_hash:
        lines.append(
            t(
                "Event {seq} no longer has the hash the copy carries: the chain up to it was rewritten.",
                seq=head_seq,
            )
        )
    else:
        prev = audit.GENESIS
        redacted = _redacted_events()
        query = AuditEvent.select().where(AuditEvent.seq <= int(head_seq)).order_by(AuditEvent.seq)
        for expected, event in enumerate(query.iterator(), start=1):
            intact = audit.event_hash(prev, audit.event_fields(event)) == event.hash or (
                redacted.get(str(event.seq), {}).get("hash") == event.hash
                and redacted[str(event.seq)].get("redacted_sha256") == audit.content_hash(audit.event_fields(event))
            )
            if event.seq != expected or event.prev_hash != prev or not intact:
                lines.append(t("The audit chain before event {seq} was altered.", seq=head_seq))
                break
            prev = event.hash
    if lines:
        found.status = "altered"
        found.lines = [t("Customer's copy of order {number}: the store no longer matches it.", number=number), *lines]
    else:
        found.lines = [
            t(
                "Customer's copy of order {number}: {status}.",
                number=number,
                status=t(STATUS_WORDS["confirmed"]),
            )
        ]
    return found
