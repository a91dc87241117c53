"""Amounts as people type them at the counter, and as each language writes them."""

from __future__ import annotations

import pytest

from printproof.domain import i18n
from printproof.domain.errors import UserError
from printproof.domain.money import format_amount, outcome_with_amount, parse_amount


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("12,50", 1250),
        ("12.50", 1250),
        ("12,5", 1250),
        ("12", 1200),
        ("€ 12", 1200),
        ("12,50 €", 1250),
        ("1.234,50", 123450),
        ("1,234.50", 123450),
        ("1234", 123400),
        ("0,01", 1),
        (" 99 EUR ", 9900),
    ],
)
def test_an_amount_is_read_as_typed(typed, cents):
    assert parse_amount(typed) == cents


@pytest.mark.parametrize("typed", ["", "zwölf", "12,5055", "-5", "0", "0,00", "1e3", "12,50,3", "100000,01", "∞"])
def test_no_amount_is_one_sentence_in_the_users_language(typed):
    with i18n.speaking("de"), pytest.raises(UserError) as refused:
        parse_amount(typed)
    said = str(refused.value)
    assert said.endswith(".") and "Betrag" in said and "\n" not in said


def test_each_language_writes_amounts_its_way():
    assert format_amount(123450, "de") == "1.234,50 €"
    assert format_amount(123450, "en") == "€1,234.50"
    assert format_amount(5, "de") == "0,05 €"
    assert outcome_with_amount("discount", 1250, "de") == "Preisnachlass (12,50 €)"
    assert outcome_with_amount("refund", None, "en") == "Refund"
