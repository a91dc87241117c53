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


def mutool_drawn_fonts(path: Path) -> set[str]:
    """The fonts MuPDF draws text with on page 1 (its trace of the page's drawing operations)."""
    needs("mutool")
    trace = subprocess.run(["mutool", "trace", str(path), "1"], check=True, capture_output=True, text=True).stdout
    names = {part.split('"')[1] for part in trace.split("font=")[1:]}
    return {name.split("+", 1)[-1] for name in names}


def _unembedded_truetype(pdf: pikepdf.Pdf, name: str) -> pikepdf.Dictionary:
    descriptor = pikepdf.Dictionary(
        Type=pikepdf.Name.FontDescriptor, FontName=pikepdf.Name("/" + name), Flags=32, ItalicAngle=0, Ascent=900,
        Descent=-200, CapHeight=700, StemV=80, FontBBox=pikepdf.Array([0, -200, 1000, 900]),
    )  # fmt: skip
    return pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.TrueType,
            BaseFont=pikepdf.Name("/" + name),
            FirstChar=32,
            LastChar=126,
            Widths=pikepdf.Array([600] * 95),
            Encoding=pikepdf.Name.WinAnsiEncoding,
            FontDescriptor=pdf.make_indirect(descriptor),
        )  # fmt: skip
    )


def test_a_font_chosen_through_the_graphics_state_is_the_one_judged(tmp_path):
    """``/GS1 gs`` with ``/Font [F 14]`` replaces the font ``Tf`` chose: the finding names the unembedded font that
    is drawn (as MuPDF draws it), not the one set and never used; and where the graphics state chooses an embedded
    font over an unembedded ``Tf`` one, nothing is missing (the clean control)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from printproof.resources import resources_dir

    drawn_unembedded = tmp_path / "gs-font.pdf"
    with pikepdf.new() as pdf:
        page = pdf.add_blank_page(page_size=(300, 200))
        graphics = pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, Font=[_unembedded_truetype(pdf, "ArialNarrowX"), 14])
        page.Resources = pikepdf.Dictionary(
            Font=pikepdf.Dictionary(F1=_unembedded_truetype(pdf, "NeverDrawnSans")),
            ExtGState=pikepdf.Dictionary(GS1=graphics),
        )
        page.Contents = pdf.make_stream(b"BT /F1 12 Tf /GS1 gs 20 100 Td (Hello) Tj ET")
        pdf.save(drawn_unembedded)
    assert mutool_drawn_fonts(drawn_unembedded) == {"ArialNarrowX"}
    assert analyse(drawn_unembedded.read_bytes(), "x.pdf").pages[0].fonts_not_embedded == ["ArialNarrowX"]

    embedded = tmp_path / "embedded.pdf"
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(resources_dir() / "fonts" / "DejaVuSans.ttf")))
    drawing = canvas.Canvas(str(embedded), pagesize=(300, 200))
    drawing.setFont("DejaVuSans", 12)
    drawing.drawString(20, 50, "Hallo")
    drawing.save()
    control = tmp_path / "control.pdf"
    with pikepdf.open(embedded) as pdf:
        page = pdf.pages[0]
        (dejavu,) = (f for f in page.Resources.Font.values() if "DejaVu" in str(f.BaseFont))
        page.Resources.Font.F9 = _unembedded_truetype(pdf, "NeverDrawnSans")
        page.Resources.ExtGState = pikepdf.Dictionary(GSx=pikepdf.Dictionary(Font=[dejavu, 12]))
        page.contents_add(pdf.make_stream(b"BT /F9 12 Tf /GSx gs 20 120 Td <0001> Tj ET"), prepend=False)
        pdf.save(control)
    assert mutool_drawn_fonts(control) == {"DejaVuSans"}
    assert analyse(control.read_bytes(), "x.pdf").pages[0].fonts_not_embedded == []
