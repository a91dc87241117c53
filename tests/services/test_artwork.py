import io
import struct
import zlib

import pytest
from PIL import Image

from printproof.domain.errors import UserError
from printproof.services.artwork import artwork
from printproof.store.models import Artwork
from tests.support.shop import card_png, image_bytes, table_counts


def add(actor, number, path, side="front"):
    return artwork.add_artwork(actor, number, path, side)


def test_png_front_is_measured(owner, card_order, tmp_path):
    result = add(owner, card_order, card_png(tmp_path / "front.png"))
    art = Artwork.get()
    assert (art.width_px, art.height_px, art.mode, art.file_type) == (1075, 720, "RGB", "png")
    assert art.side == 0 and art.current
    assert sorted(f.code for f in result.findings) == ["missing_side", "rgb_for_cmyk"]


def test_cmyk_tiff_16bit_and_icc(owner, card_order, tmp_path):
    from PIL import ImageCms

    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    add(owner, card_order, card_png(tmp_path / "front.tif", mode="CMYK", fmt="TIFF"))
    assert Artwork.get(Artwork.side == 0).mode == "CMYK"
    rgb = card_png(tmp_path / "back.tif", fmt="TIFF", icc_profile=icc)
    add(owner, card_order, rgb, "back")
    back = Artwork.get(Artwork.side == 1)
    assert back.icc_profile  # the profile's name
    sixteen = tmp_path / "g16.tif"
    Image.new("I;16", (1075, 720), 30000).save(sixteen)
    add(owner, card_order, sixteen, "back")
    back = Artwork.get((Artwork.side == 1) & (Artwork.current == True))  # noqa: E712
    assert back.bits == 16
    assert Artwork.select().where(Artwork.side == 1).count() == 2  # the replaced file stays on record


def test_jpeg_exif_orientation_is_honoured(owner, card_order, tmp_path):
    # A phone photo stored landscape-sideways with "rotate 90" in EXIF: upright it is 720 wide, 1075 high.
    im = Image.new("RGB", (1075, 720), "red")
    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "phone.jpg"
    im.save(path, "JPEG", exif=exif)
    add(owner, card_order, path)
    art = Artwork.get()
    assert (art.width_px, art.height_px) == (720, 1075)
    preview = Image.open(io.BytesIO(art.preview.data))
    assert preview.size[1] > preview.size[0]


def test_multipage_tiff_fills_front_and_back(owner, card_order, tmp_path):
    a = Image.new("CMYK", (1075, 720), (0, 50, 0, 0))
    b = Image.new("CMYK", (1075, 720), (50, 0, 0, 0))
    path = tmp_path / "both.tif"
    a.save(path, save_all=True, append_images=[b])
    result = add(owner, card_order, path)
    assert result.sides == [0, 1]
    assert result.findings == []


def test_pdf_pages_become_sides(owner, card_order, tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    from printproof.domain.units import mm_to_pt

    path = tmp_path / "card.pdf"
    c = Canvas(str(path), pagesize=(mm_to_pt(91), mm_to_pt(61)))
    for text in ("Front", "Back"):
        c.setFillColorCMYK(0, 0.5, 1, 0)
        c.rect(0, 0, mm_to_pt(91), mm_to_pt(61), fill=1)
        c.setFillColorCMYK(0, 0, 0, 1)
        c.drawString(40, 60, text)
        c.showPage()
    c.save()
    result = add(owner, card_order, path)
    assert result.sides == [0, 1]
    assert all(a.vector and a.file_type == "pdf" for a in Artwork.select())
    # reportlab's Helvetica is one of the standard fonts it does not embed: the press would substitute it.
    assert [(f.code, f.side, f.params["font"]) for f in result.findings] == [
        ("font_not_embedded", 0, "Helvetica"),
        ("font_not_embedded", 1, "Helvetica"),
    ]


def _truncated_png():
    return image_bytes(Image.new("RGB", (800, 600), "blue"), "PNG")[:300]


def _bomb_png():
    # A valid PNG header claiming 100 000 × 100 000 pixels (10 gigapixels).
    data = bytearray(image_bytes(Image.new("L", (1, 1)), "PNG"))
    data[16:24] = struct.pack(">II", 100_000, 100_000)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))  # a valid header checksum
    return bytes(data)


def _encrypted_pdf():
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    c = Canvas(out, encrypt=StandardEncryption("secret", canPrint=0))
    c.drawString(100, 100, "locked")
    c.save()
    return out.getvalue()


BAD_FILES = [
    ("empty.png", b"", "is empty"),
    ("notes.png", b"Hello, this is a text file pretending to be an image\n" * 20, "is not artwork"),
    ("virus.jpg", b"MZ\x90\x00" + b"\x00" * 500, "is not artwork"),
    ("cut.png", _truncated_png(), "damaged or truncated"),
    ("cut.jpg", image_bytes(Image.new("RGB", (800, 600), "blue"), "JPEG")[:400], "damaged or truncated"),
    ("bomb.png", _bomb_png(), "absurd number of pixels|megapixels"),
    ("anim.gif", image_bytes(Image.new("RGB", (10, 10)), "GIF"), "does not take"),
    (
        "empty.pdf",
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
        b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF",
        "without pages|damaged PDF",
    ),
    ("broken.pdf", b"%PDF-1.7\n" + b"garbage " * 200, "damaged PDF"),
    ("locked.pdf", _encrypted_pdf(), "password-protected"),
]


@pytest.mark.parametrize("name,data,message", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_files_are_refused_and_nothing_changes(owner, card_order, tmp_path, name, data, message):
    add(owner, card_order, card_png(tmp_path / "good.png"))
    before = table_counts()
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UserError, match=message) as caught:
        add(owner, card_order, path)
    assert name in str(caught.value)
    assert table_counts() == before


def test_missing_file_and_folder(owner, card_order, tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        add(owner, card_order, tmp_path / "nope.png")
    with pytest.raises(UserError, match="is a folder"):
        add(owner, card_order, tmp_path)


def test_unknown_order_and_side(owner, card_order, tmp_path):
    path = card_png(tmp_path / "a.png")
    with pytest.raises(UserError, match="no order"):
        add(owner, "2026-99999", path)
    with pytest.raises(UserError, match="not understood"):
        add(owner, card_order, path, "inside")
