"""Marks on a proof: pen strokes, circles and numbered pins with a text each.

A mark lies on one page of one proof version's PDF; its points are fractions of that page (x to the right,
y downwards, 0 to 1), so the same marks fit the page at any zoom and on any screen. The marks of one
"changes requested" record are kept as one JSON document (:func:`markup_json`): canonical (sorted keys, no
spaces, coordinates to 5 places), with a random nonce so that the SHA-256 the sealed record carries cannot be
guessed from a pin's few words. Plain Python: no Qt, no database.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .errors import UserError
from .i18n import t
from .typed_text import clean_line

FORMAT = "printproof-markup/1"
MEDIA_TYPE = "application/vnd.printproof.markup+json"
MAX_MARKS = 60
MAX_POINTS = 4000  # per pen stroke
MAX_TEXT = 300


class MarkKind(StrEnum):
    PEN = "pen"
    CIRCLE = "circle"  # an ellipse in the box of its two points
    PIN = "pin"


Point = tuple[float, float]


@dataclass(frozen=True)
class Mark:
    """One mark on page ``page`` (0 is the proof's cover) of a proof version."""

    kind: MarkKind
    page: int
    points: tuple[Point, ...]
    number: int = 0  # pins: 1, 2, 3 … in the order they were set
    text: str = ""  # pins: what should change there

    def box(self) -> tuple[float, float, float, float]:
        """The mark's box on its page (left, top, right, bottom), as fractions of the page."""
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        return min(xs), min(ys), max(xs), max(ys)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind.value,
            "page": self.page,
            "points": [[round(x, 5), round(y, 5)] for x, y in self.points],
        }
        if self.kind == MarkKind.PIN:
            data["number"] = self.number
            data["text"] = self.text
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mark:
        return cls(
            MarkKind(data["kind"]),
            int(data["page"]),
            tuple((float(x), float(y)) for x, y in data["points"]),
            int(data.get("number", 0)),
            str(data.get("text", "")),
        )


def pin_label(mark: Mark) -> str:
    """How lists and crops name a mark: its pin number, or a letter-free sign for strokes and circles."""
    return str(mark.number) if mark.kind == MarkKind.PIN else ("○" if mark.kind == MarkKind.CIRCLE else "✎")


def checked_marks(marks: list[Mark], pages: int) -> list[Mark]:
    """``marks`` checked (pages that exist, points on the page, sizes) and the pins numbered 1, 2, 3 … anew.

    Refuses in one sentence: too many marks, a pin without text, a mark off the page.
    """
    if len(marks) > MAX_MARKS:
        raise UserError(t("At most {n} marks fit one request for changes.", n=MAX_MARKS))
    done: list[Mark] = []
    number = 0
    for mark in marks:
        kind = MarkKind(mark.kind)
        if not 0 <= mark.page < pages:
            raise UserError(t("A mark lies on page {page}, which this proof does not have.", page=mark.page + 1))
        points = tuple((float(x), float(y)) for x, y in mark.points)
        if not points or len(points) > MAX_POINTS:
            raise UserError(t("A pen stroke has {n} points; at most {max} are kept.", n=len(points), max=MAX_POINTS))
        if any(not (-0.001 <= v <= 1.001) or v != v for p in points for v in p):
            raise UserError(t("A mark lies outside the page; draw it on the proof."))
        points = tuple((min(1.0, max(0.0, x)), min(1.0, max(0.0, y))) for x, y in points)
        if kind == MarkKind.CIRCLE and len(points) != 2:
            raise UserError(t("A circle is given by two corners of its box."))
        text = ""
        if kind == MarkKind.PIN:
            points = points[:1]
            text = clean_line(mark.text, "text of a pin", required=True, max_len=MAX_TEXT)
            number += 1
        done.append(Mark(kind, mark.page, points, number if kind == MarkKind.PIN else 0, text))
    return done


def markup_json(order: str, version: int, marks: list[Mark], nonce: str | None = None) -> bytes:
    """The canonical JSON document of a record's marks (the bytes stored and hashed)."""
    document = {
        "format": FORMAT,
        "order": order,
        "version": version,
        "nonce": nonce or secrets.token_hex(16),
        "marks": [m.to_dict() for m in marks],
    }
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class Markup:
    """A stored markup document, read back."""

    order: str
    version: int
    marks: tuple[Mark, ...]

    @property
    def pins(self) -> list[Mark]:
        return [m for m in self.marks if m.kind == MarkKind.PIN]


def read_markup(data: bytes) -> Markup:
    """Read a stored markup document (refuses anything that is not one)."""
    try:
        document = json.loads(data.decode())
        if document.get("format") != FORMAT:
            raise ValueError(document.get("format"))
        marks = tuple(Mark.from_dict(m) for m in document["marks"])
        return Markup(str(document["order"]), int(document["version"]), marks)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UserError(t("The stored marks cannot be read; run verify.")) from exc


def changes_from_pins(marks: list[Mark]) -> str:
    """The written list of changes the pins make: ``1: Telefonnummer größer`` one per line."""
    return "\n".join(f"{m.number}: {m.text}" for m in marks if m.kind == MarkKind.PIN)


def written_changes(changes: str, marks: list[Mark] | tuple[Mark, ...]) -> str:
    """What the customer wrote in the box beside the marks: the record's changes, unless they are only the pins'
    texts (a request made with pins and nothing written keeps those as its written list)."""
    if not changes or changes == changes_from_pins(list(marks)):
        return ""
    return changes
