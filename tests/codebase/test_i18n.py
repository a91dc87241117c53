"""One catalogue per language for everything PrintProof says: the screens (Qt), the services' sentences and
the documents all read ``resources/translations/printproof_de.ts``. Every message the code says has a
finished German translation with the same placeholders, and a plural has both German forms."""

from __future__ import annotations

import importlib.util
import re
from dataclasses import replace
from pathlib import Path

import pytest

from printproof.domain import catalogue, i18n
from printproof.domain.catalogue import SENTENCES, Entry, read, write
from printproof.domain.errors import UserError
from printproof.domain.spec import JobSpec

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "printproof_de.ts"
DOCUMENT_CONTEXTS = {"Document", "Customer screen", "Vocabulary", "Findings"}


def _tool():
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


@pytest.fixture(scope="module")
def code() -> list[Entry]:
    """What the code says (lupdate over the screens, the sentences, the document tables): run once."""
    return TOOL.code_entries()


def _layer(entry: Entry) -> str:
    if entry.context == SENTENCES:
        return "sentence"
    return "document" if entry.context in DOCUMENT_CONTEXTS | {"Finding words"} else "screen"


def test_the_catalogue_says_everything_the_code_says_in_german(code):
    layers = {layer: sum(1 for e in code if _layer(e) == layer) for layer in ("screen", "sentence", "document")}
    assert layers["screen"] > 300 and layers["sentence"] > 300 and layers["document"] > 200, layers
    assert sum(1 for e in code if e.numerus) >= 6, "the plurals of findings, words and the customer's screen"
    assert TOOL.problems(CATALOGUE, "de", code) == []


def _one(entries: list[Entry], layer: str, numerus: bool = False) -> Entry:
    return next(e for e in entries if _layer(e) == layer and e.numerus == numerus and TOOL.fields(e.source))


@pytest.mark.parametrize("layer", ["screen", "sentence", "document"])
def test_a_missing_or_wrong_translation_fails_in_every_layer(code, tmp_path, layer):
    """The check above can fail: for a message of each layer, a catalogue without it, without its German,
    or with a placeholder of another name is reported."""
    entries = read(CATALOGUE)
    victim = _one(entries, layer)
    where = f"“{victim.source}”"
    field = sorted(TOOL.fields(victim.source))[0]

    def problems_with(changed: Entry | None) -> list[str]:
        path = tmp_path / f"{layer}.ts"
        write(path, "de", [e if e is not victim else changed for e in entries if e is not victim or changed])
        return TOOL.problems(path, "de", code)

    assert any(p.startswith("not in the catalogue") and where in p for p in problems_with(None))
    unfinished = replace(victim, finished=False)
    assert any(p.startswith("no de translation") and where in p for p in problems_with(unfinished))
    renamed = replace(victim, forms=(victim.forms[0].replace("{" + field, "{p1"),))
    assert any(p.startswith("placeholders") and where in p for p in problems_with(renamed))


def test_a_plural_without_both_german_forms_fails(code, tmp_path):
    entries = read(CATALOGUE)
    victim = next(e for e in entries if e.numerus and e.context == "Findings")
    path = tmp_path / "plural.ts"
    write(path, "de", [e if e is not victim else replace(victim, forms=victim.forms[:1]) for e in entries])
    assert any(p.startswith("no de translation") and victim.source in p for p in TOOL.problems(path, "de", code))
    text = path.read_text(encoding="utf-8").replace("<numerusform />", "")  # as if the file had one form only
    path.write_text(text, encoding="utf-8")
    assert any(p.startswith("1 plural forms") and victim.source in p for p in TOOL.problems(path, "de", code))


