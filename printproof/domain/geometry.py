"""Where things sit on an artwork page, in millimetres from the bleed box's top-left corner."""

from __future__ import annotations

from dataclasses import dataclass

from .preflight import placement
from .spec import JobSpec


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float


def safe_margin_mm(spec: JobSpec) -> float:
    """The safe zone's distance inside the cut: 3 mm for cards, growing with the format up to 10 mm."""
    return round(min(max(3.0, 0.02 * min(spec.width_mm, spec.height_mm)), 10.0), 1)


def image_rect(spec: JobSpec, width_px: int, height_px: int) -> Rect:
    """Where the artwork lands: over the bleed box, over the trim box (artwork without bleed),
    or scaled to cover the bleed box and centred (artwork of another aspect ratio)."""
    from .preflight import SideArtwork

    fit, _ = placement(spec, SideArtwork(0, width_px, height_px, "RGB"))
    bw, bh, b = spec.bleed_width_mm, spec.bleed_height_mm, spec.bleed_mm
    if fit == "bleed":
        return Rect(0, 0, bw, bh)
    if fit == "trim":
        return Rect(b, b, spec.width_mm, spec.height_mm)
    scale = max(bw / width_px, bh / height_px)
    w, h = width_px * scale, height_px * scale
    return Rect((bw - w) / 2, (bh - h) / 2, w, h)
