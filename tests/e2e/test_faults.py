"""Every fault the issue lists, each with its one sentence and an unchanged store (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
import json
import os
import subprocess
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from printproof.domain import i18n
from printproof.domain.errors import UserError
from printproof.domain.spec import JobSpec
from printproof.services.admin import setup
from printproof.services.artwork import artwork
from printproof.services.core import files, orders
from printproof.store.models import Artwork
from tests.support.shop import CARD, PRINTPROOF, card_png, table_counts


def bytes_read() -> int:
    """What this process has read through read() so far (Linux): proof that a file was not read."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar")


def one_sentence(text: str) -> None:
    assert "\n" not in text and text.endswith(".") and "internal" not in text.lower(), text
    assert "Errno" not in text and "Traceback" not in text, text


@pytest.mark.parametrize("kind", ["zero", "urandom", "fifo", "folder", "video"])
def test_only_regular_files_of_sane_size_are_read(owner, card_order, tmp_path, kind):
    path = tmp_path / {"zero": "front.pdf", "urandom": "back.png", "fifo": "pipe.tif", "folder": "Druckdaten"}.get(
        kind, "Imagefilm.mp4"
    )
    if kind in ("zero", "urandom"):
        path.symlink_to(f"/dev/{kind}")
    elif kind == "fifo":
        os.mkfifo(path)  # reading it would wait forever for a writer
    elif kind == "folder":
        path.mkdir()
    else:
        with path.open("wb") as handle:
            handle.truncate(2 * 1024**3)  # a 2 GB video (sparse: no disk space used)
    expected = {
        "zero": "“front.pdf” is not a file but a device, pipe or socket; pick the file itself.",
        "urandom": "“back.png” is not a file but a device, pipe or socket; pick the file itself.",
        "fifo": "“pipe.tif” is not a file but a device, pipe or socket; pick the file itself.",
        "folder": "“Druckdaten” is a folder, not a file.",
        "video": "“Imagefilm.mp4” is 2147 MB; files up to 524 MB are accepted.",
    }[kind]
    before, read_before = table_counts(), bytes_read()
    with pytest.raises(UserError) as refused:
        artwork.add_artwork(owner, card_order, path)
    assert str(refused.value) == expected
    assert bytes_read() - read_before < 1_000_000  # refused without reading the file
    assert table_counts() == before
    i18n.set_language("de")
    try:
        with pytest.raises(UserError) as german:
            artwork.read_file(path)
    finally:
        i18n.set_language("en")
    assert "„" in str(german.value) and any(w in str(german.value) for w in ("keine Datei", "Ordner", "angenommen"))


