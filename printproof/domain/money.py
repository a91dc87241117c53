"""Amounts of money the shop records (a discount, a refund on a complaint): whole cents, in euros.

Typed as people type them — ``12,50``, ``12.50``, ``1.234,50``, ``€ 12``, ``12,50 €`` — and read back as each
language writes them: ``12,50 €`` in German, ``€12.50`` in English.
"""

from __future__ import annotations

import re

from . import vocabulary
from .errors import UserError
from .i18n import language, t

MAX_CENTS = 100_000_00
"""The largest amount accepted (100,000 €): a typo of a few zeros is refused, not recorded."""

_AMOUNT = re.compile(r"^(?P<whole>\d{1,3}(?:[.,' ]\d{3})*|\d+)(?:[.,](?P<cents>\d{1,2}))?$")


def parse_amount(text: str) -> int:
    """The amount typed in ``text`` in cents; one sentence when it is no amount, not above zero or absurd."""
    cleaned = text.strip().replace("€", "").replace("EUR", "").replace("\u00a0", " ").strip()
    match = _AMOUNT.match(cleaned)
    if match is None:
        raise UserError(t("“{text}” is not an amount in euros; type it like 12,50.", text=text.strip()[:40]))
    whole = int(re.sub(r"[.,' ]", "", match["whole"]))
    cents = whole * 100 + int((match["cents"] or "0").ljust(2, "0"))
    return checked_cents(cents)


def checked_cents(cents: int) -> int:
    """``cents`` if it is an amount the shop may record, else one sentence why not."""
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise UserError(t("The amount must be a whole number of cents."))
    if cents <= 0:
        raise UserError(t("The amount must be more than 0 €."))
    if cents > MAX_CENTS:
        raise UserError(t("An amount above {limit} is not accepted; please check it.", limit=format_amount(MAX_CENTS)))
    return cents


def format_amount(cents: int, lang: str = "de") -> str:
    """``1234550`` → ``12.345,50 €`` (German) or ``€12,345.50`` (English)."""
    whole, rest = divmod(abs(cents), 100)
    grouped = f"{whole:,}"
    if lang == "de":
        return f"{'-' if cents < 0 else ''}{grouped.replace(',', '.')},{rest:02d} €"
    return f"{'-' if cents < 0 else ''}€{grouped}.{rest:02d}"


def outcome_with_amount(outcome: str, amount_cents: int | None, lang: str | None = None) -> str:
    """A complaint's outcome as people read it, with its amount where one was recorded: ``Preisnachlass
    (12,50 €)``."""
    lang = lang or language()
    named = vocabulary.name("outcome", outcome, lang)
    return f"{named} ({format_amount(amount_cents, lang)})" if amount_cents is not None else named
