"""The translation catalogue: one file per language that the screens, the services and the documents all read.

The catalogue is the Qt Linguist file ``translations/printproof_<lang>.ts`` among PrintProof's resources.
Translators work on it in Qt Linguist; the screens read it through Qt (compiled to ``.qm`` when the package
is built), and this module reads the same file for everything said below the screens, in plain Python:

- ``Sentences``: what the services say (``t("English {name}", name=…)`` and ``tn(one, other, count=…)``);
- ``Document`` and its sibling contexts: the words of proofs, certificates and the dossier
  (:mod:`printproof.domain.texts`), each message with its key as the Qt *disambiguation* comment;
- every other context is a screen or dialog (the class name, as Qt's ``self.tr`` gives it).

English lives in the code (the call, or the table of :mod:`~printproof.domain.texts`); a message is found by
its context, its English and its key, exactly as Qt finds a message. A plural is a *numerus* message: the
English singular is its source, the English plural its developer comment, and the translation has one
form per plural form of the language (German: one, other).
"""

from __future__ import annotations

import logging
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

English = str | tuple[str, str]
"""A text as the code writes it: one English text, or a plural ``(one, other)``."""

SENTENCES = "Sentences"
PLURAL_NOTE = "English plural: "  # how a numerus message carries its English plural (Linguist shows it)
LANGUAGE_CODES = {"de": "de_DE", "en": "en_GB"}

_lock = threading.Lock()
_loaded: dict[str, dict[tuple[str, str, str], tuple[str, ...]]] = {}
_folder: Path | None = None


@dataclass(frozen=True)
class Entry:
    """One message of a catalogue: where it is said, its English, its key, and the translation."""

    context: str
    source: str  # the English (a plural: its singular)
    key: str = ""  # Qt's disambiguation: a document text's key
    plural: str = ""  # the English plural; set only for numerus messages
    forms: tuple[str, ...] = ()  # the translation (a plural: one text per plural form)
    finished: bool = False  # Linguist's "done"; an unfinished translation is not used
    numerus: bool = False

    @property
    def ident(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.key)


def plural_index(lang: str, count: int) -> int:
    """Which plural form ``count`` takes in ``lang`` (German and English: 0 for one, 1 for any other)."""
    return 0 if count == 1 else 1


def plural_forms(lang: str) -> int:
    """How many plural forms ``lang`` has."""
    return 2


def catalogue_path(lang: str) -> Path:
    """The catalogue of ``lang`` among the installed resources (or the checkout's ``resources/``)."""
    if _folder is not None:
        return _folder / f"printproof_{lang}.ts"
    from ..resources import resources_dir

    return resources_dir() / "translations" / f"printproof_{lang}.ts"


def use_folder(folder: Path | None) -> None:
    """Read catalogues from ``folder`` from now on (tests, the translation tool); None: the resources."""
    global _folder
    with _lock:
        _folder = folder
        _loaded.clear()


def lookup(lang: str, context: str, source: str, key: str = "") -> tuple[str, ...] | None:
    """The finished translation of a message in ``lang``, or None (then the English is said)."""
    table = _loaded.get(lang)
    if table is None:
        with _lock:
            table = _loaded.get(lang)
            if table is None:
                try:
                    path = catalogue_path(lang)
                    entries = read(path) if path.exists() else []
                except (OSError, ET.ParseError) as exc:  # a damaged installation: say it in English, not fail
                    logging.getLogger(__name__).warning("The %s catalogue cannot be read: %s", lang, exc)
                    entries = []
                table = {e.ident: e.forms for e in entries if e.finished and e.forms and all(e.forms)}
                _loaded[lang] = table
    return table.get((context, source, key))


def say(lang: str, context: str, english: English, key: str = "", count: object = None) -> str:
    """``english`` in ``lang``, placeholders kept. A ``(one, other)`` pair is a plural: its form is chosen by
    ``count`` (without a count, the plural)."""
    plural = isinstance(english, tuple)
    one, other = english if isinstance(english, tuple) else (english, english)
    index = plural_index(lang, count) if isinstance(count, int) else 1
    if lang != "en":
        forms = lookup(lang, context, one, key)
        if forms:
            return forms[min(index, len(forms) - 1)] if plural else forms[0]
    return other if plural and index else one


# --- the file ------------------------------------------------------------------------------------------------


def read(path: Path) -> list[Entry]:
    """Every current message of the Qt Linguist file ``path`` (vanished and obsolete ones left out)."""
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",) if translation.text else ()
            note = message.findtext("extracomment") or ""
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source") or "",
                    key=message.findtext("comment") or "",
                    plural=note[len(PLURAL_NOTE) :] if note.startswith(PLURAL_NOTE) else "",
                    forms=forms,
                    finished=kind == "" and bool(forms),
                    numerus=numerus,
                )
            )
    return entries


def write(path: Path, lang: str, entries: list[Entry]) -> None:
    """Write ``entries`` as a Qt Linguist file: contexts by name, messages by English and key, no line numbers
    (so that branches adding messages rarely touch the same lines)."""
    root = ET.Element("TS", version="2.1", language=LANGUAGE_CODES.get(lang, lang))
    by_context: dict[str, list[Entry]] = {}
    for entry in entries:
        by_context.setdefault(entry.context, []).append(entry)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for entry in sorted(by_context[name], key=lambda e: (e.source.casefold(), e.source, e.key)):
            message = ET.SubElement(context, "message", numerus="yes") if entry.numerus else None
            message = message if message is not None else ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = entry.source
            if entry.key:
                ET.SubElement(message, "comment").text = entry.key
            if entry.plural:
                ET.SubElement(message, "extracomment").text = PLURAL_NOTE + entry.plural
            translation = ET.SubElement(message, "translation")
            if not entry.finished:
                translation.set("type", "unfinished")
            if entry.numerus:
                count = max(plural_forms(lang), len(entry.forms))
                for i in range(count):
                    ET.SubElement(translation, "numerusform").text = entry.forms[i] if i < len(entry.forms) else ""
            elif entry.forms:
                translation.text = entry.forms[0]
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")
