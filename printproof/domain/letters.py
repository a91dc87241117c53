"""The owner's own wording of the letter that answers a complaint: one template per outcome and language.

A template is plain text with placeholders in braces; blank lines part the paragraphs. PrintProof fills in what
only it knows — the facts a declined complaint rests on, what happens next, the amount, the replacement — and
the owner writes everything around them. A template is checked when it is saved: an unknown or misspelt
placeholder, a stray brace, or one without ``{case}`` or ``{statement}`` is refused with one sentence, never
found out when a customer's letter is written.
"""

from __future__ import annotations

import string

from .errors import UserError
from .i18n import N_, t

PLACEHOLDERS: dict[str, str] = {
    "greeting": N_("the greeting with the customer's name"),
    "name": N_("the customer's name"),
    "case": N_("the case number"),
    "number": N_("the order number"),
    "product": N_("the product"),
    "statement": N_(
        "what the decision rests on: the approval, the ticked points, the acknowledged findings, the terms, the "
        "colours and the hand-over where the delivery matches; the apology where it does not"
    ),
    "reason": N_("the owner's reason"),
    "next": N_("what happens next: the reprint, the discount or refund with its amount, the new proof"),
    "amount": N_("the amount of a discount or refund"),
    "replacement": N_("the replacement order's number"),
    "due": N_("the replacement order's due date"),
    "attachment": N_("the sentence about the attached approval certificate (only where it is attached)"),
    "shop": N_("the shop's name"),
}
"""Each placeholder and what PrintProof puts in its place (shown beside the editor)."""

REQUIRED = ("case", "statement")
"""What every letter keeps: the case number the customer quotes, and what the decision rests on."""


def placeholders_in(template: str) -> list[str]:
    """The placeholders of ``template`` in order, or one sentence about the first brace that is not one."""
    found: list[str] = []
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        raise UserError(
            t("The letter has a brace that opens or closes no placeholder; write a brace as {{ or }}.")
        ) from None
    for _text, field, spec, conversion in parsed:
        if field is None:
            continue
        if field not in PLACEHOLDERS or spec or conversion:
            shown = "{" + field + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            raise UserError(
                t(
                    "The letter names {placeholder}, which PrintProof does not know; the placeholders are: {known}.",
                    placeholder=shown,
                    known=", ".join("{" + name + "}" for name in PLACEHOLDERS),
                )
            )
        found.append(field)
    return found


def check_template(template: str) -> str:
    """``template`` as it may be stored ("" keeps the standard letter), or one sentence saying what is wrong."""
    if not template.strip():
        return ""
    found = placeholders_in(template)
    for needed in REQUIRED:
        if needed not in found:
            raise UserError(
                t(
                    "The letter must keep {placeholder}: {what}.",
                    placeholder="{" + needed + "}",
                    what=t(PLACEHOLDERS[needed]),
                )
            )
    return template


def fill(template: str, values: dict[str, str]) -> list[str]:
    """The letter's paragraphs: ``template`` with every placeholder filled in, parted at blank lines; a
    paragraph left empty (a placeholder with nothing to say here) is left out."""
    placeholders_in(template)
    text = template.format_map({name: values.get(name, "") for name in PLACEHOLDERS})
    paragraphs = ("\n".join(line.rstrip() for line in part.strip().splitlines()) for part in text.split("\n\n"))
    return [paragraph for paragraph in paragraphs if paragraph]
