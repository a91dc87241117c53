"""Staff and sign-in that holds.

- PINs: counter staff and designers use 4–12 digits; owners — who restore, void approvals and decide
  complaints — at least 6 digits; anyone may use a passphrase of 12 or more characters instead.
- PINs are hashed with scrypt at a cost that makes guessing every 6-digit PIN offline take days
  (:data:`PIN_COST`; the figure is measured by ``bench/bench_pin.py`` and stated in the README).
- Wrong PINs are counted per staff member and workstation. The attempt is counted, and the lock-out
  decided, in one write *before* the PIN is checked, so parallel guesses count one by one. Lock-outs
  grow from 30 seconds and stop at 5 minutes. An owner's recovery code (made at setup, made anew by the
  owner) lifts a lock-out, and can set a new PIN.
- Every staff change is sealed in the audit chain (``staff.sealed``: who made whom what, when), signed by an
  owner's key (``store/power.py``; a re-hash of one's own PIN by one's own). Sign-in takes the role from the
  chain's accepted events, not from the staff table, and refuses a PIN or key swapped outside PrintProof.
- Sign-in opens the person's key with their PIN (``staff_keys.py``); the signed-in Actor carries it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import peewee as pw

from ...domain.enums import Role
from ...domain.errors import NotAllowed, NotFound, UserError
from ...domain.i18n import t
from ...domain.typed_text import clean_line
from ...store.chain import append_event, fingerprint, sealed_staff, staff_state
from ...store.db import write
from ...store.migrations import now
from ...store.models import SignInGuard, Staff, db
from ...store.power import CONFIRMED, ledger, same_except_own
from ..core.context import Actor, power_signer, require, workstation_name
from ..core.sealing import seal_staff
from ..core.staff_keys import Signer, new_key, normalized_code, open_key, wrap_for_pin, wrap_for_recovery
from .pins import check_pin, hash_pin_secret, pin_secret, weaker_than_now

FREE_TRIES = 5
FIRST_LOCK = timedelta(seconds=30)
MAX_LOCK = timedelta(minutes=5)
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32: no I, L, O, U to misread


@dataclass(frozen=True)
class StaffView:
    """A staff member as screens show them (plain data, no database row)."""

    name: str
    role: Role
    active: bool
    locked_until: datetime | None  # UTC: the latest lock-out still running on any workstation
    failed_tries: int  # wrong PINs since the last sign-in, on all workstations
    has_recovery_code: bool


@dataclass(frozen=True)
class SetUp:
    """The result of first-run setup: the owner, signed in, and the owner's recovery code (shown once)."""

    actor: Actor
    recovery_code: str


def _lock_staff_row(staff_id: int) -> None:
    """Serialise writers of one staff member (SQLite's BEGIN IMMEDIATE already does)."""
    if isinstance(db.obj, pw.PostgresqlDatabase):
        db.execute_sql('SELECT id FROM "staff" WHERE id = %s FOR UPDATE', (staff_id,))


def _find(name: str) -> Staff:
    staff = Staff.get_or_none(Staff.name == (name or "").strip())
    if staff is None:
        raise NotFound(t("There is no staff member called “{name}”.", name=(name or "").strip()))
    return staff


def _sealed_role(staff: Staff) -> tuple[Role, bool]:
    state = sealed_staff(staff.id)
    if state is None:
        return Role(staff.role), bool(staff.active)
    return Role(state["role"]), bool(state["active"])


def new_staff(name: str, role: Role, pin: str, by: Actor) -> Staff:
    """Create a staff member and seal them in the audit chain, signed by the owner ``by`` (inside the caller's
    write transaction)."""
    return _create_staff(name, role, pin, by)[0]


def first_owner(name: str, pin: str) -> Actor:
    """The shop's first owner, at setup: sealed with their own new key (no one is in the chain yet)."""
    staff, signer = _create_staff(name, Role.OWNER, pin, None)
    return Actor(staff.id, staff.name, Role.OWNER, signer=signer)


