"""Proof versions: make the next one, export the exact bytes of any one."""

from __future__ import annotations

import json
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import peewee as pw

from ...domain.enums import Decision, Role
from ...domain.errors import Cancelled, Conflict, NotFound, UserError
from ...domain.i18n import t
from ...domain.preflight import Finding
from ...domain.rules import Step
from ...domain.typed_text import clean_text
from ...store.blobs import blob_bytes, put_blob, sha256_hex
from ...store.db import lock_order, write
from ...store.migrations import now
from ...store.models import Approval, ApprovalVoid, Artwork, Blob, Order, Proof
from ...store.sealed import commitment
from ...store.settings import get_setting
from ..artwork.artwork import current_artwork, job_findings, proof_dpi, refresh_previews
from ..artwork.press import press_setup
from ..core import audit, sealing
from ..core.context import Actor, require
from ..core.files import write_file_atomically
from ..core.orders import advance, check_step, find_order, refuse_erased, spec_of
from ..core.shop import customer_language, terms, watermark
from ..documents.proof_model import ChangeRequest, PressStatement, ProofDocument, ProofSide, RequestedChange
from ..documents.proof_pdf import render_proof
from .acknowledgements import SeriousFinding, serious_findings


@dataclass(frozen=True)
class ProofMade:
    order: str
    version: int
    sha256: str
    content_sha256: str
    pages: int
    findings: list[Finding]
    pdf: bytes

    def to_dict(self) -> dict[str, object]:
        return {
            "order": self.order,
            "version": self.version,
            "sha256": self.sha256,
            "content_sha256": self.content_sha256,
            "pages": self.pages,
            "findings": [f.to_dict() for f in self.findings],
        }


def latest_version(order: Order) -> int:
    return Proof.select(pw.fn.MAX(Proof.version)).where(Proof.order == order).scalar() or 0


APPROVING = (Decision.APPROVED, Decision.APPROVED_WITH_CHANGES)


def active_approval(order: Order) -> Approval | None:
    """The approval that stands: the newest approving record nobody voided, of the latest proof version,
    and only while that version shows the order's current artwork. A new version or new artwork (after the
    owner's decision “new proof”) never leaves an old approval standing for something the customer never saw.
    """
    voided = ApprovalVoid.select(ApprovalVoid.approval)
    newest = (
        Approval.select()
        .where(
            (Approval.order == order)
            & (Approval.decision.in_([d.value for d in APPROVING]))
            & ~(Approval.id.in_(voided))
        )
        .order_by(Approval.id.desc())
        .first()
    )
    if newest is None or newest.proof.version != latest_version(order):
        return None
    return newest if shows_current_artwork(newest.proof) and shows_current_spec(newest.proof) else None


def shows_current_spec(proof: Proof) -> bool:
    """Whether ``proof`` shows the order's current specification (what the print depends on; not the due date)."""
    from ..core.order_edits import printed_spec

    return printed_spec(json.loads(proof.spec)) == printed_spec(spec_of(Order.get_by_id(proof.order_id)))


def shows_current_artwork(proof: Proof) -> bool:
    """Whether ``proof`` shows exactly the order's current artwork (no side added or replaced since)."""
    return sorted(json.loads(proof.artwork_ids)) == sorted(a.id for a in current_artwork(proof.order))


def proof_personal(order: Order, note: str) -> dict[str, object]:
    """What a proof version says about the customer: kept outside its sealed content (erasable)."""
    customer = order.customer
    return {
        "note": note,
        "customer": {
            "name": customer.name,
            "company": customer.company,
            "phone": customer.phone,
            "email": customer.email,
        },
    }


