"""The proof PDF: a cover page, then every artwork side at true size, watermarked.

Drawn with reportlab. Nothing here touches the database: :class:`ProofDocument`
holds everything the proof shows, so the same maker serves the CLI, the GUI, tests
and benchmarks.
"""

from __future__ import annotations

import hashlib
import io
import math
from dataclasses import dataclass, field
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import FILL_EVEN_ODD, Canvas
from reportlab.platypus import Frame, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from ...domain.enums import Severity
from ...domain.geometry import image_rect, safe_margin_mm
from ...domain.preflight import Finding, group_findings
from ...domain.spec import JobSpec
from ...domain.texts import CHECKLIST, checklist_label, side_label, tr
from ...domain.units import format_mm, mm_to_pt
from .fonts import SANS, SANS_BOLD, register_fonts

rl_config.useA85 = 0  # binary streams: ASCII85 in pure Python costs seconds on a poster and adds 25 %

MAX_PAGE_PT = 14_400  # the PDF page size limit (200 inches) without UserUnit
MARGIN_MM = 14.0  # around the bleed box: trim marks, legend and slug line
MARK_GAP_MM = 2.0
MARK_LEN_MM = 5.0
NICE_SCALES = (1.0, 0.5, 0.4, 0.25, 0.2, 0.1, 0.05)
COVER_FINDINGS = 12

TRIM_COLOR = colors.Color(0.85, 0.0, 0.55)
SAFE_COLOR = colors.Color(0.0, 0.55, 0.85)
BLEED_SHADE = colors.Color(0.35, 0.35, 0.35, alpha=0.35)
WATERMARK_COLOR = colors.Color(0.80, 0.05, 0.10)
SEVERITY_COLOR = {
    Severity.SERIOUS: colors.Color(0.78, 0.1, 0.1),
    Severity.WARNING: colors.Color(0.85, 0.5, 0.0),
    Severity.INFO: colors.Color(0.3, 0.3, 0.3),
}


@dataclass(frozen=True)
class ProofSide:
    side: int
    preview_jpeg: bytes  # RGB JPEG at proof resolution, in the press's colours, embedded as is
    width_px: int  # of the customer's original, for placement
    height_px: int
    marked_jpeg: bytes | None = None  # the same with the colours that change in print hatched


@dataclass(frozen=True)
class PressStatement:
    """What the proof says about its colours: the profile simulated and how RGB was converted."""

    profile: str = ""
    intent: str = "relative"
    bpc: bool = True
    gamut_delta_e: float = 5.0
    output_intents: tuple[str, ...] = ()  # the customer's PDF/X output conditions


@dataclass(frozen=True)
class ProofDocument:
    """Everything a proof shows."""

    lang: str
    shop_name: str
    shop_address: str
    order_number: str
    version: int
    made_at: datetime  # local time of the workstation
    customer_name: str
    customer_company: str
    customer_phone: str
    customer_email: str
    spec: JobSpec
    findings: list[Finding]
    terms: str
    watermark: str
    content_sha256: str
    sides: list[ProofSide] = field(default_factory=list)
    logo: bytes | None = None
    note: str = ""
    press: PressStatement = field(default_factory=PressStatement)


class _JpegReader(ImageReader):
    """A JPEG that reportlab embeds as it is (DCTDecode), without decoding it.

    reportlab names each image by a digest of its decoded pixels; the SHA-256 of the
    JPEG bytes names it just as uniquely, for a fraction of the time.
    """

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._name = hashlib.sha256(data).hexdigest().encode()
        self._dataA = None

    def getRGBData(self) -> bytes:  # noqa: N802 (reportlab's name)
        return self._name


def format_datetime(lang: str, moment: datetime) -> str:
    return moment.strftime("%d.%m.%Y %H:%M" if lang == "de" else "%Y-%m-%d %H:%M")


def format_date(lang: str, moment: datetime) -> str:
    return moment.strftime("%d.%m.%Y" if lang == "de" else "%Y-%m-%d")


def page_scale(spec: JobSpec) -> float:
    """1.0, or the largest friendly reduction that fits the PDF page size limit."""
    needed_mm = max(spec.bleed_width_mm, spec.bleed_height_mm) + 2 * MARGIN_MM
    for scale in NICE_SCALES:
        if mm_to_pt(needed_mm * scale) <= MAX_PAGE_PT:
            return scale
    return NICE_SCALES[-1]