def _create_staff(name: str, role: Role, pin: str, by: Actor | None) -> tuple[Staff, Signer]:
    name = clean_line(name, "name", required=True, max_len=100)
    pin, pin_class = check_pin(pin, role)
    signer = power_signer(by) if by is not None else None
    if Staff.select().where(Staff.name == name).exists():
        raise UserError(t("There is already a staff member called “{name}”.", name=name))
    pin_hash, secret = hash_pin_secret(pin)
    key = new_key()
    staff = Staff.create(
        name=name,
        role=Role(role),
        pin_hash=pin_hash,
        pin_class=pin_class,
        created_at=now(),
        key_public=Signer(0, key).public,
        key_wrapped=wrap_for_pin(key, secret),
    )
    own = Signer(staff.id, key)
    seal_staff(
        staff, "added", by.staff_id if by else staff.id, by.workstation if by else workstation_name(), signer or own
    )
    return staff, own


def add_staff(actor: Actor, name: str, role: Role, pin: str) -> StaffView:
    """The owner adds a staff member."""
    require(actor, Role.OWNER, action="add staff", pin_itself=True)
    with write():
        staff = new_staff(name, role, pin, by=actor)
    return _view(staff, {})


def list_staff(include_inactive: bool = False) -> list[StaffView]:
    """Staff as the chain sealed them (role, active), with their wrong PINs and lock-outs on all workstations."""
    moment = now()
    guards: dict[int, list[SignInGuard]] = {}
    for guard in SignInGuard.select():
        guards.setdefault(guard.staff_id, []).append(guard)
    views = []
    for staff in Staff.select().order_by(Staff.name):
        view = _view(staff, guards, moment)
        if view.active or include_inactive:
            views.append(view)
    return views


def _view(staff: Staff, guards: dict[int, list[SignInGuard]], moment: datetime | None = None) -> StaffView:
    role, active = _sealed_role(staff)
    mine = guards.get(staff.id, [])
    locks = [g.locked_until for g in mine if g.locked_until and g.locked_until > (moment or now())]
    return StaffView(
        staff.name, role, active, max(locks) if locks else None, sum(g.failed for g in mine), bool(staff.recovery_hash)
    )


# Wrong PINs are counted per person, on every workstation together: a name a process can choose (the host name)
# must not buy more guesses, and a lock holds wherever the person signs in. The audit event of each wrong PIN
# notes the workstation it came from.
EVERY_WORKSTATION = "*"


def _locked_message(staff: Staff, role: Role, seconds: int) -> str:
    if role == Role.OWNER:
        return t(
            "{name} is locked after too many wrong PINs; try again in {seconds} s, "
            "or lift the lock with the owner's recovery code.",
            name=staff.name,
            seconds=seconds,
        )
    return t(
        "{name} is locked after too many wrong PINs; try again in {seconds} s, or ask the owner to reset the PIN.",
        name=staff.name,
        seconds=seconds,
    )


def _lock_for(failed: int) -> timedelta | None:
    if failed < FREE_TRIES:
        return None
    factor: int = 2 ** min(failed - FREE_TRIES, 20)  # int ** int is typed loosely (a negative power is a float)
    return min(FIRST_LOCK * factor, MAX_LOCK)


def _count_attempt(staff: Staff, role: Role) -> int:
    """Count this attempt of the person and decide the lock-out in one write, before the PIN is checked."""
    workstation = EVERY_WORKSTATION
    with write():
        _lock_staff_row(staff.id)
        moment = now()
        guard = SignInGuard.get_or_none((SignInGuard.staff == staff.id) & (SignInGuard.workstation == workstation))
        if guard is not None and guard.locked_until and guard.locked_until > moment:
            seconds = int((guard.locked_until - moment).total_seconds()) + 1
            raise NotAllowed(_locked_message(staff, role, seconds))
        failed = (guard.failed if guard else 0) + 1
        lock = _lock_for(failed)
        locked_until = moment + lock if lock else None
        if guard is None:
            SignInGuard.create(staff=staff.id, workstation=workstation, failed=failed, locked_until=locked_until)
        else:
            SignInGuard.update(failed=failed, locked_until=locked_until).where(
                (SignInGuard.staff == staff.id) & (SignInGuard.workstation == workstation)
            ).execute()
    return failed


