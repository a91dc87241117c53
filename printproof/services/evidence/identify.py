"""Identify any PDF (or scanned code) PrintProof made: which order and version, and whether it still stands.

A proof is found by its bytes (SHA-256 of the stored PDF): approved, superseded, voided, changes requested
or awaiting approval. A PDF whose bytes match no stored proof is "unknown / altered" — when its pages still
name an order and version, that order is named, so the counter knows which record to compare it with.
Certificates and dossiers are signed: their signature and its trusted time are checked with pyHanko, and
the approval the certificate shows is looked up by its record hash.

A customer's copy (``printproof identify``, a copy scanned at pickup) carries the record's hash, the event that
sealed it and the chain head at that moment. The record, that event and the head must all still be there,
unchanged, and the chain up to the head must hash as it did — else the copy names what was deleted or
rewritten. Copies printed before the schema-5 reseal carry a record's old hash: the chain's
``records.resealed`` event maps it to the current one (docs/evidence.md, schema 5).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ...domain.codes import canonical_number, read_code
from ...domain.errors import UserError
from ...domain.i18n import N_, t
from ...store.models import Approval, ApprovalVoid, AuditEvent, Order, Proof
from ..proofing.proofs import APPROVING, active_approval

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


# --- a customer's copy ---

RESEALED = "records.resealed"  # schema 5 (docs/evidence.md): old → new record hashes, redacted events


def _resealed_payloads() -> list[dict[str, Any]]:
    query = AuditEvent.select(AuditEvent.payload).where(AuditEvent.kind == RESEALED).order_by(AuditEvent.seq)
    return [json.loads(event.payload) for event in query]


def resealed_as(subject: str, old_hash: str) -> str | None:
    """The hash a record sealed as ``old_hash`` carries since the reseal, if the chain's reseal event maps it
    (copies printed before the reseal carry the old hash)."""
    for payload in _resealed_payloads():
        entry = payload.get("records", {}).get(subject)
        if entry and entry.get("old") == old_hash and entry.get("verified", True):
            return str(entry.get("new"))
    return None


def _redacted_events() -> dict[str, dict[str, str]]:
    """Events whose personal values the reseal removed: their hash, and the hash of what they hold now."""
    found: dict[str, dict[str, str]] = {}
    for payload in _resealed_payloads():
        found.update(payload.get("events", {}))
    return found


def customer_copy_code(text: str | None) -> str:
    """The text of a customer's copy code as printed (also when a scanner typed it on another keyboard
    layout), or "" when ``text`` is no such code."""
    from ...domain.codes import LAYOUT_FIXES

    cleaned = "".join(ch for ch in (text or "") if ch.isprintable()).strip()
    for candidate in (cleaned, *(cleaned.translate(table) for table in LAYOUT_FIXES)):
        if candidate.upper().startswith("PRINTPROOF-COPY|") and candidate.count("|") == 6:
            return candidate
    return ""


def check_copy_code(text: str) -> Identification:
    """A customer's copy (its QR code's text) checked against the store: the record, the event that sealed it
    and the chain head it carries must all still be there, unchanged — else the copy proves what was removed."""
    from ..core import audit

    fields = text.strip().split("|")
    if len(fields) != 7 or not fields[4].isdigit() or not fields[5].isdigit():
        raise UserError(t("“{text}” is no order number and no PrintProof code.", text=text.strip()[:80]))
    _prefix, number, subject, record_sha, position, head_seq, head_hash = fields
    found = Identification("copy", "confirmed", number)
    lines: list[str] = []
    kind, _, ident = subject.partition(":")
    from .copies import KINDS

    model = KINDS.get(kind)
    record = model.get_or_none(model.id == int(ident)) if model is not None and ident.isdigit() else None
    if record is None:
        lines.append(
            t(
                "The {kind} this copy shows ({subject}) is no longer in the store: it was deleted.",
                kind=t(kind.replace("_", " ")),
                subject=subject,
            )
        )
    elif record.content_sha256 != record_sha and resealed_as(subject, record_sha) != record.content_sha256:
        lines.append(
            t(
                "The {kind} this copy shows ({subject}) was changed after the copy was made.",
                kind=t(kind.replace("_", " ")),
                subject=subject,
            )
        )
    sealing = AuditEvent.get_or_none(AuditEvent.seq == int(position))
    if sealing is None:
        lines.append(t("Event {seq}, which sealed this record, is missing from the audit chain.", seq=position))
    elif sealing.subject != subject or json.loads(sealing.payload).get("content_sha256") != record_sha:
        lines.append(t("Event {seq}, which sealed this record, now says something else.", seq=position))
    head = AuditEvent.get_or_none(AuditEvent.seq == int(head_seq))
    if head is None:
        lines.append(
            t(
                "The audit chain no longer reaches event {seq}, its head when the copy was made: events were deleted.",
                seq=head_seq,
            )
        )
    elif head.hash != head_hash:
        lines.append(
            t(
                "Event {seq} no longer has the hash the copy carries: the chain up to it was rewritten.",
                seq=head_seq,
            )
        )
    else:
        prev = audit.GENESIS
        redacted = _redacted_events()
        query = AuditEvent.select().where(AuditEvent.seq <= int(head_seq)).order_by(AuditEvent.seq)
        for expected, event in enumerate(query.iterator(), start=1):
            intact = audit.event_hash(prev, audit.event_fields(event)) == event.hash or (
                redacted.get(str(event.seq), {}).get("hash") == event.hash
                and redacted[str(event.seq)].get("redacted_sha256") == audit.content_hash(audit.event_fields(event))
            )
            if event.seq != expected or event.prev_hash != prev or not intact:
                lines.append(t("The audit chain before event {seq} was altered.", seq=head_seq))
                break
            prev = event.hash
    if lines:
        found.status = "altered"
        found.lines = [t("Customer's copy of order {number}: the store no longer matches it.", number=number), *lines]
    else:
        found.lines = [
            t(
                "Customer's copy of order {number}: {status}.",
                number=number,
                status=t(STATUS_WORDS["confirmed"]),
            )
        ]
    return found


# --- files and codes ---

MAX_BYTES = 500 * 1024 * 1024
_SLUG = re.compile(r"(?:Auftrag|Order)\s+(20\d\d-\d{5,9})\s*·\s*Version\s+(\d+)")
_NUMBER = re.compile(r"20\d\d-\d{5,9}")


def proof_status(proof: Proof) -> str:
    """approved, voided, superseded, changes_requested or awaiting — for one proof version."""
    standing = active_approval(proof.order)
    if standing is not None and standing.proof_id == proof.id:
        return "approved"
    last = Approval.select().where(Approval.proof == proof).order_by(Approval.id.desc()).first()
    if last is not None and ApprovalVoid.select().where(ApprovalVoid.approval == last).exists():
        return "voided"
    if last is not None and last.decision in [d.value for d in APPROVING]:
        return "superseded"  # approved once, but something newer (a version, the artwork) took its place
    if Proof.select().where((Proof.order == proof.order) & (Proof.version > proof.version)).exists():
        return "superseded"
    return "changes_requested" if last is not None else "awaiting"


def _approval_status(approval: Approval) -> str:
    if ApprovalVoid.select().where(ApprovalVoid.approval == approval).exists():
        return "voided"
    if approval.decision not in [d.value for d in APPROVING]:
        return "changes_requested"
    standing = active_approval(approval.order)
    return "approved" if standing is not None and standing.id == approval.id else "superseded"


def _copy_code(data: bytes) -> str:
    """The code a customer's copy carries in its document information (the same text as its QR code)."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        return ""
    try:
        subject = pdf.get_metadata_dict().get("Subject", "")
    finally:
        pdf.close()
    return subject if subject.startswith("PRINTPROOF-COPY|") else ""


