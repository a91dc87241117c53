"""Preflight of a customer's PDF, page by page, as a prepress professional would check it.

Reads the file's structure with pikepdf (qpdf; MPL-2.0) and walks every page's content
stream — forms and tiling patterns included — keeping the graphics state: the
transformation matrix, line width, fill and stroke colour spaces and values, overprint
and the current font. From that it measures what :mod:`..domain.pdf_report` turns into
findings: placed images and their effective resolution, fonts not embedded, Type 3 fonts,
hairlines, RGB/Lab and spot colours, white set to overprint, total ink of the file's own
CMYK, the page boxes, annotations and the PDF/X output intent.

Pure functions over bytes, no database. A file with JavaScript is refused: scripts can
change what a PDF shows, and a proof must show what will be printed.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from decimal import Decimal

import pikepdf

from ..domain.errors import UserError
from ..domain.i18n import t
from ..domain.pdf_report import HAIRLINE_PT, PageReport, PlacedImage, condition_of
from ..domain.units import MM_PER_INCH
from .colour import ink_coverage, ninth

MAX_OPERATIONS = 400_000  # per page, forms included: a page beyond this is checked in part and says so
MAX_DEPTH = 12  # nested forms
MIN_IMAGE_SIDE_PX = 8  # a 2 × 2 px image stretched over a page is a flat colour, not a blurred photo
MAX_INK_PIXELS = 40_000_000  # CMYK images larger than this are not decoded for their ink coverage
PROCESS_NAMES = {"Cyan", "Magenta", "Yellow", "Black", "None", "All"}

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def multiply(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n`` (PDF order: a point is transformed by m first)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def smallest_scale(m: Matrix) -> float:
    """The smallest factor by which ``m`` scales a length (its smaller singular value)."""
    a, b, c, d = m[0], m[1], m[2], m[3]
    s = a * a + b * b + c * c + d * d
    det = abs(a * d - b * c)
    return math.sqrt(max(0.0, (s - math.sqrt(max(0.0, s * s - 4 * det * det))) / 2))


@dataclass(frozen=True)
class Space:
    """A colour space reduced to what preflight needs."""

    kind: str  # "gray", "rgb", "cmyk", "lab", "spot", "pattern", "indexed", "other"
    device_cmyk: bool = False  # DeviceCMYK itself (not ICC-based): rendered through a profile we choose
    names: tuple[str, ...] = ()  # colorant names of Separation / DeviceN
    base: str = ""  # the base kind of an Indexed space


GRAY, RGB, CMYK = Space("gray"), Space("rgb"), Space("cmyk", device_cmyk=True)
_DEVICE = {"/DeviceGray": GRAY, "/G": GRAY, "/DeviceRGB": RGB, "/RGB": RGB, "/DeviceCMYK": CMYK, "/CMYK": CMYK}
_INITIAL = {"gray": (0.0,), "rgb": (0.0, 0.0, 0.0), "cmyk": (0.0, 0.0, 0.0, 1.0), "lab": (0.0, 0.0, 0.0)}


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
    render_mode: int = 0
    font: str | None = None  # the font resource's key in the fonts seen


@dataclass
class PdfAnalysis:
    """The whole file: a report per page, and what rendering needs to know."""

    pages: list[PageReport]
    device_cmyk_pages: set[int] = field(default_factory=set)
    output_profile: bytes | None = None  # the PDF/X output intent's CMYK profile, when embedded
    has_forms: bool = False


def _num(value: object) -> float:
    if isinstance(value, int | float | Decimal):
        return float(value)
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


def _inherited(page: pikepdf.Dictionary, key: str) -> object | None:
    node: object = page
    for _ in range(64):
        if not isinstance(node, pikepdf.Dictionary):
            return None
        if key in node:
            return node[key]
        node = node.get("/Parent")
    return None


def _box(value: object) -> tuple[float, float, float, float] | None:
    if not isinstance(value, pikepdf.Array) or len(value) != 4:
        return None
    x0, y0, x1, y1 = (_num(v) for v in value)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def open_pdf(data: bytes, name: str) -> pikepdf.Pdf:
    """Open a customer's PDF, or say in one sentence why it cannot be used."""
    try:
        return pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError as exc:
        raise UserError(
            t("“{name}” is password-protected; ask the customer for an unprotected PDF.", name=name)
        ) from exc
    except (pikepdf.PdfError, ValueError, RuntimeError) as exc:
        raise UserError(t("“{name}” is a damaged PDF and cannot be read.", name=name)) from exc


