"""Complaint photos as a phone takes them: the printed card at an angle, its corners known."""

from __future__ import annotations

import io
import json

from PIL import Image, ImageDraw

from printproof.services.counter import disputes, photo_align


def phone_photo(number, corners, cut_off_right: bool = False):
    """A photo of the delivered card lying skewed on a wooden table, taken from an angle."""
    from printproof.services.core.orders import find_order
    from printproof.services.proofing.approvals import active_approval

    approved = active_approval(find_order(number, None)).proof
    front = Image.open(io.BytesIO(_preview(approved))).convert("RGB")
    fx, fy = 3 / 91, 3 / 61  # the bleed of the 85 × 55 mm card (91 × 61 mm with bleed)
    w, h = front.size
    card = front.crop((round(w * fx), round(h * fy), round(w * (1 - fx)), round(h * (1 - fy))))
    if cut_off_right:  # a wrong cut: the right fifth is missing, the table shows through
        ImageDraw.Draw(card).rectangle((int(card.width * 0.8), 0, card.width, card.height), fill=(120, 95, 70))
    table = Image.new("RGB", (1600, 1200), (120, 95, 70))
    box = [(0, 0), (card.width, 0), card.size, (0, card.height)]
    coefficients = photo_align.perspective_coefficients(corners, box)
    warped = card.transform(table.size, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC)
    mask = Image.new("L", card.size, 255).transform(table.size, Image.Transform.PERSPECTIVE, coefficients)
    table.paste(warped, (0, 0), mask)
    out = io.BytesIO()
    table.save(out, "JPEG", quality=90)
    return disputes.Photo("abholung.jpg", out.getvalue())


CORNERS = [(310.0, 240.0), (1330.0, 330.0), (1260.0, 1010.0), (250.0, 900.0)]


def _preview(proof):
    from printproof.store.blobs import blob_bytes
    from printproof.store.models import Artwork

    art = Artwork.get(Artwork.id.in_(json.loads(proof.artwork_ids)) & (Artwork.side == 0))
    return blob_bytes(art.preview_id)


def coloured_photo(colour: tuple[int, int, int]) -> bytes:
    image = Image.new("RGB", (800, 600), (120, 95, 70))
    ImageDraw.Draw(image).rectangle((150, 120, 650, 480), fill=colour)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()
