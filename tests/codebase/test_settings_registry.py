"""One typed settings registry: every key the code reads is defined, every value is checked, every title
speaks German, and the settings screen is built from it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from printproof.domain import i18n
from printproof.domain.catalogue import SENTENCES, lookup
from printproof.domain.errors import UserError
from printproof.domain.settings import SETTINGS, by_key, definition
from printproof.services.admin import setup
from printproof.services.core import shop
from tests.support.shop import table_counts

ROOT = Path(__file__).resolve().parents[2] / "printproof"


def test_every_key_the_code_reads_or_writes_is_defined():
    used: set[str] = set()
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call) or not node.args or not isinstance(node.args[0], ast.Constant):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in ("get_setting", "put_setting", "get", "put", "folder", "remember_folder", "definition"):
                key = node.args[0].value
                if isinstance(key, str) and re.fullmatch(r"[a-z_]+[./][a-z_0-9]+", key):
                    used.add(key)
    assert used, "the scan found nothing"
    assert "QSettings().value(" not in "".join(
        p.read_text() for p in (ROOT / "ui").rglob("*.py") if p.name != "workstation.py"
    )
    known = set(by_key())
    undefined = {k for k in used if k not in known and not k.startswith(("self.", "os."))}
    assert not undefined, undefined


def test_every_title_and_choice_speaks_german():
    texts = [text for d in SETTINGS for text in (d.label, d.what or d.label.lower(), *d.choice_labels) if text]
    missing = [text for text in texts if not lookup("de", SENTENCES, text)]
    assert not missing, missing
    with i18n.speaking("de"):
        assert definition("proof.dpi").title() == "Auflösung im Proof"
        assert dict(definition("press.intent").choice_titles())["relative"] == "Relativ farbmetrisch"


@pytest.mark.parametrize("d", [d for d in SETTINGS if d.type == "int"], ids=lambda d: d.key)
def test_every_number_is_kept_in_its_range(d):
    assert d.check(str(d.low)) == d.low and d.check(d.high) == d.high
    for wrong in (d.low - 1, d.high + 1, "viel", None, 2.5, 10**30):
        with pytest.raises(UserError, match=f"whole number from {d.low} to {d.high}"):
            d.check(wrong)


@pytest.mark.parametrize("d", [d for d in SETTINGS if d.type in ("line", "text", "path")], ids=lambda d: d.key)
def test_every_text_is_cleaned_and_limited(d):
    with pytest.raises(UserError, match="control character"):
        d.check("a\x1bb")
    with pytest.raises(UserError, match="too long"):
        d.check("x" * (d.max_len + 1))
    if d.check_value is None:  # a format-checked line (an e-mail, a web address, a PEM) has its own test
        assert d.check("  Ölmühle Straße  ") == "Ölmühle Straße"


def test_addresses_and_certificates_are_checked_by_their_form():
    from printproof.domain.settings import definition

    assert definition("smtp.sender").check(" info@druckerei.de ") == "info@druckerei.de"
    assert definition("timestamp.url").check("https://tsa.example.com/tsr") == "https://tsa.example.com/tsr"
    assert definition("smtp.sender").check("") == "" and definition("timestamp.url").check("") == ""
    with pytest.raises(UserError, match="is not an e-mail address"), i18n.speaking("en"):
        definition("smtp.sender").check("Ölmühle Straße")
    with pytest.raises(UserError, match="must start with http:// or https://"), i18n.speaking("en"):
        definition("timestamp.url").check("tsa.example.com")
    with pytest.raises(UserError, match="PEM"), i18n.speaking("en"):
        definition("timestamp.ca_pem").check("Ölmühle Straße")


@pytest.mark.parametrize("d", [d for d in SETTINGS if d.type == "choice"], ids=lambda d: d.key)
def test_every_choice_is_one_of_its_choices(d):
    for value in d.choices:
        assert d.check(value) == value
    with pytest.raises(UserError, match="must be one of"), i18n.speaking("en"):
        d.check("klingon")


def test_the_services_refuse_workstation_keys_and_unknown_keys(owner):
    before = table_counts()
    for key in ("ui/language", "window/tab", "no.such"):
        with pytest.raises(UserError, match="no setting called"):
            setup.change_settings(owner, {key: "de"})
    with pytest.raises(UserError, match="either on or off"):
        setup.change_settings(owner, {"press.bpc": "vielleicht"})
    assert table_counts() == before


def test_the_settings_screen_is_built_from_the_registry(qtbot, owner):
    from printproof.ui.session import Session
    from printproof.ui.settings.settings_screen import SettingsScreen

    session = Session(5)
    session.sign_in(owner)
    screen = SettingsScreen(session)
    qtbot.addWidget(screen)
    screen.load()
    shown = set(screen.fields)
    assert {
        d.key
        for d in SETTINGS
        if d.scope == "shop" and d.type not in ("sha256", "state") and not d.key.startswith(("press.", "letter."))
    } <= shown
    # The press and the answer letters have pages of their own, which hand their settings to the same save.
    assert {d.key for d in SETTINGS if d.key.startswith("letter.")} == set(screen.letters.changes())
    assert screen.dpi.maximum() == definition("proof.dpi").high and screen.dpi.suffix() == " dpi"
    assert screen.shop_name.maxLength() == definition("shop.name").max_len
    screen.dpi.setValue(96)
    screen.save()
    assert shop.settings()["proof.dpi"] == 96


def test_a_stale_workstation_value_reads_as_its_default(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from printproof.ui import workstation

    QSettings().setValue("window/tab", "a screen from an older version")
    QSettings().setValue("proof/folder", str(tmp_path / "gone"))
    assert workstation.get("window/tab") == "orders"
    assert workstation.folder("proof/folder") == str(Path.home())
    workstation.remember_folder("proof/folder", tmp_path / "x.pdf")
    assert workstation.folder("proof/folder") == str(tmp_path)
    with pytest.raises(UserError):
        workstation.put("ui/language", "fr")
