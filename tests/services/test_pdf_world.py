"""Preflight of PDFs other programs wrote, graded by MuPDF and Ghostscript (issue 26).

Each file is made here by another producer — Ghostscript from PostScript, cairo, pikepdf-built oddities — and its
truth is read by a third party in the test: Ghostscript's CMYK raster (``tiff32nc``, overprint as a press
composites it) for ink, MuPDF's ``mutool trace`` for what is drawn with which font and colour. Both are test-time
tools only (AGPL), installed by ``scripts/bootstrap --dev``; nothing of theirs is part of the app.
"""

from __future__ import annotations

import io
import subprocess
import zlib
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageMath

from printproof.services.artwork.pdf_preflight import analyse
from tests.support.shop import needs


def gs_max_ink(path: Path, dpi: int = 72) -> int:
    """The highest total ink (C+M+Y+K, in %) on page 1 as Ghostscript composites it into CMYK separations,
    overprint included (a CMYK device keeps what an overprinting object does not paint)."""
    needs("gs")
    out = path.with_suffix(".gs.tif")
    subprocess.run(
        ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=tiff32nc", f"-r{dpi}", "-dFirstPage=1",
         "-dLastPage=1", "-dOverprint=/simulate", f"-sOutputFile={out}", str(path)],
        check=True, capture_output=True,
    )  # fmt: skip
    with Image.open(out) as raster:
        assert raster.mode == "CMYK"
        c, m, y, k = (band.convert("I") for band in raster.split())
    total = ImageMath.lambda_eval(lambda v: v["c"] + v["m"] + v["y"] + v["k"], c=c, m=m, y=y, k=k)
    return round(total.getextrema()[1] * 100 / 255)


def printproof_ink(path: Path) -> int:
    return analyse(path.read_bytes(), path.name).pages[0].ink_max


def _one_image_pdf(path: Path, data: bytes, filt: str, width: int, height: int, decode: list[int] | None) -> Path:
    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(200, 200))
    image = pikepdf.Stream(pdf, data)
    image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    image.Width, image.Height, image.BitsPerComponent = width, height, 8
    image.ColorSpace, image.Filter = pikepdf.Name.DeviceCMYK, pikepdf.Name(filt)
    if decode:
        image.Decode = pikepdf.Array(decode)
    page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
    page.Contents = pdf.make_stream(b"q 200 0 0 200 0 0 cm /Im0 Do Q")
    pdf.save(path)
    return path


def _cyan_square_cmyk() -> Image.Image:
    image = Image.new("CMYK", (200, 200), (0, 0, 0, 0))
    image.paste((255, 0, 0, 0), (50, 50, 150, 150))
    return image


def _postscript_cyan_square(path: Path) -> Path:
    """A CMYK photo in PostScript (white paper, a 100 % cyan square), as a layout program prints it."""
    rows = "".join(
        ("ff000000" if 50 <= x < 150 and 50 <= y < 150 else "00000000") for y in range(200) for x in range(200)
    )
    path.write_text(
        "%!PS\n<< /PageSize [200 200] >> setpagedevice\ngsave 200 200 scale\n"
        "200 200 8 [200 0 0 -200 0 200] currentfile /ASCIIHexDecode filter false 4 colorimage\n"
        f"{rows}>\ngrestore showpage\n"
    )
    return path


def test_cmyk_jpegs_read_as_ghostscript_reads_them_whatever_their_adobe_marker(tmp_path):
    """A CMYK JPEG carries Adobe's marker whoever wrote it; in a PDF the marker inverts nothing, /Decode does.
    Ghostscript's own JPEGs (marker, no /Decode) were read inverted: white paper as 400 % ink. Graded against
    Ghostscript's separations within 5 points, with a clean control: Flate."""
    needs("gs")
    by_ghostscript = tmp_path / "ghostscript.pdf"
    subprocess.run(
        ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dAutoFilterColorImages=false",
         "-dColorImageFilter=/DCTEncode", f"-sOutputFile={by_ghostscript}",
         str(_postscript_cyan_square(tmp_path / "square.ps"))],
        check=True, capture_output=True,
    )  # fmt: skip
    with pikepdf.open(by_ghostscript) as pdf:
        (image,) = (o for o in pdf.objects if isinstance(o, pikepdf.Stream) and o.get("/Subtype") == "/Image")
        assert image.Filter == "/DCTDecode" and "/Decode" not in image and b"Adobe" in image.read_raw_bytes()[:400]
    jpeg = io.BytesIO()
    _cyan_square_cmyk().save(jpeg, "JPEG", quality=95)  # Pillow writes Photoshop's way: the samples inverted
    files = {
        by_ghostscript: 100,
        _one_image_pdf(
            tmp_path / "inverted-declared.pdf", jpeg.getvalue(), "/DCTDecode", 200, 200, [1, 0, 1, 0, 1, 0, 1, 0]
        ): 100,  # fmt: skip
        # Inverted samples without /Decode: every PDF reader shows black paper, and so does the finding.
        _one_image_pdf(tmp_path / "inverted-undeclared.pdf", jpeg.getvalue(), "/DCTDecode", 200, 200, None): 400,
        _one_image_pdf(
            tmp_path / "flate.pdf", zlib.compress(_cyan_square_cmyk().tobytes()), "/FlateDecode", 200, 200, None
        ): 100,  # fmt: skip
    }
    for path, expected in files.items():
        truth = gs_max_ink(path)
        assert abs(truth - expected) <= 5, (path.name, truth)
        assert abs(printproof_ink(path) - truth) <= 5, (path.name, printproof_ink(path), truth)


@pytest.fixture(autouse=True)
def _tools():
    for tool in ("gs", "mutool"):
        needs(tool)
