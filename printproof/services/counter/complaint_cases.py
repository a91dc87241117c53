"""A complaint is a case (issue 25): a number of its own at once, a day by which the shop answers, and an
acknowledgement the customer takes home or gets by e-mail — what was recorded in their words, how many photos,
the case number and the answer date.

The number comes from its own series per year (``R-2026-0012``), drawn in the complaint's own transaction, so it
is never reused, and the audit chain notes it with the answer date. The answer date is a number of working days
after the day of recording (Settings), the public holidays of the shop's state left out
(:mod:`printproof.domain.answer_dates`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from typing import Any

from peewee import fn

from ...domain import vocabulary
from ...domain.addresses import is_email
from ...domain.answer_dates import answer_by
from ...domain.enums import Role
from ...domain.errors import NotFound, UserError
from ...domain.i18n import t
from ...domain.letters import fill
from ...domain.money import format_amount
from ...domain.texts import document_date, raw_text, record_time, tr
from ...smtp import deliver
from ...store.db import lock_order, write
from ...store.models import ComplaintCase, Customer, Dispute, DisputeDecision, DisputePhoto, Order
from ...store.settings import get_setting
from ..core import audit
from ..core.context import Actor, require
from ..core.customers import digest
from ..core.orders import refuse_erased
from ..core.restriction import check_visible
from ..core.shop import customer_language
from .complaint_numbers import open_case as open_case  # re-exported: disputes draws the number there


@dataclass(frozen=True)
class CaseRow:
    """One open case in the owner's queue."""

    number: str
    dispute_id: int
    order: str
    customer: str
    category: str
    recorded_at: datetime
    answer_by: date
    photos: int

    def days_left(self, today: date | None = None) -> int:
        return (self.answer_by - (today or date.today())).days

    @property
    def overdue(self) -> bool:
        return self.days_left() < 0


def open_cases(actor: Actor) -> list[CaseRow]:
    """The complaints not yet decided, the one due first on top (so every overdue case leads)."""
    require(actor, Role.OWNER, action="see the open complaints")
    decided = DisputeDecision.select(DisputeDecision.dispute)
    rows = (
        ComplaintCase.select(ComplaintCase, Dispute, Order)
        .join(Dispute)
        .join(Order)
        .where(Dispute.id.not_in(decided))
        .order_by(ComplaintCase.answer_by, ComplaintCase.number)
    )
    found = []
    for case in rows:
        dispute = case.dispute
        order = dispute.order
        customer = order.customer
        photos = DisputePhoto.select().where(DisputePhoto.dispute == dispute).count()
        found.append(
            CaseRow(
                case.number,
                dispute.id,
                order.number,
                customer.name + (f" – {customer.company}" if customer.company else ""),
                dispute.category,
                dispute.created_at,
                case.answer_by,
                photos,
            )
        )
    return found


def case_of(dispute_id: int, viewer: Actor | None) -> ComplaintCase:
    case = ComplaintCase.get_or_none(ComplaintCase.dispute == dispute_id)
    if case is None:
        raise NotFound(
            t("Complaint {dispute_id} has no case number (it was recorded before cases).", dispute_id=dispute_id)
        )
    check_visible(case.dispute.order, viewer)
    return case


@dataclass(frozen=True)
class Replacement:
    case: str
    number: str
    due: date


def make_replacement(actor: Actor, dispute_id: int) -> Replacement:
    """The owner decided "reprint at the shop's cost": the replacement order in one step — same customer,
    specification and approved artwork, due within the answer days, linked to the case, its first proof made."""
    from ..proofing.reorders import reorder

    require(actor, Role.OWNER, action="make a replacement order")
    case = case_of(dispute_id, actor)
    decision = DisputeDecision.select().where(DisputeDecision.dispute == case.dispute).first()
    if decision is None or decision.outcome != "reprint_shop_cost":
        raise UserError(t("Complaint {case} was not decided as a reprint at the shop's cost.", case=case.number))
    days = int(get_setting("complaints.answer_days") or 3)
    due = answer_by(date.today(), days, str(get_setting("shop.state") or ""))
    # One write claims the case and makes the order: two workstations pressing at the same moment made two
    # replacements. The first proof is drawn after it, outside the lock every workstation's writes share.
    with write():
        lock_order(case.dispute.order_id)
        fresh = ComplaintCase.get_by_id(dispute_id)
        if fresh.replacement is not None:
            raise UserError(
                t(
                    "Complaint {case} already has its replacement order {number}.",
                    case=case.number,
                    number=fresh.replacement.number,
                )
            )
        made = reorder(actor, case.dispute.order.number, due=due, with_proof=False)
        replacement = Order.get(Order.number == made.number)
        ComplaintCase.update(replacement=replacement.id).where(ComplaintCase.dispute == dispute_id).execute()
        audit.append(
            actor,
            "complaint.replacement",
            order=case.dispute.order,
            subject=f"dispute:{dispute_id}",
            payload={"case": case.number, "replacement": made.number, "due": due.isoformat()},
        )
    from ..proofing.proofs import make_proof

    make_proof(actor, made.number)
    return Replacement(case.number, made.number, due)


