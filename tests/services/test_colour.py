"""Colours as the press prints them, checked against littleCMS's own converter (transicc) and poppler."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from printproof.domain.errors import NotAllowed, UserError
from printproof.domain.spec import JobSpec
from printproof.services.admin import setup
from printproof.services.artwork import artwork, colour, press
from printproof.services.core import orders
from printproof.services.proofing import proofs
from printproof.store.models import Artwork
from tests.support.shop import needs, table_counts

PROFILE = str(colour.get_resource(*colour.DEFAULT_PROFILE))
CARD_4_0 = JobSpec("Visitenkarte", 85, 55, 3, 500, "350 g matt", "4/0")


def transicc(values: str, *args: str) -> list[float]:
    """littleCMS's own command-line converter: one colour in, the converted numbers out."""
    needs("transicc")
    out = subprocess.run(["transicc", "-n", *args], input=values + "\n", capture_output=True, text=True, check=True)
    return [float(v) for v in out.stdout.split()]


def press_rgb_of(rgb: tuple[int, int, int]) -> list[float]:
    """sRGB → press CMYK (relative colorimetric, BPC) → sRGB (relative colorimetric, BPC), by transicc."""
    cmyk = transicc(" ".join(map(str, rgb)), f"-o{PROFILE}", "-t1", "-b")
    return transicc(" ".join(f"{v:.4f}" for v in cmyk), f"-i{PROFILE}", "-o*sRGB", "-t1", "-b")


def rendered(pdf: bytes, page: int, tmp_path: Path, dpi: int = 72) -> Image.Image:
    path = tmp_path / "proof.pdf"
    path.write_bytes(pdf)
    needs("pdftoppm")
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", str(path), str(tmp_path / "p")],
        check=True,
    )
    return Image.open(sorted(tmp_path.glob("p-*.png"))[-1]).convert("RGB")


def test_delta_e2000_matches_sharmas_published_pairs():
    pairs = [
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, -1.3802, -84.2814), (50.0, 0.0, -82.7485), 1.0000),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((63.0109, -31.0961, -5.8663), (62.8187, -29.7946, -4.0864), 1.2630),
        ((22.7233, 20.0904, -46.6940), (23.0331, 14.9730, -42.5619), 2.0373),
    ]
    for a, b, expected in pairs:
        assert colour.delta_e2000(a, b) == pytest.approx(expected, abs=1e-4)


def test_simulation_is_littlecms_conversion_through_the_press_profile():
    sim = colour.simulator(colour.default_setup())
    for rgb in [(0, 0, 255), (255, 0, 0), (40, 110, 190), (230, 190, 160), (20, 20, 20)]:
        shown = sim.simulate_rgb(Image.new("RGB", (1, 1), rgb)).getpixel((0, 0))
        # within 4 of 255: the press CMYK in between is 8-bit, transicc's is floating point
        assert all(abs(a - b) <= 4 for a, b in zip(shown, press_rgb_of(rgb), strict=True)), (rgb, shown)


def test_the_view_looked_up_in_its_table_agrees_with_the_direct_conversion():
    """Every pixel of a side is looked up in a table of the direct conversion's results (128³ nodes): over 20000
    random colours the view stays within 2 of littleCMS's two conversions for 98 % (mean 0.5); black, white and
    the primaries are nodes themselves."""
    import random

    import numpy as np

    sim = colour.simulator(colour.default_setup())
    rng = random.Random(7)
    colours = [(0, 0, 0), (255, 255, 255), (255, 0, 0), (0, 255, 0), (0, 0, 255)]
    colours += [(rng.randrange(256), rng.randrange(256), rng.randrange(256)) for _ in range(20000)]
    image = Image.new("RGB", (len(colours), 1))
    image.putdata(colours)
    direct = np.asarray(sim.simulate_rgb(image), dtype=int)[0]
    packed, _ = sim.view_arrays(np.asarray(image.convert("RGBX")))
    shown = np.asarray(colour.packed_image(packed).convert("RGB"), dtype=int)[0]
    worst = np.abs(shown - direct).max(axis=1)
    assert worst[:5].tolist() == [0] * 5
    assert (worst <= 2).mean() >= 0.98 and np.abs(shown - direct).mean() <= 0.6 and worst.max() <= 6


