"""Checks for text that people type: names, notes, file names (search words: :func:`.fold.words`)."""

from __future__ import annotations

import unicodedata

from .errors import UserError
from .i18n import t

# Invisible format characters that are part of writing, not control: the zero-width non-joiner (Persian,
# Kurdish, Indic scripts), the zero-width joiner (emoji sequences such as "family", Indic conjuncts) and the
# tag characters of subdivision flags (Scotland, Wales). Bidirectional overrides, soft hyphens, byte-order
# marks and the rest of category Cf stay refused: they change how text looks without being seen.
_WRITING_FORMAT = frozenset({"\u200c", "\u200d"}) | frozenset(chr(c) for c in range(0xE0020, 0xE0080))
_CONTROL_CATEGORIES = ("Cc", "Cf", "Cs", "Co")


def is_control(ch: str) -> bool:
    """Whether ``ch`` is an invisible control character that has no place in typed text."""
    return unicodedata.category(ch) in _CONTROL_CATEGORIES and ch not in _WRITING_FORMAT


def clean_line(value: str | None, what: str, *, required: bool = False, max_len: int = 200) -> str:
    """Return ``value`` trimmed, or refuse it with a sentence naming ``what``.

    One-line fields refuse control characters (a pasted tab or a scanner's stray
    escape would otherwise end up on a proof) and absurd lengths.
    """
    return _checked(unicodedata.normalize("NFC", (value or "")).strip(), what, required, max_len, "")


def clean_text(value: str | None, what: str, *, required: bool = False, max_len: int = 20_000) -> str:
    """Like :func:`clean_line` for multi-line text: line breaks and tabs are allowed."""
    text = unicodedata.normalize("NFC", (value or "")).replace("\r\n", "\n").strip()
    return _checked(text, what, required, max_len, "\n\t")


def _checked(text: str, what: str, required: bool, max_len: int, allowed: str) -> str:
    if required and not text:
        raise UserError(t("The {what} is empty; please fill it in.", what=t(what)))
    if any(ch not in allowed and is_control(ch) for ch in text):
        raise UserError(t("The {what} contains an invisible control character; please type it again.", what=t(what)))
    if len(text) > max_len:
        raise UserError(
            t(
                "The {what} is too long ({length} characters; at most {max_len}).",
                what=t(what),
                length=len(text),
                max_len=max_len,
            )
        )
    return text


def clean_filename(name: str | None, fallback: str = "file") -> str:
    """A file name as it may be stored and shown: control characters and path separators replaced, trimmed.

    File names come from the customer's disk and cannot be retyped, so they are cleaned, not refused.
    """
    text = unicodedata.normalize("NFC", name or "")
    text = "".join("_" if is_control(ch) or ch in "/\\" else ch for ch in text).strip()
    if len(text) > 200:  # keep the extension: “…-final.pdf”
        stem, dot, ext = text.rpartition(".")
        text = (stem[: 200 - len(ext) - 1] + dot + ext) if dot and len(ext) <= 10 else text[:200]
    return text if any(ch.isalnum() for ch in text) else fallback
