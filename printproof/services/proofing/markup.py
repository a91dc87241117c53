"""Marks on a proof, drawn: the marked pages and small crops of the marked places (Pillow on pdfium renders).

Used where marks are shown outside the app: the next version's cover lists them with crops, the certificate
and the dossier show the marked pages. The screens draw marks themselves (``ui/order/markup.py``).
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont

from ...domain.markup import Mark, MarkKind, Markup, pin_label, read_markup
from ...resources import get_resource
from ...store.blobs import blob_bytes
from ...store.models import Approval, Proof

INK = (220, 20, 60)  # the marks' red: visible on paper and screen, not a press colour anyone asks for
HALO = (255, 255, 255)
PAGE_DPI = 110
PDFIUM_LOCK = threading.Lock()  # pdfium is not thread-safe: one document at a time, in every module


@dataclass(frozen=True)
class MarkCrop:
    """One mark as the next version's cover shows it: its label, its text and a small picture of the place."""

    label: str
    text: str
    page: int
    jpeg: bytes


def render_page(pdf: bytes, page: int, dpi: float = PAGE_DPI) -> Image.Image:
    """Page ``page`` of ``pdf`` as an RGB image at ``dpi``."""
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            p = document[page]
            try:
                image: Image.Image = p.render(scale=dpi / 72, fill_color=(255, 255, 255, 255)).to_pil()
                return image.convert("RGB")
            finally:
                p.close()
        finally:
            document.close()


def page_labels(pdf: bytes) -> list[str]:
    """The label of each page of ``pdf`` (the proof names its sides and their colour warning pages so)."""
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            return [document.get_page_label(n) or "" for n in range(len(document))]
        finally:
            document.close()


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(get_resource("fonts", "DejaVuSans-Bold.ttf")), size)


def draw_marks(image: Image.Image, marks: list[Mark] | tuple[Mark, ...], page: int) -> Image.Image:
    """``image`` (page ``page``, any size) with the marks of that page drawn on it, in the marks' red."""
    out = image.convert("RGB").copy()
    draw = ImageDraw.Draw(out)
    w, h = out.size
    line = max(2, round(min(w, h) / 250))
    for mark in marks:
        if mark.page != page:
            continue
        pts = [(x * w, y * h) for x, y in mark.points]
        if mark.kind == MarkKind.PEN:
            if len(pts) == 1:
                x, y = pts[0]
                draw.ellipse((x - line, y - line, x + line, y + line), fill=INK)
            else:  # a white halo keeps the stroke readable on any artwork and beside the red watermark
                draw.line(pts, fill=HALO, width=line + 2 * max(1, line // 2), joint="curve")
                draw.line(pts, fill=INK, width=line, joint="curve")
        elif mark.kind == MarkKind.CIRCLE:
            (x0, y0), (x1, y1) = pts
            box = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
            draw.ellipse(box, outline=HALO, width=line + 2 * max(1, line // 2))
            draw.ellipse((box[0] + 1, box[1] + 1, box[2] - 1, box[3] - 1), outline=INK, width=line)
        else:
            x, y = pts[0]
            r = max(9, round(min(w, h) / 45))
            draw.ellipse((x - r, y - r, x + r, y + r), fill=INK, outline=(255, 255, 255), width=max(1, line // 2))
            label = str(mark.number)
            font = _font(round(r * 1.2))
            box = draw.textbbox((0, 0), label, font=font)
            draw.text(
                (x - (box[2] - box[0]) / 2 - box[0], y - (box[3] - box[1]) / 2 - box[1]), label, fill="white", font=font
            )
    return out


def jpeg(image: Image.Image, quality: int = 82) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=quality)
    return out.getvalue()


def crops(pdf: bytes, markup: Markup, size_px: int = 260) -> list[MarkCrop]:
    """A small picture of each marked place (the mark drawn in), pins first in their order, then the rest."""
    pages: dict[int, Image.Image] = {}
    ordered = sorted(markup.marks, key=lambda m: (m.kind != MarkKind.PIN, m.number, m.page))
    found = []
    for mark in ordered:
        if mark.page not in pages:
            pages[mark.page] = draw_marks(render_page(pdf, mark.page), markup.marks, mark.page)
        page = pages[mark.page]
        w, h = page.size
        left, top, right, bottom = mark.box()
        cx, cy = (left + right) / 2 * w, (top + bottom) / 2 * h
        half = max((right - left) * w, (bottom - top) * h, min(w, h) * 0.22) / 2 * 1.35
        box = (
            round(max(0, cx - half)),
            round(max(0, cy - half)),
            round(min(w, cx + half)),
            round(min(h, cy + half)),
        )
        crop = page.crop(box)
        crop.thumbnail((size_px, size_px), Image.Resampling.LANCZOS)
        found.append(MarkCrop(pin_label(mark), mark.text, mark.page, jpeg(crop)))
    return found


def marked_pages(pdf: bytes, markup: Markup, dpi: float = PAGE_DPI) -> list[tuple[int, bytes]]:
    """Every marked page with its marks drawn, as JPEG: (page, bytes), in page order."""
    return [
        (page, jpeg(draw_marks(render_page(pdf, page, dpi), markup.marks, page)))
        for page in sorted({m.page for m in markup.marks})
    ]


def markup_of(approval: Approval) -> Markup | None:
    """The marks kept with a record, or None."""
    return read_markup(blob_bytes(approval.markup_id)) if approval.markup_id else None


def requests_before(proof_order_id: int, version: int) -> list[Approval]:
    """The "changes requested" records on version ``version - 1`` of an order (what version ``version`` answers)."""
    return list(
        Approval.select()
        .join(Proof)
        .where(
            (Approval.order == proof_order_id)
            & (Proof.version == version - 1)
            & (Approval.decision == "changes_requested")
        )
        .order_by(Approval.id)
    )
