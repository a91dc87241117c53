"""Every setting PrintProof knows, in one typed registry.

A setting has a key, a kind (what values it takes), a default, a scope — ``shop`` settings live in the
store and are the same on every workstation, ``workstation`` settings live on this computer (Qt's
QSettings) — an English title translated where it is shown, and its limits. The settings screen is
built from these definitions and :meth:`SettingDef.check` validates every value, whoever stores it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from .addresses import checked_email, checked_pem, checked_web_address
from .answer_dates import STATE_NAMES, STATES
from .enums import DisputeOutcome
from .errors import UserError
from .i18n import LANGUAGES, t
from .letters import check_template

Kind = Literal["line", "text", "int", "bool", "choice", "path", "sha256", "state"]
"""line: one line of text; text: several lines; int: a whole number in a range; bool: on/off;
choice: one of ``choices``; path: a folder or file on this computer; sha256: a stored file's hash
(set by its own action, e.g. the logo); state: something the window remembers (geometry), not shown."""

Scope = Literal["shop", "workstation"]


def _kind_of(default: Any) -> Kind:
    if isinstance(default, bool):
        return "bool"
    if isinstance(default, int):
        return "int"
    return "line"


@dataclass(frozen=True)
class SettingDef:
    """One setting: what it is, where it lives, what values it takes."""

    key: str
    default: Any
    label: str
    """The title shown beside the field (English; translated with :func:`t` where shown)."""
    kind: Kind | None = None
    scope: Scope = "shop"
    what: str = ""
    """The setting in a sentence ("shop name"): names it in error messages; the label when empty."""
    required: bool = False
    max_len: int = 1000
    low: int | None = None
    high: int | None = None
    choices: tuple[str, ...] = ()
    choice_labels: tuple[str, ...] = ()
    """How each choice is shown (English; translated with :func:`t`); the choices themselves when empty."""
    unit: str = ""
    """Shown after a number ("dpi", "min", "%")."""
    check_value: Callable[[Any], Any] | None = field(default=None, compare=False)
    """A further check for this setting (after the kind's own), returning the value to store."""

    @property
    def type(self) -> Kind:
        return self.kind or _kind_of(self.default)

    def title(self) -> str:
        """The title in the workstation's language."""
        return t(self.label)

    def choice_titles(self) -> list[tuple[str, str]]:
        """(value, title in the workstation's language) for each choice."""
        labels = self.choice_labels or self.choices
        return [(value, t(label)) for value, label in zip(self.choices, labels, strict=True)]

    def check(self, value: Any) -> Any:
        """``value`` as it may be stored, or one sentence in the user's language saying what it must be."""
        from .typed_text import clean_line, clean_text

        what = self.what or self.label.lower()
        kind = self.type
        if kind == "line" or kind == "path":
            value = clean_line(
                None if value is None else str(value), what, required=self.required, max_len=self.max_len
            )
        elif kind == "text":
            value = clean_text(
                None if value is None else str(value), what, required=self.required, max_len=self.max_len
            )
        elif kind == "bool":
            if value not in (True, False, 0, 1, "true", "false"):
                raise UserError(
                    t("The {what} is either on or off; “{value}” is not possible.", what=t(what), value=value)
                )
            value = value in (True, 1, "true")
        elif kind == "int":
            low = self.low if self.low is not None else -(2**31)
            high = self.high if self.high is not None else 2**31 - 1
            try:
                number = int(value)
                if isinstance(value, float) and value != number:
                    raise ValueError(value)
            except (TypeError, ValueError, OverflowError):
                number = None
            if number is None or not low <= number <= high:
                raise UserError(
                    t(
                        "The {what} must be a whole number from {low} to {high}; “{value}” is not possible.",
                        what=t(what),
                        value=value,
                        low=low,
                        high=high,
                    )
                )
            value = number
        elif kind == "choice":
            if value not in self.choices:
                raise UserError(
                    t(
                        "The {what} must be one of: {choices}; “{value}” is not possible.",
                        what=t(what),
                        value=value,
                        choices=", ".join(c or "–" for c in self.choices),
                    )
                )
        elif kind == "sha256":
            value = str(value or "")
            if value and (len(value) != 64 or any(c not in "0123456789abcdef" for c in value)):
                raise UserError(t("“{value}” is not a stored file.", value=value))
        return self.check_value(value) if self.check_value else value


SETTINGS: tuple[SettingDef, ...] = (
    # -- the shop (in the store, the same on every workstation) --
    SettingDef("shop.name", "", "Shop name", what="shop name", required=True, max_len=200),
    SettingDef("shop.address", "", "Address", kind="text", what="address", max_len=500),
    SettingDef("shop.logo_sha256", "", "Logo", kind="sha256"),
    SettingDef(
        "shop.language",
        "de",
        "Language of proofs",
        kind="choice",
        choices=LANGUAGES,
        choice_labels=("Deutsch", "English"),
    ),
    SettingDef(
        "shop.state",
        "",
        "State (for public holidays)",
        kind="choice",
        what="state of the shop",
        choices=STATES,
        choice_labels=STATE_NAMES,
    ),
    SettingDef(
        "complaints.answer_days",
        3,
        "A complaint is answered within",
        what="working days to answer a complaint",
        low=1,
        high=30,
        unit="working days",
    ),
    # The owner's wording of the answer to a complaint, per outcome and language ("": the standard letter).
    *(
        SettingDef(
            f"letter.{lang}.{outcome.value}",
            "",
            "Answer letter",
            kind="text",
            what="letter",
            max_len=10_000,
            check_value=check_template,
        )
        for lang in LANGUAGES
        for outcome in DisputeOutcome
    ),
    SettingDef("proof.watermark", "", "Watermark", what="watermark text", max_len=100),
    SettingDef("proof.dpi", 150, "Proof resolution", what="proof resolution (dpi)", low=72, high=300, unit="dpi"),
    SettingDef("terms.de", "", "Terms (German)", kind="text", what="terms", max_len=20_000),
    SettingDef("terms.en", "", "Terms (English)", kind="text", what="terms", max_len=20_000),
    SettingDef(
        "lock.idle_minutes",
        5,
        "Lock when idle after",
        what="idle time before locking (minutes)",
        low=1,
        high=240,
        unit="min",
    ),
    SettingDef("backup.folder", "", "Backup folder", kind="path", what="backup folder"),
    SettingDef("backup.keep", 14, "Backup copies kept", what="number of backup copies kept", low=1, high=365),
    SettingDef("press.profile_sha256", "", "Press profile", kind="sha256"),
    SettingDef(
        "press.intent",
        "relative",
        "RGB artwork converted",
        what="rendering intent",
        kind="choice",
        choices=("relative", "perceptual", "saturation", "absolute"),
        choice_labels=("Relative colorimetric", "Perceptual", "Saturation", "Absolute colorimetric"),
    ),
    SettingDef("press.bpc", True, "Black-point compensation", what="black-point compensation"),
    SettingDef("press.ink_limit", 300, "Total ink limit", what="total ink limit (%)", low=200, high=400, unit="%"),
    # HGB §257 / AO §147 keep business records 6 to 10 years; then an order's personal data is erased.
    SettingDef(
        "privacy.retention_years",
        10,
        "Keep orders after their last event for",
        what="retention period (years)",
        low=6,
        high=30,
        unit="years",
    ),
    SettingDef(
        "privacy.auto_erase",
        False,
        "Erase orders automatically when their retention ends",
        what="automatic erasure",
    ),
    # -- services outside the shop (issue 11): e-mail to customers, trusted time; empty: not used --
    SettingDef("smtp.host", "", "Mail server", what="mail server", max_len=253),
    SettingDef("smtp.port", 587, "Port", what="mail server's port", low=1, high=65535),
    SettingDef(
        "smtp.security",
        "starttls",
        "Security",
        what="mail server's security",
        kind="choice",
        choices=("starttls", "ssl", "none"),
        choice_labels=("STARTTLS (port 587)", "SSL/TLS (port 465)", "none (only inside the shop's network)"),
    ),
    SettingDef("smtp.user", "", "User name", what="mail server's user name", max_len=200),
    SettingDef("smtp.password", "", "Password", what="mail server's password", max_len=200),
    SettingDef("smtp.sender", "", "Sender address", what="sender address", max_len=254, check_value=checked_email),
    SettingDef(
        "mail.ready_notice",
        True,
        "Offer to tell the customer when an order is ready",
        what="offer of an e-mail when an order is ready",
    ),
    SettingDef(
        "timestamp.url",
        "",
        "Timestamp authority",
        what="timestamp authority's address",
        max_len=300,
        check_value=checked_web_address,
    ),
    SettingDef("timestamp.user", "", "User name", what="timestamp authority's user name", max_len=200),
    # -- the portal (issue 24): paired by its own action (Settings → Portal → Pair…), the key never shown --
    SettingDef("portal.url", "", "Portal", kind="state", what="portal's address", max_len=300),
    SettingDef("portal.key", "", "Portal key", kind="state", what="portal's key", max_len=200),
    SettingDef("portal.public_key", "", "Portal's public key", kind="state", what="portal's public key", max_len=64),
    SettingDef("portal.link_days", 14, "A link is valid for", what="validity of a link", low=1, high=90, unit="days"),
    SettingDef(
        "portal.reminder_days",
        3,
        "One reminder after",
        what="days before the reminder",
        low=0,
        high=60,
        unit="days (0: none)",
    ),
    SettingDef("timestamp.password", "", "Password", what="timestamp authority's password", max_len=200),
    SettingDef(
        "timestamp.ca_pem",
        "",
        "Its CA certificate",
        kind="text",
        what="timestamp authority's CA certificate",
        max_len=50_000,
        check_value=checked_pem,
    ),
    # -- this workstation (Qt's QSettings on this computer) --
    SettingDef(
        "ui/language",
        "",
        "Language of this workstation (after restart)",
        kind="choice",
        scope="workstation",
        choices=("", *LANGUAGES),
        choice_labels=("As the system", "Deutsch", "English"),
    ),
    SettingDef("artwork/folder", "", "Folder of the last artwork", kind="path", scope="workstation"),
    SettingDef("proof/folder", "", "Folder for saved proofs", kind="path", scope="workstation"),
    SettingDef("photos/folder", "", "Folder of the last complaint photos", kind="path", scope="workstation"),
    SettingDef("window/geometry", None, "Window size and place", kind="state", scope="workstation"),
    SettingDef(
        "window/tab",
        "orders",
        "Screen shown at start",
        kind="choice",
        scope="workstation",
        choices=("orders", "pickup", "customers", "settings"),
    ),
    SettingDef("order/splitter", None, "Order screen division", kind="state", scope="workstation"),
    SettingDef(
        "order/column", None, "Order screen: buttons above the versions and history", kind="state", scope="workstation"
    ),
)


def by_key(scope: Scope | None = None) -> dict[str, SettingDef]:
    """The settings of ``scope`` (all when None) by key."""
    return {d.key: d for d in SETTINGS if scope is None or d.scope == scope}


def definition(key: str) -> SettingDef:
    """The definition of ``key``; a sentence when there is no such setting."""
    for d in SETTINGS:
        if d.key == key:
            return d
    raise UserError(t("There is no setting called “{key}”.", key=key))
