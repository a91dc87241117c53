"""The proof PDF: a cover page, then every artwork side at true size, watermarked.

Drawn with reportlab. Nothing here touches the database: :class:`ProofDocument`
holds everything the proof shows, so the same maker serves the CLI, the GUI, tests
and benchmarks.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Image, KeepInFrame, Paragraph, Spacer, Table

from ...domain import vocabulary
from ...domain.enums import Severity
from ...domain.preflight import group_findings
from ...domain.texts import side_label, tr
from ...domain.units import format_mm, mm_to_pt
from ...domain.vocabulary import CHECKLIST
from .proof_model import COVER_FINDINGS, ChangeRequest, ProofDocument, format_date, format_datetime
from .proof_pages import artwork_page
from .styles import (
    BODY_SIZE,
    DISPLAY_SIZE,
    DIVIDER,
    FINE_SIZE,
    GOOD,
    INK,
    LEAD_SIZE,
    MARGIN_MM,
    MUTED,
    NAME_SIZE,
    PAPER,
    SANS,
    SANS_BOLD,
    SEVERITY,
    SMALL_SIZE,
    STYLES,
    TINY_SIZE,
    WATERMARK,
    hex_of,
    key_value_table,
    paragraph,
    register_fonts,
    table_style,
    two_columns,
)

rl_config.useA85 = 0  # binary streams: ASCII85 in pure Python costs seconds on a poster and adds 25 %


def render_proof(doc: ProofDocument) -> tuple[bytes, int]:
    """Draw the proof; returns the PDF bytes and the number of pages."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1, initialFontName=SANS, initialFontSize=BODY_SIZE)
    canvas.setTitle(f"{tr(doc.lang, 'proof_title')} {doc.order_number} v{doc.version}")
    canvas.setAuthor(doc.shop_name)
    canvas.setSubject(f"{doc.spec.product} – {doc.customer_name}")
    canvas.setCreator("PrintProof")
    sides = sorted(doc.sides, key=lambda s: s.side)
    pages = 1 + len(sides) + sum(1 for s in sides if s.has_warning)
    _cover(canvas, doc, pages)
    canvas.addPageLabel(0, prefix=tr(doc.lang, "proof_title"))
    canvas.showPage()
    number = 2
    for side in sides:
        # Page labels name each page's side, so a reader (and the counter app's toggle) can tell a
        # side's simulated page from its colour warning page.
        canvas.addPageLabel(number - 1, prefix=side_label(doc.lang, side.side))
        artwork_page(canvas, doc, side, number, pages)
        canvas.showPage()
        number += 1
        if side.has_warning:
            canvas.addPageLabel(number - 1, prefix=gamut_label(doc.lang, side.side))
            artwork_page(canvas, doc, side, number, pages, marked=True)
            canvas.showPage()
            number += 1
    canvas.save()
    return out.getvalue(), pages


def gamut_label(lang: str, side: int) -> str:
    """The page label of a side's colour warning page, e.g. "Vorderseite – Farbwarnung"."""
    return f"{side_label(lang, side)} – {tr(lang, 'gamut_label')}"


# --- the cover --------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    return STYLES


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return paragraph(text, style)