def _pages_readable(data: bytes) -> bool:
    """Whether every page's drawing instructions unpack to a bounded size (a 1 MB file can unpack to gigabytes:
    its text is then not read)."""
    import pikepdf

    from ...domain.errors import UserError
    from ..artwork.pdf_objects import check_content_size

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                check_content_size(page)
    except UserError:
        return False
    except Exception:  # not a PDF pikepdf reads: pdfium says what it can
        return True
    return True


def _pdf_text(data: bytes) -> str:
    import pypdfium2

    if not _pages_readable(data):
        return ""
    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        return ""
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def _signature(data: bytes) -> tuple[str, str, datetime | None, str] | None:
    """(state, signer, timestamp, reason) of a signed PDF's first signature, or None when unsigned."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    from .signing import CERT_FILE, certificate_sha256, current_certificates, known_certificates, signing_dir
    from .timestamps import validation_context

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except Exception:  # not a PDF pyHanko can read: treated as unsigned
        return None
    if not signatures:
        return None
    sig = signatures[0]
    reason = str(sig.sig_object.get("/Reason", ""))
    from asn1crypto import pem as asn1_pem
    from asn1crypto import x509 as asn1_x509

    # Trusted: the certificate in the signing folder, a trust service's (PRINTPROOF_SIGNING_P12) and every one
    # the shop's keys ever had (sealed in the chain).
    known = known_certificates()
    cert_path = signing_dir() / CERT_FILE
    in_folder = cert_path.read_bytes() if cert_path.exists() else None
    pems = [c.pem for c in known] + ([in_folder] if in_folder else []) + _p12_certificates()
    roots = [asn1_x509.Certificate.load(asn1_pem.unarmor(p)[2]) for p in dict.fromkeys(pems)]
    try:
        status = validate_pdf_signature(
            sig, ValidationContext(trust_roots=roots), ts_validation_context=validation_context()[0]
        )
    except Exception:  # a signature pyHanko cannot even parse is broken
        return "broken", "", None, reason
    signer = status.signing_cert.subject.human_friendly if status.signing_cert else ""
    stamp = status.timestamp_validity
    when = stamp.timestamp.astimezone(UTC).replace(tzinfo=None) if stamp is not None and stamp.intact else None
    if not (status.intact and status.valid):
        return "broken", signer, when, reason  # the bytes changed after signing
    if not status.bottom_line:
        return "foreign", signer, when, reason  # intact, but not a key this shop knows
    by = hashlib.sha256(status.signing_cert.dump()).hexdigest() if status.signing_cert else ""
    replaced = {k.sha256 for k in known} - current_certificates(known)
    if in_folder:
        replaced.discard(certificate_sha256(in_folder))
    return ("earlier" if by in replaced else "valid"), signer, when, reason


def _p12_certificates() -> list[bytes]:
    """The certificate of a trust service's seal the shop signs with (PRINTPROOF_SIGNING_P12), as PEM."""
    import os

    p12 = os.environ.get("PRINTPROOF_SIGNING_P12")
    if not p12:
        return []
    try:
        from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

        password = os.environ.get("PRINTPROOF_SIGNING_PASSWORD", "").encode() or None
        loaded = pkcs12.load_key_and_certificates(Path(p12).read_bytes(), password)
    except (OSError, ValueError):
        return []
    return [loaded[1].public_bytes(Encoding.PEM)] if loaded[1] is not None else []


