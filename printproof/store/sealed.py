"""Sealed records: what each kind's sealed content is, the salted commitment to its personal details, and
the one function that builds, hashes, stores and chains a sealed record (docs/evidence.md).

Every sealed record is made through :func:`seal_record` (services call it through ``services/core/sealing.py``,
which adds the acting staff member); ``verify`` and the schema-5 reseal use the same :data:`KINDS`. A new
kind of sealed record is one :class:`Kind` row here and one call of ``sealing.seal``.

Personal details (names, what the customer or staff wrote about the customer, file names of evidence)
never enter the sealed content: a :class:`Personal` row holds them with a random salt, and the content holds
``sha256(salt || canonical(data))``. Erasing the row's data and salt leaves every hash verifiable.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import peewee as pw

from .chain import append_event, canonical, content_hash
from .models import (
    Approval,
    ApprovalVoid,
    CustomerCopy,
    Dispute,
    DisputeDecision,
    DisputePhoto,
    Erasure,
    ErasureRequest,
    Personal,
    Pickup,
    Proof,
)

RESEALED = "records.resealed"


def commitment(salt: bytes, data: dict[str, Any]) -> str:
    """The salted digest a sealed record keeps of its personal details: ``sha256(salt || canonical(data))``."""
    return hashlib.sha256(bytes(salt) + canonical(data)).hexdigest()


def new_personal(data: dict[str, Any], salt: bytes | None = None) -> tuple[Personal, str]:
    """Store ``data`` with a fresh 32-byte salt (or ``salt``, drawn by the caller for a commitment it printed
    already); returns the row and its commitment."""
    salt = salt or os.urandom(32)
    row = Personal.create(salt=salt, data=canonical(data).decode())
    return row, commitment(salt, data)


def personal_matches(row: Personal, sealed_commitment: str) -> bool:
    """Whether the stored details (still there) are the ones the record committed to."""
    if row.data is None or row.salt is None:
        return False
    return commitment(bytes(row.salt), json.loads(row.data)) == sealed_commitment


def _when(record: Any) -> dict[str, Any]:
    return {
        "staff": record.staff_id,
        "workstation": record.workstation,
        "created_at": record.created_at.isoformat(timespec="microseconds"),
        "utc_offset": record.utc_offset,
    }


def approval_content(a: Approval) -> dict[str, Any]:
    """An approval: the exact proof, decision, checklist and terms as shown, every file's SHA-256, and the
    commitment to the customer's name, requested changes, evidence file name and phone note."""
    return {
        "kind": "approval",
        "order": a.order.number,
        "proof_version": a.proof.version,
        "proof_sha256": a.proof.pdf_id,
        "method": a.method,
        "decision": a.decision,
        "checklist": json.loads(a.checklist),
        "terms": a.terms,
        "signature_strokes_sha256": a.signature_strokes_id,
        "signature_image_sha256": a.signature_image_id,
        "evidence_sha256": a.evidence_id,
        **({"acknowledged": json.loads(a.acknowledged)} if a.acknowledged else {}),
        **({"markup_sha256": a.markup_id} if a.markup_id else {}),  # schema 7: the marks' JSON file, by its hash
        "personal_sha256": a.personal_sha256,
        **_when(a),
    }


def void_content(v: ApprovalVoid) -> dict[str, Any]:
    """A void names the approval it voids by that approval's hash; the owner's reason is personal."""
    return {
        "kind": "approval_void",
        "approval": v.approval_id,
        "approval_sha256": v.approval.content_sha256,
        "personal_sha256": v.personal_sha256,
        **_when(v),
    }


def pickup_content(p: Pickup) -> dict[str, Any]:
    """A hand-over: the approval it followed, the signature's files and (schema 9) the quantity handed over; the
    name and the condition noted are personal."""
    return {
        "kind": "pickup",
        "order": p.order.number,
        "approval": p.approval_id,
        "signature_strokes_sha256": p.signature_strokes_id,
        "signature_image_sha256": p.signature_image_id,
        **({"quantity": p.quantity} if p.quantity is not None else {}),
        "personal_sha256": p.personal_sha256,
        **_when(p),
    }


