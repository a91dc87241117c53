"""PINs: what a shop may use, and hashing them at a cost that makes guessing them offline take days.

Counter staff and designers use 4–12 digits; owners (who restore, void approvals and decide complaints)
6–12 digits; anyone may use a passphrase of 12–200 characters. ``bench/bench_pin.py`` measures the cost.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from ...domain.enums import Role
from ...domain.errors import UserError
from ...domain.i18n import t
from ...domain.typed_text import is_control

# scrypt N, r, p: 256 MiB of memory and about 1.5 s of one core per PIN check on the development machine.
PIN_COST = (2**18, 8, 2)
# What test suites inject (hundreds of sign-ins) with use_cost(); a real sign-in re-hashes such a PIN. Nothing in
# the environment weakens the product's hashing.
TEST_COST = (2**10, 8, 1)
MIN_OWNER_DIGITS = 6
MIN_PASSPHRASE = 12


_cost_now = PIN_COST


def _cost() -> tuple[int, int, int]:
    return _cost_now


def use_cost(cost: tuple[int, int, int]) -> None:
    """Hash new PINs at ``cost`` from now on in this process (test suites use TEST_COST)."""
    global _cost_now
    _cost_now = cost


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(secret.encode(), salt=salt, n=n, r=r, p=p, maxmem=2 * 128 * r * n + (64 << 20), dklen=32)


# Since schema 13 the store keeps a digest of the scrypt output, not the output itself: the output is the PIN's
# secret, which opens the person's key (services/core/staff_keys.py) and is never stored. Hashes of the older form
# ("scrypt", the output itself) still sign in and are made anew at that sign-in.
FORM = "scrypt2"
OLD_FORM = "scrypt"


def _verifier(secret: bytes) -> bytes:
    return hashlib.sha256(b"printproof pin verifier\n" + secret).digest()


def hash_pin(pin: str) -> str:
    """A salted scrypt hash of ``pin``, as one string that names its parameters."""
    return hash_pin_secret(pin)[0]


def hash_pin_secret(pin: str) -> tuple[str, bytes]:
    """A salted scrypt hash of ``pin`` and the PIN's secret (what opens the person's key; never stored)."""
    n, r, p = _cost()
    salt = secrets.token_bytes(16)
    secret = _scrypt(pin, salt, n, r, p)
    return f"{FORM}${n}${r}${p}${salt.hex()}${_verifier(secret).hex()}", secret


def _params(stored: str) -> tuple[int, int, int]:
    _, n, r, p, _salt, _digest = stored.split("$")
    return int(n), int(r), int(p)


def pin_secret(pin: str, stored: str) -> bytes | None:
    """The PIN's secret if ``pin`` is the PIN ``stored`` was made from, else None (slow on purpose: one scrypt
    run). A hash of the older form gives ``b""``: the PIN matches, but its secret was stored, so it opens nothing."""
    try:
        form, n_text, r_text, p_text, salt, digest = stored.split("$")
        n, r, p = int(n_text), int(r_text), int(p_text)
        # A hash planted to make every sign-in hang or run out of memory: at most 4 times today's cost.
        if form not in (FORM, OLD_FORM) or n * r > 2**23 or n * r * p > 2**24:
            return None
        actual = _scrypt(pin, bytes.fromhex(salt), n, r, p)
    except (ValueError, TypeError, MemoryError):
        return None
    if form == OLD_FORM:
        return b"" if hmac.compare_digest(actual.hex(), digest) else None
    return actual if hmac.compare_digest(_verifier(actual).hex(), digest) else None


def pin_matches(pin: str, stored: str) -> bool:
    """Whether ``pin`` is the PIN ``stored`` was made from (slow on purpose: one scrypt run)."""
    return pin_secret(pin, stored) is not None


def weaker_than_now(stored: str) -> bool:
    """Whether ``stored`` was hashed at less than today's cost (an older PrintProof, or the test cost) or in the
    older form that keeps no secret."""
    try:
        n, r, p = _params(stored)
    except ValueError:
        return True
    if not stored.startswith(FORM + "$"):
        return True
    cost_n, cost_r, cost_p = _cost()
    return n * r * p < cost_n * cost_r * cost_p


def check_pin(pin: str | None, role: Role) -> tuple[str, str]:
    """The PIN and its class (``short``, ``pin``, ``passphrase``), or a sentence saying what a PIN must be.

    Counter staff and designers: 4–12 digits. Owners: 6–12 digits. Anyone: a passphrase of 12–200 characters.
    """
    value = (pin or "").strip()
    owner = Role(role) == Role.OWNER
    if value and all(ch in "0123456789" for ch in value):
        if not (MIN_OWNER_DIGITS if owner else 4) <= len(value) <= 12:
            if owner:
                raise UserError(t("An owner's PIN has 6 to 12 digits, or is a passphrase of at least 12 characters."))
            raise UserError(t("A PIN has 4 to 12 digits, or is a passphrase of at least 12 characters."))
        return value, "pin" if len(value) >= MIN_OWNER_DIGITS else "short"
    if any(is_control(ch) for ch in value) or not MIN_PASSPHRASE <= len(value) <= 200 or len(set(value)) < 5:
        if owner:
            raise UserError(t("An owner's PIN has 6 to 12 digits, or is a passphrase of at least 12 characters."))
        raise UserError(t("A PIN has 4 to 12 digits, or is a passphrase of at least 12 characters."))
    return value, "passphrase"
