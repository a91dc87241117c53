"""The customer's copy: at approval, hand-over and the owner's decision, evidence the shop cannot rewrite.

The copy (A4, or an 80 mm receipt) shows what was recorded and carries, as text and as a QR code, the
record's hash, its place in the audit chain (the event that sealed it) and the chain head's hash at that
moment. Because every event's hash covers the one before, a later removal or change of that record — or of
anything before it — no longer matches the copy: :func:`check_copy_code` (``printproof identify``) says so.
A sealed :class:`CustomerCopy` notes that a copy was printed or sent (channel, the copy's own SHA-256, the
head it carries, and the address an e-mail went to).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import secrets
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from ...domain import vocabulary
from ...domain.errors import NotFound, UserError
from ...domain.i18n import t
from ...domain.money import outcome_with_amount
from ...domain.texts import record_time, side_label, tr
from ...domain.units import mm_to_pt
from ...store.db import write
from ...store.migrations import now
from ...store.models import Approval, AuditEvent, ComplaintLink, CustomerCopy, DisputeDecision, Order, Pickup
from ...store.settings import get_setting
from ..core.context import Actor, require, utc_offset_now
from ..core.restriction import check_visible
from ..core.sealing import seal
from ..core.shop import customer_language, language
from ..documents.proof_pdf import draw_qr
from ..documents.styles import (
    BODY_SIZE,
    HEADING_SIZE,
    INK,
    LEAD_SIZE,
    NAME_SIZE,
    SANS,
    SANS_BOLD,
    SMALL_SIZE,
    register_fonts,
)
from .chain_anchors import ChainHead, chain_head

CODE_KIND = "PRINTPROOF-COPY"
RECEIPT_MM = 80.0
KINDS = {"approval": Approval, "pickup": Pickup, "dispute_decision": DisputeDecision}
CHANNELS = ("printed_a4", "printed_receipt", "email", "certificate_email")


@dataclass(frozen=True)
class CopyFacts:
    """What a copy shows and carries (plain data)."""

    subject: str  # "approval:17"
    order: str
    kind: str
    record_sha256: str
    position: int  # the event that sealed the record
    head: ChainHead
    rows: list[tuple[str, str]]
    made_at: datetime
    pictures: list[tuple[str, bytes]] = field(default_factory=list)  # (caption, PNG or JPEG): sides, signature
    complain_url: str = ""  # the way to complain by link through the shop's portal (issue 25), when paired

    @property
    def code(self) -> str:
        """``PRINTPROOF-COPY|order|subject|record sha256|position|head seq|head hash`` — the QR code's text."""
        return "|".join(
            [
                CODE_KIND,
                self.order,
                self.subject,
                self.record_sha256,
                str(self.position),
                str(self.head.seq),
                self.head.hash,
            ]
        )


def _record(subject: str, viewer: Actor | None = None, *, checked: bool = True) -> tuple[str, Any]:
    kind, _, ident = subject.partition(":")
    model = KINDS.get(kind)
    record = model.get_or_none(model.id == int(ident)) if model is not None and ident.isdigit() else None
    if record is None:
        raise NotFound(t("There is no record {subject} to make a copy of.", subject=subject))
    if checked:  # a restricted order's records (GDPR Art. 18) for the owner only
        check_visible(record.dispute.order if kind == "dispute_decision" else record.order, viewer)
    return kind, record


def position_of(subject: str, sha: str) -> int:
    """The seq of the event that sealed ``subject`` with hash ``sha`` (its place in the audit chain)."""
    for event in AuditEvent.select(AuditEvent.seq, AuditEvent.payload).where(AuditEvent.subject == subject):
        if json.loads(event.payload).get("content_sha256") == sha:
            return int(event.seq)
    raise UserError(t("The record {subject} is not sealed in the audit chain; run verify.", subject=subject))


