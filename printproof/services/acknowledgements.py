"""The customer acknowledges each serious finding of the proof before approving it.

"Mir ist bekannt: Seite 3, Bild oben links: nur 112 ppi …" — ticked one by one on the
presentation screen, or, for approvals on paper, by e-mail or by phone, recorded as what the
customer was told. The list is part of the sealed approval (hashed like the checklist) and
stands on the certificate and the dossier.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..domain.enums import Severity
from ..domain.errors import UserError
from ..domain.i18n import t
from ..domain.preflight import Finding, finding_key
from ..domain.texts import acknowledgement
from ..store.models import Approval, Proof


@dataclass(frozen=True)
class SeriousFinding:
    """A serious finding of one proof version, as the customer is asked to acknowledge it."""

    key: str  # stable within the proof: code, side and number among equals
    code: str
    side: int | None
    text: str  # "Mir ist bekannt: …" in the language asked for


def proof_findings(proof: Proof) -> list[Finding]:
    """The findings stored with a proof version (as they were when it was made)."""
    return [Finding.from_dict(d) for d in json.loads(proof.findings or "[]")]


def serious_findings(proof: Proof, lang: str) -> list[SeriousFinding]:
    """Every serious finding of ``proof``, worded in ``lang``, in the proof's order."""
    findings = proof_findings(proof)
    return [
        SeriousFinding(finding_key(findings, i), f.code, f.side, acknowledgement(lang, f.in_language(lang).message))
        for i, f in enumerate(findings)
        if f.severity == Severity.SERIOUS
    ]


def serious_keys(proof: Proof) -> list[str]:
    """The keys of every serious finding of ``proof`` (what "acknowledge all" ticks)."""
    return [s.key for s in serious_findings(proof, "en")]


def acknowledged_json(proof: Proof, acknowledged: list[str] | None, approving: bool, lang: str) -> str:
    """The record's list of serious findings and whether each was acknowledged; "" when there are none.

    An approval needs every serious finding acknowledged; "changes requested" records what was ticked.
    """
    serious = serious_findings(proof, lang)
    keys = set(acknowledged or [])
    unknown = keys - {s.key for s in serious}
    if unknown:
        raise UserError(t("The proof has no serious finding “{key}”.", key=sorted(unknown)[0]))
    missing = [s for s in serious if s.key not in keys]
    if approving and missing:
        raise UserError(
            t(
                "Every serious finding must be acknowledged before the proof is approved; still open: {text}",
                text=missing[0].text,
            )
        )
    items = [
        {"key": s.key, "code": s.code, "side": s.side, "text": s.text, "acknowledged": s.key in keys} for s in serious
    ]
    return json.dumps(items, ensure_ascii=False) if items else ""


def acknowledged_items(approval: Approval) -> list[tuple[str, bool]]:
    """(sentence, acknowledged) of an approval record, as sealed; empty for records without findings."""
    if not approval.acknowledged:
        return []
    return [(str(item["text"]), bool(item["acknowledged"])) for item in json.loads(approval.acknowledged)]
