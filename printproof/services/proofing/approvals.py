"""The customer's approval of one exact proof version: sealed, never edited.

A mistake is corrected by a new record: the owner voids an approval with a reason,
and both stay on the order's timeline.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ...domain import vocabulary
from ...domain.enums import ApprovalMethod, Decision, Role
from ...domain.errors import Conflict, NotFound, UserError
from ...domain.i18n import N_, t
from ...domain.markup import MEDIA_TYPE as MARKUP_TYPE
from ...domain.markup import Mark, MarkKind, changes_from_pins, checked_marks, markup_json
from ...domain.rules import Step
from ...domain.signature import Stroke, check_signature, strokes_to_json
from ...domain.typed_text import clean_filename, clean_line, clean_text
from ...domain.vocabulary import CHECKLIST
from ...store.blobs import put_blob
from ...store.db import lock_order, write
from ...store.migrations import now
from ...store.models import Approval, ApprovalVoid, Order
from ..artwork.imaging import sniff
from ..core import sealing
from ..core.context import Actor, require, utc_offset_now
from ..core.orders import advance, check_step, find_order
from ..core.shop import customer_language, terms
from .acknowledgements import acknowledged_json
from .proofs import APPROVING, active_approval, latest_version, proof_of, shows_current_artwork, shows_current_spec
from .signatures import render_signature


@dataclass(frozen=True)
class Evidence:
    """A file that stands for the signature: the scanned paper proof or the customer's e-mail."""

    filename: str
    data: bytes


def record_approval(
    actor: Actor,
    number: str,
    *,
    decision: Decision,
    customer_name: str,
    checklist: dict[str, bool],
    method: ApprovalMethod = ApprovalMethod.ON_SCREEN,
    version: int | None = None,
    changes: str = "",
    strokes: list[Stroke] | None = None,
    evidence: Evidence | None = None,
    note: str = "",
    acknowledged: list[str] | None = None,
    shown_language: str | None = None,
    marks: list[Mark] | None = None,
) -> Approval:
    """Record the customer's decision on a proof version, sealed with its hash.

    ``acknowledged``: keys of the proof's serious findings the customer acknowledged (on screen) or was
    told of (paper, e-mail, phone); an approval needs all of them (services/proofing/acknowledgements.py).
    ``shown_language`` is the language the checklist, terms and findings were shown in (the customer's
    screen can switch); the record keeps exactly those words. Default: the customer's (the order's) language,
    the language their proof was made in.
    ``marks``: pen strokes, circles and numbered pins on the proof (``domain/markup.py``), kept with a request
    for changes as a content-addressed JSON file whose SHA-256 the record's content carries; the pins' texts
    are the written changes when none are written.
    """
    require(actor, action="record an approval")
    decision, method = Decision(decision), ApprovalMethod(method)
    customer_name = clean_line(customer_name, "customer's name", required=True)
    changes = clean_text(changes, "list of changes", max_len=5000)
    note = clean_text(note, "note", max_len=5000)
    marks = list(marks or [])
    if marks and decision == Decision.APPROVED:
        raise UserError(t("Marks on the proof belong to a request for changes; the proof is approved as it is."))
    marks = checked_marks(marks, 10_000)  # points and texts now; the pages once the proof is known
    if decision != Decision.APPROVED and not changes:
        if any(m.kind == MarkKind.PIN for m in marks):
            changes = clean_text(changes_from_pins(marks), "list of changes", max_len=5000)
        else:
            raise UserError(t("Write down the changes the customer asks for, or set a numbered pin with a text."))
    unknown = set(checklist) - set(CHECKLIST)
    if unknown:
        raise UserError(t("Unknown checklist item {item}.", item=sorted(unknown)[0]))
    # One rule for every path (on screen, paper, e-mail, phone): an approval, with or without changes,
    # stands on every point of the checklist; asking for changes needs none.
    if decision in APPROVING and not all(checklist.get(k) for k in CHECKLIST):
        raise UserError(t("Every point of the checklist must be ticked before the proof is approved."))
    if method == ApprovalMethod.ON_SCREEN:
        check_signature(strokes or [])
    elif method == ApprovalMethod.LINK:
        # Only services/counter/remote_approval.py records these, after checking the portal's signed receipt (the
        # evidence) against the link it sent; the customer signed on the portal's page.
        check_signature(strokes or [])
        if evidence is None or not evidence.data:
            raise UserError(t("Attach the portal's signed receipt of the decision."))
    elif method in (ApprovalMethod.PAPER, ApprovalMethod.EMAIL):
        if evidence is None or not evidence.data:
            what = (
                N_("the scanned, signed paper proof") if method == ApprovalMethod.PAPER else N_("the customer's e-mail")
            )
            raise UserError(t("Attach {what}.", what=t(what)))
        if method == ApprovalMethod.PAPER:
            sniff(evidence.data, evidence.filename)
    elif method == ApprovalMethod.PHONE and not note:
        raise UserError(t("Write a note of the phone call: who said what, when."))
    from ...domain.i18n import LANGUAGES

    order = find_order(number, actor)
    lang = shown_language if shown_language in LANGUAGES else customer_language(order)
    with write():
        lock_order(order.id)
        order = Order.get_by_id(order.id)  # fresh status, now that we hold the order
        proof = proof_of(order, version)
        newest = latest_version(order)
        if proof.version != newest:
            raise UserError(
                t(
                    "Version {version} is not the latest proof; the customer must see version {newest}.",
                    version=proof.version,
                    newest=newest,
                )
            )
        standing = active_approval(order)
        if standing is not None and decision in APPROVING and standing.proof_id == proof.id:
            raise Conflict(
                t(
                    "Version {version} of {number} was already approved by {name} at {time} UTC; nothing was "
                    "recorded twice.",
                    version=standing.proof.version,
                    number=order.number,
                    name=standing.customer_name,
                    time=f"{standing.created_at:%H:%M}",
                )
            )
        step = Step.APPROVAL if decision in APPROVING else Step.CHANGES
        check_step(order, step)
        if not shows_current_artwork(proof):
            raise UserError(
                t(
                    "The artwork of {number} changed after version {version} was made; make a new proof version "
                    "and show that one to the customer.",
                    number=order.number,
                    version=proof.version,
                )
            )
        if not shows_current_spec(proof):
            raise UserError(
                t(
                    "The specification of {number} changed after version {version} was made; make a new proof "
                    "version and show that one to the customer.",
                    number=order.number,
                    version=proof.version,
                )
            )
        acknowledged_record = acknowledged_json(proof, acknowledged, decision in APPROVING, lang)
        markup_blob = None
        if marks:
            kept = checked_marks(marks, proof.pages)
            markup_blob = put_blob(markup_json(order.number, proof.version, kept), MARKUP_TYPE).sha256
        strokes_blob = image_blob = evidence_blob = None
        if strokes:
            strokes_blob = put_blob(strokes_to_json(strokes), "application/json").sha256
            image_blob = put_blob(render_signature(strokes), "image/png").sha256
        if evidence is not None:
            kind = {ApprovalMethod.EMAIL: "message/rfc822", ApprovalMethod.LINK: "application/json"}.get(
                method, "application/octet-stream"
            )
            evidence_blob = put_blob(evidence.data, kind).sha256
        record = Approval(
            order=order,
            proof=proof,
            method=method,
            decision=decision,
            checklist=json.dumps(
                [
                    {"key": k, "label": vocabulary.name("checklist", k, lang), "checked": bool(checklist.get(k))}
                    for k in CHECKLIST
                ],
                ensure_ascii=False,
            ),
            terms=terms(lang),
            signature_strokes=strokes_blob,
            signature_image=image_blob,
            evidence=evidence_blob,
            acknowledged=acknowledged_record,
            markup=markup_blob,
            staff=actor.staff_id,
            workstation=actor.workstation,
            created_at=now(),
            utc_offset=utc_offset_now(),
        )
        personal = {
            "customer_name": customer_name,
            "changes": changes,
            "evidence_name": clean_filename(evidence.filename) if evidence else "",
            "note": note,
        }
        sealing.seal(
            actor,
            record,
            personal=personal,
            order=order,
            payload={"decision": decision, "version": proof.version},
            before_event=lambda r: advance(actor, order, step, approval=r.id),
        )
    return record


