"""Each staff member's key: what signs the power events recorded in their name (``store/power.py``).

The private half of an Ed25519 key is kept in the staff row, wrapped (AES-GCM) by a key derived from the PIN's
secret — the scrypt output the store does not keep (``pins.py``) — so the store alone cannot open it: forging a
signed power event takes the person's PIN, or an owner's recovery code, which wraps an owner's key a second time.
Guessing a PIN offline costs what guessing it from its hash costs (``PIN_COST``), no less.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from ...store.power import Signer, public_hex

FORM = "aesgcm1"
_PIN_PURPOSE = b"printproof staff key from the pin\n"
_RECOVERY_PURPOSE = b"printproof staff key from the recovery code\n"

__all__ = ["Signer", "new_key", "normalized_code", "open_key", "public_hex", "wrap_for_pin", "wrap_for_recovery"]


def new_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def _seal(key: Ed25519PrivateKey, wrapping: bytes, salt: bytes) -> str:
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(wrapping).encrypt(nonce, raw, public_hex(key).encode())
    return f"{FORM}${salt.hex()}${nonce.hex()}${sealed.hex()}"


def _open(wrapped: str, wrapping_for: bytes, public: str) -> Ed25519PrivateKey | None:
    try:
        form, salt, nonce, sealed = wrapped.split("$")
        if form != FORM:
            return None
        wrapping = _derive(wrapping_for, bytes.fromhex(salt))
        raw = AESGCM(wrapping).decrypt(bytes.fromhex(nonce), bytes.fromhex(sealed), public.encode())
        key = Ed25519PrivateKey.from_private_bytes(raw)
    except (ValueError, InvalidTag):
        return None
    return key if public_hex(key) == public else None


def _derive(secret: bytes, salt: bytes) -> bytes:
    return hmac.new(secret, salt, hashlib.sha256).digest()


def wrapped_well(wrapped: str, public: str) -> bool:
    """Whether ``wrapped`` has the form of a key this module wraps (nothing to check where no key is)."""
    if not public:
        return not wrapped
    try:
        form, salt, nonce, sealed = wrapped.split("$")
        return (
            form == FORM
            and len(bytes.fromhex(salt)) == 16
            and len(bytes.fromhex(nonce)) == 12
            and (len(bytes.fromhex(sealed)) == 48)
        )
    except ValueError:
        return False


def wrap_for_pin(key: Ed25519PrivateKey, pin_secret: bytes) -> str:
    """``key`` wrapped by the PIN's secret (``pins.hash_pin_secret``)."""
    salt = secrets.token_bytes(16)
    return _seal(key, _derive(_PIN_PURPOSE + pin_secret, salt), salt)


def normalized_code(code: str) -> str:
    """A recovery code as typed, in the form it is hashed: letters upper case, O I L read as 0 1 1, no dashes."""
    text = "".join(ch for ch in (code or "").upper() if ch.isalnum())
    return text.translate(str.maketrans("OIL", "011"))


def _recovery_secret(code: str) -> bytes:
    return _RECOVERY_PURPOSE + normalized_code(code).encode()  # 100 bits of chance: no slow hash needed


def wrap_for_recovery(key: Ed25519PrivateKey, code: str) -> str:
    """``key`` wrapped by an owner's recovery code."""
    salt = secrets.token_bytes(16)
    return _seal(key, _derive(_recovery_secret(code), salt), salt)


def open_key(staff_id: int, public: str, *, wrapped: str, pin_secret: bytes = b"", code: str = "") -> Signer | None:
    """The person's signer, opened by the PIN's secret or the recovery code; None if that does not open it."""
    if not public or not wrapped:
        return None
    secret = _PIN_PURPOSE + pin_secret if pin_secret else _recovery_secret(code) if code else b""
    if not secret:
        return None
    key = _open(wrapped, secret, public)
    return Signer(staff_id, key) if key is not None else None
