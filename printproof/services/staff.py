"""Staff and sign-in that holds.

- PINs: counter staff and designers use 4–12 digits; owners — who restore, void approvals and decide
  complaints — at least 6 digits; anyone may use a passphrase of 12 or more characters instead.
- PINs are hashed with scrypt at a cost that makes guessing every 6-digit PIN offline take days
  (:data:`PIN_COST`; the figure is measured by ``bench/bench_pin.py`` and stated in the README).
- Wrong PINs are counted per staff member and workstation. The attempt is counted, and the lock-out
  decided, in one write *before* the PIN is checked, so parallel guesses count one by one. Lock-outs
  grow from 30 seconds and stop at 5 minutes. An owner's recovery code (made at setup, made anew by the
  owner) lifts a lock-out, and can set a new PIN.
- Every staff change is sealed in the audit chain (``staff.sealed``: who made whom what, when). Sign-in
  takes the role from the chain, not from the staff table, and refuses a PIN swapped outside PrintProof.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import peewee as pw

from ..domain.enums import Role
from ..domain.errors import NotAllowed, NotFound, UserError
from ..domain.i18n import t
from ..domain.text import clean_line
from ..store.chain import append_event, fingerprint, sealed_staff
from ..store.db import write
from ..store.migrations import now
from ..store.models import SignInGuard, Staff, db
from .context import Actor, require, workstation_name
from .pins import PIN_COST, check_pin, hash_pin, pin_matches, weaker_than_now  # noqa: F401  (PIN_COST: for callers)
from .sealing import seal_staff

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


def new_staff(name: str, role: Role, pin: str, by: Actor | None = None) -> Staff:
    """Create a staff member and seal them in the audit chain (inside the caller's write transaction)."""
    name = clean_line(name, "name", required=True, max_len=100)
    pin, pin_class = check_pin(pin, role)
    if Staff.select().where(Staff.name == name).exists():
        raise UserError(t("There is already a staff member called “{name}”.", name=name))
    staff = Staff.create(name=name, role=Role(role), pin_hash=hash_pin(pin), pin_class=pin_class, created_at=now())
    seal_staff(staff, "added", by.staff_id if by else None, by.workstation if by else workstation_name())
    return staff


def add_staff(actor: Actor, name: str, role: Role, pin: str) -> StaffView:
    """The owner adds a staff member."""
    require(actor, Role.OWNER, action="add staff")
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
    """Check ``name`` and ``pin`` at ``workstation`` (this computer by default) and return the signed-in Actor.

    Slow on purpose (see :data:`PIN_COST`): screens call it off the GUI thread.
    """
    workstation = (workstation or workstation_name())[:100]
    staff = _find(name)
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
    role = Role(state["role"])
    if not state["active"]:
        raise NotAllowed(t("{name} is no longer active; the owner can make them active again.", name=staff.name))
    failed = _count_attempt(staff, role)
    if not pin_matches(pin or "", staff.pin_hash):
        _wrong_pin(staff, role, workstation, failed)
    _signed_in(staff, pin, workstation)
    return Actor(staff.id, staff.name, role, workstation)


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


def _signed_in(staff: Staff, pin: str, workstation: str) -> None:
    """Forget the person's wrong tries; bring an old hash up to today's cost while the PIN is at hand."""
    pin_class = check_pin(pin, Role.COUNTER)[1] if _looks_valid(pin) else "short"
    rehash = hash_pin(pin) if weaker_than_now(staff.pin_hash) else None
    with write():
        _lock_staff_row(staff.id)
        SignInGuard.delete().where(SignInGuard.staff == staff.id).execute()  # type: ignore[misc,unused-ignore]  # one build of types-peewee misreads the composite key
        current = Staff.get_by_id(staff.id)
        if current.pin_hash != staff.pin_hash:  # changed meanwhile: leave it
            return
        if rehash is None and current.pin_class == pin_class:
            return
        Staff.update(pin_hash=rehash or current.pin_hash, pin_class=pin_class).where(Staff.id == staff.id).execute()
        if rehash is not None:
            seal_staff(Staff.get_by_id(staff.id), "rehash", staff.id, workstation)


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


def set_role(actor: Actor, name: str, role: Role) -> StaffView:
    """The owner gives a staff member another role. The last active owner stays an owner."""
    actor = require(actor, Role.OWNER, action="change staff")
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
        Staff.update(role=role).where(Staff.id == staff.id).execute()
        seal_staff(Staff.get_by_id(staff.id), "role", actor.staff_id, actor.workstation, previous=current)
    return _view(Staff.get_by_id(staff.id), {})


def set_active(actor: Actor, name: str, active: bool) -> StaffView:
    """The owner deactivates a staff member (who can no longer sign in) or makes them active again.

    Records stay: a deactivated person's approvals and hand-overs keep their name. The last active owner
    cannot be deactivated.
    """
    actor = require(actor, Role.OWNER, action="change staff")
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
        Staff.update(active=bool(active)).where(Staff.id == staff.id).execute()
        change = "activated" if active else "deactivated"
        seal_staff(Staff.get_by_id(staff.id), change, actor.staff_id, actor.workstation)
    return _view(Staff.get_by_id(staff.id), {})


def reset_pin(actor: Actor, name: str, pin: str) -> None:
    """The owner sets a new PIN for someone and lifts their lock-out on every workstation."""
    staff = _find(name)
    actor = require(
        actor, Role.OWNER, action="reset a PIN", short_pin_ok=actor is not None and staff.id == actor.staff_id
    )
    role, _ = _sealed_role(staff)
    pin, pin_class = check_pin(pin, role)
    pin_hash = hash_pin(pin)
    with write():
        _lock_staff_row(staff.id)
        Staff.update(pin_hash=pin_hash, pin_class=pin_class).where(Staff.id == staff.id).execute()
        SignInGuard.delete().where(SignInGuard.staff == staff.id).execute()  # type: ignore[misc,unused-ignore]  # one build of types-peewee misreads the composite key
        seal_staff(Staff.get_by_id(staff.id), "pin", actor.staff_id, actor.workstation)


# --- the owner's recovery code --------------------------------------------------------------------------------


def _make_code() -> str:
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(20))  # 100 bits
    return "-".join(raw[i : i + 4] for i in range(0, 20, 4))


