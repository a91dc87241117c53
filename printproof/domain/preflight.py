"""Preflight: what a print professional would flag before the customer signs."""

from __future__ import annotations

from dataclasses import dataclass, field

from .enums import Severity
from .spec import JobSpec
from .texts import finding_text, side_label, word
from .units import effective_dpi, format_mm

GOOD_DPI = 300
POOR_DPI = 150
FIT_TOLERANCE_MM = 0.5


@dataclass(frozen=True)
class SideArtwork:
    """What preflight needs to know about one side's artwork."""

    side: int
    width_px: int
    height_px: int
    mode: str  # Pillow mode of the source: "RGB", "CMYK", "L", ...
    vector: bool = False  # a PDF page: resolution does not apply to its text and vectors
    edges_with_content: tuple[str, ...] = ()  # "left", "top", ... inside the safe zone


@dataclass(frozen=True)
class Finding:
    """One preflight finding: a stable ``code``, how bad it is, and the sentence for people."""

    code: str
    severity: Severity
    message: str
    side: int | None = None
    params: dict[str, object] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": str(self.severity),
            "message": self.message,
            "side": self.side,
        }


def placement(spec: JobSpec, art: SideArtwork) -> tuple[str, float]:
    """How the artwork fits: ``("bleed"|"trim"|"mismatch", dpi)``.

    ``bleed``: it covers finished size plus bleed; ``trim``: it is exactly the finished
    size (no bleed); ``mismatch``: neither, it is scaled to cover finished size plus bleed
    and centred, as production would, so the proof shows what gets cut. ``dpi`` is the
    effective resolution of that placement.
    """
    ratio = art.width_px / art.height_px
    bleed_w, bleed_h = spec.bleed_width_mm, spec.bleed_height_mm

    def dpi_in(width_mm: float, height_mm: float) -> float:
        return min(effective_dpi(art.width_px, width_mm), effective_dpi(art.height_px, height_mm))

    if abs(bleed_w / ratio - bleed_h) <= FIT_TOLERANCE_MM:
        return "bleed", dpi_in(bleed_w, bleed_h)
    if spec.bleed_mm > 0 and abs(spec.width_mm / ratio - spec.height_mm) <= FIT_TOLERANCE_MM:
        return "trim", dpi_in(spec.width_mm, spec.height_mm)
    return "mismatch", dpi_in(bleed_w, bleed_h)


def check_side(spec: JobSpec, art: SideArtwork, lang: str) -> list[Finding]:
    """Findings for one side of artwork against the job's specification."""
    name = side_label(lang, art.side)
    findings: list[Finding] = []
    fit, dpi = placement(spec, art)

    def add(code: str, severity: Severity, **params: object) -> None:
        findings.append(Finding(code, severity, finding_text(lang, code, side=name, **params), art.side, params))

    if not art.vector:
        shown = round(dpi)
        if dpi < POOR_DPI:
            add("very_low_resolution", Severity.SERIOUS, dpi=shown)
        elif dpi < GOOD_DPI - 0.5:
            add("low_resolution", Severity.WARNING, dpi=shown)
    if spec.is_cmyk and art.mode in ("RGB", "RGBA", "RGBX", "P", "LA", "La", "RGBa"):
        add("rgb_for_cmyk", Severity.WARNING)
    if fit == "trim":
        add(
            "no_bleed",
            Severity.WARNING,
            size=spec.size_label,
            bleed_size=f"{format_mm(spec.bleed_width_mm)} × {format_mm(spec.bleed_height_mm)} mm",
        )
    elif fit == "mismatch":
        height_at_width = spec.bleed_width_mm * art.height_px / art.width_px
        diff = height_at_width - spec.bleed_height_mm
        add(
            "aspect_mismatch",
            Severity.SERIOUS if abs(diff) > 5 else Severity.WARNING,
            width=format_mm(spec.bleed_width_mm),
            diff=format_mm(round(abs(diff), 1)),
            direction=word(lang, "tall" if diff > 0 else "short"),
        )
    if art.edges_with_content:
        add(
            "content_near_cut",
            Severity.WARNING,
            edges=", ".join(word(lang, e) for e in art.edges_with_content),
        )
    return findings


def check_job(spec: JobSpec, sides: list[SideArtwork], lang: str) -> list[Finding]:
    """All findings for a job: every side, plus sides missing or extra for the colours ordered."""
    findings: list[Finding] = []
    if not sides:
        return [Finding("no_artwork", Severity.SERIOUS, finding_text(lang, "no_artwork"))]
    present = {s.side for s in sides}
    for art in sorted(sides, key=lambda s: s.side):
        findings.extend(check_side(spec, art, lang))
    for side in range(spec.sides_printed):
        if side not in present:
            name = side_label(lang, side)
            findings.append(
                Finding(
                    "missing_side",
                    Severity.SERIOUS,
                    finding_text(lang, "missing_side", side=name, colors=spec.colors),
                    side,
                )
            )
    if spec.sides_printed == 1:
        for side in sorted(present - {0}):
            name = side_label(lang, side)
            findings.append(
                Finding(
                    "extra_side",
                    Severity.WARNING,
                    finding_text(lang, "extra_side", side=name, colors=spec.colors),
                    side,
                )
            )
    return findings
