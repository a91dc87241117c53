"""The shop set up on first run, and the settings and logo the owner changes (every change an audit event)."""

from __future__ import annotations

from typing import Any

from ...domain.enums import Role
from ...domain.errors import UserError
from ...domain.i18n import LANGUAGES, t
from ...domain.typed_text import clean_filename, clean_line, clean_text
from ...store.db import write
from ...store.settings import DEFINITIONS, all_settings, put_setting
from ..core import audit
from ..core.context import Actor, require
from ..core.outside_settings import SECRET_SETTINGS
from ..core.shop import is_set_up
from .staff import SetUp, first_owner, give_recovery_code


def setup(shop: str, owner: str, pin: str, language: str = "de", address: str = "") -> SetUp:
    """First run: the shop's name and language and its owner. Refused once a shop exists.

    Returns the owner, signed in, and the owner's recovery code: shown this once (print it and keep it
    away from the counter); it lifts a lock-out and can set a new PIN. The owner can make a new one later.
    """
    shop = clean_line(shop, "shop name", required=True)
    address = clean_text(address, "address", max_len=500)
    if language not in LANGUAGES:
        raise UserError(t("The language “{language}” is not offered; choose de or en.", language=language))
    with write():
        if is_set_up():
            raise UserError(t("This store is already set up; sign in as the owner to change the shop."))
        actor = first_owner(owner, pin)
        code = give_recovery_code(actor)
        put_setting("shop.name", shop)
        put_setting("shop.language", language)
        put_setting("shop.address", address)
        audit.append(actor, "shop.setup", payload={"shop": shop, "owner": actor.name, "language": language})
    from ..evidence.signing import ensure_shop_certificate

    ensure_shop_certificate(shop, actor)  # the key that signs certificates, made once at setup
    return SetUp(actor, code)


def change_settings(actor: Actor, changes: dict[str, Any]) -> None:
    """The owner changes settings; every change is an audit event. A password (mail server, timestamp
    authority) is kept in this workstation's keyring, not in the store; an empty one leaves it as it was."""
    require(actor, Role.OWNER, action="change the shop's settings", pin_itself=True)
    for key in changes:
        if key not in DEFINITIONS:
            raise UserError(t("There is no setting called “{key}”.", key=key))
    changes = {key: _checked_setting(key, value) for key, value in changes.items()}
    passwords = {key: changes.pop(key) for key in SECRET_SETTINGS & set(changes) if changes[key]}
    changes = {key: value for key, value in changes.items() if key not in SECRET_SETTINGS}
    from ..artwork.press import check_press_settings

    check_press_settings(changes)
    with write():
        before = all_settings()
        for key, value in changes.items():
            put_setting(key, value)
        logged = {k: {"from": before.get(k), "to": v} for k, v in changes.items() if before.get(k) != v}
        logged.update({k: {"from": "(changed)", "to": "(changed)"} for k in passwords})
        if logged:
            audit.append(actor, "settings.changed", payload=logged)
    from ..core import credentials

    for key, value in passwords.items():
        credentials.save(key, value)


def _checked_setting(key: str, value: Any) -> Any:
    """A setting's value as it may be stored (its definition's check), or one sentence saying what it must be."""
    value = DEFINITIONS[key].check(value)
    if key == "shop.logo_sha256" and value:
        from ...store.models import Blob

        if not Blob.select().where(Blob.sha256 == str(value)).exists():
            raise UserError(t("Choose the logo as a picture file."))
    return value


def set_logo(actor: Actor, filename: str, data: bytes) -> str:
    """The owner sets the shop's logo (PNG, JPEG or TIFF) for proofs and certificates; returns its SHA-256."""
    from ...store.blobs import put_blob
    from ..artwork.imaging import MEDIA_TYPES_BY_KIND, check_photo

    require(actor, Role.OWNER, action="change the shop's logo")
    filename = clean_filename(filename, "logo")
    kind = check_photo(data, filename)
    with write():
        blob = put_blob(data, MEDIA_TYPES_BY_KIND[kind])
        put_setting("shop.logo_sha256", blob.sha256)
        audit.append(actor, "settings.logo", payload={"file": filename, "sha256": blob.sha256})
    return blob.sha256
