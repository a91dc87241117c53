"""Reading the customer's files: sniff, check, measure and render at proof resolution.

Pure functions over bytes, no database: the slow work happens here, before a write
transaction is opened, so another workstation never waits for a decoding poster. Every
side is shown as the press prints it (services/artwork/colour.py): the preview is the simulated
view, and where colours change visibly the hatching of a colour warning is made beside it.
"""

from __future__ import annotations

import io
import os
import queue
import struct
import warnings
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageCms, ImageFilter, UnidentifiedImageError

from ...domain.errors import UserError
from ...domain.geometry import image_rect, safe_margin_mm
from ...domain.i18n import t
from ...domain.pdf_report import pdf_has_trim
from ...domain.preflight import SideArtwork, placement
from ...domain.spec import JobSpec
from ..core import png
from .colour import PressSetup, PressView, default_setup, press_view, press_view_of_pixels

MAX_FILE_BYTES = 500 * 1024 * 1024
MAX_PIXELS = 300_000_000  # an A0 poster at 300 dpi with bleed is about 140 MP
THUMBNAIL_PX = 360
PREVIEW_QUALITY = 88
DRAFT_SLACK = 0.9  # accept a JPEG draft down to 90 % of the proof resolution: much faster decoding

Image.MAX_IMAGE_PIXELS = MAX_PIXELS


@dataclass(frozen=True)
class DecodedPage:
    """One page or frame of an artwork file, measured and rendered for proofs."""

    page: int
    width_px: int
    height_px: int
    mode: str
    bits: int
    icc_profile: str
    vector: bool
    preview: bytes  # RGB JPEG at proof resolution, in the press's colours
    preview_key: str
    thumbnail: bytes  # small JPEG for lists
    edges_with_content: tuple[str, ...]
    hatching: bytes | None = None  # 1-bit PNG: black stripes over the colours that change in print (colour.hatching)
    checks: dict[str, object] = field(default_factory=dict)  # measured: "pdf", "ink", "gamut"


def preview_key(spec: JobSpec, dpi: int, press: PressSetup | None = None) -> str:
    """What a preview depends on: size, bleed, resolution and the press simulation."""
    return f"{spec.width_mm:g}x{spec.height_mm:g}+{spec.bleed_mm:g}@{dpi}/{(press or default_setup()).key}"


def preview_dpi(key: str) -> float | None:
    """The resolution a preview key names: ``85x55+3@150/…`` (and keys from before the press part) → 150."""
    if "@" not in key:
        return None
    try:
        return float(key.rsplit("@", 1)[1].split("/", 1)[0])
    except ValueError:
        return None


def sniff(data: bytes, name: str) -> str:
    """The file's real type from its first bytes: ``png``, ``jpeg``, ``tiff`` or ``pdf``."""
    if not data:
        raise UserError(t("“{name}” is empty (0 bytes).", name=name))
    if len(data) > MAX_FILE_BYTES:
        raise UserError(
            t(
                "“{name}” is {megabytes:.0f} MB; artwork files up to 500 MB are accepted.",
                name=name,
                megabytes=len(data) / 1e6,
            )
        )
    head = data[:1024]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "tiff"
    if b"%PDF-" in head:
        return "pdf"
    if head[:6] in (b"GIF87a", b"GIF89a") or head[:2] == b"BM" or head[8:12] in (b"WEBP", b"heic", b"heix"):
        raise UserError(
            t("“{name}” is an image type PrintProof does not take; save it as PDF, TIFF, PNG or JPEG.", name=name)
        )
    raise UserError(t("“{name}” is not artwork: it is not a PDF, TIFF, PNG or JPEG file.", name=name))


def read_pages(
    data: bytes, name: str, spec: JobSpec, dpi: int, press: PressSetup | None = None
) -> tuple[str, list[DecodedPage]]:
    """Check and render every page of an artwork file. Refuses what is unusable with one sentence."""
    kind = sniff(data, name)
    press = press or default_setup()
    if kind == "pdf":
        return kind, _read_pdf(data, name, spec, dpi, press)
    return kind, _read_image(data, name, kind, spec, dpi, press)