def _cover(c: Canvas, doc: ProofDocument, pages: int) -> None:
    width, height = A4
    lang, st = doc.lang, _styles()
    left, right = mm_to_pt(MARGIN_MM), width - mm_to_pt(MARGIN_MM)
    top = height - mm_to_pt(16)

    # Header: logo and shop at the left, the word PROOF at the right.
    x = left
    if doc.logo:
        try:
            logo = ImageReader(io.BytesIO(doc.logo))
            lw, lh = logo.getSize()
            box = mm_to_pt(16)
            scale = min(box / lw, box / lh)
            c.drawImage(logo, left, top - lh * scale, lw * scale, lh * scale, mask="auto")
            x = left + lw * scale + mm_to_pt(4)
        except Exception:  # a broken logo must never stop a proof
            x = left
    c.setFont(SANS_BOLD, NAME_SIZE)
    c.drawString(x, top - 11, doc.shop_name)
    c.setFont(SANS, SMALL_SIZE)
    for i, line in enumerate(doc.shop_address.splitlines()[:3]):
        c.drawString(x, top - 23 - i * 10, line)
    c.setFillColor(WATERMARK)
    c.setFont(SANS_BOLD, DISPLAY_SIZE)
    c.drawRightString(right, top - 20, tr(lang, "proof_title"))
    c.setFillColor(INK)

    y = top - mm_to_pt(22)
    c.setStrokeColor(DIVIDER)
    c.setLineWidth(0.6)
    c.line(left, y, right, y)
    y -= 17
    c.setFont(SANS_BOLD, LEAD_SIZE)
    c.drawString(
        left,
        y,
        f"{tr(lang, 'order')} {doc.order_number}   ·   {tr(lang, 'version')} {doc.version}   ·   "
        f"{format_datetime(lang, doc.made_at)}",
    )

    # QR code at the right: order number and content fingerprint.
    qr_size = mm_to_pt(30)
    qr_top = y - 8
    draw_qr(
        c,
        f"PRINTPROOF|{doc.order_number}|v{doc.version}|{doc.content_sha256}",
        right - qr_size,
        qr_top - qr_size,
        qr_size,
    )
    c.setFont(SANS, TINY_SIZE)
    fp = doc.content_sha256
    c.drawRightString(right, qr_top - qr_size - 7, f"{tr(lang, 'fingerprint')}:")
    c.drawRightString(right, qr_top - qr_size - 14, fp[:32])
    c.drawRightString(right, qr_top - qr_size - 21, fp[32:])

    # Everything that flows goes in a frame between the header and the signature block.
    story: list[Flowable] = []
    customer = [doc.customer_name, doc.customer_company, doc.customer_phone, doc.customer_email]
    story.append(_p(tr(lang, "customer"), st["h"]))
    story.append(_p("\n".join(v for v in customer if v), st["base"]))
    story.append(_p(tr(lang, "specification"), st["h"]))
    story.append(_spec_table(doc, st))
    story.append(_p(tr(lang, "preflight"), st["h"]))
    if doc.findings:
        # The same finding on many pages is said once ("Seiten 3–32: …"), the serious ones first; a long
        # list stops at COVER_FINDINGS lines rather than shrinking the cover's text to nothing.
        rank = {Severity.SERIOUS: 0, Severity.WARNING: 1, Severity.INFO: 2}
        groups = sorted(group_findings(doc.findings, lang), key=lambda g: rank.get(g.severity, 3))
        for group in groups[:COVER_FINDINGS]:
            color = hex_of(SEVERITY.get(group.severity, INK))
            story.append(Paragraph(f'<font color="{color}">●</font> {escape(group.message)}', st["base"]))
        if len(groups) > COVER_FINDINGS:
            story.append(_p(tr(lang, "more_findings", n=len(groups) - COVER_FINDINGS), st["small"]))
    else:
        story.append(Paragraph(f'<font color="{hex_of(GOOD)}">✓</font> {escape(tr(lang, "preflight_ok"))}', st["base"]))
    if doc.note:
        story.append(Spacer(1, 4))
        story.append(_p(doc.note, st["small"]))
    if doc.reprint_of:
        story.append(Spacer(1, 3))
        story.append(_p(doc.reprint_of, st["small"]))
    for request in doc.requests:
        story += change_request_story(lang, request, st)
    story.append(_p(tr(lang, "checklist"), st["h"]))
    story.append(_checklist_table(lang, st))
    story.append(_p(tr(lang, "terms"), st["h"]))
    story.append(_p(doc.terms, st["small"]))

    frame_top = y - 6
    frame_bottom = mm_to_pt(48)
    frame_width = right - left - qr_size - mm_to_pt(6)
    frame = Frame(left, frame_bottom, right - left, frame_top - frame_bottom, 0, 0, 0, 0, showBoundary=0)
    # The top of the story runs beside the QR code: keep it narrower there.
    first = KeepInFrame(frame_width, qr_size + 30, story[:2], mode="shrink")
    rest = KeepInFrame(right - left, frame_top - frame_bottom - qr_size - 30, story[2:], mode="shrink")
    frame.addFromList([first, rest], c)

    _signature_block(c, doc, left, right, pages)


COVER_MARKS = 8


