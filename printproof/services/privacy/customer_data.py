"""Everything stored about one customer (GDPR Art. 15), gathered as plain data for the export.

Works on customer ids (``privacy.customer_ids`` finds them), so it carries over to the customer directory:
the customer rows, every order of them with its artwork, proof versions, approvals (and voids), hand-overs,
complaints with photos and decisions, the order's audit events, the erasure requests, and the files.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from ...store.models import (
    Approval,
    ApprovalVoid,
    Artwork,
    AuditEvent,
    Blob,
    ComplaintCase,
    ComplaintLink,
    Customer,
    CustomerCopy,
    Dispute,
    DisputeDecision,
    DisputePhoto,
    Order,
    Pickup,
    PortalLink,
    Proof,
    Staff,
)
from ...store.rows import tuples
from ..core.restriction import restricted_customers
from ..core.retention import retention_end
from .privacy import requests_of

EXTENSIONS = {
    "application/pdf": "pdf",
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/tiff": "tif",
    "application/json": "json",
    "application/vnd.printproof.markup+json": "json",
    "message/rfc822": "eml",
}
FORMAT = "PrintProof customer export 1"


def _iso(moment: datetime | date | None) -> str | None:
    if moment is None:
        return None
    if isinstance(moment, datetime):
        return moment.isoformat(timespec="seconds") + "Z"
    return moment.isoformat()


class _Files:
    """The files the export refers to, each once, by SHA-256."""

    def __init__(self) -> None:
        self.entries: dict[str, dict[str, Any]] = {}

    def ref(self, sha: str | None) -> str | None:
        if not sha:
            return None
        if sha not in self.entries:
            blob = Blob.select(Blob.sha256, Blob.media_type, Blob.size).where(Blob.sha256 == sha).first()
            media = blob.media_type if blob else "application/octet-stream"
            self.entries[sha] = {
                "path": f"files/{sha}.{EXTENSIONS.get(media, 'bin')}",
                "media_type": media,
                "size": blob.size if blob else 0,
            }
        return sha


def _staff_names() -> dict[int, str]:
    return {staff_id: name for staff_id, name in tuples(Staff.select(Staff.id, Staff.name))}


def customer_data(customer_ids: list[int]) -> dict[str, Any]:
    """The whole record of these customers as JSON-ready data; ``files`` maps each SHA-256 to its place."""
    files, names = _Files(), _staff_names()
    restricted = restricted_customers()
    customers = [
        {
            "id": c.id,
            "name": c.name,
            "company": c.company,
            "phone": c.phone,
            "email": c.email,
            "notes": c.notes,
            "merged_into": c.merged_into_id,
            "created_at": _iso(c.created_at),
            "restricted": c.id in restricted,
            "erasure_requests": [
                {
                    "outcome": r.outcome,
                    "legal_reason": r.legal_reason,
                    "retention_until": _iso(r.retention_until),
                    "words": r.personal_text("words"),
                    "created_at": _iso(r.created_at),
                    "record_sha256": r.content_sha256,
                }
                for r in requests_of(c.id)
            ],
        }
        for c in Customer.select().where(Customer.id.in_(customer_ids)).order_by(Customer.id)
    ]
    orders = [
        _order(o, files, names)
        for o in Order.select().where(Order.customer.in_(customer_ids)).order_by(Order.created_at, Order.id)
    ]
    return {"format": FORMAT, "customers": customers, "orders": orders, "files": files.entries}


def _who(staff_id: int | None, names: dict[int, str]) -> str:
    return names.get(staff_id, "") if staff_id else ""


def _order(o: Order, files: _Files, names: dict[int, str]) -> dict[str, Any]:
    approvals = []
    for a in Approval.select().where(Approval.order == o).order_by(Approval.id):
        void = ApprovalVoid.get_or_none(ApprovalVoid.approval == a)
        approvals.append(
            {
                "id": a.id,
                "version": a.proof.version,
                "method": a.method,
                "decision": a.decision,
                "customer_name": a.customer_name,
                "changes": a.changes,
                "note": a.note,
                "evidence_name": a.evidence_name,
                "checklist": json.loads(a.checklist),
                "terms": a.terms,
                "acknowledged": json.loads(a.acknowledged) if a.acknowledged else [],
                "signature_image": files.ref(a.signature_image_id),
                "signature_strokes": files.ref(a.signature_strokes_id),
                "evidence": files.ref(a.evidence_id),
                "marks": files.ref(a.markup_id),  # pen, circles and pins on the proof (issue 13)
                "staff": _who(a.staff_id, names),
                "workstation": a.workstation,
                "created_at": _iso(a.created_at),
                "utc_offset": a.utc_offset,
                "record_sha256": a.content_sha256,
                "void": None
                if void is None
                else {
                    "reason": void.reason,
                    "staff": _who(void.staff_id, names),
                    "created_at": _iso(void.created_at),
                    "record_sha256": void.content_sha256,
                },
            }
        )
    disputes = []
    for d in Dispute.select().where(Dispute.order == o).order_by(Dispute.id):
        decision = DisputeDecision.get_or_none(DisputeDecision.dispute == d)
        photos = DisputePhoto.select().where(DisputePhoto.dispute == d).order_by(DisputePhoto.position)
        case = ComplaintCase.get_or_none(ComplaintCase.dispute == d)
        disputes.append(
            {
                "id": d.id,
                "case": None
                if case is None
                else {
                    "number": case.number,
                    "answer_by": case.answer_by.isoformat(),
                    "replacement": case.replacement.number if case.replacement is not None else None,
                },
                "category": d.category,
                "customer_words": d.customer_words,
                "photos": [{"filename": p.filename, "file": files.ref(p.blob_id)} for p in photos],
                "staff": _who(d.staff_id, names),
                "created_at": _iso(d.created_at),
                "record_sha256": d.content_sha256,
                "decision": None
                if decision is None
                else {
                    "matches_approval": decision.matches_approval,
                    "outcome": decision.outcome,
                    "amount_cents": decision.amount_cents,
                    "reason": decision.reason,
                    "staff": _who(decision.staff_id, names),
                    "created_at": _iso(decision.created_at),
                    "record_sha256": decision.content_sha256,
                },
            }
        )
    return {
        "number": o.number,
        "customer": o.customer_id,
        "status": o.status,
        "product": o.product,
        "size_mm": [o.width_mm, o.height_mm],
        "bleed_mm": o.bleed_mm,
        "quantity": o.quantity,
        "stock": o.stock,
        "colors": o.colors,
        "finishing": o.finishing,
        "due": _iso(o.due),
        "notes": o.notes,
        "created_at": _iso(o.created_at),
        "erased_at": _iso(o.erased_at),
        "kept_until": _iso(retention_end(o).date()),
        "artwork": [
            {
                "side": a.side + 1,
                "filename": a.filename,
                "file": files.ref(a.original_id),
                "type": a.file_type,
                "pixels": [a.width_px, a.height_px],
                "current": bool(a.current),
                "created_at": _iso(a.created_at),
            }
            for a in Artwork.select().where(Artwork.order == o).order_by(Artwork.id)
        ],
        "proofs": [
            {
                "version": p.version,
                "file": files.ref(p.pdf_id),
                "pages": p.pages,
                "language": p.language,
                "note": p.note,
                "staff": _who(p.created_by_id, names),
                "created_at": _iso(p.created_at),
                "code_sha256": p.content_sha256,
                "record_sha256": p.record_sha256,
            }
            for p in Proof.select().where(Proof.order == o).order_by(Proof.version)
        ],
        "approvals": approvals,
        "pickups": [
            {
                "customer_name": p.customer_name,
                "signature_image": files.ref(p.signature_image_id),
                "signature_strokes": files.ref(p.signature_strokes_id),
                "staff": _who(p.staff_id, names),
                "created_at": _iso(p.created_at),
                "record_sha256": p.content_sha256,
            }
            for p in Pickup.select().where(Pickup.order == o).order_by(Pickup.id)
        ],
        "complaints": disputes,
        # Sent by link (issue 24) and complained by link (issue 25): the address a link went to, and each portal
        # receipt kept here (the customer's words, name, address and browser as the portal saw them).
        "approval_links": [
            {
                "version": link.proof.version,
                "email": link.email,
                "state": link.state,
                "created_at": _iso(link.created_at),
                "receipt": files.ref(link.receipt_id),
            }
            for link in PortalLink.select().where(PortalLink.order == o).order_by(PortalLink.id)
        ],
        "complaint_links": [
            {
                "state": link.state,
                "created_at": _iso(link.created_at),
                "expires_at": _iso(link.expires_at),
                "receipt": files.ref(link.receipt_id),
                "problem": link.problem,
            }
            for link in ComplaintLink.select().where(ComplaintLink.order == o).order_by(ComplaintLink.id)
        ],
        "copies": [
            {
                "of": c.subject,
                "channel": c.channel,
                "address": c.address,
                "copy_sha256": c.copy_sha256,
                "staff": _who(c.staff_id, names),
                "created_at": _iso(c.created_at),
                "record_sha256": c.content_sha256,
            }
            for c in CustomerCopy.select().where(CustomerCopy.order == o).order_by(CustomerCopy.id)
        ],
        "events": [
            {
                "seq": e.seq,
                "kind": e.kind,
                "created_at": _iso(e.created_at),
                "staff": _who(e.staff_id, names),
                "workstation": e.workstation,
                "payload": json.loads(e.payload),
                "hash": e.hash,
            }
            for e in AuditEvent.select().where(AuditEvent.order == o).order_by(AuditEvent.seq)
        ],
    }