def _read_image(data: bytes, name: str, kind: str, spec: JobSpec, dpi: int, press: PressSetup) -> list[DecodedPage]:
    pages: list[DecodedPage] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
            frames = getattr(im, "n_frames", 1) if kind == "tiff" else 1
            if frames > 64:
                raise UserError(
                    t("“{name}” has {frames} pages; at most 64 sides are accepted.", name=name, frames=frames)
                )
            for frame in range(frames):
                if frame:
                    im.seek(frame)
                pages.append(_decode_frame(im, frame, name, spec, dpi, press))
    except UserError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise UserError(t("“{name}” claims an absurd number of pixels; it was refused as unsafe.", name=name)) from exc
    except UnidentifiedImageError as exc:
        raise UserError(
            t("“{name}” is damaged: it looks like {kind} but cannot be read.", name=name, kind=kind.upper())
        ) from exc
    except (OSError, SyntaxError, ValueError, TypeError, KeyError, EOFError, IndexError, struct.error) as exc:
        raise UserError(unreadable_image(name, exc)) from exc
    except MemoryError as exc:
        raise UserError(t("“{name}” is too large to open on this computer.", name=name)) from exc
    return pages


def _orientation(im: Image.Image) -> int:
    try:
        return int(im.getexif().get(0x0112, 1))
    except Exception:  # a broken EXIF block must not refuse a usable photo
        return 1


def _bits(im: Image.Image) -> int:
    tags = getattr(im, "tag_v2", None)
    if tags is not None and 258 in tags:
        value = tags[258]
        return int(value[0] if isinstance(value, tuple) else value)
    if im.mode.startswith("I;16") or im.mode == "I":
        return 16
    return 1 if im.mode == "1" else 8


def _icc_name(icc: bytes | None) -> str:
    if not icc:
        return ""
    try:
        return ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(icc))).strip()[:200] or "ICC"
    except Exception:  # a damaged profile is reported as present but nameless
        return "ICC (unreadable)"


def _prepared(im: Image.Image) -> Image.Image:
    """16-bit and float greys as 8-bit grey; every other mode as it is (the press view takes it from there)."""
    if im.mode.startswith("I;16") or im.mode in ("I", "F"):
        return im.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    return im


