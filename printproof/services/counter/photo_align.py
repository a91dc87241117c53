"""A complaint photo straightened and laid on the approved proof: a wrong cut, a missing line or a colour
shift is seen at once.

The owner marks the product's four corners in the customer's photo (top left, top right, bottom right,
bottom left as the product reads); a perspective transform maps that quadrilateral onto the approved
side at its finished size (the proof's preview without the bleed). The corners are kept (ordinary data,
the audit chain logs that they were set), so the dossier and the next look show the same alignment.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass

from PIL import Image, ImageOps

from ...domain.enums import Role
from ...domain.errors import NotFound, UserError
from ...domain.i18n import t
from ...store.blobs import blob_bytes
from ...store.db import write
from ...store.migrations import now
from ...store.models import Artwork, DisputePhoto, PhotoCorners
from ..core import audit
from ..core.context import Actor, require
from ..core.orders import refuse_erased, spec_of
from ..core.restriction import check_visible
from ..proofing.compare import _jpeg, _png, boxes_of, changed_mask, overlay
from .disputes import approved_proof_for

Corners = list[tuple[float, float]]


@dataclass(frozen=True)
class Aligned:
    """The approved side and the straightened photo at the same size, their overlay and where they differ."""

    photo_id: int
    side: int
    corners: Corners
    proof_jpeg: bytes
    photo_jpeg: bytes
    overlay_png: bytes
    changed_share: float


def _solve(matrix: list[list[float]], values: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (8 × 8: no library needed)."""
    n = len(values)
    rows = [row[:] + [v] for row, v in zip(matrix, values, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        if abs(rows[pivot][col]) < 1e-12:
            raise UserError(t("The four corners do not enclose an area; mark the product's corners in order."))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(n):
            if r != col:
                factor = rows[r][col] / rows[col][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    return [rows[i][n] / rows[i][i] for i in range(n)]


def perspective_coefficients(target: Corners, source: Corners) -> list[float]:
    """Pillow's PERSPECTIVE coefficients that map each point of ``target`` (output) to ``source`` (photo)."""
    matrix, values = [], []
    for (x, y), (u, v) in zip(target, source, strict=True):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        values.append(u)
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        values.append(v)
    return _solve(matrix, values)


def _check_corners(corners: Corners, size: tuple[int, int]) -> Corners:
    if len(corners) != 4:
        raise UserError(t("Mark exactly four corners of the product."))
    w, h = size
    checked = [(float(x), float(y)) for x, y in corners]
    if any(not (-0.05 * w <= x <= 1.05 * w and -0.05 * h <= y <= 1.05 * h) for x, y in checked):
        raise UserError(t("A corner lies outside the photo; mark the product's corners on the photo."))
    area = 0.0  # the shoelace formula: a twisted or flat quadrilateral has (almost) no area
    for (x0, y0), (x1, y1) in zip(checked, checked[1:] + checked[:1], strict=True):
        area += x0 * y1 - x1 * y0
    if abs(area) / 2 < 0.01 * w * h:
        raise UserError(t("The four corners do not enclose an area; mark the product's corners in order."))
    return checked


def straighten(photo: Image.Image, corners: Corners, size: tuple[int, int]) -> Image.Image:
    """The part of ``photo`` inside ``corners`` mapped onto a ``size`` rectangle."""
    w, h = size
    coefficients = perspective_coefficients([(0, 0), (w, 0), (w, h), (0, h)], corners)
    return photo.convert("RGB").transform(size, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC)


def _approved_side(photo: DisputePhoto, side: int) -> Image.Image:
    """The approved proof's side at its finished size (the preview without its bleed), as the product is cut."""
    proof = approved_proof_for(photo.dispute)
    if proof is None:
        raise NotFound(t("This order has no approved proof to compare the photo with."))
    ids = json.loads(proof.artwork_ids)
    art = Artwork.select().where(Artwork.id.in_(ids) & (Artwork.side == side)).first()
    if art is None:
        raise NotFound(t("The approved proof has no side {n}.", n=side + 1))
    preview = Image.open(io.BytesIO(blob_bytes(art.preview_id))).convert("RGB")
    spec = spec_of(photo.dispute.order)
    fx = spec.bleed_mm / spec.bleed_width_mm
    fy = spec.bleed_mm / spec.bleed_height_mm
    w, h = preview.size
    return preview.crop((round(w * fx), round(h * fy), round(w * (1 - fx)), round(h * (1 - fy))))


def _photo(photo_id: int, viewer: Actor | None) -> DisputePhoto:
    photo = DisputePhoto.get_or_none(DisputePhoto.id == photo_id)
    if photo is None:
        raise NotFound(t("There is no complaint photo {id}.", id=photo_id))
    check_visible(photo.dispute.order, viewer)
    refuse_erased(photo.dispute.order, t("the complaint's photos are erased"))
    return photo


def aligned(
    photo_id: int, corners: Corners | None = None, side: int | None = None, viewer: Actor | None = None
) -> Aligned:
    """The photo straightened onto the approved side: by ``corners`` given, else by the corners kept."""
    photo = _photo(photo_id, viewer)
    kept = PhotoCorners.get_or_none(PhotoCorners.photo == photo_id)
    if corners is None:
        if kept is None:
            raise UserError(t("Mark the product's four corners in the photo first."))
        corners = [(float(x), float(y)) for x, y in json.loads(kept.corners)]
        side = kept.side if side is None else side
    picture = ImageOps.exif_transpose(Image.open(io.BytesIO(blob_bytes(photo.blob_id))))
    corners = _check_corners(corners, picture.size)
    proof = _approved_side(photo, side or 0)
    straight = straighten(picture, corners, proof.size)
    mask = changed_mask(proof, straight)
    share = mask.histogram()[255] / (mask.size[0] * mask.size[1])
    blended = Image.blend(proof, straight, 0.5)
    return Aligned(
        photo_id,
        side or 0,
        corners,
        _jpeg(proof),
        _jpeg(straight),
        _png(overlay(blended, mask, boxes_of(mask) if share < 0.6 else [])),
        share,
    )


@dataclass(frozen=True)
class AlignStart:
    """Where to start marking: the upright photo's size in pixels, the corners kept (or a guess) and the side."""

    width: int
    height: int
    corners: Corners
    side: int
    kept: bool


def align_start(photo_id: int, viewer: Actor | None = None) -> AlignStart:
    """The photo's upright size, and the corners kept for it — or a rectangle inset from its edges to drag."""
    photo = _photo(photo_id, viewer)
    w, h = ImageOps.exif_transpose(Image.open(io.BytesIO(blob_bytes(photo.blob_id)))).size
    kept = PhotoCorners.get_or_none(PhotoCorners.photo == photo_id)
    if kept is not None:
        corners = [(float(x), float(y)) for x, y in json.loads(kept.corners)]
        return AlignStart(w, h, corners, kept.side, True)
    inset = [(0.2, 0.2), (0.8, 0.2), (0.8, 0.8), (0.2, 0.8)]
    return AlignStart(w, h, [(x * w, y * h) for x, y in inset], 0, False)


def keep_corners(actor: Actor, photo_id: int, corners: Corners, side: int = 0) -> Aligned:
    """The owner keeps where the product's corners are in a complaint photo; returns the alignment."""
    require(actor, Role.OWNER, action="align a complaint photo")
    result = aligned(photo_id, corners, side, actor)
    with write():
        photo = DisputePhoto.get_by_id(photo_id)
        PhotoCorners.insert(
            photo=photo_id,
            side=side,
            corners=json.dumps([[round(x, 1), round(y, 1)] for x, y in result.corners]),
            staff=actor.staff_id,
            created_at=now(),
        ).on_conflict(
            conflict_target=[PhotoCorners.photo],
            update={
                PhotoCorners.side: side,
                PhotoCorners.corners: json.dumps([[round(x, 1), round(y, 1)] for x, y in result.corners]),
                PhotoCorners.staff: actor.staff_id,
                PhotoCorners.created_at: now(),
            },
        ).execute()
        audit.append(
            actor,
            "photo.aligned",
            order=photo.dispute.order,
            payload={"dispute": photo.dispute_id, "photo": photo.blob_id, "side": side},
        )
    return result
