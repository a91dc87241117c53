"""The signed approval certificate that a customer or a court can read."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from ...domain import vocabulary
from ...domain.errors import NotFound
from ...domain.i18n import t
from ...domain.texts import document_date, record_time, tr
from ...domain.units import format_mm
from ...store.blobs import blob_bytes
from ...store.models import Approval, ApprovalVoid, Order
from ..core.context import Actor, require, utc_offset_now
from ..core.orders import find_order, refuse_erased, spec_of
from ..core.shop import customer_language
from ..documents.certificate_pdf import CertificateData, append_pdf, render_certificate
from ..proofing.acknowledgements import acknowledged_items
from .signing import sign_pdf
from .verify import verify_approval


def spec_rows(order: Order, lang: str) -> list[tuple[str, str]]:
    spec = spec_of(order)
    return [
        (tr(lang, "customer"), ", ".join(v for v in (order.customer.name, order.customer.company) if v)),
        (tr(lang, "product"), spec.product),
        (tr(lang, "finished_size"), spec.size_label),
        (tr(lang, "bleed"), f"{format_mm(spec.bleed_mm)} mm"),
        (tr(lang, "quantity"), str(spec.quantity)),
        (tr(lang, "stock"), spec.stock or "–"),
        (tr(lang, "colors"), spec.colors),
        (tr(lang, "finishing"), spec.finishing or "–"),
        (tr(lang, "due"), document_date(lang, spec.due) if spec.due else "–"),
    ]


def staff_label(lang: str, method: str) -> str:
    """Who stood for the shop: present at the signature, or took the call, or filed the scan or e-mail."""
    return tr(lang, "staff_present" if method == "on_screen" else "recorded_by")


def staff_text(lang: str, name: str, workstation: str) -> str:
    return f"{name or '–'} ({tr(lang, 'workstation')} {workstation})"


def certificate_data(approval: Approval, lang: str) -> CertificateData:
    from ...store.settings import get_setting

    void = ApprovalVoid.get_or_none(ApprovalVoid.approval == approval)
    evidence = ""
    if approval.evidence_id:
        evidence = f"{approval.evidence_name} (SHA-256 {approval.evidence_id})"
        if approval.method == "link" and approval.note:  # the link's facts: address, code, time, IP, browser
            evidence = f"{approval.note} {tr(lang, 'portal_receipt')}: {evidence}"
    elif approval.note:
        evidence = f"{tr(lang, 'phone_note')}: {approval.note}"
    issued = datetime.now(UTC).replace(tzinfo=None)
    marks, pages = [], []
    if approval.markup_id:
        from ..proofing.markup import marked_pages, markup_of

        markup = markup_of(approval)
        if markup is not None:
            marks = [(str(m.number), m.text) for m in markup.pins]
            pages = marked_pages(blob_bytes(approval.proof.pdf_id), markup)
    return CertificateData(
        lang=lang,
        shop_name=str(get_setting("shop.name")),
        shop_address=str(get_setting("shop.address")),
        order_number=approval.order.number,
        spec_rows=spec_rows(approval.order, lang),
        decision_key=approval.decision,
        decision=vocabulary.name("decision", approval.decision, lang),
        changes=approval.changes,
        customer_name=approval.customer_name,
        signature_png=blob_bytes(approval.signature_image_id) if approval.signature_image_id else None,
        time_text=record_time(lang, approval.created_at, approval.utc_offset),
        method=vocabulary.name("method", approval.method, lang),
        evidence_text=evidence,
        staff_label=staff_label(lang, approval.method),
        staff_text=staff_text(lang, approval.staff.name if approval.staff else "", approval.workstation),
        checklist=[(item["label"], item["checked"]) for item in json.loads(approval.checklist)],
        terms=approval.terms,
        proof_version=approval.proof.version,
        proof_sha256=approval.proof.pdf_id,
        record_sha256=approval.content_sha256,
        verified=not verify_approval(approval.id),
        void_reason=void.reason if void else "",
        issued_text=record_time(lang, issued, utc_offset_now()),
        acknowledged=acknowledged_items(approval),
        acknowledged_heading="acknowledged" if approval.method in ("on_screen", "link") else "told_of",
        markup_sha256=approval.markup_id or "",
        marks=marks,
        marked_pages=pages,
    )


def make_certificate(actor: Actor, number: str) -> bytes:
    """The signed certificate of the order's latest approval record, followed by the approved proof."""
    require(actor, action="print an approval certificate")
    order = find_order(number, actor)
    refuse_erased(order, t("its certificate cannot be made again (the signature and proof are erased)"))
    approval = Approval.select().where(Approval.order == order).order_by(Approval.id.desc()).first()
    if approval is None:
        raise NotFound(t("Order {number} has no approval yet.", number=order.number))
    lang = customer_language(order)
    pages = certificate_pages(approval, lang)
    title = tr(lang, "cert_title_changes" if approval.decision == "changes_requested" else "cert_title")
    return sign_pdf(pages, str(certificate_data(approval, lang).shop_name), f"{title} {order.number}")


def certificate_pages(approval: Approval, lang: str | None = None) -> bytes:
    """The certificate of ``approval`` followed by its proof, unsigned (the caller signs what it puts them in)."""
    data = certificate_data(approval, lang or customer_language(approval.order))
    return append_pdf(render_certificate(data), blob_bytes(approval.proof.pdf_id))
