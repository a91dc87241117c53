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


# --- patterns ----------------------------------------------------------------------------------------------------

PATTERNS_PS = """%!PS
<< /PageSize [300 300] >> setpagedevice
% a coloured tiling pattern painting {fill} with a {width} pt line in its cell
/Cell << /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 20 20] /XStep 20 /YStep 20
  /PaintProc {{ pop {fill} 0 0 10 10 rectfill {width} setlinewidth 0 0 moveto 20 20 lineto stroke }} >>
  matrix makepattern def
Cell setpattern 10 10 100 100 rectfill
% text filled with an axial shading (a shading pattern)
/Shade << /PatternType 2 /Shading << /ShadingType 2 /ColorSpace {shade_space} /Coords [0 0 200 0]
  /Function << /FunctionType 2 /Domain [0 1] /C0 {c0} /C1 {c1} /N 1 >> >> >> matrix makepattern def
/Helvetica-Bold findfont 40 scalefont setfont
Shade setpattern 120 200 moveto (Sale) show
% a separation used only in a shading, drawn through a shading pattern
/Spot << /PatternType 2 /Shading << /ShadingType 2 /ColorSpace {spot_space} /Coords [150 20 290 20]
  /Function << /FunctionType 2 /Domain [0 1] /C0 [0] /C1 [1] /N 1 >> >> >> matrix makepattern def
Spot setpattern 150 20 140 60 rectfill
% a photo of {pixels} x {pixels} px repeated as a fill over a 144 pt cell, and a nested pattern whose own cell
% strokes a {width} pt line at half size (an uncoloured pattern inside a coloured one)
/Photo << /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 72 72] /XStep 72 /YStep 72
  /PaintProc {{ pop gsave 72 72 scale {pixels} {pixels} 8 [{pixels} 0 0 -{pixels} 0 {pixels}]
  {{ <{photo}> }} false 4 colorimage grestore }} >> [2 0 0 2 0 0] makepattern def
/Lines << /PatternType 1 /PaintType 2 /TilingType 1 /BBox [0 0 10 10] /XStep 10 /YStep 10
  /PaintProc {{ pop {inner_width} setlinewidth 0 0 moveto 10 10 lineto stroke }} >> [0.5 0 0 0.5 0 0] makepattern def
/Outer << /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 40 40] /XStep 40 /YStep 40
  /PaintProc {{ pop [/Pattern /DeviceCMYK] setcolorspace 0 0 0 1 Lines setcolor 0 0 40 40 rectfill }} >>
  matrix makepattern def
Photo setpattern 0 150 144 144 rectfill
Outer setpattern 150 150 140 140 rectfill
showpage
"""

GOLD = "[/Separation (Gold) /DeviceCMYK {dup 0.2 mul exch dup 0.4 mul exch dup 0.9 mul exch 0 mul}]"


def _patterns_pdf(tmp_path: Path, name: str, clean: bool) -> Path:
    """Every kind of pattern content, written by Ghostscript from PostScript: RGB, an RGB shading behind text, a spot
    colour only in a shading, hairlines in a cell and in a nested cell, a 16-ppi photo as a fill — or, ``clean``,
    the same page in CMYK with sound lines and a photo of enough pixels."""
    pixels = 400 if clean else 32
    values = {
        "fill": "0 1 1 0 setcmykcolor" if clean else "1 0 0 setrgbcolor",
        "width": "0.5" if clean else "0.05",
        "inner_width": "1" if clean else "0.1",
        "shade_space": "/DeviceCMYK" if clean else "/DeviceRGB",
        "c0": "[0 1 1 0]" if clean else "[1 0 0]",
        "c1": "[1 1 0 0]" if clean else "[0 0 1]",
        "spot_space": "/DeviceGray" if clean else GOLD,
        "pixels": pixels,
        "photo": "00ff00ff" * pixels * pixels,
    }
    source = tmp_path / f"{name}.ps"
    source.write_text(PATTERNS_PS.format(**values))
    target = tmp_path / f"{name}.pdf"
    subprocess.run(
        ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dAutoFilterColorImages=false",
         "-dColorImageFilter=/FlateEncode", "-dColorImageResolution=2400", f"-sOutputFile={target}", str(source)],
        check=True, capture_output=True,
    )  # fmt: skip
    return target


def mutool_facts(path: Path) -> dict[str, object]:
    """What MuPDF draws on page 1, read from its trace: the colour spaces painted (fills, strokes, shadings,
    images), the thinnest stroke as placed (its width times the transform's scale) and each image's resolution."""
    import math
    import re

    trace = subprocess.run(["mutool", "trace", str(path), "1"], check=True, capture_output=True, text=True).stdout
    spaces, widths, ppis = set(), [], []
    for tag, attributes in re.findall(r"<(fill_path|stroke_path|fill_shade|fill_image|fill_text)\b([^>]*)>", trace):
        found = dict(re.findall(r'(\w+)="([^"]*)"', attributes))
        spaces.add(found.get("colorspace", ""))
        a, b, c, d, *_ = (float(v) for v in found["transform"].split())
        scale = math.sqrt(abs(a * d - b * c))
        if tag == "stroke_path":
            widths.append(float(found["linewidth"]) * scale)
        if tag == "fill_image":
            ppis.append(int(found["width"]) * 72 / math.hypot(a, b))
    return {"spaces": spaces, "thinnest": min(widths, default=None), "ppis": ppis}


