"""What identifying a file or code answers (plain data), and the words of its statuses."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime

# What a file is, and what it says about its order: the words of the answer.
STATUS_WORDS = {
    "approved": "the approved version",
    "superseded": "superseded by a later version",
    "voided": "its approval was voided",
    "changes_requested": "the customer asked for changes",
    "awaiting": "awaiting the customer's approval",
    "altered": "unknown or altered: the bytes match no proof PrintProof stored",
    "unknown": "unknown: not made by this shop's PrintProof",
    "confirmed": "the store still holds this record and the audit chain as the copy shows them",
}


@dataclass
class Identification:
    """What a file or code is: plain data for the command line and the screens."""

    kind: str  # "proof", "certificate", "dossier", "code", "unknown"
    status: str  # a key of STATUS_WORDS
    order: str = ""
    version: int | None = None
    sha256: str = ""  # of the file
    signature: str = ""  # "" (unsigned), "valid", "broken"
    signed_by: str = ""
    timestamp: datetime | None = None  # the authority's time inside the signature
    lines: list[str] = field(default_factory=list)  # the answer, one sentence a line, in the user's language

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["timestamp"] = self.timestamp.isoformat(timespec="seconds") + "Z" if self.timestamp else None
        return data