def test_the_view_table_is_kept_for_the_next_process_and_a_damaged_copy_is_built_again(tmp_path, monkeypatch):
    import numpy as np

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = colour.Simulator(colour.default_setup())
    [kept] = (tmp_path / "PrintProof" / "press").iterdir()
    assert kept.stat().st_size == 4 * 128**3
    assert np.array_equal(colour.Simulator(colour.default_setup()).view_table, first.view_table)
    kept.write_bytes(kept.read_bytes()[:1000])  # a disk that filled up while it was written, say
    assert np.array_equal(colour.Simulator(colour.default_setup()).view_table, first.view_table)
    assert kept.stat().st_size == 4 * 128**3


def test_the_colour_warning_hatches_only_what_changes():
    half = Image.new("RGB", (120, 60), (128, 128, 128))
    half.paste((0, 255, 0), (0, 0, 60, 60))  # sRGB green: out of the press's gamut
    view = colour.press_view(half, None, colour.default_setup())
    assert view.hatching is not None
    stencil = Image.open(io.BytesIO(view.hatching))  # a PNG of its own writing, read by Pillow
    stencil.load()
    assert stencil.format == "PNG" and stencil.mode == "1" and stencil.size == (120, 60)
    hatched = {(x, y) for x in range(120) for y in range(60) if stencil.getpixel((x, y)) == 0}
    assert hatched and all(x < 60 for x, _ in hatched)  # only in the green half
    assert 0.25 < len(hatched) / (60 * 60) < 0.4  # stripes 4 of every 12 pixels wide
    assert hatched == {(x, y) for x in range(60) for y in range(60) if (x + y) % 12 < 4}  # diagonal stripes


def test_in_gamut_colours_stay_and_out_of_gamut_ones_are_marked():
    import numpy as np

    sim = colour.simulator(colour.default_setup())
    skin_and_greys = Image.new("RGB", (4, 1))
    skin_and_greys.putdata([(230, 190, 160), (128, 128, 128), (200, 150, 120), (180, 200, 220)])
    _, changed = sim.view_arrays(np.asarray(skin_and_greys.convert("RGBX")))
    assert changed.mean() == 0
    half = Image.new("RGB", (100, 100), (128, 128, 128))
    half.paste((0, 255, 0), (0, 0, 50, 100))
    _, changed = sim.view_arrays(np.asarray(half.convert("RGBX")))  # rows × columns: [y, x]
    assert changed.mean() == pytest.approx(0.5, abs=0.01) and changed[10, 10] and not changed[10, 90]


def test_press_profile_is_an_icc_cmyk_output_profile():
    assert colour.check_press_profile(colour.default_profile(), "x.icc") == "Coated FOGRA39 (PrintProof, ISO 12647-2)"
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    with pytest.raises(UserError, match="not a press profile"):
        colour.check_press_profile(srgb, "sRGB.icc")
    with pytest.raises(UserError, match="not an ICC colour profile"):
        colour.check_press_profile(b"hello" * 100, "notes.icc")


@pytest.fixture
def blue_card(owner, tmp_path) -> str:
    number = orders.new_order(owner, orders.CustomerInput("Frau Blau", "", "", ""), CARD_4_0).number
    path = tmp_path / "blue.png"
    Image.new("RGB", (1075, 720), (0, 0, 255)).save(path)  # pure sRGB blue: the complaint "much darker"
    artwork.add_artwork(owner, number, path)
    return number