def build_document(
    order: Order,
    version: int,
    note: str = "",
    made_at: datetime | None = None,
    customer_commitment: str = "",
) -> tuple[ProofDocument, list[Finding], list[int]]:
    """Gather what proof ``version`` of ``order`` shows, from the store's current state.

    The manifest (whose hash the proof's code carries) holds ``customer_commitment``, the salted digest of
    the proof's personal details (:func:`proof_personal`), never the customer's plain name or contacts.
    """
    lang = customer_language(order)
    spec = spec_of(order)
    artwork = current_artwork(order)
    findings = job_findings(order, lang)
    sides = [
        ProofSide(a.side, blob_bytes(a.preview_id), a.width_px, a.height_px, *_warning(a), a.preview_id)
        for a in artwork
    ]
    press = press_setup()
    intents = []
    for a in artwork:
        report = json.loads(a.checks or "{}").get("pdf") or {}
        if report.get("output_intent"):
            intents.append(str(report["output_intent"]))
    statement = PressStatement(press.name, press.intent, press.bpc, output_intents=tuple(dict.fromkeys(intents)))
    logo_sha = get_setting("shop.logo_sha256")
    customer = order.customer
    requests, request_hashes = change_requests(order, version, lang)
    reprint = reprint_text(order, lang)
    manifest = {
        "order": order.number,
        "version": version,
        "spec": spec.to_dict(),
        "sides": [
            {"side": a.side, "original": a.original_id, "preview": a.preview_id, "marked": a.marked_id} for a in artwork
        ],
        "press": press.key,
        "watermark": watermark(lang),
        "customer": customer_commitment,
        "terms": terms(lang),
        "lang": lang,
        **({"answers": request_hashes} if request_hashes else {}),
        **({"reprint_of": reprint} if reprint else {}),
    }
    doc = ProofDocument(
        lang=lang,
        shop_name=str(get_setting("shop.name")),
        shop_address=str(get_setting("shop.address")),
        order_number=order.number,
        version=version,
        made_at=made_at or datetime.now(),
        customer_name=customer.name,
        customer_company=customer.company,
        customer_phone=customer.phone,
        customer_email=customer.email,
        spec=spec,
        findings=findings,
        terms=terms(lang),
        watermark=watermark(lang),
        content_sha256=audit.content_hash(manifest),
        sides=sides,
        logo=blob_bytes(logo_sha) if logo_sha else None,
        note=note,
        press=statement,
        requests=requests,
        reprint_of=reprint,
    )
    return doc, findings, [a.id for a in artwork]


def change_requests(order: Order, version: int, lang: str) -> tuple[list[ChangeRequest], list[str]]:
    """What the customer asked to change on the previous version, with crops of the marked places (for the
    cover of ``version``), and the hashes of those records (for the proof's fingerprint)."""
    from ...domain.markup import written_changes
    from ...domain.texts import record_time
    from .markup import crops, markup_of, requests_before

    found, hashes = [], []
    for record in requests_before(order.id, version):
        markup = markup_of(record)
        marks = []
        if markup is not None:
            pdf = blob_bytes(record.proof.pdf_id)
            marks = [RequestedChange(c.label, c.text, c.jpeg) for c in crops(pdf, markup)]
        when = record_time(lang, record.created_at, record.utc_offset)
        written = written_changes(record.changes, markup.marks if markup is not None else ())
        found.append(ChangeRequest(record.proof.version, when, written, marks))
        hashes.append(record.content_sha256)
    return found, hashes


def reprint_text(order: Order, lang: str) -> str:
    """For a reprint: the order it repeats and the proof approved there, as the cover says it."""
    from ...domain.texts import tr

    if order.reorder_of_id is None:
        return ""
    source = Order.get_by_id(order.reorder_of_id)
    proof = Proof.get_or_none(Proof.id == order.reorder_proof_id) if order.reorder_proof_id else None
    if proof is None:
        return tr(lang, "reprint_of_unapproved", number=source.number)
    return tr(lang, "reprint_of", number=source.number, v=proof.version, sha=proof.pdf_id)


def _warning(art: Artwork) -> tuple[bytes | None, bytes | None]:
    """A side's colour warning: the 1-bit PNG of its hatching, or (kept by PrintProof before the hatching was
    kept on its own) a JPEG of the preview with the hatching drawn in."""
    if art.marked_id is None:
        return None, None
    row = Blob.select(Blob.media_type, Blob.data).where(Blob.sha256 == art.marked_id).first()
    if row is None or not row.data:
        return None, None
    return (bytes(row.data), None) if row.media_type == "image/png" else (None, bytes(row.data))


