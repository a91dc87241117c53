"""What the PDF preflight measured on one page, and the findings that follow from it.

The measuring (services/artwork/pdf_preflight.py) reads the customer's file once, at import; the
report is stored with the artwork as plain data. The findings are made from it whenever
they are shown, against the order's current specification and the shop's current press
settings — a changed size or ink limit changes the findings without reading the file again.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .enums import Severity
from .spec import JobSpec

GOOD_PPI = 300
POOR_PPI = 150
HAIRLINE_PT = 0.25  # 0.09 mm: thinner lines break up or vanish in offset print
TRIM_TOLERANCE_MM = 0.5
BLEED_TOLERANCE_MM = 0.25


@dataclass(frozen=True)
class PlacedImage:
    """One image as placed on the page: effective resolution there, where, and its colour space."""

    ppi: float  # the smaller of the horizontal and vertical resolution at the placed size
    where: str  # "top_left" … "bottom_right"
    colour: str  # "rgb", "lab", "cmyk", "gray", "spot", "other"


@dataclass(frozen=True)
class PageReport:
    """Everything the preflight found on one page of a customer's PDF."""

    images: list[PlacedImage] = field(default_factory=list)
    fonts_not_embedded: list[str] = field(default_factory=list)
    type3_fonts: list[str] = field(default_factory=list)
    rgb_vector: bool = False
    spot_colours: list[str] = field(default_factory=list)
    white_overprint: list[tuple[str, str]] = field(default_factory=list)  # (what, where)
    overprint: bool = False
    thin_lines: int = 0
    thinnest_pt: float | None = None
    thinnest_where: str = ""
    ink_max: int = 0  # % total area coverage of the file's own CMYK (vector colours and CMYK images)
    ink_where: str = ""
    trim_mm: tuple[float, float] | None = None  # the page's own TrimBox, as the page is shown
    bleed_found_mm: float | None = None  # bleed around that TrimBox (BleedBox, else CropBox)
    annotations: int = 0
    output_intent: str = ""  # the file's PDF/X output condition (named on its first page only)
    output_intent_condition: str = ""  # e.g. "FOGRA39", when it can be told
    incomplete: bool = False
    colours: list[str] = field(default_factory=list)  # colour kinds painted: "rgb", "cmyk", "devicecmyk", …
    pdfx_claim: str = ""  # the PDF/X version the file claims ("PDF/X-1a:2001"), named on its first page only
    pdfx_broken: list[str] = field(default_factory=list)  # the rules of that claim the file breaks (PDFX_RULES)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PageReport:
        values = dict(data)
        values["images"] = [PlacedImage(**i) for i in values.get("images", [])]
        values["white_overprint"] = [tuple(w) for w in values.get("white_overprint", [])]
        if values.get("trim_mm") is not None:
            values["trim_mm"] = tuple(values["trim_mm"])
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in values.items() if k in known})


Raw = tuple[str, Severity, dict[str, object]]  # code, severity, raw values for the sentence

PDFX_RULES = ("output_intent", "colour_1a", "transparency", "fonts", "trim_box", "encrypted")
"""The rules of ISO 15930 that matter for print, checked where a file claims PDF/X (its words in finding_texts):
an output intent (every version); only CMYK, grey and spot colours (X-1a); no transparency (X-1a, X-3); every
font embedded, a TrimBox or ArtBox on every page, no encryption (every version)."""


