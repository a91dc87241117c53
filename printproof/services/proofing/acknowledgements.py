"""The customer acknowledges each serious finding of the proof before approving it.

"Mir ist bekannt: Seite 3, Bild oben links: nur 112 ppi …" — ticked one by one on the
presentation screen, or, for approvals on paper, by e-mail or by phone, recorded as what the
customer was told. The list is part of the sealed approval (hashed like the checklist) and
stands on the certificate and the dossier.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ...domain.enums import Severity
from ...domain.errors import UserError
from ...domain.i18n import t
from ...domain.preflight import Finding, finding_key, group_findings
from ...domain.texts import acknowledgement
from ...store.models import Approval, Proof


@dataclass(frozen=True)
class SeriousFinding:
    """A serious finding of one proof version as the customer acknowledges it: one box, even when it
    stands on many sides ("Seiten 3–32: …")."""

    keys: tuple[str, ...]  # stable within the proof: code, side and number among equals, one per side
    code: str
    sides: tuple[int, ...]
    text: str  # "Mir ist bekannt: …" in the language asked for


def proof_findings(proof: Proof) -> list[Finding]:
    """The findings stored with a proof version (as they were when it was made)."""
    return [Finding.from_dict(d) for d in json.loads(proof.findings or "[]")]


def serious_findings(proof: Proof, lang: str) -> list[SeriousFinding]:
    """Every serious finding of ``proof``, worded in ``lang``, in the proof's order."""
    findings = proof_findings(proof)
    serious = [f for f in findings if f.severity == Severity.SERIOUS]
    positions = [i for i, f in enumerate(findings) if f.severity == Severity.SERIOUS]
    return [
        SeriousFinding(
            tuple(finding_key(findings, positions[i]) for i in group.indexes),
            group.code,
            group.sides,
            acknowledgement(lang, group.message),
        )
        for group in group_findings(serious, lang)
    ]


def serious_keys(proof: Proof) -> list[str]:
    """The keys of every serious finding of ``proof`` (what "acknowledge all" ticks)."""
    return [key for s in serious_findings(proof, "en") for key in s.keys]


def acknowledged_json(proof: Proof, acknowledged: list[str] | None, approving: bool, lang: str) -> str:
    """The record's list of serious findings and whether each was acknowledged; "" when there are none.

    An approval needs every serious finding acknowledged; "changes requested" records what was ticked.
    """
    serious = serious_findings(proof, lang)
    keys = set(acknowledged or [])
    unknown = keys - {key for s in serious for key in s.keys}
    if unknown:
        raise UserError(t("The proof has no serious finding “{key}”.", key=sorted(unknown)[0]))
    missing = [s for s in serious if not set(s.keys) <= keys]
    if approving and missing:
        raise UserError(
            t(
                "Every serious finding must be acknowledged before the proof is approved; still open: {text}",
                text=missing[0].text,
            )
        )
    items = [
        {
            "keys": list(s.keys),
            "code": s.code,
            "sides": list(s.sides),
            "text": s.text,
            "acknowledged": set(s.keys) <= keys,
        }
        for s in serious
    ]
    return json.dumps(items, ensure_ascii=False) if items else ""


def acknowledged_items(approval: Approval) -> list[tuple[str, bool]]:
    """(sentence, acknowledged) of an approval record, as sealed; empty for records without findings."""
    if not approval.acknowledged:
        return []
    return [(str(item["text"]), bool(item["acknowledged"])) for item in json.loads(approval.acknowledged)]