def has_javascript(pdf: pikepdf.Pdf) -> bool:
    """Whether any action, name tree or field of the file carries JavaScript (direct or indirect)."""

    def scripted(obj: object, depth: int) -> bool:
        if depth > 12:
            return False
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            if obj.get("/S") == pikepdf.Name.JavaScript or "/JS" in obj:
                return True
            names = obj.get("/Names")
            if isinstance(names, pikepdf.Dictionary) and "/JavaScript" in names:
                return True
            children = [obj[k] for k in obj.keys() if k != "/Parent"]
        elif isinstance(obj, pikepdf.Array):
            children = list(obj)
        else:
            return False
        return any(
            scripted(child, depth + 1)
            for child in children
            if isinstance(child, pikepdf.Dictionary | pikepdf.Array) and not child.is_indirect
        )

    return any(scripted(obj, 0) for obj in [pdf.Root, *pdf.objects])


def analyse(data: bytes, name: str) -> PdfAnalysis:
    """Measure every page of a customer's PDF (refusing a file with JavaScript)."""
    pdf = open_pdf(data, name)
    with pdf:
        try:
            count = len(pdf.pages)
            if count == 0:
                raise UserError(t("“{name}” is a PDF without pages.", name=name))
            if count > 64:  # refused before anything is read page by page
                raise UserError(t("“{name}” has {count} pages; at most 64 sides are accepted.", name=name, count=count))
            if has_javascript(pdf):
                raise UserError(
                    t(
                        "“{name}” contains JavaScript, which can change what a PDF shows; ask for the file saved "
                        "without scripts (e.g. printed to a new PDF).",
                        name=name,
                    )
                )
            intent, condition, profile = _output_intent(pdf)
            analysis = PdfAnalysis([], output_profile=profile, has_forms="/AcroForm" in pdf.Root)
            for index, page in enumerate(pdf.pages):
                walker = _PageWalker(page.obj)
                report = walker.run()
                if index == 0 and intent:
                    report = _with(report, output_intent=intent, output_intent_condition=condition)
                if walker.device_cmyk:
                    analysis.device_cmyk_pages.add(index)
                analysis.pages.append(report)
            return analysis
        except UserError:
            raise
        except (pikepdf.PdfError, ValueError, TypeError, KeyError, RecursionError) as exc:
            raise UserError(t("“{name}” is a damaged PDF and cannot be read.", name=name)) from exc


def _with(report: PageReport, **changes: object) -> PageReport:
    from dataclasses import replace

    return replace(report, **changes)  # type: ignore[arg-type]


def _output_intent(pdf: pikepdf.Pdf) -> tuple[str, str, bytes | None]:
    """The declared output condition (e.g. "FOGRA39"), its printing condition and embedded CMYK profile."""
    intents = pdf.Root.get("/OutputIntents")
    if not isinstance(intents, pikepdf.Array):
        return "", "", None
    for intent in intents:
        if not isinstance(intent, pikepdf.Dictionary) or intent.get("/S") != pikepdf.Name.GTS_PDFX:
            continue
        texts = [str(intent.get(k, "")) for k in ("/OutputConditionIdentifier", "/OutputCondition", "/Info")]
        label = next((x for x in texts if x), "PDF/X")[:120]
        profile = None
        stream = intent.get("/DestOutputProfile")
        if isinstance(stream, pikepdf.Stream) and int(stream.get("/N", 0)) == 4:
            try:
                profile = stream.read_bytes()
            except pikepdf.PdfError:
                profile = None
        condition = next((condition_of(x) for x in texts if condition_of(x)), "")
        if not condition and profile:
            from .colour import profile_name

            condition = condition_of(profile_name(profile))
        return label, condition, profile
    return "", "", None


