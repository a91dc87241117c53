"""The search words stored for an order and for a directory entry (forgiving: ``domain/fold.py``)."""

from __future__ import annotations

from .models import Customer


def customer_tokens(customer: Customer) -> set[str]:
    """The forgiving search words of a customer (``domain/fold.py``): name, company, phone digits, e-mail."""
    from ..domain.fold import search_words

    words: set[str] = set()
    for text in (customer.name, customer.company, customer.email):
        words.update(search_words(text or ""))
    digits = "".join(ch for ch in customer.phone or "" if ch.isdigit())
    if digits:
        words.add(digits)
        if digits.startswith("49") and len(digits) > 6:  # +49 171 … is also searched as 0171 …
            words.add("0" + digits[2:])
    if customer.email:
        words.add(customer.email.casefold())
    return {w[:64] for w in words if w}


def order_tokens(number: str, customer: Customer) -> set[str]:
    """The search words of an order: its number, and its customer's words (:func:`customer_tokens`)."""
    from ..domain.fold import search_words

    words = {number.casefold(), *search_words(number), *customer_tokens(customer)}
    return {w[:64] for w in words if w}
