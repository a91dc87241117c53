"""Render a customer's PDF pages for the proof, with pdfium (pypdfium2; Apache-2.0/BSD).

- The region rendered is what production prints: the page's own TrimBox plus the ordered
  bleed when the PDF has a TrimBox of the ordered size (what the file lacks of that bleed
  stays white, as it would on press); otherwise its BleedBox, else its CropBox.
- DeviceCMYK is drawn through a real ICC profile — the file's PDF/X output profile, else the
  shop's press profile — never through pdfium's built-in formula: the file is rewritten in
  memory so its DeviceCMYK reads as ICCBased before pdfium sees it.
- Form fields and annotations are drawn as a PDF reader prints them (pdfium's print mode
  honours the annotations' print flags; fields get appearances from the form module).
"""

from __future__ import annotations

import ctypes
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pikepdf
import pypdfium2 as pdfium
from PIL import Image

if TYPE_CHECKING:
    from pikepdf.models import ContentStreamInstructions

from ...domain.errors import UserError
from ...domain.i18n import t
from ...domain.spec import JobSpec
from ...domain.units import MM_PER_INCH, mm_to_pt, px_for
from .pdf_objects import check_content_size

MAX_RENDER_PIXELS = 60_000_000
PROFILE_NAME = "/PrintProofCMYK"

Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF units


Memory = Callable[[int], np.ndarray]  # bytes for a page's pixels (at least the number asked for), handed round


@dataclass(frozen=True)
class RenderedPage:
    index: int
    image: Image.Image  # RGBX (sRGB, the fourth byte unused), at (about) the proof resolution
    placed_by_trim: bool  # the page's TrimBox placed it: it covers exactly finished size plus the ordered bleed
    pixels: np.ndarray  # the image's bytes, rows × columns × 4 (shared with it)
    memory: np.ndarray | None = None  # what ``memory`` gave for the page, to be given back once it is done


def rotate_edges(edges: Box, rotation: int) -> Box:
    """Amounts per edge (left, bottom, right, top) of the unrotated page, as seen after ``/Rotate``."""
    left, bottom, right, top = edges
    if rotation == 90:
        return bottom, right, top, left
    if rotation == 180:
        return right, top, left, bottom
    if rotation == 270:
        return top, left, bottom, right
    return edges


def render_pages(
    data: bytes,
    name: str,
    spec: JobSpec,
    dpi: int,
    cmyk_profile: bytes | None,
    trims: list[bool],
    memory: Memory | None = None,
) -> Iterator[RenderedPage]:
    """Render every page, one after the other (pdfium is not thread-safe: one thread renders).

    ``cmyk_profile``: the ICC profile for DeviceCMYK (None: the file has none). ``trims[i]`` says
    whether page ``i``'s TrimBox matches the ordered size (the preflight knows). ``memory``: where to
    draw each page (else new memory each time).
    """
    source = with_cmyk_profile(data, cmyk_profile) if cmyk_profile else data
    try:
        pdf = pdfium.PdfDocument(source)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise UserError(
                t("“{name}” is password-protected; ask the customer for an unprotected PDF.", name=name)
            ) from exc
        raise UserError(t("“{name}” is a damaged PDF and cannot be read.", name=name)) from exc
    try:
        count = len(pdf)
        if count == 0:
            raise UserError(t("“{name}” is a PDF without pages.", name=name))
        if count > 64:
            raise UserError(t("“{name}” has {count} pages; at most 64 sides are accepted.", name=name, count=count))
        pdf.init_forms()
        for index in range(count):
            page = pdf[index]
            try:
                by_trim = index < len(trims) and trims[index]
                rendered = _render(page, index, name, spec, dpi, by_trim, memory)
            finally:
                page.close()
            yield rendered
    except (pdfium.PdfiumError, ValueError) as exc:  # ValueError: pdfium's own check of absurd page boxes
        raise UserError(t("“{name}” is a damaged PDF and cannot be read.", name=name)) from exc
    finally:
        pdf.close()