def _encode_jpeg(im: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    im.save(out, "JPEG", quality=quality, optimize=False)
    return out.getvalue()


def with_source(data: bytes, source: str) -> bytes:
    """A preview, thumbnail or hatching (JPEG or PNG) with a comment naming what it was made for (:func:`source_of`):
    what two orders make is two stored files even where their pixels agree (the same design, two customers' sides
    of one colour), each erased with its own order. An erased file's bytes never come back, so a file shared with
    an erased order would be empty for the other."""
    text = source.encode("ascii")
    if data.startswith(b"\xff\xd8"):  # JPEG: a COM segment right after the start of image
        return data[:2] + b"\xff\xfe" + struct.pack(">H", len(text) + 2) + text + data[2:]
    return png.with_comment(data, text)


def source_of(order_number: str, original_sha256: str) -> str:
    """What a preview was made for: ``PrintProof: order 2026-00001, file <SHA-256 of the artwork file>``."""
    return f"PrintProof: order {order_number}, file {original_sha256}"


def _decode_frame(im: Image.Image, frame: int, name: str, spec: JobSpec, dpi: int, press: PressSetup) -> DecodedPage:
    width, height = im.size
    if width < 1 or height < 1:
        raise UserError(t("“{name}” has no pixels.", name=name))
    if width * height > MAX_PIXELS:
        raise UserError(
            t(
                "“{name}” has {width} × {height} pixels ({mp:.0f} megapixels); "
                "at most {limit} megapixels are accepted.",
                name=name,
                width=width,
                height=height,
                mp=width * height / 1e6,
                limit=MAX_PIXELS // 1_000_000,
            )
        )
    orientation = _orientation(im) if frame == 0 else 1
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    mode, bits, icc = im.mode, _bits(im), im.info.get("icc_profile")
    side = SideArtwork(0, width, height, mode)
    _, eff_dpi = placement(spec, side)
    scale = min(1.0, dpi / eff_dpi) if eff_dpi > 0 else 1.0
    target = (max(1, round(im.size[0] * scale)), max(1, round(im.size[1] * scale)))
    if im.format == "JPEG" and scale < 1:
        im.draft(im.mode, (int(target[0] * DRAFT_SLACK), int(target[1] * DRAFT_SLACK)))
    im.load()
    ink_source = None
    if im.size[0] > target[0] * 1.01:
        if im.mode == "CMYK":  # box-averaged for the ink measure: Lanczos rings above the real ink at edges
            ink_source = im.reduce(max(1, int(im.size[0] / target[0])))
        im = im.resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
    if orientation != 1:
        im = _apply_orientation(im, orientation)
    if ink_source is not None and orientation != 1:
        ink_source = _apply_orientation(ink_source, orientation)
    view = press_view(_prepared(im), icc, press, ink_source=ink_source)
    return _finish(view, frame, width, height, mode, bits, _icc_name(icc), False, spec, dpi, press)


def _apply_orientation(im: Image.Image, orientation: int) -> Image.Image:
    method = {
        2: Image.Transpose.FLIP_LEFT_RIGHT,
        3: Image.Transpose.ROTATE_180,
        4: Image.Transpose.FLIP_TOP_BOTTOM,
        5: Image.Transpose.TRANSPOSE,
        6: Image.Transpose.ROTATE_270,
        7: Image.Transpose.TRANSVERSE,
        8: Image.Transpose.ROTATE_90,
    }.get(orientation)
    return im.transpose(method) if method is not None else im


def _finish(
    view: PressView,
    page: int,
    width: int,
    height: int,
    mode: str,
    bits: int,
    icc_name: str,
    vector: bool,
    spec: JobSpec,
    dpi: int,
    press: PressSetup,
    checks: dict[str, object] | None = None,
) -> DecodedPage:
    rgb = view.image
    factor = max(rgb.size) / THUMBNAIL_PX
    thumb = rgb
    if factor >= 2:
        thumb = thumb.reduce(int(factor))  # a box average: quick, and fine at thumbnail size
    if max(thumb.size) > THUMBNAIL_PX:
        scale = THUMBNAIL_PX / max(thumb.size)
        size = (max(1, round(thumb.size[0] * scale)), max(1, round(thumb.size[1] * scale)))
        thumb = thumb.resize(size, Image.Resampling.BILINEAR)
    return DecodedPage(
        page=page,
        width_px=width,
        height_px=height,
        mode=mode,
        bits=bits,
        icc_profile=icc_name,
        vector=vector,
        preview=_encode_jpeg(rgb, PREVIEW_QUALITY),
        preview_key=preview_key(spec, dpi, press),
        thumbnail=_encode_jpeg(thumb, 80),
        edges_with_content=content_near_cut(rgb, spec, width, height),
        hatching=view.hatching,
        checks={**(checks or {}), **view.checks},
    )


def _read_pdf(data: bytes, name: str, spec: JobSpec, dpi: int, press: PressSetup) -> list[DecodedPage]:
    from .pdf_preflight import analyse
    from .pdf_render import RenderedPage, render_pages

    analysis = analyse(data, name)
    if len(analysis.pages) == 0:
        raise UserError(t("“{name}” is a PDF without pages.", name=name))
    if len(analysis.pages) > 64:
        raise UserError(
            t("“{name}” has {count} pages; at most 64 sides are accepted.", name=name, count=len(analysis.pages))
        )
    cmyk_profile = (analysis.output_profile or press.icc) if analysis.device_cmyk_pages else None
    trims = [pdf_has_trim(report, spec) for report in analysis.pages]

    workers = page_workers()
    drawn, viewed = PageMemory(4), PageMemory(workers)  # pages rendered and waiting; the views the workers make

    def finish(rendered: RenderedPage) -> DecodedPage:
        report = analysis.pages[rendered.index]
        # A page of only CMYK and grey already shows press colours (drawn through the profile);
        # RGB, Lab and spot colours are converted to the press first, with the gamut warning.
        press_only = set(report.colours) <= {"gray", "cmyk", "devicecmyk"}
        out = None
        try:
            if press_only:
                view = press_view(rendered.image, None, press, simulate=False)
            else:
                out = viewed.take(rendered.pixels.shape[0] * rendered.pixels.shape[1] * 5)
                view = press_view_of_pixels(press, rendered.pixels, out)
            width, height = view.image.size
            intent = analysis.pages[0].output_intent if rendered.index == 0 else ""
            checks: dict[str, object] = {"pdf": report.to_dict()}
            return _finish(view, rendered.index, width, height, "PDF", 8, intent, True, spec, dpi, press, checks)
        finally:  # nothing of the page is used after this: its memory goes to the next one
            drawn.give(rendered.memory)
            viewed.give(out)

    # One thread renders with pdfium (not thread-safe); workers convert, mark and encode the pages already
    # rendered (numpy, Pillow and littleCMS release the interpreter lock): the colour work of one page overlaps
    # the rendering of the next. At most four pages wait in memory.
    pages: list[Future[DecodedPage]] = []
    try:
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="pdf-page") as pool:
            for rendered in render_pages(data, name, spec, dpi, cmyk_profile, trims, drawn.take):
                pages.append(pool.submit(finish, rendered))
                if len(pages) >= 4:
                    pages[-4].result()  # a page that failed stops the rendering
            return [page.result() for page in pages]
    except MemoryError as exc:  # every buffer is given back by then: nothing waits for one
        raise UserError(t("“{name}” is too large to open on this computer.", name=name)) from exc


