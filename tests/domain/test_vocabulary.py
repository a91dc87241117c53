"""Every stored value is named once (domain/vocabulary.py), in English and German, and the screens, the documents
and the sentences of the services all say that one name."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from printproof.domain import i18n, rules, vocabulary
from printproof.domain.enums import DisputeOutcome
from printproof.domain.enums import OrderStatus as S

ROOT = Path(__file__).resolve().parents[2]

# Events of the whole shop, never of an order's history (the dossier, the customer's summary and the order
# screen show an order's events; these show only in verify's report and the backup log).
SHOP_EVENTS = {
    "backup.made",
    "demo.bulk_orders",
    "settings.changed",
    "settings.logo",
    "settings.press_profile",
    "shop.setup",
    "store.protections_reinstalled",
}


@pytest.mark.parametrize("kind", sorted(vocabulary.ENUMS))
def test_a_kind_backed_by_an_enum_names_exactly_its_values(kind):
    assert set(vocabulary.VOCABULARY[kind]) == {member.value for member in vocabulary.ENUMS[kind]}


def test_every_event_an_order_records_has_a_name():
    """A kind appended to the audit chain in the code (``audit.append(actor, "kind", …)``) is named, unless it is
    one of the shop's own events; a new order event without a name fails here, not on a customer's dossier."""
    written = set()
    for path in (ROOT / "printproof").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "append"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "audit"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                written.add(node.args[1].value)
    assert len(written) > 20
    assert written - SHOP_EVENTS <= set(vocabulary.VOCABULARY["event"])


def test_every_name_has_its_german_and_an_unknown_value_stays_as_stored():
    for kind, values in vocabulary.VOCABULARY.items():
        for value, english in values.items():
            german = vocabulary.name(kind, value, "de")
            assert german and german != english, (kind, value)
    assert vocabulary.name("outcome", "written_by_a_newer_version", "de") == "written_by_a_newer_version"
    assert vocabulary.name("outcome", DisputeOutcome.DISCOUNT, "de") == "Preisnachlass"


def test_the_screens_the_documents_and_the_services_say_one_name():
    """The same outcome read by a dialog (vocabulary.names), a document (the letter's own table) and a refusal
    (rules) is one word; no module outside the vocabulary spells a stored value's name again."""
    with i18n.speaking("de"):
        assert vocabulary.names("outcome")["discount"] == "Preisnachlass"
        said = rules.refusal(S.RESOLVED, rules.Step.ARTWORK, number="2026-0001", outcome=DisputeOutcome.DISCOUNT)
        assert "Preisnachlass" in said
        assert "abgeholt" in rules.refusal(S.PICKED_UP, rules.Step.ARTWORK, number="2026-0001")
    spelled = re.compile(r"[\"']Customer pays and takes it[\"']|[\"']Reprint at the shop's cost[\"']")
    for path in (ROOT / "printproof").rglob("*.py"):
        if path.name == "vocabulary.py":
            continue
        assert not spelled.search(path.read_text(encoding="utf-8")), path
