"""A 1-bit stencil drawn in one colour over a page (ISO 32000-1 §8.9.6.2, stencil masking): the colour warning's
hatching over the side's own image, which the proof then carries once instead of twice.

reportlab draws images in colour only, so the stencil is an image XObject of our own, registered with the canvas
the way reportlab registers its images. A PNG of our own making (1 bit, grey, not interlaced) is passed through
as it is: its compressed rows are what a PDF reader decodes with the PNG predictors.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from dataclasses import dataclass

from PIL import Image
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFImageXObject, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas

from ..core.png import chunks as png_chunks


@dataclass(frozen=True)
class Stencil:
    width: int
    height: int
    data: bytes  # FlateDecode
    png_rows: bool  # rows carry PNG filter bytes (a reader undoes them: /Predictor 15)


def stencil_from_png(png: bytes) -> Stencil:
    """The stencil of a 1-bit PNG, black (0) where the colour is painted: our own PNGs passed through, any other
    PNG decoded and compressed again."""
    found = png_chunks(png)
    header = found.get(b"IHDR", [b""])[0]
    if len(header) == 13:
        width, height, depth, kind, _, _, interlace = struct.unpack(">IIBBBBB", header)
        if depth == 1 and kind == 0 and interlace == 0 and width and height and b"IDAT" in found:
            return Stencil(width, height, b"".join(found[b"IDAT"]), png_rows=True)
    with Image.open(io.BytesIO(png)) as im:
        bits = im.convert("L").point(lambda v: 255 if v >= 128 else 0, mode="1")  # a threshold, never dithered
        return Stencil(bits.width, bits.height, zlib.compress(bits.tobytes()), png_rows=False)


class _StencilXObject(PDFImageXObject):  # type: ignore[misc]  # reportlab ships no types
    def __init__(self, name: str, stencil: Stencil) -> None:  # reportlab's own set-up draws a canned picture
        self.name = name
        self.stencil = stencil
        self.width, self.height = stencil.width, stencil.height

    def format(self, document: object) -> bytes:
        stencil = self.stencil
        stream = PDFStream(content=stencil.data)
        entries = stream.dictionary
        entries["Type"] = PDFName("XObject")
        entries["Subtype"] = PDFName("Image")
        entries["Width"] = stencil.width
        entries["Height"] = stencil.height
        entries["ImageMask"] = "true"
        entries["BitsPerComponent"] = 1
        entries["Filter"] = PDFName("FlateDecode")  # already compressed: not filtered again (a name, as its parameters)
        if stencil.png_rows:
            entries["DecodeParms"] = PDFDictionary(
                {"Predictor": 15, "Colors": 1, "BitsPerComponent": 1, "Columns": stencil.width}
            )
        formatted: bytes = stream.format(document)
        return formatted


def draw_stencil(
    c: Canvas, png: bytes, rgb: tuple[int, int, int], x: float, y: float, width: float, height: float
) -> None:
    """Paint ``rgb`` (0–255) through the stencil of ``png`` over the rectangle; the same PNG is embedded once."""
    name = hashlib.sha256(png).hexdigest()
    document = c._doc  # noqa: SLF001 (reportlab registers images on its document; it has no public way for masks)
    registered = document.getXObjectName(name)
    if registered not in document.idToObject:
        document.Reference(_StencilXObject(name, stencil_from_png(png)), registered)
    c.saveState()
    c.setFillColorRGB(*(v / 255 for v in rgb))
    c.translate(x, y)
    c.scale(width, height)
    c._code.append(f"/{registered} Do")  # noqa: SLF001
    c.restoreState()
    c._formsinuse.append(name)  # noqa: SLF001 (names the XObject in the page's resources)