def test_pure_srgb_blue_proof_shows_the_duller_press_blue_with_a_warning(owner, blue_card, tmp_path):
    made = proofs.make_proof(owner, blue_card)
    assert made.pages == 3  # cover, the front in press colours, the front's colour warning page
    [gamut] = [f for f in made.findings if f.code == "out_of_gamut"]
    assert gamut.params["percent"] == 100 and str(gamut.severity) == "serious"
    page = rendered(made.pdf, 2, tmp_path, dpi=100)
    # The middle of the card (trim area, away from the watermark's letters: take the most common colour).
    crop = page.crop((page.size[0] // 3, page.size[1] // 3, page.size[0] * 2 // 3, page.size[1] * 2 // 3))
    shown = max(crop.getcolors(1 << 20), key=lambda c: c[0])[1]
    expected = press_rgb_of((0, 0, 255))
    assert all(abs(a - b) <= 4 for a, b in zip(shown, expected, strict=True)), (shown, expected)
    assert shown[2] < 170 and shown[1] > 60  # far from the screen's (0, 0, 255)
    needs("pdftotext")
    text = subprocess.run(["pdftotext", "-raw", str(tmp_path / "proof.pdf"), "-"], capture_output=True, text=True)
    text.stdout = " ".join(text.stdout.split())
    assert "Farben simuliert für Coated FOGRA39 (PrintProof, ISO 12647-2)" in text.stdout
    assert "Farbwarnung: schraffierte Flächen drucken sichtbar anders" in text.stdout
    assert "relativ farbmetrisch, mit Tiefenkompensierung" in text.stdout  # the cover names how
    marked = rendered(made.pdf, 3, tmp_path, dpi=100).crop((page.size[0] // 3, page.size[1] // 3, 400, 300))
    dark = sum(1 for p in marked.get_flattened_data() if max(p) < 60)
    assert dark / (marked.size[0] * marked.size[1]) > 0.15, "the hatching is there"


def test_the_warning_page_lays_the_stored_hatching_over_the_sides_own_image(owner, blue_card, tmp_path):
    """The warning page draws the side's image again (the same object: a brochure carries each page once) with the
    stored 1-bit hatching over it as a stencil painted dark; poppler extracts exactly that stencil and poppler and
    MuPDF both paint a third of the side dark."""
    import numpy as np

    needs("pdfimages")
    needs("mutool")
    made = proofs.make_proof(owner, blue_card)
    path = tmp_path / "proof.pdf"
    path.write_bytes(made.pdf)
    listed = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in listed.stdout.splitlines()[2:]]
    [(side_page, side_image), (warning_page, same_image), (stencil_page, stencil)] = [
        (r[0], r[2:4] + [r[10]]) for r in rows
    ]
    assert (side_page, warning_page, stencil_page) == ("2", "3", "3")
    assert side_image == same_image and side_image[0] == "image" and stencil[:2] == ["stencil", side_image[1]]
    subprocess.run(["pdfimages", "-f", "3", "-l", "3", "-png", str(path), str(tmp_path / "x")], check=True)
    extracted = np.asarray(Image.open(tmp_path / "x-001.png").convert("1"))
    stored = np.asarray(Image.open(io.BytesIO(Artwork.get().marked.data)).convert("1"))
    assert Artwork.get().marked.media_type == "image/png"
    assert np.array_equal(extracted, ~stored)  # pdfimages writes a stencil's painted pixels white
    subprocess.run(["mutool", "draw", "-q", "-r", "150", "-o", str(tmp_path / "m.png"), str(path), "3"], check=True)
    for page in (rendered(made.pdf, 3, tmp_path, dpi=150), Image.open(tmp_path / "m.png").convert("RGB")):
        middle = np.asarray(page)[page.height // 3 : page.height // 2, page.width // 3 : page.width // 2]
        dark = (middle.max(axis=2) < 85).mean()  # halfway between the stripes (20) and the press blue (about 150)
        assert 0.27 < dark < 0.37  # stripes 4 of 12 px (a little less under the watermark)


def test_a_colour_warning_kept_as_a_jpeg_by_an_earlier_version_is_still_drawn(owner, blue_card, tmp_path):
    """Before 2026-12-07 the warning was kept as a JPEG of the preview with the hatching drawn in: such a side's
    warning page draws that JPEG, as it did, and nothing of the order is made again."""
    from printproof.store.blobs import put_blob
    from printproof.store.db import write

    art = Artwork.get()
    legacy = Image.open(io.BytesIO(art.preview.data)).convert("RGB")
    legacy.paste((20, 20, 20), (0, 0, legacy.width // 2, legacy.height))  # "hatched": the left half dark
    out = io.BytesIO()
    legacy.save(out, "JPEG", quality=88)
    with write():
        jpeg = put_blob(out.getvalue(), "image/jpeg")
        Artwork.update(marked=jpeg.sha256).where(Artwork.id == art.id).execute()
    made = proofs.make_proof(owner, blue_card)
    assert made.pages == 3 and Artwork.get().marked_id == jpeg.sha256 and Artwork.select().count() == 1
    path = tmp_path / "proof.pdf"
    path.write_bytes(made.pdf)
    needs("pdfimages")
    listed = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True)
    assert [line.split()[2] for line in listed.stdout.splitlines()[2:]] == ["image", "image"]  # no stencil
    page = rendered(made.pdf, 3, tmp_path, dpi=100)
    left = page.crop((page.width // 3, page.height // 2, page.width // 3 + 20, page.height // 2 + 20))
    assert max(max(p) for p in left.get_flattened_data()) < 90  # the JPEG's dark half, under the watermark's gaps


def test_a_hatching_of_the_same_shape_as_an_erased_orders_is_stored_for_the_new_order(
    owner, blue_card, monkeypatch, tmp_path
):
    """Two customers' sides wholly out of gamut at the same size have hatchings of the same shape: each is its own
    file (it names the artwork it was made from), so erasing one order leaves the other's warning page whole."""
    from printproof.services.privacy import erasure
    from tests.support.stories import later

    proofs.make_proof(owner, blue_card)
    later(monkeypatch, 10.1)
    erasure.erase_orders(owner, [blue_card])
    number = orders.new_order(owner, orders.CustomerInput("Herr Grün", "", "", ""), CARD_4_0).number
    path = tmp_path / "green.png"
    Image.new("RGB", (1075, 720), (0, 255, 0)).save(path)  # sRGB green, as far out of the press's gamut
    artwork.add_artwork(owner, number, path)
    made = proofs.make_proof(owner, number)
    assert made.pages == 3 and {f.code for f in made.findings} >= {"out_of_gamut"}
    [current] = [a for a in Artwork.select() if a.order.number == number]
    assert len(current.marked.data) > 0


def test_a_file_erased_with_an_earlier_order_is_refused_and_a_new_copy_of_it_is_taken(
    owner, blue_card, monkeypatch, tmp_path
):
    """An erased file's bytes never come back: the very same file brought for a new order is refused in one
    sentence, before any work and storing nothing; the design saved again (other bytes, the same pixels) gets
    previews, thumbnail and hatching of its own, each naming it, never the erased order's empty ones."""
    from printproof.services.privacy import erasure
    from printproof.store.blobs import put_blob
    from printproof.store.db import write
    from printproof.store.models import Blob
    from tests.support.stories import later

    proofs.make_proof(owner, blue_card)
    erased_files = {a.preview_id for a in Artwork.select()} | {a.marked_id for a in Artwork.select()}
    kept = Artwork.get().original.data
    later(monkeypatch, 10.1)
    erasure.erase_orders(owner, [blue_card])
    number = orders.new_order(owner, orders.CustomerInput("Frau Blau", "", "", ""), CARD_4_0).number
    (tmp_path / "again.png").write_bytes(kept)
    before = table_counts()
    with pytest.raises(UserError, match="“again.png” is the very file that was erased .*a new copy"):
        artwork.add_artwork(owner, number, tmp_path / "again.png")
    with pytest.raises(UserError, match="erased files are never stored again"), write():
        put_blob(kept, "image/png")  # the rule is the store's, for every caller
    assert table_counts() == before
    Image.open(io.BytesIO(kept)).save(tmp_path / "saved-again.png", optimize=True)  # the same pixels, other bytes
    artwork.add_artwork(owner, number, tmp_path / "saved-again.png")
    made = proofs.make_proof(owner, number)
    new = Artwork.get((Artwork.current == True) & (Artwork.order == orders.find_order(number, owner)))  # noqa: E712
    assert made.pages == 3 and not {new.preview_id, new.marked_id} & erased_files
    assert all(len(Blob.get_by_id(sha).data) for sha in (new.preview_id, new.thumbnail_id, new.marked_id))
    assert new.original_id.encode() in bytes(new.preview.data) and new.original_id.encode() in bytes(new.marked.data)
    made_for = f"PrintProof: order {number}, file {new.original_id}"
    with Image.open(io.BytesIO(new.preview.data)) as preview, Image.open(io.BytesIO(new.marked.data)) as hatching:
        preview.load()
        hatching.load()  # the comments as Pillow reads them: a JPEG COM segment, a PNG text chunk
        assert preview.info["comment"].decode() == made_for and hatching.text["Comment"] == made_for


def test_a_file_kept_for_a_live_order_is_added_again_after_another_orders_erasure(owner, monkeypatch, tmp_path):
    """The same file in two orders: one erased, the file kept for the other (and everything made from it for that
    order), and a third order takes the file again with previews and warning of its own."""
    from printproof.services.privacy import erasure
    from tests.support.stories import later

    path = tmp_path / "blue.png"
    Image.new("RGB", (1075, 720), (0, 0, 255)).save(path)
    first, second = (orders.new_order(owner, orders.CustomerInput(n, "", "", ""), CARD_4_0).number for n in "AB")
    for number in (first, second):
        artwork.add_artwork(owner, number, path)
        proofs.make_proof(owner, number)
    later(monkeypatch, 10.1)
    erasure.erase_orders(owner, [first])
    third = orders.new_order(owner, orders.CustomerInput("C", "", "", ""), CARD_4_0).number
    artwork.add_artwork(owner, third, path)
    assert proofs.make_proof(owner, third).pages == 3
    assert proofs.make_proof(owner, second).pages == 3


def test_cmyk_raster_goes_through_its_profile_never_a_formula(owner, tmp_path):
    number = orders.new_order(owner, orders.CustomerInput("K", "", "", ""), CARD_4_0).number
    path = tmp_path / "cmyk.tif"
    Image.new("CMYK", (1075, 720), (25, 178, 153, 13)).save(path)  # 10/70/60/5 %
    artwork.add_artwork(owner, number, path)
    preview = Image.open(io.BytesIO(Artwork.get().preview.data)).convert("RGB")
    shown = preview.getpixel((preview.size[0] // 2, preview.size[1] // 2))
    expected = transicc("9.80 69.80 60.00 5.10", f"-i{PROFILE}", "-o*sRGB", "-t1", "-b")
    assert all(abs(a - b) <= 3 for a, b in zip(shown, expected, strict=True)), (shown, expected)
    naive = Image.new("CMYK", (1, 1), (25, 178, 153, 13)).convert("RGB").getpixel((0, 0))
    assert max(abs(a - b) for a, b in zip(shown, naive, strict=True)) > 20  # Pillow's formula would lie


def test_shop_settings_change_the_simulation_and_the_limit(owner, counter, blue_card, tmp_path):
    first = proofs.make_proof(owner, blue_card)
    with pytest.raises(NotAllowed):
        setup.change_settings(counter, {"press.intent": "perceptual"})
    with pytest.raises(UserError, match="total ink limit .* from 200 to 400"):
        setup.change_settings(owner, {"press.ink_limit": 500})
    with pytest.raises(UserError, match="rendering intent"):
        setup.change_settings(owner, {"press.intent": "vivid"})
    setup.change_settings(owner, {"press.intent": "perceptual", "press.bpc": False})
    second = proofs.make_proof(owner, blue_card)
    assert Artwork.get(Artwork.current == True).preview_key.endswith("-perceptual-nobpc")  # noqa: E712
    front = lambda pdf: rendered(pdf, 2, tmp_path).getpixel((60, 60))  # noqa: E731
    assert front(first.pdf) != front(second.pdf)
    needs("pdftotext")
    (tmp_path / "second.pdf").write_bytes(second.pdf)
    cover = subprocess.run(["pdftotext", "-l", "1", str(tmp_path / "second.pdf"), "-"], capture_output=True, text=True)
    assert "wahrnehmungsorientiert, ohne Tiefenkompensierung" in " ".join(cover.stdout.split())


def test_installing_a_press_profile(owner, counter, tmp_path):
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    before = table_counts()
    with pytest.raises(UserError, match="not a press profile"):
        press.install_press_profile(owner, "monitor.icc", srgb)
    with pytest.raises(NotAllowed):
        press.install_press_profile(counter, "press.icc", colour.default_profile())
    assert table_counts() == before
    # The shop's own profile (here: the same data under another file name) is stored and used.
    own = colour.default_profile()
    assert press.install_press_profile(owner, "Druckerei.icc", own) == "Coated FOGRA39 (PrintProof, ISO 12647-2)"
    assert press.press_setup().icc == own
    from printproof.store.settings import get_setting

    assert get_setting("press.profile_sha256")
    press.use_default_profile(owner)
    assert get_setting("press.profile_sha256") == ""


def test_gamut_share_is_stored_with_the_artwork(owner, blue_card):
    checks = json.loads(Artwork.get().checks)
    assert checks["gamut"]["share"] == 1.0 and checks["gamut"]["delta_e"] == colour.GAMUT_DELTA_E
    assert Artwork.get().marked_id  # the hatched view is stored beside the preview
