"""Codes read as a scanner would: zxing-cpp on the rendered PDF, and a scanner that types on a German keyboard."""

from __future__ import annotations

import io
import subprocess

import zxingcpp
from PIL import Image

from tests.support.shop import needs

# What a scanner set to a US layout produces on a German keyboard (the key's German character), written out
# from the two layouts, not from the code that reads it back.
AS_GERMAN_KEYBOARD_TYPES = {"-": "ß", "|": "'", "y": "z", "z": "y", "Y": "Z", "Z": "Y", "_": "?", "/": "-", ":": "Ö"}


def decoded_codes(pdf: bytes, page: int = 1) -> list[str]:
    """The QR codes on ``page`` of ``pdf``: rendered by poppler, read by zxing-cpp — tools that did not write them."""
    needs("pdftoppm")
    png = subprocess.run(
        ["pdftoppm", "-f", str(page), "-l", str(page), "-r", "200", "-png", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    ).stdout
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)), formats=zxingcpp.BarcodeFormat.QRCode)
    return [code.text for code in found]
