"""Files stored in the database by their SHA-256, once."""

from __future__ import annotations

import hashlib

from .clock import now
from .models import Blob


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def put_blob(data: bytes, media_type: str) -> Blob:
    """Store ``data`` (if not stored yet) and return its row. Call inside a write transaction,
    so the file lands together with the record that points at it, or not at all."""
    digest = sha256_hex(data)
    if not Blob.select().where(Blob.sha256 == digest).exists():  # stored once (an erased file stays erased)
        Blob.insert(
            sha256=digest, size=len(data), media_type=media_type, data=data, created_at=now()
        ).on_conflict_ignore().execute()
    return Blob(sha256=digest, size=len(data), media_type=media_type)


def blob_bytes(sha256: str) -> bytes:
    """The stored bytes of the file with this SHA-256."""
    data = Blob.select(Blob.data).where(Blob.sha256 == sha256).scalar()
    if data is None:
        raise KeyError(sha256)
    return bytes(data)