def sign_in(name: str, pin: str, workstation: str | None = None) -> Actor:
    """Check ``name`` and ``pin`` at ``workstation`` (this computer by default) and return the signed-in Actor,
    holding the person's key (opened by the PIN).

    Slow on purpose (see :data:`PIN_COST`): screens call it off the GUI thread.
    """
    return sign_in_with_secret(name, pin, workstation)[0]


def sign_in_with_secret(name: str, pin: str, workstation: str | None = None) -> tuple[Actor, bytes]:
    """:func:`sign_in`, and the PIN's secret that opens the person's key as it is stored now (for a session:
    ``services/admin/sessions.py``)."""
    workstation = (workstation or workstation_name())[:100]
    staff = _find(name)
    role = _sealed_state(staff)
    failed = _count_attempt(staff, role)
    secret = pin_secret(pin or "", staff.pin_hash)
    if secret is None:
        _wrong_pin(staff, role, workstation, failed)
    tries = 3
    while True:
        try:
            signer, secret = _signed_in(staff, pin, secret or b"", workstation)
            break
        except _ChangedMeanwhile:  # another workstation brought the same PIN's hash up to date: once more with it
            staff = Staff.get_by_id(staff.id)
            secret = pin_secret(pin or "", staff.pin_hash)
            tries -= 1
            if secret is None or not tries:
                raise NotAllowed(
                    t("The PIN of {name} was changed just now; please sign in again.", name=staff.name)
                ) from None
    return _welcome(staff, role, workstation, signer), secret


def sealed_at(staff_id: int) -> int:
    """The audit event that last sealed this person's record (their role, PIN, key, active or not)."""
    return ledger().sealed_at.get(staff_id, 0)


def resume_sign_in(staff_id: int, secret: bytes, workstation: str, key_public: str, sealed: int) -> Actor:
    """Sign in again with the PIN's secret a session kept, without the PIN's cost: the same checks of the sealed
    record as :func:`sign_in`; the record must not have been sealed again since event ``sealed`` (a new PIN, key,
    role, or the person made inactive, even if made active again, ends the session), and the key must still be
    ``key_public`` and open with ``secret``. The actor is marked as signed in by a session (what ``require`` refuses
    with ``pin_itself``)."""
    staff = Staff.get_or_none(Staff.id == staff_id)
    if staff is None:
        raise NotAllowed(t("The session has ended: its person is no longer in this store. Please sign in again."))
    role = _sealed_state(staff)
    signer = None
    if staff.key_public == key_public and sealed_at(staff.id) == sealed:
        signer = open_key(staff.id, staff.key_public, wrapped=staff.key_wrapped, pin_secret=secret)
    if signer is None:
        raise NotAllowed(
            t(
                "The session of {name} has ended: their record (PIN, key, role) changed since. Please sign in again.",
                name=staff.name,
            )
        )
    return _welcome(staff, role, workstation, signer, by_session=True)


def _sealed_state(staff: Staff) -> Role:
    """The person's role, once their row is as the audit chain sealed it and they are active."""
    state = sealed_staff(staff.id)
    if state is None:
        raise NotAllowed(
            t("{name} is not in the audit chain: the staff record was added outside PrintProof.", name=staff.name)
        )
    if state["pin"] != fingerprint(staff.pin_hash):
        raise NotAllowed(
            t(
                "The PIN of {name} was changed outside PrintProof; the owner sets a new one "
                "(an owner uses the recovery code).",
                name=staff.name,
            )
        )
    if state.get("key", "") != staff.key_public:
        raise NotAllowed(_key_changed(staff.name))
    if not state["active"]:
        raise NotAllowed(t("{name} is no longer active; the owner can make them active again.", name=staff.name))
    return Role(state["role"])


