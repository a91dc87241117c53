"""The dossier: the whole order in one signed PDF, in order of time."""

from __future__ import annotations

import json
from datetime import datetime

from reportlab.platypus import Flowable, PageBreak, Spacer

from ..domain.enums import Role
from ..domain.errors import UserError
from ..domain.i18n import t
from ..domain.preflight import Finding
from ..domain.texts import event_label, record_time, tr
from ..store.blobs import blob_bytes
from ..store.models import (
    Approval,
    ApprovalVoid,
    AuditEvent,
    Dispute,
    DisputeDecision,
    DisputePhoto,
    Pickup,
    Proof,
    Staff,
)
from .certificates import certificate_data, spec_rows
from .context import Actor, require
from .imaging import upright_jpeg
from .orders import get_order, refuse_erased
from .pdf.certificate_pdf import append_pdf, render_certificate
from .pdf.styles import HEADING, SMALL, TITLE, build_a4, image_flowable, key_value_table, paragraph, ticked
from .shop import language
from .signing import sign_pdf

TITLES = {
    "de": {
        "dossier": "Dossier",
        "proof": "Proof-Version {v}",
        "approval": "Entscheidung des Kunden zu Version {v}",
        "void": "Freigabe widerrufen",
        "pickup": "Abholung",
        "dispute": "Reklamation",
        "decision": "Entscheidung der Inhaberin / des Inhabers",
        "trail": "Prüfkette des Auftrags",
        "findings": "Prüfung der Druckdaten",
        "none": "keine",
        "made_by": "erstellt von {who}",
        "photo": "Foto der Lieferung",
        "matches": "Entspricht der Freigabe",
        "outcome": "Ergebnis",
        "reason": "Begründung",
        "words": "In den Worten des Kunden",
        "category": "Art",
        "pages_follow": "Es folgen die Seiten aller Proof-Versionen und die Freigabebestätigung.",
    },
    "en": {
        "dossier": "Dossier",
        "proof": "Proof version {v}",
        "approval": "Customer's decision on version {v}",
        "void": "Approval voided",
        "pickup": "Pickup",
        "dispute": "Complaint",
        "decision": "Owner's decision",
        "trail": "Audit trail of the order",
        "findings": "Preflight findings",
        "none": "none",
        "made_by": "made by {who}",
        "photo": "Photo of the delivery",
        "matches": "Matches the approval",
        "outcome": "Outcome",
        "reason": "Reason",
        "words": "In the customer's words",
        "category": "Category",
        "pages_follow": "The pages of every proof version and the approval certificate follow.",
    },
}


VALUES = {
    "de": {
        "colour": "Farbe",
        "text": "Text / Tippfehler",
        "size": "Format / Schnitt",
        "quantity": "Menge",
        "stock": "Material / Veredelung",
        "damage": "Beschädigung",
        "late": "Verspätet",
        "changed_mind": "Meinung geändert",
        "yes": "ja",
        "no": "nein",
        "partly": "teilweise",
        "customer_pays": "Kunde zahlt und nimmt die Ware",
        "reprint_shop_cost": "Nachdruck auf Kosten der Druckerei",
        "discount": "Preisnachlass",
        "refund": "Erstattung",
        "new_proof_customer_cost": "Neuer Proof auf Kosten des Kunden",
    },
    "en": {
        "colour": "Colour",
        "text": "Text / typo",
        "size": "Size / cut",
        "quantity": "Quantity",
        "stock": "Stock / finish",
        "damage": "Damage",
        "late": "Late",
        "changed_mind": "Changed mind",
        "yes": "yes",
        "no": "no",
        "partly": "partly",
        "customer_pays": "Customer pays and takes it",
        "reprint_shop_cost": "Reprint at the shop's cost",
        "discount": "Discount",
        "refund": "Refund",
        "new_proof_customer_cost": "New proof at the customer's cost",
    },
}


