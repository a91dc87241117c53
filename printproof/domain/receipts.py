"""The portal's receipt of a customer's decision made by link: what the customer saw and did, signed by the
portal's own key (Ed25519), checked by the shop's app before the decision is sealed.

The receipt is canonical JSON (sorted keys, no spaces, UTF-8), so its bytes — kept as the approval's evidence —
can be checked again by anyone holding the portal's public key, which the app learned when it was paired.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from .errors import UserError
from .i18n import t

KIND = "printproof-link-receipt/1"
MAX_BYTES = 8_000_000  # more than the portal's largest form (3 MB) can make


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def public_key_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def sign_receipt(key: Ed25519PrivateKey, receipt: dict[str, Any]) -> bytes:
    """The receipt and its signature, as the bytes the app keeps."""
    body = {**receipt, "kind": KIND, "portal_key": public_key_hex(key)}
    signature = key.sign(canonical(body))
    return canonical({"receipt": body, "signature": base64.b64encode(signature).decode()})


def read_receipt(data: bytes, public_key: str) -> dict[str, Any]:
    """The receipt in ``data`` once its signature is the portal's (``public_key``: hex); else one sentence."""
    forged = UserError(
        t("The portal's receipt of this decision is not signed by the paired portal; nothing was recorded.")
    )
    if len(data) > MAX_BYTES:
        raise forged
    try:
        outer = json.loads(data)
        body, signature = outer["receipt"], base64.b64decode(outer["signature"], validate=True)
        if not isinstance(body, dict) or body.get("kind") != KIND or body.get("portal_key") != public_key:
            raise forged
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key)).verify(signature, canonical(body))
    except (ValueError, KeyError, TypeError, InvalidSignature) as exc:
        raise forged from exc
    return body
