"""Staff and sign-in: PINs hashed slowly with a salt, lock-out after wrong guesses."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from ..domain.enums import Role
from ..domain.errors import NotAllowed, NotFound, UserError
from ..domain.i18n import t
from ..domain.text import clean_line
from ..store.db import write
from ..store.migrations import now
from ..store.models import Staff
from . import audit
from .context import Actor, require

_N, _R, _P = 2**14, 8, 1
FREE_TRIES = 5


def hash_pin(pin: str) -> str:
    """A salted scrypt hash of ``pin``, as one string that names its parameters."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def _pin_matches(pin: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        actual = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual.hex(), digest)


def check_pin_format(pin: str) -> str:
    """Refuse PINs a shop should not use: fewer than 4 digits, or anything but digits."""
    pin = (pin or "").strip()
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise UserError(t("A PIN is 4 to 12 digits."))
    return pin


def new_staff(name: str, role: Role, pin: str) -> Staff:
    """Create a staff member (inside the caller's write transaction)."""
    name = clean_line(name, "name", required=True, max_len=100)
    if Staff.select().where(Staff.name == name).exists():
        raise UserError(t("There is already a staff member called “{name}”.", name=name))
    return Staff.create(name=name, role=Role(role), pin_hash=hash_pin(check_pin_format(pin)), created_at=now())


def add_staff(actor: Actor, name: str, role: Role, pin: str) -> Staff:
    """The owner adds a staff member."""
    require(actor, Role.OWNER, action="add staff")
    with write():
        staff = new_staff(name, role, pin)
        audit.append(actor, "staff.added", subject=f"staff:{staff.id}", payload={"name": name, "role": role})
    return staff


def list_staff() -> list[Staff]:
    return list(Staff.select().where(Staff.active == True).order_by(Staff.name))  # noqa: E712


def sign_in(name: str, pin: str) -> Actor:
    """Check ``name`` and ``pin``; after five wrong PINs the person is locked for a growing delay."""
    staff = Staff.get_or_none((Staff.name == (name or "").strip()) & (Staff.active == True))  # noqa: E712
    if staff is None:
        raise NotFound(t("There is no staff member called “{name}”.", name=name))
    moment = now()
    if staff.locked_until and staff.locked_until > moment:
        seconds = int((staff.locked_until - moment).total_seconds()) + 1
        raise NotAllowed(
            t(
                "{name} is locked after too many wrong PINs; try again in {seconds} s "
                "or ask the owner to reset the PIN.",
                name=staff.name,
                seconds=seconds,
            )
        )
    if not _pin_matches(pin or "", staff.pin_hash):
        with write():
            failed = Staff.get_by_id(staff.id).failed_pins + 1
            locked = None
            if failed >= FREE_TRIES:
                locked = moment + timedelta(seconds=30 * 2 ** min(failed - FREE_TRIES, 10))
            Staff.update(failed_pins=failed, locked_until=locked).where(Staff.id == staff.id).execute()
            audit.append(None, "staff.wrong_pin", subject=f"staff:{staff.id}", payload={"failed": failed})
        raise NotAllowed(t("Wrong PIN."))
    if staff.failed_pins:
        with write():
            Staff.update(failed_pins=0, locked_until=None).where(Staff.id == staff.id).execute()
    return Actor(staff.id, staff.name, Role(staff.role))


def reset_pin(actor: Actor, name: str, pin: str) -> None:
    """The owner sets a new PIN for someone and lifts a lock-out."""
    require(actor, Role.OWNER, action="reset a PIN")
    with write():
        staff = Staff.get_or_none(Staff.name == name)
        if staff is None:
            raise NotFound(t("There is no staff member called “{name}”.", name=name))
        Staff.update(pin_hash=hash_pin(check_pin_format(pin)), failed_pins=0, locked_until=None).where(
            Staff.id == staff.id
        ).execute()
        audit.append(actor, "staff.pin_reset", subject=f"staff:{staff.id}", payload={"name": name})