def void_approval(actor: Actor, approval_id: int, reason: str) -> ApprovalVoid:
    """The owner voids an approval with a reason; the order goes back to proofing."""
    require(actor, Role.OWNER, action="void an approval")
    reason = clean_text(reason, "reason", required=True, max_len=2000)
    with write():
        approval = Approval.get_or_none(Approval.id == approval_id)
        if approval is None:
            raise NotFound(t("There is no approval {approval_id}.", approval_id=approval_id))
        lock_order(approval.order_id)
        if ApprovalVoid.select().where(ApprovalVoid.approval == approval).exists():
            raise Conflict(t("This approval is already void."))
        order = Order.get_by_id(approval.order_id)
        check_step(order, Step.VOID)
        standing = active_approval(order)
        if standing is None or standing.id != approval.id:
            raise UserError(
                t(
                    "Approval {approval_id} no longer stands (a later version or record replaced it); "
                    "there is nothing to void.",
                    approval_id=approval.id,
                )
            )
        void = ApprovalVoid(
            approval=approval,
            staff=actor.staff_id,
            workstation=actor.workstation,
            created_at=now(),
            utc_offset=utc_offset_now(),
        )
        sealing.seal(
            actor,
            void,
            personal={"reason": reason},
            order=order,
            payload={"approval": approval.id},
            before_event=lambda v: advance(actor, order, Step.VOID, void=v.id),
        )
    return void


def void_standing_approval(actor: Actor, number: str, reason: str) -> tuple[Approval, ApprovalVoid]:
    """The owner voids the order's approval that stands (the one production would follow)."""
    require(actor, Role.OWNER, action="void an approval")
    order = find_order(number, actor)
    standing = active_approval(order)
    if standing is None:
        raise UserError(t("Order {number} has no approval that stands.", number=order.number))
    return standing, void_approval(actor, standing.id, reason)
