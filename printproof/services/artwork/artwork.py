"""Artwork: the customer's files, checked, measured and stored with their order."""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ...domain.errors import Cancelled, UserError
from ...domain.i18n import t
from ...domain.preflight import Finding, SideArtwork, check_job
from ...domain.rules import Step
from ...domain.spec import JobSpec
from ...domain.typed_text import clean_filename
from ...store.blobs import blob_bytes, put_blob, sha256_hex, was_erased
from ...store.db import lock_order, write
from ...store.migrations import now
from ...store.models import Artwork, Order
from ...store.settings import get_setting
from ..core import audit
from ..core.context import Actor, require
from ..core.orders import advance, check_step, find_order, spec_of
from ..core.shop import language
from .imaging import (
    MAX_FILE_BYTES,
    MEDIA_TYPES_BY_KIND,
    DecodedPage,
    preview_key,
    read_pages,
    source_of,
    with_source,
)
from .press import press_facts, press_setup

SIDE_NAMES = {"front": 0, "back": 1}


@dataclass(frozen=True)
class ArtworkAdded:
    order: str
    sides: list[int]
    findings: list[Finding]


def parse_side(text: str | int | None) -> int:
    """``front`` → 0, ``back`` → 1, ``"3"`` → 2 (typed pages count from 1); an int is already an index."""
    if text is None or text == "":
        return 0
    if isinstance(text, int):
        value = text + 1
    else:
        key = str(text).strip().lower()
        if key in SIDE_NAMES:
            return SIDE_NAMES[key]
        if not key.isdigit():
            raise UserError(t("The side “{text}” is not understood; use front, back or a page number.", text=text))
        value = int(key)
    if not 1 <= value <= 64:
        raise UserError(t("Page numbers run from 1 to 64."))
    return value - 1


def proof_dpi() -> int:
    return int(get_setting("proof.dpi"))