def _render(
    page: pdfium.PdfPage, index: int, name: str, spec: JobSpec, dpi: int, by_trim: bool, memory: Memory | None
) -> RenderedPage:
    page_w, page_h = page.get_size()  # what is visible: the CropBox within the MediaBox
    if page_w < 1 or page_h < 1:
        raise UserError(
            t(
                "Page {page} of “{name}” shows nothing: its visible area lies outside the page; "
                "ask the customer to export the PDF again.",
                page=index + 1,
                name=name,
            )
        )
    crop_box = page.get_cropbox()
    rotation = page.get_rotation() % 360
    if by_trim:
        trim = page.get_trimbox()
        bleed = mm_to_pt(spec.bleed_mm)
        region = (trim[0] - bleed, trim[1] - bleed, trim[2] + bleed, trim[3] + bleed)
    else:
        bleed_box = page.get_bleedbox()
        region = bleed_box if bleed_box and bleed_box[2] > bleed_box[0] else crop_box
    # What of the region lies outside the page cannot be drawn: it is padded white.
    visible = (
        max(region[0], crop_box[0]),
        max(region[1], crop_box[1]),
        min(region[2], crop_box[2]),
        min(region[3], crop_box[3]),
    )
    w_pt, h_pt = region[2] - region[0], region[3] - region[1]
    if w_pt < 1 or h_pt < 1 or visible[2] <= visible[0] or visible[3] <= visible[1]:
        raise UserError(t("Page {page} of “{name}” has no size.", page=index + 1, name=name))
    crop = (visible[0] - crop_box[0], visible[1] - crop_box[1], crop_box[2] - visible[2], crop_box[3] - visible[3])
    pad = (visible[0] - region[0], visible[1] - region[1], region[2] - visible[2], region[3] - visible[3])
    crop, pad = rotate_edges(crop, rotation), rotate_edges(pad, rotation)
    if rotation in (90, 270):
        w_pt, h_pt = h_pt, w_pt
    w_mm, h_mm = w_pt / 72 * MM_PER_INCH, h_pt / 72 * MM_PER_INCH
    render_dpi = float(dpi)
    if px_for(w_mm, render_dpi) * px_for(h_mm, render_dpi) > MAX_RENDER_PIXELS:
        render_dpi = dpi * (MAX_RENDER_PIXELS / (px_for(w_mm, dpi) * px_for(h_mm, dpi))) ** 0.5
    scale = render_dpi / 72
    given: list[np.ndarray] = []

    def bitmap_in_memory(width: int, height: int, **options: object) -> pdfium.PdfBitmap:
        if memory is None:
            return pdfium.PdfBitmap.new_native(width, height, **options)
        given.append(memory(width * height * 4))
        buffer = (ctypes.c_ubyte * (width * height * 4)).from_buffer(given[0].data)
        return pdfium.PdfBitmap.new_native(width, height, **options, buffer=buffer, stride=width * 4)

    bitmap = page.render(
        bitmap_maker=bitmap_in_memory,
        scale=scale,
        crop=tuple(max(0.0, c) for c in crop),
        fill_color=(255, 255, 255, 255),
        may_draw_forms=True,
        draw_annots=True,
        optimize_mode="print",
        prefer_bgrx=True,  # four bytes a pixel in R, G, B order: the image below shares the bitmap's memory,
        rev_byteorder=True,  # so the one rendering thread never copies or reorders a page's pixels
    )
    drawn: Image.Image = bitmap.to_pil()  # RGBX; pypdfium2 ships no types
    held = given[0] if given else None
    if not any(p > 0.01 for p in pad):
        return RenderedPage(index, drawn, by_trim, bitmap.to_numpy(), held)
    canvas = Image.new("RGBX", (max(1, round(w_pt * scale)), max(1, round(h_pt * scale))), (255, 255, 255))
    canvas.paste(drawn, (round(pad[0] * scale), round(pad[3] * scale)))
    return RenderedPage(index, canvas, by_trim, np.asarray(canvas), held)


def with_cmyk_profile(data: bytes, icc: bytes) -> bytes:
    """The same PDF with every DeviceCMYK read as ICCBased through ``icc`` (for rendering only).

    pdfium draws ICCBased colour through littleCMS but DeviceCMYK through a fixed formula, and it
    ignores ``/DefaultCMYK``: so colour spaces, images, shadings and the ``k``/``K`` operators of
    every content stream are rewritten. The stored original is never changed.
    """
    pdf = pikepdf.open(io.BytesIO(data))
    with pdf:
        stream = pikepdf.Stream(pdf, icc)
        stream["/N"] = 4
        space = pdf.make_indirect(pikepdf.Array([pikepdf.Name.ICCBased, stream]))
        for obj in list(pdf.objects):
            _replace_spaces(obj, space, 0)
        for page in pdf.pages:
            _add_resource(page.obj.get("/Resources") or _inherited_resources(page.obj), space)
            _rewrite_content(pdf, page.obj, space)
        for obj in list(pdf.objects):
            if isinstance(obj, pikepdf.Stream) and (
                obj.get("/Subtype") == pikepdf.Name.Form or obj.get("/PatternType") == 1
            ):
                if "/Resources" in obj:
                    _add_resource(obj["/Resources"], space)
                _rewrite_stream(obj)
        out = io.BytesIO()
        pdf.save(out, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.preserve)
        return out.getvalue()


