"""Preflight of a customer's PDF, page by page, as a prepress professional would check it.

Reads the file's structure with pikepdf (qpdf; MPL-2.0) and walks every page's content
stream — forms and tiling patterns included — keeping the graphics state: the
transformation matrix, line width, fill and stroke colour spaces and values, overprint
and the current font. From that it measures what :mod:`..domain.pdf_report` turns into
findings: placed images and their effective resolution, fonts not embedded, Type 3 fonts,
hairlines, RGB/Lab and spot colours, white set to overprint, total ink of the file's own
CMYK, the page boxes, annotations and the PDF/X output intent.

Pure functions over bytes, no database. A file with JavaScript is refused: scripts can
change what a PDF shows, and a proof must show what will be printed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pikepdf

from ...domain.errors import UserError
from ...domain.i18n import t
from ...domain.pdf_report import PageReport, condition_of
from .pdf_objects import check_content_size, num, unpacked_size
from .pdf_walker import PageWalker


@dataclass
class PdfAnalysis:
    """The whole file: a report per page, and what rendering needs to know."""

    pages: list[PageReport]
    device_cmyk_pages: set[int] = field(default_factory=set)
    output_profile: bytes | None = None  # the PDF/X output intent's CMYK profile, when embedded
    has_forms: bool = False


def open_pdf(data: bytes, name: str) -> pikepdf.Pdf:
    """Open a customer's PDF, or say in one sentence why it cannot be used."""
    try:
        return pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError as exc:
        raise UserError(
            t("“{name}” is password-protected; ask the customer for an unprotected PDF.", name=name)
        ) from exc
    except (pikepdf.PdfError, ValueError, RuntimeError) as exc:
        raise UserError(t("“{name}” is a damaged PDF and cannot be read.", name=name)) from exc


def has_javascript(pdf: pikepdf.Pdf) -> bool:
    """Whether any action, name tree or field of the file carries JavaScript (direct or indirect)."""

    def scripted(obj: object, depth: int) -> bool:
        if depth > 12:
            return False
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            if obj.get("/S") == pikepdf.Name.JavaScript or "/JS" in obj:
                return True
            names = obj.get("/Names")
            if isinstance(names, pikepdf.Dictionary) and "/JavaScript" in names:
                return True
            children = [obj[k] for k in obj.keys() if k != "/Parent"]
        elif isinstance(obj, pikepdf.Array):
            children = list(obj)
        else:
            return False
        return any(
            scripted(child, depth + 1)
            for child in children
            if isinstance(child, pikepdf.Dictionary | pikepdf.Array) and not child.is_indirect
        )

    return any(scripted(obj, 0) for obj in [pdf.Root, *pdf.objects])


def analyse(data: bytes, name: str) -> PdfAnalysis:
    """Measure every page of a customer's PDF (refusing a file with JavaScript)."""
    pdf = open_pdf(data, name)
    with pdf:
        try:
            count = len(pdf.pages)
            if count == 0:
                raise UserError(t("“{name}” is a PDF without pages.", name=name))
            if count > 64:  # refused before anything is read page by page
                raise UserError(t("“{name}” has {count} pages; at most 64 sides are accepted.", name=name, count=count))
            if has_javascript(pdf):
                raise UserError(
                    t(
                        "“{name}” contains JavaScript, which can change what a PDF shows; ask for the file saved "
                        "without scripts (e.g. printed to a new PDF).",
                        name=name,
                    )
                )
            intent, condition, profile = _output_intent(pdf)
            analysis = PdfAnalysis([], output_profile=profile, has_forms="/AcroForm" in pdf.Root)
            for index, page in enumerate(pdf.pages):
                check_content_size(page, name)  # before the walk reads it whole
                walker = PageWalker(page.obj)
                report = walker.run()
                if index == 0 and intent:
                    report = _with(report, output_intent=intent, output_intent_condition=condition)
                if walker.device_cmyk:
                    analysis.device_cmyk_pages.add(index)
                analysis.pages.append(report)
            claim = pdfx_claim(pdf)
            if claim:
                broken = pdfx_broken(pdf, claim, bool(intent), analysis.pages)
                analysis.pages[0] = _with(analysis.pages[0], pdfx_claim=claim, pdfx_broken=broken)
            return analysis
        except UserError:
            raise
        except (pikepdf.PdfError, ValueError, TypeError, KeyError, RecursionError) as exc:
            raise UserError(t("“{name}” is a damaged PDF and cannot be read.", name=name)) from exc


def _with(report: PageReport, **changes: object) -> PageReport:
    from dataclasses import replace

    return replace(report, **changes)  # type: ignore[arg-type]


def pdfx_claim(pdf: pikepdf.Pdf) -> str:
    """The PDF/X version the file claims, from its document information or its XMP metadata ("" for none)."""
    claimed = str(pdf.docinfo.get("/GTS_PDFXVersion", "")) if pdf.docinfo is not None else ""
    if not claimed:
        metadata = pdf.Root.get("/Metadata")
        if isinstance(metadata, pikepdf.Stream) and unpacked_size(metadata, 2**20) <= 2**20:
            import re

            found = re.search(rb"GTS_PDFXVersion(?:>|=\s*[\"'])\s*([^<\"']{1,40})", metadata.read_bytes())
            claimed = found.group(1).decode("utf-8", "replace") if found else ""
    return claimed.strip()[:40] if "PDF/X" in claimed.upper() else ""


