"""What the order screen reads in the background before it draws: the order, its history, the proof
version to show and the artwork thumbnails, decoded and scaled (a QImage can be made off the GUI thread).

At a million orders, reading an order re-hashes its approval records and reads the proof's PDF from the
store; done on the GUI thread it held the window for 50–120 ms after every click (bench/bench_stall.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QImage

from ...services.core.context import Actor
from ...services.core.opening import reading
from ...services.counter import overview
from ...services.proofing import proofs
from ..widgets.common import image_from

THUMBNAIL = 72  # px: the side card's picture


@dataclass(frozen=True)
class OrderRead:
    """One order as read for the screen."""

    data: overview.OrderView
    timeline: list[overview.TimelineEntry]
    version: int | None  # the proof version to show (None: no proof yet)
    pdf: bytes | None  # that version's PDF
    thumbnails: dict[int, QImage]  # by side


def shown_version(data: overview.OrderView, wanted: int | None) -> int | None:
    """The version to show: the one asked for if the order has it, else the newest."""
    versions = [p.version for p in data.proofs]
    if not versions:
        return None
    return wanted if wanted in versions else versions[0]


def read_order(number: str, viewer: Actor | None, wanted: int | None) -> OrderRead:
    """Read ``number`` for ``viewer`` (background work: a refusal or a store error is one sentence)."""
    with reading():
        data = overview.order_view(number, viewer=viewer)
        timeline = overview.order_timeline(number, viewer=viewer)
        version = shown_version(data, wanted)
        pdf = proofs.proof_pdf(data.number, version, viewer) if version is not None else None
    thumbnails = {side.side: image_from(side.thumbnail, THUMBNAIL, THUMBNAIL) for side in data.sides}
    return OrderRead(data, timeline, version, pdf, thumbnails)


def read_proof(number: str, version: int, viewer: Actor | None) -> bytes:
    """One proof version's PDF (another version picked in the list)."""
    with reading():
        return proofs.proof_pdf(number, version, viewer)