def dispute_of_decision(decision_id: int, viewer: Actor | None) -> int:
    """The complaint a decision answered (the copy dialog of a decision offers the answer letter)."""
    decision = DisputeDecision.get_or_none(DisputeDecision.id == decision_id)
    if decision is None:
        raise NotFound(t("There is no decision {decision_id}.", decision_id=decision_id))
    check_visible(decision.dispute.order, viewer)
    return int(decision.dispute_id)


def customer_email(dispute_id: int, viewer: Actor | None) -> str:
    """The address the acknowledgement would go to (the order's customer's), or ""."""
    return str(case_of(dispute_id, viewer).dispute.order.customer.email or "")


@dataclass(frozen=True)
class Acknowledgement:
    """What the customer is given when a complaint is recorded: the letter's text, its PDF, the case."""

    case: str
    order: str
    answer_by: date
    subject: str
    text: str
    pdf: bytes


def acknowledgement(actor: Actor, dispute_id: int) -> Acknowledgement:
    """The acknowledgement of a recorded complaint in the shop's language: a signed one-page PDF and its text."""
    require(actor, action="make a complaint's acknowledgement")
    case = case_of(dispute_id, actor)
    dispute = case.dispute
    order = dispute.order
    refuse_erased(order, t("its complaint's acknowledgement cannot be made again (the customer's words are erased)"))
    lang = customer_language(order)
    shop = str(get_setting("shop.name") or "")
    photos = DisputePhoto.select().where(DisputePhoto.dispute == dispute).count()
    name = order.customer.name or order.customer.company
    recorded = dispute.created_at
    paragraphs = [
        tr(lang, "ack_greeting", name=name) if name else tr(lang, "ack_greeting_plain"),
        tr(lang, "ack_recorded", number=order.number, date=document_date(lang, recorded.date()), case=case.number),
        tr(lang, "ack_words"),
        f"„{dispute.customer_words}“" if lang == "de" else f"“{dispute.customer_words}”",
        tr(lang, "ack_photos", count=photos) if photos else tr(lang, "ack_no_photos"),
        tr(lang, "ack_answer_by", date=document_date(lang, case.answer_by)),
        tr(lang, "ack_closing", shop=shop),
    ]
    subject = tr(lang, "ack_subject", case=case.number, number=order.number)
    text = "\n\n".join(paragraphs)
    from ..documents.letter_pdf import render_letter
    from ..evidence.signing import sign_pdf

    pdf = render_letter(
        shop_name=shop,
        shop_address=str(get_setting("shop.address") or ""),
        title=subject,
        facts=[
            (tr(lang, "case_number"), case.number),
            (tr(lang, "order"), order.number),
            (tr(lang, "recorded_on"), document_date(lang, recorded.date())),
            (tr(lang, "answer_by"), document_date(lang, case.answer_by)),
        ],
        paragraphs=paragraphs,
    )
    return Acknowledgement(case.number, order.number, case.answer_by, subject, text, sign_pdf(pdf, shop, subject))


def _mail_letter(server: dict[str, object], to: str, subject: str, text: str, pdf: bytes, case: str) -> None:
    """One letter to the customer: its text as the body, the signed PDF attached as ``<case>.pdf``."""
    shop = str(get_setting("shop.name") or "PrintProof")
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = formataddr((shop, str(server["sender"])))
    message["To"] = to
    message["Message-ID"] = make_msgid(domain=str(server["sender"]).partition("@")[2] or None)
    message.set_content(text + "\n")
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{case}.pdf")
    deliver(message, server)


