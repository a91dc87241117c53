"""Sentences for people, in the language of the workstation.

Services raise errors with an English template and named values: ``t("“{name}” is empty.", name=...)``;
a counted thing names both English forms: ``tn("{count} problem found", "{count} problems found", count=n)``.
The English is the key of its translation in the language's catalogue (context ``Sentences`` of
``translations/printproof_<lang>.ts``, :mod:`printproof.domain.catalogue`), the same file the screens
are translated from. The GUI picks the language at start, the command line stays English. Plain Python:
the core needs no Qt for this.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from .catalogue import SENTENCES, say

LANGUAGES = ("de", "en")
"""The languages PrintProof speaks (screens, documents, the customer's screen and the portal)."""

_language = "en"
_here = threading.local()  # a language for one stretch of one thread (the customer's screen)


def set_language(lang: str) -> None:
    """Speak ``lang`` (``de`` or ``en``) from now on in this process."""
    global _language
    _language = lang if lang in LANGUAGES else "en"


def language() -> str:
    return getattr(_here, "language", None) or _language


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Speak ``lang`` in this thread for a moment (the customer's screen answers in the customer's language)."""
    before = getattr(_here, "language", None)
    _here.language = lang if lang in LANGUAGES else None
    try:
        yield
    finally:
        _here.language = before


def t(template: str, **values: object) -> str:
    """The sentence ``template`` in the current language, with ``{values}`` filled in."""
    lang = language()
    if lang != "en":
        template = say(lang, SENTENCES, template)
    return template.format(**values) if values else template


def tn(one: str, other: str, /, count: int, **values: object) -> str:
    """A sentence about ``count`` things: ``one`` or ``other`` (English), in the current language's plural form
    for ``count``, with ``{count}`` and the other ``{values}`` filled in."""
    return say(language(), SENTENCES, (one, other), count=count).format(count=count, **values)


def N_(text: str) -> str:  # noqa: N802 - gettext's name for it, which translators and tools know
    """Mark ``text`` as a sentence said later through ``t(text)`` (a role, a status, the name of a field):
    the translation tool collects it here, where it is written. Returns ``text`` unchanged."""
    return text
