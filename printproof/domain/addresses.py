"""Addresses the shop types into settings and the customer's copy: e-mail addresses, web addresses and
certificates in PEM form — one sentence in the user's language when one is not what it must be."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .errors import UserError
from .i18n import t

_EMAIL = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")


def is_email(text: str) -> bool:
    """A plausible single e-mail address (what a person can be asked to correct)."""
    return bool(_EMAIL.match(text.strip())) and len(text) <= 254


def checked_email(value: str) -> str:
    """An e-mail address, or empty; else one sentence."""
    text = str(value or "").strip()
    if text and not is_email(text):
        raise UserError(t("“{value}” is not an e-mail address.", value=text))
    return text


def checked_web_address(value: str) -> str:
    """An http(s) address such as a timestamp authority's, or empty; else one sentence."""
    text = str(value or "").strip()
    if text:
        parts = urlsplit(text)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise UserError(t("The timestamp authority's address must start with http:// or https://."))
    return text


def checked_pem(value: str) -> str:
    """One or more certificates in PEM form, or empty; else one sentence."""
    text = str(value or "").strip()
    if text and "-----BEGIN CERTIFICATE-----" not in text:
        raise UserError(t("The timestamp authority's certificate must be in PEM form (-----BEGIN …)."))
    return text
