"""Proofs checked by real PDF readers: qpdf, pdfinfo, pdffonts, pdftotext, pdftoppm, pdfimages."""

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from printproof.domain.errors import UserError
from printproof.domain.spec import JobSpec
from printproof.services.artwork import artwork
from printproof.services.core import orders
from printproof.services.proofing import proofs
from printproof.store.blobs import sha256_hex
from tests.support.shop import card_png, needs


def run(*cmd: str) -> str:
    needs(cmd[0])
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def proof_file(owner, card_order, tmp_path) -> Path:
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "front.tif", mode="CMYK", fmt="TIFF"), "front")
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "back.png", color=(200, 60, 40)), "back")
    made = proofs.make_proof(owner, card_order)
    path = tmp_path / "proof.pdf"
    path.write_bytes(made.pdf)
    return path


def boxes(path: Path, page: int) -> dict[str, tuple[float, ...]]:
    out = run("pdfinfo", "-box", "-f", str(page), "-l", str(page), str(path))
    found = {}
    for name in ("MediaBox", "BleedBox", "TrimBox"):
        m = re.search(rf"Page\s+{page} {name}:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", out)
        found[name] = tuple(float(v) for v in m.groups())
    return found


def test_qpdf_finds_no_errors(proof_file):
    out = run("qpdf", "--check", str(proof_file))
    assert "No syntax or stream encoding errors" in out


def test_trim_and_bleed_boxes_are_exact(proof_file):
    assert "Pages:           3" in run("pdfinfo", str(proof_file))
    for page in (2, 3):
        b = boxes(proof_file, page)
        # pdfinfo prints each corner to 2 decimals, so a width can be off by one in the last digit.
        x1, y1, x2, y2 = b["TrimBox"]
        assert x2 - x1 == pytest.approx(240.94, abs=0.011) and y2 - y1 == pytest.approx(155.91, abs=0.011)
        x1, y1, x2, y2 = b["BleedBox"]
        assert x2 - x1 == pytest.approx(257.95, abs=0.011) and y2 - y1 == pytest.approx(172.91, abs=0.011)
        assert b["MediaBox"][2] > x2 and b["MediaBox"][3] > y2  # room for the trim marks


def test_every_font_is_embedded(proof_file):
    lines = run("pdffonts", str(proof_file)).splitlines()[2:]
    assert lines, "the proof has text, so it has fonts"
    for line in lines:
        assert re.search(r"\syes\s+yes\s+yes\s", line), line


def test_cover_text_in_german(proof_file):
    text = run("pdftotext", "-layout", "-f", "1", "-l", "1", str(proof_file), "-")
    for expected in (
        "KORREKTURABZUG",
        "Druckerei Müller",
        "Łukasz Żółć",
        "Ørsted GmbH",
        "Visitenkarte",
        "85 × 55 mm",
        "Rückseite: RGB-Daten",
        "Text und Rechtschreibung",
        "Unterschrift",
        "Seite 1 von 3",
    ):
        assert expected in text, expected


def test_artwork_pages_carry_slug_legend_and_watermark_text(proof_file):
    text = run("pdftotext", "-raw", "-f", "2", "-l", "2", str(proof_file), "-")
    assert "Auftrag 2026-00001 · Version 1 · Vorderseite" in text
    assert "Seite 2 von 3" in text
    assert "Originalgröße (100 %)" in text and "Sicherheitsabstand 3 mm" in text
    assert text.count("KORREKTUR") >= 4 and text.count("DRUCK") >= 4


def test_english_shop_and_unusual_names(store, tmp_path):
    from printproof.services.admin import setup

    actor = setup.setup("Print Corner", "Sam", "123456", "en").actor
    number = orders.new_order(actor, orders.CustomerInput("Иванов Şahin"), JobSpec("Flyer", 148, 210, colors="4/0"))
    number = number.number
    artwork.add_artwork(actor, number, card_png(tmp_path / "f.png", size=(1819, 2551)))
    path = tmp_path / "p.pdf"
    path.write_bytes(proofs.make_proof(actor, number).pdf)
    text = run("pdftotext", str(path), "-")
    for expected in ("PROOF", "Иванов Şahin", "Please check carefully", "Page 2 of 2"):
        assert expected in text, expected
    raw = run("pdftotext", "-raw", "-f", "2", "-l", "2", str(path), "-")
    assert raw.count("PROOF") >= 4 and raw.count("PRINT") >= 4


