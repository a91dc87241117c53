"""Units of the trade: millimetres on paper, points in PDF, pixels in images."""

from __future__ import annotations

MM_PER_INCH = 25.4
PT_PER_INCH = 72.0


def mm_to_pt(mm: float) -> float:
    """Millimetres to PDF points (1/72 inch)."""
    return mm * PT_PER_INCH / MM_PER_INCH


def px_for(mm: float, dpi: float) -> int:
    """Pixels needed to cover ``mm`` at ``dpi`` (at least one)."""
    return max(1, round(mm / MM_PER_INCH * dpi))


def effective_dpi(px: int, mm: float) -> float:
    """Resolution that ``px`` pixels give when printed ``mm`` wide."""
    return px / (mm / MM_PER_INCH)


def format_mm(value: float) -> str:
    """``85`` → ``"85"``, ``148.5`` → ``"148.5"``: millimetres without noise."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text
