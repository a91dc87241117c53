"""Shop settings as rows, each with a declared default and a label."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .models import Setting


@dataclass(frozen=True)
class SettingDef:
    key: str
    default: Any
    label: str


DEFINITIONS: dict[str, SettingDef] = {
    d.key: d
    for d in (
        SettingDef("shop.name", "", "Shop name"),
        SettingDef("shop.address", "", "Address"),
        SettingDef("shop.logo_sha256", "", "Logo"),
        SettingDef("shop.language", "de", "Language of proofs and documents"),
        SettingDef("proof.watermark", "", "Watermark text (empty: the standard text)"),
        SettingDef("proof.dpi", 150, "Proof image resolution (dpi)"),
        SettingDef("terms.de", "", "Terms (German; empty: the standard text)"),
        SettingDef("terms.en", "", "Terms (English; empty: the standard text)"),
        SettingDef("lock.idle_minutes", 5, "Lock after idle minutes"),
        SettingDef("backup.folder", "", "Backup folder"),
        SettingDef("backup.keep", 14, "Backups to keep"),
        SettingDef("press.profile_sha256", "", "Press profile (ICC; empty: FOGRA39, offset on coated paper)"),
        SettingDef("press.intent", "relative", "Rendering intent for RGB artwork"),
        SettingDef("press.bpc", True, "Black-point compensation"),
        SettingDef("press.ink_limit", 300, "Total ink limit (%)"),
        # Issue 11: trusted time (RFC 3161) and e-mail to customers; empty: not used.
        SettingDef("timestamp.url", "", "Timestamp authority (RFC 3161 URL; empty: none)"),
        SettingDef("timestamp.user", "", "Timestamp authority user name"),
        SettingDef("timestamp.password", "", "Timestamp authority password"),
        SettingDef("timestamp.ca_pem", "", "Timestamp authority CA certificate (PEM; empty: not checked for trust)"),
        SettingDef("smtp.host", "", "Mail server (SMTP; empty: no e-mail)"),
        SettingDef("smtp.port", 587, "Mail server port"),
        SettingDef("smtp.security", "starttls", "Mail server security (starttls, ssl or none)"),
        SettingDef("smtp.user", "", "Mail server user name"),
        SettingDef("smtp.password", "", "Mail server password"),
        SettingDef("smtp.sender", "", "Sender address of the shop's e-mails"),
    )
}


def get_setting(key: str) -> Any:
    """The stored value of ``key``, or its declared default."""
    definition = DEFINITIONS[key]
    row = Setting.get_or_none(Setting.key == key)
    return json.loads(row.value) if row else definition.default


def all_settings() -> dict[str, Any]:
    stored = {row.key: json.loads(row.value) for row in Setting.select()}
    return {key: stored.get(key, d.default) for key, d in DEFINITIONS.items()}


def put_setting(key: str, value: Any) -> None:
    """Store ``value`` for ``key``; call inside a write transaction that also logs the change."""
    if key not in DEFINITIONS:
        raise KeyError(key)
    Setting.insert(key=key, value=json.dumps(value)).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: json.dumps(value)}
    ).execute()