def test_the_screens_and_the_services_read_the_same_file(qapp):
    """Qt's translator (the .qm compiled from the catalogue) and the sentences below the screens give the
    same German for the same message, and a screen's own string comes from the same file."""
    from PySide6.QtCore import QTranslator

    from printproof.ui.translations import compiled_translation

    qt = QTranslator()
    assert qt.load(str(compiled_translation("de")))
    with i18n.speaking("de"):
        said = i18n.t("Wrong PIN.")
    assert said == "Falsche PIN." == qt.translate(SENTENCES, "Wrong PIN.")
    assert qt.translate("Vocabulary", "Discount", "outcome.discount") == "Preisnachlass"
    assert qt.translate("Document", "PROOF", "proof_title") == "KORREKTURABZUG"


def test_errors_follow_the_workstation_language():
    try:
        i18n.set_language("de")
        with pytest.raises(UserError, match="Eine Auflage von 0 ist nicht möglich"):
            JobSpec("Karte", 85, 55, quantity=0)
        with pytest.raises(UserError, match="Produkt: Das Feld ist leer"):
            JobSpec(" ", 85, 55)
        with pytest.raises(UserError, match="Eine Breite von 3 mm ist kein Druckformat"):
            JobSpec("Karte", 3, 55)  # "width" is said through t(), marked where it is written
    finally:
        i18n.set_language("en")
    with pytest.raises(UserError, match="A quantity of 0 is not possible"):
        JobSpec("Card", 85, 55, quantity=0)


def test_an_unfinished_translation_is_not_used(tmp_path):
    """What a translator has not marked done is said in English, as Qt's lrelease leaves it out too."""
    entries = [replace(e, finished=False) if e.source == "Wrong PIN." else e for e in read(CATALOGUE)]
    write(tmp_path / "printproof_de.ts", "de", entries)
    catalogue.use_folder(tmp_path)
    try:
        with i18n.speaking("de"):
            assert i18n.t("Wrong PIN.") == "Wrong PIN."
            assert i18n.t("There is no order {number}.", number="2026-00001") == "Es gibt keinen Auftrag 2026-00001."
    finally:
        catalogue.use_folder(None)


def test_placeholders_say_what_they_hold():
    """Translators see {number}, {megabytes}, {page} — never {p1}."""
    entries = read(CATALOGUE)
    numbered = sorted(e.source for e in entries if re.search(r"\{p\d", " ".join((e.source, e.plural, *e.forms))))
    assert numbered == []


def test_counted_things_have_their_plural_in_both_languages():
    from printproof.domain.texts import counted, customer_text, finding_text, tr

    one = finding_text("de", "hairline", side="Vorderseite", count=1, width="0,05", mm="0,02", where="oben")
    many = finding_text("en", "hairline", side="Front", count=3, width="0.05", mm="0.02", where="top")
    assert "1 Linie dünner" in one and "3 lines thinner" in many
    assert counted("de", "rgb_images", 1) == "1 RGB-Bild" and counted("de", "rgb_images", 2) == "2 RGB-Bilder"
    assert counted("en", "lab_images", 1) == "1 Lab image" and counted("en", "lab_images", 4) == "4 Lab images"
    assert tr("en", "more_findings", n=1).startswith("… and 1 more finding (")
    assert tr("de", "more_findings", n=3).startswith("… und 3 weitere Befunde")
    assert customer_text("de", "need_ticks", n=1) == "den 1 offenen Punkt der Checkliste abhaken"
    assert customer_text("en", "need_ticks", n=2) == "tick the 2 open points of the checklist"
    said = " ".join(" ".join((e.source, e.plural, *e.forms)) for e in read(CATALOGUE))
    assert not re.findall(r"\w\((s|n|e|er|en)\)", said), "write both forms, not word(s)"


