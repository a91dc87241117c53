"""Verify the store: re-hash every sealed record and every stored file, and walk the audit chain.

Anything altered is named: the order, the kind of record and what no longer matches.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from ...domain import vocabulary
from ...domain.enums import Role
from ...domain.i18n import N_, t
from ...domain.rules import MOVE_SUBJECT, Life, missing_record
from ...store.chain import content_hash, fingerprint
from ...store.counters import current_value
from ...store.db import is_sqlite
from ...store.models import (
    Approval,
    AuditEvent,
    BaseModel,
    Blob,
    BlobErasure,
    Erasure,
    Order,
    Personal,
    Proof,
    Staff,
    db,
)
from ...store.power import REASONS, Ledger, Refused, ledger
from ...store.rows import tuples
from ...store.sealed import KINDS, RESEALED, Kind, approval_content, personal_matches
from ...store.settings import GOVERNED, signed_settings, stored_settings
from ...store.triggers import check_triggers, expected_triggers
from ..core import audit
from ..core.context import Actor, require
from ..core.orders import LIFE_EVENTS
from ..core.staff_keys import wrapped_well
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
    erasures: list[dict[str, Any]] = field(default_factory=list)  # what sealed erasures removed, and when

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        counted = ", ".join(f"{n} {k}" for k, n in self.counts.items())
        erased = "".join(
            f" Erased by {e['basis']} on {str(e['at'])[:10]}: {', '.join(str(o) for o in e['orders'])} "
            f"({e['details']} records' details, {e['files']} files)."
            for e in self.erasures
        )
        if self.ok:
            return f"Store verified: {counted}; nothing altered.{erased}"
        found = len(self.problems)
        return f"{found} problem{'' if found == 1 else 's'} found while checking {counted}."

    def to_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "counts": self.counts,
            "problems": [p.to_dict() for p in self.problems],
            "erasures": self.erasures,
        }


def _order_number(record: BaseModel) -> str:
    try:
        number: str = record.order.number
        return number
    except Exception:  # the order row itself may be what was damaged
        return ""


def _record_order(record: Any) -> str:
    """The order a sealed record belongs to (through its approval or complaint where it has no order)."""
    for path in ("order", "approval", "dispute"):
        if hasattr(record, f"{path}_id"):
            try:
                target = getattr(record, path)
                return str(target.number if path == "order" else target.order.number)
            except Exception:
                return ""
    return ""


RELIED_KINDS = {prefix for _key, prefix in MOVE_SUBJECT.values()}


@dataclass
class _Seals:
    """What the chain says, gathered while walking it."""

    subject_hash: dict[str, str] = field(default_factory=dict)
    altered_before_reseal: set[str] = field(default_factory=set)
    lives: dict[int, Life] = field(default_factory=dict)  # each order's status replayed from its events


def _redactions() -> dict[int, dict[str, str]]:
    """Events whose personal values schema 5 removed: their sealed hash and the hash of what they hold now."""
    found: dict[int, dict[str, str]] = {}
    for (payload,) in tuples(AuditEvent.select(AuditEvent.payload).where(AuditEvent.kind == RESEALED)):
        for seq, entry in (json.loads(payload).get("events") or {}).items():
            found[int(seq)] = entry
    return found


def _walk_chain(report: Report) -> _Seals:
    """1. The chain: consecutive, each hash over the one before, nothing missing at the end."""
    add = report.problems.append
    seals = _Seals()
    redacted = _redactions()
    event_kind = {k.event: k for k in KINDS.values()}
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
        try:
            fields = audit.event_fields(event)
            payload = json.loads(event.payload)
            if not isinstance(payload, dict):
                raise ValueError(event.payload)
        except (ValueError, TypeError):  # not what PrintProof writes
            add(Problem(order, "audit chain", t("event {seq} ({kind}) was altered", seq=event.seq, kind=event.kind)))
            expected_prev, expected_seq = event.hash, event.seq + 1
            continue
        if audit.event_hash(event.prev_hash, fields) != event.hash:
            entry = redacted.get(event.seq)
            if not (entry and entry.get("hash") == event.hash and entry.get("redacted_sha256") == content_hash(fields)):
                add(
                    Problem(order, "audit chain", t("event {seq} ({kind}) was altered", seq=event.seq, kind=event.kind))
                )
        kind = event_kind.get(event.kind)
        if kind is not None and event.subject.startswith(kind.name + ":") and kind.event_key in payload:
            seals.subject_hash[event.subject] = payload[kind.event_key]
        if event.kind == "proof.made":
            seals.subject_hash[event.subject + ":pdf"] = payload.get("sha256", "")
        if event.kind == RESEALED:
            _apply_reseal(seals, payload.get("records") or {})
        if event.order_id and event.kind in LIFE_EVENTS:
            seals.lives.setdefault(event.order_id, Life()).feed(event.kind, payload, event.subject)
        expected_prev, expected_seq = event.hash, event.seq + 1
    length = current_value(audit.CHAIN_COUNTER)
    if length != expected_seq - 1:
        add(
            Problem(
                "",
                "audit chain",
                t("the chain should have {length} events but ends at {last}", length=length, last=expected_seq - 1),
            )
        )
    report.counts["audit events"] = events
    return seals


def _apply_reseal(seals: _Seals, records: dict[str, dict[str, Any]]) -> None:
    """Schema 5 resealed every record: an old hash the chain holds stands for the new one — only that one."""
    for subject, entry in records.items():
        if entry.get("verified") is False:
            seals.altered_before_reseal.add(subject)
        sealed_before = seals.subject_hash.get(subject + ":pdf" if subject.startswith("proof:") else subject)
        if sealed_before is not None and sealed_before == entry.get("old"):
            seals.subject_hash[subject] = entry.get("new", "")


def _erasures(report: Report, seals: _Seals) -> tuple[set[int], dict[str, int]]:
    """The erasures the chain sealed (only those that verify): the personal rows and files they name."""
    personal: set[int] = set()
    files: dict[str, int] = {}
    for erasure in Erasure.select().order_by(Erasure.id):
        kind = KINDS["erasure"]
        if content_hash(kind.content(erasure)) != erasure.content_sha256:
            continue  # reported with the sealed records
        if seals.subject_hash.get(f"erasure:{erasure.id}") != erasure.content_sha256:
            continue
        scope = json.loads(erasure.scope)
        personal.update(int(p) for p in scope.get("personal", []))
        for sha in scope.get("files", []):
            files[sha] = erasure.id
        report.erasures.append(
            {
                "id": erasure.id,
                "basis": erasure.basis,
                "at": erasure.created_at.isoformat(timespec="seconds") + "Z",
                "orders": list(scope.get("orders", [])),
                "files": len(scope.get("files", [])),
                "details": len(scope.get("personal", [])),
            }
        )
    return personal, files


def verify_store(*, compare_backups: bool = False) -> Report:
    """Check everything; read-only, safe while others work.

    With ``compare_backups`` (the live store: the owner's check) the chain is also compared with the newest
    backups of the backup folder (events a backup holds that the store no longer has, or holds differently), and
    the shop's signing certificate with the one the chain sealed last.
    """
    report = Report()
    add = report.problems.append

    # 0. The protections: every trigger that refuses edits of sealed records, present and unchanged.
    for state in check_triggers():
        add(Problem("", "protection", describe(state)))
    report.counts["protections"] = len(expected_triggers())
    seals = _walk_chain(report)
    erased_personal, erased_files = _erasures(report, seals)

    # 2. Sealed records: their content hash, the hash the chain recorded, and their personal details.
    stored: set[str] = set()  # the records a status rests on, as they are in the store
    for kind in KINDS.values():
        n = 0
        for record in kind.model.select().iterator():
            n += 1
            _check_record(report, seals, kind, record, erased_personal)
            if kind.name in RELIED_KINDS:
                stored.add(f"{kind.name}:{record.id}")
        report.counts[f"{kind.label}s"] = n

    # 2b. Each order's status is the one its sealed records lead to (a status written into the store is named).
    n = 0
    for order_id, number, status in tuples(Order.select(Order.id, Order.number, Order.status)):
        n += 1
        life = seals.lives.get(order_id) or Life()
        why = life.fault(status)
        if why is None:
            why = next((missing_record(s) for s in life.relied if s not in stored), None)
        if why is not None:
            add(Problem(number, "order", t("its status does not follow from its records: {why}", why=why)))
    report.counts["orders"] = n

    # 3. Proofs: the PDF the chain recorded is the PDF stored.
    for proof in Proof.select().iterator():
        sealed = seals.subject_hash.get(f"proof:{proof.id}:pdf")
        if sealed != proof.pdf_id:
            add(
                Problem(
                    _order_number(proof),
                    "proof",
                    t("proof version {version} is not the PDF the audit chain recorded", version=proof.version),
                )
            )

    # 4. Every stored file, re-hashed byte for byte; a file's bytes may be gone only by a sealed erasure.
    n = erased = 0
    tombstones: dict[str, int] = {
        sha: e for sha, e in tuples(BlobErasure.select(BlobErasure.sha256, BlobErasure.erasure))
    }
    for sha, erasure_id in tombstones.items():
        if erased_files.get(sha) != erasure_id:
            add(
                Problem(
                    "", "file", t("file {digest}… is marked erased, but no sealed erasure names it", digest=sha[:16])
                )
            )
    for blob in Blob.select(Blob.sha256, Blob.data).iterator():
        n += 1
        data = bytes(blob.data)
        if not data and blob.sha256 in tombstones and erased_files.get(blob.sha256) == tombstones[blob.sha256]:
            erased += 1
            continue
        if hashlib.sha256(data).hexdigest() != blob.sha256:
            add(
                Problem(
                    _blob_order(blob.sha256), "file", t("stored file {digest}… was altered", digest=blob.sha256[:16])
                )
            )
    report.counts["files"] = n
    if erased:
        report.counts["erased files"] = erased

    # 5. Staff: each member as the chain's accepted power events left them — role, active, name, PIN, recovery
    # code and key; every power event the ledger refuses (store/power.py); the settings evidence depends on.
    power = ledger()
    for refused in power.refused:
        add(Problem("", "power", _refusal(refused, power.first_signed)))
    n = 0
    for staff in Staff.select().iterator():
        n += 1
        for what in _staff_differences(staff, power.states.get(staff.id)):
            add(Problem("", "staff", what))
    report.counts["staff"] = n
    for what in _governed_differences(power):
        add(Problem("", "setting", what))

    # 5b. The live store's signing certificate is the one the chain sealed last (a key replaced outside
    # PrintProof would make every earlier certificate look altered). Not for a backup being checked: the key
    # folder beside it is not its shop's.
    from .signing import CERT_FILE, certificate_sha256, known_certificates, known_here, signing_dir

    known = known_certificates()
    here = known_here(known)
    cert_path = signing_dir() / CERT_FILE
    live = compare_backups
    if live and here and cert_path.exists() and certificate_sha256(cert_path.read_bytes()) != here[-1].sha256:
        add(
            Problem(
                "",
                "signing key",
                t(
                    "the shop's signing certificate is not the one the audit chain sealed last "
                    "(replaced outside PrintProof)"
                ),
            )
        )
    report.counts["signing certificates"] = len(known)

    # 6. Timestamps of the chain head (RFC 3161): each token holds, and its head is still in the chain.
    from .timestamps import check_chain_timestamps

    for what in check_chain_timestamps():
        add(Problem("", "timestamp", what))

    if compare_backups:
        from .witness import findings as witnessed

        for what in witnessed():  # what this workstation saw, kept outside the store
            add(Problem("", "workstation", what))
        from .chain_anchors import compare_with_backups
        from .witness import folders_written

        compared = compare_with_backups(also=folders_written())
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


def _check_record(report: Report, seals: _Seals, kind: Kind, record: Any, erased_personal: set[int]) -> None:
    add = report.problems.append
    order = _record_order(record)
    label = t(kind.label)
    stored = getattr(record, kind.hash_field)
    subject = f"{kind.name}:{record.id}"
    if content_hash(kind.content(record)) != stored:
        add(Problem(order, kind.label, t("{kind} {id} was changed after it was recorded", kind=label, id=record.id)))
    sealed = seals.subject_hash.get(subject)
    if subject in seals.altered_before_reseal:
        add(
            Problem(
                order,
                kind.label,
                t(
                    "{kind} {id} had been changed before the store was upgraded to schema 5",
                    kind=label,
                    id=record.id,
                ),
            )
        )
    elif sealed is None:
        add(Problem(order, kind.label, t("{kind} {id} is not in the audit chain", kind=label, id=record.id)))
    elif sealed != stored:
        add(
            Problem(
                order,
                kind.label,
                t("{kind} {id} does not match the hash sealed in the audit chain", kind=label, id=record.id),
            )
        )
    if not record.personal_sha256:
        return
    row = Personal.get_or_none(Personal.id == record.personal_id) if record.personal_id else None
    if row is not None and row.data is None and row.salt is None:
        if row.id not in erased_personal:
            add(
                Problem(
                    order,
                    kind.label,
                    t(
                        "the personal details of {kind} {id} were deleted, but no sealed erasure names them",
                        kind=label,
                        id=record.id,
                    ),
                )
            )
    elif row is None or not personal_matches(row, record.personal_sha256):
        add(
            Problem(
                order,
                kind.label,
                t("the personal details of {kind} {id} were changed", kind=label, id=record.id),
            )
        )


# What a problem is about, as the settings screen names it through t(kind) (besides the sealed kinds' labels).
PROBLEM_KINDS = (
    N_("audit chain"),
    N_("file"),
    N_("staff"),
    N_("timestamp"),
    N_("backup"),
    N_("protection"),
    N_("database file"),
    N_("order"),
    N_("signing key"),
    N_("workstation"),
    N_("power"),
    N_("setting"),
)


def _refusal(refused: Refused, first_signed: int | None) -> str:
    return t(REASONS[refused.reason], seq=refused.seq, kind=refused.kind, first=first_signed)


def _governed_differences(power: Ledger) -> list[str]:
    """Each setting the evidence depends on whose stored value is not the one the owner's signed events set."""
    signed = signed_settings(power)
    stored = stored_settings()
    return [
        t("the setting {key} was changed outside PrintProof", key=key)
        for key in GOVERNED
        if stored.get(key) != signed[key]
    ]


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
                role=vocabulary.name("role_phrase", staff.role),
                sealed=vocabulary.name("role_phrase", sealed.get("role", "")),
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
    if (
        sealed.get("key", "") != staff.key_public
        or sealed.get("rkey", "") != fingerprint(staff.key_recovery)
        or not wrapped_well(staff.key_wrapped, staff.key_public)
    ):
        found.append(t("the key of staff member {name} was changed outside PrintProof", name=staff.name))
    return found


def check_store(actor: Actor) -> Report:
    """The owner's full check of the store (what Settings → Verify runs): see :func:`verify_store`."""
    require(actor, Role.OWNER, action="verify the whole store")
    report = verify_store(compare_backups=True)
    if report.ok:
        from .witness import note_head

        note_head()  # held: this workstation has seen the chain reach here
    return report


def _blob_order(sha: str) -> str:
    """The order a damaged file belongs to, to name it in the report."""
    proof = Proof.get_or_none(Proof.pdf == sha)
    if proof is not None:
        return proof.order.number
    approval = Approval.get_or_none((Approval.signature_image == sha) | (Approval.evidence == sha))
    if approval is not None:
        return approval.order.number
    from ...store.models import Artwork

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
        sealed = json.loads(event.payload).get("content_sha256")
        if sealed != approval.content_sha256 and not _resealed(
            f"approval:{approval.id}", sealed, approval.content_sha256
        ):
            problems.append(t("it does not match the hash sealed in the audit chain"))
    if approval.personal_sha256:
        row = approval.personal
        if row is None or (row.data is not None and not personal_matches(row, approval.personal_sha256)):
            problems.append(t("the customer's name or words were changed after it was signed"))
    erased = set(tuples(BlobErasure.select(BlobErasure.sha256)))
    for sha in (
        approval.proof.pdf_id,
        approval.signature_image_id,
        approval.signature_strokes_id,
        approval.evidence_id,
    ):
        if sha and (sha,) not in erased:
            data = Blob.select(Blob.data).where(Blob.sha256 == sha).scalar()
            if data is None or hashlib.sha256(bytes(data)).hexdigest() != sha:
                problems.append(t("file {sha}… is missing or altered", sha=sha[:12]))
    return problems


def _resealed(subject: str, old: str | None, new: str) -> bool:
    """Whether the schema-5 reseal maps the hash an older event sealed to the record's hash now."""
    for (payload,) in tuples(AuditEvent.select(AuditEvent.payload).where(AuditEvent.kind == RESEALED)):
        entry = (json.loads(payload).get("records") or {}).get(subject)
        if entry and entry.get("verified") is not False and entry.get("old") == old and entry.get("new") == new:
            return True
    return False
