"""The proof's artwork pages: each side at true size with trim, bleed and safe zone, watermarked,
in the press's colours with the profile named, and a side's colour warning page."""

from __future__ import annotations

import hashlib
import math

from reportlab.pdfgen.canvas import FILL_EVEN_ODD, Canvas

from ...domain.geometry import image_rect, safe_margin_mm
from ...domain.spec import JobSpec
from ...domain.texts import side_label, tr
from ...domain.units import format_mm, mm_to_pt
from .proof_model import (
    MARGIN_MM,
    MARK_GAP_MM,
    MARK_LEN_MM,
    JpegReader,
    ProofDocument,
    ProofSide,
    format_datetime,
    page_scale,
)
from .stencil import draw_stencil
from .styles import (
    ALERT,
    BLEED_SHADE,
    EDGE,
    FINE_SIZE,
    HATCH,
    INK,
    LEGEND,
    MUTED,
    PAPER,
    SAFE,
    SANS,
    SANS_BOLD,
    TRIM,
    WATERMARK,
    WATERMARK_FILL_ALPHA,
    WATERMARK_OUTLINE_ALPHA,
)


def artwork_page(c: Canvas, doc: ProofDocument, side: ProofSide, number: int, pages: int, marked: bool = False) -> None:
    """A side's page: its press view, or (``marked``) its colour warning page, the same view hatched."""
    spec, lang = doc.spec, doc.lang
    s = page_scale(spec)

    def u(mm: float) -> float:  # millimetres on the product → points on this page
        return mm_to_pt(mm * s)

    margin = mm_to_pt(MARGIN_MM)  # the margin is not scaled: marks and text stay legible
    bw, bh, b = spec.bleed_width_mm, spec.bleed_height_mm, spec.bleed_mm
    page_w, page_h = u(bw) + 2 * margin, u(bh) + 2 * margin
    c.setPageSize((page_w, page_h))
    bleed_box = (margin, margin, margin + u(bw), margin + u(bh))
    trim_box = (
        margin + u(b),
        margin + u(b),
        margin + u(b) + u(spec.width_mm),
        margin + u(b) + u(spec.height_mm),
    )
    c.setBleedBox(bleed_box)
    c.setTrimBox(trim_box)

    def to_page(x_mm: float, y_mm: float) -> tuple[float, float]:  # from the bleed box's top-left
        return margin + u(x_mm), margin + u(bh) - u(y_mm)

    # The artwork, clipped to the bleed box: what production prints.
    rect = image_rect(spec, side.width_px, side.height_px)
    c.saveState()
    clip = c.beginPath()
    clip.rect(bleed_box[0], bleed_box[1], u(bw), u(bh))
    c.clipPath(clip, stroke=0, fill=0)
    x0, y_top = to_page(rect.x, rect.y)
    placed = (x0, y_top - u(rect.height), u(rect.width), u(rect.height))
    if marked and side.marked_jpeg:  # never beside a hatching (proofs._warning gives one or the other)
        c.drawImage(JpegReader(side.marked_jpeg), *placed)  # the warning as an older PrintProof kept it
    else:
        c.drawImage(JpegReader(side.preview_jpeg, side.preview_sha256), *placed)  # embedded once for both pages
    if marked and side.hatching_png:
        draw_stencil(c, side.hatching_png, HATCH, *placed)
    c.restoreState()

    # The bleed band, shaded: this part is cut away.
    if b > 0:
        c.saveState()
        c.setFillColor(BLEED_SHADE)
        band = c.beginPath()
        band.rect(bleed_box[0], bleed_box[1], u(bw), u(bh))
        band.rect(trim_box[0], trim_box[1], u(spec.width_mm), u(spec.height_mm))
        c.drawPath(band, stroke=0, fill=1, fillMode=FILL_EVEN_ODD)  # the frame between the two
        c.restoreState()

    _watermark(c, doc.watermark, bleed_box, spec, s)

    # Trim line, safe zone and bleed edge.
    c.saveState()
    c.setLineWidth(0.5)
    c.setStrokeColor(TRIM)
    c.rect(trim_box[0], trim_box[1], u(spec.width_mm), u(spec.height_mm), stroke=1, fill=0)
    safe = safe_margin_mm(spec)
    c.setStrokeColor(SAFE)
    c.setDash(3, 2)
    c.rect(
        trim_box[0] + u(safe),
        trim_box[1] + u(safe),
        u(spec.width_mm - 2 * safe),
        u(spec.height_mm - 2 * safe),
        stroke=1,
        fill=0,
    )
    c.setDash()
    c.setStrokeColor(EDGE)
    c.setLineWidth(0.3)
    c.rect(bleed_box[0], bleed_box[1], u(bw), u(bh), stroke=1, fill=0)
    c.restoreState()

    _trim_marks(c, trim_box, bleed_box)
    _legend(c, doc, page_w, page_h, margin, s, safe)
    _colour_statement(c, doc, page_w, page_h, marked)

    c.setFont(SANS, FINE_SIZE)
    c.setFillColor(MUTED)
    slug = (
        f"{tr(lang, 'order')} {doc.order_number} · {tr(lang, 'version')} {doc.version} · "
        f"{side_label(lang, side.side)} · {format_datetime(lang, doc.made_at)} · "
        f"{tr(lang, 'page_of', page=number, pages=pages)}"
    )
    c.drawCentredString(page_w / 2, mm_to_pt(3), slug)
    c.setFillColor(INK)


