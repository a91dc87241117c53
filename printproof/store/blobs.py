"""Files stored in the database by their SHA-256, once."""

from __future__ import annotations

import hashlib

from ..domain.errors import UserError
from ..domain.i18n import t
from .clock import now
from .models import Blob, BlobErasure


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def put_blob(data: bytes, media_type: str, digest: str = "") -> Blob:
    """Store ``data`` (if not stored yet) and return its row. Call inside a write transaction,
    so the file lands together with the record that points at it, or not at all. ``digest``: its SHA-256 when the
    caller has it already (a large file hashed before the transaction), else it is computed here."""
    digest = digest or sha256_hex(data)
    if not Blob.select().where(Blob.sha256 == digest).exists():  # stored once
        Blob.insert(
            sha256=digest, size=len(data), media_type=media_type, data=data, created_at=now()
        ).on_conflict_ignore().execute()
    elif was_erased(digest):  # an erased file's bytes never come back: a record would point at nothing
        raise UserError(
            t(
                "This very file was erased from the shop's store with an earlier order, and erased files are never "
                "stored again; save or export it anew (a new copy) and add that."
            )
        )
    return Blob(sha256=digest, size=len(data), media_type=media_type)


def was_erased(sha256: str) -> bool:
    """Whether the file with this SHA-256 was erased (its bytes are gone for good)."""
    return BlobErasure.select().where(BlobErasure.sha256 == sha256).exists()


def blob_bytes(sha256: str) -> bytes:
    """The stored bytes of the file with this SHA-256."""
    data = Blob.select(Blob.data).where(Blob.sha256 == sha256).scalar()
    if data is None:
        raise KeyError(sha256)
    return bytes(data)
