"""The dossier: the whole order in one signed PDF, in order of time."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Spacer

from ...domain import vocabulary
from ...domain.enums import Role
from ...domain.errors import UserError
from ...domain.i18n import t
from ...domain.money import outcome_with_amount
from ...domain.preflight import Finding
from ...domain.texts import document_date, record_time, tr
from ...store.blobs import blob_bytes
from ...store.models import (
    Approval,
    ApprovalVoid,
    AuditEvent,
    Dispute,
    DisputeDecision,
    DisputePhoto,
    Order,
    Pickup,
    Proof,
    Staff,
)
from ..artwork.imaging import upright_jpeg
from ..core.context import Actor, require
from ..core.orders import find_order, refuse_erased
from ..core.shop import language
from ..documents.certificate_pdf import ParagraphMaker, append_pdf, marks_story, render_certificate
from ..documents.styles import HEADING, SMALL, TITLE, build_a4, image_flowable, key_value_table, paragraph, ticked
from ..evidence.certificates import certificate_data, spec_rows
from ..evidence.signing import sign_pdf


def aligned_story(
    photo_id: int, lang: str, p: ParagraphMaker, small: ParagraphStyle, viewer: Actor | None = None
) -> list[Any]:
    """A complaint photo straightened by the corners the owner kept, beside the approved side (issue 13)."""
    from ...store.models import PhotoCorners
    from .photo_align import aligned

    if not PhotoCorners.select().where(PhotoCorners.photo == photo_id).exists():
        return []
    try:
        result = aligned(photo_id, viewer=viewer)
    except UserError:
        return []
    share = f"{result.changed_share:.0%}"
    return [
        image_flowable(result.proof_jpeg, 80),
        image_flowable(result.photo_jpeg, 80),
        p(tr(lang, "aligned_photo", share=share), small),
    ]


def make_dossier(actor: Actor, number: str) -> bytes:
    """The owner's dossier of an order: everything on record, signed like the certificate."""
    require(actor, Role.OWNER, action="print a dossier")
    order = find_order(number, actor)
    refuse_erased(order, t("a dossier cannot be made (its files are erased); verify names the erasure"))
    if not Proof.select().where(Proof.order == order).exists():  # as the order screen offers it: after a proof
        raise UserError(t("Order {number} has no proof yet.", number=order.number))
    lang = language()
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    p, head, small = paragraph, HEADING, SMALL

    def when(moment: datetime, offset: str = "+00:00") -> str:
        return record_time(lang, moment, offset)

    story: list[Flowable] = [p(f"{tr(lang, 'dossier')} – {tr(lang, 'order')} {order.number}", TITLE), Spacer(1, 6)]
    story.append(key_value_table(spec_rows(order, lang), p))
    entries: list[tuple[datetime, list[Flowable]]] = []
    for proof in Proof.select().where(Proof.order == order):
        findings = json.loads(proof.findings)
        block = [
            p(tr(lang, "dossier_proof", version=proof.version), head),
            p(f"{when(proof.created_at)} · {tr(lang, 'dossier_made_by', who=names.get(proof.created_by_id, '–'))}"),
            p(f"SHA-256 {proof.pdf_id}", small),
        ]
        if proof.note:
            block.append(p(proof.note))
        worded = [Finding.from_dict(f).in_language(lang).message for f in findings]
        block.append(p(f"{tr(lang, 'dossier_findings')}: " + ("; ".join(worded) or tr(lang, "dossier_none")), small))
        entries.append((proof.created_at, block))
    for approval in Approval.select().where(Approval.order == order):
        data = certificate_data(approval, lang)
        rows = [
            (tr(lang, "decision"), data.decision),
            (tr(lang, "signed_by"), data.customer_name),
            (tr(lang, "method"), data.method),
            (data.staff_label, data.staff_text),
            (tr(lang, "record_sha"), data.record_sha256),
        ]
        if data.changes:
            rows.insert(1, (tr(lang, "changes"), data.changes))
        if data.evidence_text:
            rows.append((tr(lang, "evidence"), data.evidence_text))
        block = [
            p(tr(lang, "dossier_approval", version=approval.proof.version), head),
            p(when(approval.created_at, approval.utc_offset)),
            key_value_table(rows, p),
        ]
        if data.acknowledged:
            block.append(p(tr(lang, data.acknowledged_heading), small))
            block += [p(ticked(text, done), small) for text, done in data.acknowledged]
        if data.signature_png:
            block.append(image_flowable(data.signature_png, 60))
        block += marks_story(data, p, head, small)
        entries.append((approval.created_at, block))
        void = ApprovalVoid.get_or_none(ApprovalVoid.approval == approval)
        if void is not None:
            entries.append(
                (
                    void.created_at,
                    [
                        p(tr(lang, "dossier_void"), head),
                        p(when(void.created_at, void.utc_offset)),
                        p(f"{tr(lang, 'dossier_reason')}: {void.reason} · {names.get(void.staff_id, '–')}"),
                    ],
                )
            )
    for pickup in Pickup.select().where(Pickup.order == order):
        block = [
            p(tr(lang, "dossier_pickup"), head),
            p(when(pickup.created_at, pickup.utc_offset)),
            p(f"{pickup.customer_name} · {names.get(pickup.staff_id, '–')}"),
            p(
                tr(
                    lang,
                    "copy_quantity_of",
                    count=order.quantity if pickup.quantity is None else pickup.quantity,
                    ordered=order.quantity,
                )
                + (f" · {pickup.condition}" if pickup.condition else "")
            ),
        ]
        if pickup.signature_image_id:
            block.append(image_flowable(blob_bytes(pickup.signature_image_id), 60))
        entries.append((pickup.created_at, block))
    for dispute in Dispute.select().where(Dispute.order == order):
        block = [
            p(tr(lang, "dossier_dispute"), head),
            p(when(dispute.created_at, dispute.utc_offset)),
            key_value_table(
                [
                    *_case_rows(dispute, lang),
                    (tr(lang, "dossier_category"), vocabulary.name("category", dispute.category, lang)),
                    (tr(lang, "dossier_words"), dispute.customer_words),
                ],
                p,
            ),
        ]
        for photo in DisputePhoto.select().where(DisputePhoto.dispute == dispute).order_by(DisputePhoto.position):
            block.append(image_flowable(upright_jpeg(blob_bytes(photo.blob_id)), 90))
            block.append(p(f"{tr(lang, 'dossier_photo')}: {photo.filename} · SHA-256 {photo.blob_id}", small))
            block += aligned_story(photo.id, lang, p, small, actor)
        entries.append((dispute.created_at, block))
        for decision in DisputeDecision.select().where(DisputeDecision.dispute == dispute):
            entries.append(
                (
                    decision.created_at,
                    [
                        p(tr(lang, "dossier_decision"), head),
                        p(when(decision.created_at, decision.utc_offset)),
                        key_value_table(
                            [
                                (
                                    tr(lang, "dossier_matches"),
                                    vocabulary.name("matches", decision.matches_approval, lang),
                                ),
                                (
                                    tr(lang, "dossier_outcome"),
                                    outcome_with_amount(decision.outcome, decision.amount_cents, lang),
                                ),
                                (tr(lang, "dossier_reason"), decision.reason),
                            ],
                            p,
                        ),
                    ],
                )
            )
    for _moment, block in sorted(entries, key=lambda e: e[0]):
        story += block
    story.append(PageBreak())
    story.append(p(tr(lang, "dossier_trail"), head))
    for event in AuditEvent.select().where(AuditEvent.order == order).order_by(AuditEvent.seq):
        story.append(
            p(
                f"#{event.seq} · {when(event.created_at)} · {vocabulary.name('event', event.kind, lang)} · "
                f"{names.get(event.staff_id, '–')} ({tr(lang, 'workstation')} {event.workstation}) · "
                f"{event.hash[:16]}…",
                small,
            )
        )
    story.append(Spacer(1, 8))
    story.append(p(tr(lang, "dossier_pages_follow"), small))
    pdf = build_a4(story, f"{tr(lang, 'dossier')} {order.number}")
    for proof in Proof.select().where(Proof.order == order).order_by(Proof.version):
        pdf = append_pdf(pdf, blob_bytes(proof.pdf_id))
    latest = Approval.select().where(Approval.order == order).order_by(Approval.id.desc()).first()
    if latest is not None:
        pdf = append_pdf(pdf, render_certificate(certificate_data(latest, lang)))
    from ...store.settings import get_setting

    return sign_pdf(pdf, str(get_setting("shop.name")), f"{tr(lang, 'dossier')} {order.number}")


def _case_rows(dispute: Dispute, lang: str) -> list[tuple[str, str]]:
    """The complaint's case: its number, the day the shop promised an answer by, the replacement order if any."""
    from ...store.models import ComplaintCase

    case = ComplaintCase.get_or_none(ComplaintCase.dispute == dispute.id)
    if case is None:
        return []
    rows = [
        (tr(lang, "dossier_case"), case.number),
        (tr(lang, "dossier_answer_by"), document_date(lang, case.answer_by)),
    ]
    replacement = Order.get_or_none(Order.id == case.replacement_id) if case.replacement_id else None
    if replacement is not None:
        rows.append((tr(lang, "dossier_replacement"), replacement.number))
    return rows