def _watermark(c: Canvas, text: str, bleed_box: tuple[float, float, float, float], spec: JobSpec, scale: float) -> None:
    """Repeat the watermark diagonally over the whole bleed box, so no crop escapes it.

    Drawn once into a form (XObject) per size and placed on every artwork page of that size: a
    32-page brochure carries the hundreds of watermark texts once, not 64 times.
    """
    x1, y1, x2, y2 = bleed_box
    name = "wm" + hashlib.sha256(f"{text}|{bleed_box}".encode()).hexdigest()[:16]
    made: set[str] = getattr(c, "_printproof_forms", set())
    if name not in made:
        c.beginForm(name, x1, y1, x2, y2)
        _watermark_text(c, text, bleed_box)
        c.endForm()
        made.add(name)
        c._printproof_forms = made
    # The transparency is set on the page around the form, which draws in the page's graphics state:
    # reportlab does not list a form's own transparency states in the form's resources, so a viewer
    # would draw the white outline opaque (poppler: "ExtGState 'gRLs1' is unknown").
    c.saveState()
    c.setFillAlpha(WATERMARK_FILL_ALPHA)
    c.setStrokeAlpha(WATERMARK_OUTLINE_ALPHA)
    c.doForm(name)
    c.restoreState()


def _watermark_text(c: Canvas, text: str, bleed_box: tuple[float, float, float, float]) -> None:
    x1, y1, x2, y2 = bleed_box
    w, h = x2 - x1, y2 - y1
    size = max(6.0, min(110.0, min(w, h) * 0.085))
    text_w = c.stringWidth(text, SANS_BOLD, size)
    step_x = text_w + size * 1.5
    step_y = size * 3.2
    c.saveState()
    clip = c.beginPath()
    clip.rect(x1, y1, w, h)
    c.clipPath(clip, stroke=0, fill=0)
    c.translate(x1 + w / 2, y1 + h / 2)
    c.rotate(math.degrees(math.atan2(h, w)) if w > h else 30)
    c.setFont(SANS_BOLD, size)
    c.setFillColor(WATERMARK)
    c.setStrokeColor(PAPER)
    c.setLineWidth(max(0.3, size * 0.02))
    reach = math.hypot(w, h) / 2 + text_w
    rows = int(reach / step_y) + 1
    cols = int(reach / step_x) + 1
    for row in range(-rows, rows + 1):
        offset = (row % 2) * step_x / 2
        for col in range(-cols, cols + 1):
            t = c.beginText(col * step_x + offset - text_w / 2, row * step_y - size / 3)
            t.setTextRenderMode(2)  # fill and stroke: readable on dark and light artwork
            t.textOut(text)
            c.drawText(t)
    c.restoreState()