def identify_bytes(data: bytes, name: str = "") -> Identification:
    """Identify a file's bytes (see the module's description)."""
    sha = hashlib.sha256(data).hexdigest()
    proof = Proof.get_or_none(Proof.pdf == sha)
    if proof is not None:
        found = Identification("proof", proof_status(proof), proof.order.number, proof.version, sha)
        found.lines = [_proof_line(found)]
        return found
    copy_code = _copy_code(data) if data.startswith(b"%PDF") else ""
    if copy_code:
        found = check_copy_code(copy_code)
        found.sha256 = sha
        return found
    signed = _signature(data) if data.startswith(b"%PDF") else None
    text = _pdf_text(data) if data.startswith(b"%PDF") else ""
    if signed is not None:
        return _signed(data, sha, text, *signed)
    match = _SLUG.search(text)
    if match:
        number, version = canonical_number(match.group(1)), int(match.group(2))
        found = Identification("proof", "altered", number or "", version, sha)
        order_known = number is not None and Order.select().where(Order.number == number).exists()
        found.lines = [
            t(
                "This PDF says it is proof version {version} of order {number}, but its bytes match no proof "
                "PrintProof stored: it was altered or is not from this shop.",
                version=version,
                number=number,
            )
            if order_known
            else t("This PDF names order {number}, which this store does not have.", number=number)
        ]
        return found
    found = Identification("unknown", "unknown", sha256=sha)
    found.lines = [t("This file matches nothing PrintProof stored; it is not from this shop or was altered.")]
    return found


def _proof_line(found: Identification) -> str:
    return t(
        "Proof version {version} of order {number}: {status}.",
        version=found.version,
        number=found.order,
        status=t(STATUS_WORDS[found.status]),
    )


