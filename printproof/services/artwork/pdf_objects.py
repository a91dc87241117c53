"""The PDF objects preflight reads: matrices, colour spaces reduced to their kind, fonts, page boxes.

Plain functions over pikepdf objects, shared by the page walker (services/artwork/pdf_walker.py).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import pikepdf

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
    """The point (x, y) transformed by ``m``."""
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
    under: Space | None = None  # the space an uncoloured tiling pattern's colour is given in ([/Pattern /DeviceRGB])


GRAY, RGB, CMYK = Space("gray"), Space("rgb"), Space("cmyk", device_cmyk=True)
DEVICE = {"/DeviceGray": GRAY, "/G": GRAY, "/DeviceRGB": RGB, "/RGB": RGB, "/DeviceCMYK": CMYK, "/CMYK": CMYK}
INITIAL = {"gray": (0.0,), "rgb": (0.0, 0.0, 0.0), "cmyk": (0.0, 0.0, 0.0, 1.0), "lab": (0.0, 0.0, 0.0)}


def jpx_space(data: bytes) -> Space:
    """The colour space a JPEG 2000 image carries inside itself (ISO 32000 §8.9.5.2: an image with the JPXDecode
    filter may leave /ColorSpace out). A JP2 file says it in its ``colr`` box (enumerated: 16 sRGB, 17 grey,
    18 sYCC, 12 CMYK) or by its component count in ``ihdr``; a bare codestream by the count in its SIZ marker."""
    import struct

    if data[:4] == b"\xff\x4f\xff\x51" and len(data) >= 42:  # a codestream: SOC, then SIZ with Csiz at offset 40
        count = struct.unpack(">H", data[40:42])[0]
        return {1: GRAY, 3: RGB, 4: Space("cmyk")}.get(count, Space("other"))
    components, enumerated = 0, 0

    def boxes(chunk: bytes) -> Iterator[tuple[bytes, bytes]]:
        at = 0
        while at + 8 <= len(chunk):
            length, kind = struct.unpack(">I4s", chunk[at : at + 8])
            header = 8
            if length == 1 and at + 16 <= len(chunk):
                length, header = struct.unpack(">Q", chunk[at + 8 : at + 16])[0], 16
            elif length == 0:
                length = len(chunk) - at
            if length < header:
                return
            yield kind, chunk[at + header : at + length]
            at += length

    for kind, body in boxes(data[:65536]):  # the header boxes come first; the codestream after them
        if kind == b"jp2h":
            for inner, part in boxes(body):
                if inner == b"ihdr" and len(part) >= 10:
                    components = struct.unpack(">H", part[8:10])[0]
                elif inner == b"colr" and len(part) >= 7 and part[0] == 1 and not enumerated:
                    enumerated = struct.unpack(">I", part[3:7])[0]
    by_enumeration = {16: RGB, 18: RGB, 17: GRAY, 12: Space("cmyk"), 14: Space("lab")}
    if enumerated in by_enumeration:
        return by_enumeration[enumerated]
    return {1: GRAY, 3: RGB, 4: Space("cmyk")}.get(components, Space("other"))


def num(value: object) -> float:
    """A PDF number (int, real as Decimal) as a float; anything else as 0."""
    if isinstance(value, int | float | Decimal):
        return float(value)
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


def inherited(page: pikepdf.Dictionary, key: str) -> object | None:
    """A page attribute that may be inherited from the page tree (MediaBox, CropBox, Rotate, Resources)."""
    node: object = page
    for _ in range(64):
        if not isinstance(node, pikepdf.Dictionary):
            return None
        if key in node:
            return node[key]
        node = node.get("/Parent")
    return None


def box(value: object) -> tuple[float, float, float, float] | None:
    """A PDF rectangle normalised to (left, bottom, right, top); None when it is not one."""
    if not isinstance(value, pikepdf.Array) or len(value) != 4:
        return None
    x0, y0, x1, y1 = (num(v) for v in value)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def resolve_space(value: object, res: pikepdf.Dictionary, depth: int = 0) -> Space:
    """The colour space that ``value`` (a name or array, possibly a resource name) stands for."""
    if depth > 4 or value is None:
        return Space("other")
    if isinstance(value, pikepdf.Name):
        key = str(value)
        if key in DEVICE:
            return DEVICE[key]
        if key == "/Pattern":
            return Space("pattern")
        spaces = res.get("/ColorSpace")
        if isinstance(spaces, pikepdf.Dictionary) and key in spaces:
            return resolve_space(spaces[key], res, depth + 1)
        return Space("other")
    if isinstance(value, pikepdf.Array) and len(value) > 0:
        family = str(value[0])
        if family == "/ICCBased" and len(value) > 1:
            n = int(num(value[1].get("/N", 0))) if isinstance(value[1], pikepdf.Stream) else 0
            return {1: Space("gray"), 3: Space("rgb"), 4: Space("cmyk")}.get(n, Space("other"))
        if family in ("/CalRGB",):
            return Space("rgb")
        if family in ("/CalGray",):
            return Space("gray")
        if family == "/Lab":
            return Space("lab")
        if family == "/Separation" and len(value) > 1:
            alternate = resolve_space(value[2], res, depth + 1) if len(value) > 2 else Space("other")
            # drawn through its DeviceCMYK alternate: the page needs the profile like DeviceCMYK itself
            return Space("spot", device_cmyk=alternate.device_cmyk, names=(str(value[1])[1:],))
        if family == "/DeviceN" and len(value) > 1 and isinstance(value[1], pikepdf.Array):
            names = tuple(str(n)[1:] for n in value[1])
            alternate = resolve_space(value[2], res, depth + 1) if len(value) > 2 else Space("other")
            kind = "cmyk" if all(n in PROCESS_NAMES for n in names) else "spot"
            return Space(kind, device_cmyk=alternate.device_cmyk, names=names)
        if family in ("/Indexed", "/I") and len(value) > 1:
            base = resolve_space(value[1], res, depth + 1)
            return Space("indexed", device_cmyk=base.device_cmyk, names=base.names, base=base.kind)
        if family == "/Pattern":
            return Space("pattern", under=resolve_space(value[1], res, depth + 1) if len(value) > 1 else None)
        if family in DEVICE:
            return DEVICE[family]
    return Space("other")


def is_white(space: Space, values: tuple[float, ...]) -> bool:
    """Whether a colour is paper white: no ink at all (CMYK, spot tints 0) or full white (grey, RGB, Lab)."""
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


def font_facts(font: pikepdf.Dictionary) -> tuple[str, str]:
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


# --- drawing instructions of a bounded size -----------------------------------------------------------------------

CONTENT_LIMIT = 256 * 2**20  # bytes of drawing instructions per content stream, unpacked
"""A page's content stream is read into memory whole, and its instructions into Python objects (about twice its
size again): a 1 MB PDF with a 1 GB compressed stream took 2.1 GB. Real pages hold a few MB at most."""


def check_content_size(obj: object, name: str = "") -> None:
    """Refuse, in one sentence, drawing instructions (a page, its content array, a form) that unpack to more than
    :data:`CONTENT_LIMIT` — measured by unpacking in 1 MB steps, never holding more than that."""
    from ...domain.errors import UserError
    from ...domain.i18n import t

    if isinstance(obj, pikepdf.Page):
        obj = obj.obj
    if isinstance(obj, pikepdf.Dictionary) and not isinstance(obj, pikepdf.Stream):
        obj = obj.get("/Contents")
    streams = list(obj) if isinstance(obj, pikepdf.Array) else [obj]
    total = 0
    for stream in streams:
        if isinstance(stream, pikepdf.Stream):
            total += unpacked_size(stream, CONTENT_LIMIT - total + 1)
        if total > CONTENT_LIMIT:
            raise UserError(
                t(
                    "“{name}” has a page with more than {mb} MB of drawing instructions; it cannot be checked. "
                    "Ask for the PDF saved for print (flattened).",
                    name=name or "PDF",
                    mb=CONTENT_LIMIT // 2**20,
                )
            )


def unpacked_size(stream: pikepdf.Stream, limit: int) -> int:
    """The size of ``stream`` unpacked, counted up to just over ``limit``. Flate (also chained, also under an
    ASCII85/ASCIIHex layer) is unpacked 1 MB at a time and never held; other filters (LZW, RunLength: rare for
    drawing instructions) are unpacked only from a small stream, since they cannot be measured on the way."""
    import zlib

    filters = stream.get("/Filter")
    names = [filters] if isinstance(filters, pikepdf.Name) else list(filters) if filters is not None else []
    try:
        data = stream.read_raw_bytes()
    except pikepdf.PdfError:
        return 0  # damaged: the walk says so
    ascii_layers = {pikepdf.Name.ASCII85Decode, pikepdf.Name.ASCIIHexDecode}
    while names and names[0] in ascii_layers:  # at most as long as the text they are written in
        try:
            data = _ascii_decode(data, names.pop(0) == pikepdf.Name.ASCII85Decode)
        except ValueError:
            return 0
    if any(n != pikepdf.Name.FlateDecode for n in names):
        if len(data) > 64 * 1024:  # LZW unpacks up to ~2,700 times its size: not unpacked blind
            return limit + 1
        try:
            return len(stream.read_bytes())
        except pikepdf.PdfError:
            return 0
    if not names:
        return len(data)
    inflaters = [zlib.decompressobj() for _ in names]
    total = 0

    def pour(chunk: bytes, layer: int) -> None:
        nonlocal total
        if layer == len(inflaters):
            total += len(chunk)
            return
        inflate = inflaters[layer]
        while chunk and total <= limit:
            pour(inflate.decompress(chunk, 1 << 20), layer + 1)
            chunk = inflate.unconsumed_tail

    try:
        pour(data, 0)
    except zlib.error:
        pass  # damaged: the walk says so
    return total


def _ascii_decode(data: bytes, a85: bool) -> bytes:
    import base64
    import binascii

    text = bytes(b for b in data if b not in b" \t\r\n\f\0")
    if a85:
        text = text.split(b"~>")[0]
        return base64.a85decode(text.removeprefix(b"<~"))
    text = text.split(b">")[0]
    try:
        return binascii.unhexlify(text + (b"0" if len(text) % 2 else b""))
    except binascii.Error as exc:
        raise ValueError(str(exc)) from exc