class _PageWalker:
    """Walk one page's content with its graphics state and collect what preflight measures."""

    def __init__(self, page: pikepdf.Dictionary) -> None:
        self.page = page
        media = _box(_inherited(page, "/MediaBox")) or (0.0, 0.0, 612.0, 792.0)
        crop = _box(_inherited(page, "/CropBox")) or media
        self.trim = _box(page.get("/TrimBox"))
        bleed = _box(page.get("/BleedBox")) or crop
        self.reference = self.trim or crop
        self.rotate = int(_num(_inherited(page, "/Rotate") or 0)) % 360
        self.unit = _num(page.get("/UserUnit", 1)) or 1.0
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
        self._visiting: set[tuple[int, int]] = set()

    # --- geometry ---------------------------------------------------------------------------

    def where(self, box: tuple[float, float, float, float] | None) -> str:
        """Which ninth of the page (as shown, rotation applied) the centre of ``box`` lies in."""
        if box is None:
            return "centre"
        x0, y0, x1, y1 = self.reference
        fx = ((box[0] + box[2]) / 2 - x0) / max(1e-6, x1 - x0)
        fy = ((box[1] + box[3]) / 2 - y0) / max(1e-6, y1 - y0)
        if self.rotate == 90:
            fx, fy = fy, 1 - fx
        elif self.rotate == 180:
            fx, fy = 1 - fx, 1 - fy
        elif self.rotate == 270:
            fx, fy = 1 - fy, fx
        return ninth(fx, 1 - fy)

    def _shown_size_mm(self, box: tuple[float, float, float, float]) -> tuple[float, float]:
        w, h = (box[2] - box[0]) * self.unit, (box[3] - box[1]) * self.unit
        if self.rotate in (90, 270):
            w, h = h, w
        return round(w / 72 * MM_PER_INCH, 2), round(h / 72 * MM_PER_INCH, 2)

    # --- the walk ---------------------------------------------------------------------------

    def run(self) -> PageReport:
        resources = _inherited(self.page, "/Resources")
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
            flags = int(_num(annot.get("/F", 0)))
            if subtype in ("/Link", "/Popup") or not flags & 4 or flags & 2:  # not printed, or hidden
                continue
            count += 1
        return count

    def walk(self, instructions: list, resources: object, state: _State, depth: int) -> None:  # noqa: C901
        stack: list[_State] = []
        path_box: list[float] | None = None
        text_matrix: Matrix = IDENTITY
        line_matrix: Matrix = IDENTITY
        leading = 0.0
        res = resources if isinstance(resources, pikepdf.Dictionary) else pikepdf.Dictionary()

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
                add_point(_num(args[0]), _num(args[1]))
            elif op == "c":
                for i in (0, 2, 4):
                    add_point(_num(args[i]), _num(args[i + 1]))
            elif op in ("v", "y"):
                for i in (0, 2):
                    add_point(_num(args[i]), _num(args[i + 1]))
            elif op == "re":
                x, y, w, h = (_num(a) for a in args[:4])
                for px, py in ((x, y), (x + w, y), (x, y + h), (x + w, y + h)):
                    add_point(px, py)
            elif op in ("f", "F", "f*"):
                self._paint(state, path_box, fill=True, stroke=False)
                path_box = None
            elif op in ("S", "s"):
                self._paint(state, path_box, fill=False, stroke=True)
                path_box = None
            elif op in ("B", "B*", "b", "b*"):
                self._paint(state, path_box, fill=True, stroke=True)
                path_box = None
            elif op == "n":
                path_box = None
            elif op == "q":
                stack.append(_copy(state))
            elif op == "Q":
                if stack:
                    state = stack.pop()
            elif op == "cm" and len(args) == 6:
                state.ctm = multiply(tuple(_num(a) for a in args), state.ctm)  # type: ignore[arg-type]
            elif op == "w" and args:
                state.line_width = _num(args[0])
            elif op == "gs" and args:
                self._ext_gstate(res, args[0], state)
            elif op in ("cs", "CS") and args:
                space = self.space(args[0], res)
                values = _INITIAL.get(space.kind, (0.0,) * max(1, len(space.names)))
                if op == "cs":
                    state.fill, state.fill_values = space, values
                else:
                    state.stroke, state.stroke_values = space, values
            elif op in ("sc", "scn"):
                state.fill_values = tuple(_num(a) for a in args if not isinstance(a, pikepdf.Name))
            elif op in ("SC", "SCN"):
                state.stroke_values = tuple(_num(a) for a in args if not isinstance(a, pikepdf.Name))
            elif op in ("g", "rg", "k"):
                state.fill, state.fill_values = {"g": GRAY, "rg": RGB, "k": CMYK}[op], tuple(_num(a) for a in args)
            elif op in ("G", "RG", "K"):
                state.stroke, state.stroke_values = {"G": GRAY, "RG": RGB, "K": CMYK}[op], tuple(_num(a) for a in args)
            elif op == "BT":
                text_matrix = line_matrix = IDENTITY
            elif op == "Tm" and len(args) == 6:
                text_matrix = line_matrix = tuple(_num(a) for a in args)  # type: ignore[assignment]
            elif op in ("Td", "TD") and len(args) == 2:
                tx, ty = _num(args[0]), _num(args[1])
                if op == "TD":
                    leading = -ty
                text_matrix = line_matrix = multiply((1, 0, 0, 1, tx, ty), line_matrix)
            elif op == "TL" and args:
                leading = _num(args[0])
            elif op == "T*":
                text_matrix = line_matrix = multiply((1, 0, 0, 1, 0, -leading), line_matrix)
            elif op == "Tf" and args:
                state.font = self._font(res, args[0])
            elif op == "Tr" and args:
                state.render_mode = int(_num(args[0]))
            elif op in ("Tj", "TJ", "'", '"'):
                if op in ("'", '"'):
                    text_matrix = line_matrix = multiply((1, 0, 0, 1, 0, -leading), line_matrix)
                self._text(state, multiply(text_matrix, state.ctm))
            elif op == "Do" and args:
                self._xobject(res, args[0], state, depth)
            elif op == "sh" and args:
                shadings = res.get("/Shading")
                shading = shadings.get(str(args[0])) if isinstance(shadings, pikepdf.Dictionary) else None
                if isinstance(shading, pikepdf.Dictionary | pikepdf.Stream):
                    space = self.space(shading.get("/ColorSpace"), res)
                    self._use(space, None, self.where(None), "graphics", overprint=state.fill_overprint)

    # --- what each painting operation tells --------------------------------------------------

    def _paint(self, state: _State, box: list[float] | None, fill: bool, stroke: bool) -> None:
        where = self.where(tuple(box) if box else None)  # type: ignore[arg-type]
        if fill:
            self._use(state.fill, state.fill_values, where, "graphics", overprint=state.fill_overprint)
        if stroke:
            self._use(state.stroke, state.stroke_values, where, "lines", overprint=state.stroke_overprint)
            width = state.line_width * smallest_scale(state.ctm)
            if width < HAIRLINE_PT - 1e-6 and not _is_white(state.stroke, state.stroke_values):
                self.thin_lines += 1
                if self.thinnest is None or width < self.thinnest[0]:
                    self.thinnest = (width, where)

    def _text(self, state: _State, matrix: Matrix) -> None:
        mode = state.render_mode
        if mode in (3, 7):  # invisible (e.g. an OCR layer) or only a clip: nothing printed
            return
        if state.font is not None:
            self.fonts_used[state.font] = None
        x, y = matrix[4], matrix[5]
        where = self.where((x, y, x, y))
        if mode in (0, 2, 4, 6):
            self._use(state.fill, state.fill_values, where, "text", overprint=state.fill_overprint)
        if mode in (1, 2, 5, 6):
            self._use(state.stroke, state.stroke_values, where, "text", overprint=state.stroke_overprint)

    def _use(self, space: Space, values: tuple[float, ...] | None, where: str, what: str, overprint: bool) -> None:
        """A colour was painted: note its kind, spot names, ink and overprint."""
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
        if values is not None and space.kind == "cmyk" and len(values) == 4:
            total = round(sum(min(1.0, max(0.0, v)) for v in values) * 100)
            if total > self.ink[0]:
                self.ink = (total, where)
        if overprint and values is not None:
            if _is_white(space, values):
                self.white_overprint[(what, where)] = None
            else:
                self.overprint = True

    # --- resources ---------------------------------------------------------------------------

    def space(self, value: object, res: pikepdf.Dictionary, depth: int = 0) -> Space:
        """The colour space that ``value`` (a name or array, possibly a resource name) stands for."""
        if depth > 4 or value is None:
            return Space("other")
        if isinstance(value, pikepdf.Name):
            key = str(value)
            if key in _DEVICE:
                return _DEVICE[key]
            if key == "/Pattern":
                return Space("pattern")
            spaces = res.get("/ColorSpace")
            if isinstance(spaces, pikepdf.Dictionary) and key in spaces:
                return self.space(spaces[key], res, depth + 1)
            return Space("other")
        if isinstance(value, pikepdf.Array) and len(value) > 0:
            family = str(value[0])
            if family == "/ICCBased" and len(value) > 1:
                n = int(_num(value[1].get("/N", 0))) if isinstance(value[1], pikepdf.Stream) else 0
                return {1: Space("gray"), 3: Space("rgb"), 4: Space("cmyk")}.get(n, Space("other"))
            if family in ("/CalRGB",):
                return Space("rgb")
            if family in ("/CalGray",):
                return Space("gray")
            if family == "/Lab":
                return Space("lab")
            if family == "/Separation" and len(value) > 1:
                alternate = self.space(value[2], res, depth + 1) if len(value) > 2 else Space("other")
                if alternate.device_cmyk:
                    self.device_cmyk = True
                return Space("spot", names=(str(value[1])[1:],))
            if family == "/DeviceN" and len(value) > 1 and isinstance(value[1], pikepdf.Array):
                names = tuple(str(n)[1:] for n in value[1])
                alternate = self.space(value[2], res, depth + 1) if len(value) > 2 else Space("other")
                if alternate.device_cmyk:
                    self.device_cmyk = True
                if all(n in PROCESS_NAMES for n in names):
                    return Space("cmyk", names=names)
                return Space("spot", names=names)
            if family in ("/Indexed", "/I") and len(value) > 1:
                base = self.space(value[1], res, depth + 1)
                return Space("indexed", device_cmyk=base.device_cmyk, names=base.names, base=base.kind)
            if family == "/Pattern":
                return Space("pattern")
            if family in _DEVICE:
                return _DEVICE[family]
        return Space("other")

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
        if "/LW" in gs:
            state.line_width = _num(gs["/LW"])

    def _font(self, res: pikepdf.Dictionary, name: object) -> str | None:
        fonts = res.get("/Font")
        font = fonts.get(str(name)) if isinstance(fonts, pikepdf.Dictionary) else None
        if not isinstance(font, pikepdf.Dictionary):
            return None
        key = f"{font.objgen}" if font.is_indirect else f"direct:{id(font)}"
        if key not in self.fonts:
            self.fonts[key] = _font_facts(font)
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
            key = xobj.objgen
            if key in self._visiting:
                return  # a form that draws itself: draw it once
            matrix = xobj.get("/Matrix")
            inner = _copy(state)
            if isinstance(matrix, pikepdf.Array) and len(matrix) == 6:
                inner.ctm = multiply(tuple(_num(v) for v in matrix), state.ctm)  # type: ignore[arg-type]
            try:
                instructions = pikepdf.parse_content_stream(xobj)
            except pikepdf.PdfError:
                self.incomplete = True
                return
            self._visiting.add(key)
            try:
                self.walk(instructions, xobj.get("/Resources", res), inner, depth + 1)
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
        width, height = int(_num(image.get("/Width", 0))), int(_num(image.get("/Height", 0)))
        space = self.space(image.get("/ColorSpace"), res)
        if "/ColorSpace" not in image and str(image.get("/Filter", "")) == "/JPXDecode":
            space = Space("other")
        self._placed(width, height, space, where, state)
        if space.kind == "cmyk" and 0 < width * height <= MAX_INK_PIXELS:
            self._image_ink(image, where)

    def _inline_image(self, ins: pikepdf.ContentStreamInlineImage, state: _State) -> None:
        iimage = ins.iimage
        where = self.where(self._image_box(state.ctm))
        space_name = iimage.obj.get("/ColorSpace", iimage.obj.get("/CS"))
        space = _DEVICE.get(str(space_name), Space("other")) if space_name is not None else Space("other")
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
        if pil.size[0] * pil.size[1] > 2_000_000:
            factor = math.ceil(math.sqrt(pil.size[0] * pil.size[1] / 2_000_000))
            pil = pil.reduce(factor)
        coverage = ink_coverage(pil)
        if coverage.percent > self.ink[0]:
            self.ink = (coverage.percent, where)


