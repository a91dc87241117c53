"""Render pen strokes to a signature image (Pillow; the same picture on every workstation)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from ...domain.signature import PAD_HEIGHT, PAD_WIDTH, Stroke

SCALE = 2  # 2000 × 700 px: crisp on a certificate


def render_signature(strokes: list[Stroke]) -> bytes:
    """A PNG of the strokes, dark blue ink on transparent, line width following pen pressure."""
    width, height = int(PAD_WIDTH * SCALE), int(PAD_HEIGHT * SCALE)
    image = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    ink = (16, 32, 96, 255)
    for stroke in strokes:
        if len(stroke) == 1:
            p = stroke[0]
            r = (1.5 + 3 * p.pressure) * SCALE
            draw.ellipse((p.x * SCALE - r, p.y * SCALE - r, p.x * SCALE + r, p.y * SCALE + r), fill=ink)
        for a, b in zip(stroke, stroke[1:], strict=False):
            w = max(1.0, (2.0 + 5.0 * (a.pressure + b.pressure) / 2) * SCALE)
            draw.line((a.x * SCALE, a.y * SCALE, b.x * SCALE, b.y * SCALE), fill=ink, width=round(w))
            r = w / 2
            draw.ellipse((b.x * SCALE - r, b.y * SCALE - r, b.x * SCALE + r, b.y * SCALE + r), fill=ink)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()