def copy_facts(subject: str, lang: str | None = None) -> CopyFacts:
    """What the customer's copy of ``subject`` shows, with the chain head as it is now."""
    lang = lang or language()

    def words(key: str, **values: object) -> str:
        return copy_word(lang, key, **values)

    kind, record = _record(subject, checked=False)  # callers checked who asks
    when = record_time(lang, record.created_at, record.utc_offset)
    if kind == "approval":
        order = record.order
        rows = [
            (words("version"), str(record.proof.version)),
            (words("decision"), vocabulary.name("decision", record.decision, lang)),
            (words("by"), record.customer_name),
            (words("method"), vocabulary.name("method", record.method, lang)),
            (words("when"), when),
        ]
        if record.changes:
            rows.append((words("changes"), record.changes))
        rows += _spec_rows(lang, record.proof)
        pictures = _side_pictures(lang, record.proof)
        pictures += _signature(lang, record.signature_image_id, words("signature"))
    elif kind == "pickup":
        order = record.order
        handed = order.quantity if record.quantity is None else record.quantity
        rows = [
            (tr(lang, "product"), order.product),
            (words("quantity"), words("quantity_of", count=handed, ordered=order.quantity)),
            (words("handed_to"), record.customer_name),
            (words("when"), when),
        ]
        if record.condition:
            rows.append((words("condition"), record.condition))
        if record.approval_id:
            rows.insert(0, (words("version"), str(record.approval.proof.version)))
        pictures = _signature(lang, record.signature_image_id, words("receipt_signature"))
    else:
        order = record.dispute.order
        pictures = []
        rows = [
            (words("outcome"), outcome_with_amount(record.outcome, record.amount_cents, lang)),
            (words("matches"), vocabulary.name("matches", record.matches_approval, lang)),
            (words("reason"), record.reason),
            (words("when"), when),
        ]
    return CopyFacts(
        subject,
        order.number,
        kind,
        record.content_sha256,
        position_of(subject, record.content_sha256),
        chain_head(),
        rows,
        now(),
        pictures,
    )


def _spec_rows(lang: str, proof: Any) -> list[tuple[str, str]]:
    """The job as the approved proof specified it (its snapshot, not the order as it may read later)."""
    from ...domain.spec import JobSpec

    spec = JobSpec.from_dict(json.loads(proof.spec))
    return [
        (tr(lang, "product"), spec.product),
        (tr(lang, "finished_size"), spec.size_label),
        (tr(lang, "quantity"), str(spec.quantity)),
        (tr(lang, "stock"), spec.stock or "–"),
        (tr(lang, "colors"), spec.colors),
    ]


def _side_pictures(lang: str, proof: Any) -> list[tuple[str, bytes]]:
    """Small pictures of the sides the approved proof showed (none once erased)."""
    from ...store.blobs import blob_bytes
    from ...store.models import Artwork

    ids = [int(i) for i in json.loads(proof.artwork_ids or "[]")]
    sides = Artwork.select().where(Artwork.id.in_(ids)).order_by(Artwork.side) if ids else []
    out = []
    for side in list(sides)[:2]:
        data = blob_bytes(side.thumbnail_id)
        if data:
            out.append((side_label(lang, side.side), data))
    return out


def _signature(lang: str, sha256: str | None, caption: str) -> list[tuple[str, bytes]]:
    from ...store.blobs import blob_bytes

    data = blob_bytes(sha256) if sha256 else b""
    return [(caption, data)] if data else []


def copy_word(lang: str, key: str, **values: object) -> str:
    """A word of the customer's copy in ``lang`` (the title of each kind of copy: ``approval``, ``pickup``, …)."""
    return tr(lang, "order" if key == "order" else f"copy_{key}", **values)


