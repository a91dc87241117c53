"""The approval certificate: what was approved, by whom, when and how; then the proof itself."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer, Table

from ...domain.texts import tr
from ...domain.units import mm_to_pt
from .proof_pdf import draw_qr
from .styles import (
    ALERT,
    GOOD,
    HEADING,
    NAME,
    SMALL,
    TITLE,
    ParagraphMaker,
    build_a4,
    coloured,
    image_flowable,
    key_value_table,
    paragraph,
    table_style,
    ticked,
    two_columns,
)

__all__ = [  # the document makers beside this one build with these too
    "CertificateData",
    "ParagraphMaker",
    "append_pdf",
    "build_a4",
    "image_flowable",
    "key_value_table",
    "marks_story",
    "render_certificate",
]


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
    markup_sha256: str = ""  # the marks kept with the record (schema 7)
    marks: list[tuple[str, str]] = field(default_factory=list)  # (label, text) of each pin
    marked_pages: list[tuple[int, bytes]] = field(default_factory=list)  # (page, JPEG with the marks drawn)


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
    lang = data.lang
    changes_only = data.decision_key == "changes_requested"
    p, head, small = paragraph, HEADING, SMALL
    title_key = "cert_title_changes" if changes_only else "cert_title"
    intro_key = "cert_intro_changes" if changes_only else "cert_intro"
    heading = [
        p(data.shop_name, NAME),
        p(data.shop_address, small),
        Spacer(1, 6),
        p(f"{tr(lang, title_key)} – {tr(lang, 'order')} {data.order_number}", TITLE),
        Spacer(1, 3),
        p(tr(lang, intro_key), small),
    ]
    qr_size = mm_to_pt(26)
    qr = _Qr(f"PRINTPROOF-APPROVAL|{data.order_number}|{data.proof_sha256}|{data.record_sha256}", qr_size)
    top = Table([[heading, qr]], colWidths=[None, qr_size + mm_to_pt(4)], hAlign="LEFT")
    top.setStyle(table_style(("RIGHTPADDING", (0, 0), (-1, -1), 0), ("ALIGN", (1, 0), (1, 0), "RIGHT"), padding=0))
    story: list[Flowable] = [top]
    if data.void_reason:
        story.append(coloured(f"{tr(lang, 'voided')} – {tr(lang, 'void_reason')}: {data.void_reason}", ALERT))
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
    story.append(coloured(check, GOOD if data.verified else ALERT))
    if data.signature_png:
        story += [Spacer(1, 2), image_flowable(data.signature_png, 62), p(data.customer_name, small)]
    story += marks_story(data, p, head, small)
    story.append(p(tr(lang, "checklist_shown"), head))
    story.append(_checklist(data.checklist, p))
    if data.acknowledged:
        story.append(p(tr(lang, data.acknowledged_heading), head))
        story += [p(ticked(text, done), small) for text, done in data.acknowledged]
    story.append(p(tr(lang, "terms_shown"), head))
    story.append(p(data.terms, small))
    story.append(p(tr(lang, "specification"), head))
    story.append(key_value_table(data.spec_rows, p))
    story.append(Spacer(1, 6))
    follows = tr(lang, "changes_proof_follows" if changes_only else "approved_proof_follows")
    story.append(p(f"{tr(lang, 'issued')}: {data.issued_text} · {follows}", small))
    title = tr(lang, title_key)
    return build_a4(story, f"{title} {data.order_number}", data.shop_name)


def marks_story(data: CertificateData, p: ParagraphMaker, head: ParagraphStyle, small: ParagraphStyle) -> list[Any]:
    """The marks kept with a record: each pin's text, then every marked page with its marks drawn."""
    if not data.markup_sha256:
        return []
    lang = data.lang
    story: list[Any] = [p(tr(lang, "marks"), head)]
    story += [p(f"{label}  {text}") for label, text in data.marks]
    story.append(p(f"{tr(lang, 'markup_sha')}: {data.markup_sha256}", small))
    for page, jpeg in data.marked_pages:
        story += [Spacer(1, 3), image_flowable(jpeg, 120), p(tr(lang, "marks_page", page=page + 1), small)]
    return story


def _checklist(items: list[tuple[str, bool]], p: ParagraphMaker) -> Table:
    """The checklist as ticked, in two columns."""
    return two_columns([p(ticked(label, done)) for label, done in items])


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