def _copy(state: _State) -> _State:
    from dataclasses import replace

    return replace(state)


def _is_white(space: Space, values: tuple[float, ...]) -> bool:
    if not values:
        return False
    kind = space.kind
    if kind == "gray":
        return values[0] >= 0.999
    if kind == "rgb":
        return len(values) >= 3 and all(v >= 0.999 for v in values[:3])
    if kind in ("cmyk", "spot"):
        return all(v <= 0.001 for v in values)
    if kind == "lab":
        return values[0] >= 99.9 and all(abs(v) < 0.5 for v in values[1:3])
    return False


def _font_facts(font: pikepdf.Dictionary) -> tuple[str, str]:
    """A font's name (subset prefix removed) and whether it is embedded, missing or Type 3."""
    subtype = str(font.get("/Subtype", ""))
    base = str(font.get("/BaseFont", font.get("/Name", "?")))
    name = base[1:] if base.startswith("/") else base
    if len(name) > 7 and name[6] == "+" and name[:6].isupper():
        name = name[7:]
    if subtype == "/Type3":
        return name, "type3"
    descriptor = font.get("/FontDescriptor")
    if subtype == "/Type0":
        descendants = font.get("/DescendantFonts")
        if isinstance(descendants, pikepdf.Array) and len(descendants) > 0:
            descriptor = descendants[0].get("/FontDescriptor")
    if isinstance(descriptor, pikepdf.Dictionary) and any(
        k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
    ):
        return name, "embedded"
    return name, "missing"
