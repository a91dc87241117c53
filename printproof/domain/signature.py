"""A handwritten signature as pen strokes: checks that it is one, and its canonical form."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from .errors import UserError
from .i18n import t

MIN_POINTS = 12
MIN_INK_LENGTH = 120.0  # in pad units (the pad is 1000 × 350): a dot or a short tick is refused
MIN_EXTENT = 80.0
PAD_WIDTH, PAD_HEIGHT = 1000.0, 350.0


@dataclass(frozen=True)
class Point:
    x: float  # 0 … PAD_WIDTH, left to right
    y: float  # 0 … PAD_HEIGHT, top to bottom
    pressure: float = 0.5  # 0 … 1; 0.5 where the device reports none
    t: float = 0.0  # milliseconds since the first point


Stroke = list[Point]


def check_signature(strokes: list[Stroke]) -> None:
    """Refuse an empty or trivial signature (a dot, a short line) with a sentence for the customer."""
    points = [p for s in strokes for p in s]
    if not points:
        raise UserError(t("There is no signature yet; please sign in the box."))
    ink = sum(math.dist((a.x, a.y), (b.x, b.y)) for s in strokes for a, b in zip(s, s[1:], strict=False))
    xs, ys = [p.x for p in points], [p.y for p in points]
    extent = max(max(xs) - min(xs), max(ys) - min(ys))
    if len(points) < MIN_POINTS or ink < MIN_INK_LENGTH or extent < MIN_EXTENT:
        raise UserError(t("That is too short to be a signature; please sign with your name."))


def strokes_to_json(strokes: list[Stroke]) -> bytes:
    """The canonical bytes of the strokes (what gets stored and hashed)."""
    data = {
        "pad": [PAD_WIDTH, PAD_HEIGHT],
        "strokes": [[[round(p.x, 2), round(p.y, 2), round(p.pressure, 3), round(p.t, 1)] for p in s] for s in strokes],
    }
    return json.dumps(data, separators=(",", ":")).encode()


def strokes_from_json(data: bytes) -> list[Stroke]:
    parsed = json.loads(data)
    return [[Point(*values) for values in stroke] for stroke in parsed["strokes"]]