def test_watermark_is_visible_over_the_whole_artwork(proof_file, tmp_path):
    """Render the front at 100 dpi: across every part of the trim area the watermark shows
    over the plain blue artwork, so no crop can remove it."""
    run("pdftoppm", "-r", "100", "-f", "2", "-l", "2", "-png", str(proof_file), str(tmp_path / "page"))
    page = Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")
    trim = boxes(proof_file, 2)["TrimBox"]
    media_h = boxes(proof_file, 2)["MediaBox"][3]
    k = 100 / 72
    left, right = trim[0] * k, trim[2] * k
    top, bottom = (media_h - trim[3]) * k, (media_h - trim[1]) * k
    # The front is CMYK without a profile: it is shown through the press profile (FOGRA39), not a formula.
    from printproof.services.artwork import colour

    cmyk = Image.new("RGB", (1, 1), (40, 110, 190)).convert("CMYK")
    blue = colour.simulator(colour.default_setup()).cmyk_to_rgb(cmyk).getpixel((0, 0))
    # Split the trim area into a 3 × 3 grid (skipping the white box in the middle of the design):
    # each cell must show reddish watermark pixels over the blue.
    for gx in range(3):
        for gy in range(3):
            if gx == 1 and gy == 1:
                continue
            cell = page.crop(
                (
                    int(left + (right - left) * gx / 3),
                    int(top + (bottom - top) * gy / 3),
                    int(left + (right - left) * (gx + 1) / 3),
                    int(top + (bottom - top) * (gy + 1) / 3),
                )
            )
            pixels = list(cell.get_flattened_data())
            marked = sum(1 for r, g, b in pixels if r > blue[0] + 40 and b < blue[2] + 10)
            plain = sum(1 for p in pixels if all(abs(p[i] - blue[i]) < 25 for i in range(3)))
            assert marked / len(pixels) > 0.02, (gx, gy, marked / len(pixels))
            assert plain / len(pixels) > 0.3, "the artwork stays readable under the watermark"


def test_images_embedded_at_proof_resolution(owner, card_order, tmp_path):
    # A 600 dpi front: the proof must carry about 150 dpi, not the print master.
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "f.png", size=(2150, 1441)))
    path = tmp_path / "p.pdf"
    path.write_bytes(proofs.make_proof(owner, card_order).pdf)
    out = run("pdfimages", "-list", str(path)).splitlines()[2:]
    assert len(out) == 1
    cols = out[0].split()
    width, x_ppi = int(cols[3]), int(cols[12])
    assert width < 700 and 130 <= x_ppi <= 160, out[0]


def test_each_make_is_a_new_version_and_old_ones_never_change(owner, card_order, tmp_path):
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "f.png"))
    first = proofs.make_proof(owner, card_order)
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "f2.png", color=(10, 150, 60)))
    second = proofs.make_proof(owner, card_order, note="Grün statt Blau")
    assert (first.version, second.version) == (1, 2)
    assert first.sha256 != second.sha256
    out = tmp_path / "v1.pdf"
    proofs.export_proof(owner, card_order, out, version=1)
    assert sha256_hex(out.read_bytes()) == first.sha256
    assert out.read_bytes() == first.pdf
    assert proofs.get_proof(card_order).version == 2


def test_proof_without_artwork_is_refused(owner, card_order):
    with pytest.raises(UserError, match="no artwork"):
        proofs.make_proof(owner, card_order)


def test_giant_banner_is_scaled_and_says_so(store, tmp_path):
    from printproof.services.admin import setup

    actor = setup.setup("Shop", "Sam", "123456", "en").actor
    number = orders.new_order(
        actor, orders.CustomerInput("Big Corp"), JobSpec("Banner", 8000, 1000, 10, 1, colors="4/0")
    ).number
    artwork.add_artwork(actor, number, card_png(tmp_path / "b.png", size=(8020, 1020)))
    path = tmp_path / "banner.pdf"
    path.write_bytes(proofs.make_proof(actor, number).pdf)
    media = boxes(path, 2)["MediaBox"]
    assert media[2] <= 14400 and media[3] <= 14400
    trim = boxes(path, 2)["TrimBox"]
    assert round((trim[2] - trim[0]) / 72 * 25.4) == 4000  # 8000 mm at 50 %
    assert "Shown at 50 % of the printed size" in run("pdftotext", "-f", "2", "-l", "2", str(path), "-")
