"""Verify the store: re-hash every sealed record and every stored file, and walk the audit chain.

Anything altered is named: the order, the kind of record and what no longer matches.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..domain.enums import Role
from ..domain.i18n import t
from ..store.chain import STAFF_SEALED, fingerprint
from ..store.db import is_sqlite
from ..store.models import (
    Approval,
    ApprovalVoid,
    AuditEvent,
    BaseModel,
    Blob,
    Counter,
    Dispute,
    DisputeDecision,
    DisputePhoto,
    Pickup,
    Proof,
    SealedRecord,
    Staff,
    db,
)
from ..store.triggers import check_triggers, expected_triggers
from . import audit
from .approvals import approval_content, void_content
from .context import Actor, require
from .disputes import decision_content, dispute_content
from .pickup import pickup_content
from .protection import describe


@dataclass(frozen=True)
class Problem:
    order: str  # order number, or "" for store-wide items
    kind: str  # "approval", "proof", "file", "audit chain", …
    what: str  # one sentence: what no longer matches

    def to_dict(self) -> dict[str, str]:
        return {"order": self.order, "kind": self.kind, "what": self.what}


@dataclass
class Report:
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        counted = ", ".join(f"{n} {k}" for k, n in self.counts.items())
        if self.ok:
            return f"Store verified: {counted}; nothing altered."
        found = len(self.problems)
        return f"{found} problem{'' if found == 1 else 's'} found while checking {counted}."

    def to_dict(self) -> dict[str, object]:
        return {"ok": self.ok, "counts": self.counts, "problems": [p.to_dict() for p in self.problems]}


def _order_number(record: BaseModel) -> str:
    try:
        number: str = record.order.number
        return number
    except Exception:  # the order row itself may be what was damaged
        return ""


def verify_store(*, compare_backups: bool = False) -> Report:
    """Check everything; read-only, safe while others work.

    With ``compare_backups`` the chain is also compared with the newest backups of the backup folder
    (events a backup holds that the store no longer has, or holds differently).
    """
    report = Report()
    add = report.problems.append

    # 0. The protections: every trigger that refuses edits of sealed records, present and unchanged.
    found = check_triggers()
    for state in found:
        add(Problem("", "protection", describe(state)))
    report.counts["protections"] = len(expected_triggers())
    subject_hash: dict[str, str] = {}
    staff_sealed: dict[str, dict[str, Any]] = {}

    # 1. The chain: consecutive, each hash over the one before, nothing missing at the end.
    expected_prev, expected_seq, events = audit.GENESIS, 1, 0
    for event in AuditEvent.select().order_by(AuditEvent.seq).iterator():
        events += 1
        order = event.order.number if event.order_id else ""
        if event.seq != expected_seq:
            add(
                Problem(
                    order,
                    "audit chain",
                    t(
                        "events {expected_seq}–{last} are missing (deleted)",
                        expected_seq=expected_seq,
                        last=event.seq - 1,
                    ),
                )
            )
        if event.prev_hash != expected_prev:
            add(Problem(order, "audit chain", t("event {seq} does not follow the event before it", seq=event.seq)))
        if audit.event_hash(event.prev_hash, audit.event_fields(event)) != event.hash:
            add(Problem(order, "audit chain", t("event {seq} ({kind}) was altered", seq=event.seq, kind=event.kind)))
        payload = json.loads(event.payload)
        if event.subject and "content_sha256" in payload:
            subject_hash[event.subject] = payload["content_sha256"]
        if event.kind == "proof.made":
            subject_hash[event.subject + ":pdf"] = payload.get("sha256", "")
        if event.kind == STAFF_SEALED and "state" in payload:
            staff_sealed[event.subject] = payload["state"]
        expected_prev, expected_seq = event.hash, event.seq + 1
    length = Counter.select(Counter.value).where(Counter.name == audit.CHAIN_COUNTER).scalar() or 0
    if length != expected_seq - 1:
        add(
            Problem(
                "",
                "audit chain",
                t("the chain should have {length} events but ends at {last}", length=length, last=expected_seq - 1),
            )
        )
    report.counts["audit events"] = events

    # 2. Sealed records: their content hash, and the hash the chain recorded for them.
    def check(kind: str, subject: str, record: SealedRecord, content: dict[str, object]) -> None:
        order = _order_number(record) if hasattr(record, "order_id") else content.get("order", "")
        actual = audit.content_hash(content)
        if actual != record.content_sha256:
            add(
                Problem(
                    str(order), kind, t("{kind} {id} was changed after it was recorded", kind=t(kind), id=record.id)
                )
            )
        sealed = subject_hash.get(f"{subject}:{record.id}")
        if sealed is None:
            add(Problem(str(order), kind, t("{kind} {id} is not in the audit chain", kind=t(kind), id=record.id)))
        elif sealed != record.content_sha256:
            add(
                Problem(
                    str(order),
                    kind,
                    t("{kind} {id} does not match the hash sealed in the audit chain", kind=t(kind), id=record.id),
                )
            )

    # Each content maker takes its own kind of record; a Callable's parameter cannot widen to SealedRecord: Any.
    kinds: list[tuple[str, str, type[SealedRecord], Callable[[Any], dict[str, object]]]] = [
        ("approval", "approval", Approval, approval_content),
        ("approval void", "approval_void", ApprovalVoid, void_content),
        ("pickup", "pickup", Pickup, pickup_content),
        ("dispute decision", "dispute_decision", DisputeDecision, decision_content),
    ]
    for kind, subject, model, content in kinds:
        n = 0
        for record in model.select().iterator():
            n += 1
            check(kind, subject, record, content(record))
        report.counts[f"{kind}s"] = n
    n = 0
    for dispute in Dispute.select().iterator():
        n += 1
        photos = [
            p.blob_id
            for p in DisputePhoto.select().where(DisputePhoto.dispute == dispute).order_by(DisputePhoto.position)
        ]
        check("dispute", "dispute", dispute, dispute_content(dispute, photos))
    report.counts["disputes"] = n

    # 3. Proofs: the PDF the chain recorded is the PDF stored.
    n = 0
    for proof in Proof.select().iterator():
        n += 1
        sealed = subject_hash.get(f"proof:{proof.id}:pdf")
        if sealed != proof.pdf_id:
            add(
                Problem(
                    _order_number(proof),
                    "proof",
                    t("proof version {version} is not the PDF the audit chain recorded", version=proof.version),
                )
            )
    report.counts["proofs"] = n

    # 4. Every stored file, re-hashed byte for byte.
    n = 0
    for blob in Blob.select(Blob.sha256, Blob.data).iterator():
        n += 1
        if hashlib.sha256(bytes(blob.data)).hexdigest() != blob.sha256:
            add(
                Problem(
                    _blob_order(blob.sha256), "file", t("stored file {digest}… was altered", digest=blob.sha256[:16])
                )
            )
    report.counts["files"] = n

    # 5. Staff: each member as the chain sealed them last — role, active, name, PIN and recovery code.
    n = 0
    for staff in Staff.select().iterator():
        n += 1
        for what in _staff_differences(staff, staff_sealed.get(f"staff:{staff.id}")):
            add(Problem("", "staff", what))
    report.counts["staff"] = n

    # 6. Timestamps of the chain head (RFC 3161): each token holds, and its head is still in the chain.
    from .timestamps import check_chain_timestamps

    for what in check_chain_timestamps():
        add(Problem("", "timestamp", what))

    if compare_backups:
        from .chain_anchors import compare_with_backups

        compared = compare_with_backups()
        for finding in compared.findings:
            add(Problem("", "backup", finding.what))
        report.counts["backups compared"] = len(compared.compared)

    if is_sqlite():
        result = db.execute_sql("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            add(
                Problem("", "database file", t("the database file is damaged; restore the newest backup that verifies"))
            )
    return report


ROLE_WORDS = {"owner": "owner", "designer": "designer", "counter": "counter staff"}


def _staff_differences(staff: Staff, sealed: dict[str, Any] | None) -> list[str]:
    """What in the staff table differs from the chain's last seal of this member."""
    if sealed is None:
        return [t("staff member {name} is not in the audit chain (added outside PrintProof)", name=staff.name)]
    found = []
    if sealed.get("name") != staff.name:
        found.append(
            t(
                "staff member {id} is called {name} in the staff table, but the audit chain recorded {sealed}",
                id=staff.id,
                name=staff.name,
                sealed=sealed.get("name"),
            )
        )
    if sealed.get("role") != staff.role:
        found.append(
            t(
                "staff member {name} is {role} in the staff table, but the audit chain recorded {sealed}",
                name=staff.name,
                role=t(ROLE_WORDS.get(staff.role, staff.role)),
                sealed=t(ROLE_WORDS.get(sealed.get("role", ""), str(sealed.get("role")))),
            )
        )
    if bool(sealed.get("active")) != bool(staff.active):
        found.append(
            t("staff member {name} was made active outside PrintProof", name=staff.name)
            if staff.active
            else t("staff member {name} was made inactive outside PrintProof", name=staff.name)
        )
    if sealed.get("pin") != fingerprint(staff.pin_hash):
        found.append(t("the PIN of staff member {name} was changed outside PrintProof", name=staff.name))
    if sealed.get("recovery") != fingerprint(staff.recovery_hash):
        found.append(t("the recovery code of {name} was changed outside PrintProof", name=staff.name))
    return found


