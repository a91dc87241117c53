"""Artwork: the customer's files, checked, measured and stored with their order."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import Cancelled, UserError
from ..domain.i18n import t
from ..domain.preflight import Finding, SideArtwork, check_job
from ..domain.spec import JobSpec
from ..store.blobs import blob_bytes, put_blob
from ..store.db import lock_order, write
from ..store.migrations import now
from ..store.models import Artwork, Order
from ..store.settings import get_setting
from . import audit
from .context import Actor, require
from .imaging import MEDIA_TYPES_BY_KIND, DecodedPage, preview_key, read_pages
from .orders import get_order, spec_of
from .press import press_facts, press_setup
from .shop import language

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


def read_file(path: Path) -> bytes:
    """The bytes of a file the user picked, or a sentence saying why it cannot be read."""
    name = path.name
    try:
        if path.is_dir():
            raise UserError(t("“{name}” is a folder, not a file.", name=name))
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(t("“{path}” does not exist.", path=path)) from exc
    except PermissionError as exc:
        raise UserError(t("“{name}” cannot be read: permission denied.", name=name)) from exc
    except OSError as exc:
        raise UserError(t("“{name}” cannot be read: {p2}.", name=name, p2=exc.strerror or exc)) from exc


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
    order = get_order(number)
    first_side = parse_side(side)
    spec, dpi = spec_of(order), proof_dpi()
    content = data if data is not None else read_file(path)
    kind, pages = read_pages(content, path.name, spec, dpi, press_setup())
    if first_side + len(pages) > 64:
        raise UserError(t("“{name}” would fill sides beyond page 64.", name=path.name))
    sides = [first_side + p.page for p in pages]
    if should_cancel is not None and should_cancel():
        raise Cancelled(t("Cancelled: “{name}” was not added.", name=path.name))
    with write():
        lock_order(order.id)
        original = put_blob(content, MEDIA_TYPES_BY_KIND[kind])
        Artwork.update(current=False).where(
            (Artwork.order == order) & (Artwork.side.in_(sides)) & (Artwork.current == True)  # noqa: E712
        ).execute()
        for page, side_index in zip(pages, sides, strict=True):
            _store_page(actor, order, page, side_index, path.name, kind, original.sha256)
        audit.append(
            actor,
            "artwork.added",
            order=order,
            payload={"file": path.name, "sha256": original.sha256, "sides": sides, "type": kind},
        )
    return ArtworkAdded(order.number, sides, job_findings(order))


def _store_page(
    actor: Actor, order: Order, page: DecodedPage, side: int, filename: str, kind: str, original_sha: str
) -> Artwork:
    preview = put_blob(page.preview, "image/jpeg")
    thumb = put_blob(page.thumbnail, "image/jpeg")
    marked = put_blob(page.marked, "image/jpeg").sha256 if page.marked else None
    return Artwork.create(
        order=order,
        side=side,
        filename=filename[:260],
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
        preview=preview.sha256,
        preview_key=page.preview_key,
        thumbnail=thumb.sha256,
        checks=json.dumps(page.checks, ensure_ascii=False),
        marked=marked,
        current=True,
        created_at=now(),
        created_by=actor.staff_id,
    )


def refresh_previews(order: Order, spec: JobSpec, dpi: int) -> None:
    """Re-render previews made for another size, resolution or press (after the order or a setting changed)."""
    press = press_setup()
    key = preview_key(spec, dpi, press)
    stale = [a for a in current_artwork(order) if a.preview_key != key]
    rendered = []
    for art in stale:
        _, pages = read_pages(blob_bytes(art.original_id), art.filename, spec, dpi, press)
        rendered.append((art, pages[min(art.page, len(pages) - 1)]))
    if not rendered:
        return
    with write():
        for art, page in rendered:
            preview = put_blob(page.preview, "image/jpeg")
            thumb = put_blob(page.thumbnail, "image/jpeg")
            marked = put_blob(page.marked, "image/jpeg").sha256 if page.marked else None
            Artwork.update(
                preview=preview.sha256,
                thumbnail=thumb.sha256,
                preview_key=page.preview_key,
                edges_with_content=",".join(page.edges_with_content),
                checks=json.dumps(page.checks, ensure_ascii=False),
                marked=marked,
            ).where(Artwork.id == art.id).execute()


def check_artwork_editable(order: Order) -> None:
    """Refuse a change of artwork once a version is approved (the approval must be voided first) or while the
    order is in production, handed over or under complaint."""
    from ..domain.enums import OrderStatus

    status = OrderStatus(order.status)
    if status not in (OrderStatus.DRAFT, OrderStatus.PROOFING, OrderStatus.RESOLVED):
        raise UserError(
            t(
                "Order {number} is {status}; its artwork cannot change now.",
                number=order.number,
                status=t(status.value.replace("_", " ")),
            )
        )


def remove_artwork(actor: Actor, number: str, side: str | int) -> int:
    """Take one side's artwork off the order (a wrong file); the file stays in the order's history.

    Returns the side's index. Earlier proofs keep showing what they showed.
    """
    require(actor, action="remove artwork")
    index = parse_side(side)
    order = get_order(number)
    with write():
        lock_order(order.id)
        order = Order.get_by_id(order.id)
        check_artwork_editable(order)
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
            payload={"file": current.filename, "sha256": current.original_id, "sides": [index]},
        )
    return index
