"""Settings of the services outside the shop: the timestamp authority and the mail server.

Checked here (one sentence per bad value) and written by :func:`printproof.services.shop.change_settings`;
passwords never go into the audit chain, only the fact that they changed.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from ..domain.errors import UserError
from ..domain.i18n import t

SECRET_SETTINGS = frozenset({"timestamp.password", "smtp.password"})
OUTSIDE_SETTINGS = frozenset(
    {
        "timestamp.url",
        "timestamp.user",
        "timestamp.password",
        "timestamp.ca_pem",
        "smtp.host",
        "smtp.port",
        "smtp.security",
        "smtp.user",
        "smtp.password",
        "smtp.sender",
    }
)
SECURITY = ("starttls", "ssl", "none")
_EMAIL = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")


def is_email(text: str) -> bool:
    """A plausible single e-mail address (what a person can be asked to correct)."""
    return bool(_EMAIL.match(text.strip())) and len(text) <= 254


def check_outside_setting(key: str, value: Any) -> Any:
    """The value as it may be stored, or a :class:`UserError` saying what it must be."""
    text = str(value if value is not None else "").strip()
    if key == "timestamp.url":
        if text:
            parts = urlsplit(text)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise UserError(t("The timestamp authority's address must start with http:// or https://."))
        return text
    if key == "timestamp.ca_pem":
        if text:
            from asn1crypto import pem

            if not pem.detect(text.encode()):
                raise UserError(t("The timestamp authority's certificate must be in PEM form (-----BEGIN …)."))
        return text
    if key == "smtp.port":
        try:
            port = int(text)
        except ValueError:
            port = 0
        if not 1 <= port <= 65535:
            raise UserError(t("“{value}” is not a port; give a number from 1 to 65535.", value=text))
        return port
    if key == "smtp.security":
        if text not in SECURITY:
            raise UserError(t("The mail server's security must be starttls, ssl or none."))
        return text
    if key == "smtp.sender":
        if text and not is_email(text):
            raise UserError(t("“{value}” is not an e-mail address.", value=text))
        return text
    if len(text) > 300 or "\n" in text:
        raise UserError(t("“{value}” is too long or has several lines.", value=text[:40]))
    return text


def logged_value(key: str, value: Any) -> Any:
    """What the audit chain keeps of a setting's value: never a password."""
    return "(changed)" if key in SECRET_SETTINGS else value
