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
from .pdf_objects import check_content_size, unpacked_size
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
            return analysis
        except UserError:
            raise
        except (pikepdf.PdfError, ValueError, TypeError, KeyError, RecursionError) as exc:
            raise UserError(t("“{name}” is a damaged PDF and cannot be read.", name=name)) from exc


def _with(report: PageReport, **changes: object) -> PageReport:
    from dataclasses import replace

    return replace(report, **changes)  # type: ignore[arg-type]


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