def make_dossier(actor: Actor, number: str) -> bytes:
    """The owner's dossier of an order: everything on record, signed like the certificate."""
    require(actor, Role.OWNER, action="print a dossier")
    order = get_order(number)
    refuse_erased(order, t("a dossier cannot be made (its files are erased); verify names the erasure"))
    if not Proof.select().where(Proof.order == order).exists():  # as the order screen offers it: after a proof
        raise UserError(t("Order {number} has no proof yet.", number=order.number))
    lang = language()
    words = TITLES[lang]
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    p, head, small = paragraph, HEADING, SMALL

    def when(moment: datetime, offset: str = "+00:00") -> str:
        return record_time(lang, moment, offset)

    story: list[Flowable] = [p(f"{words['dossier']} – {tr(lang, 'order')} {order.number}", TITLE), Spacer(1, 6)]
    story.append(key_value_table(spec_rows(order, lang), p))
    entries: list[tuple[datetime, list[Flowable]]] = []
    for proof in Proof.select().where(Proof.order == order):
        findings = json.loads(proof.findings)
        block = [
            p(words["proof"].format(v=proof.version), head),
            p(f"{when(proof.created_at)} · {words['made_by'].format(who=names.get(proof.created_by_id, '–'))}"),
            p(f"SHA-256 {proof.pdf_id}", small),
        ]
        if proof.note:
            block.append(p(proof.note))
        worded = [Finding.from_dict(f).in_language(lang).message for f in findings]
        block.append(p(f"{words['findings']}: " + ("; ".join(worded) or words["none"]), small))
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
            p(words["approval"].format(v=approval.proof.version), head),
            p(when(approval.created_at, approval.utc_offset)),
            key_value_table(rows, p),
        ]
        if data.acknowledged:
            block.append(p(tr(lang, data.acknowledged_heading), small))
            block += [p(ticked(text, done), small) for text, done in data.acknowledged]
        if data.signature_png:
            block.append(image_flowable(data.signature_png, 60))
        entries.append((approval.created_at, block))
        void = ApprovalVoid.get_or_none(ApprovalVoid.approval == approval)
        if void is not None:
            entries.append(
                (
                    void.created_at,
                    [
                        p(words["void"], head),
                        p(when(void.created_at, void.utc_offset)),
                        p(f"{words['reason']}: {void.reason} · {names.get(void.staff_id, '–')}"),
                    ],
                )
            )
    for pickup in Pickup.select().where(Pickup.order == order):
        block = [
            p(words["pickup"], head),
            p(when(pickup.created_at, pickup.utc_offset)),
            p(f"{pickup.customer_name} · {names.get(pickup.staff_id, '–')}"),
        ]
        if pickup.signature_image_id:
            block.append(image_flowable(blob_bytes(pickup.signature_image_id), 60))
        entries.append((pickup.created_at, block))
    for dispute in Dispute.select().where(Dispute.order == order):
        block = [
            p(words["dispute"], head),
            p(when(dispute.created_at, dispute.utc_offset)),
            key_value_table(
                [(words["category"], VALUES[lang][dispute.category]), (words["words"], dispute.customer_words)], p
            ),
        ]
        for photo in DisputePhoto.select().where(DisputePhoto.dispute == dispute).order_by(DisputePhoto.position):
            block.append(image_flowable(upright_jpeg(blob_bytes(photo.blob_id)), 90))
            block.append(p(f"{words['photo']}: {photo.filename} · SHA-256 {photo.blob_id}", small))
        entries.append((dispute.created_at, block))
        for decision in DisputeDecision.select().where(DisputeDecision.dispute == dispute):
            entries.append(
                (
                    decision.created_at,
                    [
                        p(words["decision"], head),
                        p(when(decision.created_at, decision.utc_offset)),
                        key_value_table(
                            [
                                (words["matches"], VALUES[lang][decision.matches_approval]),
                                (words["outcome"], VALUES[lang][decision.outcome]),
                                (words["reason"], decision.reason),
                            ],
                            p,
                        ),
                    ],
                )
            )
    for _moment, block in sorted(entries, key=lambda e: e[0]):
        story += block
    story.append(PageBreak())
    story.append(p(words["trail"], head))
    for event in AuditEvent.select().where(AuditEvent.order == order).order_by(AuditEvent.seq):
        story.append(
            p(
                f"#{event.seq} · {when(event.created_at)} · {event_label(lang, event.kind)} · "
                f"{names.get(event.staff_id, '–')} ({tr(lang, 'workstation')} {event.workstation}) · "
                f"{event.hash[:16]}…",
                small,
            )
        )
    story.append(Spacer(1, 8))
    story.append(p(words["pages_follow"], small))
    pdf = build_a4(story, f"{words['dossier']} {order.number}")
    for proof in Proof.select().where(Proof.order == order).order_by(Proof.version):
        pdf = append_pdf(pdf, blob_bytes(proof.pdf_id))
    latest = Approval.select().where(Approval.order == order).order_by(Approval.id.desc()).first()
    if latest is not None:
        pdf = append_pdf(pdf, render_certificate(certificate_data(latest, lang)))
    from ..store.settings import get_setting

    return sign_pdf(pdf, str(get_setting("shop.name")), f"{words['dossier']} {order.number}")