def _normalized_code(code: str) -> str:
    text = "".join(ch for ch in (code or "").upper() if ch.isalnum())
    return text.translate(str.maketrans("OIL", "011"))


def _hash_code(code: str) -> str:
    salt = secrets.token_bytes(16)
    return f"sha256${salt.hex()}${hashlib.sha256(salt + _normalized_code(code).encode()).hexdigest()}"


def _code_matches(code: str, stored: str) -> bool:
    try:
        _, salt, digest = stored.split("$")
        actual = hashlib.sha256(bytes.fromhex(salt) + _normalized_code(code).encode()).hexdigest()
    except ValueError:
        return False
    return hmac.compare_digest(actual, digest)


def give_recovery_code(staff: Staff, by: Actor | None, workstation: str) -> str:
    """Make an owner's recovery code (inside the caller's write); the old one stops working. Shown once."""
    code = _make_code()
    Staff.update(recovery_hash=_hash_code(code)).where(Staff.id == staff.id).execute()
    seal_staff(Staff.get_by_id(staff.id), "recovery code", by.staff_id if by else staff.id, workstation)
    return code


def new_recovery_code(actor: Actor) -> str:
    """The owner makes a new recovery code for themself (to print it again); the previous one stops working."""
    actor = require(actor, Role.OWNER, action="make a recovery code", short_pin_ok=True)
    with write():
        staff = Staff.get_by_id(actor.staff_id)
        _lock_staff_row(staff.id)
        return give_recovery_code(staff, actor, actor.workstation)


def unlock_with_recovery_code(name: str, code: str, new_pin: str | None = None) -> None:
    """Lift ``name``'s lock-out on every workstation with an active owner's recovery code; optionally set a new PIN.

    Needs no sign-in: it is the way back in for an owner who is locked out or forgot the PIN.
    """
    staff = _find(name)
    role, _ = _sealed_role(staff)
    pin_hash = pin_class = None
    if new_pin:
        pin, pin_class = check_pin(new_pin, role)
        pin_hash = hash_pin(pin)
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
    with write():
        _lock_staff_row(staff.id)
        SignInGuard.delete().where(SignInGuard.staff == staff.id).execute()  # type: ignore[misc,unused-ignore]  # one build of types-peewee misreads the composite key
        append_event(owner.id, workstation, "staff.unlocked", subject=f"staff:{staff.id}", payload={"by": "recovery"})
        if pin_hash is not None:
            Staff.update(pin_hash=pin_hash, pin_class=pin_class).where(Staff.id == staff.id).execute()
            seal_staff(Staff.get_by_id(staff.id), "pin", owner.id, workstation, by="recovery code")