def _welcome(staff: Staff, role: Role, workstation: str, signer: Signer | None, by_session: bool = False) -> Actor:
    """The signed-in person, and what every sign-in does (an owner's restores are confirmed with the PIN only)."""
    actor = Actor(staff.id, staff.name, role, workstation, signer=signer, by_session=by_session)
    from ..core import credentials
    from ..evidence import witness

    witness.note_head()  # a tail cut from the chain later (a power event with it) is named by the owner's verify
    credentials.move_out()  # passwords an older PrintProof kept in the store
    if role == Role.OWNER:
        if signer is not None and not by_session:
            _confirm_restores(signer, workstation)
        from ..evidence.signing import owners_sign_in

        owners_sign_in(actor)  # this workstation's signing key, sealed by the owner where it has none yet
    return actor


def _confirm_restores(signer: Signer, workstation: str) -> None:
    """An owner's sign-in confirms the restores made by someone the restored shop did not know
    (``store/power.py``): the owner of the shop whose history it is now vouches for it with their PIN. Only
    restores this workstation made (its witness file says so): a restore event appended to the store past
    PrintProof is never confirmed by anyone's sign-in."""
    power = ledger()
    if not power.pending_restores or not power.is_active_owner(signer.staff_id, signer.public):
        return
    from ..evidence.witness import restores_made_here

    made_here = restores_made_here()
    with write():
        pending = [seq for seq in ledger().pending_restores if seq in made_here]
        if pending:
            append_event(signer.staff_id, workstation, CONFIRMED, payload={"restores": pending}, signer=signer)


def _wrong_pin(staff: Staff, role: Role, workstation: str, failed: int) -> None:
    lock = _lock_for(failed)
    with write():
        append_event(
            None,
            workstation,
            "staff.wrong_pin",
            subject=f"staff:{staff.id}",
            payload={"failed": failed, "locked_seconds": int(lock.total_seconds()) if lock else 0},
        )
    left = FREE_TRIES - failed
    if lock is not None:
        raise NotAllowed(t("Wrong PIN.") + " " + _locked_message(staff, role, int(lock.total_seconds())))
    seconds = int(FIRST_LOCK.total_seconds())
    if left == 1:
        raise NotAllowed(t("Wrong PIN; 1 try left before a {seconds}-second lock.", seconds=seconds))
    raise NotAllowed(t("Wrong PIN; {left} tries left before a {seconds}-second lock.", left=left, seconds=seconds))


def _signed_in(staff: Staff, pin: str, secret: bytes, workstation: str) -> tuple[Signer | None, bytes]:
    """Forget the person's wrong tries and open their key; the signer and the PIN's secret that opens the key as
    stored now. An old hash is brought up to today's cost while the PIN is at hand, and a person from before
    schema 13 receives their key."""
    pin_class = check_pin(pin, Role.COUNTER)[1] if _looks_valid(pin) else "short"
    signer = open_key(staff.id, staff.key_public, wrapped=staff.key_wrapped, pin_secret=secret)
    if staff.key_public and signer is None:
        with write():  # the PIN was right: no wrong try counts
            SignInGuard.delete().where(SignInGuard.staff == staff.id).execute()  # type: ignore[misc,unused-ignore]  # one build of types-peewee misreads the composite key
        raise NotAllowed(_key_changed(staff.name))
    renew = signer is None or weaker_than_now(staff.pin_hash)
    rehash = hash_pin_secret(pin) if renew else None
    with write():
        _lock_staff_row(staff.id)
        SignInGuard.delete().where(SignInGuard.staff == staff.id).execute()  # type: ignore[misc,unused-ignore]  # one build of types-peewee misreads the composite key
        current = Staff.get_by_id(staff.id)
        if current.pin_hash != staff.pin_hash or current.key_public != staff.key_public:
            raise _ChangedMeanwhile()
        if not same_except_own(sealed_staff(staff.id), staff_state(current)):
            return signer, secret  # the row was changed outside PrintProof (verify names it): nothing is sealed
        if rehash is None:
            if current.pin_class != pin_class:
                Staff.update(pin_class=pin_class).where(Staff.id == staff.id).execute()
            return signer, secret  # renew is False only with an opened key
        same = signer is not None
        key = signer.key if signer is not None else new_key()
        fresh = Signer(staff.id, key)
        Staff.update(
            pin_hash=rehash[0],
            pin_class=pin_class,
            key_public=fresh.public,
            key_wrapped=wrap_for_pin(key, rehash[1]),
            key_recovery=current.key_recovery if same else "",
        ).where(Staff.id == staff.id).execute()
        change = "rehash" if same else "key"
        seal_staff(Staff.get_by_id(staff.id), change, staff.id, workstation, signer or fresh)
    return fresh, rehash[1]