def send_acknowledgement(actor: Actor, dispute_id: int, to: str) -> Acknowledgement:
    """E-mail the acknowledgement (text and signed PDF) to the customer; the chain notes it, not the address."""
    from .mail import _server

    require(actor, action="make a complaint's acknowledgement")
    case_of(dispute_id, actor)  # a restricted order is refused before anything else is said
    to = to.strip()
    if not is_email(to):
        raise UserError(t("“{address}” is not an e-mail address.", address=to))
    server = _server()
    made = acknowledgement(actor, dispute_id)
    _mail_letter(server, to, made.subject, made.text, made.pdf, made.case)
    case = ComplaintCase.get_by_id(dispute_id)
    note_acknowledged(actor, dispute_id, "email", digest(case.dispute.order.customer, to))
    return made


def note_acknowledged(actor: Actor, dispute_id: int, channel: str, to_digest: str = "") -> None:
    """The chain notes that the customer was given the acknowledgement (printed, or e-mailed: the address's
    keyed digest, never the address)."""
    require(actor, action="make a complaint's acknowledgement")
    if channel not in ("printed", "email"):
        raise UserError(t("Unknown way of handing over: {channel}.", channel=channel))
    case = case_of(dispute_id, actor)
    payload = {"case": case.number, "channel": channel, **({"to_digest": to_digest} if to_digest else {})}
    with write():
        audit.append(
            actor, "complaint.acknowledged", order=case.dispute.order, subject=f"dispute:{dispute_id}", payload=payload
        )


@dataclass(frozen=True)
class Letter:
    """The owner's answer to a complaint: its text, and the signed PDF (with the approval certificate after it
    where the complaint is declined on the approval's evidence)."""

    case: str
    order: str
    subject: str
    text: str
    pdf: bytes
    declined: bool


def standard_letter(lang: str) -> str:
    """The answer letter as PrintProof writes it when the owner wrote none, in ``lang``, placeholders kept: the
    same for every outcome (what differs is filled in), and the text the owner's own wording starts from."""
    return "\n\n".join(
        ["{greeting}", raw_text(lang, "letter_checked"), "{statement}", "{next}", "{attachment}"]
        + [raw_text(lang, "letter_closing")]
    )