def render_proof(doc: ProofDocument) -> tuple[bytes, int]:
    """Draw the proof; returns the PDF bytes and the number of pages."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1, initialFontName=SANS, initialFontSize=9)
    canvas.setTitle(f"{tr(doc.lang, 'proof_title')} {doc.order_number} v{doc.version}")
    canvas.setAuthor(doc.shop_name)
    canvas.setSubject(f"{doc.spec.product} – {doc.customer_name}")
    canvas.setCreator("PrintProof")
    sides = sorted(doc.sides, key=lambda s: s.side)
    pages = 1 + len(sides) + sum(1 for s in sides if s.marked_jpeg)
    _cover(canvas, doc, pages)
    canvas.addPageLabel(0, prefix=tr(doc.lang, "proof_title"))
    canvas.showPage()
    number = 2
    for side in sides:
        # Page labels name each page's side, so a reader (and the counter app's toggle) can tell a
        # side's simulated page from its colour warning page.
        canvas.addPageLabel(number - 1, prefix=side_label(doc.lang, side.side))
        _artwork_page(canvas, doc, side, side.preview_jpeg, number, pages)
        canvas.showPage()
        number += 1
        if side.marked_jpeg:
            canvas.addPageLabel(number - 1, prefix=gamut_label(doc.lang, side.side))
            _artwork_page(canvas, doc, side, side.marked_jpeg, number, pages, marked=True)
            canvas.showPage()
            number += 1
    canvas.save()
    return out.getvalue(), pages


def gamut_label(lang: str, side: int) -> str:
    """The page label of a side's colour warning page, e.g. "Vorderseite – Farbwarnung"."""
    return f"{side_label(lang, side)} – {tr(lang, 'gamut_label')}"


# --- the cover --------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=SANS, fontSize=9, leading=11.5)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "h": ParagraphStyle(
            "h", parent=base, fontName=SANS_BOLD, fontSize=10.5, leading=13, spaceBefore=7, spaceAfter=3
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=SANS_BOLD, fontSize=9, leading=11),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _cover(c: Canvas, doc: ProofDocument, pages: int) -> None:
    width, height = A4
    lang, st = doc.lang, _styles()
    left, right = mm_to_pt(18), width - mm_to_pt(18)
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
    c.setFont(SANS_BOLD, 13)
    c.drawString(x, top - 11, doc.shop_name)
    c.setFont(SANS, 8)
    for i, line in enumerate(doc.shop_address.splitlines()[:3]):
        c.drawString(x, top - 23 - i * 10, line)
    c.setFillColor(WATERMARK_COLOR)
    c.setFont(SANS_BOLD, 24)
    c.drawRightString(right, top - 20, tr(lang, "proof_title"))
    c.setFillColor(colors.black)

    y = top - mm_to_pt(22)
    c.setStrokeColor(colors.Color(0.75, 0.75, 0.75))
    c.setLineWidth(0.6)
    c.line(left, y, right, y)
    y -= 17
    c.setFont(SANS_BOLD, 12)
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
    c.setFont(SANS, 5.5)
    fp = doc.content_sha256
    c.drawRightString(right, qr_top - qr_size - 7, f"{tr(lang, 'fingerprint')}:")
    c.drawRightString(right, qr_top - qr_size - 14, fp[:32])
    c.drawRightString(right, qr_top - qr_size - 21, fp[32:])

    # Everything that flows goes in a frame between the header and the signature block.
    story: list = []
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
            color = SEVERITY_COLOR.get(group.severity, colors.black).hexval()[2:]
            story.append(Paragraph(f'<font color="#{color}">●</font> {escape(group.message)}', st["base"]))
        if len(groups) > COVER_FINDINGS:
            story.append(_p(tr(lang, "more_findings", n=len(groups) - COVER_FINDINGS), st["small"]))
    else:
        story.append(Paragraph(f'<font color="#2e7d32">✓</font> {escape(tr(lang, "preflight_ok"))}', st["base"]))
    if doc.note:
        story.append(Spacer(1, 4))
        story.append(_p(doc.note, st["small"]))
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


