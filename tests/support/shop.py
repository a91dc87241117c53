"""The shop the tests work in: a business card, its artwork as a picture, a signature, the rows in the store."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from printproof.domain.signature import Point
from printproof.domain.spec import JobSpec
from printproof.store.models import db

# The command line in a process of its own, as the tests run it (see tests/support/run_printproof.py).
PRINTPROOF = [sys.executable, str(Path(__file__).resolve().parent / "run_printproof.py")]


CARD = JobSpec("Visitenkarte", 85, 55, 3, 500, "350 g matt", "4/4")


def card_png(
    path: Path,
    size: tuple[int, int] = (1075, 720),
    color: tuple[int, int, int] = (40, 110, 190),
    mode: str = "RGB",
    fmt: str = "PNG",
    **save: object,
) -> Path:
    """A business card design at 300 dpi with bleed (1075 × 720 px for 91 × 61 mm)."""
    im = Image.new("RGB", size, color)
    ImageDraw.Draw(im).rectangle((size[0] // 4, size[1] // 3, size[0] * 3 // 4, size[1] * 2 // 3), fill="white")
    if mode != "RGB":
        im = im.convert(mode)
    im.save(path, fmt, **save)
    return path


def image_bytes(im: Image.Image, fmt: str, **save: object) -> bytes:
    out = io.BytesIO()
    im.save(out, fmt, **save)
    return out.getvalue()


def signature_strokes() -> list[list[Point]]:
    return [[Point(50 + i * 10, 150 + (i % 7) * 12, 0.6, i * 10.0) for i in range(60)]]


def needs(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.fail(f"{tool} is missing: scripts/bootstrap --dev installs it")


def table_counts() -> dict[str, int]:
    """Row counts of every table: to prove that a refused action changed nothing."""
    return {t: db.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in sorted(db.get_tables())}
