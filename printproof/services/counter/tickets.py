"""The job ticket (Auftragstasche / Laufzettel, A4) for the production floor and the pickup label (62 mm).

Both carry a Code 128 barcode of the order number: a scanner at pickup types the number and the order
opens. The ticket says what to produce — the specification, the due date, the approved version and the
SHA-256 of the exact PDF approved — so the floor prints the version the customer signed, not another.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from ...domain.codes import ticket_code
from ...domain.i18n import t
from ...domain.texts import document_date, record_time, tr
from ...domain.units import format_mm, mm_to_pt
from ...store.blobs import blob_bytes
from ...store.models import Artwork, Order
from ...store.settings import get_setting
from ..core.context import Actor, require
from ..core.orders import find_order, refuse_erased
from ..core.shop import language
from ..documents.proof_pdf import draw_qr
from ..documents.styles import (
    ALERT,
    BODY_SIZE,
    CELL_SIZE,
    DISPLAY_SIZE,
    FINE_SIZE,
    GOOD,
    HEADING_SIZE,
    HEADLINE_SIZE,
    INK,
    LEAD_SIZE,
    MARGIN_MM,
    MUTED,
    PAPER,
    SANS,
    SANS_BOLD,
    SMALL_SIZE,
    TITLE_SIZE,
    register_fonts,
)
from ..evidence.certificates import spec_rows
from ..proofing.proofs import active_approval

LABEL_MM = (62.0, 100.0)  # 62 mm continuous roll (Brother QL and compatible), 100 mm long


@dataclass(frozen=True)
class TicketFacts:
    number: str
    customer: str
    product: str
    quantity: int
    due: str
    version: int | None
    approved_at: str
    approved_by: str
    pdf_sha: str
    record_sha: str
    changes: str


def _facts(order: Order, lang: str) -> TicketFacts:
    approval = active_approval(order)
    return TicketFacts(
        number=order.number,
        customer=", ".join(v for v in (order.customer.name, order.customer.company) if v),
        product=order.product,
        quantity=order.quantity,
        due=document_date(lang, order.due) if order.due else "–",
        version=approval.proof.version if approval else None,
        approved_at=record_time(lang, approval.created_at, approval.utc_offset) if approval else "",
        approved_by=approval.customer_name if approval else "",
        pdf_sha=approval.proof.pdf_id if approval else "",
        record_sha=approval.content_sha256 if approval else "",
        changes=approval.changes if approval else "",
    )


def _barcode(c: canvas.Canvas, value: str, x: float, y: float, width: float, height: float) -> None:
    """A Code 128 barcode of ``value`` fitted into ``width`` (quiet zones included), bars at least 0.25 mm."""
    probe = Code128(value, barHeight=height, barWidth=1, quiet=True, humanReadable=False)
    bar = max(mm_to_pt(0.25), min(mm_to_pt(0.5), width / probe.width))
    code = Code128(value, barHeight=height, barWidth=bar, quiet=True, humanReadable=False)
    code.drawOn(c, x + (width - code.width) / 2, y)


def _wrap(c: canvas.Canvas, text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}".strip()
            if c.stringWidth(trial, font, size) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def make_job_ticket(actor: Actor, number: str) -> bytes:
    """The A4 job ticket of an order (any signed-in staff member prints it)."""
    require(actor, action="print a job ticket")
    register_fonts()
    order = find_order(number, actor)
    refuse_erased(order, t("its job ticket cannot be printed (its customer's data and artwork are erased)"))
    lang = language()
    facts = _facts(order, lang)

    def words(key: str, **values: object) -> str:
        return tr(lang, f"ticket_{key}", **values)

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, pageCompression=1, initialFontName=SANS)
    c.setTitle(f"{words('ticket')} {order.number}")
    c.setCreator("PrintProof")
    width, height = A4
    left, right, top = mm_to_pt(MARGIN_MM), width - mm_to_pt(MARGIN_MM), height - mm_to_pt(16)
    c.setFont(SANS, HEADING_SIZE)
    c.drawString(left, top, str(get_setting("shop.name")))
    c.setFont(SANS_BOLD, TITLE_SIZE)
    c.drawString(left, top - 22, words("ticket"))
    c.setFont(SANS_BOLD, DISPLAY_SIZE)
    c.drawString(left, top - 48, order.number)
    _barcode(c, order.number, right - mm_to_pt(75), top - mm_to_pt(22), mm_to_pt(75), mm_to_pt(18))
    c.setFont(SANS, SMALL_SIZE)
    c.drawRightString(right, top - mm_to_pt(25.5), words("scan"))
    y = top - mm_to_pt(36)
    c.setFont(SANS_BOLD, HEADLINE_SIZE)
    c.drawString(left, y, f"{words('due')}: {facts.due}")
    y -= 22
    box_h = 44
    if facts.version is None:
        c.setFillColor(ALERT)
        c.rect(left, y - box_h + 14, right - left, box_h, stroke=0, fill=1)
        c.setFillColor(PAPER)
        c.setFont(SANS_BOLD, HEADLINE_SIZE)
        c.drawString(left + 8, y - 10, words("not_approved"))
        c.setFillColor(INK)
    else:
        c.setStrokeColor(GOOD)
        c.setLineWidth(1.5)
        c.rect(left, y - box_h + 14, right - left, box_h, stroke=1, fill=0)
        c.setFont(SANS_BOLD, LEAD_SIZE)
        c.drawString(left + 8, y, words("approved", version=facts.version))
        c.setFont(SANS, CELL_SIZE)
        c.drawString(left + 8, y - 13, words("approved_at", when=facts.approved_at, name=facts.approved_by))
        c.setFont(SANS, SMALL_SIZE)
        c.drawString(left + 8, y - 24, f"{words('pdf_sha')}: {facts.pdf_sha}")
        # The approval this ticket was printed for: scanned at pickup after a void or a newer version, it says so.
        qr = box_h - 4
        draw_qr(c, ticket_code(order.number, facts.version, facts.record_sha), right - qr - 2, y - box_h + 16, qr)
    y -= box_h + 8
    for key, value in spec_rows(order, lang):
        c.setFont(SANS_BOLD, BODY_SIZE)
        c.drawString(left, y, key)
        c.setFont(SANS, BODY_SIZE)
        for line in _wrap(c, value, SANS, BODY_SIZE, right - left - mm_to_pt(45)):
            c.drawString(left + mm_to_pt(45), y, line)
            y -= 13
        y -= 2
    if facts.record_sha:
        c.setFont(SANS, SMALL_SIZE)
        c.drawString(left, y, f"{words('record_sha')}: {facts.record_sha}")
        y -= 14
    for heading, text in ((words("changes"), facts.changes), (words("notes"), order.notes)):
        if text:
            c.setFont(SANS_BOLD, BODY_SIZE)
            c.drawString(left, y, heading)
            y -= 13
            c.setFont(SANS, BODY_SIZE)
            for line in _wrap(c, text, SANS, BODY_SIZE, right - left)[:8]:
                c.drawString(left, y, line)
                y -= 12
            y -= 4
    sides = list(Artwork.select().where((Artwork.order == order) & Artwork.current).order_by(Artwork.side))
    if sides and y > mm_to_pt(70):
        c.setFont(SANS_BOLD, BODY_SIZE)
        c.drawString(left, y, words("artwork"))
        y -= 8
        box = min(mm_to_pt(55), y - mm_to_pt(20))
        x = left
        for side in sides[:3]:
            picture = ImageReader(io.BytesIO(blob_bytes(side.thumbnail_id)))
            pw, ph = picture.getSize()
            scale = min(box / pw, box / ph)
            c.drawImage(picture, x, y - ph * scale, pw * scale, ph * scale)
            c.setFont(SANS, SMALL_SIZE)
            c.drawString(x, y - ph * scale - 9, side.filename[:40])
            x += box + mm_to_pt(6)
    c.setFont(SANS, FINE_SIZE)
    c.setFillColor(MUTED)
    size = f"{format_mm(order.width_mm)} × {format_mm(order.height_mm)} mm"
    c.drawString(
        left, mm_to_pt(10), f"{order.number} · {order.product} · {size} · {order.quantity} {words('quantity')}"
    )
    c.showPage()
    c.save()
    return out.getvalue()


def make_pickup_label(actor: Actor, number: str) -> bytes:
    """The 62 mm pickup label for the parcel: order number as text and Code 128, customer, product, due date."""
    require(actor, action="print a pickup label")
    register_fonts()
    order = find_order(number, actor)
    refuse_erased(order, t("its pickup label cannot be printed (its customer's data is erased)"))
    lang = language()
    facts = _facts(order, lang)

    def words(key: str, **values: object) -> str:
        return tr(lang, f"ticket_{key}", **values)

    w, h = mm_to_pt(LABEL_MM[0]), mm_to_pt(LABEL_MM[1])
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(w, h), pageCompression=1, initialFontName=SANS)
    c.setTitle(f"{words('label')} {order.number}")
    c.setCreator("PrintProof")
    margin = mm_to_pt(3)
    inner = w - 2 * margin
    y = h - margin - 9
    c.setFont(SANS, SMALL_SIZE)
    c.drawString(margin, y, str(get_setting("shop.name"))[:40])
    y -= 20
    c.setFont(SANS_BOLD, TITLE_SIZE)
    c.drawString(margin, y, order.number)
    y -= mm_to_pt(18) + 4
    _barcode(c, order.number, margin, y, inner, mm_to_pt(16))
    y -= 14
    c.setFont(SANS_BOLD, HEADING_SIZE)
    for line in _wrap(c, facts.customer, SANS_BOLD, HEADING_SIZE, inner)[:3]:
        c.drawString(margin, y, line)
        y -= 12
    c.setFont(SANS, CELL_SIZE)
    for line in _wrap(c, f"{facts.product} · {facts.quantity} {words('quantity')}", SANS, CELL_SIZE, inner)[:3]:
        c.drawString(margin, y, line)
        y -= 10.5
    c.drawString(margin, y, f"{words('due')}: {facts.due}")
    y -= 12
    c.setFont(SANS, SMALL_SIZE)
    if facts.version is not None:
        c.drawString(margin, y, words("approved", version=facts.version) + " · SHA-256:")
        per_line = max(8, int(inner // c.stringWidth("0", SANS, SMALL_SIZE)))
        for start in range(0, len(facts.pdf_sha), per_line):
            y -= 8.5
            c.drawString(margin, y, facts.pdf_sha[start : start + per_line])
    else:
        c.drawString(margin, y, words("not_approved"))
    c.setFont(SANS, FINE_SIZE)
    c.drawString(margin, margin, words("scan"))
    c.showPage()
    c.save()
    return out.getvalue()
