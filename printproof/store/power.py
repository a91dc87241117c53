"""Power in the audit chain: who may change staff, roles, PINs and what the evidence depends on (issue 22).

Someone with write access to the store can append an event that PrintProof's own hashing seals — a
``staff.sealed`` that makes a counter PIN an owner, a ``settings.changed`` that trusts their own timestamp
authority. Such events therefore carry a signature that the store alone cannot make:

- every staff member has an Ed25519 key pair; the private half is kept in the staff row wrapped by a key that
  only the person's PIN opens (``services/core/staff_keys.py``), an owner's also by the recovery code; the public
  half is sealed in the person's ``staff.sealed`` state;
- an event of a :data:`POWER_KINDS` kind is signed by the key of the person it is recorded for (its signature in
  the payload's ``signed`` field, over the hash the event would have without it);
- :func:`ledger` replays those events in chain order and keeps only the ones whose signature holds and whose
  signer had the power then: an active owner for anything; anyone for their own new PIN hash or key; a key
  introduced by the person it belongs to only where that person had none (stores from before schema 13, whose
  staff receive their key at their next sign-in; until then an insider can introduce one in their name, see
  docs/evidence.md).

Sign-in and every role check read the staff states of the ledger, so a forged event gives no power; ``verify``
names each refused event. Before the chain's first signed event (stores from before schema 13) nothing can be
checked, and nothing is refused.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import peewee as pw
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ..domain.i18n import N_
from .hashing import event_fields, event_hash
from .models import AuditEvent, db

STAFF_SEALED = "staff.sealed"
RESTORED = "backup.restored"
CONFIRMED = "backup.confirmed"
POWER_KINDS = frozenset(
    {
        STAFF_SEALED,
        "settings.changed",
        "settings.logo",
        "settings.adopted",
        RESTORED,
        CONFIRMED,
        "portal.paired",
        "signing.certificate",
    }
)
"""Events that grant power or decide where the evidence lives and whom it trusts."""
SIGNED = "signed"
_MESSAGE = b"printproof power event\n"
OWN_FIELDS = ("pin", "key", "rkey")
"""What a person may change in their own state: their PIN's hash (a re-hash at sign-in) and their key."""


@dataclass(frozen=True)
class Signer:
    """Who signs a power event: the staff member and their opened private key."""

    staff_id: int
    key: Ed25519PrivateKey = field(repr=False, compare=False)

    @property
    def public(self) -> str:
        return public_hex(self.key)


def public_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def signature(signer: Signer, unsigned_hash: str) -> dict[str, Any]:
    """The ``signed`` field of an event whose hash without it is ``unsigned_hash``."""
    sig = signer.key.sign(_MESSAGE + unsigned_hash.encode())
    return {"by": signer.staff_id, "key": signer.public, "sig": sig.hex()}


def _signature_holds(signed: dict[str, Any], unsigned_hash: str) -> bool:
    try:
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(str(signed["key"])))
        public.verify(bytes.fromhex(str(signed["sig"])), _MESSAGE + unsigned_hash.encode())
    except (KeyError, ValueError, TypeError, InvalidSignature):
        return False
    return True


@dataclass(frozen=True)
class Refused:
    """A power event the ledger does not accept, and why (``reason``: a key of :data:`REASONS`)."""

    seq: int
    kind: str
    subject: str
    reason: str


REASONS = {
    "unsigned": N_(
        "event {seq} ({kind}) is not signed by an owner, though the shop's power events are signed since event "
        "{first} (appended outside PrintProof)"
    ),
    "signature": N_("event {seq} ({kind}) carries a signature that does not hold (altered or forged)"),
    "shape": N_("event {seq} ({kind}) is not what PrintProof writes (altered or planted)"),
    "signer": N_(
        "event {seq} ({kind}) is signed by someone who was not an active owner then (appended outside PrintProof)"
    ),
    "key": N_("event {seq} ({kind}) gives a staff member a key they did not make (appended outside PrintProof)"),
    "unconfirmed": N_("the restore of event {seq} is not confirmed yet: an owner of the restored shop signs in once"),
}
"""What verify says of each refused event (through ``t``, with the event's ``seq`` and ``kind`` and the chain's
first signed event)."""


