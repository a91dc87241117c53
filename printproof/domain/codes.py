"""Codes PrintProof prints, and order numbers as scanners and people type them.

Every code PrintProof prints opens its order when it is scanned into the pickup field or the
orders search. A code is ``PRINTPROOF[-KIND]|<order number>|<fields…>``:

- ``PRINTPROOF|2026-00004|v1|<content sha256>`` — the QR code on a proof's cover;
- ``PRINTPROOF-APPROVAL|2026-00004|<proof sha256>|<record sha256>`` — the approval certificate;
- ``PRINTPROOF-TICKET|2026-00004|v2|<the approval's record sha256, first 16 hex>`` — the job ticket (issue 20:
  a ticket printed for an approval that no longer stands gets a verdict at pickup).

A later code (job ticket, pickup label, the customer's copy) that follows the same pattern is read
at once as ``kind`` = the word after the dash; one that carries more fields registers its reader
with :func:`reader`. What a person types — spaces, lower case, ``2026-4``, ``202600004`` — and what a
scanner set to another keyboard layout types (see :data:`LAYOUT_FIXES`) is read too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

PREFIX = "printproof"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_DASHES = "-‐‑‒–—−_/."  # what people and keyboards put between year and serial
_WITH_DASH = re.compile(r"^(20\d\d)-0*(\d{1,9})$")
_WITHOUT_DASH = re.compile(r"^(20\d\d)(\d{5,9})$")
_LEADING_WORDS = ("auftragsnummer", "auftrag", "ordernumber", "order", "nr.", "nr", "no.", "no", "#")

# A scanner set to a US keyboard sends the keys of US characters; a German layout turns them into other
# characters ("-" arrives as "ß", "|" as "'", "y" and "z" swap). Each table turns what arrived back into
# what the code says. Further layouts (French AZERTY, Swiss) are one more table here.
US_SCANNER_ON_GERMAN_KEYBOARD = str.maketrans(
    {
        "ß": "-",
        "?": "_",
        "'": "|",
        "#": "\\",
        "z": "y",
        "y": "z",
        "Z": "Y",
        "Y": "Z",
        '"': "@",
        "§": "#",
        "&": "^",
        "/": "&",
        "(": "*",
        ")": "(",
        "=": ")",
        "ü": "[",
        "Ü": "{",
        "+": "]",
        "*": "}",
        "ö": ";",
        "Ö": ":",
        "ä": "'",
        "Ä": '"',
        ";": "<",
        ":": ">",
        "-": "/",
        "_": "?",
    }
)
LAYOUT_FIXES: tuple[dict[int, str], ...] = (US_SCANNER_ON_GERMAN_KEYBOARD,)


@dataclass(frozen=True)
class ScannedCode:
    """What a scanned or typed text names: always an order, sometimes one proof or one record of it."""

    kind: str  # "number" (typed or a plain barcode), "proof", "approval", or a later code's kind
    order: str  # the order number as PrintProof prints it, e.g. 2026-00004
    version: int | None = None  # the proof version a proof code names
    sha256: str | None = None  # proof code: the proof's content hash; approval code: the approved PDF's hash
    record_sha256: str | None = None  # approval code: the sealed record's hash; ticket code: its first 16 hex


Reader = Callable[[list[str]], "ScannedCode | None"]
_READERS: dict[str, Reader] = {}


def reader(kind: str) -> Callable[[Reader], Reader]:
    """Register the reader of ``PRINTPROOF-KIND|…`` (``kind`` ``""`` is the proof's own code)."""

    def register(func: Reader) -> Reader:
        _READERS[kind] = func
        return func

    return register


def format_number(year: int, serial: int) -> str:
    """The printed form of an order number: ``2026-00042``."""
    return f"{year}-{serial:05d}"


def canonical_number(text: str) -> str | None:
    """``text`` as an order number (``2026-00004``) if it is one as a person would type it, else None."""
    squeezed = "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace()).casefold()
    for word in _LEADING_WORDS:
        if squeezed.startswith(word) and len(squeezed) > len(word) and squeezed[len(word)].isdigit():
            squeezed = squeezed[len(word) :]
            break
    squeezed = squeezed.lstrip(":")
    unified = "".join("-" if ch in _DASHES else ch for ch in squeezed)
    match = _WITH_DASH.match(unified) or _WITHOUT_DASH.match(unified)
    if match is None:
        return None
    serial = int(match.group(2))
    return format_number(int(match.group(1)), serial) if serial > 0 else None


def _hex(text: str) -> str | None:
    value = text.strip().casefold()
    return value if _HEX64.match(value) else None


@reader("")
def _proof_code(fields: list[str]) -> ScannedCode | None:
    number = canonical_number(fields[0]) if fields else None
    if number is None:
        return None
    version = None
    if len(fields) > 1:
        digits = fields[1].strip().casefold().removeprefix("v")
        version = int(digits) if digits.isdigit() else None
    return ScannedCode("proof", number, version, _hex(fields[2]) if len(fields) > 2 else None)


@reader("approval")
def _approval_code(fields: list[str]) -> ScannedCode | None:
    number = canonical_number(fields[0]) if fields else None
    if number is None:
        return None
    proof_sha = _hex(fields[1]) if len(fields) > 1 else None
    record_sha = _hex(fields[2]) if len(fields) > 2 else None
    return ScannedCode("approval", number, sha256=proof_sha, record_sha256=record_sha)


@reader("ticket")
def _ticket_code(fields: list[str]) -> ScannedCode | None:
    number = canonical_number(fields[0]) if fields else None
    if number is None:
        return None
    digits = fields[1].strip().casefold().removeprefix("v") if len(fields) > 1 else ""
    prefix = fields[2].strip().casefold() if len(fields) > 2 else ""
    record = prefix if re.fullmatch(r"[0-9a-f]{16}", prefix) else None
    return ScannedCode("ticket", number, int(digits) if digits.isdigit() else None, record_sha256=record)


def ticket_code(number: str, version: int, record_sha256: str) -> str:
    """The job ticket's QR code: the order, the approved version and the approval record it was printed for."""
    return f"PRINTPROOF-TICKET|{number}|v{version}|{record_sha256[:16]}"


def _read(text: str) -> ScannedCode | None:
    if "|" not in text:
        number = canonical_number(text)
        return ScannedCode("number", number) if number else None
    head, *fields = text.split("|")
    head = "".join(head.split()).casefold()
    if head != PREFIX and not head.startswith(PREFIX + "-"):
        return None
    kind = head[len(PREFIX) + 1 :]
    read = _READERS.get(kind)
    if read is not None:
        return read(fields)
    number = canonical_number(fields[0]) if fields else None  # a later code: the order number comes first
    return ScannedCode(kind, number) if number else None


def _cleaned(text: str) -> str:
    """Drop what scanners add around a code: line ends, tabs, group separators, other invisible bytes."""
    text = unicodedata.normalize("NFC", text or "")
    return "".join(ch for ch in text if unicodedata.category(ch)[0] != "C").strip()


def read_code(text: str | None) -> ScannedCode | None:
    """What ``text`` — scanned or typed — names, or None when it is no order number and no PrintProof code."""
    cleaned = _cleaned(text or "")
    if not cleaned:
        return None
    for candidate in (cleaned, *(cleaned.translate(table) for table in LAYOUT_FIXES)):
        code = _read(candidate)
        if code is not None:
            return code
    return None


def order_number_from_scan(text: str | None) -> str | None:
    """The order number in anything PrintProof prints as a code, or in a number as typed; None if none."""
    code = read_code(text)
    return code.order if code else None