def _colour_statement(c: Canvas, doc: ProofDocument, page_w: float, page_h: float, marked: bool) -> None:
    """Under the legend: which profile the colours simulate, or what the hatching on this page means."""
    lang = doc.lang
    if marked:
        text = tr(lang, "gamut_title", limit=f"{doc.press.gamut_delta_e:g}")
        c.setFillColor(ALERT)
        font = SANS_BOLD
    else:
        text = tr(lang, "simulated_for", profile=doc.press.profile or "–")
        c.setFillColor(LEGEND)
        font = SANS
    size = 6.0
    while size > 3.5 and c.stringWidth(text, font, size) > page_w - 8:
        size -= 0.25  # a narrow business card: the sentence shrinks rather than running off the page
    c.setFont(font, size)
    c.drawCentredString(page_w / 2, page_h - mm_to_pt(7.2), text)
    c.setFillColor(INK)


def _trim_marks(c: Canvas, trim: tuple[float, float, float, float], bleed: tuple[float, float, float, float]) -> None:
    gap, length = mm_to_pt(MARK_GAP_MM), mm_to_pt(MARK_LEN_MM)
    tx1, ty1, tx2, ty2 = trim
    bx1, by1, bx2, by2 = bleed
    c.saveState()
    c.setStrokeColor(INK)
    c.setLineWidth(0.25)
    for x in (tx1, tx2):
        c.line(x, by1 - gap, x, by1 - gap - length)
        c.line(x, by2 + gap, x, by2 + gap + length)
    for y in (ty1, ty2):
        c.line(bx1 - gap, y, bx1 - gap - length, y)
        c.line(bx2 + gap, y, bx2 + gap + length, y)
    c.restoreState()


def _legend(
    c: Canvas, doc: ProofDocument, page_w: float, page_h: float, margin: float, scale: float, safe: float
) -> None:
    lang = doc.lang
    y = page_h - mm_to_pt(4.5)
    size_text = tr(lang, "true_size") if scale == 1 else tr(lang, "shown_at", percent=round(scale * 100))
    items = [
        (TRIM, False, tr(lang, "legend_trim")),
        (BLEED_SHADE, None, f"{tr(lang, 'legend_bleed')} {format_mm(doc.spec.bleed_mm)} mm"),
        (SAFE, True, f"{tr(lang, 'legend_safe')} {format_mm(safe)} mm"),
    ]
    font = 6.0
    c.setFont(SANS_BOLD if scale != 1 else SANS, font)
    parts_w = sum(c.stringWidth(label, SANS, font) + 14 for _, _, label in items)
    total = parts_w + c.stringWidth(size_text, SANS_BOLD, font) + 10
    x = max(4.0, (page_w - total) / 2)
    c.setFillColor(ALERT if scale != 1 else LEGEND)
    c.setFont(SANS_BOLD, font)
    c.drawString(x, y, size_text)
    x += c.stringWidth(size_text, SANS_BOLD, font) + 10
    c.setFont(SANS, font)
    for color, dashed, label in items:
        c.saveState()
        if dashed is None:
            c.setFillColor(color)
            c.rect(x, y - 1, 9, 5, stroke=0, fill=1)
        else:
            c.setStrokeColor(color)
            c.setLineWidth(1)
            if dashed:
                c.setDash(2, 1)
            c.line(x, y + 1.5, x + 9, y + 1.5)
        c.restoreState()
        c.setFillColor(LEGEND)
        c.drawString(x + 11, y, label)
        x += c.stringWidth(label, SANS, font) + 14
    c.setFillColor(INK)
