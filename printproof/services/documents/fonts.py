"""The shipped fonts, registered once with reportlab (embedded as subsets in every PDF)."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...resources import get_resource

SANS = "PrintProofSans"
SANS_BOLD = "PrintProofSans-Bold"


@cache
def register_fonts() -> None:
    """Register DejaVu Sans: it covers Latin, Greek and Cyrillic names (Łukasz Żółć, Иванов, Şahin)."""
    pdfmetrics.registerFont(TTFont(SANS, str(get_resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(SANS_BOLD, str(get_resource("fonts", "DejaVuSans-Bold.ttf"))))
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)