def test_a_symlink_to_dev_zero_on_the_command_line(tmp_path):
    env = {**os.environ, "PRINTPROOF_DB": str(tmp_path / "s.sqlite3")}
    run = [*PRINTPROOF, "--user", "Anna", "--pin", "123456"]
    subprocess.run(
        [*PRINTPROOF, "setup", "--shop", "S", "--owner", "Anna", "--pin", "123456"],
        env=env,
        check=True,
        capture_output=True,
    )
    number = json.loads(
        subprocess.run(
            [*run, "order", "new", "--customer", "A", "--product", "P", "--size", "85x55", "--quantity", "1", "--json"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )["order"]
    (tmp_path / "front.tif").symlink_to("/dev/zero")
    done = subprocess.run(
        [*run, "artwork", "add", number, str(tmp_path / "front.tif")], env=env, capture_output=True, text=True
    )
    assert (done.returncode, done.stderr.strip()) == (
        2,
        "“front.tif” is not a file but a device, pipe or socket; pick the file itself.",
    )


def _pdf_with_boxes(**boxes: list[float]) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import RectangleObject
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(257.95, 172.91))  # 91 × 61 mm: a business card with bleed
    canvas.setFillColorRGB(0.1, 0.4, 0.8)
    canvas.rect(0, 0, 257.95, 172.91, fill=1)
    canvas.save()
    reader, writer = PdfReader(io.BytesIO(out.getvalue())), PdfWriter()
    page = reader.pages[0]
    for box, value in boxes.items():
        setattr(page, box, RectangleObject(value))
    writer.add_page(page)
    result = io.BytesIO()
    writer.write(result)
    return result.getvalue()


@pytest.mark.parametrize(
    "boxes",
    [
        {"cropbox": [1000, 1000, 1200, 1200]},  # CropBox entirely outside the MediaBox
        {"cropbox": [-100, -100, 100, 100]},  # partly outside
        {"cropbox": [257, 172, 0, 0]},  # corners swapped
        {"mediabox": [0, 0, -257, -172]},  # negative
        {"mediabox": [0, 0, 0, 0]},  # empty
        {"mediabox": [0, 0, 0.5, 0.5]},  # a speck
        {"mediabox": [0, 0, 1e30, 1e30]},  # absurdly large
        {"trimbox": [500, 500, 600, 600]},  # TrimBox outside the page
        {"bleedbox": [-1000, -1000, 2000, 2000]},  # BleedBox beyond the MediaBox
    ],
)
def test_absurd_pdf_boxes_are_shown_sensibly_or_refused_in_one_sentence(owner, card_order, tmp_path, boxes):
    path = tmp_path / "karte.pdf"
    path.write_bytes(_pdf_with_boxes(**boxes))
    before = table_counts()
    try:
        added = artwork.add_artwork(owner, card_order, path)
    except UserError as exc:
        one_sentence(str(exc))
        assert "karte.pdf" in str(exc)
        assert table_counts() == before
    else:
        art = Artwork.get(Artwork.order == orders.find_order(added.order, None), Artwork.current == True)  # noqa: E712
        assert art.width_px > 0 and art.height_px > 0


def test_pillows_decompressed_data_too_large_becomes_what_to_do(owner, card_order, tmp_path):
    info = PngImagePlugin.PngInfo()
    info.add_text("comment", "x" * 3_000_000, zip=True)  # 3 KB on disk, 3 MB unpacked
    path = tmp_path / "logo.png"
    Image.new("RGB", (1075, 720), (40, 110, 190)).save(path, "PNG", pnginfo=info)
    before = table_counts()
    with pytest.raises(UserError) as refused:
        artwork.add_artwork(owner, card_order, path)
    assert str(refused.value) == (
        "“logo.png” carries an oversized text or colour-profile block; open it in the design program and save or "
        "export it again (PDF or TIFF)."
    )
    assert "Decompressed" not in str(refused.value)
    assert table_counts() == before


def test_proof_make_out_to_a_missing_folder_stores_no_version(tmp_path):
    env = {**os.environ, "PRINTPROOF_DB": str(tmp_path / "s.sqlite3")}
    base = [*PRINTPROOF]
    user = ["--user", "Anna", "--pin", "123456"]

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*base, *args], env=env, capture_output=True, text=True, cwd=tmp_path)

    run("setup", "--shop", "S", "--owner", "Anna", "--pin", "123456")
    number = json.loads(
        run(
            *user,
            "order",
            "new",
            "--customer",
            "A",
            "--product",
            "P",
            "--size",
            "85x55",
            "--quantity",
            "1",
            "--colors",
            "4/0",
            "--json",
        ).stdout
    )["order"]
    run(*user, "artwork", "add", number, str(card_png(tmp_path / "f.png")))
    missing = tmp_path / "nowhere" / "proof.pdf"
    done = run(*user, "proof", "make", number, "--out", str(missing))
    assert (done.returncode, done.stderr.strip()) == (2, f"The folder “{missing.parent}” does not exist.")
    assert json.loads(run(*user, "show", number, "--json").stdout)["proofs"] == []
    for args in (("certificate", number, "--out", str(missing)), ("dossier", number, "--out", str(missing))):
        refused = run(*user, *args)
        assert (refused.returncode, refused.stderr.strip()) == (2, f"The folder “{missing.parent}” does not exist.")
    assert not list(tmp_path.rglob(".printproof-partial-*"))


@pytest.mark.parametrize(
    "notes,expected",
    [
        ("Bitte\x07 Glocke", "The note contains an invisible control character; please type it again."),
        ("Rechts\u202eLinks", "The note contains an invisible control character; please type it again."),
        ("x" * 5001, "The note is too long (5001 characters; at most 5000)."),
    ],
)
def test_notes_are_checked_like_names(owner, notes, expected):
    before = table_counts()
    with pytest.raises(UserError) as refused:
        orders.new_order(owner, orders.CustomerInput("Kundin"), CARD, notes)
    assert str(refused.value) == expected
    assert table_counts() == before


def test_every_free_text_setting_is_checked(owner):
    before = table_counts()
    for key, value, words in (
        ("shop.name", "Druckerei\x1b[31m", "invisible control character"),
        ("shop.name", "", "is empty"),
        ("proof.watermark", "X" * 101, "too long"),
        ("terms.de", "AGB\u202e", "invisible control character"),
        ("proof.dpi", "viel", "whole number from 72 to 300"),
        ("lock.idle_minutes", "-3", "whole number from 1 to 240"),
        ("backup.keep", 10_000, "whole number from 1 to 365"),
        ("shop.logo_sha256", "0" * 64, "Choose the logo as a picture file"),
    ):
        with pytest.raises(UserError, match=words):
            setup.change_settings(owner, {key: value})
    assert table_counts() == before


