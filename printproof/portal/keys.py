"""The portal's own secrets, in its data folder, readable by its user alone: the Ed25519 key it signs receipts
with (its public half is what the shop's app pins when it pairs) and the secret its forms' CSRF tokens are keyed
with. Made on the first start, kept ever after: a new key would make every receipt not yet pulled unreadable."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def signing_key(folder: Path) -> Ed25519PrivateKey:
    path = folder / "portal-signing-key.pem"
    if not path.exists():
        key = Ed25519PrivateKey.generate()
        _write_private(path, key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    loaded = load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(loaded, Ed25519PrivateKey):
        raise SystemExit(f"{path} is not the portal's Ed25519 key")
    return loaded


def form_secret(folder: Path) -> bytes:
    path = folder / "portal-form-secret"
    if not path.exists():
        _write_private(path, secrets.token_bytes(32))
    return path.read_bytes()