def make_proof(actor: Actor, number: str, note: str = "", should_cancel: Callable[[], bool] | None = None) -> ProofMade:
    """Make and store the next proof version of an order; earlier versions stay as they were."""
    require(actor, Role.COUNTER, Role.DESIGNER, Role.OWNER, action="make a proof")
    note = clean_text(note, "note on what changed", max_len=2000)
    order = find_order(number, actor)
    check_step(order, Step.PROOF)  # at once, before the slow rendering; checked again where it is stored
    if not current_artwork(order):
        raise UserError(t("Order {number} has no artwork yet; add the customer's files first.", number=order.number))
    refresh_previews(order, spec_of(order), proof_dpi())
    # Optimistic: draw the next version, store it only if nobody stored that number meanwhile, else draw
    # again. Every round someone wins, so busy counters still get consecutive versions, none lost.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        version = latest_version(order) + 1
        personal, salt = proof_personal(order, note), os.urandom(32)
        doc, findings, artwork_ids = build_document(
            order, version, note, customer_commitment=commitment(salt, personal)
        )
        pdf, pages = render_proof(doc)
        digest = sha256_hex(pdf)
        if should_cancel is not None and should_cancel():
            raise Cancelled(t("Cancelled: no proof version was made."))
        with write():
            lock_order(order.id)
            if latest_version(order) + 1 != version:
                time.sleep(random.uniform(0, 0.05))  # another workstation made this version: draw ours again
                continue
            standing = active_approval(order)  # after a decision “new proof”: this version replaces it
            advance(actor, order, Step.PROOF, version=version)
            blob = put_blob(pdf, "application/pdf")
            proof = Proof(
                order=order,
                version=version,
                pdf=blob.sha256,
                content_sha256=doc.content_sha256,
                pages=pages,
                language=doc.lang,
                spec=json.dumps(doc.spec.to_dict(), ensure_ascii=False),
                artwork_ids=json.dumps(artwork_ids),
                findings=json.dumps([f.to_dict() for f in findings], ensure_ascii=False),
                created_at=now(),
                created_by=actor.staff_id,
            )
            sealing.seal(
                actor,
                proof,
                personal=personal,
                salt=salt,
                order=order,
                payload={
                    "version": version,
                    "sha256": digest,
                    "content_sha256": doc.content_sha256,
                    "pages": pages,
                    **({"supersedes_approval": standing.id} if standing is not None else {}),
                },
            )
        return ProofMade(order.number, version, digest, doc.content_sha256, pages, findings, pdf)
    raise Conflict(t("Other workstations keep making proofs of this order; please try again."))


def get_proof(number: str, version: int | None = None, viewer: Actor | None = None) -> Proof:
    """Proof ``version`` of an order, or its latest (a restricted order's for the owner only)."""
    return proof_of(find_order(number, viewer), version)


def proof_of(order: Order, version: int | None = None) -> Proof:
    """Proof ``version`` of ``order`` (found through :func:`orders.find_order`), or its latest."""
    query = Proof.select().where(Proof.order == order)
    proof: Proof | None = (
        query.where(Proof.version == version).first()
        if version is not None
        else query.order_by(Proof.version.desc()).first()
    )
    if proof is None:
        raise NotFound(
            t("Order {number} has no proof version {version}.", number=order.number, version=version)
            if version
            else t("Order {number} has no proof yet.", number=order.number)
        )
    return proof


def proof_bytes(proof: Proof) -> bytes:
    return blob_bytes(proof.pdf_id)


def serious_findings_of(number: str, version: int, lang: str, viewer: Actor | None = None) -> list[SeriousFinding]:
    """The serious findings of proof ``version`` of order ``number``, worded in ``lang`` (for the screens)."""
    return serious_findings(get_proof(number, version, viewer), lang)


def proof_pdf(number: str, version: int | None = None, viewer: Actor | None = None) -> bytes:
    """The stored PDF of proof ``version`` of an order (its latest when None), for a screen to show."""
    return proof_bytes(get_proof(number, version, viewer))


def export_proof(actor: Actor, number: str, out: Path | str, version: int | None = None) -> Proof:
    """Write the exact stored bytes of a proof version to ``out``."""
    require(actor, action="export a proof")
    proof = get_proof(number, version, actor)
    refuse_erased(proof.order, t("its proofs are erased"))
    write_file_atomically(Path(out), proof_bytes(proof))
    return proof