class _ChangedMeanwhile(Exception):
    """The person's PIN hash or key changed between reading the row and writing it."""


def _key_changed(name: str) -> str:
    return t(
        "The key of {name} does not open with this PIN: it was changed outside PrintProof. The owner sets {name} "
        "a new PIN (an owner uses the recovery code).",
        name=name,
    )


def _looks_valid(pin: str) -> bool:
    try:
        check_pin(pin, Role.COUNTER)
    except UserError:
        return False
    return True


def _active_owners(excluding: int | None = None) -> int:
    count = 0
    for staff in Staff.select():
        role, active = _sealed_role(staff)
        if staff.id != excluding and role == Role.OWNER and active:
            count += 1
    return count


SECRETS = ("pin", "recovery", "key", "rkey")


def _as_sealed(staff_id: int, sets: tuple[str, ...] = ()) -> None:
    """Before a staff change is sealed (inside its write): the row's name, role and active flag put back as the
    chain's accepted events left them, so a value put into the row past PrintProof is never sealed as genuine;
    refused where a secret in the row (PIN, recovery code, key) differs and the change does not set it anew."""
    row = Staff.get_by_id(staff_id)
    sealed = sealed_staff(staff_id)
    current = staff_state(row)
    if sealed is None or any(sealed.get(f, "") != current.get(f, "") for f in SECRETS if f not in sets):
        raise NotAllowed(
            t(
                "The staff record of {name} was changed outside PrintProof (the owner's verify names it); nothing "
                "was changed.",
                name=row.name,
            )
        )
    Staff.update(name=sealed["name"], role=sealed["role"], active=bool(sealed["active"])).where(
        Staff.id == staff_id
    ).execute()


def set_role(actor: Actor, name: str, role: Role) -> StaffView:
    """The owner gives a staff member another role. The last active owner stays an owner."""
    actor = require(actor, Role.OWNER, action="change staff", pin_itself=True)
    role = Role(role)
    with write():
        staff = _find(name)
        _lock_staff_row(staff.id)
        current, active = _sealed_role(staff)
        if current == role:
            raise UserError(t("{name} already has this role.", name=staff.name))
        if current == Role.OWNER and active and _active_owners(excluding=staff.id) == 0:
            raise UserError(t("{name} is the only owner; make someone else an owner first.", name=staff.name))
        if role == Role.OWNER and staff.pin_class not in ("pin", "passphrase"):
            raise UserError(
                t(
                    "{name}'s PIN is too short for an owner; set a PIN of at least 6 digits or a passphrase first.",
                    name=staff.name,
                )
            )
        signer = power_signer(actor)
        _as_sealed(staff.id)
        Staff.update(role=role).where(Staff.id == staff.id).execute()
        seal_staff(Staff.get_by_id(staff.id), "role", actor.staff_id, actor.workstation, signer, previous=current)
    return _view(Staff.get_by_id(staff.id), {})


def set_active(actor: Actor, name: str, active: bool) -> StaffView:
    """The owner deactivates a staff member (who can no longer sign in) or makes them active again.

    Records stay: a deactivated person's approvals and hand-overs keep their name. The last active owner
    cannot be deactivated.
    """
    actor = require(actor, Role.OWNER, action="change staff", pin_itself=True)
    with write():
        staff = _find(name)
        _lock_staff_row(staff.id)
        role, current = _sealed_role(staff)
        if current == bool(active):
            raise UserError(
                t("{name} is already active.", name=staff.name)
                if active
                else t("{name} is already inactive.", name=staff.name)
            )
        if not active and role == Role.OWNER and _active_owners(excluding=staff.id) == 0:
            raise UserError(t("{name} is the only owner; make someone else an owner first.", name=staff.name))
        signer = power_signer(actor)
        _as_sealed(staff.id)
        Staff.update(active=bool(active)).where(Staff.id == staff.id).execute()
        change = "activated" if active else "deactivated"
        seal_staff(Staff.get_by_id(staff.id), change, actor.staff_id, actor.workstation, signer)
    return _view(Staff.get_by_id(staff.id), {})


