"""Compare two proof versions side by side and as an overlay of what changed, at proof resolution.

Each side is compared as the proofs show it: the stored previews (the press colours, at the proof's
resolution, without watermark and marks). What changed is found pixel by pixel (JPEG's own noise ignored),
grown a little so that a changed letter reads as one place, and boxed. The requested changes recorded on the
versions in between are listed, to tick off as done (ordinary data, logged in the audit chain).
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

from ...domain.errors import NotFound, UserError
from ...domain.i18n import t
from ...domain.markup import MarkKind, written_changes
from ...domain.texts import side_label
from ...resources import get_resource
from ...store.blobs import blob_bytes
from ...store.db import write
from ...store.migrations import now
from ...store.models import Approval, Artwork, ChangeTick, Proof
from ..core import audit
from ..core.context import Actor, require
from ..core.orders import find_order, refuse_erased
from ..core.restriction import check_visible
from .markup import markup_of
from .proofs import proof_of

NOISE = 40  # a difference of up to this much (0–255) in any channel is JPEG noise, not a change
CELL = 8  # pixels per cell of the grid that changed places are boxed on
HIGHLIGHT = (236, 0, 140)


@dataclass(frozen=True)
class SideDiff:
    """One side of the two versions: both pictures, the overlay, and where it changed (fractions of the side)."""

    side: int
    before_jpeg: bytes | None  # None: the side is new in the later version
    after_jpeg: bytes | None  # None: the side was taken away
    overlay_png: bytes
    changed_share: float  # of the side's area, 0–1
    boxes: list[tuple[float, float, float, float]]  # left, top, right, bottom


@dataclass(frozen=True)
class ChangeItem:
    """One change the customer asked for, to tick off: a pin (``item`` its number) or the written list (0)."""

    approval_id: int
    version: int
    item: int
    label: str
    text: str
    done: bool


@dataclass(frozen=True)
class Comparison:
    order: str
    before: int
    after: int
    sides: list[SideDiff]
    spec_changes: dict[str, tuple[object, object]]
    changes: list[ChangeItem]

    @property
    def changed(self) -> bool:
        return bool(self.spec_changes) or any(s.changed_share > 0 for s in self.sides)


def _previews(proof: Proof) -> dict[int, Image.Image]:
    ids = json.loads(proof.artwork_ids)
    found = {}
    for art in Artwork.select().where(Artwork.id.in_(ids)):
        found[art.side] = Image.open(io.BytesIO(blob_bytes(art.preview_id))).convert("RGB")
    return found


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False, compress_level=4)
    return out.getvalue()


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=85)
    return out.getvalue()


def changed_mask(before: Image.Image, after: Image.Image) -> Image.Image:
    """Where ``after`` differs from ``before`` (same size): white on black, noise dropped, grown a little."""
    diff = ImageChops.difference(before.convert("RGB"), after.convert("RGB"))
    channels = diff.split()
    strongest = ImageChops.lighter(ImageChops.lighter(channels[0], channels[1]), channels[2])
    mask = strongest.point(lambda v: 255 if v > NOISE else 0)
    return mask.filter(ImageFilter.MedianFilter(3)).filter(ImageFilter.MaxFilter(5))


def boxes_of(mask: Image.Image) -> list[tuple[float, float, float, float]]:
    """Boxes around the connected changed places of ``mask``, as fractions of its size."""
    w, h = mask.size
    gw, gh = max(1, w // CELL), max(1, h // CELL)
    grid = mask.resize((gw, gh), Image.Resampling.BOX)
    cells = grid.load()
    assert cells is not None
    seen: set[tuple[int, int]] = set()
    found = []
    for y in range(gh):
        for x in range(gw):
            if (x, y) in seen or not cells[x, y]:
                continue
            stack, x0, y0, x1, y1 = [(x, y)], x, y, x, y
            seen.add((x, y))
            while stack:
                cx, cy = stack.pop()
                x0, y0, x1, y1 = min(x0, cx), min(y0, cy), max(x1, cx), max(y1, cy)
                for nx in range(cx - 2, cx + 3):  # neighbours up to two cells away belong to the same place
                    for ny in range(cy - 2, cy + 3):
                        if 0 <= nx < gw and 0 <= ny < gh and (nx, ny) not in seen and cells[nx, ny]:
                            seen.add((nx, ny))
                            stack.append((nx, ny))
            found.append((x0 / gw, y0 / gh, (x1 + 1) / gw, (y1 + 1) / gh))
    return found


def overlay(after: Image.Image, mask: Image.Image, boxes: list[tuple[float, float, float, float]]) -> Image.Image:
    """The later version faded to grey, what changed in its own colours tinted magenta, each place boxed."""
    ghost = ImageOps.grayscale(after).point(lambda v: 150 + v * 105 // 255).convert("RGB")
    tint = Image.blend(after.convert("RGB"), Image.new("RGB", after.size, HIGHLIGHT), 0.45)
    shown = Image.composite(tint, ghost, mask)
    draw = ImageDraw.Draw(shown)
    w, h = shown.size
    line = max(2, min(w, h) // 300)
    for left, top, right, bottom in boxes:
        draw.rectangle(
            (left * w - line, top * h - line, right * w + line, bottom * h + line), outline=HIGHLIGHT, width=line
        )
    return shown


def _side_diff(side: int, before: Image.Image | None, after: Image.Image | None) -> SideDiff:
    if before is None or after is None:
        only = after or before
        assert only is not None
        mask = Image.new("L", only.size, 255)
        boxes = [(0.0, 0.0, 1.0, 1.0)]
        return SideDiff(
            side,
            _jpeg(before) if before else None,
            _jpeg(after) if after else None,
            _png(overlay(only, mask, boxes)),
            1.0,
            boxes,
        )
    if before.size != after.size:  # the size was changed between the versions: compare at the later one's
        before = before.resize(after.size, Image.Resampling.LANCZOS)
    mask = changed_mask(before, after)
    histogram = mask.histogram()
    share = histogram[255] / (mask.size[0] * mask.size[1])
    boxes = boxes_of(mask) if share else []
    return SideDiff(side, _jpeg(before), _jpeg(after), _png(overlay(after, mask, boxes)), share, boxes)


def change_items(order_id: int, before: int, after: int) -> list[ChangeItem]:
    """The changes asked for on versions ``before`` … ``after - 1``, each with whether it was ticked off."""
    records = (
        Approval.select()
        .join(Proof)
        .where(
            (Approval.order == order_id)
            & (Approval.decision != "approved")
            & (Proof.version >= before)
            & (Proof.version < after)
        )
        .order_by(Approval.id)
    )
    items = []
    for record in records:
        ticked = {t.item for t in ChangeTick.select(ChangeTick.item).where(ChangeTick.approval == record.id)}
        markup = markup_of(record)
        pins = [m for m in markup.marks if m.kind == MarkKind.PIN] if markup else []
        written = written_changes(record.changes, markup.marks if markup else ()) if pins else record.changes
        if written:  # what was typed in the box is item 0, beside the numbered pins
            items.append(ChangeItem(record.id, record.proof.version, 0, "", written, 0 in ticked))
        for pin in pins:
            items.append(
                ChangeItem(record.id, record.proof.version, pin.number, str(pin.number), pin.text, pin.number in ticked)
            )
    return items


def compare_versions(number: str, before: int, after: int, viewer: Actor | None = None) -> Comparison:
    """Proof version ``before`` of an order against version ``after``, side by side and as an overlay; a restricted
    order (GDPR Art. 18) for the owner only."""
    if before == after:
        raise UserError(t("Pick two different versions to compare."))
    order = find_order(number, viewer)
    refuse_erased(order, t("its proofs are erased"))
    first, second = proof_of(order, before), proof_of(order, after)
    old, new = _previews(first), _previews(second)
    sides = [_side_diff(s, old.get(s), new.get(s)) for s in sorted(set(old) | set(new))]
    a, b = json.loads(first.spec), json.loads(second.spec)
    spec_changes = {k: (a.get(k), b.get(k)) for k in b if k != "due" and a.get(k) != b.get(k)}
    low, high = min(before, after), max(before, after)
    return Comparison(order.number, before, after, sides, spec_changes, change_items(order.id, low, high))


def overlay_image(comparison: Comparison, lang: str) -> bytes:
    """All sides' overlays one below the other, each named (what ``proof compare --out`` writes), as PNG."""
    font = ImageFont.truetype(str(get_resource("fonts", "DejaVuSans-Bold.ttf")), 22)
    pictures = [Image.open(io.BytesIO(s.overlay_png)) for s in comparison.sides]
    if not pictures:
        raise NotFound(t("Neither version shows any artwork."))
    width = max(p.width for p in pictures)
    height = sum(p.height + 40 for p in pictures)
    sheet = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(sheet)
    y = 0
    for side, picture in zip(comparison.sides, pictures, strict=True):
        label = f"{side_label(lang, side.side)} · v{comparison.before} → v{comparison.after} · {side.changed_share:.1%}"
        draw.text((6, y + 8), label, fill=(30, 30, 30), font=font)
        sheet.paste(picture.convert("RGB"), (0, y + 40))
        y += picture.height + 40
    return _png(sheet)