def decision_letter(actor: Actor, dispute_id: int) -> Letter:
    """The letter that answers a decided complaint, in the shop's language: courteous, clear, firm.

    Declined (the delivery matches the approval): the evidence in plain words — the version approved, when and
    how, the checklist as ticked, the findings acknowledged, the terms, the press colours, the hand-over — and the
    certificate attached. Where the shop is at fault: an apology and what happens next. The owner's reason is
    quoted in both; nothing else is invented (no legal advice).
    """
    from ..proofing.proofs import active_approval
    from .pickup_facts import order_facts

    require(actor, Role.OWNER, action="write the answer to a complaint")
    case = case_of(dispute_id, actor)
    dispute = case.dispute
    decision = DisputeDecision.select().where(DisputeDecision.dispute == dispute).first()
    if decision is None:
        raise UserError(t("Complaint {case} is not decided yet; decide it first.", case=case.number))
    order = dispute.order
    refuse_erased(order, t("the answer to its complaint cannot be written again (the customer's data is erased)"))
    lang = customer_language(order)
    shop = str(get_setting("shop.name") or "")
    approval = active_approval(order)
    facts = order_facts(order, approval)
    name = order.customer.name or order.customer.company
    # The statement follows whether the delivery matches the approval; the next step follows the outcome. A
    # goodwill gesture on a delivery that matched never reads as an admission of fault.
    declined = decision.matches_approval == "yes" and approval is not None
    replacement = case.replacement if decision.outcome == "reprint_shop_cost" else None
    due = document_date(lang, replacement.due) if replacement is not None and replacement.due else ""
    # A discount or a refund names its amount (decided since schema 14); one decided before says it is agreed.
    amount = format_amount(decision.amount_cents, lang) if decision.amount_cents is not None else ""
    if amount and decision.outcome in ("discount", "refund"):
        next_text = tr(lang, f"letter_next_{decision.outcome}_amount", amount=amount)
    elif replacement is not None:
        next_text = tr(lang, "letter_next_replacement", number=replacement.number, date=due)
    else:
        next_text = tr(
            lang,
            {
                "reprint_shop_cost": "letter_next_reprint",
                "discount": "letter_next_discount",
                "refund": "letter_next_refund",
                "new_proof_customer_cost": "letter_next_new_proof",
                "customer_pays": "letter_next_pays",
            }[decision.outcome],
        )
    statement: list[str] = []
    if declined and approval is not None:
        signed = approval.method in ("on_screen", "link")
        statement.append(tr(lang, "letter_matches"))
        statement.append(
            tr(
                lang,
                "letter_approved" if signed else "letter_approved_told",
                date=record_time(lang, approval.created_at, approval.utc_offset),
                version=approval.proof.version,
                how=vocabulary.name("method", approval.method, lang),
                name=approval.customer_name,
            )
        )
        ticked = [label for label, done in facts.checklist if done]
        if ticked:
            statement.append(tr(lang, "letter_ticked" if signed else "letter_ticked_told", items="; ".join(ticked)))
        acknowledged = [text for text, done in facts.acknowledged if done]
        if acknowledged:
            statement.append(tr(lang, "letter_acknowledged", items=" ".join(acknowledged)))
        if facts.press_profile:
            statement.append(tr(lang, "letter_colours", profile=facts.press_profile))
        if facts.terms:
            statement.append(tr(lang, "letter_terms" if signed else "letter_terms_told", terms=facts.terms))
        for handover in facts.handovers[:1]:
            day = document_date(lang, handover.at.date())
            statement.append(tr(lang, "letter_handover", date=day, name=handover.collected_by))
        statement.append(tr(lang, "letter_reason", reason=decision.reason))
        # A goodwill gesture on a delivery that matched never reads as an admission of fault.
        goodwill = {
            "reprint_shop_cost": "letter_goodwill_reprint",
            "discount": "letter_goodwill_discount",
            "refund": "letter_goodwill_refund",
        }.get(decision.outcome)
        if goodwill and amount and decision.outcome in ("discount", "refund"):
            next_text = tr(lang, f"{goodwill}_amount", amount=amount)
        elif goodwill and replacement is None:
            next_text = tr(lang, goodwill)
        elif goodwill:
            next_text = f"{tr(lang, goodwill)} {next_text}"
    else:
        sorry = "letter_sorry_partly" if decision.matches_approval == "partly" else "letter_sorry"
        statement.append(tr(lang, sorry, reason=decision.reason))
    template = str(get_setting(f"letter.{lang}.{decision.outcome}") or "") or standard_letter(lang)
    paragraphs = fill(
        template,
        {
            "greeting": tr(lang, "ack_greeting", name=name) if name else tr(lang, "ack_greeting_plain"),
            "name": name,
            "case": case.number,
            "number": order.number,
            "product": order.product,
            "statement": "\n\n".join(statement),
            "reason": decision.reason,
            "next": next_text,
            "amount": amount,
            "replacement": replacement.number if replacement is not None else "",
            "due": due,
            "attachment": tr(lang, "letter_certificate") if declined else "",
            "shop": shop,
        },
    )
    subject = tr(lang, "letter_subject", case=case.number, number=order.number)
    from ..documents.certificate_pdf import append_pdf
    from ..documents.letter_pdf import render_letter
    from ..evidence.signing import sign_pdf

    pdf = render_letter(
        shop_name=shop,
        shop_address=str(get_setting("shop.address") or ""),
        title=subject,
        facts=[
            (tr(lang, "case_number"), case.number),
            (tr(lang, "order"), order.number),
            (tr(lang, "recorded_on"), document_date(lang, dispute.created_at.date())),
            (tr(lang, "decided_on"), document_date(lang, decision.created_at.date())),
        ],
        paragraphs=paragraphs,
    )
    if declined and approval is not None:
        from ..evidence.certificates import certificate_pages

        pdf = append_pdf(pdf, certificate_pages(approval))
    return Letter(case.number, order.number, subject, "\n\n".join(paragraphs), sign_pdf(pdf, shop, subject), declined)


def send_decision_letter(actor: Actor, dispute_id: int, to: str) -> Letter:
    """E-mail the answer (its text, the signed PDF) to the customer; the chain notes it with the address's digest."""
    from .mail import _server

    require(actor, Role.OWNER, action="write the answer to a complaint")
    case_of(dispute_id, actor)
    to = to.strip()
    if not is_email(to):
        raise UserError(t("“{address}” is not an e-mail address.", address=to))
    server = _server()
    letter = decision_letter(actor, dispute_id)
    _mail_letter(server, to, letter.subject, letter.text, letter.pdf, letter.case)
    case = ComplaintCase.get_by_id(dispute_id)
    with write():
        audit.append(
            actor,
            "complaint.letter",
            order=case.dispute.order,
            subject=f"dispute:{dispute_id}",
            payload={"case": letter.case, "channel": "email", "to_digest": digest(case.dispute.order.customer, to)},
        )
    return letter