def reset_pin(actor: Actor, name: str, pin: str) -> None:
    """The owner sets a new PIN for someone and lifts their lock-out on every workstation."""
    staff = _find(name)
    actor = require(
        actor,
        Role.OWNER,
        action="reset a PIN",
        short_pin_ok=actor is not None and staff.id == actor.staff_id,
        pin_itself=True,
    )
    role, _ = _sealed_role(staff)
    pin, pin_class = check_pin(pin, role)
    signer = power_signer(actor)
    pin_hash, secret = hash_pin_secret(pin)
    with write():
        _lock_staff_row(staff.id)
        _as_sealed(staff.id, sets=("pin", "key", "rkey"))
        _set_pin(staff, pin_hash, pin_class, secret, signer.key if staff.id == actor.staff_id else None)
        SignInGuard.delete().where(SignInGuard.staff == staff.id).execute()  # type: ignore[misc,unused-ignore]  # one build of types-peewee misreads the composite key
        seal_staff(Staff.get_by_id(staff.id), "pin", actor.staff_id, actor.workstation, signer)


def _set_pin(staff: Staff, pin_hash: str, pin_class: str, secret: bytes, key: Any | None) -> None:
    """A new PIN, and the person's key wrapped by it: their own ``key`` where it is at hand (their own PIN, or
    an owner's recovery code), else a new key (the old one opens only with the old PIN). An owner's recovery
    code wraps a new key no longer: the owner makes a new code."""
    same = key is not None and Signer(staff.id, key).public == staff.key_public
    key = key if key is not None else new_key()
    Staff.update(
        pin_hash=pin_hash,
        pin_class=pin_class,
        key_public=Signer(staff.id, key).public,
        key_wrapped=wrap_for_pin(key, secret),
        key_recovery=staff.key_recovery if same else "",
    ).where(Staff.id == staff.id).execute()


# --- the owner's recovery code --------------------------------------------------------------------------------


def _make_code() -> str:
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(20))  # 100 bits
    return "-".join(raw[i : i + 4] for i in range(0, 20, 4))


def _hash_code(code: str) -> str:
    salt = secrets.token_bytes(16)
    return f"sha256${salt.hex()}${hashlib.sha256(salt + normalized_code(code).encode()).hexdigest()}"


def _code_matches(code: str, stored: str) -> bool:
    try:
        _, salt, digest = stored.split("$")
        actual = hashlib.sha256(bytes.fromhex(salt) + normalized_code(code).encode()).hexdigest()
    except ValueError:
        return False
    return hmac.compare_digest(actual, digest)


def give_recovery_code(by: Actor) -> str:
    """Make the owner ``by`` a new recovery code (inside the caller's write), which opens their key too; the old
    one stops working. Shown once."""
    signer = power_signer(by)
    _as_sealed(by.staff_id, sets=("recovery", "rkey"))
    code = _make_code()
    Staff.update(recovery_hash=_hash_code(code), key_recovery=wrap_for_recovery(signer.key, code)).where(
        Staff.id == by.staff_id
    ).execute()
    seal_staff(Staff.get_by_id(by.staff_id), "recovery code", by.staff_id, by.workstation, signer)
    return code


def new_recovery_code(actor: Actor) -> str:
    """The owner makes a new recovery code for themself (to print it again); the previous one stops working."""
    actor = require(actor, Role.OWNER, action="make a recovery code", short_pin_ok=True, pin_itself=True)
    with write():
        _lock_staff_row(actor.staff_id)
        return give_recovery_code(actor)


