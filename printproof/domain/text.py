"""Checks for text that people type: names, notes, search terms."""

from __future__ import annotations

import unicodedata

from .errors import UserError
from .i18n import t


def clean_line(value: str | None, what: str, *, required: bool = False, max_len: int = 200) -> str:
    """Return ``value`` trimmed, or refuse it with a sentence naming ``what``.

    One-line fields refuse control characters (a pasted tab or a scanner's stray
    escape would otherwise end up on a proof) and absurd lengths.
    """
    text = unicodedata.normalize("NFC", (value or "")).strip()
    if required and not text:
        raise UserError(t("The {what} is empty; please fill it in.", what=t(what)))
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") for ch in text):
        raise UserError(t("The {what} contains an invisible control character; please type it again.", what=t(what)))
    if len(text) > max_len:
        raise UserError(
            t(
                "The {what} is too long ({p2} characters; at most {max_len}).",
                what=t(what),
                p2=len(text),
                max_len=max_len,
            )
        )
    return text


def clean_text(value: str | None, what: str, *, required: bool = False, max_len: int = 20_000) -> str:
    """Like :func:`clean_line` for multi-line text: line breaks and tabs are allowed."""
    text = unicodedata.normalize("NFC", (value or "")).replace("\r\n", "\n").strip()
    if required and not text:
        raise UserError(t("The {what} is empty; please fill it in.", what=t(what)))
    bad = [ch for ch in text if ch not in "\n\t" and unicodedata.category(ch) in ("Cc", "Cs", "Co")]
    if bad:
        raise UserError(t("The {what} contains an invisible control character; please type it again.", what=t(what)))
    if len(text) > max_len:
        raise UserError(
            t(
                "The {what} is too long ({p2} characters; at most {max_len}).",
                what=t(what),
                p2=len(text),
                max_len=max_len,
            )
        )
    return text


def search_tokens(text: str) -> list[str]:
    """Split text into lower-case search words; digits of a phone number stay together."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    tokens: list[str] = []
    word: list[str] = []
    for ch in folded:
        if ch.isalnum():
            word.append(ch)
        elif word:
            tokens.append("".join(word))
            word = []
    if word:
        tokens.append("".join(word))
    return tokens
