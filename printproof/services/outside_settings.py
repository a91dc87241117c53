"""Settings of the services outside the shop (mail server, timestamp authority): what the audit chain keeps
of them. Their definitions and checks are in the settings registry (domain/settings.py)."""

from __future__ import annotations

from typing import Any

SECRET_SETTINGS = frozenset({"timestamp.password", "smtp.password"})


def logged_value(key: str, value: Any) -> Any:
    """What the audit chain keeps of a setting's value: never a password, only that it changed."""
    return "(changed)" if key in SECRET_SETTINGS else value
