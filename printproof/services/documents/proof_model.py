"""What a proof shows (plain data) and the measures its pages share.

:class:`ProofDocument` holds everything the proof shows, so the same maker serves the CLI, the GUI,
tests and benchmarks; nothing here touches the database.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from datetime import datetime

from reportlab.lib.utils import ImageReader

from ...domain.preflight import Finding
from ...domain.spec import JobSpec
from ...domain.units import mm_to_pt

MAX_PAGE_PT = 14_400  # the PDF page size limit (200 inches) without UserUnit
MARGIN_MM = 14.0  # around the bleed box: trim marks, legend and slug line
MARK_GAP_MM = 2.0
MARK_LEN_MM = 5.0
NICE_SCALES = (1.0, 0.5, 0.4, 0.25, 0.2, 0.1, 0.05)
COVER_FINDINGS = 12


@dataclass(frozen=True)
class ProofSide:
    side: int
    preview_jpeg: bytes  # RGB JPEG at proof resolution, in the press's colours, embedded as is
    width_px: int  # of the customer's original, for placement
    height_px: int
    hatching_png: bytes | None = None  # 1-bit: its colour warning's hatching (black: dark stripes), for a second page
    marked_jpeg: bytes | None = None  # the colour warning as an older PrintProof kept it: the preview hatched, as JPEG
    preview_sha256: str = ""  # of preview_jpeg, when known (it names the image in the PDF)

    @property
    def has_warning(self) -> bool:
        return bool(self.hatching_png or self.marked_jpeg)


@dataclass(frozen=True)
class PressStatement:
    """What the proof says about its colours: the profile simulated and how RGB was converted."""

    profile: str = ""
    intent: str = "relative"
    bpc: bool = True
    gamut_delta_e: float = 5.0
    output_intents: tuple[str, ...] = ()  # the customer's PDF/X output conditions


@dataclass(frozen=True)
class RequestedChange:
    """One mark of a change request, as the next version's cover lists it: label, text, a small crop (JPEG)."""

    label: str
    text: str
    crop_jpeg: bytes


@dataclass(frozen=True)
class ChangeRequest:
    """The changes the customer asked for on the previous version, for this version's cover."""

    version: int
    when: str  # as the cover prints it
    changes: str
    marks: list[RequestedChange] = field(default_factory=list)


@dataclass(frozen=True)
class ProofDocument:
    """Everything a proof shows."""

    lang: str
    shop_name: str
    shop_address: str
    order_number: str
    version: int
    made_at: datetime  # local time of the workstation
    customer_name: str
    customer_company: str
    customer_phone: str
    customer_email: str
    spec: JobSpec
    findings: list[Finding]
    terms: str
    watermark: str
    content_sha256: str
    sides: list[ProofSide] = field(default_factory=list)
    logo: bytes | None = None
    note: str = ""
    press: PressStatement = field(default_factory=PressStatement)
    requests: list[ChangeRequest] = field(default_factory=list)  # what this version answers
    reprint_of: str = ""  # a reprint: the earlier order and its approved proof, as the cover says it


class JpegReader(ImageReader):
    """A JPEG that reportlab embeds as it is (DCTDecode), without decoding it.

    reportlab names each image by a digest of its decoded pixels; the SHA-256 of the
    JPEG bytes names it just as uniquely, for a fraction of the time.
    """

    def __init__(self, data: bytes, sha256: str = "") -> None:
        super().__init__(io.BytesIO(data))
        self._name = (sha256 or hashlib.sha256(data).hexdigest()).encode()
        self._dataA = None

    def getRGBData(self) -> bytes:  # noqa: N802 (reportlab's name)
        return self._name


def format_datetime(lang: str, moment: datetime) -> str:
    return moment.strftime("%d.%m.%Y %H:%M" if lang == "de" else "%Y-%m-%d %H:%M")


def format_date(lang: str, moment: datetime) -> str:
    return moment.strftime("%d.%m.%Y" if lang == "de" else "%Y-%m-%d")


def page_scale(spec: JobSpec) -> float:
    """1.0, or the largest friendly reduction that fits the PDF page size limit."""
    needed_mm = max(spec.bleed_width_mm, spec.bleed_height_mm) + 2 * MARGIN_MM
    for scale in NICE_SCALES:
        if mm_to_pt(needed_mm * scale) <= MAX_PAGE_PT:
            return scale
    return NICE_SCALES[-1]
