"""Customer PDFs with known defects, made with reportlab (and pikepdf where reportlab cannot).

Each maker writes one small file whose defect is known exactly: an RGB image placed at a known
ppi, a named spot colour, white set to overprint, a hairline, a standard font left unembedded,
page boxes that disagree with the order, form fields, annotations, JavaScript. The tests prove
each finding by its code and check the same files with poppler's own tools.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
from PIL import Image, ImageDraw
from reportlab.lib.colors import CMYKColorSep
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from printproof.domain.units import mm_to_pt
from printproof.resources import get_resource

A4_BLEED = (mm_to_pt(216), mm_to_pt(303))  # A4 plus 3 mm bleed all round
BLEED = mm_to_pt(3)
FONT = "DejaVuSans"


def _font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(get_resource("fonts", "DejaVuSans.ttf"))))
    return FONT


def canvas(path: Path, size: tuple[float, float] = A4_BLEED, boxes: bool = True) -> Canvas:
    """An A4 page with 3 mm bleed, TrimBox and BleedBox set, an embedded font as the initial font.

    (reportlab would otherwise list Helvetica among the page's fonts even when nothing uses it.)
    """
    c = Canvas(str(path), pagesize=size, initialFontName=_font(), initialFontSize=10)
    if boxes:
        c.setTrimBox((BLEED, BLEED, size[0] - BLEED, size[1] - BLEED))
        c.setBleedBox((0, 0, size[0], size[1]))
    return c


def photo(size: tuple[int, int], mode: str = "RGB", color: tuple[int, ...] = (200, 120, 60)) -> Image.Image:
    im = Image.new("RGB", size, color[:3] if mode != "CMYK" else (255, 255, 255))
    ImageDraw.Draw(im).ellipse((size[0] // 5, size[1] // 5, size[0] * 4 // 5, size[1] * 4 // 5), fill=(30, 90, 40))
    if mode == "CMYK":
        cmyk = Image.new("CMYK", size, color)
        return cmyk
    return im.convert(mode)


def place(c: Canvas, im: Image.Image, ppi: float, x: float, y: float) -> tuple[float, float]:
    """Draw ``im`` at (x, y) points so that it has exactly ``ppi`` at its placed size; returns its size in pt."""
    w, h = im.size[0] * 72 / ppi, im.size[1] * 72 / ppi
    c.drawImage(ImageReader(im), x, y, w, h)
    return w, h


def clean_cmyk(path: Path) -> Path:
    """What a careful designer sends: CMYK only, 300+ ppi, fonts embedded, 3 mm bleed, no hairlines."""
    c = canvas(path)
    w, h = A4_BLEED
    c.setFillColorCMYK(0.1, 0.7, 0.6, 0.05)
    c.rect(0, 0, w, h / 2, fill=1, stroke=0)
    c.setFillColorCMYK(0, 0, 0, 1)
    c.setFont(_font(), 14)
    c.drawString(mm_to_pt(20), h - mm_to_pt(30), "Sommerfest 2026 – alles in CMYK")
    c.setStrokeColorCMYK(1, 0.2, 0, 0)
    c.setLineWidth(0.5)
    c.line(mm_to_pt(20), h - mm_to_pt(35), mm_to_pt(150), h - mm_to_pt(35))
    place(c, photo((1200, 800), "CMYK", (20, 60, 90, 10)), 320, mm_to_pt(30), h / 2 + mm_to_pt(20))
    c.showPage()
    c.save()
    return path


def rgb_images(path: Path) -> Path:
    """A 180 ppi RGB photo top left, a 112 ppi one bottom right, RGB text colour."""
    c = canvas(path)
    w, h = A4_BLEED
    place(c, photo((450, 300)), 180, mm_to_pt(15), h - mm_to_pt(15) - 300 * 72 / 180)
    place(c, photo((300, 200)), 112, w - mm_to_pt(15) - 300 * 72 / 112, mm_to_pt(15))
    c.setFillColorRGB(0.1, 0.3, 0.8)
    c.drawString(w / 2, h / 2, "RGB blue text")
    c.showPage()
    c.save()
    return path


def spot_colours(path: Path) -> Path:
    c = canvas(path)
    c.setFillColor(CMYKColorSep(1, 0.6, 0, 0.02, spotName="PANTONE 286 C"))
    c.rect(mm_to_pt(20), mm_to_pt(200), mm_to_pt(60), mm_to_pt(40), fill=1, stroke=0)
    c.setFillColor(CMYKColorSep(0, 0.1, 1, 0, spotName="HKS 43 K"))
    c.rect(mm_to_pt(100), mm_to_pt(40), mm_to_pt(60), mm_to_pt(40), fill=1, stroke=0)
    c.showPage()
    c.save()
    return path


def overprint(path: Path) -> Path:
    """White box and white text set to overprint on cyan (they vanish on press), and a black overprint."""
    c = canvas(path)
    w, h = A4_BLEED
    c.setFillColorCMYK(1, 0, 0, 0)
    c.rect(0, 0, w, h, fill=1, stroke=0)
    c.setFillOverprint(True)
    c.setOverprintMask(1)
    c.setFillColorCMYK(0, 0, 0, 0)
    c.rect(w * 0.7, h * 0.75, mm_to_pt(40), mm_to_pt(30), fill=1, stroke=0)  # top right
    c.setFont(_font(), 24)
    c.drawString(mm_to_pt(20), mm_to_pt(20), "Weiß auf Überdrucken")  # bottom left
    c.setFillColorCMYK(0, 0, 0, 1)
    c.drawString(mm_to_pt(20), h / 2, "Schwarz überdruckt (richtig so)")
    c.showPage()
    c.save()
    return path


def hairlines(path: Path, zero: bool = False) -> Path:
    """A 0.05 pt line, a 1 pt line scaled down to 0.1 pt by the page's matrix, a fine 0.5 pt line (not a hairline),
    and with ``zero`` a line of width 0."""
    c = canvas(path)
    w, h = A4_BLEED
    c.setStrokeColorCMYK(0, 0, 0, 1)
    c.setLineWidth(0.5)
    c.line(mm_to_pt(20), h - mm_to_pt(20), mm_to_pt(100), h - mm_to_pt(20))  # fine, not a hairline
    c.setLineWidth(0.05)
    c.line(mm_to_pt(20), mm_to_pt(20), mm_to_pt(80), mm_to_pt(20))  # bottom left
    c.saveState()
    c.translate(w * 0.6, h * 0.5)
    c.scale(0.1, 0.1)
    c.setLineWidth(1)
    c.line(0, 0, 500, 0)  # 1 pt × 0.1 = 0.1 pt
    c.restoreState()
    if zero:
        c.setLineWidth(0)
        c.line(w * 0.4, h * 0.9, w * 0.6, h * 0.9)
    c.showPage()
    c.save()
    return path


def standard_fonts(path: Path) -> Path:
    c = canvas(path)
    c.setFont("Helvetica", 12)
    c.drawString(mm_to_pt(20), mm_to_pt(250), "Helvetica, not embedded")
    c.setFont("Times-Roman", 12)
    c.drawString(mm_to_pt(20), mm_to_pt(240), "Times, not embedded")
    c.setFont(_font(), 12)
    c.drawString(mm_to_pt(20), mm_to_pt(230), "DejaVu Sans, embedded")
    c.showPage()
    c.save()
    return path


def boxes(path: Path, trim_mm: tuple[float, float], bleed_mm: float) -> Path:
    """A page whose TrimBox is ``trim_mm`` and whose BleedBox adds ``bleed_mm`` around it."""
    b = mm_to_pt(bleed_mm)
    size = (mm_to_pt(trim_mm[0]) + 2 * b, mm_to_pt(trim_mm[1]) + 2 * b)
    c = Canvas(str(path), pagesize=size, initialFontName=_font())
    c.setTrimBox((b, b, size[0] - b, size[1] - b))
    c.setBleedBox((0, 0, size[0], size[1]))
    c.setFillColorCMYK(0, 0.3, 0.9, 0)
    c.rect(0, 0, size[0], size[1], fill=1, stroke=0)
    c.showPage()
    c.save()
    return path


def ink(path: Path) -> Path:
    """A rich black of 100/100/100/80 = 380 % total ink, bottom right."""
    c = canvas(path)
    w, h = A4_BLEED
    c.setFillColorCMYK(1, 1, 1, 0.8)
    c.rect(w * 0.7, mm_to_pt(10), mm_to_pt(40), mm_to_pt(30), fill=1, stroke=0)
    c.showPage()
    c.save()
    return path


def form_and_annotations(path: Path) -> Path:
    """A filled text field (printed), a comment that is not printed, and a link."""
    c = canvas(path)
    w, h = A4_BLEED
    c.acroForm.textfield(
        name="name",
        value="Erika Mustermann",
        x=mm_to_pt(30),
        y=h - mm_to_pt(60),
        width=mm_to_pt(90),
        height=mm_to_pt(12),
        fontName="Helvetica",
        fontSize=14,
        borderWidth=0,
        fillColor=None,
        textColor=None,
    )
    c.linkURL("https://example.com", (mm_to_pt(30), mm_to_pt(30), mm_to_pt(90), mm_to_pt(40)))
    c.showPage()
    c.save()
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    page = pdf.pages[0]
    note = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Text,
            Rect=[100, 100, 120, 120],
            Contents=pikepdf.String("a comment, not printed"),
            F=0,
        )
    )
    page.obj.Annots.append(note)
    pdf.save(path)
    return path


def with_javascript(path: Path) -> Path:
    clean_cmyk(path)
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert('hi');"))
    pdf.save(path)
    return path


def with_output_intent(path: Path, identifier: str) -> Path:
    clean_cmyk(path)
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    pdf.Root.OutputIntents = pikepdf.Array(
        [
            pikepdf.Dictionary(
                Type=pikepdf.Name.OutputIntent,
                S=pikepdf.Name.GTS_PDFX,
                OutputConditionIdentifier=pikepdf.String(identifier),
                RegistryName=pikepdf.String("http://www.color.org"),
            )
        ]
    )
    pdf.save(path)
    return path


def type3_and_devicen(path: Path) -> Path:
    """A Type 3 font (glyphs drawn as graphics) and a DeviceN colour with a spot ink, made with pikepdf."""
    pdf = pikepdf.new()
    glyph = pdf.make_stream(b"1000 0 0 0 750 750 d1 0 0 750 750 re f")
    font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.Type3,
        Name=pikepdf.Name.Stamp,
        FontBBox=[0, 0, 750, 750],
        FontMatrix=[0.001, 0, 0, 0.001, 0, 0],
        CharProcs=pikepdf.Dictionary(square=glyph),
        Encoding=pikepdf.Dictionary(Type=pikepdf.Name.Encoding, Differences=[97, pikepdf.Name.square]),
        FirstChar=97,
        LastChar=97,
        Widths=[1000],
    )
    tint = pdf.make_stream(b"{ 0 exch 0 }")  # (cyan, spot) -> C M Y K = cyan 0 spot 0
    tint.FunctionType = 4
    tint.Domain = [0, 1, 0, 1]
    tint.Range = [0, 1, 0, 1, 0, 1, 0, 1]
    names = [pikepdf.Name.Cyan, pikepdf.Name("/HKS 43 K")]
    devicen = pikepdf.Array([pikepdf.Name.DeviceN, names, pikepdf.Name.DeviceCMYK, tint])
    size = A4_BLEED
    content = b"/DN cs 0.5 1 scn 50 50 200 100 re f BT /T3 24 Tf 100 600 Td (aaa) Tj ET"
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=[0, 0, size[0], size[1]],
        TrimBox=[BLEED, BLEED, size[0] - BLEED, size[1] - BLEED],
        Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(T3=font), ColorSpace=pikepdf.Dictionary(DN=devicen)),
        Contents=pdf.make_stream(content),
    )
    pdf.pages.append(pikepdf.Page(page))
    pdf.save(path)
    return path


def rotated(path: Path) -> Path:
    """A landscape page stored portrait with /Rotate 90; a low-resolution image at the top left as shown."""
    size = (mm_to_pt(216), mm_to_pt(303))
    c = canvas(path, size)
    # Shown rotated 90° clockwise: the stored bottom-left corner is shown top-left.
    place(c, photo((200, 150)), 100, mm_to_pt(10), mm_to_pt(10))
    c.showPage()
    c.save()
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    pdf.pages[0].obj.Rotate = 90
    pdf.save(path)
    return path