def pdfx_broken(pdf: pikepdf.Pdf, claim: str, has_intent: bool, pages: list[PageReport]) -> list[str]:
    """The rules of ISO 15930 that matter for print (domain.pdf_report.PDFX_RULES) the file breaks for ``claim``."""
    version = claim.upper().replace(" ", "")
    strict = "X-1" in version  # PDF/X-1a: CMYK, grey and spot only
    opaque = strict or "X-3" in version or "X-2" in version  # before PDF/X-4: no transparency
    broken = []
    if not has_intent:
        broken.append("output_intent")
    if strict and any(
        p.rgb_vector or {"rgb", "lab"} & set(p.colours) or any(i.colour in ("rgb", "lab") for i in p.images)
        for p in pages
    ):
        broken.append("colour_1a")
    if opaque and has_transparency(pdf):
        broken.append("transparency")
    if any(p.fonts_not_embedded for p in pages):
        broken.append("fonts")
    if any("/TrimBox" not in page.obj and "/ArtBox" not in page.obj for page in pdf.pages):
        broken.append("trim_box")
    if pdf.is_encrypted:
        broken.append("encrypted")
    return broken


def has_transparency(pdf: pikepdf.Pdf) -> bool:
    """Whether any page uses transparency: a soft mask, a constant alpha below 1 or a blend mode other than Normal
    in a graphics state, an image with a soft mask, or a transparency group (pages, forms and patterns searched)."""
    seen: set[tuple[int, int]] = set()

    def group(obj: pikepdf.Object) -> bool:
        found = obj.get("/Group")
        return isinstance(found, pikepdf.Dictionary) and found.get("/S") == pikepdf.Name.Transparency

    def graphics_state(gs: object) -> bool:
        if not isinstance(gs, pikepdf.Dictionary):
            return False
        mask = gs.get("/SMask")
        if mask is not None and mask != pikepdf.Name("/None"):
            return True
        if any(k in gs and num(gs[k]) < 1 for k in ("/CA", "/ca")):
            return True
        blend = gs.get("/BM")
        modes = list(blend) if isinstance(blend, pikepdf.Array) else [blend] if blend is not None else []
        return any(str(m) not in ("/Normal", "/Compatible") for m in modes)

    def resources(res: object, depth: int) -> bool:
        if not isinstance(res, pikepdf.Dictionary) or depth > 12:
            return False
        states = res.get("/ExtGState")
        if isinstance(states, pikepdf.Dictionary) and any(graphics_state(gs) for gs in states.values()):
            return True
        for kind in ("/XObject", "/Pattern"):
            held = res.get(kind)
            for obj in held.values() if isinstance(held, pikepdf.Dictionary) else []:
                if not isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
                    continue
                if obj.is_indirect:
                    if obj.objgen in seen:
                        continue
                    seen.add(obj.objgen)
                if obj.get("/Subtype") == pikepdf.Name.Image:
                    if "/SMask" in obj or num(obj.get("/SMaskInData", 0)) > 0:
                        return True
                    continue
                if group(obj) or resources(obj.get("/Resources"), depth + 1):
                    return True
                if graphics_state(obj.get("/ExtGState")):  # a shading pattern's own graphics state
                    return True
        return False

    return any(group(page.obj) or resources(page.obj.get("/Resources"), 0) for page in pdf.pages)


def _output_intent(pdf: pikepdf.Pdf) -> tuple[str, str, bytes | None]:
    """The declared output condition (e.g. "FOGRA39"), its printing condition and embedded CMYK profile."""
    intents = pdf.Root.get("/OutputIntents")
    if not isinstance(intents, pikepdf.Array):
        return "", "", None
    for intent in intents:
        if not isinstance(intent, pikepdf.Dictionary) or intent.get("/S") != pikepdf.Name.GTS_PDFX:
            continue
        texts = [str(intent.get(k, "")) for k in ("/OutputConditionIdentifier", "/OutputCondition", "/Info")]
        label = next((x for x in texts if x), "PDF/X")[:120]
        profile = None
        stream = intent.get("/DestOutputProfile")
        if isinstance(stream, pikepdf.Stream) and int(stream.get("/N", 0)) == 4:
            try:  # a press profile is a few MB; one that unpacks to more is not read (nor trusted)
                profile = stream.read_bytes() if unpacked_size(stream, 64 * 2**20) <= 64 * 2**20 else None
            except pikepdf.PdfError:
                profile = None
        condition = next((condition_of(x) for x in texts if condition_of(x)), "")
        if not condition and profile:
            from .colour import profile_name

            condition = condition_of(profile_name(profile))
        return label, condition, profile
    return "", "", None