def tick_change(actor: Actor, approval_id: int, item: int, done: bool = True) -> None:
    """Tick a requested change off as done (or take the tick back); logged in the audit chain."""
    require(actor, action="tick off a change")
    with write():
        record = Approval.get_or_none(Approval.id == approval_id)
        if record is None or record.decision == "approved":
            raise NotFound(t("There is no request for changes {id}.", id=approval_id))
        check_visible(record.order, actor)
        markup = markup_of(record)
        pins = markup.pins if markup else []
        known = {m.number for m in pins} | ({0} if not pins or written_changes(record.changes, pins) else set())
        if item not in known:
            raise UserError(t("The request for changes {id} has no item {item}.", id=approval_id, item=item))
        exists = ChangeTick.select().where((ChangeTick.approval == record.id) & (ChangeTick.item == item)).exists()
        if done == exists:
            return
        if done:
            ChangeTick.create(approval=record.id, item=item, staff=actor.staff_id, created_at=now())
        else:
            gone = ChangeTick.delete()  # type: ignore[misc,unused-ignore]  # one build of types-peewee misreads the composite key
            gone.where((ChangeTick.approval == record.id) & (ChangeTick.item == item)).execute()
        audit.append(
            actor,
            "change.ticked",
            order=record.order,
            payload={"approval": record.id, "item": item, "done": done},
        )
