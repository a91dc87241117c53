"""The readable summary of a customer export (GDPR Art. 15): one A4 PDF in German or English.

Built from the same plain data as the export's JSON (``services/privacy/customer_data.py``), so the two never
disagree; every sentence goes through ``t()`` in the summary's language.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Spacer

from ...domain import vocabulary
from ...domain.i18n import speaking, t
from ...domain.money import outcome_with_amount
from ...domain.texts import tr
from .styles import BODY, HEADING, SMALL, SUBHEADING, TITLE, build_a4, key_value_table, paragraph

_p = paragraph


def _when(lang: str, iso: str | None) -> str:
    if not iso:
        return "–"
    moment = datetime.fromisoformat(iso.rstrip("Z"))
    if len(iso) <= 10:
        return f"{moment:%d.%m.%Y}" if lang == "de" else f"{moment:%Y-%m-%d}"
    return (f"{moment:%d.%m.%Y %H:%M}" if lang == "de" else f"{moment:%Y-%m-%d %H:%M}") + " UTC"


def render_summary(data: dict[str, Any], shop: str, lang: str, made_at: datetime) -> bytes:
    """The summary PDF of ``data`` (``customer_data``) in ``lang``."""
    with speaking(lang):
        return _render(data, shop, lang, made_at)


def _render(data: dict[str, Any], shop: str, lang: str, made_at: datetime) -> bytes:
    title, head, sub, body, small = TITLE, HEADING, SUBHEADING, BODY, SMALL
    names = sorted({c["name"] for c in data["customers"] if c["name"]}) or [t("(erased)")]
    story: list[Any] = [
        _p(t("Data stored about {name}", name=", ".join(names)), title),
        _p(
            t(
                "What {shop} stores about this customer (GDPR Art. 15), as of {date}. The same data is in "
                "data.json in this ZIP file, and every file in the folder files/.",
                shop=shop,
                date=_when(lang, made_at.isoformat(timespec="seconds") + "Z"),
            ),
            body,
        ),
        _p(t("Customer"), head),
    ]
    for c in data["customers"]:
        rows = [
            (t("Name"), c["name"] or t("(erased)")),
            (t("Company"), c["company"] or "–"),
            (t("Phone"), c["phone"] or "–"),
            (t("E-mail"), c["email"] or "–"),
            (t("Recorded on"), _when(lang, c["created_at"])),
        ]
        if c["restricted"]:
            rows.append((t("Restricted"), t("yes: hidden from search and screens except for the owner (Art. 18)")))
        for r in c["erasure_requests"]:
            outcome = (
                t("erased")
                if r["outcome"] == "erased"
                else t(
                    "kept until {date} ({law})", date=_when(lang, r["retention_until"]), law=r["legal_reason"] or "–"
                )
            )
            rows.append((t("Erasure request of {date}", date=_when(lang, r["created_at"])), outcome))
        story.append(key_value_table(rows, _p))
    for o in data["orders"]:
        story += _order(o, lang, head, sub, body, small)
    return build_a4(story, t("Data stored about {name}", name=", ".join(names)), shop)


def _order(
    o: dict[str, Any],
    lang: str,
    head: ParagraphStyle,
    sub: ParagraphStyle,
    body: ParagraphStyle,
    small: ParagraphStyle,
) -> list[Any]:
    size = f"{o['size_mm'][0]:g} × {o['size_mm'][1]:g} mm"
    rows = [
        (t("Product"), o["product"]),
        (t("Size, quantity"), f"{size}, {o['quantity']}"),
        (t("Status"), vocabulary.name("status", o["status"], lang)),
        (t("Taken on"), _when(lang, o["created_at"])),
        (t("Kept until"), _when(lang, o["kept_until"])),
    ]
    if o["notes"]:
        rows.append((t("Notes"), o["notes"]))
    if o["erased_at"]:
        rows.append((t("Personal data erased on"), _when(lang, o["erased_at"])))
    out: list[Any] = [_p(t("Order {number}", number=o["number"]), head), key_value_table(rows, _p)]
    if o["artwork"]:
        out.append(_p(t("Artwork"), sub))
        out += [
            _p(t("Side {side}: {file} ({type})", side=a["side"], file=a["filename"] or "–", type=a["type"]), body)
            for a in o["artwork"]
        ]
    if o["proofs"]:
        out.append(_p(t("Proof versions"), sub))
        for p in o["proofs"]:
            line = t(
                "Version {version}, {date}, {pages} pages",
                version=p["version"],
                date=_when(lang, p["created_at"]),
                pages=p["pages"],
            )
            out.append(_p(line + (f" – {p['note']}" if p["note"] else ""), body))
    for a in o["approvals"]:
        out.append(_p(t("Decision on version {version}", version=a["version"]), sub))
        rows = [
            (t("Decision"), vocabulary.name("decision", a["decision"], lang)),
            (t("How"), vocabulary.name("method", a["method"], lang)),
            (t("Name as written"), a["customer_name"] or "–"),
            (t("When"), _when(lang, a["created_at"])),
            (t("Staff present"), a["staff"] or "–"),
        ]
        for key, label in (("changes", t("Changes asked for")), ("note", t("Note")), ("evidence_name", t("File"))):
            if a[key]:
                rows.append((label, a[key]))
        if a["void"]:
            rows.append((t("Voided"), f"{_when(lang, a['void']['created_at'])}: {a['void']['reason']}"))
        rows.append((t("Record SHA-256"), a["record_sha256"]))
        out.append(key_value_table(rows, _p))
    for p in o["pickups"]:
        out.append(
            _p(
                t("Handed over on {date} to {name}", date=_when(lang, p["created_at"]), name=p["customer_name"] or "–"),
                body,
            )
        )
    for d in o["complaints"]:
        out.append(_p(t("Complaint of {date}", date=_when(lang, d["created_at"])), sub))
        rows = [
            (t("Category"), vocabulary.name("category", d["category"], lang)),
            (t("In the customer's words"), d["customer_words"] or "–"),
        ]
        if d.get("case"):  # its case number, the answer promised and a replacement made at the shop's cost
            case = d["case"]
            rows.insert(0, (tr(lang, "case_number"), case["number"]))
            rows.append((tr(lang, "dossier_answer_by"), _when(lang, case["answer_by"])))
            if case["replacement"]:
                rows.append((tr(lang, "dossier_replacement"), case["replacement"]))
        rows.append((t("Photos"), ", ".join(p["filename"] for p in d["photos"]) or "–"))
        if d["decision"]:
            dd = d["decision"]
            answer = vocabulary.name("matches", dd["matches_approval"], lang)
            matches = t("Matches the approval: {answer}", answer=answer)
            rows.append(
                (
                    t("Decision"),
                    f"{outcome_with_amount(dd['outcome'], dd.get('amount_cents'), lang)} "
                    f"({_when(lang, dd['created_at'])}). {matches}. {dd['reason']}",
                )
            )
        out.append(key_value_table(rows, _p))
    if o["events"]:
        out.append(_p(t("History"), sub))
        out += [
            _p(
                f"#{e['seq']} · {_when(lang, e['created_at'])} · {vocabulary.name('event', e['kind'], lang)} · "
                f"{e['staff'] or '–'}",
                small,
            )
            for e in o["events"]
        ]
    out.append(Spacer(1, 4))
    return out
