"""The shop's settings as rows; what each one is and takes lives in :mod:`printproof.domain.settings`.

The settings the evidence depends on (:data:`GOVERNED`) are read from the owner's signed events, not from their
rows (``store/power.py``): a value put into the store past PrintProof changes nothing, and ``verify`` names it.
"""

from __future__ import annotations

import json
from typing import Any

from ..domain.settings import SettingDef, by_key
from .models import AuditEvent, Setting
from .power import Ledger, ledger, payload_of

__all__ = [
    "DEFINITIONS",
    "GOVERNED",
    "SettingDef",
    "all_settings",
    "get_setting",
    "put_setting",
    "signed_settings",
    "stored_settings",
]

DEFINITIONS: dict[str, SettingDef] = by_key("shop")
"""The settings kept in the store (scope ``shop``)."""


GOVERNED = (
    "timestamp.url",
    "timestamp.ca_pem",
    "backup.folder",
    "backup.keep",
    "privacy.retention_years",
    "privacy.auto_erase",
    "portal.url",
    "portal.public_key",
    "shop.logo_sha256",
)
"""The settings the evidence depends on: where it is kept and anchored, whom it trusts, how long it is kept, the
logo on every proof."""
SIGNED_SETTING_KINDS = ("settings.changed", "settings.logo", "settings.adopted", "portal.paired")


def get_setting(key: str) -> Any:
    """The value of ``key``: for a :data:`GOVERNED` one as the owner's signed events set it; else the stored
    value, or its declared default."""
    definition = DEFINITIONS[key]
    if key in GOVERNED:
        return signed_settings()[key]
    row = Setting.get_or_none(Setting.key == key)
    return json.loads(row.value) if row else definition.default


def stored_settings() -> dict[str, Any]:
    """Every setting as its row holds it (``verify`` compares them with :func:`signed_settings`)."""
    stored = {row.key: json.loads(row.value) for row in Setting.select()}
    return {key: stored.get(key, d.default) for key, d in DEFINITIONS.items()}


def all_settings() -> dict[str, Any]:
    """Every setting's value (see :func:`get_setting`)."""
    return {**stored_settings(), **signed_settings()}


_signed_cache: list[tuple[Ledger, dict[str, Any]]] = []


def signed_settings(power: Ledger | None = None) -> dict[str, Any]:
    """The value of each :data:`GOVERNED` setting as the owner's accepted events set it (its default where none
    did; ``settings.adopted``: what a store upgraded to schema 13 held, sealed before anything was signed). Values
    are checked again by their definitions: one that no longer passes counts as its default."""
    power = power or ledger()
    for cached, values in _signed_cache:
        if cached is power:
            return dict(values)
    values = {key: DEFINITIONS[key].default for key in GOVERNED}
    for event in (
        AuditEvent.select().where(AuditEvent.kind.in_(SIGNED_SETTING_KINDS)).order_by(AuditEvent.seq).iterator()
    ):
        if event.seq not in power.accepted:
            continue
        payload = payload_of(event)
        if event.kind == "portal.paired":
            found = {"portal.url": payload.get("url"), "portal.public_key": payload.get("portal_key")}
        elif event.kind == "settings.logo":
            found = {"shop.logo_sha256": payload.get("sha256")}
        elif event.kind == "settings.adopted":
            found = dict(payload)
        else:
            found = {k: change.get("to") for k, change in payload.items() if isinstance(change, dict)}
        for key, value in found.items():
            if key in values:
                values[key] = _checked(key, value)
    _signed_cache[:] = [(power, values)]
    return dict(values)


def _checked(key: str, value: Any) -> Any:
    from ..domain.errors import UserError

    try:
        return DEFINITIONS[key].check(value)
    except (UserError, ValueError, TypeError):
        return DEFINITIONS[key].default


def put_setting(key: str, value: Any) -> None:
    """Store ``value`` for ``key`` (checked by its definition); call inside a write transaction that logs it."""
    if key not in DEFINITIONS:
        raise KeyError(key)
    value = json.dumps(DEFINITIONS[key].check(value))
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}
    ).execute()
