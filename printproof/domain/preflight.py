"""Preflight: what a print professional would flag before the customer signs."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from .enums import Severity
from .pdf_report import PageReport, page_findings
from .spec import JobSpec
from .texts import counted, finding_text, side_label, sides_label, word
from .units import effective_dpi, format_mm

GOOD_DPI = 300
POOR_DPI = 150
FIT_TOLERANCE_MM = 0.5


@dataclass(frozen=True)
class PressFacts:
    """What preflight needs to know about the shop's press: the ink limit and its printing condition."""

    ink_limit: int = 300
    condition: str = "FOGRA39"
    gamut_delta_e: float = 5.0
    name: str = "Coated FOGRA39 (PrintProof, ISO 12647-2)"


@dataclass(frozen=True)
class SideArtwork:
    """What preflight needs to know about one side's artwork."""

    side: int
    width_px: int
    height_px: int
    mode: str  # Pillow mode of the source: "RGB", "CMYK", "L", ... or "PDF"
    vector: bool = False  # a PDF page: resolution does not apply to its text and vectors
    edges_with_content: tuple[str, ...] = ()  # "left", "top", ... inside the safe zone
    checks: dict[str, Any] = field(default_factory=dict, compare=False)  # measured at import: pdf, ink, gamut


@dataclass(frozen=True)
class Finding:
    """One preflight finding: a stable ``code``, how bad it is, and the sentence for people.

    ``params`` holds the raw values (numbers, keys such as ``top_left``), so the sentence can be
    made again in another language with :meth:`in_language`.
    """

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
            "params": self.params,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        return cls(
            str(data["code"]),
            Severity(data["severity"]),
            str(data.get("message", "")),
            data.get("side"),
            dict(data.get("params") or {}),
        )

    def in_language(self, lang: str) -> Finding:
        """The same finding with its sentence in ``lang`` (a record from before raw values keeps its text)."""
        try:
            return replace(self, message=message(lang, self.code, self.side, self.params))
        except (KeyError, IndexError, ValueError):
            return self


def _number(lang: str, value: object) -> str:
    if isinstance(value, float):
        text = f"{value:.3f}".rstrip("0").rstrip(".")
        return text.replace(".", ",") if lang == "de" else text
    return str(value)


def message(lang: str, code: str, side: int | None, params: dict[str, object], sides: list[int] | None = None) -> str:
    """The sentence of a finding in ``lang``, made from its raw values (``sides``: said of several sides)."""
    values: dict[str, object] = {k: _number(lang, v) for k, v in params.items()}
    if sides:
        values["side"] = sides_label(lang, sides)
    elif side is not None:
        values["side"] = side_label(lang, side)
    for key in ("direction", "where", "what"):
        if params.get(key):
            values[key] = word(lang, str(params[key]))
    if "edges" in params:
        values["edges"] = ", ".join(word(lang, str(e)) for e in params["edges"])  # type: ignore[attr-defined]
    if "found_w" in params:
        values["found"] = f"{format_mm(float(params['found_w']))} × {format_mm(float(params['found_h']))} mm"  # type: ignore[arg-type]
        values["size"] = f"{format_mm(float(params['w']))} × {format_mm(float(params['h']))} mm"  # type: ignore[arg-type]
    if code == "rgb_for_cmyk" and params.get("variant") == "pdf":
        items = [counted(lang, k, int(str(params[k]))) for k in ("rgb_images", "lab_images") if params.get(k)]
        if params.get("rgb_vector"):
            items.append(word(lang, "rgb_vector"))
        values["items"] = f" {word(lang, 'and')} ".join(items)
        if items:
            values["items"] = values["items"][0].upper() + values["items"][1:]  # type: ignore[index]
    if code == "pdfx_broken":
        rules = params.get("rules")
        values["rules"] = "; ".join(word(lang, f"pdfx_{rule}") for rule in (rules if isinstance(rules, list) else []))
    variant = params.get("variant")
    key = f"{code}.{variant}" if variant else code
    return finding_text(lang, key, **values)


def make(lang: str, code: str, severity: Severity, side: int | None, **params: object) -> Finding:
    """A finding with its sentence in ``lang``."""
    return Finding(code, severity, message(lang, code, side, params), side, params)


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


