"""One look for every PDF PrintProof makes: the fonts, the sizes, the colours, paragraph and table styles.

The proof, the approval certificate, the dossier, the customer's data summary (and whatever document
comes next) draw with these, so a shop's papers look like one set: the same type scale, the same red for
what must not be missed, the same rules between the rows of a table. Change the look here, nowhere else.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, Protocol
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, SimpleDocTemplate, Table, TableStyle

from ...domain.enums import Severity
from ...domain.units import mm_to_pt
from .fonts import SANS as SANS
from .fonts import SANS_BOLD as SANS_BOLD
from .fonts import register_fonts as register_fonts  # the fonts are part of the look: take them from here

# --- the type scale (points) ----------------------------------------------------------------------------
DISPLAY_SIZE = 24.0  # the word PROOF on the cover
TITLE_SIZE = 17.0  # a document's title
HEADLINE_SIZE = 14.0  # what the production floor must see from a step away: the due date, NOT APPROVED
NAME_SIZE = 13.0  # the shop's name at the head of a page
LEAD_SIZE = 12.0  # one line that says what this is: order, version, time
HEADING_SIZE = 10.5
BODY_SIZE = 9.0
CELL_SIZE = 8.5  # tables: a little smaller than the text around them
SMALL_SIZE = 7.5  # terms, hashes, captions, the lines under a signature
FINE_SIZE = 6.5  # footers and slug lines
TINY_SIZE = 5.5  # the fingerprint under a QR code

# --- colours ---------------------------------------------------------------------------------------------
INK = colors.black
MUTED = colors.Color(0.35, 0.35, 0.35)  # footers, slug lines: there, but not in the way
LEGEND = colors.Color(0.2, 0.2, 0.2)  # the legend and colour statement above the artwork
DIVIDER = colors.Color(0.75, 0.75, 0.75)  # the line under a page's header
RULE = colors.Color(0.85, 0.85, 0.85)  # between the rows of a table
EDGE = colors.Color(0.5, 0.5, 0.5)  # the bleed edge around artwork
HATCH = (20, 20, 20)  # the colour warning's stripes (sRGB 0–255), over colours that print visibly different
PAPER = colors.white
ALERT = colors.Color(0.80, 0.05, 0.10)  # the proof's red: watermark, "not true size", voided, altered
GOOD = colors.Color(0.18, 0.49, 0.20)  # checked and unaltered
WARN = colors.Color(0.85, 0.50, 0.0)
TRIM = colors.Color(0.85, 0.0, 0.55)  # the cut
SAFE = colors.Color(0.0, 0.55, 0.85)  # the safe zone
BLEED_SHADE = colors.Color(0.35, 0.35, 0.35, alpha=0.35)  # the band that is cut away
WATERMARK = ALERT
WATERMARK_FILL_ALPHA = 0.30
WATERMARK_OUTLINE_ALPHA = 0.45
SEVERITY = {Severity.SERIOUS: ALERT, Severity.WARNING: WARN, Severity.INFO: MUTED}


def hex_of(colour: colors.Color) -> str:
    """``#rrggbb`` of ``colour``, for ``<font color=…>`` inside a paragraph."""
    return "#" + str(colour.hexval())[2:]


# --- paragraph styles --------------------------------------------------------------------------------------
BODY = ParagraphStyle("body", fontName=SANS, fontSize=BODY_SIZE, leading=11.5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=SMALL_SIZE, leading=9.5)
FINE = ParagraphStyle("fine", parent=BODY, fontSize=FINE_SIZE, leading=8.5)
HEADING = ParagraphStyle(
    "heading", parent=BODY, fontName=SANS_BOLD, fontSize=HEADING_SIZE, leading=13.5, spaceBefore=7, spaceAfter=3
)
SUBHEADING = ParagraphStyle(
    "subheading", parent=BODY, fontName=SANS_BOLD, fontSize=BODY_SIZE, leading=12, spaceBefore=4, spaceAfter=1
)
TITLE = ParagraphStyle("title", parent=BODY, fontName=SANS_BOLD, fontSize=TITLE_SIZE, leading=21, spaceAfter=3)
NAME = ParagraphStyle("name", parent=BODY, fontName=SANS_BOLD, fontSize=HEADING_SIZE, leading=13)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=CELL_SIZE, leading=10.5)
CELL_LABEL = ParagraphStyle("cell_label", parent=CELL, fontName=SANS_BOLD)

