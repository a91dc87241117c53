"""A short-lived session for a run of commands: the PIN checked once, then ``PRINTPROOF_SESSION``.

A PIN check costs 1.5 s on purpose (``pins.py``), which dominates a command that handles a small file. `printproof
session start` checks the PIN once and gives a token for the shell; until the session ends (10 minutes by
default, at most 60) each command signs in with the token instead of the PIN, in milliseconds.

As with ssh-agent, two halves that open nothing alone: the token carries a random key, and a file in the
user's runtime folder (mode 0600, emptied when the user logs out) carries the PIN's secret sealed with that key
(AES-GCM) together with the store, the person, their public key and the session's end, so none of these can be
changed. Signing in with a session makes the same checks of the sealed staff record as a PIN does and opens the
person's key with the secret: a PIN changed, a key renewed or the person made inactive ends every session of
theirs. `printproof session end` deletes the file; an expired session's file is deleted when it is next used.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import warnings
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from platformdirs import user_runtime_path

from ...domain.errors import NotAllowed, UserError
from ...domain.i18n import t
from ...store.clock import now
from ..core.context import Actor
from . import staff

VARIABLE = "PRINTPROOF_SESSION"
DEFAULT_MINUTES, MAX_MINUTES = 10, 60
_HEAD = ("v", "staff", "key", "store", "workstation", "expires")


@dataclass(frozen=True)
class Started:
    token: str
    ends: datetime  # UTC
    actor: Actor


def sessions_dir() -> Path:
    """Where the sealed halves live: the user's runtime folder (on Linux ``$XDG_RUNTIME_DIR``, /run/user/<uid>: a
    memory file system of the user's alone), else a folder of the user's alone in the temporary folder."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # where platformdirs falls back, said in English: it is private too
            return user_runtime_path("PrintProof", appauthor=False) / "sessions"
    except OSError as exc:  # the fallback is someone else's or a link
        raise UserError(t("This computer has no folder of yours alone for a session; sign in with the PIN.")) from exc


def start(name: str, pin: str, store: str, minutes: int = DEFAULT_MINUTES) -> Started:
    """Sign ``name`` in with ``pin`` and open a session of ``minutes`` for ``store`` (its location)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not 1 <= minutes <= MAX_MINUTES:
        raise UserError(t("A session lasts from 1 to {most} minutes.", most=MAX_MINUTES))
    actor, secret = staff.sign_in_with_secret(name, pin)
    if actor.signer is None:  # a row changed outside PrintProof: verify names it; no session on it
        raise NotAllowed(t("{name} cannot start a session: their key does not open.", name=actor.name))
    ends = now() + timedelta(minutes=minutes)
    head = {
        "v": 1,
        "staff": actor.staff_id,
        "key": actor.signer.public,
        "store": store,
        "workstation": actor.workstation,
        "expires": ends.isoformat(),
    }
    key, nonce, ident = AESGCM.generate_key(bit_length=256), os.urandom(12), secrets.token_hex(16)
    sealed = AESGCM(key).encrypt(nonce, secret, _bound(head))
    folder = sessions_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / f"{ident}.json"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as out:
            json.dump({**head, "nonce": _text(nonce), "sealed": _text(sealed)}, out)
    except OSError as exc:
        raise UserError(t("The session could not be kept in {folder}; nothing was started.", folder=folder)) from exc
    return Started(f"{ident}.{_text(key)}", ends, actor)


def resume(token: str, store: str, moment: datetime | None = None) -> Actor:
    """The person signed in by the session ``token`` on ``store``; refused in one sentence once it has ended."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    path, key = _parts(token)
    try:
        saved = json.loads(path.read_text())
        head = {name: saved[name] for name in _HEAD}
        secret = AESGCM(key).decrypt(_bytes(saved["nonce"]), _bytes(saved["sealed"]), _bound(head))
        ends = datetime.fromisoformat(head["expires"])
    except FileNotFoundError:
        raise NotAllowed(_ended()) from None
    except (OSError, ValueError, TypeError, KeyError, InvalidTag):
        raise NotAllowed(_not_valid()) from None
    if (moment or now()) >= ends:
        path.unlink(missing_ok=True)
        raise NotAllowed(_ended())
    if head["store"] != store:
        raise NotAllowed(t("This session was started for another store; start one for this store."))
    return staff.resume_sign_in(int(head["staff"]), secret, str(head["workstation"]), str(head["key"]))


def end(token: str) -> bool:
    """End the session ``token`` (delete its file); whether there was one."""
    path, _key = _parts(token)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def _parts(token: str) -> tuple[Path, bytes]:
    ident, _, key = token.strip().partition(".")
    try:
        raw = _bytes(key)
    except ValueError:
        raw = b""
    if len(ident) != 32 or any(c not in "0123456789abcdef" for c in ident) or len(raw) != 32:
        raise NotAllowed(_not_valid())
    return sessions_dir() / f"{ident}.json", raw


def _bound(head: dict[str, Any]) -> bytes:
    """What the seal binds: the person, their key, the store, the workstation and the end, as written."""
    return json.dumps([head[name] for name in _HEAD], ensure_ascii=False).encode()


def _text(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _bytes(text: str) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _ended() -> str:
    return t("The session has ended; start a new one: printproof session start")


def _not_valid() -> str:
    return t("This is not a PrintProof session (or it was changed); start one: printproof session start")