def check_side(spec: JobSpec, art: SideArtwork, lang: str, press: PressFacts | None = None) -> list[Finding]:
    """Findings for one side of artwork against the job's specification and the press."""
    press = press or PressFacts()
    findings: list[Finding] = []
    fit, dpi = placement(spec, art)
    pdf = PageReport.from_dict(art.checks["pdf"]) if art.checks.get("pdf") is not None else None

    def add(code: str, severity: Severity, **params: object) -> None:
        findings.append(make(lang, code, severity, art.side, **params))

    if not art.vector:
        shown = round(dpi)
        if dpi < POOR_DPI:
            add("very_low_resolution", Severity.SERIOUS, dpi=shown)
        elif dpi < GOOD_DPI - 0.5:
            add("low_resolution", Severity.WARNING, dpi=shown)
    if spec.is_cmyk and art.mode in ("RGB", "RGBA", "RGBX", "P", "LA", "La", "RGBa"):
        add("rgb_for_cmyk", Severity.WARNING)
    if pdf is not None:
        for code, severity, params in page_findings(spec, pdf, press.ink_limit, press.condition, press.name):
            add(code, severity, **params)
    if pdf is None or pdf.trim_mm is None:  # a TrimBox speaks for itself (trim_mismatch, no_bleed)
        findings.extend(_fit_findings(spec, art, fit, lang))
    ink = art.checks.get("ink")
    if ink and int(ink["percent"]) > press.ink_limit:
        add("ink_coverage", Severity.WARNING, percent=int(ink["percent"]), where=ink["where"], limit=press.ink_limit)
    if art.edges_with_content:
        add("content_near_cut", Severity.WARNING, edges=list(art.edges_with_content))
    gamut = art.checks.get("gamut")
    if gamut and float(gamut["share"]) >= float(gamut.get("min_share", 0.005)):
        share = float(gamut["share"])
        add(
            "out_of_gamut",
            Severity.SERIOUS if share >= float(gamut.get("serious_share", 0.1)) else Severity.WARNING,
            percent=max(1, round(share * 100)),
            limit=round(float(gamut.get("delta_e", press.gamut_delta_e))),
        )
    return findings


def _fit_findings(spec: JobSpec, art: SideArtwork, fit: str, lang: str) -> list[Finding]:
    if fit == "trim":
        return [
            make(
                lang,
                "no_bleed",
                Severity.WARNING,
                art.side,
                size=spec.size_label,
                bleed_size=f"{format_mm(spec.bleed_width_mm)} × {format_mm(spec.bleed_height_mm)} mm",
            )
        ]
    if fit == "mismatch":
        height_at_width = spec.bleed_width_mm * art.height_px / art.width_px
        diff = height_at_width - spec.bleed_height_mm
        return [
            make(
                lang,
                "aspect_mismatch",
                Severity.SERIOUS if abs(diff) > 5 else Severity.WARNING,
                art.side,
                width=format_mm(spec.bleed_width_mm),
                diff=format_mm(round(abs(diff), 1)),
                direction="tall" if diff > 0 else "short",
            )
        ]
    return []


def check_job(spec: JobSpec, sides: list[SideArtwork], lang: str, press: PressFacts | None = None) -> list[Finding]:
    """All findings for a job: every side, plus sides missing or extra for the colours ordered."""
    findings: list[Finding] = []
    if not sides:
        return [make(lang, "no_artwork", Severity.SERIOUS, None)]
    present = {s.side for s in sides}
    for art in sorted(sides, key=lambda s: s.side):
        findings.extend(check_side(spec, art, lang, press))
    for side in range(spec.sides_printed):
        if side not in present:
            findings.append(make(lang, "missing_side", Severity.SERIOUS, side, colors=spec.colors))
    if spec.sides_printed == 1:
        for side in sorted(present - {0}):
            findings.append(make(lang, "extra_side", Severity.WARNING, side, colors=spec.colors))
    return findings


@dataclass(frozen=True)
class FindingGroup:
    """The same finding on several sides, said once: "Seiten 3–32: Schrift „Helvetica“ …"."""

    indexes: tuple[int, ...]  # positions in the list it was grouped from
    severity: Severity
    code: str
    sides: tuple[int, ...]
    message: str


def group_findings(findings: list[Finding], lang: str) -> list[FindingGroup]:
    """Findings that differ only by their side, merged (first-seen order kept)."""
    groups: dict[tuple[object, ...], list[int]] = {}
    for index, f in enumerate(findings):
        key = (f.code, str(f.severity), f.side is None, repr(sorted(f.params.items())))
        groups.setdefault(key if f.side is not None else (index,), []).append(index)
    result = []
    for indexes in groups.values():
        first = findings[indexes[0]]
        sides = [findings[i].side for i in indexes if findings[i].side is not None]
        if len(indexes) == 1:
            text = first.in_language(lang).message
        else:
            try:
                text = message(lang, first.code, first.side, first.params, sides)  # type: ignore[arg-type]
            except (KeyError, IndexError, ValueError):
                text = first.message
        result.append(FindingGroup(tuple(indexes), first.severity, first.code, tuple(sides), text))  # type: ignore[arg-type]
    return result


def finding_key(findings: list[Finding], index: int) -> str:
    """A stable name for finding ``index`` of a proof's list: code, side and its number among equals."""
    f = findings[index]
    same = sum(1 for g in findings[:index] if g.code == f.code and g.side == f.side)
    return f"{f.code}@{'' if f.side is None else f.side}#{same}"