@pytest.mark.parametrize(
    "name",
    [
        "\U0001f469\u200d\U0001f469\u200d\U0001f467 Familie Öztürk",
        "\u0641\u0631\u0647\u0627\u062f \u0645\u06cc\u200c\u0622\u06cc\u062f",  # Persian, with ZWNJ
        "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f Highland Print",
    ],
)
def test_joiners_in_names_are_accepted_and_found(owner, name):
    made = orders.new_order(owner, orders.CustomerInput(name, company=name), JobSpec(name, 85, 55))
    assert made.customer.name == name and made.product == name
    assert made.number in [r.number for r in orders.search_orders(name.split()[-1])]


def test_artwork_file_names_are_stored_cleaned(owner, card_order, tmp_path):
    path = tmp_path / "Vorderseite\nfinal\x1b.png"
    card_png(path)
    added = artwork.add_artwork(owner, card_order, path)
    stored = Artwork.get(Artwork.order == orders.find_order(added.order, None)).filename
    assert stored == "Vorderseite_final_.png"


@pytest.mark.parametrize("kind", ["fifo", "link to fifo", "link to file"])
def test_a_file_written_never_replaces_a_pipe_or_device_and_goes_through_a_link(owner, card_order, tmp_path, kind):
    """`proof make --out` and `backup` onto a pipe or a device replaced it (as root, /dev/full became a PDF); a
    symbolic link was replaced by a file. A pipe or device is refused before any version is stored; through a link
    the file it names is written and the link stays."""
    from printproof.services.evidence.backup import make_backup
    from printproof.store.models import Proof

    artwork.add_artwork(owner, card_order, card_png(tmp_path / "front.png"))
    pipe, kept = tmp_path / "pipe", tmp_path / "kept.pdf"
    os.mkfifo(pipe)
    kept.write_bytes(b"old")
    out = tmp_path / "out.pdf"
    if kind == "fifo":
        out = pipe
    else:
        out.symlink_to(pipe if kind == "link to fifo" else kept)
    if kind == "link to file":
        files.write_file_atomically(out, b"%PDF-new")
        assert out.is_symlink() and kept.read_bytes() == b"%PDF-new"
        backup = make_backup(owner, out)
        assert out.is_symlink() and backup.path == kept and kept.stat().st_size > 1000
        return
    before = Proof.select().count()
    for write in (lambda: files.write_file_atomically(out, b"%PDF"), lambda: make_backup(owner, out)):
        with pytest.raises(UserError) as refused:
            write()
        one_sentence(str(refused.value))
        assert "device, pipe or socket" in str(refused.value)
        assert pipe.exists() and not pipe.is_file() and os.path.islink(out) == (kind != "fifo")
    assert Proof.select().count() == before


@pytest.mark.parametrize("layers", [1, 2])
def test_a_pdf_that_unpacks_to_gigabytes_is_refused_in_bounded_memory(owner, card_order, tmp_path, layers):
    """A 1 MB PDF whose page unpacks to 600 MB of drawing instructions: it took gigabytes (read whole, then parsed
    into objects). It is refused in one sentence, unpacked 1 MB at a time; identify answers without reading it.
    Also packed twice (/Filter [/FlateDecode /FlateDecode]), which a first guard unpacked whole."""
    import resource
    import zlib

    import pikepdf

    from printproof.services.artwork.pdf_objects import CONTENT_LIMIT
    from printproof.services.evidence.identify import identify_bytes

    squeeze, chunk = zlib.compressobj(9), b"0 0 1 1 re f\n" * (2**20 // 13)
    packed = b"".join(squeeze.compress(chunk) for _ in range(600)) + squeeze.flush()
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(283, 170))
    contents = pdf.make_stream(b"")
    if layers == 2:
        packed = zlib.compress(packed, 9)
    contents.write(packed, filter=pikepdf.Array([pikepdf.Name.FlateDecode] * layers))
    pdf.pages[0].obj["/Contents"] = contents
    bomb = tmp_path / "Visitenkarte.pdf"
    pdf.save(bomb)
    assert bomb.stat().st_size < 3 * 2**20 and 600 * len(chunk) > 2 * CONTENT_LIMIT
    before_kb, counts = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, table_counts()
    with pytest.raises(UserError) as refused:
        artwork.add_artwork(owner, card_order, bomb)
    one_sentence(str(refused.value))
    assert "Visitenkarte.pdf" in str(refused.value) and "256 MB" in str(refused.value)
    assert table_counts() == counts
    identify_bytes(bomb.read_bytes())  # not a proof of this shop; no text read, no memory spent
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before_kb) / 1024
    assert grown_mb < 300, f"the peak grew by {grown_mb:.0f} MB"