@dataclass
class Ledger:
    """The staff states and keys as the accepted power events left them, and the events refused."""

    states: dict[int, dict[str, Any]] = field(default_factory=dict)
    keys: dict[int, str] = field(default_factory=dict)
    sealed_at: dict[int, int] = field(default_factory=dict)  # seq of each person's newest accepted staff seal
    first_signed: int | None = None
    refused: list[Refused] = field(default_factory=list)
    accepted: set[int] = field(default_factory=set)  # seq of the power events accepted
    pending_restores: list[int] = field(default_factory=list)  # restores waiting for an owner's confirmation

    def is_active_owner(self, staff_id: int, key: str) -> bool:
        state = self.states.get(staff_id)
        return bool(state and state.get("role") == "owner" and state.get("active") and self.keys.get(staff_id) == key)


def same_except_own(before: dict[str, Any] | None, after: dict[str, Any]) -> bool:
    if before is None:
        return False
    return all(before.get(k) == after.get(k) for k in set(before) | set(after) if k not in OWN_FIELDS)


_STAFF_SUBJECT = re.compile(r"staff:([0-9]{1,18})", re.ASCII)


def staff_of(subject: str) -> int | None:
    """The staff id a ``staff:<id>`` subject names, or None."""
    match = _STAFF_SUBJECT.fullmatch(subject or "")
    return int(match.group(1)) if match else None


def _staff_event_refusal(ledger: Ledger, event: AuditEvent, payload: dict[str, Any], signer: int, key: str) -> str:
    """Why the signed ``staff.sealed`` event may not stand ("" when it may)."""
    staff_id, state = staff_of(event.subject), payload.get("state")
    if staff_id is None or not isinstance(state, dict):
        return "shape"  # not what PrintProof writes
    if ledger.is_active_owner(signer, key):
        return ""
    before = ledger.states.get(staff_id)
    if signer != staff_id:
        return "signer"
    own_key = ledger.keys.get(staff_id)
    if own_key == key and same_except_own(before, state):
        return ""  # a re-hash of one's own PIN, one's own key renewed
    if state.get("key") != key:
        return "key"
    if before is None:
        # The shop's first owner, at setup: no one is in the chain yet.
        return "" if not ledger.states and state.get("role") == "owner" and state.get("active") else "signer"
    if not same_except_own(before, state):
        return "signer"
    if not own_key:
        return ""  # a store from before schema 13: the person's key, made at their first sign-in since
    return "key"


def _readable(event: AuditEvent) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The event's hashed fields and its payload, or None when the payload is not a JSON object."""
    try:
        fields = event_fields(event)
    except (ValueError, TypeError):
        return None
    payload = fields["payload"]
    return (fields, payload) if isinstance(payload, dict) else None


def _signer_of(signed: object) -> tuple[int, str] | None:
    if not isinstance(signed, dict):
        return None
    by, key = signed.get("by"), signed.get("key")
    if type(by) is not int or not isinstance(key, str):
        return None
    return by, key