def test_a_sentence_about_a_count_has_both_forms(tmp_path):
    """tn() picks the form by the count, in English from the code and in German from the catalogue."""
    one, other = "{count} file was checked in {folder}.", "{count} files were checked in {folder}."
    assert i18n.tn(one, other, count=1, folder="A") == "1 file was checked in A."
    assert i18n.tn(one, other, count=0, folder="A") == "0 files were checked in A."
    entries = [
        *read(CATALOGUE),
        Entry(
            SENTENCES,
            one,
            plural=other,
            forms=("{count} Datei in {folder} geprüft.", "{count} Dateien in {folder} geprüft."),
            finished=True,
            numerus=True,
        ),
    ]
    write(tmp_path / "printproof_de.ts", "de", entries)
    catalogue.use_folder(tmp_path)
    try:
        with i18n.speaking("de"):
            assert i18n.tn(one, other, count=1, folder="A") == "1 Datei in A geprüft."
            assert i18n.tn(one, other, count=7, folder="A") == "7 Dateien in A geprüft."
    finally:
        catalogue.use_folder(None)


def test_the_catalogue_is_written_as_the_tool_writes_it(tmp_path):
    """The committed file is in the tool's own order and form (so merges stay small): reading and writing it
    again changes nothing."""
    path = tmp_path / "again.ts"
    write(path, "de", read(CATALOGUE))
    assert path.read_text(encoding="utf-8") == CATALOGUE.read_text(encoding="utf-8")


def test_a_damaged_catalogue_leaves_english_not_a_crash(tmp_path):
    """An error message must never fail for want of its translation: a broken file means English."""
    (tmp_path / "printproof_de.ts").write_text("<TS><context><name>Sentences", encoding="utf-8")
    catalogue.use_folder(tmp_path)
    try:
        with i18n.speaking("de"):
            assert i18n.t("There is no order {number}.", number="X") == "There is no order X."
    finally:
        catalogue.use_folder(None)


# Every t() of a variable, and where the texts it can say are collected for the catalogue. A new one fails
# the test below: mark its texts with N_() where they are written (or name the registry), then add it here.
SAID_THROUGH_A_VARIABLE = {
    ("domain/settings.py", "self.label"): "the settings registry",
    ("domain/settings.py", "label"): "the settings registry (choice labels)",
    ("domain/settings.py", "what"): "the settings registry (what, or the label in lower case)",
    ("domain/spec.py", "name"): "N_() at the call",
    ("domain/letters.py", "PLACEHOLDERS[needed]"): "N_() in letters.PLACEHOLDERS",
    ("ui/settings/letter_templates.py", "what"): "N_() in letters.PLACEHOLDERS",
    ("domain/typed_text.py", "what"): "the second argument of clean_line/clean_text at every call",
    ("services/proofing/approvals.py", "what"): "N_() at the assignment",
    ("services/core/context.py", "action"): "require(action=…) at every call",
    ("services/evidence/verify.py", "kind.label"): "the sealed kinds' labels (store/sealed.py)",
    ("services/evidence/identify.py", "kind.replace('_', ' ')"): "the sealed kinds' labels (store/sealed.py)",
    ("services/evidence/identify.py", "STATUS_WORDS['confirmed']"): "N_() in identify.STATUS_WORDS",
    ("services/evidence/identify.py", "STATUS_WORDS[found.status]"): "N_() in identify.STATUS_WORDS",
    ("ui/settings/settings_screen.py", "p.kind"): "verify.PROBLEM_KINDS (N_()) and the sealed kinds' labels",
    ("ui/widgets/setting_fields.py", "definition.unit"): "the settings registry (units)",
    ("services/evidence/verify.py", "REASONS[refused.reason]"): "N_() in store/power.REASONS",
}


def test_every_sentence_said_through_a_variable_is_collected_where_it_is_written():
    """t(variable) says whatever the variable holds: those texts reach the catalogue only when marked with
    N_() where written (or when they come from a registry the tool reads). The list above names each one."""
    import ast

    found = set()
    for path in sorted((ROOT / "printproof").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("t", "tn"):
                if node.args and not isinstance(node.args[0], ast.Constant):
                    found.add((path.relative_to(ROOT / "printproof").as_posix(), ast.unparse(node.args[0])))
    assert sorted(found - set(SAID_THROUGH_A_VARIABLE)) == [], "mark the texts with N_() and list them above"
    assert sorted(set(SAID_THROUGH_A_VARIABLE) - found) == [], "no longer in the code: take them off the list"
