"""PDF preflight: every defect made on purpose is found by its code, and poppler agrees.

The files come from tests/support/pdfs.py (reportlab and pikepdf). Where poppler can see the same thing
(pdfimages -list: x-ppi, y-ppi, color; pdffonts: emb; pdfinfo -box; pdftoppm -overprint) the test
reads it from poppler too, so the checks are not graded only by the code that made them.
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from printproof.domain.errors import UserError
from printproof.domain.preflight import PressFacts, SideArtwork, check_job
from printproof.domain.spec import JobSpec
from printproof.services.artwork import colour, imaging
from printproof.services.artwork.pdf_preflight import analyse
from tests.support import pdfs
from tests.support.shop import needs

A4 = JobSpec("Flyer A4", 210, 297, 3, 1000, "135 g Bilderdruck", "4/0")


def run(*cmd: str) -> str:
    needs(cmd[0])
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def findings(path: Path, spec: JobSpec = A4, lang: str = "en", press: PressFacts | None = None):
    _, pages = imaging.read_pages(path.read_bytes(), path.name, spec, 150)
    sides = [
        SideArtwork(p.page, p.width_px, p.height_px, p.mode, p.vector, p.edges_with_content, p.checks) for p in pages
    ]
    return check_job(spec, sides, lang, press or PressFacts())


def codes(found) -> list[str]:
    return sorted(f.code for f in found)


def pdfimages(path: Path) -> list[dict[str, str]]:
    lines = run("pdfimages", "-list", str(path)).splitlines()[2:]
    keys = [
        "page",
        "num",
        "type",
        "width",
        "height",
        "color",
        "comp",
        "bpc",
        "enc",
        "interp",
        "object",
        "id",
        "x-ppi",
        "y-ppi",
    ]
    return [dict(zip(keys, line.split(), strict=False)) for line in lines if line.strip()]


def pdffonts(path: Path) -> dict[str, str]:
    """Font name (subset prefix removed) → emb column."""
    rows = {}
    for line in run("pdffonts", str(path)).splitlines()[2:]:
        match = re.match(r"^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line)
        if match:
            rows[re.sub(r"^[A-Z]{6}\+", "", match.group(1))] = match.group(4)
    return rows


def test_clean_cmyk_pdf_has_no_findings(tmp_path):
    path = pdfs.clean_cmyk(tmp_path / "clean.pdf")
    assert findings(path) == []
    images = pdfimages(path)
    assert images and all(i["color"] == "cmyk" and float(i["x-ppi"]) >= 300 for i in images)
    assert set(pdffonts(path).values()) == {"yes"}


def test_rgb_images_by_their_placed_resolution(tmp_path):
    path = pdfs.rgb_images(tmp_path / "photos.pdf")
    found = findings(path)
    by_code = {f.code: f for f in found}
    assert codes(found) == ["low_resolution", "rgb_for_cmyk", "very_low_resolution"]
    low, very = by_code["low_resolution"], by_code["very_low_resolution"]
    assert (low.params["ppi"], low.params["where"], str(low.severity)) == (180, "top_left", "warning")
    assert (very.params["ppi"], very.params["where"], str(very.severity)) == (112, "bottom_right", "serious")
    assert by_code["rgb_for_cmyk"].params == {"variant": "pdf", "rgb_images": 2, "lab_images": 0, "rgb_vector": True}
    assert low.message == "Front, image top left: 180 ppi at its placed size (300 ppi recommended)."
    german = very.in_language("de").message
    assert german.startswith("Vorderseite, Bild unten rechts: nur 112 ppi")
    # poppler reads the same resolutions and colour spaces from the same file.
    seen = sorted((round(min(float(i["x-ppi"]), float(i["y-ppi"]))), i["color"]) for i in pdfimages(path))
    assert seen == [(112, "rgb"), (180, "rgb")]


def test_resolution_follows_the_placement_not_the_pixels(tmp_path):
    """The same 600 px image at 300 ppi is fine; squeezed in one direction its smaller ppi counts."""
    path = tmp_path / "squeezed.pdf"
    c = pdfs.canvas(path)
    from reportlab.lib.utils import ImageReader

    c.drawImage(ImageReader(pdfs.photo((600, 600), "CMYK")), 100, 100, 144, 360)  # 300 × 120 ppi
    c.showPage()
    c.save()
    very = [f for f in findings(path) if f.code == "very_low_resolution"]
    assert [f.params["ppi"] for f in very] == [120]
    [image] = pdfimages(path)
    assert (round(float(image["x-ppi"])), round(float(image["y-ppi"]))) == (300, 120)


def test_spot_colours_by_name_in_a_process_job(tmp_path):
    path = pdfs.spot_colours(tmp_path / "spot.pdf")
    found = findings(path)
    assert [(f.code, f.params["name"]) for f in found] == [("spot_color", "PANTONE 286 C"), ("spot_color", "HKS 43 K")]
    assert "“PANTONE 286 C”" in found[0].message
    # A job ordered in one (spot) colour is not told off for using one.
    assert findings(path, JobSpec("Stempelkarte", 210, 297, 3, 100, "", "1/0")) == []


def test_type3_font_noted_and_devicen_spot_named(tmp_path):
    path = pdfs.type3_and_devicen(tmp_path / "t3.pdf")
    found = findings(path)
    assert ("font_type3", "Stamp") in [(f.code, f.params.get("font")) for f in found]
    assert [f.params["name"] for f in found if f.code == "spot_color"] == ["HKS 43 K"]  # Cyan is process
    assert "Type 3" in run("pdffonts", str(path))


def test_white_overprint_is_serious_and_vanishes_on_press(tmp_path):
    path = pdfs.overprint(tmp_path / "overprint.pdf")
    found = findings(path)
    white = sorted((f.params["what"], f.params["where"]) for f in found if f.code == "white_overprint")
    assert white == [("graphics", "top_right"), ("text", "bottom_left")]
    assert all(str(f.severity) == "serious" for f in found if f.code == "white_overprint")
    assert "overprint" in codes(found)  # the black overprint is noted, not condemned
    # poppler with overprint preview shows what the press does: the white box is gone, cyan shows.
    for flag, name in (([], "plain"), (["-overprint"], "press")):
        run("pdftoppm", "-r", "36", *flag, "-png", str(path), str(tmp_path / name))
    w, h = pdfs.A4_BLEED
    at = (round((w * 0.7 + 40) / 2), round((h - h * 0.75 - 30) / 2))
    plain = Image.open(next(tmp_path.glob("plain*.png"))).convert("RGB").getpixel(at)
    press = Image.open(next(tmp_path.glob("press*.png"))).convert("RGB").getpixel(at)
    assert plain == (255, 255, 255) and press[0] < 60 and press[2] > 180


def test_hairlines_after_the_page_transformation(tmp_path):
    found = findings(pdfs.hairlines(tmp_path / "lines.pdf"))
    [line] = [f for f in found if f.code == "hairline"]
    assert (line.params["count"], line.params["width"], line.params["where"]) == (2, 0.05, "bottom_left")
    assert "the thinnest 0.05 pt (0.018 mm, bottom left)" in line.message
    assert "die dünnste 0,05 pt (0,018 mm, unten links)" in line.in_language("de").message
    [zero] = [f for f in findings(pdfs.hairlines(tmp_path / "zero.pdf", zero=True)) if f.code == "hairline"]
    assert zero.params["count"] == 3 and zero.params["width"] == 0 and "width 0" in zero.message


def test_fonts_not_embedded_agree_with_pdffonts(tmp_path):
    path = pdfs.standard_fonts(tmp_path / "fonts.pdf")
    flagged = sorted(f.params["font"] for f in findings(path) if f.code == "font_not_embedded")
    assert flagged == ["Helvetica", "Times-Roman"]
    poppler = pdffonts(path)
    assert sorted(name for name, emb in poppler.items() if emb == "no") == flagged
    assert poppler["DejaVuSans"] == "yes"


@pytest.mark.parametrize(
    ("trim", "bleed", "expected"),
    [
        ((210, 297), 3, []),
        ((200, 290), 3, ["trim_mismatch"]),
        ((210, 297), 1, ["no_bleed"]),
    ],
)
def test_the_pdfs_own_page_boxes(tmp_path, trim, bleed, expected):
    path = pdfs.boxes(tmp_path / "boxes.pdf", trim, bleed)
    found = findings(path)
    assert codes(found) == expected
    out = run("pdfinfo", "-box", str(path))
    box = [float(v) for v in re.search(r"TrimBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", out).groups()]
    assert round((box[2] - box[0]) / 72 * 25.4, 1) == trim[0]
    if expected == ["trim_mismatch"]:
        assert (
            found[0].message == "Front: the PDF's finished size (TrimBox) is 200 × 290 mm; the order is 210 × 297 mm."
        )
    if expected == ["no_bleed"]:
        assert found[0].params["found"] == 1.0 and "1 mm bleed, 3 mm are ordered" in found[0].message


def test_page_without_trimbox_is_judged_by_its_shape(tmp_path):
    path = tmp_path / "a4.pdf"
    c = pdfs.canvas(path, (pdfs.mm_to_pt(210), pdfs.mm_to_pt(297)), boxes=False)
    c.setFillColorCMYK(0, 0.2, 0.5, 0)
    c.rect(0, 0, pdfs.mm_to_pt(210), pdfs.mm_to_pt(297), fill=1, stroke=0)
    c.showPage()
    c.save()
    assert codes(findings(path)) == ["no_bleed"]  # exactly A4: no bleed (today's raster rule)


def test_total_ink_coverage_against_the_limit(tmp_path):
    path = pdfs.ink(tmp_path / "ink.pdf")
    [ink] = [f for f in findings(path) if f.code == "ink_coverage"]
    assert (ink.params["percent"], ink.params["limit"], ink.params["where"]) == (380, 300, "bottom_right")
    assert findings(path, press=PressFacts(ink_limit=400)) == []


def test_ink_coverage_of_cmyk_raster_files(tmp_path):
    path = tmp_path / "rich.tif"
    im = Image.new("CMYK", (1075, 720), (40, 40, 40, 0))
    im.paste((255, 240, 230, 200), (800, 500, 1075, 720))  # 925 / 255 = 363 % bottom right
    im.save(path)
    [ink] = [f for f in findings(path, JobSpec("Karte", 85, 55, 3, 100, "", "4/0")) if f.code == "ink_coverage"]
    assert (ink.params["percent"], ink.params["where"]) == (363, "bottom_right")


def test_output_intent_is_named_and_a_different_one_warned(tmp_path):
    same = findings(pdfs.with_output_intent(tmp_path / "x39.pdf", "FOGRA39"))
    assert [(f.code, f.params["name"]) for f in same] == [("output_intent", "FOGRA39")]
    other = findings(pdfs.with_output_intent(tmp_path / "x51.pdf", "FOGRA51"))
    assert [(f.code, str(f.severity)) for f in other] == [("output_intent_differs", "warning")]
    assert other[0].message == (
        "Front: the PDF is prepared for “FOGRA51”, the press prints to “Coated FOGRA39 (PrintProof, ISO 12647-2)” – "
        "colours will differ."
    )


def test_forms_and_annotations_are_shown_as_printed(tmp_path):
    path = pdfs.form_and_annotations(tmp_path / "form.pdf")
    found = findings(path)
    # The text field prints; the link and the comment without the print flag do not count.
    assert [f.params["count"] for f in found if f.code == "annotations"] == [1]
    # The field's value is drawn on the proof's page, as a reader prints it; poppler draws it there too.
    _, [page] = imaging.read_pages(path.read_bytes(), path.name, A4, 150)
    preview = Image.open(io.BytesIO(page.preview)).convert("L")
    k = 150 / 72
    top = pdfs.mm_to_pt(60) * k
    field = (int(pdfs.mm_to_pt(30) * k), int(top - pdfs.mm_to_pt(12) * k), int(pdfs.mm_to_pt(120) * k), int(top))
    assert min(preview.crop(field).get_flattened_data()) < 100, "the field's text is on the proof"
    run("pdftoppm", "-r", "150", "-png", str(path), str(tmp_path / "poppler"))
    poppler = Image.open(next(tmp_path.glob("poppler*.png"))).convert("L")
    assert min(poppler.crop(field).get_flattened_data()) < 100


def test_javascript_is_refused_in_one_sentence(tmp_path):
    path = pdfs.with_javascript(tmp_path / "script.pdf")
    with pytest.raises(UserError, match="contains JavaScript") as refused:
        imaging.read_pages(path.read_bytes(), path.name, A4, 150)
    assert "\n" not in str(refused.value)


def test_position_follows_the_page_rotation(tmp_path):
    report = analyse(pdfs.rotated(tmp_path / "rotated.pdf").read_bytes(), "rotated.pdf").pages[0]
    assert [i.where for i in report.images] == ["top_left"]
    assert report.trim_mm == (297.0, 210.0)  # as the page is shown


def test_cmyk_in_a_pdf_is_drawn_through_the_press_profile(tmp_path):
    """No formula: the flat CMYK area of the clean file has littleCMS's colour for it (transicc agrees)."""
    path = pdfs.clean_cmyk(tmp_path / "clean.pdf")
    _, [page] = imaging.read_pages(path.read_bytes(), path.name, A4, 150)
    preview = Image.open(io.BytesIO(page.preview)).convert("RGB")
    shown = preview.getpixel((preview.size[0] // 2, preview.size[1] - 40))  # lower half: 10/70/60/5
    profile = colour.get_resource(*colour.DEFAULT_PROFILE)
    needs("transicc")
    # pdfium draws ICC colour with the perceptual intent
    out = subprocess.run(
        ["transicc", "-n", f"-i{profile}", "-o*sRGB", "-t0"], input="10 70 60 5\n", capture_output=True, text=True
    ).stdout.split()
    expected = [float(v) for v in out[-3:]]
    assert all(abs(a - b) <= 4 for a, b in zip(shown, expected, strict=True)), (shown, expected)


def test_every_finding_reads_in_english_and_german(tmp_path):
    """The English counter app never shows a German finding (and the German proof no English one)."""
    found = []
    for make in (pdfs.rgb_images, pdfs.spot_colours, pdfs.overprint, pdfs.hairlines, pdfs.standard_fonts, pdfs.ink):
        found += findings(make(tmp_path / f"{make.__name__}.pdf"), lang="de")
    found += findings(pdfs.boxes(tmp_path / "b.pdf", (200, 290), 3), lang="de")
    found += findings(pdfs.form_and_annotations(tmp_path / "f.pdf"), lang="de")
    found += findings(pdfs.with_output_intent(tmp_path / "x.pdf", "FOGRA51"), lang="de")
    found += findings(pdfs.type3_and_devicen(tmp_path / "t.pdf"), lang="de")
    assert len({f.code for f in found}) >= 13
    for finding in found:
        english, german = finding.in_language("en").message, finding.in_language("de").message
        assert english != german
        assert not re.search(r"[äöüß„]|Seite|Vorderseite|Bild ", english), english
        assert not re.search(r"\b(the|image|line|front)\b", german), german


def test_a_pdf_of_too_many_pages_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "catalogue.pdf"
    c = pdfs.canvas(path)
    for _ in range(65):
        c.drawString(100, 100, "page")
        c.showPage()
    c.save()
    with pytest.raises(UserError, match="has 65 pages; at most 64 sides"):
        imaging.read_pages(path.read_bytes(), path.name, A4, 150)


def test_the_proof_names_the_output_intent_and_keeps_the_customers_file_untouched(owner, tmp_path):
    from printproof.services.artwork import artwork
    from printproof.services.core import orders
    from printproof.services.proofing import proofs
    from printproof.store.blobs import blob_bytes, sha256_hex
    from printproof.store.models import Artwork

    number = orders.new_order(owner, orders.CustomerInput("Agentur", "", "", ""), A4).number
    path = pdfs.with_output_intent(tmp_path / "x39.pdf", "FOGRA39")
    added = artwork.add_artwork(owner, number, path)
    assert [f.code for f in added.findings] == ["output_intent"]
    made = proofs.make_proof(owner, number)
    # The DeviceCMYK of the file was drawn through a profile by rewriting a copy in memory: the stored
    # original is byte for byte the customer's file.
    art = Artwork.get()
    assert art.original_id == sha256_hex(path.read_bytes()) and blob_bytes(art.original_id) == path.read_bytes()
    out = tmp_path / "proof.pdf"
    out.write_bytes(made.pdf)
    cover = " ".join(run("pdftotext", "-l", "1", str(out), "-").split())
    assert "Datei angelegt für FOGRA39" in cover
    assert "die PDF ist für „FOGRA39“ angelegt" in cover


def test_a_refused_pdf_changes_nothing_in_the_store(owner, tmp_path):
    from printproof.services.artwork import artwork
    from printproof.services.core import orders
    from tests.support.shop import table_counts

    number = orders.new_order(owner, orders.CustomerInput("Agentur", "", "", ""), A4).number
    before = table_counts()
    with pytest.raises(UserError, match="contains JavaScript"):
        artwork.add_artwork(owner, number, pdfs.with_javascript(tmp_path / "script.pdf"))
    assert table_counts() == before


def jpx_pdf(path: Path, codestream: bool) -> Path:
    """An A4 page with one photo as JPEG 2000 (Pillow's OpenJPEG) and no /ColorSpace: ISO 32000 §8.9.5.2 lets the
    image carry it inside (a JP2 ``colr`` box, or a bare codestream's component count)."""
    import pikepdf

    photo = io.BytesIO()
    Image.effect_noise((600, 400), 60).convert("RGB").save(photo, "JPEG2000", no_jp2=codestream)
    pdf = pikepdf.new()
    w, h = 216 * 72 / 25.4, 303 * 72 / 25.4
    image = pikepdf.Stream(pdf, photo.getvalue())
    image.Type, image.Subtype, image.Filter = pikepdf.Name.XObject, pikepdf.Name.Image, pikepdf.Name.JPXDecode
    image.Width, image.Height = 600, 400
    content = pikepdf.Stream(pdf, b"q 340 0 0 227 60 400 cm /Im0 Do Q")
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=[0, 0, w, h],
        TrimBox=[8.5, 8.5, w - 8.5, h - 8.5],
        Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image)),
        Contents=content,
    )
    pdf.pages.append(pikepdf.Page(page))
    pdf.save(path)
    return path


@pytest.mark.parametrize("codestream", [False, True], ids=["jp2", "j2k"])
def test_a_jpeg_2000_image_without_a_colour_space_is_counted_by_what_it_carries(tmp_path, codestream):
    path = jpx_pdf(tmp_path / "jpx.pdf", codestream)
    by_code = {f.code: f for f in findings(path)}
    assert by_code["rgb_for_cmyk"].params["rgb_images"] == 1
    assert [i["color"] for i in pdfimages(path)] == ["rgb"]  # poppler reads the same from the same file
