"""What identifying a file or code answers (plain data), and the words of its statuses."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime

from ...domain.i18n import N_

# What a file is, and what it says about its order: the words of the answer (said through t()).
STATUS_WORDS = {
    "approved": N_("the approved version"),
    "superseded": N_("superseded by a later version"),
    "voided": N_("its approval was voided"),
    "changes_requested": N_("the customer asked for changes"),
    "awaiting": N_("awaiting the customer's approval"),
    "altered": N_("unknown or altered: the bytes match no proof PrintProof stored"),
    "unknown": N_("unknown: not made by this shop's PrintProof"),
    "confirmed": N_("the store still holds this record and the audit chain as the copy shows them"),
}


@dataclass
class Identification:
    """What a file or code is: plain data for the command line and the screens."""

    kind: str  # "proof", "certificate", "dossier", "code", "unknown"
    status: str  # a key of STATUS_WORDS
    order: str = ""
    version: int | None = None
    sha256: str = ""  # of the file
    signature: str = ""  # "" (unsigned), "valid", "earlier" (an earlier key of this shop), "foreign", "broken"
    signed_by: str = ""
    timestamp: datetime | None = None  # the authority's time inside the signature
    lines: list[str] = field(default_factory=list)  # the answer, one sentence a line, in the user's language

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["timestamp"] = self.timestamp.isoformat(timespec="seconds") + "Z" if self.timestamp else None
        return data
