"""Settings of the services outside the shop (mail server, timestamp authority): what the audit chain keeps
of them. Their definitions and checks are in the settings registry (domain/settings.py)."""

from __future__ import annotations

SECRET_SETTINGS = frozenset({"timestamp.password", "smtp.password"})
"""Passwords: kept in each workstation's keyring (``credentials.py``), never in the store or the audit chain."""