@pytest.mark.parametrize("clean", [False, True], ids=["defects", "clean"])
def test_what_patterns_paint_is_found_as_mupdf_draws_it(tmp_path, clean):
    """RGB in a tiling pattern and in a shading behind text, a spot colour only in a shading, hairlines in a cell and
    in a nested cell with its own matrix, a low-resolution photo repeated as a fill: each is found, as MuPDF draws
    the same file; the clean page (CMYK, sound lines, enough pixels) gives none of them."""
    path = _patterns_pdf(tmp_path, "patterns", clean)
    truth = mutool_facts(path)
    page = analyse(path.read_bytes(), path.name).pages[0]
    assert page.rgb_vector == ("DeviceRGB" in truth["spaces"]) == (not clean)
    assert page.spot_colours == ([] if clean else ["Gold"])
    assert any("Gold" in space for space in truth["spaces"]) == (not clean)
    thinnest = truth["thinnest"]
    assert thinnest is not None and (thinnest < 0.25) == (not clean)
    if clean:
        assert page.thin_lines == 0
    else:
        assert page.thin_lines >= 2 and page.thinnest_pt is not None and abs(page.thinnest_pt - thinnest) < 0.01
    (ppi,) = truth["ppis"]
    (image,) = page.images
    assert abs(image.ppi - ppi) <= ppi * 0.02 and (image.ppi < 150) == (not clean)


# --- ink under overprint ----------------------------------------------------------------------------------------

OVERPRINT_PS = """%!PS
<< /PageSize [200 200] >> setpagedevice
0.8 0.8 0.8 0 setcmykcolor 0 0 200 200 rectfill
{overprint} setoverprint
/.setoverprintmode where {{ pop {mode} .setoverprintmode }} if
0 0 0 1 setcmykcolor {black}
showpage
"""


@pytest.mark.parametrize(
    ("overprint", "mode", "black", "expected"),
    [
        ("true", 1, "50 50 100 100 rectfill", 340),  # the black lands on the background: 80/80/80/100
        ("true", 1, "/Helvetica-Bold findfont 60 scalefont setfont 20 80 moveto (Ink) show", 340),
        ("false", 1, "50 50 100 100 rectfill", 240),  # knocked out: the background is the most
        ("true", 0, "50 50 100 100 rectfill", 240),  # OPM 0: DeviceCMYK zeros paint, so it knocks out
    ],
    ids=["overprint", "overprinted-text", "knockout", "opm0"],
)
def test_total_ink_is_summed_as_the_press_composites_overprint(tmp_path, overprint, mode, black, expected):
    """A 100 % black set to overprint (overprint mode 1) on a 240 % background prints 340 %; knocked out, or under
    overprint mode 0, 240 %. Ghostscript writes the PDF from PostScript and composites its separations."""
    source = tmp_path / "overprint.ps"
    source.write_text(OVERPRINT_PS.format(overprint=overprint, mode=mode, black=black))
    path = tmp_path / "overprint.pdf"
    subprocess.run(
        ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={path}", str(source)],
        check=True, capture_output=True,
    )  # fmt: skip
    truth = gs_max_ink(path)
    assert abs(truth - expected) <= 5, truth
    assert abs(printproof_ink(path) - truth) <= 5, (printproof_ink(path), truth)


# --- PDF/X claims --------------------------------------------------------------------------------------------------


def _ghostscript_pdfx(tmp_path: Path) -> Path:
    """A PDF/X-3 as Ghostscript's PDF/X mode writes it (its own PDFX_def.ps, our FOGRA39 profile as the intent)."""
    from printproof.resources import resources_dir

    definition = next(Path("/usr/share/ghostscript").glob("*/lib/PDFX_def.ps")).read_text()
    profile = resources_dir() / "icc" / "PrintProof-FOGRA39.icc"
    (tmp_path / "pdfx_def.ps").write_text(definition.replace("(ISO Coated sb.icc)", f"({profile})"))
    (tmp_path / "page.ps").write_text(
        "%!PS\n<< /PageSize [300 200] >> setpagedevice\n0 0.5 1 0 setcmykcolor 20 20 100 100 rectfill\n"
        "/Helvetica findfont 20 scalefont setfont 0 0 0 1 setcmykcolor 150 100 moveto (PDF/X) show\nshowpage\n"
    )
    path = tmp_path / "pdfx.pdf"
    subprocess.run(
        ["gs", "-q", "-dPDFX", "-dNOPAUSE", "-dBATCH", "-dNOSAFER", "-sColorConversionStrategy=CMYK",
         "-sDEVICE=pdfwrite", f"-sOutputFile={path}", str(tmp_path / "pdfx_def.ps"), str(tmp_path / "page.ps")],
        check=True, capture_output=True,
    )  # fmt: skip
    return path


