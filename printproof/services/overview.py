"""Everything about one order, as plain data: for `show`, the GUI and the dossier."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..domain.spec import JobSpec
from ..store.models import Approval, Artwork, AuditEvent, Dispute, Pickup, Proof, Staff
from .artwork import job_findings
from .orders import get_order, spec_of


def _staff_names() -> dict[int, str]:
    return {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}


def _effective_dpi(order, art) -> float:  # noqa: ANN001
    """Resolution of the artwork at the order's finished size plus bleed, as it will be placed."""
    from ..domain.preflight import SideArtwork, placement

    return placement(spec_of(order), SideArtwork(art.side, art.width_px, art.height_px, art.mode))[1]


def order_overview(number: str) -> dict[str, Any]:
    """The order, its customer, artwork, proof versions, records and audit trail."""
    order = get_order(number)
    names = _staff_names()
    customer = order.customer
    return {
        "order": order.number,
        "status": order.status,
        "created_at": order.created_at.isoformat(timespec="seconds") + "Z",
        "created_by": names.get(order.created_by_id),
        "customer": {
            "name": customer.name,
            "company": customer.company,
            "phone": customer.phone,
            "email": customer.email,
        },
        "spec": spec_of(order).to_dict(),
        "notes": order.notes,
        "artwork": [
            {
                "side": a.side,
                "file": a.filename,
                "type": a.file_type,
                "sha256": a.original_id,
                "pixels": [a.width_px, a.height_px],
                "mode": a.mode,
                "bits": a.bits,
                "icc_profile": a.icc_profile,
                "vector": a.vector,
                "current": a.current,
                "effective_dpi": None if a.vector else round(_effective_dpi(order, a)),
            }
            for a in Artwork.select().where(Artwork.order == order).order_by(Artwork.side, Artwork.id)
        ],
        "findings": [f.to_dict() for f in job_findings(order)],
        "proofs": [
            {
                "version": p.version,
                "sha256": p.pdf_id,
                "content_sha256": p.content_sha256,
                "pages": p.pages,
                "created_at": p.created_at.isoformat(timespec="seconds") + "Z",
                "created_by": names.get(p.created_by_id),
                "note": p.note,
                "findings": json.loads(p.findings),
            }
            for p in Proof.select().where(Proof.order == order).order_by(Proof.version)
        ],
        "approvals": [
            {
                "id": a.id,
                "version": a.proof.version,
                "decision": a.decision,
                "method": a.method,
                "customer_name": a.customer_name,
                "changes": a.changes,
                "created_at": a.created_at.isoformat(timespec="seconds") + "Z",
                "staff": names.get(a.staff_id),
                "voided": bool(list(a.voids)),
            }
            for a in Approval.select().where(Approval.order == order).order_by(Approval.id)
        ],
        "pickups": [
            {"customer_name": p.customer_name, "created_at": p.created_at.isoformat(timespec="seconds") + "Z"}
            for p in Pickup.select().where(Pickup.order == order)
        ],
        "disputes": [
            {
                "category": d.category,
                "customer_words": d.customer_words,
                "created_at": d.created_at.isoformat(timespec="seconds") + "Z",
            }
            for d in Dispute.select().where(Dispute.order == order)
        ],
        "events": [
            {
                "seq": e.seq,
                "kind": e.kind,
                "at": e.created_at.isoformat(timespec="seconds") + "Z",
                "staff": names.get(e.staff_id),
                "workstation": e.workstation,
            }
            for e in AuditEvent.select().where(AuditEvent.order == order).order_by(AuditEvent.seq)
        ],
    }


@dataclass(frozen=True)
class SideView:
    side: int
    filename: str
    thumbnail: bytes
    pixels: tuple[int, int]
    mode: str
    dpi: int | None  # effective, at finished size plus bleed; None for vector pages
    icc_profile: str
    findings: list[str]
    serious: bool


@dataclass(frozen=True)
class ProofView:
    version: int
    created_at: datetime
    created_by: str
    note: str
    sha256: str
    verdict: str  # "", "approved", "approved_with_changes", "changes_requested", "voided"
    verified: bool | None = None  # the latest approval record of this version re-hashes correctly


@dataclass(frozen=True)
class OrderView:
    """What the order screen shows, read in one go."""

    number: str
    status: str
    customer: str
    company: str
    phone: str
    email: str
    spec: JobSpec
    sides: list[SideView]
    job_findings: list[str]
    proofs: list[ProofView]


def order_view(number: str) -> OrderView:
    from ..domain.i18n import language
    from ..domain.preflight import check_side
    from ..store.blobs import blob_bytes
    from ..store.models import ApprovalVoid
    from .artwork import current_artwork, side_infos
    from .press import press_facts

    order = get_order(number)
    lang = language()  # the workstation's: an English counter app never shows German findings
    spec = spec_of(order)
    items = current_artwork(order)
    facts = press_facts()
    sides = []
    for art, info in zip(items, side_infos(items), strict=True):
        found = check_side(spec, info, lang, facts)
        sides.append(
            SideView(
                art.side,
                art.filename,
                blob_bytes(art.thumbnail_id),
                (art.width_px, art.height_px),
                art.mode,
                None if art.vector else round(_effective_dpi(order, art)),
                art.icc_profile,
                [f.message for f in found],
                any(f.severity == "serious" for f in found),
            )
        )
    side_codes = {"missing_side", "extra_side", "no_artwork"}
    names = _staff_names()
    voided = {v.approval_id for v in ApprovalVoid.select(ApprovalVoid.approval)}
    from .verify import verify_approval

    verdicts: dict[int, str] = {}
    verified: dict[int, bool] = {}
    for a in Approval.select().where(Approval.order == order).order_by(Approval.id):
        verdicts[a.proof_id] = "voided" if a.id in voided else a.decision
        verified[a.proof_id] = not verify_approval(a.id)
    customer = order.customer
    return OrderView(
        number=order.number,
        status=order.status,
        customer=customer.name,
        company=customer.company,
        phone=customer.phone,
        email=customer.email,
        spec=spec,
        sides=sides,
        job_findings=[f.message for f in job_findings(order, lang) if f.code in side_codes],
        proofs=[
            ProofView(
                p.version,
                p.created_at,
                names.get(p.created_by_id, ""),
                p.note,
                p.pdf_id,
                verdicts.get(p.id, ""),
                verified.get(p.id),
            )
            for p in Proof.select().where(Proof.order == order).order_by(Proof.version.desc())
        ],
    )


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    staff: str
    workstation: str
    kind: str  # e.g. "proof.made", "approval.recorded"
    details: dict[str, Any]


def order_timeline(number: str) -> list[TimelineEntry]:
    """Everything that happened to an order, oldest first, from the audit log."""
    order = get_order(number)
    names = _staff_names()
    return [
        TimelineEntry(e.created_at, names.get(e.staff_id, ""), e.workstation, e.kind, json.loads(e.payload))
        for e in AuditEvent.select().where(AuditEvent.order == order).order_by(AuditEvent.seq)
    ]
