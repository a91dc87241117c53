"""The shop's settings as rows; what each one is and takes lives in :mod:`printproof.domain.settings`."""

from __future__ import annotations

import json
from typing import Any

from ..domain.settings import SettingDef, by_key
from .models import Setting

__all__ = ["DEFINITIONS", "SettingDef", "all_settings", "get_setting", "put_setting"]

DEFINITIONS: dict[str, SettingDef] = by_key("shop")
"""The settings kept in the store (scope ``shop``)."""


def get_setting(key: str) -> Any:
    """The stored value of ``key``, or its declared default."""
    definition = DEFINITIONS[key]
    row = Setting.get_or_none(Setting.key == key)
    return json.loads(row.value) if row else definition.default


def all_settings() -> dict[str, Any]:
    stored = {row.key: json.loads(row.value) for row in Setting.select()}
    return {key: stored.get(key, d.default) for key, d in DEFINITIONS.items()}


def put_setting(key: str, value: Any) -> None:
    """Store ``value`` for ``key`` (checked by its definition); call inside a write transaction that logs it."""
    if key not in DEFINITIONS:
        raise KeyError(key)
    value = json.dumps(DEFINITIONS[key].check(value))
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}
    ).execute()
