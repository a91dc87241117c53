"""Everything about one order, as plain data: for `show`, the GUI and the dossier."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ...domain.spec import JobSpec
from ...store.models import Approval, Artwork, AuditEvent, Dispute, Order, Pickup, Proof, Staff
from ...store.rows import tuples
from ..artwork.artwork import job_findings
from ..core.context import Actor
from ..core.orders import find_order, spec_of
from ..core.shop import customer_language


def _staff_names() -> dict[int, str]:
    return {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}


def _effective_dpi(order: Order, art: Artwork) -> float:
    """Resolution of the artwork at the order's finished size plus bleed, as it will be placed."""
    from ...domain.preflight import SideArtwork, placement

    return placement(spec_of(order), SideArtwork(art.side, art.width_px, art.height_px, art.mode))[1]


def order_overview(number: str, viewer: Actor | None = None) -> dict[str, Any]:
    """The order, its customer, artwork, proof versions, records and audit trail (a restricted order: only for
    the owner)."""
    order = find_order(number, viewer)
    names = _staff_names()
    customer = order.customer
    return {
        "order": order.number,
        "status": order.status,
        "created_at": order.created_at.isoformat(timespec="seconds") + "Z",
        "created_by": names.get(order.created_by_id),
        "reprint_of": order.reorder_of.number if order.reorder_of_id else None,
        "customer": {
            "id": customer.id,
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
                "markup_sha256": a.markup_id,
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
    size_mm: tuple[float, float] | None = None  # a vector page's size


@dataclass(frozen=True)
class DecisionView:
    """One customer decision on a proof version, as the screens show it."""

    approval_id: int
    decision: str  # Decision value
    method: str  # ApprovalMethod value
    customer_name: str
    changes: str
    note: str  # a phone approval's note
    created_at: datetime
    staff: str
    voided: bool
    void_reason: str
    verified: bool


@dataclass(frozen=True)
class ProofView:
    version: int
    created_at: datetime
    created_by: str
    note: str
    sha256: str
    verdict: str  # "", "approved", "approved_with_changes", "changes_requested", "voided"
    verified: bool | None = None  # the latest approval record of this version re-hashes correctly
    decisions: tuple[DecisionView, ...] = ()  # oldest first


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
    notes: str = ""
    outcome: str | None = None  # the owner's latest complaint decision, for a resolved order
    customer_id: int = 0  # the directory entry (schema 7)
    reprint_of: str = ""  # the order this one repeats, if it is a reprint
    link: Any = None  # remote_approval.LinkState of the latest link sent, or None (issue 24)
    language: str = ""  # the customer's, in which their documents are made (schema 11)


def _vector_size_mm(art: Artwork) -> tuple[float, float] | None:
    """A PDF page's size: its pixels were rendered at the proof resolution named in the preview key."""
    from ..artwork.imaging import preview_dpi

    dpi = preview_dpi(art.preview_key) if art.vector else None
    if not dpi:
        return None
    return round(art.width_px / dpi * 25.4, 1), round(art.height_px / dpi * 25.4, 1)


def decisions_of(order: Order) -> dict[int, list[DecisionView]]:
    """Every customer decision on the order's proofs, by proof id, oldest first."""
    from ...store.models import ApprovalVoid
    from ..evidence.verify import verify_approval

    names = _staff_names()
    voids = {v.approval_id: v.reason for v in ApprovalVoid.select().join(Approval).where(Approval.order == order)}
    found: dict[int, list[DecisionView]] = {}
    for a in Approval.select().where(Approval.order == order).order_by(Approval.id):
        found.setdefault(a.proof_id, []).append(
            DecisionView(
                a.id,
                a.decision,
                a.method,
                a.customer_name,
                a.changes,
                a.note,
                a.created_at,
                names.get(a.staff_id, ""),
                a.id in voids,
                voids.get(a.id, ""),
                not verify_approval(a.id),
            )
        )
    return found


def order_view(number: str, lang: str | None = None, viewer: Actor | None = None) -> OrderView:
    """The order screen's data; texts in ``lang`` (default: the workstation's language, not the shop's).

    A restricted order (its customer asked for erasure while retention runs) is shown to the owner only.
    """
    from ...domain.i18n import language as ui_language
    from ...domain.preflight import check_side
    from ...store.blobs import blob_bytes
    from ..artwork.artwork import current_artwork, side_infos
    from ..artwork.press import press_facts

    order = find_order(number, viewer)
    lang = lang or ui_language()
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
                _vector_size_mm(art),
            )
        )
    side_codes = {"missing_side", "extra_side", "no_artwork"}
    names = _staff_names()
    decisions = decisions_of(order)

    def verdict(proof_id: int) -> tuple[str, bool | None]:
        latest = decisions.get(proof_id, [])[-1:] or None
        if latest is None:
            return "", None
        d = latest[0]
        return ("voided" if d.voided else d.decision), d.verified

    customer = order.customer
    proofs = []
    for p in Proof.select().where(Proof.order == order).order_by(Proof.version.desc()):
        shown, ok = verdict(p.id)
        proofs.append(
            ProofView(
                p.version,
                p.created_at,
                names.get(p.created_by_id, ""),
                p.note,
                p.pdf_id,
                shown,
                ok,
                tuple(decisions.get(p.id, [])),
            )
        )
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
        proofs=proofs,
        notes=order.notes,
        outcome=_latest_outcome(order),
        customer_id=customer.id,
        reprint_of=order.reorder_of.number if order.reorder_of_id else "",
        link=link_state_of(order),
        language=customer_language(order),
    )