def replay(events: list[AuditEvent]) -> Ledger:
    """The ledger of ``events`` (power events, in chain order). Never raises on what it reads: an event it cannot
    read is refused with a reason."""
    ledger = Ledger()
    for event in events:
        readable = _readable(event)
        reason, signer, key = "", 0, ""
        payload: dict[str, Any] = {}
        if readable is None:
            reason = "shape"
        else:
            fields, payload = readable
            signed = payload.pop(SIGNED, None)
            who = _signer_of(signed)
            if signed is None:
                reason = "unsigned" if ledger.first_signed is not None else ""
            elif who is None or who[0] != event.staff_id:
                reason = "signature"
            elif not _signature_holds(signed, event_hash(event.prev_hash, fields)):
                reason = "signature"
            else:
                signer, key = who
                if ledger.first_signed is None:
                    ledger.first_signed = event.seq
                if event.kind == STAFF_SEALED:
                    reason = _staff_event_refusal(ledger, event, payload, signer, key)
                elif not ledger.is_active_owner(signer, key):
                    reason = "signer"
        if (
            not reason
            and event.kind == STAFF_SEALED
            and not (staff_of(event.subject) is not None and _state_ok(payload.get("state")))
        ):
            reason = "shape"  # not what PrintProof writes, signed or not
        if reason in ("unsigned", "signer") and event.kind == RESTORED:
            # A restore made by someone the restored shop does not know (a new workstation set up only to
            # restore, another shop's store taken on purpose) stands once an owner of the restored shop confirms it
            # with their PIN: their next sign-in on the workstation that made it does.
            ledger.pending_restores.append(event.seq)
            continue
        if reason:
            ledger.refused.append(Refused(event.seq, event.kind, event.subject, reason))
            continue
        ledger.accepted.add(event.seq)
        _apply(ledger, event, payload)
    ledger.refused.extend(Refused(seq, RESTORED, "", "unconfirmed") for seq in ledger.pending_restores)
    ledger.refused.sort(key=lambda refused: refused.seq)
    return ledger


def _state_ok(state: object) -> bool:
    """Whether a sealed staff state has the shape PrintProof writes (sign-in and role checks read these fields)."""
    return (
        isinstance(state, dict)
        and isinstance(state.get("name"), str)
        and state.get("role") in ("owner", "designer", "counter")
        and isinstance(state.get("active"), bool)
        and isinstance(state.get("pin"), str)
        and isinstance(state.get("recovery", ""), str)
        and isinstance(state.get("key", ""), str)
    )


def _apply(ledger: Ledger, event: AuditEvent, payload: dict[str, Any]) -> None:
    """What an accepted event changes in the ledger."""
    if event.kind == CONFIRMED:
        restores = payload.get("restores")
        for seq in restores if isinstance(restores, list) else []:
            if seq in ledger.pending_restores:
                ledger.pending_restores.remove(seq)
                ledger.accepted.add(seq)
        return
    staff_id, state = staff_of(event.subject), payload.get("state")
    if event.kind != STAFF_SEALED or staff_id is None or not isinstance(state, dict):
        return
    ledger.states[staff_id] = state
    ledger.sealed_at[staff_id] = event.seq
    new_key = state.get("key")
    if isinstance(new_key, str) and new_key:
        ledger.keys[staff_id] = new_key


_cache: dict[tuple[object, ...], Ledger] = {}


def ledger() -> Ledger:
    """The ledger of this store's chain (cached until a power event is appended)."""
    kinds = sorted(POWER_KINDS)
    # One query: how many power events, the newest, and its hash (a store put back with as many is another).
    newest = AuditEvent.select(pw.fn.MAX(AuditEvent.seq)).where(AuditEvent.kind.in_(kinds))
    newest_hash = AuditEvent.select(AuditEvent.hash).where(AuditEvent.seq == newest)
    state = (
        AuditEvent.select(pw.fn.COUNT(AuditEvent.id), pw.fn.MAX(AuditEvent.seq), newest_hash)
        .where(AuditEvent.kind.in_(kinds))
        .tuples()
        .first()
    )
    key = (id(db.obj), str(getattr(db.obj, "database", "")), state)
    cached = _cache.get(key)
    if cached is None:
        events = list(AuditEvent.select().where(AuditEvent.kind.in_(kinds)).order_by(AuditEvent.seq))
        cached = replay(events)
        _cache.clear()
        _cache[key] = cached
    return cached


def payload_of(event: AuditEvent) -> dict[str, Any]:
    """An event's payload without its signature."""
    payload = json.loads(event.payload)
    if isinstance(payload, dict):
        payload.pop(SIGNED, None)
    return payload if isinstance(payload, dict) else {}