def read_file(path: Path | str, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a file the user picked, or one sentence saying why it is not read.

    Only a regular file is read, and only once its size is known: a device (a link to ``/dev/zero``), a
    pipe, a folder or a file larger than ``max_bytes`` is refused at once, without reading from it. The
    checks look at the opened file itself, so a file swapped after the check cannot slip through.
    """
    path = Path(path)
    name = clean_filename(path.name)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise UserError(_unreadable(exc, path, name)) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UserError(t("“{name}” is a folder, not a file.", name=name))
        if not stat.S_ISREG(info.st_mode):
            raise UserError(t("“{name}” is not a file but a device, pipe or socket; pick the file itself.", name=name))
        if info.st_size > max_bytes:
            raise UserError(_too_large(name, info.st_size, max_bytes))
        chunks, size = [], 0
        while size <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > max_bytes:  # it grew while we read
            raise UserError(_too_large(name, size, max_bytes))
        return b"".join(chunks)
    except OSError as exc:
        raise UserError(_unreadable(exc, path, name)) from exc
    finally:
        os.close(fd)


def _too_large(name: str, size: int, limit: int) -> str:
    return t(
        "“{name}” is {size} MB; files up to {limit} MB are accepted.",
        name=name,
        size=round(size / 1e6),
        limit=round(limit / 1e6),
    )


def _unreadable(exc: OSError, path: Path, name: str) -> str:
    """What the operating system said, in the user's words (its own English is not passed on)."""
    if exc.errno == errno.ENOENT:
        return t("“{path}” does not exist.", path=path)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return t("“{name}” cannot be read: permission denied.", name=name)
    if exc.errno == errno.EISDIR:
        return t("“{name}” is a folder, not a file.", name=name)
    if exc.errno == errno.ELOOP:
        return t("“{name}” is a link that points to itself; pick the file itself.", name=name)
    if exc.errno == errno.EIO:
        return t("“{name}” cannot be read: the disk reports an error; copy the file to this computer first.", name=name)
    return t("“{name}” cannot be read; copy it to this computer and try again.", name=name)


def current_artwork(order: Order) -> list[Artwork]:
    return list(
        Artwork.select()
        .where((Artwork.order == order) & (Artwork.current == True))  # noqa: E712
        .order_by(Artwork.side)
    )


def side_infos(items: list[Artwork]) -> list[SideArtwork]:
    return [
        SideArtwork(
            a.side,
            a.width_px,
            a.height_px,
            a.mode,
            a.vector,
            tuple(e for e in a.edges_with_content.split(",") if e),
            json.loads(a.checks or "{}"),
        )
        for a in items
    ]


def job_findings(order: Order, lang: str | None = None) -> list[Finding]:
    """Preflight of the order's current artwork against its specification."""
    return check_job(spec_of(order), side_infos(current_artwork(order)), lang or language(), press_facts())


def add_artwork(
    actor: Actor,
    number: str,
    path: Path | str,
    side: str | int | None = None,
    data: bytes | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ArtworkAdded:
    """Import an artwork file for a side (a multi-page file fills the following sides too).

    The file is checked and rendered before anything is written; a refused file
    changes nothing in the store.
    """
    require(actor, action="add artwork")
    path = Path(path)
    filename = clean_filename(path.name, "artwork")
    order = find_order(number, actor)
    check_step(order, Step.ARTWORK)  # frozen once approved: refuse before reading a byte
    first_side = parse_side(side)
    spec, dpi = spec_of(order), proof_dpi()
    content = data if data is not None else read_file(path)
    digest = sha256_hex(content)  # outside the write transaction, which another workstation may wait for
    if was_erased(digest):  # said before the slow work: the file could never be stored
        raise UserError(
            t(
                "“{name}” is the very file that was erased from the shop's store with an earlier order, and erased "
                "files are never stored again; save or export it anew (a new copy) and add that.",
                name=filename,
            )
        )
    kind, pages = read_pages(content, filename, spec, dpi, press_setup())
    if first_side + len(pages) > 64:
        raise UserError(t("“{name}” would fill sides beyond page 64.", name=filename))
    sides = [first_side + p.page for p in pages]
    if should_cancel is not None and should_cancel():
        raise Cancelled(t("Cancelled: “{name}” was not added.", name=filename))
    with write():
        lock_order(order.id)
        advance(actor, order, Step.ARTWORK)
        original = put_blob(content, MEDIA_TYPES_BY_KIND[kind], digest)
        Artwork.update(current=False).where(
            (Artwork.order == order) & (Artwork.side.in_(sides)) & (Artwork.current == True)  # noqa: E712
        ).execute()
        for page, side_index in zip(pages, sides, strict=True):
            _store_page(actor, order, page, side_index, filename, kind, original.sha256)
        audit.append(
            actor,
            "artwork.added",
            order=order,
            payload={"sha256": original.sha256, "sides": sides, "type": kind},  # the file's name is personal
        )
    return ArtworkAdded(order.number, sides, job_findings(order))


def _store_page(
    actor: Actor, order: Order, page: DecodedPage, side: int, filename: str, kind: str, original_sha: str
) -> Artwork:
    preview, thumb, marked = _store_made(order, page, original_sha)
    return Artwork.create(
        order=order,
        side=side,
        filename=filename,
        original=original_sha,
        page=page.page,
        file_type=kind,
        width_px=page.width_px,
        height_px=page.height_px,
        mode=page.mode,
        bits=page.bits,
        icc_profile=page.icc_profile,
        vector=page.vector,
        edges_with_content=",".join(page.edges_with_content),
        preview=preview,
        preview_key=page.preview_key,
        thumbnail=thumb,
        checks=json.dumps(page.checks, ensure_ascii=False),
        marked=marked,
        current=True,
        created_at=now(),
        created_by=actor.staff_id,
    )


def _store_made(order: Order, page: DecodedPage, original_sha: str) -> tuple[str, str, str | None]:
    """Store what a side's page made (preview, thumbnail, hatching), each naming the order and the file it was made
    for; their SHA-256."""
    source = source_of(order.number, original_sha)
    preview = put_blob(with_source(page.preview, source), "image/jpeg").sha256
    thumb = put_blob(with_source(page.thumbnail, source), "image/jpeg").sha256
    marked = put_blob(with_source(page.hatching, source), "image/png").sha256 if page.hatching else None
    return preview, thumb, marked


def refresh_previews(order: Order, spec: JobSpec, dpi: int) -> None:
    """Re-render previews made for another size, resolution or press (after the order or a setting changed).
    A file of many sides is read once."""
    press = press_setup()
    key = preview_key(spec, dpi, press)
    stale = [a for a in current_artwork(order) if a.preview_key != key]
    read: dict[str, list[DecodedPage]] = {}
    rendered = []
    for art in stale:
        if art.original_id not in read:
            read[art.original_id] = read_pages(blob_bytes(art.original_id), art.filename, spec, dpi, press)[1]
        pages = read[art.original_id]
        rendered.append((art, pages[min(art.page, len(pages) - 1)]))
    if not rendered:
        return
    with write():
        for art, page in rendered:
            preview, thumb, marked = _store_made(order, page, art.original_id)
            Artwork.update(
                preview=preview,
                thumbnail=thumb,
                preview_key=page.preview_key,
                edges_with_content=",".join(page.edges_with_content),
                checks=json.dumps(page.checks, ensure_ascii=False),
                marked=marked,
            ).where(Artwork.id == art.id).execute()


def remove_artwork(actor: Actor, number: str, side: str | int) -> int:
    """Take one side's artwork off the order (a wrong file); the file stays in the order's history.

    Returns the side's index. Earlier proofs keep showing what they showed.
    """
    require(actor, action="remove artwork")
    index = parse_side(side)
    order = find_order(number, actor)
    with write():
        lock_order(order.id)
        advance(actor, order, Step.ARTWORK)  # the same rule as adding: frozen once approved
        current = (
            Artwork.select()
            .where((Artwork.order == order) & (Artwork.side == index) & (Artwork.current == True))  # noqa: E712
            .first()
        )
        if current is None:
            raise UserError(t("Order {number} has no artwork on this side.", number=order.number))
        Artwork.update(current=False).where(Artwork.id == current.id).execute()
        audit.append(
            actor,
            "artwork.removed",
            order=order,
            payload={"sha256": current.original_id, "sides": [index]},
        )
    return index