def page_findings(
    spec: JobSpec, report: PageReport, ink_limit: int, press_condition: str, press_name: str = ""
) -> list[Raw]:
    """The findings of one PDF page against the order and the press (codes stable, values raw)."""
    found: list[Raw] = []
    seen: set[tuple[str, str, int]] = set()
    for image in report.images:
        ppi = round(image.ppi)
        if image.ppi >= GOOD_PPI - 0.5 or (image.where, image.colour, ppi) in seen:
            continue
        seen.add((image.where, image.colour, ppi))
        code = "very_low_resolution" if image.ppi < POOR_PPI else "low_resolution"
        severity = Severity.SERIOUS if code == "very_low_resolution" else Severity.WARNING
        found.append((code, severity, {"variant": "image", "ppi": ppi, "where": image.where}))
    if spec.is_cmyk:
        rgb = sum(1 for i in report.images if i.colour == "rgb")
        lab = sum(1 for i in report.images if i.colour == "lab")
        if rgb or lab or report.rgb_vector:
            found.append(
                (
                    "rgb_for_cmyk",
                    Severity.WARNING,
                    {"variant": "pdf", "rgb_images": rgb, "lab_images": lab, "rgb_vector": report.rgb_vector},
                )
            )
        for name in report.spot_colours:
            found.append(("spot_color", Severity.WARNING, {"name": name}))
    for font in report.fonts_not_embedded:
        found.append(("font_not_embedded", Severity.SERIOUS, {"font": font}))
    for font in report.type3_fonts:
        found.append(("font_type3", Severity.INFO, {"font": font}))
    if report.thin_lines and report.thinnest_pt is not None:
        found.append(
            (
                "hairline",
                Severity.WARNING,
                {
                    "variant": "zero" if report.thinnest_pt == 0 else "",
                    "count": report.thin_lines,
                    "width": round(report.thinnest_pt, 3),
                    "mm": round(report.thinnest_pt * 25.4 / 72, 3),
                    "where": report.thinnest_where,
                },
            )
        )
    for what, where in dict.fromkeys(report.white_overprint):
        found.append(("white_overprint", Severity.SERIOUS, {"what": what, "where": where}))
    if report.overprint:
        found.append(("overprint", Severity.INFO, {}))
    if report.ink_max > ink_limit:
        found.append(
            (
                "ink_coverage",
                Severity.WARNING,
                {"percent": report.ink_max, "where": report.ink_where, "limit": ink_limit},
            )
        )
    found.extend(_box_findings(spec, report))
    if report.output_intent:
        differs = bool(report.output_intent_condition and press_condition) and (
            report.output_intent_condition != press_condition
        )
        if differs:
            found.append(
                ("output_intent_differs", Severity.WARNING, {"name": report.output_intent, "press": press_name})
            )
        else:
            found.append(("output_intent", Severity.INFO, {"name": report.output_intent}))
    if report.pdfx_claim and report.pdfx_broken:
        found.append(("pdfx_broken", Severity.SERIOUS, {"claim": report.pdfx_claim, "rules": report.pdfx_broken}))
    if report.annotations:
        found.append(("annotations", Severity.INFO, {"count": report.annotations}))
    if report.incomplete:
        found.append(("too_complex", Severity.INFO, {}))
    return found


def _box_findings(spec: JobSpec, report: PageReport) -> list[Raw]:
    if report.trim_mm is None:
        return []  # no TrimBox: the raster rules on aspect and bleed judge the page
    width, height = report.trim_mm
    if abs(width - spec.width_mm) > TRIM_TOLERANCE_MM or abs(height - spec.height_mm) > TRIM_TOLERANCE_MM:
        return [
            (
                "trim_mismatch",
                Severity.SERIOUS,
                {"found_w": round(width, 1), "found_h": round(height, 1), "w": spec.width_mm, "h": spec.height_mm},
            )
        ]
    found = report.bleed_found_mm or 0.0
    if spec.bleed_mm > 0 and found < spec.bleed_mm - BLEED_TOLERANCE_MM:
        return [("no_bleed", Severity.WARNING, {"variant": "pdf", "found": round(found, 1), "bleed": spec.bleed_mm})]
    return []


def pdf_has_trim(report: PageReport | None, spec: JobSpec) -> bool:
    """Whether the page's own TrimBox places it (it matches the order): then the aspect rules stay silent."""
    if report is None or report.trim_mm is None:
        return False
    width, height = report.trim_mm
    return abs(width - spec.width_mm) <= TRIM_TOLERANCE_MM and abs(height - spec.height_mm) <= TRIM_TOLERANCE_MM


def condition_of(name: str) -> str:
    """The printing condition a profile or output intent names, e.g. "FOGRA39" (empty when unknown)."""
    import re

    text = name.upper().replace(" ", "")
    match = re.search(r"FOGRA(\d+)", text)
    if match:
        return f"FOGRA{match.group(1)}"
    for marker, condition in (
        ("ISOCOATEDV2", "FOGRA39"),
        ("PSOCOATEDV3", "FOGRA51"),
        ("PSOUNCOATEDV3", "FOGRA52"),
        ("ISOUNCOATED", "FOGRA29"),
        ("GRACOL2006", "GRACOL2006"),
        ("CGATS21-2-CRPC6", "GRACOL2013"),
        ("SWOP", "SWOP"),
    ):
        if marker in text:
            return condition
    return ""