def check_store(actor: Actor) -> Report:
    """The owner's full check of the store (what Settings → Verify runs): see :func:`verify_store`."""
    require(actor, Role.OWNER, action="verify the whole store")
    return verify_store(compare_backups=True)


def _blob_order(sha: str) -> str:
    """The order a damaged file belongs to, to name it in the report."""
    proof = Proof.get_or_none(Proof.pdf == sha)
    if proof is not None:
        return proof.order.number
    approval = Approval.get_or_none((Approval.signature_image == sha) | (Approval.evidence == sha))
    if approval is not None:
        return approval.order.number
    from ..store.models import Artwork

    art = Artwork.get_or_none((Artwork.original == sha) | (Artwork.preview == sha))
    return art.order.number if art is not None else ""


def verify_approval(approval_id: int) -> list[str]:
    """Quick check of one approval for the screens: its content, its seal in the chain, its files.

    Returns what no longer matches (empty: verified). The full check is :func:`verify_store`.
    """
    problems = []
    approval = Approval.get_by_id(approval_id)
    if audit.content_hash(approval_content(approval)) != approval.content_sha256:
        problems.append(t("the record was changed after it was signed"))
    event = AuditEvent.get_or_none(AuditEvent.subject == f"approval:{approval.id}")
    if event is None:
        problems.append(t("the record is not in the audit chain"))
    else:
        if audit.event_hash(event.prev_hash, audit.event_fields(event)) != event.hash:
            problems.append(t("its audit event was altered"))
        if json.loads(event.payload).get("content_sha256") != approval.content_sha256:
            problems.append(t("it does not match the hash sealed in the audit chain"))
    for sha in (
        approval.proof.pdf_id,
        approval.signature_image_id,
        approval.signature_strokes_id,
        approval.evidence_id,
    ):
        if sha:
            data = Blob.select(Blob.data).where(Blob.sha256 == sha).scalar()
            if data is None or hashlib.sha256(bytes(data)).hexdigest() != sha:
                problems.append(t("file {sha}… is missing or altered", sha=sha[:12]))
    return problems
