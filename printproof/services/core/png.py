"""PNG at the level of its chunks (ISO/IEC 15948): the one place PrintProof writes, reads or adds to a PNG's bytes
without decoding it. The colour warning's 1-bit hatching is written here from numpy's packed bits (Pillow keeps
such an image a byte a pixel and packs it again to save it, four times the time of the hatching itself); the
proof passes its compressed rows into the PDF as they are; a comment names what a stored file was made for."""

from __future__ import annotations

import struct
import zlib

import numpy as np

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def chunk(kind: bytes, body: bytes = b"") -> bytes:
    """One chunk: length, type, data and CRC."""
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def chunks(png: bytes) -> dict[bytes, list[bytes]]:
    """The data of each chunk by type, in order (empty for bytes that are no PNG)."""
    found: dict[bytes, list[bytes]] = {}
    if not png.startswith(SIGNATURE):
        return found
    at = len(SIGNATURE)
    while at + 8 <= len(png):
        length, kind = struct.unpack(">I4s", png[at : at + 8])
        found.setdefault(kind, []).append(png[at + 8 : at + 8 + length])
        at += 12 + length  # length, type, data, CRC
        if kind == b"IEND":
            break
    return found


def bilevel(black: np.ndarray) -> bytes:
    """A 1-bit greyscale PNG of a rows × columns boolean array, black where True; its rows unfiltered."""
    rows, columns = black.shape
    lines = np.zeros((rows, (columns + 7) // 8 + 1), np.uint8)  # each row: filter type 0 ("none"), then its bits
    lines[:, 1:] = ~np.packbits(black, axis=1)  # white is 1 (a row's padding bits too, which readers ignore)
    header = struct.pack(">IIBBBBB", columns, rows, 1, 0, 0, 0, 0)  # 1 bit, greyscale, not interlaced
    idat = zlib.compress(lines.tobytes(), 1)
    return b"".join((SIGNATURE, chunk(b"IHDR", header), chunk(b"IDAT", idat), chunk(b"IEND")))


def with_comment(png: bytes, text: bytes) -> bytes:
    """The PNG with a ``Comment`` text chunk before its end chunk; other bytes as they are."""
    end = len(png) - 12  # the IEND chunk: length, type, CRC
    if not png.startswith(SIGNATURE) or png[end + 4 : end + 8] != b"IEND":
        return png
    return png[:end] + chunk(b"tEXt", b"Comment\x00" + text) + png[end:]