def _wrap(c: canvas.Canvas, text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for paragraph in str(text).splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            while c.stringWidth(word, font, size) > width:  # a hash: cut where the width ends
                cut = max(1, int(len(word) * width / c.stringWidth(word, font, size)))
                if line:
                    lines.append(line)
                    line = ""
                lines.append(word[:cut])
                word = word[cut:]
            trial = f"{line} {word}".strip()
            if c.stringWidth(trial, font, size) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def _lines(c: canvas.Canvas, facts: CopyFacts, lang: str, width: float, scale: float) -> list[tuple[str, float, str]]:
    """The copy's text as (font, size, line), wrapped to ``width``."""
    out: list[tuple[str, float, str]] = []

    def words(key: str, **values: object) -> str:
        return copy_word(lang, key, **values)

    def add(text: str, font: str = SANS, size: float = BODY_SIZE) -> None:
        out.extend((font, size * scale, line) for line in _wrap(c, text, font, size * scale, width))

    add(str(get_setting("shop.name")), SANS_BOLD, HEADING_SIZE)
    address = str(get_setting("shop.address"))
    if address:
        add(address.replace("\n", ", "), SANS, SMALL_SIZE)
    out.append((SANS, 6 * scale, ""))
    add(words(facts.kind), SANS_BOLD, NAME_SIZE)
    add(f"{words('order')} {facts.order}", SANS_BOLD, LEAD_SIZE)
    out.append((SANS, 4 * scale, ""))
    for key, value in facts.rows:
        add(f"{key}: {value}")
    out.append((SANS, 6 * scale, ""))
    add(f"{words('record')}: {facts.record_sha256}", SANS, SMALL_SIZE)
    add(f"{words('position')}: {words('event', seq=facts.position)}", SANS, SMALL_SIZE)
    add(f"{words('head')}: {words('event', seq=facts.head.seq)}, SHA-256 {facts.head.hash}", SANS, SMALL_SIZE)
    add(f"{words('made')}: {record_time(lang, facts.made_at, utc_offset_now())}", SANS, SMALL_SIZE)
    out.append((SANS, 4 * scale, ""))
    add(words("keep"), SANS, SMALL_SIZE)
    if facts.complain_url:
        out.append((SANS, 4 * scale, ""))
        add(words("complain", url=facts.complain_url), SANS, SMALL_SIZE)
    return out


def render_copy(facts: CopyFacts, fmt: str = "a4", lang: str | None = None) -> bytes:
    """The copy as a PDF: ``a4`` or ``receipt`` (80 mm wide, as long as its text)."""
    register_fonts()
    lang = lang or language()
    out = io.BytesIO()
    probe = canvas.Canvas(io.BytesIO())
    pictures = _readers(facts.pictures)
    if fmt == "receipt":
        width = mm_to_pt(RECEIPT_MM)
        margin = mm_to_pt(4)
        qr = mm_to_pt(40)
        lines = _lines(probe, facts, lang, width - 2 * margin, 0.85)
        band = _band_height(pictures, width - 2 * margin)
        below = COMPLAIN_QR + mm_to_pt(4) if facts.complain_url else 0.0  # the way to complain, under the code
        height = 2 * margin + sum(size * 1.25 for _f, size, _l in lines) + band + qr + mm_to_pt(6) + below
        pagesize = (width, height)
    else:
        pagesize = A4
        width, height = A4
        margin = mm_to_pt(20)
        qr = mm_to_pt(45)
        lines = _lines(probe, facts, lang, width - 2 * margin - qr - mm_to_pt(8), 1.0)
    c = canvas.Canvas(out, pagesize=pagesize, pageCompression=1, initialFontName=SANS)
    c.setTitle(f"{copy_word(lang, facts.kind)} – {facts.order}")
    c.setSubject(facts.code)  # identify reads the code from here too, as from the QR code
    c.setCreator("PrintProof")
    y = height - margin
    caption = copy_word(lang, "complain_qr")
    if fmt == "receipt":
        draw_qr(c, facts.code, (width - qr) / 2, margin + below, qr)
        if facts.complain_url:
            draw_qr(c, facts.complain_url, (width - COMPLAIN_QR) / 2, margin, COMPLAIN_QR)
            c.setFont(SANS, SMALL_SIZE)
            c.drawCentredString(width / 2, margin + COMPLAIN_QR + 2, caption)
    else:
        draw_qr(c, facts.code, width - margin - qr, height - margin - qr, qr)
        if facts.complain_url:  # under the copy's own code, in the same column, with what it is for
            left = width - margin - (qr + COMPLAIN_QR) / 2
            top = height - margin - qr - mm_to_pt(10)
            c.setFont(SANS, SMALL_SIZE)
            c.drawCentredString(left + COMPLAIN_QR / 2, top + 2, caption)
            draw_qr(c, facts.complain_url, left, top - COMPLAIN_QR, COMPLAIN_QR)
    c.setFillColor(INK)
    for font, size, line in lines:
        y -= size * 1.25
        c.setFont(font, size)
        c.drawString(margin, y, line)
    if pictures:
        band_width = width - 2 * margin if fmt == "receipt" else width - 2 * margin - qr - mm_to_pt(8)
        _draw_band(c, pictures, margin, y - mm_to_pt(3), band_width)
    c.showPage()
    c.save()
    return out.getvalue()


PICTURE_MM = 38.0  # the tallest a side or a signature is drawn on a copy
COMPLAIN_QR = mm_to_pt(30)
CAPTION_PT = 9.0


def _readers(pictures: list[tuple[str, bytes]]) -> list[tuple[str, ImageReader]]:
    """The copy's pictures, readable (a damaged one is left out: the copy's text and code carry the record)."""
    out = []
    for caption, data in pictures:
        try:
            out.append((caption, ImageReader(io.BytesIO(data))))
        except Exception:  # noqa: BLE001 - any undecodable picture: the copy goes out without it
            continue
    return out


def _fit(reader: ImageReader, box_w: float, box_h: float) -> tuple[float, float]:
    w, h = reader.getSize()
    scale = min(box_w / w, box_h / h)
    return w * scale, h * scale


def _band_height(pictures: list[tuple[str, ImageReader]], width: float) -> float:
    """The height of the pictures' band: one row each on a receipt (the width is narrow)."""
    total = 0.0
    for _caption, reader in pictures:
        total += _fit(reader, width, mm_to_pt(PICTURE_MM))[1] + CAPTION_PT + mm_to_pt(4)
    return total


def _draw_band(
    c: canvas.Canvas, pictures: list[tuple[str, ImageReader]], left: float, top: float, width: float
) -> None:
    """The pictures under the text: side by side where the width allows, each with its caption above it."""
    x, y, row_h = left, top, 0.0
    gap = mm_to_pt(5)
    c.setFont(SANS, SMALL_SIZE)
    for caption, reader in pictures:
        w, h = _fit(reader, min(width, mm_to_pt(PICTURE_MM * 1.6)), mm_to_pt(PICTURE_MM))
        if x > left and x + w > left + width:  # next row
            x, y, row_h = left, y - row_h - gap, 0.0
        c.setFillColor(INK)
        c.drawString(x, y - SMALL_SIZE, caption)
        c.drawImage(reader, x, y - CAPTION_PT - 2 - h, w, h, mask="auto")
        c.setStrokeColorRGB(0.75, 0.75, 0.75)
        c.rect(x, y - CAPTION_PT - 2 - h, w, h, stroke=1, fill=0)
        x += w + gap
        row_h = max(row_h, h + CAPTION_PT + 2)


def make_copy(actor: Actor, subject: str, fmt: str = "a4") -> tuple[bytes, CopyFacts]:
    """The customer's copy of a record (any signed-in staff member; the customer stands at the counter)."""
    require(actor, action="make the customer's copy")
    if fmt not in ("a4", "receipt"):
        raise UserError(t("A copy is printed on A4 or as an 80 mm receipt."))
    kind, record = _record(subject, actor)
    order = record.dispute.order if kind == "dispute_decision" else record.order
    lang = customer_language(order)
    facts = copy_facts(subject, lang)
    if get_setting("portal.url"):
        with write():
            facts = replace(facts, complain_url=link_for_copy(order))
    return render_copy(facts, fmt, lang), facts


COMPLAIN_VALID = timedelta(days=365)  # a copy is kept a year or longer; so is the way to complain it carries


def _complaint_token(ref: str, key: str) -> str:
    """A link's token, derived from its reference and the shop's portal key (which the portal keeps only as a
    hash): the same copy printed again carries the same link; only its SHA-256 is stored and sent."""
    digest = hmac.new(key.encode(), f"complaint-link:{ref}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:24]).decode().rstrip("=")


def link_for_copy(order: Order) -> str:
    """The way to complain about ``order`` by link, as the URL a copy prints (inside a write): the order's link
    while it lasts, else a new one (sent to the portal with the next sync); "" while the shop is not paired."""
    url = str(get_setting("portal.url") or "").rstrip("/")
    key = str(get_setting("portal.key") or "")
    if not url or not key:
        return ""
    for held in ComplaintLink.select().where(
        (ComplaintLink.order == order)
        & ComplaintLink.state.in_(("queued", "open"))
        & (ComplaintLink.expires_at > now() + timedelta(days=30))
    ):
        token = _complaint_token(held.ref, key)
        if hashlib.sha256(token.encode()).hexdigest() == held.token_hash:  # made with today's key
            return f"{url}/r/{token}"
    ref = secrets.token_hex(16)
    token = _complaint_token(ref, key)
    ComplaintLink.create(
        order=order,
        ref=ref,
        token_hash=hashlib.sha256(token.encode()).hexdigest(),
        state="queued",
        created_at=now(),
        expires_at=now() + COMPLAIN_VALID,
    )
    return f"{url}/r/{token}"


def note_copy(actor: Actor, facts: CopyFacts, channel: str, pdf_sha256: str, address: str = "") -> CustomerCopy:
    """Seal that the customer got a copy: how, the copy's SHA-256, the record and the chain head it carries,
    and for an e-mail the address it went to (personal: in its own salted row, erased with the order)."""
    require(actor, action="make the customer's copy")
    if channel not in CHANNELS:
        raise UserError(t("A copy is printed on A4 or as an 80 mm receipt."))
    kind, record = _record(facts.subject, actor)
    order = record.order if kind != "dispute_decision" else record.dispute.order
    return seal_copy(
        actor,
        order,
        subject=facts.subject,
        channel=channel,
        copy_sha256=pdf_sha256,
        record_sha256=facts.record_sha256,
        position=facts.position,
        head=facts.head,
        address=address,
    )


def seal_copy(
    actor: Actor,
    order: Order,
    *,
    subject: str,
    channel: str,
    copy_sha256: str,
    record_sha256: str,
    position: int,
    head: ChainHead,
    address: str = "",
) -> CustomerCopy:
    """The sealed :class:`CustomerCopy` record of a copy given (the e-mailed certificate included)."""
    record = CustomerCopy(
        order=order,
        subject=subject,
        channel=channel,
        copy_sha256=copy_sha256,
        record_sha256=record_sha256,
        position=position,
        head_seq=head.seq,
        head_hash=head.hash,
        staff=actor.staff_id,
        workstation=actor.workstation,
        created_at=now(),
        utc_offset=utc_offset_now(),
    )
    payload = {
        "channel": channel,
        "copy_sha256": copy_sha256,
        "record": subject,
        "record_sha256": record_sha256,
        "position": position,
        "head": {"seq": head.seq, "hash": head.hash},
    }
    with write():
        sealed: CustomerCopy = seal(
            actor, record, personal={"address": address} if address else None, order=order, payload=payload
        )
    return sealed


def customer_email(subject: str, viewer: Actor | None) -> str:
    """The e-mail address the order's customer gave (to prefill the copy's address field), or ""."""
    kind, record = _record(subject, viewer)
    order = record.dispute.order if kind == "dispute_decision" else record.order
    return str(order.customer.email or "")
