"""The shop's press: which ICC profile the proofs simulate, how RGB is converted, the ink limit."""

from __future__ import annotations

from typing import Any

from ...domain.enums import Role
from ...domain.errors import UserError
from ...domain.i18n import t
from ...domain.pdf_report import condition_of
from ...domain.preflight import PressFacts
from ...domain.typed_text import clean_filename
from ...store.blobs import blob_bytes, put_blob
from ...store.db import write
from ...store.settings import get_setting, put_setting
from ..core import audit
from ..core.context import Actor, require
from .colour import GAMUT_DELTA_E, INTENTS, PressSetup, check_press_profile, default_profile

ICC_MEDIA_TYPE = "application/vnd.iccprofile"


def press_setup() -> PressSetup:
    """The press as the shop set it up (the shipped FOGRA39 profile until the owner installs another)."""
    sha = str(get_setting("press.profile_sha256") or "")
    icc = blob_bytes(sha) if sha else default_profile()
    return PressSetup(
        icc,
        str(get_setting("press.intent")),
        bool(get_setting("press.bpc")),
        int(get_setting("press.ink_limit")),
    )


def press_facts(setup: PressSetup | None = None) -> PressFacts:
    """What preflight compares with: the ink limit and the press's printing condition (e.g. FOGRA39)."""
    setup = setup or press_setup()
    return PressFacts(setup.ink_limit, condition_of(setup.name), GAMUT_DELTA_E, setup.name)


def check_press_settings(changes: dict[str, Any]) -> None:
    """Refuse press settings that make no sense (called for every settings change); normalises values."""
    if "press.intent" in changes and changes["press.intent"] not in INTENTS:
        raise UserError(
            t("The rendering intent must be one of: {names}.", names=", ".join(INTENTS)),
        )
    if "press.bpc" in changes:
        changes["press.bpc"] = bool(changes["press.bpc"])
    if "press.ink_limit" in changes:
        try:
            limit = int(changes["press.ink_limit"])
        except (TypeError, ValueError) as exc:
            raise UserError(t("The ink limit must be a whole number of per cent.")) from exc
        if not 200 <= limit <= 400:
            raise UserError(t("The ink limit must be between 200 % and 400 %."))
        changes["press.ink_limit"] = limit
    if "press.profile_sha256" in changes and changes["press.profile_sha256"]:
        raise UserError(t("Install a press profile from its ICC file."))


def install_press_profile(actor: Actor, filename: str, data: bytes) -> str:
    """The owner installs the printer's ICC profile (CMYK output); returns the profile's name."""
    require(actor, Role.OWNER, action="change the shop's settings", pin_itself=True)
    filename = clean_filename(filename, "press profile")
    name = check_press_profile(data, filename)
    with write():
        blob = put_blob(data, ICC_MEDIA_TYPE)
        put_setting("press.profile_sha256", blob.sha256)
        audit.append(actor, "settings.press_profile", payload={"file": filename, "sha256": blob.sha256, "name": name})
    return name


def use_default_profile(actor: Actor) -> None:
    """The owner goes back to the shipped FOGRA39 profile."""
    require(actor, Role.OWNER, action="change the shop's settings", pin_itself=True)
    with write():
        put_setting("press.profile_sha256", "")
        audit.append(actor, "settings.press_profile", payload={"file": "", "sha256": "", "name": "default"})
