"""The shop's profile: its name, language, terms and watermark, read by every area (set up and changed in
``admin/setup.py``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import peewee as pw

from ...domain.i18n import LANGUAGES
from ...domain.texts import tr
from ...store.models import Staff
from ...store.settings import all_settings, get_setting
from .outside_settings import SECRET_SETTINGS


def is_set_up() -> bool:
    """Whether the store has an owner yet."""
    return Staff.select().exists()  # an owner demoted in the rows past PrintProof is no first run


def language() -> str:
    return str(get_setting("shop.language"))


def customer_language(order: Any) -> str:
    """The language of the documents for ``order``'s customer (proof, certificate, copies, letters, e-mails): the
    order's, else the shop's (orders taken before schema 11)."""
    return order.language if order.language in LANGUAGES else language()


def terms(lang: str | None = None) -> str:
    """The shop's current terms in ``lang``; where the shop wrote its own terms only in its language, those (the
    terms are the shop's, whatever language the customer reads); the standard text where it wrote none."""
    lang = lang or language()
    return str(get_setting(f"terms.{lang}") or get_setting(f"terms.{language()}") or tr(lang, "default_terms"))


def watermark(lang: str | None = None) -> str:
    return str(get_setting("proof.watermark") or tr(lang or language(), "watermark"))


def settings() -> dict[str, Any]:
    """The shop's settings; the passwords of the services outside the shop are never among them (they are kept
    in this workstation's keyring, ``credentials.py``): "" there."""
    return {**all_settings(), **dict.fromkeys(SECRET_SETTINGS, "")}


def logo_bytes(sha: str) -> bytes | None:
    """The stored logo file with this SHA-256 (for the settings screen), or None."""
    from ...store.blobs import blob_bytes

    try:
        return blob_bytes(sha) if sha else None
    except KeyError:
        return None


def set_up_at() -> datetime | None:
    """When the shop was set up (UTC), or None before setup."""
    from ...store.models import AuditEvent

    first: datetime | None = (
        AuditEvent.select(pw.fn.MIN(AuditEvent.created_at)).where(AuditEvent.kind == "shop.setup").scalar()
    )
    return first
