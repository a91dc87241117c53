"""The search words stored for an order and for a directory entry (forgiving: ``domain/fold.py``)."""

from __future__ import annotations

from .models import Customer


def customer_tokens(customer: Customer) -> set[str]:
    """The forgiving search words of a customer (``domain/fold.py``): name, company, phone digits, e-mail."""
    from ..domain.fold import search_words

    words: set[str] = set()
    for text in (customer.name, customer.company, customer.email):
        words.update(search_words(text or ""))
    words.update(phone_words(customer.phone or ""))
    if customer.email:
        words.add(customer.email.casefold())
    return {w[:64] for w in words if w}


def phone_words(phone: str) -> set[str]:
    """A phone number as people type it: as written (digits only), and its national number with and without the
    leading 0 — "+49 171 2345678" is found by 49171…, 0171… and 171…; "0171 2345678" by 171… too."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if not digits:
        return set()
    found = {digits}
    international = digits[2:] if digits.startswith("00") else digits
    if international.startswith("49") and len(international) > 6:
        national = international[2:]
    elif digits.startswith("0") and not digits.startswith("00") and len(digits) > 4:
        national = digits[1:]
    else:
        return found
    return found | {national, "0" + national}


def order_tokens(number: str, customer: Customer) -> set[str]:
    """The search words of an order: its number, and its customer's words (:func:`customer_tokens`)."""
    from ..domain.fold import search_words

    words = {number.casefold(), *search_words(number), *customer_tokens(customer)}
    return {w[:64] for w in words if w}