def change_request_story(lang: str, request: ChangeRequest, st: dict[str, ParagraphStyle]) -> list[Any]:
    """The changes asked for on the previous version: the written list, then each mark with a small crop."""
    story: list[Any] = [_p(tr(lang, "requested_on", v=request.version, when=request.when), st["h"])]
    written = request.changes  # what was typed in the box (beside the marks, or alone)
    if written:
        story.append(_p(written, st["small"]))
    cells: list[Any] = []
    size = mm_to_pt(24)
    for mark in request.marks[:COVER_MARKS]:
        reader = ImageReader(io.BytesIO(mark.crop_jpeg))
        w, h = reader.getSize()
        scale = min(size / w, size / h)
        caption = f"<b>{escape(mark.label)}</b> {escape(mark.text)}" if mark.text else f"<b>{escape(mark.label)}</b>"
        cells.append([Image(io.BytesIO(mark.crop_jpeg), w * scale, h * scale), Paragraph(caption, st["small"])])
    if cells:
        per_row = 4
        rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
        rows[-1] += [""] * (per_row - len(rows[-1]))
        table = Table(rows, colWidths=[(A4[0] - mm_to_pt(36)) / per_row] * per_row, hAlign="LEFT")
        table.setStyle(table_style(padding=2))
        story.append(table)
    if len(request.marks) > COVER_MARKS:
        story.append(_p(tr(lang, "more_marks", n=len(request.marks) - COVER_MARKS), st["small"]))
    return story


def draw_qr(c: Canvas, value: str, x: float, y: float, size: float) -> None:
    """Draw a QR code as filled squares (no fonts involved, unlike reportlab's widget)."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    count = code.getModuleCount()
    quiet = 2
    module = size / (count + 2 * quiet)
    c.saveState()
    c.setFillColor(PAPER)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.setFillColor(INK)
    path = c.beginPath()
    for row in range(count):
        for col in range(count):
            if code.isDark(row, col):
                path.rect(x + (col + quiet) * module, y + size - (row + 1 + quiet) * module, module, module)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def _spec_table(doc: ProofDocument, st: dict[str, ParagraphStyle]) -> Table:
    lang, spec = doc.lang, doc.spec
    rows = [
        ("product", spec.product),
        ("finished_size", spec.size_label),
        ("bleed", f"{format_mm(spec.bleed_mm)} mm"),
        ("quantity", f"{spec.quantity:,}".replace(",", "." if lang == "de" else ",")),
        ("stock", spec.stock or "–"),
        ("colors", spec.colors),
        ("finishing", spec.finishing or "–"),
        ("due", format_date(lang, datetime.combine(spec.due, datetime.min.time())) if spec.due else "–"),
        (
            "sides",
            ", ".join(side_label(lang, s.side) for s in sorted(doc.sides, key=lambda s: s.side)) or "–",
        ),
    ]
    if doc.press.profile:
        how = f"{tr(lang, 'intent_' + doc.press.intent)}, {tr(lang, 'bpc_on' if doc.press.bpc else 'bpc_off')}"
        rows.append(("colour_sim", f"{doc.press.profile} ({how})"))
    if doc.press.output_intents:
        rows.append(("output_intent", ", ".join(doc.press.output_intents)))
    return key_value_table([(tr(lang, key), value) for key, value in rows], label_width_mm=38)


def _checklist_table(lang: str, st: dict[str, ParagraphStyle]) -> Table:
    items = [_p("☐  " + vocabulary.name("checklist", key, lang), st["base"]) for key in CHECKLIST]
    return two_columns(items, padding=1)


def _signature_block(c: Canvas, doc: ProofDocument, left: float, right: float, pages: int) -> None:
    lang = doc.lang
    y = mm_to_pt(38)
    c.setFillColor(INK)
    c.setFont(SANS_BOLD, BODY_SIZE)
    c.drawString(left, y, tr(lang, "sign_here"))
    line_y = mm_to_pt(22)
    c.setStrokeColor(INK)
    c.setLineWidth(0.6)
    gap = mm_to_pt(6)
    width = (right - left - 2 * gap) / 3
    labels = [tr(lang, "place_date"), tr(lang, "signature"), tr(lang, "name_print")]
    c.setFont(SANS, SMALL_SIZE)
    for i, label in enumerate(labels):
        x = left + i * (width + gap)
        c.line(x, line_y, x + width, line_y)
        c.drawString(x, line_y - 10, label)
    c.setFont(SANS, FINE_SIZE)
    c.setFillColor(MUTED)
    c.drawString(
        left,
        mm_to_pt(10),
        f"{tr(lang, 'order')} {doc.order_number} · {tr(lang, 'version')} "
        f"{doc.version} · {format_datetime(lang, doc.made_at)}",
    )
    c.drawRightString(right, mm_to_pt(10), tr(lang, "page_of", page=1, pages=pages))
    c.setFillColor(INK)
