"""The translator's tool for PrintProof's one catalogue per language (``resources/translations/printproof_<lang>.ts``).

    .venv/bin/python scripts/translations.py update        # after changing code: every message the code says
                                                            # is in each catalogue, new ones unfinished
    .venv/bin/pyside6-linguist resources/translations/printproof_de.ts   # translate, mark each one done
    .venv/bin/python scripts/translations.py check         # what is still missing or wrong (exit 1 if any)
    .venv/bin/python scripts/translations.py fill table.json   # German from a table: {"English": "Deutsch"},
                                        # {"Context|English": …} or {"Context|English|key": …}, for unfinished ones

Run ``update`` instead of ``pyside6-lupdate``: lupdate sees only the screens and would drop the sentences and
document texts. The messages of a catalogue come from three places in the code:

- the screens: ``self.tr("…")`` and ``QCoreApplication.translate(context, "…")`` in ``printproof/ui/``, as
  Qt's lupdate finds them (context: the class);
- sentences (context ``Sentences``): ``t("…")``, ``tn("one", "other", count=…)`` and ``N_("…")`` anywhere in
  the package and in the portal's page templates, the names passed to ``clean_line``/``clean_text``, the
  actions passed to ``require``, and the registries whose texts are said through ``t()`` (settings, sealed
  record kinds);
- documents and stored values: the tables of ``printproof/domain/texts.py``, ``finding_texts.py`` and
  ``vocabulary.py`` (the key is the message's disambiguation comment).
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import string
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from printproof.domain.catalogue import SENTENCES, English, Entry, plural_forms, read, write  # noqa: E402
from printproof.domain.i18n import LANGUAGES  # noqa: E402

FOLDER = ROOT / "resources" / "translations"
TRANSLATED = tuple(lang for lang in LANGUAGES if lang != "en")  # English is the code's own: it needs no catalogue


def catalogue(lang: str) -> Path:
    return FOLDER / f"printproof_{lang}.ts"


# --- what the code says ----------------------------------------------------------------------------------------


def ui_entries() -> list[Entry]:
    """Every string of the screens, as Qt's lupdate finds it."""
    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    if tool is None:
        raise SystemExit("pyside6-lupdate is missing: scripts/bootstrap --dev installs PySide6 with it")
    sources = sorted(str(p) for p in (ROOT / "printproof" / "ui").rglob("*.py"))
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "ui.ts"
        subprocess.run(
            [tool, *sources, "-locations", "none", "-ts", str(fresh)], check=True, capture_output=True, text=True
        )
        return [Entry(e.context, e.source, e.key, numerus=e.numerus) for e in read(fresh)]


