"""Compare: two versions side by side and as an overlay of what changed; the requested changes ticked off;
a complaint photo straightened by its four corners and laid on the approved proof."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image, ImageDraw

from printproof.domain.enums import Decision, DisputeCategory
from printproof.domain.errors import NotAllowed, UserError
from printproof.domain.markup import Mark, MarkKind
from printproof.domain.vocabulary import CHECKLIST
from printproof.services.artwork import artwork
from printproof.services.counter import disputes, photo_align
from printproof.services.proofing import approvals, compare, proofs
from printproof.store.models import AuditEvent, DisputePhoto
from tests.support.photos import CORNERS, phone_photo
from tests.support.shop import card_png, signature_strokes, table_counts


def design(path, phone_box: bool):
    """A card at 300 dpi with bleed; the later version draws a dark box where the phone number goes."""
    im = Image.open(card_png(path)).convert("RGB")
    if phone_box:
        ImageDraw.Draw(im).rectangle((700, 560, 1000, 640), fill=(20, 20, 20))
    im.save(path)
    return path


@pytest.fixture
def two_versions(owner, card_order, tmp_path):
    artwork.add_artwork(owner, card_order, design(tmp_path / "front.png", False))
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "back.png", color=(200, 40, 40)), "back")
    proofs.make_proof(owner, card_order)
    approvals.record_approval(
        owner,
        card_order,
        decision=Decision.CHANGES_REQUESTED,
        customer_name="Łukasz Żółć",
        checklist={},
        strokes=signature_strokes(),
        marks=[
            Mark(MarkKind.PIN, 1, ((0.7, 0.8),), text="Telefonnummer rein"),
            Mark(MarkKind.PIN, 1, ((0.2, 0.2),), text="Logo heller"),
        ],
    )
    artwork.add_artwork(owner, card_order, design(tmp_path / "front2.png", True))
    proofs.make_proof(owner, card_order)
    return card_order


def test_the_overlay_finds_the_changed_place_and_nothing_else(two_versions):
    found = compare.compare_versions(two_versions, 1, 2)
    front, back = found.sides
    assert back.changed_share == 0 and back.boxes == []
    assert 0.01 < front.changed_share < 0.12
    assert len(front.boxes) == 1
    left, top, right, bottom = front.boxes[0]
    # The dark box was drawn at x 700–1000, y 560–640 of a 1075 × 720 design.
    assert left == pytest.approx(700 / 1075, abs=0.03) and right == pytest.approx(1000 / 1075, abs=0.03)
    assert top == pytest.approx(560 / 720, abs=0.04) and bottom == pytest.approx(640 / 720, abs=0.04)
    overlay = Image.open(io.BytesIO(front.overlay_png)).convert("RGB")
    w, h = overlay.size
    r, g, b = overlay.getpixel((int(w * (left + right) / 2), int(h * (top + bottom) / 2)))
    assert r > g + 40 and b > g + 20  # the changed place is tinted magenta
    r, g, b = overlay.getpixel((int(w * 0.5), int(h * 0.15)))
    assert abs(r - g) < 12 and abs(g - b) < 12  # the rest is grey
    assert compare.compare_versions(two_versions, 2, 2 - 1).sides[1].changed_share == 0
    with pytest.raises(UserError, match="two different versions"):
        compare.compare_versions(two_versions, 2, 2)


def test_requested_changes_are_listed_and_ticked_off(owner, two_versions):
    found = compare.compare_versions(two_versions, 1, 2)
    assert [(c.item, c.text, c.done) for c in found.changes] == [
        (1, "Telefonnummer rein", False),
        (2, "Logo heller", False),
    ]
    record = found.changes[0].approval_id
    compare.tick_change(owner, record, 1)
    compare.tick_change(owner, record, 1)  # twice is once
    assert [c.done for c in compare.compare_versions(two_versions, 1, 2).changes] == [True, False]
    compare.tick_change(owner, record, 1, done=False)
    assert [c.done for c in compare.compare_versions(two_versions, 1, 2).changes] == [False, False]
    assert [json.loads(e.payload) for e in AuditEvent.select().where(AuditEvent.kind == "change.ticked")] == [
        {"approval": record, "item": 1, "done": True},
        {"approval": record, "item": 1, "done": False},
    ]
    before = table_counts()
    with pytest.raises(UserError, match="has no item 7"):
        compare.tick_change(owner, record, 7)
    assert table_counts() == before


def test_the_overlay_image_names_every_side(two_versions):
    png = compare.overlay_image(compare.compare_versions(two_versions, 1, 2), "de")
    im = Image.open(io.BytesIO(png))
    sides = [Image.open(io.BytesIO(s.overlay_png)) for s in compare.compare_versions(two_versions, 1, 2).sides]
    assert im.format == "PNG" and im.size == (538, sum(s.height + 40 for s in sides))  # 91 mm at 150 dpi


# --- a complaint photo, straightened ----------------------------------------------------------------------


@pytest.fixture
def complaint(owner, card_order, tmp_path):
    artwork.add_artwork(owner, card_order, design(tmp_path / "front.png", True))
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "back.png", color=(200, 40, 40)), "back")
    proofs.make_proof(owner, card_order)
    approvals.record_approval(
        owner,
        card_order,
        decision=Decision.APPROVED,
        customer_name="Łukasz Żółć",
        checklist=dict.fromkeys(CHECKLIST, True),
        strokes=signature_strokes(),
    )
    return card_order


def test_a_straightened_photo_matches_the_approved_proof(owner, complaint, tmp_path):
    photo = phone_photo(complaint, CORNERS)
    dispute = disputes.open_dispute(owner, complaint, DisputeCategory.SIZE, "Falsch geschnitten", [photo])
    photo_id = DisputePhoto.get(DisputePhoto.dispute == dispute).id
    good = photo_align.keep_corners(owner, photo_id, CORNERS)
    assert good.changed_share < 0.03, good.changed_share
    straight = Image.open(io.BytesIO(good.photo_jpeg))
    assert straight.size == Image.open(io.BytesIO(good.proof_jpeg)).size
    # The corners are kept: the next look needs none, and the dossier shows the photo straightened.
    assert photo_align.aligned(photo_id).corners == good.corners
    import subprocess

    from printproof.services.counter.dossier import make_dossier

    dossier = tmp_path / "dossier.pdf"
    dossier.write_bytes(make_dossier(owner, complaint))
    text = subprocess.run(["pdftotext", str(dossier), "-"], capture_output=True, text=True).stdout
    assert "an den vier Ecken des Produkts geradegerichtet" in " ".join(text.split())
    # Corners marked badly (a quarter off) show a large difference: the alignment is what makes it readable.
    off = [(x + 120, y + 90) for x, y in CORNERS]
    assert photo_align.aligned(photo_id, off).changed_share > 0.2


def test_a_wrong_cut_shows_in_the_overlay(owner, complaint):
    photo = phone_photo(complaint, CORNERS, cut_off_right=True)
    dispute = disputes.open_dispute(owner, complaint, DisputeCategory.SIZE, "Falsch geschnitten", [photo])
    photo_id = DisputePhoto.get(DisputePhoto.dispute == dispute).id
    found = photo_align.aligned(photo_id, CORNERS)
    assert 0.12 < found.changed_share < 0.35, found.changed_share


def test_corners_are_checked_and_only_the_owner_keeps_them(owner, counter, complaint):
    photo = phone_photo(complaint, CORNERS)
    dispute = disputes.open_dispute(owner, complaint, DisputeCategory.SIZE, "Falsch geschnitten", [photo])
    photo_id = DisputePhoto.get(DisputePhoto.dispute == dispute).id
    before = table_counts()
    with pytest.raises(NotAllowed, match="Only the owner may align a complaint photo"):
        photo_align.keep_corners(counter, photo_id, CORNERS)
    with pytest.raises(UserError, match="exactly four corners"):
        photo_align.keep_corners(owner, photo_id, CORNERS[:3])
    with pytest.raises(UserError, match="do not enclose an area"):
        photo_align.keep_corners(owner, photo_id, [(10, 10), (20, 20), (30, 30), (40, 40)])
    with pytest.raises(UserError, match="outside the photo"):
        photo_align.keep_corners(owner, photo_id, [(10, 10), (9000, 10), (9000, 900), (10, 900)])
    with pytest.raises(UserError, match="Mark the product's four corners in the photo first"):
        photo_align.aligned(photo_id)
    assert table_counts() == before