def page_workers() -> int:
    """Threads beside the rendering one for a PDF's pages: one on two cores (the renderer has the other; a second
    worker only contended with both, 0.80 s against 0.73 s for the brochure's pages), two where cores are spare
    (a page's colour work takes about as long as its rendering, so two always keep up)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 1 if cores <= 2 else 2


class PageMemory:
    """Memory for the pages in flight, handed round rather than made anew for each page: fresh memory costs
    a page fault every 4 KB, which on a virtual machine took as long as a page's colour lookup. Of ``count``
    buffers, ``take`` waits for one to be given back: whoever takes them never runs further ahead."""

    def __init__(self, count: int) -> None:
        self._free: queue.SimpleQueue[np.ndarray] = queue.SimpleQueue()
        for _ in range(count):
            self._free.put(np.empty(0, np.uint8))  # made to size when first taken

    def take(self, size: int) -> np.ndarray:
        buffer = self._free.get()
        if buffer.size >= size:
            return buffer
        try:
            return np.empty(size, np.uint8)
        except BaseException:
            self._free.put(buffer)  # out of memory: the one taken is back, or the next taker would wait for ever
            raise

    def give(self, buffer: np.ndarray | None) -> None:
        if buffer is not None:
            self._free.put(buffer)


def content_near_cut(rgb: Image.Image, spec: JobSpec, width_px: int, height_px: int) -> tuple[str, ...]:
    """Edges where detail (text, lines) sits between the cut and the safe zone.

    Compares the band just inside the cut with the bleed band just outside it: a
    background that runs into the bleed has detail in both, text near the edge only in
    the first. Returns e.g. ``("left", "bottom")``.
    """
    if spec.bleed_mm < 2:
        return ()  # no bleed band to compare with
    rect = image_rect(spec, width_px, height_px)
    bw, bh = spec.bleed_width_mm, spec.bleed_height_mm
    px_per_mm = rgb.size[0] / rect.width
    if px_per_mm * spec.bleed_mm < 4:
        return ()  # too coarse to judge
    b, s = spec.bleed_mm, safe_margin_mm(spec)

    def density(x0: float, y0: float, x1: float, y1: float) -> float:
        # Band corners in the image's pixels (the image may sit offset when its shape differs).
        box = [
            round((x0 - rect.x) * px_per_mm),
            round((y0 - rect.y) * px_per_mm),
            round((x1 - rect.x) * px_per_mm),
            round((y1 - rect.y) * px_per_mm),
        ]
        box = [max(0, min(v, lim)) for v, lim in zip(box, (*rgb.size, *rgb.size), strict=True)]
        if box[2] - box[0] < 3 or box[3] - box[1] < 3:
            return 0.0
        band = rgb.crop((box[0], box[1], box[2], box[3])).convert("L")  # the band alone, not the whole side, in grey
        edges = band.filter(ImageFilter.FIND_EDGES)
        inner = edges.crop((1, 1, edges.size[0] - 1, edges.size[1] - 1))  # the filter's own border is noise
        count = inner.size[0] * inner.size[1]
        return sum(inner.histogram()[61:]) / count if count else 0.0

    inset = 1.0  # mm kept clear of the cut and safe lines themselves
    bands = {
        "left": ((b + inset, b + s, b + s - inset, bh - b - s), (0.5, b + s, b - inset, bh - b - s)),
        "right": (
            (bw - b - s + inset, b + s, bw - b - inset, bh - b - s),
            (bw - b + inset, b + s, bw - 0.5, bh - b - s),
        ),
        "top": ((b + s, b + inset, bw - b - s, b + s - inset), (b + s, 0.5, bw - b - s, b - inset)),
        "bottom": (
            (b + s, bh - b - s + inset, bw - b - s, bh - b - inset),
            (b + s, bh - b + inset, bw - b - s, bh - 0.5),
        ),
    }
    found = []
    for edge, (inner, outer) in bands.items():
        d_in, d_out = density(*inner), density(*outer)
        if d_in > 0.01 and d_in > 3 * d_out + 0.005:
            found.append(edge)
    return tuple(found)


MEDIA_TYPES_BY_KIND = {"png": "image/png", "jpeg": "image/jpeg", "tiff": "image/tiff", "pdf": "application/pdf"}


def check_photo(data: bytes, name: str) -> str:
    """Refuse a photo that is not a readable PNG, JPEG or TIFF; return its type."""
    if not data:
        raise UserError(t("“{name}” is empty (0 bytes).", name=name))
    head = data[:16]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        kind = "png"
    elif head.startswith(b"\xff\xd8\xff"):
        kind = "jpeg"
    elif head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        kind = "tiff"
    elif b"%PDF-" in data[:1024]:
        raise UserError(t("“{name}” is a PDF; photos must be JPEG, PNG or TIFF.", name=name))
    else:
        raise UserError(t("“{name}” is not a photo; PrintProof takes photos as JPEG, PNG or TIFF.", name=name))
    if len(data) > MAX_FILE_BYTES:
        raise UserError(
            t("“{name}” is too large for a photo ({megabytes:.0f} MB).", name=name, megabytes=len(data) / 1e6)
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as im:
                if im.size[0] * im.size[1] > MAX_PIXELS:
                    raise UserError(t("“{name}” has too many pixels to be a photo.", name=name))
                im.draft("RGB", (400, 400))
                im.load()
    except UserError:
        raise
    except Exception as exc:
        raise UserError(t("The photo “{name}” is damaged or incomplete and cannot be shown.", name=name)) from exc
    return kind


def unreadable_image(name: str, exc: BaseException) -> str:
    """What Pillow's complaint about a file means for the user; Pillow's own English is not passed on."""
    said = str(exc).casefold()
    if "decompressed data too large" in said or "too much memory" in said:
        return t(
            "“{name}” carries an oversized text or colour-profile block; open it in the design program and "
            "save or export it again (PDF or TIFF).",
            name=name,
        )
    return t("“{name}” is damaged or truncated and cannot be read; ask the customer for the file again.", name=name)


def upright_jpeg(data: bytes, max_px: int = 1800) -> bytes:
    """A photo turned upright as its EXIF orientation says, at most ``max_px`` on its long side, as JPEG.

    Phones store photos sideways with an orientation tag; documents and screens show them upright.
    The stored original stays as it was taken (its hash is sealed).
    """
    from PIL import ImageOps

    with Image.open(io.BytesIO(data)) as im:
        im.draft("RGB", (max_px, max_px))
        upright = ImageOps.exif_transpose(im)
        upright = upright.convert("RGB")
        upright.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
        return _encode_jpeg(upright, 85)