def sentence_entries() -> list[Entry]:
    """Every sentence the code says through ``t()``/``tn()``, in the context ``Sentences``."""
    found: dict[str, str] = {}  # English (singular) -> English plural ("" for none)

    def add(one: str, other: str = "") -> None:
        if found.get(one, other) != other:
            raise SystemExit(f"“{one}” is said with two plurals (or with one and without); reword one")
        found[one] = other

    for path in sorted((ROOT / "printproof").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
            name = node.func.id
            if name in ("t", "N_") and args and args[0] is not None:
                add(args[0])
            elif name == "tn" and len(args) > 1 and args[0] is not None and args[1] is not None:
                add(args[0], args[1])
            elif name in ("clean_line", "clean_text") and len(args) > 1 and args[1] is not None:
                add(args[1])
            elif name == "require":
                for keyword in node.keywords:
                    if keyword.arg == "action" and isinstance(keyword.value, ast.Constant):
                        add(str(keyword.value.value))
    # The portal's pages (Jinja2 templates) say their words through the same t(): {{ t("…", name=…) }}.
    for path in sorted((ROOT / "printproof" / "portal" / "templates").glob("*.html")):
        for _quote, text in re.findall(r"""\bt\((["'])(.+?)\1""", path.read_text(encoding="utf-8")):
            add(text)
    from printproof.domain.settings import SETTINGS
    from printproof.store.sealed import KINDS

    for kind in KINDS.values():
        add(kind.label)
    for definition in SETTINGS:
        # A setting names itself in sentences by its "what", or else by its label in lower case (SettingDef.check).
        # …and its unit beside a number field ("years"): the settings screen says it through t() too.
        for text in (
            definition.label,
            definition.what or definition.label.lower(),
            *definition.choice_labels,
            definition.unit,
        ):
            if text:
                add(text)
    return [
        Entry(SENTENCES, one, plural=other, numerus=bool(other)) for one, other in sorted(found.items()) if one.strip()
    ]


def document_entries() -> list[Entry]:
    """Every text of the documents and the customer's screen, keyed."""
    from printproof.domain import finding_texts, texts, vocabulary

    tables: list[tuple[str, dict[str, English] | dict[str, str]]] = [
        ("Document", texts._TEXTS),  # noqa: SLF001 - the table behind tr()
        ("Customer screen", texts.CUSTOMER),
        ("Findings", finding_texts.FINDINGS),
        ("Finding words", finding_texts.WORDS),
    ]
    entries = []
    for context, table in tables:
        for key, english in table.items():
            if isinstance(english, tuple):
                entries.append(Entry(context, english[0], key, plural=english[1], numerus=True))
            else:
                entries.append(Entry(context, english, key))
    for kind, values in vocabulary.VOCABULARY.items():
        for value, english in values.items():
            key = f"{kind}.{value}"
            if isinstance(english, tuple):
                entries.append(Entry(vocabulary.CONTEXT, english[0], key, plural=english[1], numerus=True))
            else:
                entries.append(Entry(vocabulary.CONTEXT, english, key))
    return entries


def code_entries() -> list[Entry]:
    """Every message the code says, in all three layers."""
    return [*ui_entries(), *sentence_entries(), *document_entries()]


# --- checking --------------------------------------------------------------------------------------------------


def fields(text: str) -> set[str]:
    """The placeholders of ``text``: ``{name}`` (format spec left out), and Qt's ``%n``/``%1``."""
    try:
        named = {f.split(".")[0].split("[")[0] for _, f, _, _ in string.Formatter().parse(text) if f}
    except ValueError:  # a lone brace: not a template
        named = set(re.findall(r"\{(\w+)", text))
    return named | set(re.findall(r"%(?:n|\d)", text))


def problems(path: Path, lang: str, code: list[Entry] | None = None) -> list[str]:
    """Everything wrong with the catalogue ``path``: a message the code says that it lacks or that lacks a
    finished translation, a translation whose placeholders differ, a message the code no longer says."""
    code = code_entries() if code is None else code
    have = {e.ident: e for e in read(path)}
    wanted = {e.ident: e for e in code}
    found = []
    for ident, entry in sorted(wanted.items()):
        where = f"{entry.context}: “{entry.source}”" + (f" [{entry.key}]" if entry.key else "")
        mine = have.get(ident)
        if mine is None:
            found.append(f"not in the catalogue: {where}")
            continue
        if not mine.finished or not all(mine.forms):
            found.append(f"no {lang} translation: {where}")
            continue
        if mine.numerus != entry.numerus or mine.plural != entry.plural:
            found.append(f"the plural changed in the code: {where}")
            continue
        english = [entry.source] if not entry.numerus else [entry.source, entry.plural or entry.source]
        if entry.numerus and len(mine.forms) != plural_forms(lang):
            found.append(f"{len(mine.forms)} plural forms, {lang} has {plural_forms(lang)}: {where}")
            continue
        for i, form in enumerate(mine.forms):
            source = english[min(i, len(english) - 1)]
            if fields(form) != fields(source):
                found.append(f"placeholders {sorted(fields(form))} instead of {sorted(fields(source))}: {where}")
    for ident in sorted(set(have) - set(wanted)):
        found.append(f"no longer said by the code: {ident[0]}: “{ident[1]}”")
    return found


# --- commands --------------------------------------------------------------------------------------------------


def update(lang: str, code: list[Entry] | None = None) -> tuple[int, int]:
    """Make the catalogue of ``lang`` hold exactly what the code says, keeping every translation it has.
    Returns (messages, of which unfinished)."""
    code = code_entries() if code is None else code
    path = catalogue(lang)
    old = {e.ident: e for e in read(path)} if path.exists() else {}
    merged = []
    for entry in code:
        before = old.get(entry.ident)
        if before is not None and before.numerus == entry.numerus:
            entry = replace(entry, forms=before.forms, finished=before.finished)
        merged.append(entry)
    write(path, lang, merged)
    return len(merged), sum(1 for e in merged if not e.finished)


def fill(lang: str, table_path: Path) -> list[str]:
    """Translate unfinished messages from a table (English → translation, or "Context|English" → …, or
    "Context|English|key" → …; a plural as a list of forms). Returns the ones still missing."""
    table = json.loads(table_path.read_text(encoding="utf-8"))
    path = catalogue(lang)
    entries, missing = [], []
    for entry in read(path):
        if not entry.finished:
            given = table.get(f"{entry.context}|{entry.source}|{entry.key}")  # a document text's own key first
            given = (
                given if given is not None else table.get(f"{entry.context}|{entry.source}", table.get(entry.source))
            )
            if given is None:
                missing.append(f"{entry.context}\t{entry.source}")
            else:
                forms = tuple(given) if isinstance(given, list) else (given,)
                entry = replace(entry, forms=forms, finished=True)
        entries.append(entry)
    write(path, lang, entries)
    return missing


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        code = code_entries()
        for lang in TRANSLATED:
            count, unfinished = update(lang, code)
            print(f"{catalogue(lang).relative_to(ROOT)}: {count} messages, {unfinished} to translate")
        return 0
    if command == "check":
        code = code_entries()
        wrong = [f"{lang}: {p}" for lang in TRANSLATED for p in problems(catalogue(lang), lang, code)]
        print("\n".join(wrong) or "Every catalogue is complete.")
        return 1 if wrong else 0
    if command == "fill" and len(argv) == 2:
        missing = [m for lang in TRANSLATED for m in fill(lang, Path(argv[1]))]
        print("\n".join(missing))
        print(f"{len(missing)} still missing", file=sys.stderr)
        return 1 if missing else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