def dispute_photo_hashes(d: Dispute) -> list[str]:
    """The SHA-256 of a complaint's photos, in their order."""
    query = DisputePhoto.select(DisputePhoto.blob).where(DisputePhoto.dispute == d.id)
    return [p.blob_id for p in query.order_by(DisputePhoto.position)]


def dispute_content(d: Dispute, photo_hashes: list[str] | None = None) -> dict[str, Any]:
    """A complaint: its category and photos' SHA-256; the customer's words and photo file names are personal."""
    return {
        "kind": "dispute",
        "order": d.order.number,
        "category": d.category,
        "photos_sha256": photo_hashes if photo_hashes is not None else dispute_photo_hashes(d),
        "personal_sha256": d.personal_sha256,
        **_when(d),
    }


def decision_content(d: DisputeDecision) -> dict[str, Any]:
    """The owner's decision names the complaint by its hash; the reason is personal."""
    return {
        "kind": "dispute_decision",
        "dispute": d.dispute_id,
        "dispute_sha256": d.dispute.content_sha256,
        "matches_approval": d.matches_approval,
        "outcome": d.outcome,
        # Schema 14: sealed only where recorded, so a decision sealed before keeps its hash.
        **({"amount_cents": d.amount_cents} if d.amount_cents is not None else {}),
        "personal_sha256": d.personal_sha256,
        **_when(d),
    }


def proof_content(p: Proof) -> dict[str, Any]:
    """A proof version: the exact PDF, what its code carries, the job as shown; the note and the customer's
    details printed on the cover are personal (the PDF's own SHA-256 binds what it shows)."""
    return {
        "kind": "proof",
        "order": p.order.number,
        "version": p.version,
        "pdf_sha256": p.pdf_id,
        "manifest_sha256": p.content_sha256,
        "pages": p.pages,
        "language": p.language,
        "spec": json.loads(p.spec),
        "artwork_ids": json.loads(p.artwork_ids),
        "findings": json.loads(p.findings),
        "personal_sha256": p.personal_sha256,
        "staff": p.created_by_id,
        "created_at": p.created_at.isoformat(timespec="microseconds"),
    }


def erasure_content(e: Erasure) -> dict[str, Any]:
    """An erasure: whose, why, and exactly which orders, personal rows and files — no personal value."""
    return {"kind": "erasure", "customer": e.customer, "basis": e.basis, "scope": json.loads(e.scope), **_when(e)}


def erasure_request_content(r: ErasureRequest) -> dict[str, Any]:
    """A customer's erasure request and what was done: erased, or restricted with the legal reason."""
    return {
        "kind": "erasure_request",
        "customer": r.customer,
        "outcome": r.outcome,
        "legal_reason": r.legal_reason,
        "retention_until": r.retention_until.isoformat() if r.retention_until else None,
        "personal_sha256": r.personal_sha256,
        **_when(r),
    }


def customer_copy_content(c: CustomerCopy) -> dict[str, Any]:
    """A copy the customer got (schema 6): of which sealed record, carrying which chain head, how; the e-mail
    address is personal."""
    return {
        "kind": "customer_copy",
        "order": c.order.number,
        "subject": c.subject,
        "channel": c.channel,
        "copy_sha256": c.copy_sha256,
        "record_sha256": c.record_sha256,
        "position": c.position,
        "head": {"seq": c.head_seq, "hash": c.head_hash},
        "personal_sha256": c.personal_sha256,
        **_when(c),
    }


