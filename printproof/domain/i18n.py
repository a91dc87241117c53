"""Sentences for people, in the language of the workstation.

Services raise errors with an English template and named values: ``t("“{name}” is empty.", name=...)``.
The template is the key of its translation (``messages_de.py``); the GUI picks the language at start,
the command line stays English. Plain Python: the core needs no Qt for this.
"""

from __future__ import annotations

_language = "en"


def set_language(lang: str) -> None:
    """Speak ``lang`` (``de`` or ``en``) from now on in this process."""
    global _language
    _language = lang if lang in ("de", "en") else "en"


def language() -> str:
    return _language


def t(template: str, **values: object) -> str:
    """The sentence ``template`` in the current language, with ``{values}`` filled in."""
    if _language == "de":
        from .messages_de import MESSAGES

        template = MESSAGES.get(template, template)
    return template.format(**values) if values else template