def _changed(source: Path, target: Path, change) -> Path:  # noqa: ANN001
    with pikepdf.open(source) as pdf:
        change(pdf, pdf.pages[0])
        pdf.save(target)
    return target


def test_a_pdfx_claim_is_checked_against_the_rules_that_matter_for_print(tmp_path):
    """Ghostscript's PDF/X-3 keeps its claim (no finding). Each broken rule, added with pikepdf and seen by MuPDF or
    poppler in the test, is named: RGB under an X-1a claim, transparency under X-3 (not under X-4: the control),
    no output intent, an unembedded font, a page without TrimBox."""
    from printproof.domain.pdf_report import page_findings
    from printproof.domain.preflight import message
    from printproof.domain.spec import JobSpec

    good = _ghostscript_pdfx(tmp_path)
    with pikepdf.open(good) as pdf:
        assert str(pdf.docinfo["/GTS_PDFXVersion"]) == "PDF/X-3:2002" and "/OutputIntents" in pdf.Root

    def claim(version: str):  # noqa: ANN202
        def change(pdf, page) -> None:  # noqa: ANN001
            pdf.docinfo["/GTS_PDFXVersion"] = version

        return change

    def rgb(pdf, page) -> None:  # noqa: ANN001
        claim("PDF/X-1a:2001")(pdf, page)
        page.contents_add(pdf.make_stream(b"1 0 0 rg 200 20 50 50 re f"))

    def transparent(pdf, page) -> None:  # noqa: ANN001
        page.Resources.ExtGState = pikepdf.Dictionary(GSa=pikepdf.Dictionary(ca=0.5))
        page.contents_add(pdf.make_stream(b"/GSa gs 0 0 0 1 k 200 20 50 50 re f"))

    def no_intent(pdf, page) -> None:  # noqa: ANN001
        del pdf.Root.OutputIntents

    def font(pdf, page) -> None:  # noqa: ANN001
        page.Resources.Font.F9 = _unembedded_truetype(pdf, "ArialNarrowX")
        page.contents_add(pdf.make_stream(b"BT /F9 12 Tf 150 40 Td (Hello) Tj ET"))

    def no_trim(pdf, page) -> None:  # noqa: ANN001
        del page.obj.TrimBox

    def later(pdf, page) -> None:  # noqa: ANN001
        transparent(pdf, page)
        claim("PDF/X-4")(pdf, page)

    cases = {
        "good": (None, []),
        "rgb": (rgb, ["colour_1a"]),
        "transparent": (transparent, ["transparency"]),
        "x4-transparent": (later, []),
        "no-intent": (no_intent, ["output_intent"]),
        "font": (font, ["fonts"]),
        "no-trim": (no_trim, ["trim_box"]),
    }
    for name, (change, expected) in cases.items():
        path = good if change is None else _changed(good, tmp_path / f"{name}.pdf", change)
        trace = subprocess.run(["mutool", "trace", str(path), "1"], capture_output=True, text=True).stdout
        shown = subprocess.run(["mutool", "show", str(path), "trailer/Root"], capture_output=True, text=True).stdout
        page_dict = subprocess.run(["mutool", "show", str(path), "pages"], capture_output=True, text=True).stdout
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
        seen = {
            "colour_1a": 'colorspace="DeviceRGB"' in trace,
            "transparency": 'alpha=".5"' in trace or 'alpha="0.5"' in trace,
            "output_intent": "/OutputIntents" not in shown,
            "fonts": any(line.split()[-5:-4] == ["no"] for line in fonts.splitlines()[2:]),
            "trim_box": "TrimBox"
            not in subprocess.run(
                ["mutool", "show", str(path), "trailer/Root/Pages/Kids/0"], capture_output=True, text=True
            ).stdout,
        }
        assert page_dict and {rule for rule, there in seen.items() if there} >= set(expected), (name, seen)
        report = analyse(path.read_bytes(), path.name).pages[0]
        assert report.pdfx_claim and report.pdfx_broken == expected, (name, report.pdfx_broken)
        found = [f for f in page_findings(JobSpec("Karte", 105.8, 70.6), report, 300, "") if f[0] == "pdfx_broken"]
        assert bool(found) == bool(expected), name
        for lang in ("de", "en") if found else ():
            said = message(lang, "pdfx_broken", 0, found[0][2])
            assert report.pdfx_claim in said and "{" not in said, said
