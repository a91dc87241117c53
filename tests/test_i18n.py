"""Every sentence the services can say has a German version with the same placeholders."""

import ast
import string
from pathlib import Path

import pytest

from printproof.domain import i18n
from printproof.domain.errors import UserError
from printproof.domain.messages_de import MESSAGES
from printproof.domain.spec import JobSpec

ROOT = Path(__file__).resolve().parent.parent / "printproof"


def _templates() -> set[str]:
    found = set()
    for path in [
        *ROOT.glob("domain/*.py"),
        *ROOT.rglob("services/**/*.py"),
        *ROOT.glob("store/*.py"),
        *ROOT.glob("cli/*.py"),
    ]:
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            if node.func.id == "t" and node.args and isinstance(node.args[0], ast.Constant):
                found.add(node.args[0].value)
            if node.func.id in ("clean_line", "clean_text") and len(node.args) > 1:
                if isinstance(node.args[1], ast.Constant):
                    found.add(node.args[1].value)
            if node.func.id == "require":
                found.update(k.value.value for k in node.keywords if k.arg == "action")
    from printproof.store.sealed import KINDS

    return found | {k.label for k in KINDS.values()}


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_template_has_a_german_sentence_with_the_same_placeholders():
    templates = _templates()
    assert len(templates) > 100
    missing = sorted(t for t in templates if t not in MESSAGES)
    assert missing == []
    for template in templates:
        assert _fields(MESSAGES[template]) == _fields(template), template


def test_errors_follow_the_workstation_language():
    try:
        i18n.set_language("de")
        with pytest.raises(UserError, match="Eine Auflage von 0 ist nicht möglich"):
            JobSpec("Karte", 85, 55, quantity=0)
        with pytest.raises(UserError, match="Produkt: Das Feld ist leer"):
            JobSpec(" ", 85, 55)
    finally:
        i18n.set_language("en")
    with pytest.raises(UserError, match="A quantity of 0 is not possible"):
        JobSpec("Card", 85, 55, quantity=0)


def test_the_qt_translation_is_complete():
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parent.parent / "resources" / "translations" / "printproof_de.ts"
    unfinished = [
        m.find("source").text
        for m in ET.parse(ts).iter("message")
        if m.find("translation").get("type") == "unfinished" or not m.find("translation").text
    ]
    assert unfinished == []


def test_every_ui_string_is_in_the_translation(tmp_path):
    """lupdate over the UI finds no string the committed .ts lacks (run lupdate, then translate)."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    root = Path(__file__).resolve().parent.parent
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [tool, *map(str, sorted((root / "printproof" / "ui").glob("*.py"))), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )

    def sources(path: Path) -> set[tuple[str, str]]:
        return {
            (c.find("name").text, m.find("source").text)
            for c in ET.parse(path).iter("context")
            for m in c.iter("message")
        }

    committed = sources(root / "resources" / "translations" / "printproof_de.ts")
    assert sources(fresh) - committed == set()


def test_placeholders_say_what_they_hold():
    """Translators see {number}, {megabytes}, {page} — never {p1}."""
    import re

    from printproof.domain.messages_de import MESSAGES

    numbered = sorted(k for k in [*_templates(), *MESSAGES] if re.search(r"\{p\d", k))
    assert numbered == []


def test_counted_things_have_their_plural_in_both_languages():
    import re

    from printproof.domain import finding_texts, messages_de
    from printproof.domain.texts import counted, finding_text

    one = finding_text("de", "hairline", side="Vorderseite", count=1, width="0,05", mm="0,02", where="oben")
    many = finding_text("en", "hairline", side="Front", count=3, width="0.05", mm="0.02", where="top")
    assert "1 Linie dünner" in one and "3 lines thinner" in many
    assert counted("de", "rgb_images", 1) == "1 RGB-Bild" and counted("de", "rgb_images", 2) == "2 RGB-Bilder"
    assert counted("en", "lab_images", 1) == "1 Lab image" and counted("en", "lab_images", 4) == "4 Lab images"
    texts = repr(finding_texts.FINDINGS) + repr(finding_texts.WORDS) + repr(messages_de.MESSAGES)
    assert not re.findall(r"\w\((s|n|e|er|en)\)", texts), "write both forms, not word(s)"
