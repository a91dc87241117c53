"""Sentences for people, in the language of the workstation.

Services raise errors with an English template and named values: ``t("“{name}” is empty.", name=...)``.
The template is the key of its translation (``messages_de.py``); the GUI picks the language at start,
the command line stays English. Plain Python: the core needs no Qt for this.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

_language = "en"
_here = threading.local()  # a language for one stretch of one thread (the customer's screen)


def set_language(lang: str) -> None:
    """Speak ``lang`` (``de`` or ``en``) from now on in this process."""
    global _language
    _language = lang if lang in ("de", "en") else "en"


def language() -> str:
    return getattr(_here, "language", None) or _language


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Speak ``lang`` in this thread for a moment (the customer's screen answers in the customer's language)."""
    before = getattr(_here, "language", None)
    _here.language = lang if lang in ("de", "en") else None
    try:
        yield
    finally:
        _here.language = before


def t(template: str, **values: object) -> str:
    """The sentence ``template`` in the current language, with ``{values}`` filled in."""
    if language() == "de":
        from .messages_de import MESSAGES

        template = MESSAGES.get(template, template)
    return template.format(**values) if values else template
