"""The approval certificate: what was approved, by whom, when and how; then the proof itself."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Protocol
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ...domain.texts import tr
from ...domain.units import mm_to_pt
from .fonts import SANS, SANS_BOLD, register_fonts
from .proof_pdf import draw_qr


class ParagraphMaker(Protocol):
    """Makes a paragraph of plain text in ``style``, or in the maker's own style."""

    def __call__(self, text: str, style: ParagraphStyle = ...) -> Paragraph: ...


@dataclass(frozen=True)
class CertificateData:
    lang: str
    shop_name: str
    shop_address: str
    order_number: str
    spec_rows: list[tuple[str, str]]
    decision_key: str  # Decision value: picks the title, the introduction and the closing line
    decision: str
    changes: str
    customer_name: str
    signature_png: bytes | None
    time_text: str
    method: str
    evidence_text: str
    staff_label: str
    staff_text: str
    checklist: list[tuple[str, bool]]
    terms: str
    proof_version: int
    proof_sha256: str
    record_sha256: str
    verified: bool
    void_reason: str
    issued_text: str
    acknowledged: list[tuple[str, bool]] = field(default_factory=list)  # serious findings, as sealed
    acknowledged_heading: str = "acknowledged"  # or "told_of" for approvals on paper, by e-mail or phone


class _Qr(Flowable):
    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        self.value, self.size = value, size
        self.width = self.height = size

    def draw(self) -> None:
        draw_qr(self.canv, self.value, 0, 0, self.size)


def render_certificate(data: CertificateData) -> bytes:
    """The certificate pages (the caller appends the proof and signs the whole).

    One A4 page for a usual record: header with the QR code beside it, the facts, the signature,
    the checklist as ticked, the terms as shown, the job.
    """
    register_fonts()
    lang = data.lang
    changes_only = data.decision_key == "changes_requested"
    base = ParagraphStyle("b", fontName=SANS, fontSize=9, leading=11.5)
    small = ParagraphStyle("s", parent=base, fontSize=7.5, leading=9.5)
    head = ParagraphStyle("h", parent=base, fontName=SANS_BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2)
    big = ParagraphStyle("t", parent=base, fontName=SANS_BOLD, fontSize=17, leading=21)

    def p(text: str, style: ParagraphStyle = base) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    title_key = "cert_title_changes" if changes_only else "cert_title"
    intro_key = "cert_intro_changes" if changes_only else "cert_intro"
    heading = [
        p(data.shop_name, head),
        p(data.shop_address, small),
        Spacer(1, 6),
        p(f"{tr(lang, title_key)} – {tr(lang, 'order')} {data.order_number}", big),
        Spacer(1, 3),
        p(tr(lang, intro_key), small),
    ]
    qr_size = mm_to_pt(26)
    qr = _Qr(f"PRINTPROOF-APPROVAL|{data.order_number}|{data.proof_sha256}|{data.record_sha256}", qr_size)
    top = Table([[heading, qr]], colWidths=[None, qr_size + mm_to_pt(4)], hAlign="LEFT")
    top.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    story: list[Flowable] = [top]
    if data.void_reason:
        story.append(
            Paragraph(
                f'<font color="#c62828"><b>{tr(lang, "voided")}</b> – '
                f"{escape(tr(lang, 'void_reason'))}: {escape(data.void_reason)}</font>",
                base,
            )
        )
    rows = [
        (tr(lang, "decision"), data.decision),
        (tr(lang, "signed_by"), data.customer_name),
        (tr(lang, "time"), data.time_text),
        (tr(lang, "method"), data.method),
    ]
    if data.changes:
        rows.insert(1, (tr(lang, "changes"), data.changes))
    if data.evidence_text:
        rows.append((tr(lang, "evidence"), data.evidence_text))
    rows += [
        (data.staff_label, data.staff_text),
        (tr(lang, "proof_version"), str(data.proof_version)),
        (tr(lang, "proof_sha"), data.proof_sha256),
        (tr(lang, "record_sha"), data.record_sha256),
    ]
    story.append(Spacer(1, 4))
    story.append(key_value_table(rows, p))
    check = tr(lang, "verified") if data.verified else tr(lang, "not_verified")
    color = "#2e7d32" if data.verified else "#c62828"
    story.append(Paragraph(f'<font color="{color}"><b>{escape(check)}</b></font>', base))
    if data.signature_png:
        story += [Spacer(1, 2), image_flowable(data.signature_png, 62), p(data.customer_name, small)]
    story.append(p(tr(lang, "checklist_shown"), head))
    story.append(_checklist(data.checklist, p))
    if data.acknowledged:
        story.append(p(tr(lang, data.acknowledged_heading), head))
        story += [p(("☑  " if ticked else "☐  ") + text, small) for text, ticked in data.acknowledged]
    story.append(p(tr(lang, "terms_shown"), head))
    story.append(p(data.terms, small))
    story.append(p(tr(lang, "specification"), head))
    story.append(key_value_table(data.spec_rows, p))
    story.append(Spacer(1, 6))
    follows = tr(lang, "changes_proof_follows" if changes_only else "approved_proof_follows")
    story.append(p(f"{tr(lang, 'issued')}: {data.issued_text} · {follows}", small))
    title = tr(lang, title_key)
    return build_a4(story, f"{title} {data.order_number}", data.shop_name)


def _checklist(items: list[tuple[str, bool]], p: ParagraphMaker) -> Table:
    """The checklist as ticked, in two columns."""
    cells = [p(("☑  " if ticked else "☐  ") + label) for label, ticked in items]
    half = (len(cells) + 1) // 2
    rows = [[cells[i], cells[half + i] if half + i < len(cells) else p("")] for i in range(half)]
    table = Table(rows, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return table


def build_a4(story: list[Flowable], title: str, author: str = "") -> bytes:
    """An A4 document of flowing content in the shipped fonts (certificate, dossier)."""
    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=mm_to_pt(18),
        rightMargin=mm_to_pt(18),
        topMargin=mm_to_pt(14),
        bottomMargin=mm_to_pt(14),
        title=title,
        author=author,
        creator="PrintProof",
        initialFontName=SANS,
        initialFontSize=9,
    ).build(story)
    return out.getvalue()


def image_flowable(data: bytes, width_mm: float) -> Image:
    """A picture (signature, photo) at ``width_mm``, keeping its aspect ratio, aligned left."""
    w, h = ImageReader(io.BytesIO(data)).getSize()
    width = mm_to_pt(width_mm)
    image = Image(io.BytesIO(data), width=width, height=width * h / w)
    image.hAlign = "LEFT"
    return image


def key_value_table(rows: list[tuple[str, str]], p: ParagraphMaker) -> Table:
    bold = ParagraphStyle("k", fontName=SANS_BOLD, fontSize=8.5, leading=10.5)
    cell = ParagraphStyle("v", fontName=SANS, fontSize=8.5, leading=10.5)
    table = Table([[p(k, bold), p(v, cell)] for k, v in rows], colWidths=[mm_to_pt(42), None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.Color(0.85, 0.85, 0.85)),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def append_pdf(first: bytes, second: bytes) -> bytes:
    """``first`` followed by every page of ``second`` (pypdf; page boxes and ``first``'s title are kept)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    meta = PdfReader(io.BytesIO(first)).metadata
    if meta:
        writer.add_metadata({k: str(v) for k, v in meta.items()})
    for source in (first, second):
        for page in PdfReader(io.BytesIO(source)).pages:
            writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