def unlock_with_recovery_code(name: str, code: str, new_pin: str | None = None) -> None:
    """Lift ``name``'s lock-out on every workstation with an active owner's recovery code; optionally set a new PIN.

    Needs no sign-in: it is the way back in for an owner who is locked out or forgot the PIN. The code opens the
    owner's key, which signs the new PIN. A code that opens no key (made before schema 13, or before another owner
    set its owner a new PIN) lifts lock-outs; it sets a PIN only for its owner, and only while the owner has no
    key yet. An owner signing in with such a code is given a new one (:func:`renew_outdated_recovery_code`).
    """
    staff = _find(name)
    role, _ = _sealed_role(staff)
    pin_class = ""
    pin_hash_secret = None
    if new_pin:
        pin, pin_class = check_pin(new_pin, role)
        pin_hash_secret = hash_pin_secret(pin)
    owner = None
    for candidate in Staff.select().where(Staff.recovery_hash != ""):
        state = sealed_staff(candidate.id)
        if (
            state is not None
            and state["role"] == Role.OWNER
            and state["active"]
            and state["recovery"] == fingerprint(candidate.recovery_hash)
            and _code_matches(code, candidate.recovery_hash)
        ):
            owner = candidate
            break
    workstation = workstation_name()
    if owner is None:
        with write():
            append_event(None, workstation, "staff.recovery_refused", subject=f"staff:{staff.id}")
        raise NotAllowed(t("That recovery code is not valid; check the owner's printed code and type it again."))
    # Opened against the key the chain knows as the owner's (a public key changed in the row does not matter).
    opened = open_key(owner.id, ledger().keys.get(owner.id, ""), wrapped=owner.key_recovery, code=code)
    # A code that opens no key sets a PIN only for an owner who has no key yet (a store from before schema 13,
    # the owner not signed in since): that PIN comes with the owner's first key.
    if pin_hash_secret is not None and opened is None and (owner.id != staff.id or ledger().keys.get(owner.id)):
        raise NotAllowed(
            t(
                "This recovery code no longer sets a PIN: it was made before {owner}'s current key. It still lifts "
                "a lock-out (leave the new PIN empty); another owner sets the PIN, then {owner} makes a new code.",
                owner=owner.name,
            )
        )
    with write():
        _lock_staff_row(staff.id)
        SignInGuard.delete().where(SignInGuard.staff == staff.id).execute()  # type: ignore[misc,unused-ignore]  # one build of types-peewee misreads the composite key
        append_event(owner.id, workstation, "staff.unlocked", subject=f"staff:{staff.id}", payload={"by": "recovery"})
        if pin_hash_secret is None:
            return
        pin_hash, secret = pin_hash_secret
        _as_sealed(staff.id, sets=("pin", "key", "rkey"))
        if owner.id == staff.id:
            key = opened.key if opened is not None else new_key()
            _set_pin(staff, pin_hash, pin_class, secret, key)
            if opened is None:  # the owner's first key: from now on the code opens it
                Staff.update(key_recovery=wrap_for_recovery(key, code)).where(Staff.id == staff.id).execute()
            signer = Signer(staff.id, key)
        else:
            _set_pin(staff, pin_hash, pin_class, secret, None)
            signer = opened  # type: ignore[assignment]  # checked above: a code that opens no key sets no PIN here
        seal_staff(Staff.get_by_id(staff.id), "pin", owner.id, workstation, signer, by="recovery code")


def recovery_code_outdated(actor: Actor) -> bool:
    """Whether ``actor`` is an owner whose recovery code opens no key (made before schema 13, or before another
    owner set them a new PIN): it can lift a lock-out, not set a PIN."""
    if actor.role != Role.OWNER or actor.signer is None:
        return False
    row = Staff.get_or_none(Staff.id == actor.staff_id)
    return row is not None and bool(row.recovery_hash) and not row.key_recovery


def renew_outdated_recovery_code(actor: Actor) -> str | None:
    """A new recovery code for an owner whose code is outdated (:func:`recovery_code_outdated`), to be shown once
    like the first; None when there is nothing to renew."""
    return new_recovery_code(actor) if recovery_code_outdated(actor) else None