def draw_qr(c: Canvas, value: str, x: float, y: float, size: float) -> None:
    """Draw a QR code as filled squares (no fonts involved, unlike reportlab's widget)."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    count = code.getModuleCount()
    quiet = 2
    module = size / (count + 2 * quiet)
    c.saveState()
    c.setFillColor(colors.white)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.setFillColor(colors.black)
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
    data = [[_p(tr(lang, key), st["cellb"]), _p(value, st["cell"])] for key, value in rows]
    table = Table(data, colWidths=[mm_to_pt(38), None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.Color(0.85, 0.85, 0.85)),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _checklist_table(lang: str, st: dict[str, ParagraphStyle]) -> Table:
    items = [f"☐  {checklist_label(lang, key)}" for key in CHECKLIST]
    half = math.ceil(len(items) / 2)
    rows = []
    for i in range(half):
        second = items[half + i] if half + i < len(items) else ""
        rows.append([_p(items[i], st["base"]), _p(second, st["base"])])
    table = Table(rows, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _signature_block(c: Canvas, doc: ProofDocument, left: float, right: float, pages: int) -> None:
    lang = doc.lang
    y = mm_to_pt(38)
    c.setFillColor(colors.black)
    c.setFont(SANS_BOLD, 9)
    c.drawString(left, y, tr(lang, "sign_here"))
    line_y = mm_to_pt(22)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.6)
    gap = mm_to_pt(6)
    width = (right - left - 2 * gap) / 3
    labels = [tr(lang, "place_date"), tr(lang, "signature"), tr(lang, "name_print")]
    c.setFont(SANS, 7.5)
    for i, label in enumerate(labels):
        x = left + i * (width + gap)
        c.line(x, line_y, x + width, line_y)
        c.drawString(x, line_y - 10, label)
    c.setFont(SANS, 6.5)
    c.setFillColor(colors.Color(0.35, 0.35, 0.35))
    c.drawString(
        left,
        mm_to_pt(10),
        f"{tr(lang, 'order')} {doc.order_number} · {tr(lang, 'version')} "
        f"{doc.version} · {format_datetime(lang, doc.made_at)}",
    )
    c.drawRightString(right, mm_to_pt(10), tr(lang, "page_of", page=1, pages=pages))
    c.setFillColor(colors.black)


# --- artwork pages --------------------------------------------------------------------


def _artwork_page(
    c: Canvas, doc: ProofDocument, side: ProofSide, jpeg: bytes, number: int, pages: int, marked: bool = False
) -> None:
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
    c.drawImage(_JpegReader(jpeg), x0, y_top - u(rect.height), u(rect.width), u(rect.height))
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
    c.setStrokeColor(TRIM_COLOR)
    c.rect(trim_box[0], trim_box[1], u(spec.width_mm), u(spec.height_mm), stroke=1, fill=0)
    safe = safe_margin_mm(spec)
    c.setStrokeColor(SAFE_COLOR)
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
    c.setStrokeColor(colors.Color(0.5, 0.5, 0.5))
    c.setLineWidth(0.3)
    c.rect(bleed_box[0], bleed_box[1], u(bw), u(bh), stroke=1, fill=0)
    c.restoreState()

    _trim_marks(c, trim_box, bleed_box)
    _legend(c, doc, page_w, page_h, margin, s, safe)
    _colour_statement(c, doc, page_w, page_h, marked)

    c.setFont(SANS, 6.5)
    c.setFillColor(colors.Color(0.25, 0.25, 0.25))
    slug = (
        f"{tr(lang, 'order')} {doc.order_number} · {tr(lang, 'version')} {doc.version} · "
        f"{side_label(lang, side.side)} · {format_datetime(lang, doc.made_at)} · "
        f"{tr(lang, 'page_of', page=number, pages=pages)}"
    )
    c.drawCentredString(page_w / 2, mm_to_pt(3), slug)
    c.setFillColor(colors.black)


def _watermark(c: Canvas, text: str, bleed_box: tuple[float, float, float, float], spec: JobSpec, scale: float) -> None:
    """Repeat the watermark diagonally over the whole bleed box, so no crop escapes it.

    Drawn once into a form (XObject) per size and placed on every artwork page of that size: a
    32-page brochure carries the hundreds of watermark texts once, not 64 times.
    """
    x1, y1, x2, y2 = bleed_box
    name = "wm" + hashlib.sha256(f"{text}|{bleed_box}".encode()).hexdigest()[:16]
    made = getattr(c, "_printproof_forms", set())
    if name not in made:
        c.beginForm(name, x1, y1, x2, y2)
        _watermark_text(c, text, bleed_box)
        c.endForm()
        made.add(name)
        c._printproof_forms = made  # type: ignore[attr-defined]
    c.doForm(name)


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
    c.setFillColor(WATERMARK_COLOR, alpha=0.30)
    c.setStrokeColor(colors.white, alpha=0.45)
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
        c.setFillColor(colors.Color(0.8, 0.05, 0.1))
        font = SANS_BOLD
    else:
        text = tr(lang, "simulated_for", profile=doc.press.profile or "–")
        c.setFillColor(colors.Color(0.2, 0.2, 0.2))
        font = SANS
    size = 6.0
    while size > 3.5 and c.stringWidth(text, font, size) > page_w - 8:
        size -= 0.25  # a narrow business card: the sentence shrinks rather than running off the page
    c.setFont(font, size)
    c.drawCentredString(page_w / 2, page_h - mm_to_pt(7.2), text)
    c.setFillColor(colors.black)


def _trim_marks(c: Canvas, trim: tuple[float, float, float, float], bleed: tuple[float, float, float, float]) -> None:
    gap, length = mm_to_pt(MARK_GAP_MM), mm_to_pt(MARK_LEN_MM)
    tx1, ty1, tx2, ty2 = trim
    bx1, by1, bx2, by2 = bleed
    c.saveState()
    c.setStrokeColor(colors.black)
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
        (TRIM_COLOR, False, tr(lang, "legend_trim")),
        (BLEED_SHADE, None, f"{tr(lang, 'legend_bleed')} {format_mm(doc.spec.bleed_mm)} mm"),
        (SAFE_COLOR, True, f"{tr(lang, 'legend_safe')} {format_mm(safe)} mm"),
    ]
    font = 6.0
    c.setFont(SANS_BOLD if scale != 1 else SANS, font)
    parts_w = sum(c.stringWidth(label, SANS, font) + 14 for _, _, label in items)
    total = parts_w + c.stringWidth(size_text, SANS_BOLD, font) + 10
    x = max(4.0, (page_w - total) / 2)
    c.setFillColor(colors.Color(0.8, 0.05, 0.1) if scale != 1 else colors.Color(0.2, 0.2, 0.2))
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
        c.setFillColor(colors.Color(0.2, 0.2, 0.2))
        c.drawString(x + 11, y, label)
        x += c.stringWidth(label, SANS, font) + 14
    c.setFillColor(colors.black)