@dataclass(frozen=True)
class Kind:
    """One kind of sealed record: its table, how its subject and event are named, where its hash is kept."""

    name: str  # the subject prefix, e.g. "approval" → subject "approval:17"
    label: str  # what ``verify`` calls it (English; translated by t())
    model: type[pw.Model]
    content: Callable[[Any], dict[str, Any]]
    event: str  # the audit event that seals it
    hash_field: str = "content_sha256"  # the record's column holding its sealed hash
    event_key: str = "content_sha256"  # the event payload's key holding that hash
    personal_keys: tuple[str, ...] = ()  # what its personal details are


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind(
            "approval",
            "approval",
            Approval,
            approval_content,
            "approval.recorded",
            personal_keys=("customer_name", "changes", "evidence_name", "note"),
        ),
        Kind(
            "approval_void", "approval void", ApprovalVoid, void_content, "approval.voided", personal_keys=("reason",)
        ),
        Kind(
            "pickup",
            "pickup",
            Pickup,
            pickup_content,
            "pickup.recorded",
            personal_keys=("customer_name", "condition"),
        ),
        Kind(
            "dispute",
            "dispute",
            Dispute,
            dispute_content,
            "dispute.opened",
            personal_keys=("customer_words", "photo_names"),
        ),
        Kind(
            "dispute_decision",
            "dispute decision",
            DisputeDecision,
            decision_content,
            "dispute.decided",
            personal_keys=("reason",),
        ),
        Kind(
            "proof",
            "proof",
            Proof,
            proof_content,
            "proof.made",
            hash_field="record_sha256",
            event_key="record_sha256",
            personal_keys=("note", "customer"),
        ),
        Kind("erasure", "erasure", Erasure, erasure_content, "erasure.recorded"),
        Kind(
            "erasure_request",
            "erasure request",
            ErasureRequest,
            erasure_request_content,
            "erasure.requested",
            personal_keys=("words",),
        ),
        Kind(
            "customer_copy",
            "customer copy",
            CustomerCopy,
            customer_copy_content,
            "copy.given",
            personal_keys=("address",),
        ),
    )
}


def kind_of(record: pw.Model) -> Kind:
    for kind in KINDS.values():
        if type(record) is kind.model:
            return kind
    raise KeyError(type(record).__name__)


def seal_record(
    record: Any,
    *,
    staff_id: int | None,
    workstation: str,
    personal: dict[str, Any] | None = None,
    salt: bytes | None = None,
    order_id: int | None = None,
    payload: dict[str, Any] | None = None,
    content_args: dict[str, Any] | None = None,
    before_event: Callable[[Any], None] | None = None,
) -> Any:
    """Seal ``record`` (a new, unsaved row of one of :data:`KINDS`) inside the caller's write transaction.

    Stores ``personal`` in its own row with a fresh salt, puts the commitment into the record, computes the
    sealed content's hash, inserts the record, runs ``before_event`` (children rows, the order's step), and
    appends the audit event carrying the hash (plus ``payload``: digests and ids, never personal values).
    ``content_args`` go to the kind's content function (a complaint's photos, stored after it).
    """
    kind = kind_of(record)
    if personal is not None:
        unknown = set(personal) - set(kind.personal_keys)
        if unknown:
            raise ValueError(f"{kind.name} has no personal field {sorted(unknown)}")
        row, digest = new_personal(personal, salt)
        record.personal = row.id
        record.personal_sha256 = digest
        record.__dict__["_personal_values"] = dict(personal)
    setattr(record, kind.hash_field, "")
    digest = content_hash(kind.content(record, **(content_args or {})))
    setattr(record, kind.hash_field, digest)
    record.save(force_insert=True)
    if before_event is not None:
        before_event(record)
    append_event(
        staff_id,
        workstation,
        kind.event,
        order_id=order_id,
        subject=f"{kind.name}:{record.id}",
        payload={**(payload or {}), kind.event_key: digest},
    )
    return record


def resealed_hash(subject_kind: str, old: str) -> str | None:
    """The hash a record sealed before schema 5 with ``old`` has now (the ``records.resealed`` mapping), for
    papers printed before the reseal: their codes carry the old hash. None when nothing maps it."""
    from .models import AuditEvent
    from .rows import tuples

    for (payload,) in tuples(AuditEvent.select(AuditEvent.payload).where(AuditEvent.kind == RESEALED)):
        for subject, entry in (json.loads(payload).get("records") or {}).items():
            if (
                subject.startswith(subject_kind + ":")
                and entry.get("old") == old
                and entry.get("verified") is not False
            ):
                return str(entry.get("new"))
    return None
