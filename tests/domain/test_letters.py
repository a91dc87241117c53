"""The owner's wording of a complaint's answer: checked when saved, filled in when a letter is written."""

from __future__ import annotations

import pytest

from printproof.domain import i18n
from printproof.domain.errors import UserError
from printproof.domain.letters import PLACEHOLDERS, check_template, fill


@pytest.mark.parametrize(
    ("template", "said"),
    [
        ("Fall {case}: {statement} {kunde}", "{kunde}"),
        ("Fall {case}: {statement} {name!r}", "{name!r}"),
        ("Fall {case}: {statement} {amount:>10}", "{amount:>10}"),
        ("Fall {case}: {statement} {0}", "{0}"),
        ("Fall {case}: {statement} {", "brace"),
        ("Fall {case}: {statement} }", "brace"),
        ("Wir haben entschieden. {statement}", "{case}"),
        ("Fall {case}. Wir bleiben dabei.", "{statement}"),
    ],
)
def test_a_template_that_would_fail_a_letter_is_refused_when_saved(template, said):
    with pytest.raises(UserError) as refused:
        check_template(template)
    assert said in str(refused.value) and "\n" not in str(refused.value)


def test_the_refusal_speaks_the_users_language():
    with i18n.speaking("de"), pytest.raises(UserError, match="kennt PrintProof nicht"):
        check_template("{case} {statement} {kunde}")


def test_a_template_is_filled_and_parted_at_blank_lines():
    template = "{greeting}\n\nFall {case}, Auftrag {number}.\n\n{statement}\n\n{attachment}\n\nGruß\n{shop} {{sic}}"
    assert check_template(template) == template
    assert check_template("  \n ") == ""  # nothing written: the standard letter
    paragraphs = fill(
        template,
        {"greeting": "Guten Tag Frau Sonne,", "case": "R-2026-0001", "number": "2026-00012",
         "statement": "Erstens.\n\nZweitens.", "shop": "Druckerei"},
    )  # fmt: skip
    assert paragraphs == [
        "Guten Tag Frau Sonne,",
        "Fall R-2026-0001, Auftrag 2026-00012.",
        "Erstens.",
        "Zweitens.",
        "Gruß\nDruckerei {sic}",
    ]  # the empty {attachment} leaves no empty paragraph; {{ }} are braces


def test_every_placeholder_says_what_it_stands_for():
    assert all(PLACEHOLDERS.values()) and {"case", "statement", "next", "amount"} <= set(PLACEHOLDERS)