def _signed(
    data: bytes, sha: str, text: str, state: str, signer: str, when: datetime | None, reason: str
) -> Identification:
    from ...domain.i18n import LANGUAGES
    from ...domain.texts import tr

    dossier_words = {tr(lang, "dossier") for lang in LANGUAGES}  # the signature's reason names the document
    kind = "dossier" if any(reason.startswith(w) for w in dossier_words) else "certificate"
    number = canonical_number(reason.rsplit(" ", 1)[-1]) if reason else None
    if number is None:
        numbers = _NUMBER.findall(text)
        number = canonical_number(numbers[0]) if numbers else None
    found = Identification(kind, "unknown", number or "", None, sha, state, signer, when)
    order = Order.get_or_none(Order.number == number) if number else None
    squeezed = "".join(text.split())
    approval = None
    if order is not None:
        for record in Approval.select().where(Approval.order == order).order_by(Approval.id.desc()):
            if record.content_sha256 in squeezed:
                approval = record
                break
    if approval is not None:
        found.version, found.status = approval.proof.version, _approval_status(approval)
    elif order is not None:
        found.status = "awaiting" if kind == "dossier" else "altered"
    what = t("Dossier") if kind == "dossier" else t("Approval certificate")
    lines = []
    if order is None:
        lines.append(t("{what} of an order this store does not have.", what=what))
    elif approval is not None:
        lines.append(
            t(
                "{what} of order {number}, proof version {version}: {status}.",
                what=what,
                number=order.number,
                version=approval.proof.version,
                status=t(STATUS_WORDS[found.status]),
            )
        )
    else:
        lines.append(t("{what} of order {number}.", what=what, number=order.number))
    if state == "valid":
        lines.append(t("The signature holds: signed by {signer}, not changed since.", signer=signer or "–"))
    elif state == "earlier":
        lines.append(
            t(
                "The signature holds: signed by {signer} with an earlier key of this shop (since replaced), "
                "not changed since.",
                signer=signer or "–",
            )
        )
    elif state == "foreign":
        lines.append(
            t(
                "The file was not changed since it was signed, but by {signer}, a key this shop does not know.",
                signer=signer or "–",
            )
        )
    else:
        lines.append(t("The signature does not hold: the file was changed after it was signed."))
    if when is not None:
        lines.append(t("Timestamped by the authority at {when}.", when=when.strftime("%Y-%m-%d %H:%M:%S UTC")))
    else:
        lines.append(t("It carries no trusted timestamp."))
    found.lines = lines
    return found


def identify_file(path: Path | str) -> Identification:
    """Identify a file; one sentence for a file that cannot be read."""
    from ..artwork.artwork import read_file

    path = Path(path).expanduser()
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # read_file says what is wrong with it
    if size > MAX_BYTES:
        raise UserError(t("“{name}” is too large to be a PrintProof document.", name=path.name))
    # A missing, unreadable or special file (a pipe, a device) is one sentence, and nothing waits on a pipe.
    return identify_bytes(read_file(path, MAX_BYTES), path.name)


def identify_code(text: str) -> Identification:
    """What a scanned or typed code from any printed copy names, checked against the store."""
    copy_code = customer_copy_code(text)
    if copy_code:
        return check_copy_code(copy_code)
    code = read_code(text)
    if code is None:
        raise UserError(t("“{text}” is no order number and no PrintProof code.", text=text.strip()[:80]))
    order = Order.get_or_none(Order.number == code.order)
    found = Identification("code", "unknown", code.order, code.version)
    if order is None:
        found.lines = [t("Order {number} is not in this store.", number=code.order)]
        return found
    if code.kind == "proof" and code.sha256:
        proof = Proof.get_or_none((Proof.order == order) & (Proof.content_sha256 == code.sha256))
        if proof is None:
            found.status = "altered"
            found.lines = [
                t("The code names order {number}, but no proof of it has this fingerprint.", number=order.number)
            ]
            return found
        found.version, found.status = proof.version, proof_status(proof)
        found.lines = [_proof_line(found)]
        return found
    if code.kind in ("approval", "ticket") and code.record_sha256:
        # A certificate carries the approval's whole hash, a job ticket its first 16 hex digits.
        named = (
            Approval.content_sha256 == code.record_sha256
            if code.kind == "approval"
            else Approval.content_sha256.startswith(code.record_sha256)
        )
        approval = Approval.select().where((Approval.order == order) & named).first()
        if approval is None:
            found.status = "altered"
            found.lines = [
                t("The code names order {number}, but no approval of it has this record hash.", number=order.number)
            ]
            return found
        found.version, found.status = approval.proof.version, _approval_status(approval)
        found.lines = [
            t(
                "{what} of order {number}, proof version {version}: {status}.",
                what=t("Approval certificate") if code.kind == "approval" else t("Job ticket"),
                number=order.number,
                version=found.version,
                status=t(STATUS_WORDS[found.status]),
            )
        ]
        return found
    found.status = order.status
    found.lines = [t("Order {number}.", number=order.number)]
    return found


__all__ = ["Identification", "identify_bytes", "identify_code", "identify_file", "proof_status"]