@dataclass(frozen=True)
class MonthFigures:
    """How the complaints recorded in one month went."""

    month: str  # "2026-11"
    recorded: int
    by_category: dict[str, int]
    justified: int  # decided: the delivery did not (or only partly) match the approval
    declined: int  # decided: it matched
    open: int
    answered_late: int  # decided after the promised answer date (or still open past it)
    mean_days_to_answer: float | None
    reprints: int = 0  # decided as a reprint at the shop's cost
    discounts_cents: int = 0  # the discounts given, in euro cents (decided since schema 14)
    refunds_cents: int = 0  # the refunds, in euro cents


def statistics(actor: Actor) -> list[MonthFigures]:
    """What the owner learns from the complaints, month by month (newest first): how many, of which kind,
    justified or not, how fast answered, what they cost (reprints, discounts, refunds). Complaints recorded before
    case numbers have no answer date; decisions before schema 14 no amount."""
    require(actor, Role.OWNER, action="see the complaints' figures")
    decisions = {d.dispute_id: d for d in DisputeDecision.select()}
    answer_by_of = {c.dispute_id: c.answer_by for c in ComplaintCase.select()}
    months: dict[str, list[Dispute]] = {}
    for dispute in Dispute.select().order_by(Dispute.created_at):
        months.setdefault(f"{dispute.created_at:%Y-%m}", []).append(dispute)
    today = date.today()
    figures = []
    for month, disputes in sorted(months.items(), reverse=True):
        categories: dict[str, int] = {}
        justified = declined = still_open = late = reprints = discounts = refunds = 0
        days: list[float] = []
        for dispute in disputes:
            categories[dispute.category] = categories.get(dispute.category, 0) + 1
            decision = decisions.get(dispute.id)
            due = answer_by_of.get(dispute.id)
            if decision is None:
                still_open += 1
                late += int(due is not None and due < today)
                continue
            if decision.matches_approval == "yes":
                declined += 1
            else:
                justified += 1
            days.append((decision.created_at - dispute.created_at).total_seconds() / 86400)
            reprints += int(decision.outcome == "reprint_shop_cost")
            discounts += (decision.amount_cents or 0) if decision.outcome == "discount" else 0
            refunds += (decision.amount_cents or 0) if decision.outcome == "refund" else 0
            late += int(due is not None and decision.created_at.date() > due)
        figures.append(
            MonthFigures(
                month,
                len(disputes),
                dict(sorted(categories.items())),
                justified,
                declined,
                still_open,
                late,
                round(sum(days) / len(days), 1) if days else None,
                reprints,
                discounts,
                refunds,
            )
        )
    return figures


def statistics_csv(actor: Actor) -> str:
    """The figures as CSV (one row per month; one column per category), for a spreadsheet."""
    import csv
    import io

    from ...domain.enums import DisputeCategory

    figures = statistics(actor)
    out = io.StringIO()
    writer = csv.writer(out)
    categories = [c.value for c in DisputeCategory]
    writer.writerow(
        [
            "month",
            "recorded",
            *categories,
            "justified",
            "declined",
            "open",
            "answered_late",
            "mean_days_to_answer",
            "reprints",
            "discounts_eur",
            "refunds_eur",
        ]
    )
    for f in figures:
        writer.writerow(
            [
                f.month,
                f.recorded,
                *(f.by_category.get(c, 0) for c in categories),
                f.justified,
                f.declined,
                f.open,
                f.answered_late,
                "" if f.mean_days_to_answer is None else f.mean_days_to_answer,
                f.reprints,
                f"{f.discounts_cents / 100:.2f}",
                f"{f.refunds_cents / 100:.2f}",
            ]
        )
    return out.getvalue()


@dataclass(frozen=True)
class EmailComplaint:
    """A complaint that arrived in writing, read from the customer's e-mail: the order it names (or the sender's
    latest delivered order), the customer's words, the photos attached, and what could not be taken over.

    ``found_by``: "number" (named, and the sender is the order's customer), "number_only" (named, but the sender
    is not the order's customer: the counter checks before saving), "sender" (no number; the sender's latest
    delivered order)."""

    number: str
    words: str
    photos: list[Any]  # disputes.Photo
    sender: str
    left_out: list[str]  # attachments that are not photos PrintProof reads
    found_by: str = "number"


