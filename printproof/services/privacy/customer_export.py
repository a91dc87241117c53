"""The customer export (GDPR Art. 15): one ZIP with a readable PDF summary, the data as JSON, and the files.

Layout of the ZIP::

    summary.pdf     what is stored, readable (German or English)
    data.json       the same, machine-readable (format "PrintProof customer export 1")
    files/<sha256>.<ext>   every file still stored: artwork, proofs, signatures, the e-mail or scan, photos

The owner makes it (the data of restricted customers included); the file is private to the user (0600).
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ...domain.enums import Role
from ...domain.errors import UserError
from ...domain.i18n import LANGUAGES, t
from ...store.models import Blob
from ...store.settings import get_setting
from ..core.context import Actor, require
from ..core.files import check_output_path, write_file_atomically
from ..core.retention import clock
from ..core.shop import language
from ..documents.customer_summary import render_summary
from .customer_data import customer_data
from .privacy import customer_ids


@dataclass(frozen=True)
class ExportMade:
    path: Path
    orders: list[str]
    files: int
    size: int

    def to_dict(self) -> dict[str, object]:
        return {"path": str(self.path), "orders": self.orders, "files": self.files, "bytes": self.size}


def export_customer(actor: Actor, customer: str, out: Path | str, lang: str | None = None) -> ExportMade:
    """Write everything stored about ``customer`` (see :func:`privacy.customer_ids`) to the ZIP file ``out``."""
    actor = require(actor, Role.OWNER, action="export a customer's data")
    lang = lang or language()
    if lang not in LANGUAGES:
        raise UserError(t("The language must be de or en."))
    target = check_output_path(out)
    ids = customer_ids(customer)
    return write_export(ids, target, lang)


def write_export(ids: list[int], target: Path, lang: str) -> ExportMade:
    """The ZIP of these customer ids (the owner's check is the caller's)."""
    made_at = clock()
    data = customer_data(ids)
    data["made_at"] = made_at.isoformat(timespec="seconds") + "Z"
    data["shop"] = str(get_setting("shop.name"))
    data["language"] = lang
    buffer = io.BytesIO()
    stored = 0
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("summary.pdf", render_summary(data, data["shop"], lang, made_at))
        for sha, entry in data["files"].items():
            blob = Blob.select(Blob.data).where(Blob.sha256 == sha).scalar()
            content = bytes(blob) if blob is not None else b""
            entry["erased"] = not content
            if content:
                archive.writestr(entry["path"], content)
                stored += 1
        archive.writestr("data.json", json.dumps(data, ensure_ascii=False, indent=2, default=str))
    write_file_atomically(target, buffer.getvalue())
    os.chmod(target, 0o600)  # a person's whole record: for the owner's eyes, not the shop's shared folder
    return ExportMade(target.resolve(), [o["number"] for o in data["orders"]], stored, target.stat().st_size)
