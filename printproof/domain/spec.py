"""The job's specification: what will be printed, at which size, how often."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date

from .errors import UserError
from .i18n import N_, t
from .typed_text import clean_line
from .units import format_mm

MAX_FORMAT_MM = 20000.0  # a 20 m building banner; 100 m is a typing error
MIN_FORMAT_MM = 5.0
MAX_BLEED_MM = 20.0
MAX_QUANTITY = 10_000_000

_SIZE_RE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*[x×X*]\s*(\d+(?:[.,]\d+)?)\s*(?:mm)?\s*$")
_COLORS_RE = re.compile(r"^\s*([0-8])\s*/\s*([0-8])\s*$")


def parse_size(text: str) -> tuple[float, float]:
    """Parse ``"85x55"`` (millimetres, ``,`` or ``.`` as decimal mark) into width and height."""
    match = _SIZE_RE.match(text or "")
    if not match:
        raise UserError(t("The size “{text}” is not understood; write width × height in mm, e.g. 85x55.", text=text))
    width, height = (float(g.replace(",", ".")) for g in match.groups())
    return width, height


def parse_colors(text: str) -> tuple[int, int]:
    """Parse ``"4/4"`` into the number of inks on front and back."""
    match = _COLORS_RE.match(text or "")
    if not match:
        raise UserError(
            t("The colours “{text}” are not understood; write front/back inks, e.g. 4/4 or 4/0.", text=text)
        )
    front, back = int(match.group(1)), int(match.group(2))
    if front == 0:
        raise UserError(t("The colours say nothing is printed on the front (0/…); write e.g. 4/0."))
    return front, back


@dataclass(frozen=True)
class JobSpec:
    """What the customer ordered. Sizes are the finished (trim) size in millimetres."""

    product: str
    width_mm: float
    height_mm: float
    bleed_mm: float = 3.0
    quantity: int = 1
    stock: str = ""
    colors: str = "4/4"
    finishing: str = ""
    due: date | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "product", clean_line(self.product, "product", required=True))
        object.__setattr__(self, "stock", clean_line(self.stock, "stock"))
        object.__setattr__(self, "finishing", clean_line(self.finishing, "finishing"))
        for name, value in ((N_("width"), self.width_mm), (N_("height"), self.height_mm)):
            if not value == value or value < MIN_FORMAT_MM or value > MAX_FORMAT_MM:
                raise UserError(
                    t(
                        "The {name} of {value} mm is not a print size; it must be between {low} and {high} mm.",
                        name=t(name),
                        value=format_mm(value),
                        low=format_mm(MIN_FORMAT_MM),
                        high=format_mm(MAX_FORMAT_MM),
                    )
                )
        if not self.bleed_mm == self.bleed_mm or self.bleed_mm < 0 or self.bleed_mm > MAX_BLEED_MM:
            raise UserError(t("A bleed of {bleed} mm is not possible; use 0 to 20 mm.", bleed=format_mm(self.bleed_mm)))
        if isinstance(self.quantity, bool) or not isinstance(self.quantity, int):
            raise UserError(t("The quantity must be a whole number."))
        if self.quantity < 1 or self.quantity > MAX_QUANTITY:
            raise UserError(
                t(
                    "A quantity of {quantity} is not possible; order 1 to {limit:,}.",
                    quantity=self.quantity,
                    limit=MAX_QUANTITY,
                )
            )
        parse_colors(self.colors)
        object.__setattr__(self, "colors", "/".join(str(n) for n in parse_colors(self.colors)))

    @property
    def bleed_width_mm(self) -> float:
        return self.width_mm + 2 * self.bleed_mm

    @property
    def bleed_height_mm(self) -> float:
        return self.height_mm + 2 * self.bleed_mm

    @property
    def sides_printed(self) -> int:
        """How many sides carry ink: 2 for 4/4 or 4/1, 1 for 4/0."""
        return 2 if parse_colors(self.colors)[1] > 0 else 1

    @property
    def is_cmyk(self) -> bool:
        """Whether any side is printed in four (or more) process colours."""
        return max(parse_colors(self.colors)) >= 4

    @property
    def size_label(self) -> str:
        return f"{format_mm(self.width_mm)} × {format_mm(self.height_mm)} mm"

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["due"] = self.due.isoformat() if self.due else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> JobSpec:
        values = dict(data)
        due = values.get("due")
        values["due"] = date.fromisoformat(str(due)) if due else None
        return cls(**values)  # type: ignore[arg-type]