MAX_EMAIL = 60_000_000
_QUOTE_STARTS = (
    "-----original message-----",
    "-----ursprüngliche nachricht-----",
    "________________________________",
)


def _body_text(message: Any) -> str:
    """The customer's own words: the plain text (or the HTML as text), without the quoted earlier mail, the
    client's "On … wrote:" line and the signature."""
    import html
    import re

    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        text = str(part.get_content())
    except (LookupError, ValueError):  # an unknown charset: the bytes as well as they read
        text = part.get_payload(decode=True).decode("utf-8", "replace")
    if part.get_content_type() == "text/html":
        text = re.sub(r"(?is)<(script|style|blockquote)\b.*?</\1>", " ", text)
        text = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    kept = []
    for line in text.splitlines():
        bare = line.strip()
        low = bare.lower()
        if bare == "--" or low.startswith(_QUOTE_STARTS):
            break  # the signature, or the earlier mail quoted below
        if re.match(r"^(am|on) .{4,120} (schrieb|wrote)\b.*:$", low):
            break  # "Am 01.12. schrieb …:" / "On … wrote:" — the quoted mail follows
        if bare.startswith(">"):
            continue
        kept.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def read_complaint_email(data: bytes, viewer: Actor) -> EmailComplaint:
    """Read a complaint from an e-mail (an ``.eml`` file): the order named in its subject or text (an order
    number, never a date), else the latest delivered order of the sender's address; one sentence when neither
    is found. Whether the sender is the order's customer is said (``found_by``)."""
    import email
    import re
    from email import policy
    from email.utils import parseaddr

    from ..artwork.imaging import check_photo
    from ..core.orders import find_order
    from ..core.restriction import hidden_customers
    from .disputes import MAX_PHOTOS, Photo

    require(viewer, action="record a complaint")
    if not data or len(data) > MAX_EMAIL:
        raise UserError(t("This is not an e-mail PrintProof can read (empty, or larger than 60 MB)."))
    try:
        message = email.message_from_bytes(data, policy=policy.default)
        subject = str(message.get("Subject", "") or "")
        sender = parseaddr(str(message.get("From", "") or ""))[1]
        words = _body_text(message)
    except (ValueError, TypeError, LookupError) as exc:
        raise UserError(t("This is not an e-mail PrintProof can read.")) from exc
    if not message.get("From") and not subject and not words:
        raise UserError(t("This is not an e-mail PrintProof can read."))
    number, found_by = "", "number"
    # An order number as PrintProof gives them (2026-00012); a date such as 2026-03-15 is none.
    for candidate in re.findall(r"(?<![\d.-])\d{4}-\d{1,6}(?![\d.-])", f"{subject}\n{words}"):
        try:
            order = find_order(candidate, viewer)
        except UserError:
            continue
        number = order.number
        if not sender or (order.customer.email or "").lower() != sender.lower():
            found_by = "number_only"
        break
    if not number and sender:
        hidden = hidden_customers(viewer)
        query = (
            Order.select(Order.number)
            .join(Customer)
            .where(
                (fn.LOWER(Customer.email) == sender.lower())
                & Order.status.in_(("picked_up", "disputed", "resolved"))
                & Order.erased_at.is_null()
            )
        )
        if hidden:
            query = query.where(Order.customer.not_in(sorted(hidden)))
        delivered = query.order_by(Order.id.desc()).first()
        if delivered is not None:
            number, found_by = delivered.number, "sender"
    if not number:
        said = t("The e-mail names no order of this shop, and its sender {sender} has none delivered.", sender=sender)
        raise UserError(said)
    photos: list[Any] = []
    left_out: list[str] = []
    for part in message.walk():  # attachments and pictures placed in the text alike
        if part.is_multipart() or part is message.get_body(preferencelist=("plain", "html")):
            continue
        name = part.get_filename() or ("photo" if part.get_content_maintype() == "image" else "")
        if not name:
            continue
        try:
            raw = part.get_payload(decode=True)
            payload = raw if isinstance(raw, bytes) else b""
            check_photo(payload, name)
        except (UserError, LookupError, ValueError):
            left_out.append(name)
            continue
        if len(photos) >= MAX_PHOTOS:
            left_out.append(name)
            continue
        photos.append(Photo(name, payload))
    return EmailComplaint(number, words[:5000], photos, sender, left_out, found_by)