def _inherited_resources(page: pikepdf.Dictionary) -> pikepdf.Object | None:
    node = page.get("/Parent")
    for _ in range(64):
        if not isinstance(node, pikepdf.Dictionary):
            return None
        if "/Resources" in node:
            return node["/Resources"]
        node = node.get("/Parent")
    return None


def _add_resource(resources: object, space: pikepdf.Object) -> None:
    if not isinstance(resources, pikepdf.Dictionary):
        return
    if not isinstance(resources.get("/ColorSpace"), pikepdf.Dictionary):
        resources["/ColorSpace"] = pikepdf.Dictionary()
    resources["/ColorSpace"][PROFILE_NAME] = space


def _is_cmyk(value: object) -> bool:
    return isinstance(value, pikepdf.Name) and str(value) in ("/DeviceCMYK", "/CMYK")


def _replace_spaces(obj: object, space: pikepdf.Object, depth: int) -> None:
    """Point every DeviceCMYK colour space (direct or nested in ``obj``) at the ICC space instead.

    Any dictionary value naming DeviceCMYK is a colour space (``/ColorSpace``, ``/CS``, a
    resource entry, a transparency group's ``/CS``) except an ICC stream's own ``/Alternate``.
    """
    if depth > 8:
        return
    if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
        for key in list(obj.keys()):
            value = obj[key]
            if _is_cmyk(value) and key != "/Alternate":
                obj[key] = space
            elif isinstance(value, pikepdf.Dictionary | pikepdf.Array) and not value.is_indirect:
                _replace_spaces(value, space, depth + 1)
    elif isinstance(obj, pikepdf.Array) and len(obj) > 1:
        family = str(obj[0]) if isinstance(obj[0], pikepdf.Name) else ""
        if family in ("/Separation", "/DeviceN") and len(obj) > 2 and _is_cmyk(obj[2]):
            obj[2] = space
        elif family in ("/Indexed", "/I") and _is_cmyk(obj[1]):
            obj[1] = space
        for item in obj:
            if isinstance(item, pikepdf.Dictionary | pikepdf.Array) and not item.is_indirect:
                _replace_spaces(item, space, depth + 1)


def _rewrite_content(pdf: pikepdf.Pdf, page: pikepdf.Dictionary, space: pikepdf.Object) -> None:
    contents = page.get("/Contents")
    if contents is None:
        return
    check_content_size(page)
    try:
        instructions = pikepdf.parse_content_stream(pikepdf.Page(page))
    except pikepdf.PdfError:
        return
    rewritten, changed = _rewrite(instructions)
    if changed:
        page["/Contents"] = pdf.make_stream(pikepdf.unparse_content_stream(rewritten))


def _rewrite_stream(stream: pikepdf.Stream) -> None:
    check_content_size(stream)
    try:
        instructions = pikepdf.parse_content_stream(stream)
    except pikepdf.PdfError:
        return
    rewritten, changed = _rewrite(instructions)
    if changed:
        stream.write(pikepdf.unparse_content_stream(rewritten))


def _rewrite(instructions: list[ContentStreamInstructions]) -> tuple[list[ContentStreamInstructions], bool]:
    name = pikepdf.Name(PROFILE_NAME)
    out: list[ContentStreamInstructions] = []
    changed = False
    for ins in instructions:
        if isinstance(ins, pikepdf.ContentStreamInlineImage):
            out.append(ins)
            continue
        op = str(ins.operator)
        if op in ("k", "K"):
            fill = op == "k"
            out.append(pikepdf.ContentStreamInstruction([name], pikepdf.Operator("cs" if fill else "CS")))
            out.append(pikepdf.ContentStreamInstruction(ins.operands, pikepdf.Operator("sc" if fill else "SC")))
            changed = True
        elif op in ("cs", "CS") and ins.operands and _is_cmyk(ins.operands[0]):
            out.append(pikepdf.ContentStreamInstruction([name], ins.operator))
            changed = True
        else:
            out.append(ins)
    return out, changed