def link_state_of(order: Order) -> Any:
    from .remote_approval import state_of

    return state_of(order)


def _latest_outcome(order: Order) -> str | None:
    from ..core.orders import latest_outcome

    found = latest_outcome(order)
    return found.value if found else None


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    staff: str
    workstation: str
    kind: str  # e.g. "proof.made", "approval.recorded"
    details: dict[str, Any]


def order_timeline(number: str, viewer: Actor | None = None) -> list[TimelineEntry]:
    """Everything that happened to an order, oldest first, from the audit log.

    The customer's decisions carry what they said (the changes asked for, a phone note, the name),
    a void its reason: the history shows what happened, not only that something did.
    """
    return timeline_of(find_order(number, viewer))


def timeline_of(order: Order) -> list[TimelineEntry]:
    """:func:`order_timeline` of an order already found (and checked) by the caller."""
    from ...store.models import ApprovalVoid

    names = _staff_names()
    approvals = {f"approval:{a.id}": a for a in Approval.select().where(Approval.order == order)}
    voids = {f"approval_void:{v.id}": v for v in ApprovalVoid.select().join(Approval).where(Approval.order == order)}
    named = Artwork.select(Artwork.original, Artwork.filename).where(Artwork.order == order)
    files: dict[str, str] = {sha: name for sha, name in tuples(named)}
    entries = []
    for e in AuditEvent.select().where(AuditEvent.order == order).order_by(AuditEvent.seq):
        details = json.loads(e.payload)
        record = approvals.get(e.subject)
        if record is not None:
            details.update(
                method=record.method, customer_name=record.customer_name, changes=record.changes, note=record.note
            )
        void = voids.get(e.subject)
        if void is not None:
            details.update(reason=void.reason)
        if e.kind in ("artwork.added", "artwork.removed") and not details.get("file"):
            # The file's name is personal (it often names the customer): the artwork row keeps it, erasably.
            details["file"] = files.get(details.get("sha256", ""), "")
        entries.append(TimelineEntry(e.created_at, names.get(e.staff_id, ""), e.workstation, e.kind, details))
    return _record_before_its_move(entries)


# A record that moves the order (a hand-over, a complaint, a decision, an approval, a void) is sealed in the same
# write as the move, and the move's event comes first in the chain. Said to people, the record comes first:
# "handed over: 50 of 100", then "status: picked up" — not the status before the hand-over that caused it.
_MOVING_RECORDS = frozenset(
    {"pickup.recorded", "dispute.opened", "dispute.decided", "approval.recorded", "approval.voided", "proof.made"}
)


def _record_before_its_move(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    out = list(entries)
    for i in range(len(out) - 1):
        move, record = out[i], out[i + 1]
        caused = any(key in move.details for key in ("pickup", "dispute", "decision", "approval", "void", "proof"))
        if move.kind == "order.status" and record.kind in _MOVING_RECORDS and caused:
            out[i], out[i + 1] = record, move
    return out


@dataclass(frozen=True)
class RecordView:
    """One sealed approval record, read back from the store as it was stored."""

    approval_id: int
    number: str
    version: int
    decision: str
    method: str
    customer_name: str
    created_at: datetime
    changes: str
    note: str
    record_sha256: str
    proof_sha256: str
    signature_png: bytes | None


def approval_record(approval_id: int, viewer: Actor | None = None) -> RecordView:
    """The approval record with this id, read back (what the screen shows is what was stored)."""
    from ...store.blobs import blob_bytes
    from ..core.restriction import check_visible

    a = Approval.get_by_id(approval_id)
    check_visible(a.order, viewer)
    return RecordView(
        a.id,
        a.order.number,
        a.proof.version,
        a.decision,
        a.method,
        a.customer_name,
        a.created_at,
        a.changes,
        a.note,
        a.content_sha256,
        a.proof.pdf_id,
        blob_bytes(a.signature_image_id) if a.signature_image_id else None,
    )
