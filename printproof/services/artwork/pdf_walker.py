"""Walk one page of a customer's PDF with its graphics state and measure what preflight reports.

The transformation matrix, line width, fill and stroke colour spaces and values, overprint and the
current font (set by Tf or by a graphics state) are kept through the content stream and into forms and patterns:
a coloured tiling pattern's cell is walked with its own resources and matrix (nested ones too), an uncoloured one
paints the colour it is given, a shading pattern its shading's colour space; placed images,
fonts used, hairlines, RGB/Lab/spot colours, white overprint, total ink, boxes and printed
annotations come out as a :class:`..domain.pdf_report.PageReport`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pikepdf
from PIL import Image

from ...domain.pdf_report import HAIRLINE_PT, PageReport, PlacedImage
from ...domain.units import MM_PER_INCH
from .colour import ink_coverage, ninth
from .pdf_objects import (
    CMYK,
    DEVICE,
    GRAY,
    IDENTITY,
    INITIAL,
    PROCESS_NAMES,
    RGB,
    Matrix,
    Space,
    apply,
    box,
    check_content_size,
    font_facts,
    inherited,
    is_white,
    jpx_space,
    multiply,
    num,
    resolve_space,
    smallest_scale,
)

if TYPE_CHECKING:
    from pikepdf.models import ContentStreamInstructions

MAX_OPERATIONS = 400_000  # per page, forms included: a page beyond this is checked in part and says so
MAX_DEPTH = 12  # nested forms
MIN_IMAGE_SIDE_PX = 8  # a 2 × 2 px image stretched over a page is a flat colour, not a blurred photo
MAX_INK_PIXELS = 40_000_000  # CMYK images larger than this are not decoded for their ink coverage


@dataclass
class _State:
    ctm: Matrix = IDENTITY
    line_width: float = 1.0
    fill: Space = GRAY
    fill_values: tuple[float, ...] = (0.0,)
    stroke: Space = GRAY
    stroke_values: tuple[float, ...] = (0.0,)
    fill_overprint: bool = False
    stroke_overprint: bool = False
    overprint_mode: int = 0  # OPM 1: a DeviceCMYK component of 0 leaves the ink beneath (ISO 32000 8.6.7)
    render_mode: int = 0
    font: str | None = None  # the font resource's key in the fonts seen
    # The pattern a fill or stroke paints with (``/P0 scn``), and the matrix of the content stream it was named in:
    # a pattern's own matrix maps its cell into that stream's default space (ISO 32000 §8.7.3.1), not into the CTM.
    fill_pattern: tuple[object, Matrix] | None = None
    stroke_pattern: tuple[object, Matrix] | None = None


class PageWalker:
    """Walk one page's content with its graphics state and collect what preflight measures."""

    def __init__(self, page: pikepdf.Dictionary) -> None:
        self.page = page
        media = box(inherited(page, "/MediaBox")) or (0.0, 0.0, 612.0, 792.0)
        crop = box(inherited(page, "/CropBox")) or media
        self.trim = box(page.get("/TrimBox"))
        bleed = box(page.get("/BleedBox")) or crop
        self.reference = self.trim or crop
        self.rotate = int(num(inherited(page, "/Rotate") or 0)) % 360
        self.unit = num(page.get("/UserUnit", 1)) or 1.0
        self.bleed_box = bleed
        self.operations = 0
        self.incomplete = False
        self.device_cmyk = False
        self.images: list[PlacedImage] = []
        self.fonts: dict[str, tuple[str, str]] = {}  # objgen key → (name, "embedded"|"missing"|"type3")
        self.fonts_used: dict[str, None] = {}
        self.rgb_vector = False
        self.spots: dict[str, None] = {}
        self.white_overprint: dict[tuple[str, str], None] = {}
        self.overprint = False
        self.thin_lines = 0
        self.thinnest: tuple[float, str] | None = None
        self.ink: tuple[int, str] = (0, "")
        self.colours: dict[str, None] = {}
        # The DeviceCMYK areas filled so far (box, ink), newest last: what an overprinting object leaves beneath it.
        self.painted: list[tuple[tuple[float, float, float, float], tuple[float, ...]]] = []
        self._visiting: set[tuple[int, int]] = set()
        self._patterns_walked: set[tuple[int, int]] = set()
        self._placed_at: str | None = None  # while a pattern's cell is walked: where the pattern was painted

    # --- geometry ---------------------------------------------------------------------------

    def where(self, area: tuple[float, float, float, float] | None) -> str:
        """Which ninth of the page (as shown, rotation applied) the centre of ``area`` lies in (inside a pattern's
        cell: where the pattern was painted)."""
        if self._placed_at is not None:
            return self._placed_at
        if area is None:
            return "centre"
        x0, y0, x1, y1 = self.reference
        fx = ((area[0] + area[2]) / 2 - x0) / max(1e-6, x1 - x0)
        fy = ((area[1] + area[3]) / 2 - y0) / max(1e-6, y1 - y0)
        if self.rotate == 90:
            fx, fy = fy, 1 - fx
        elif self.rotate == 180:
            fx, fy = 1 - fx, 1 - fy
        elif self.rotate == 270:
            fx, fy = 1 - fy, fx
        return ninth(fx, 1 - fy)

    def _shown_size_mm(self, area: tuple[float, float, float, float]) -> tuple[float, float]:
        w, h = (area[2] - area[0]) * self.unit, (area[3] - area[1]) * self.unit
        if self.rotate in (90, 270):
            w, h = h, w
        return round(w / 72 * MM_PER_INCH, 2), round(h / 72 * MM_PER_INCH, 2)

    # --- the walk ---------------------------------------------------------------------------

    def run(self) -> PageReport:
        resources = inherited(self.page, "/Resources")
        if "/Contents" in self.page:
            try:
                instructions = pikepdf.parse_content_stream(pikepdf.Page(self.page))
            except pikepdf.PdfError:
                instructions = []
                self.incomplete = True
            self.walk(instructions, resources, _State(), 0)
        annotations = self._printed_annotations()
        trim_mm = self._shown_size_mm(self.trim) if self.trim else None
        bleed_found = None
        if self.trim:
            b, tr = self.bleed_box, self.trim
            bleed_found = max(0.0, min(tr[0] - b[0], tr[1] - b[1], b[2] - tr[2], b[3] - tr[3]))
            bleed_found = round(bleed_found * self.unit / 72 * MM_PER_INCH, 2)
        missing = [self.fonts[k][0] for k in self.fonts_used if self.fonts[k][1] == "missing"]
        type3 = [self.fonts[k][0] for k in self.fonts_used if self.fonts[k][1] == "type3"]
        return PageReport(
            images=self.images,
            fonts_not_embedded=list(dict.fromkeys(missing)),
            type3_fonts=list(dict.fromkeys(type3)),
            rgb_vector=self.rgb_vector,
            spot_colours=list(self.spots),
            white_overprint=list(self.white_overprint),
            overprint=self.overprint,
            thin_lines=self.thin_lines,
            thinnest_pt=None if self.thinnest is None else round(self.thinnest[0], 4),
            thinnest_where=self.thinnest[1] if self.thinnest else "",
            ink_max=self.ink[0],
            ink_where=self.ink[1],
            trim_mm=trim_mm,
            bleed_found_mm=bleed_found,
            annotations=annotations,
            incomplete=self.incomplete,
            colours=list(self.colours),
        )

    def _printed_annotations(self) -> int:
        count = 0
        for annot in self.page.get("/Annots", []) or []:
            if not isinstance(annot, pikepdf.Dictionary):
                continue
            subtype = str(annot.get("/Subtype", ""))
            flags = int(num(annot.get("/F", 0)))
            if subtype in ("/Link", "/Popup") or not flags & 4 or flags & 2:  # not printed, or hidden
                continue
            count += 1
        return count

    def walk(self, instructions: list[ContentStreamInstructions], resources: object, state: _State, depth: int) -> None:  # noqa: C901
        stack: list[_State] = []
        path_box: list[float] | None = None
        text_matrix: Matrix = IDENTITY
        line_matrix: Matrix = IDENTITY
        leading = 0.0
        res = resources if isinstance(resources, pikepdf.Dictionary) else pikepdf.Dictionary()
        base = state.ctm  # this stream's default space: where the patterns it names are placed

        def add_point(x: float, y: float) -> None:
            nonlocal path_box
            px, py = apply(state.ctm, x, y)
            if path_box is None:
                path_box = [px, py, px, py]
            else:
                path_box[0], path_box[1] = min(path_box[0], px), min(path_box[1], py)
                path_box[2], path_box[3] = max(path_box[2], px), max(path_box[3], py)

        for ins in instructions:
            self.operations += 1
            if self.operations > MAX_OPERATIONS:
                self.incomplete = True
                return
            if isinstance(ins, pikepdf.ContentStreamInlineImage):
                self._inline_image(ins, state)
                continue
            op = str(ins.operator)
            args = ins.operands
            if op in ("m", "l"):
                add_point(num(args[0]), num(args[1]))
            elif op == "c":
                for i in (0, 2, 4):
                    add_point(num(args[i]), num(args[i + 1]))
            elif op in ("v", "y"):
                for i in (0, 2):
                    add_point(num(args[i]), num(args[i + 1]))
            elif op == "re":
                x, y, w, h = (num(a) for a in args[:4])
                for px, py in ((x, y), (x + w, y), (x, y + h), (x + w, y + h)):
                    add_point(px, py)
            elif op in ("f", "F", "f*"):
                self._paint(state, path_box, fill=True, stroke=False, depth=depth)
                path_box = None
            elif op in ("S", "s"):
                self._paint(state, path_box, fill=False, stroke=True, depth=depth)
                path_box = None
            elif op in ("B", "B*", "b", "b*"):
                self._paint(state, path_box, fill=True, stroke=True, depth=depth)
                path_box = None
            elif op == "n":
                path_box = None
            elif op == "q":
                stack.append(_copy(state))
            elif op == "Q":
                if stack:
                    state = stack.pop()
            elif op == "cm" and len(args) == 6:
                state.ctm = multiply(tuple(num(a) for a in args), state.ctm)  # type: ignore[arg-type]
            elif op == "w" and args:
                state.line_width = num(args[0])
            elif op == "gs" and args:
                self._ext_gstate(res, args[0], state)
            elif op in ("cs", "CS") and args:
                space = resolve_space(args[0], res)
                values = INITIAL.get(space.kind, (0.0,) * max(1, len(space.names)))
                if op == "cs":
                    state.fill, state.fill_values = space, values
                else:
                    state.stroke, state.stroke_values = space, values
            elif op in ("sc", "scn"):
                state.fill_values = tuple(num(a) for a in args if not isinstance(a, pikepdf.Name))
                state.fill_pattern = _pattern(res, list(args), base)
            elif op in ("SC", "SCN"):
                state.stroke_values = tuple(num(a) for a in args if not isinstance(a, pikepdf.Name))
                state.stroke_pattern = _pattern(res, list(args), base)
            elif op in ("g", "rg", "k"):
                state.fill, state.fill_values = {"g": GRAY, "rg": RGB, "k": CMYK}[op], tuple(num(a) for a in args)
            elif op in ("G", "RG", "K"):
                state.stroke, state.stroke_values = {"G": GRAY, "RG": RGB, "K": CMYK}[op], tuple(num(a) for a in args)
            elif op == "BT":
                text_matrix = line_matrix = IDENTITY
            elif op == "Tm" and len(args) == 6:
                text_matrix = line_matrix = tuple(num(a) for a in args)  # type: ignore[assignment]
            elif op in ("Td", "TD") and len(args) == 2:
                tx, ty = num(args[0]), num(args[1])
                if op == "TD":
                    leading = -ty
                text_matrix = line_matrix = multiply((1, 0, 0, 1, tx, ty), line_matrix)
            elif op == "TL" and args:
                leading = num(args[0])
            elif op == "T*":
                text_matrix = line_matrix = multiply((1, 0, 0, 1, 0, -leading), line_matrix)
            elif op == "Tf" and args:
                state.font = self._font(res, args[0])
            elif op == "Tr" and args:
                state.render_mode = int(num(args[0]))
            elif op in ("Tj", "TJ", "'", '"'):
                if op in ("'", '"'):
                    text_matrix = line_matrix = multiply((1, 0, 0, 1, 0, -leading), line_matrix)
                self._text(state, multiply(text_matrix, state.ctm), depth)
            elif op == "Do" and args:
                self._xobject(res, args[0], state, depth)
            elif op == "sh" and args:
                shadings = res.get("/Shading")
                shading = shadings.get(str(args[0])) if isinstance(shadings, pikepdf.Dictionary) else None
                if isinstance(shading, pikepdf.Dictionary | pikepdf.Stream):
                    space = resolve_space(shading.get("/ColorSpace"), res)
                    self._use(space, None, self.where(None), "graphics", overprint=state.fill_overprint)

    # --- what each painting operation tells --------------------------------------------------

    def _paint(self, state: _State, box: list[float] | None, fill: bool, stroke: bool, depth: int) -> None:
        area = (box[0], box[1], box[2], box[3]) if box else None
        where = self.where(area)
        if fill:
            self._paint_fill(state, where, "graphics", depth, area)
        if stroke:
            self._paint_stroke(state, where, "lines", depth)
            width = state.line_width * smallest_scale(state.ctm)
            if width < HAIRLINE_PT - 1e-6 and not is_white(state.stroke, state.stroke_values):
                self.thin_lines += 1
                if self.thinnest is None or width < self.thinnest[0]:
                    self.thinnest = (width, where)

    def _text(self, state: _State, matrix: Matrix, depth: int) -> None:
        mode = state.render_mode
        if mode in (3, 7):  # invisible (e.g. an OCR layer) or only a clip: nothing printed
            return
        if state.font is not None:
            self.fonts_used[state.font] = None
        x, y = matrix[4], matrix[5]
        where = self.where((x, y, x, y))
        if mode in (0, 2, 4, 6):
            self._paint_fill(state, where, "text", depth, (x, y, x, y))
        if mode in (1, 2, 5, 6):
            self._paint_stroke(state, where, "text", depth)

    def _paint_fill(
        self, state: _State, where: str, what: str, depth: int, area: tuple[float, float, float, float] | None = None
    ) -> None:
        if state.fill.kind == "pattern":
            self._paint_pattern(
                state.fill, state.fill_values, state.fill_pattern, where, what, state.fill_overprint, depth
            )
        else:
            values = ink = state.fill_values
            if state.fill.device_cmyk and state.fill.kind == "cmyk" and len(values) == 4 and area is not None:
                ink = self._composited(values, area, state.fill_overprint and state.overprint_mode == 1)
                if what == "graphics" and area[2] > area[0] and area[3] > area[1]:
                    self.painted = [*self.painted[-499:], (area, ink)]
            self._use(state.fill, values, where, what, overprint=state.fill_overprint, ink=ink)

    def _composited(
        self, values: tuple[float, ...], area: tuple[float, float, float, float], keeps: bool
    ) -> tuple[float, ...]:
        """The ink a DeviceCMYK fill leaves on the plate where it lands: under overprint mode 1 each component of 0
        keeps the ink beneath (the newest fill under the centre of ``area``), as a press composites it."""
        if not keeps or all(v > 0 for v in values):
            return values
        x, y = (area[0] + area[2]) / 2, (area[1] + area[3]) / 2
        for (x0, y0, x1, y1), below in reversed(self.painted):
            if x0 <= x <= x1 and y0 <= y <= y1:
                return tuple(v if v > 0 else b for v, b in zip(values, below, strict=True))
        return values

    def _paint_stroke(self, state: _State, where: str, what: str, depth: int) -> None:
        if state.stroke.kind == "pattern":
            self._paint_pattern(
                state.stroke, state.stroke_values, state.stroke_pattern, where, what, state.stroke_overprint, depth
            )
        else:
            self._use(state.stroke, state.stroke_values, where, what, overprint=state.stroke_overprint)

    def _paint_pattern(
        self,
        space: Space,
        values: tuple[float, ...],
        named: tuple[object, Matrix] | None,
        where: str,
        what: str,
        overprint: bool,
        depth: int,
    ) -> None:
        """Paint with a pattern: a shading pattern's colour space; an uncoloured tiling pattern's colour, given in the
        space under it; a coloured tiling pattern's cell, walked with its own resources and matrix (nested patterns,
        images, hairlines and fonts in it count), once per page, its findings placed where it was painted."""
        self.colours["pattern"] = None
        if named is None:
            return
        pattern, base = named
        if not isinstance(pattern, pikepdf.Dictionary | pikepdf.Stream):
            return
        matrix = pattern.get("/Matrix")
        cell: Matrix = IDENTITY
        if isinstance(matrix, pikepdf.Array) and len(matrix) == 6:
            cell = tuple(num(v) for v in matrix)  # type: ignore[assignment]
        kind = int(num(pattern.get("/PatternType", 0)))
        if kind == 2:
            shading = pattern.get("/Shading")
            if isinstance(shading, pikepdf.Dictionary | pikepdf.Stream):
                shading_space = resolve_space(shading.get("/ColorSpace"), pikepdf.Dictionary())
                self._use(shading_space, None, where, what, overprint=overprint)
            return
        if kind != 1 or not isinstance(pattern, pikepdf.Stream):
            return
        inner = _State(ctm=multiply(cell, base))
        if int(num(pattern.get("/PaintType", 1))) == 2:  # uncoloured: the cell is painted in the colour given
            under = space.under or Space("other")
            self._use(under, values, where, what, overprint=overprint)
            inner.fill = inner.stroke = under
            inner.fill_values = inner.stroke_values = values
        if pattern.objgen in self._patterns_walked or depth >= MAX_DEPTH:
            return  # a cell already walked on this page: once is enough
        self._patterns_walked.add(pattern.objgen)
        before, self._placed_at = self._placed_at, where
        try:
            self._walk_stream(pattern, pattern.get("/Resources", pikepdf.Dictionary()), inner, depth)
        finally:
            self._placed_at = before

    def _use(
        self,
        space: Space,
        values: tuple[float, ...] | None,
        where: str,
        what: str,
        overprint: bool,
        ink: tuple[float, ...] | None = None,
    ) -> None:
        """A colour was painted: note its kind, spot names, ink (``ink``: what lands on the plates, overprint
        composited; else ``values``) and overprint."""
        kind = space.kind if space.kind != "indexed" else space.base
        self.colours[kind] = None
        if space.device_cmyk:
            self.device_cmyk = True
            self.colours["devicecmyk"] = None
        if kind in ("rgb", "lab") and what != "image":
            self.rgb_vector = True
        for colorant in space.names:
            if colorant not in PROCESS_NAMES:
                self.spots[colorant] = None
        landed = ink if ink is not None else values
        if landed is not None and space.kind == "cmyk" and len(landed) == 4:
            total = round(sum(min(1.0, max(0.0, v)) for v in landed) * 100)
            if total > self.ink[0]:
                self.ink = (total, where)
        if overprint and values is not None:
            if is_white(space, values):
                self.white_overprint[(what, where)] = None
            else:
                self.overprint = True

    # --- resources ---------------------------------------------------------------------------

    def _ext_gstate(self, res: pikepdf.Dictionary, name: object, state: _State) -> None:
        states = res.get("/ExtGState")
        gs = states.get(str(name)) if isinstance(states, pikepdf.Dictionary) else None
        if not isinstance(gs, pikepdf.Dictionary):
            return
        if "/OP" in gs:
            state.stroke_overprint = bool(gs["/OP"])
            if "/op" not in gs:
                state.fill_overprint = state.stroke_overprint  # the PDF rule: op follows OP unless given
        if "/op" in gs:
            state.fill_overprint = bool(gs["/op"])
        if "/OPM" in gs:
            state.overprint_mode = int(num(gs["/OPM"]))
        if "/LW" in gs:
            state.line_width = num(gs["/LW"])
        chosen = gs.get("/Font")  # [font size]: the font chosen through the graphics state, as Tf chooses one
        if isinstance(chosen, pikepdf.Array) and len(chosen) == 2 and isinstance(chosen[0], pikepdf.Dictionary):
            state.font = self._font_key(chosen[0])

    def _font(self, res: pikepdf.Dictionary, name: object) -> str | None:
        fonts = res.get("/Font")
        font = fonts.get(str(name)) if isinstance(fonts, pikepdf.Dictionary) else None
        if not isinstance(font, pikepdf.Dictionary):
            return None
        return self._font_key(font)

    def _font_key(self, font: pikepdf.Dictionary) -> str:
        key = f"{font.objgen}" if font.is_indirect else f"direct:{id(font)}"
        if key not in self.fonts:
            self.fonts[key] = font_facts(font)
        return key

    def _xobject(self, res: pikepdf.Dictionary, name: object, state: _State, depth: int) -> None:
        xobjects = res.get("/XObject")
        xobj = xobjects.get(str(name)) if isinstance(xobjects, pikepdf.Dictionary) else None
        if not isinstance(xobj, pikepdf.Stream):
            return
        subtype = str(xobj.get("/Subtype", ""))
        if subtype == "/Image":
            self._image(xobj, res, state)
        elif subtype == "/Form" and depth < MAX_DEPTH:
            matrix = xobj.get("/Matrix")
            inner = _copy(state)
            if isinstance(matrix, pikepdf.Array) and len(matrix) == 6:
                inner.ctm = multiply(tuple(num(v) for v in matrix), state.ctm)  # type: ignore[arg-type]
            self._walk_stream(xobj, xobj.get("/Resources", res), inner, depth)

    def _walk_stream(self, stream: pikepdf.Stream, resources: object, inner: _State, depth: int) -> None:
        """Walk a form's or a pattern cell's own drawing instructions one level down; one that draws itself is
        drawn once, one pikepdf cannot parse makes the page checked in part."""
        key = stream.objgen
        if key in self._visiting:
            return
        check_content_size(stream)
        try:
            instructions = pikepdf.parse_content_stream(stream)
        except pikepdf.PdfError:
            self.incomplete = True
            return
        self._visiting.add(key)
        try:
            self.walk(instructions, resources, inner, depth + 1)
        finally:
            self._visiting.discard(key)

    def _image_box(self, ctm: Matrix) -> tuple[float, float, float, float]:
        corners = [apply(ctm, x, y) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        return min(xs), min(ys), max(xs), max(ys)

    def _image(self, image: pikepdf.Stream, res: pikepdf.Dictionary, state: _State) -> None:
        where = self.where(self._image_box(state.ctm))
        if image.get("/ImageMask"):
            self._use(state.fill, state.fill_values, where, "graphics", overprint=state.fill_overprint)
            return  # a stencil in the fill colour: 1-bit, no photo resolution to judge
        width, height = int(num(image.get("/Width", 0))), int(num(image.get("/Height", 0)))
        space = resolve_space(image.get("/ColorSpace"), res)
        if "/ColorSpace" not in image and "/JPXDecode" in str(image.get("/Filter", "")):
            try:  # the colour space is inside the JPEG 2000 data (ISO 32000 §8.9.5.2)
                space = jpx_space(image.read_raw_bytes())
            except Exception:  # pikepdf cannot read the stream: the renderer's judgement stands
                space = Space("other")
        self._placed(width, height, space, where, state)
        if space.kind == "cmyk" and 0 < width * height <= MAX_INK_PIXELS:
            self._image_ink(image, where)

    def _inline_image(self, ins: pikepdf.ContentStreamInlineImage, state: _State) -> None:
        iimage = ins.iimage
        where = self.where(self._image_box(state.ctm))
        space_name = iimage.obj.get("/ColorSpace", iimage.obj.get("/CS"))
        space = DEVICE.get(str(space_name), Space("other")) if space_name is not None else Space("other")
        if iimage.obj.get("/ImageMask", iimage.obj.get("/IM")):
            return
        self._placed(int(iimage.width), int(iimage.height), space, where, state)

    def _placed(self, width: int, height: int, space: Space, where: str, state: _State) -> None:
        kind = space.kind if space.kind != "indexed" else space.base
        self._use(space, None, where, "image", overprint=False)  # images do not take the fill colour
        if min(width, height) <= MIN_IMAGE_SIDE_PX:
            return
        ctm = state.ctm
        placed_w = math.hypot(ctm[0], ctm[1]) * self.unit
        placed_h = math.hypot(ctm[2], ctm[3]) * self.unit
        if placed_w <= 0 or placed_h <= 0:
            return
        ppi = min(width * 72 / placed_w, height * 72 / placed_h)
        colour = kind if kind in ("rgb", "lab", "cmyk", "gray", "spot") else "other"
        self.images.append(PlacedImage(round(ppi, 1), where, colour))

    def _image_ink(self, image: pikepdf.Stream, where: str) -> None:
        try:
            pil = pikepdf.PdfImage(image).as_pil_image()
        except Exception:  # an image pikepdf cannot decode is still shown by the renderer; skip its ink
            return
        if pil.mode != "CMYK":
            return
        pil = _as_pdf_reads_dct(image, pil)
        if pil.size[0] * pil.size[1] > 2_000_000:
            factor = math.ceil(math.sqrt(pil.size[0] * pil.size[1] / 2_000_000))
            pil = pil.reduce(factor)
        coverage = ink_coverage(pil)
        if coverage.percent > self.ink[0]:
            self.ink = (coverage.percent, where)


def _as_pdf_reads_dct(image: pikepdf.Stream, pil: Image.Image) -> Image.Image:
    """A JPEG image's CMYK as PDF reads it (ISO 32000 §8.9.5; Ghostscript, MuPDF): the JPEG's own samples through
    the image's /Decode. Pillow inverts every CMYK JPEG (it assumes Photoshop's convention for a JPEG file of its
    own, Adobe's marker or not) and pikepdf leaves a JPEG's /Decode aside; in a PDF nothing inverts but /Decode.
    So a CMYK JPEG as Ghostscript and the Adobe PDF Library write it (the marker, no /Decode) reads as written,
    and one stored inverted carries [1 0 1 0 1 0 1 0]. Other filters come through pikepdf as PDF reads them."""
    filters = image.get("/Filter")
    last = filters[-1] if isinstance(filters, pikepdf.Array) and len(filters) else filters
    if str(last) != "/DCTDecode":
        return pil
    pil = pil.point([255 - v for v in range(256)] * 4)  # Pillow reads every CMYK JPEG inverted ("CMYK;I")
    decode = image.get("/Decode")
    if isinstance(decode, pikepdf.Array) and len(decode) == 8:
        table: list[int] = []
        for band in range(4):
            low, high = num(decode[2 * band]), num(decode[2 * band + 1])
            table += [min(255, max(0, round(255 * (low + v / 255 * (high - low))))) for v in range(256)]
        pil = pil.point(table)
    return pil


def _pattern(res: pikepdf.Dictionary, operands: Sequence[object], base: Matrix) -> tuple[object, Matrix] | None:
    """The pattern that ``scn``/``SCN`` names (its last operand), with the stream's default matrix, or None."""
    if not len(operands) or not isinstance(operands[-1], pikepdf.Name):
        return None
    patterns = res.get("/Pattern")
    pattern = patterns.get(str(operands[-1])) if isinstance(patterns, pikepdf.Dictionary) else None
    return (pattern, base) if pattern is not None else None


def _copy(state: _State) -> _State:
    from dataclasses import replace

    return replace(state)