STYLES: dict[str, ParagraphStyle] = {
    # Short names, as the document makers have always called them.
    "base": BODY,
    "small": SMALL,
    "fine": FINE,
    "h": HEADING,
    "sub": SUBHEADING,
    "title": TITLE,
    "cell": CELL,
    "cellb": CELL_LABEL,
}


class ParagraphMaker(Protocol):
    """Makes a paragraph of plain text in ``style``, or in the maker's own style."""

    def __call__(self, text: str, style: ParagraphStyle = ...) -> Paragraph: ...


def paragraph(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of plain text (escaped; a line break stays a line break)."""
    register_fonts()  # a paragraph is laid out as it is made: the fonts must be known by then
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def coloured(text: str, colour: colors.Color, style: ParagraphStyle = BODY, bold: bool = True) -> Paragraph:
    """A line in ``colour`` (verified, voided, altered), bold unless told otherwise."""
    register_fonts()
    inner = f"<b>{escape(text)}</b>" if bold else escape(text)
    return Paragraph(f'<font color="{hex_of(colour)}">{inner}</font>', style)


def ticked(label: str, done: bool) -> str:
    """A checklist line as the customer saw it: ``☑  label`` or ``☐  label``."""
    return ("☑  " if done else "☐  ") + label


# --- tables ------------------------------------------------------------------------------------------------
LABEL_WIDTH_MM = 40.0


def table_style(*extra: tuple[Any, ...], padding: float = 1.5, rules: bool = False) -> TableStyle:
    """Tables flush with the text at the left, in the shipped font; ``rules``: a thin line between rows."""
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
    ]
    if rules:
        commands.append(("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE))
    return TableStyle([*commands, *extra])


def key_value_table(
    rows: Sequence[tuple[str, str]], p: ParagraphMaker = paragraph, label_width_mm: float = LABEL_WIDTH_MM
) -> Table:
    """Label and value, one pair a row, labels bold, a thin rule between rows (specification, facts)."""
    table = Table(
        [[p(k, CELL_LABEL), p(v, CELL)] for k, v in rows], colWidths=[mm_to_pt(label_width_mm), None], hAlign="LEFT"
    )
    table.setStyle(table_style(rules=True))
    return table


def two_columns(cells: Sequence[Flowable], padding: float = 0.75) -> Table:
    """Short items (a checklist) in two columns, filled down the first column, then the second."""
    half = (len(cells) + 1) // 2
    rows = [[cells[i], cells[half + i] if half + i < len(cells) else ""] for i in range(half)]
    table = Table(rows, hAlign="LEFT")
    table.setStyle(table_style(padding=padding))
    return table


# --- whole documents ---------------------------------------------------------------------------------------
PAGE = A4
MARGIN_MM = 18.0  # left and right on every A4 page PrintProof makes
TOP_MARGIN_MM = 14.0
BOTTOM_MARGIN_MM = 14.0


def build_a4(story: list[Flowable], title: str, author: str = "") -> bytes:
    """An A4 document of flowing content in the shipped fonts (certificate, dossier, data summary)."""
    register_fonts()
    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=mm_to_pt(MARGIN_MM),
        rightMargin=mm_to_pt(MARGIN_MM),
        topMargin=mm_to_pt(TOP_MARGIN_MM),
        bottomMargin=mm_to_pt(BOTTOM_MARGIN_MM),
        title=title,
        author=author,
        creator="PrintProof",
        initialFontName=SANS,
        initialFontSize=BODY_SIZE,
    ).build(story)
    return out.getvalue()


def image_flowable(data: bytes, width_mm: float) -> Image:
    """A picture (signature, photo) at ``width_mm``, keeping its aspect ratio, aligned left."""
    w, h = ImageReader(io.BytesIO(data)).getSize()
    width = mm_to_pt(width_mm)
    image = Image(io.BytesIO(data), width=width, height=width * h / w)
    image.hAlign = "LEFT"
    return image
