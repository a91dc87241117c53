"""Job ticket (A4) and pickup label (62 mm): checked with poppler and qpdf, the Code 128 barcode decoded with
zxing-cpp from a pdftoppm rendering, and the decoded text opens the order at pickup."""

from __future__ import annotations

import subprocess

import pytest
import zxingcpp
from PIL import Image

from printproof.domain.errors import NotAllowed
from printproof.services.counter import pickup, tickets
from printproof.services.evidence.identify import identify_code
from printproof.store.models import Approval
from tests.support.shop import needs
from tests.support.stories import make_history


def rendered_codes(pdf: bytes, tmp_path, name: str) -> tuple[list, Image.Image]:
    needs("pdftoppm")
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True).stdout
    assert "No syntax or stream encoding errors" in check
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-singlefile", str(path), str(tmp_path / name)], check=True)
    image = Image.open(tmp_path / f"{name}.png")
    return zxingcpp.read_barcodes(image), image


def page_size_mm(pdf: bytes, tmp_path) -> tuple[float, float]:
    path = tmp_path / "size.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    line = next(x for x in info.splitlines() if x.startswith("Page size:"))
    w, h = (float(v) for v in line.split(":")[1].split("pts")[0].split("x"))
    return round(w / 72 * 25.4, 1), round(h / 72 * 25.4, 1)


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "text.pdf"
    path.write_bytes(pdf)
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())


@pytest.mark.parametrize("kind", ["ticket", "label"])
def test_the_barcode_decoded_from_the_rendering_opens_the_order_at_pickup(owner, counter, card_order, tmp_path, kind):
    history = make_history(owner, card_order, tmp_path)
    make = tickets.make_job_ticket if kind == "ticket" else tickets.make_pickup_label
    pdf = make(counter, card_order)
    codes, image = rendered_codes(pdf, tmp_path, kind)
    bars = [c.text for c in codes if c.format.name == "Code128"]
    squares = sorted(c.text for c in codes if c.format.name == "QRCode")
    assert bars == [card_order]
    if kind == "ticket":  # the ticket also names the approval it was printed for (a verdict at pickup if it goes)
        approval = Approval.select().order_by(Approval.id.desc()).first()
        assert squares == [f"PRINTPROOF-TICKET|{card_order}|v3|{approval.content_sha256[:16]}"]
        assert pickup.pickup_view(squares[0]).scanned is None  # the standing approval: nothing to say
        assert identify_code(squares[0]).status == "approved"  # printproof identify reads it too
    else:
        assert squares == []
    view = pickup.pickup_view(bars[0])
    assert view.number == card_order and view.approval is not None and view.approval.version == 3
    if kind == "ticket":
        assert page_size_mm(pdf, tmp_path) == (210.0, 297.0)
        text = text_of(pdf, tmp_path)
        for expected in (
            f"Auftragstasche {card_order}",  # as pdftotext reads the two lines of the heading
            "Freigegeben: Version 3",
            history["v3"].sha256,
            "Visitenkarte",
            "Łukasz Żółć",
        ):
            assert expected in text, expected
    else:
        assert page_size_mm(pdf, tmp_path) == (62.0, 100.0)
        assert abs(image.size[0] - 62 / 25.4 * 300) <= 1
        text = text_of(pdf, tmp_path)
        assert card_order in text and "Łukasz Żółć" in text and "Freigegeben: Version 3" in text
    fonts = subprocess.run(["pdffonts", str(tmp_path / f"{kind}.pdf")], capture_output=True, text=True).stdout
    assert all(" yes " in line for line in fonts.splitlines()[2:])  # every font embedded


def test_an_order_not_yet_approved_says_so_on_its_ticket(owner, card_order, tmp_path):
    text = text_of(tickets.make_job_ticket(owner, card_order), tmp_path)
    assert "NOCH NICHT FREIGEGEBEN – nicht drucken" in text


def test_only_signed_in_staff_print_tickets(card_order):
    with pytest.raises(NotAllowed):
        tickets.make_job_ticket(None, card_order)
