"""A short-lived session for a run of commands: the PIN checked once, then ``PRINTPROOF_SESSION``.

A PIN check costs 1.5 s on purpose (``pins.py``), which dominates a command that handles a small file. `printproof
session start` checks the PIN once and gives a token for the shell; until the session ends (after the shop's idle
lock time unless ``--minutes`` says otherwise, 60 at most) each command signs in with the token instead of the PIN,
in milliseconds.

As with ssh-agent, two halves that open nothing alone: the token carries a random key, and a file in the user's
runtime folder (mode 0600 in a 0700 folder; on Linux /run/user/<uid>, emptied when the user logs out) carries the
PIN's secret sealed with that key (AES-GCM) together with the store's identity, the person, their key, the audit
event that last sealed their record and the session's end, so none of these can be changed. Signing in with a
session makes the same checks of the sealed staff record as a PIN does and opens the person's key with the
secret: any change to the person's record since (a PIN, key or role; made inactive, even if active again) ends
every session of theirs. What changes who may do what (staff, PINs, recovery codes, restores, the signing key)
needs the PIN itself (``require(…, pin_itself=True)``).

What a session cannot do: keep out someone who can act as this computer user and holds the token. With both
halves the PIN's secret can be read, as a key logger could read the PIN; the end time ends leftovers (expired
files are deleted whenever a session is started, used or ended), not such a person.
"""

from __future__ import annotations

import base64
import json
import os
import re
import secrets
import stat
import warnings
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from platformdirs import user_runtime_path

from ...domain.errors import NotAllowed, UserError
from ...domain.i18n import t
from ...store.clock import now
from ..core.backup_files import shop_key
from ..core.context import Actor
from . import staff

MAX_MINUTES = 60
_HEAD = ("v", "staff", "key", "record", "store", "workstation", "expires")


@dataclass(frozen=True)
class Started:
    token: str
    ends: datetime  # UTC
    actor: Actor


def sessions_dir() -> Path:
    """Where the sealed halves live: the user's runtime folder (on Linux ``$XDG_RUNTIME_DIR``, /run/user/<uid>: a
    memory file system of the user's alone), else a folder of the user's alone (0700) in the temporary folder."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # where platformdirs falls back, said in English: it is private too
            runtime = user_runtime_path("PrintProof", appauthor=False, ensure_exists=True)
        folder = runtime / "sessions"
        folder.mkdir(mode=0o700, exist_ok=True)
        held = folder.lstat()
        if not stat.S_ISDIR(held.st_mode) or held.st_uid != os.getuid() or held.st_mode & 0o077:
            raise PermissionError(folder)
    except OSError as exc:  # the fallback is someone else's or a link, or the folder is not private
        raise UserError(t("This computer has no folder of yours alone for a session; sign in with the PIN.")) from exc
    return folder


def default_minutes() -> int:
    """As long as the app stays unlocked while nobody touches it (Settings → the idle lock)."""
    from ..core import shop

    return max(1, min(MAX_MINUTES, int(shop.settings()["lock.idle_minutes"])))


def start(name: str, pin: str, minutes: int | None = None) -> Started:
    """Sign ``name`` in with ``pin`` and open a session of ``minutes`` on the open store."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if minutes is not None and not 1 <= minutes <= MAX_MINUTES:
        raise UserError(t("A session lasts from 1 to {most} minutes.", most=MAX_MINUTES))
    folder = sessions_dir()  # a computer without a private folder is told before the PIN's cost
    forget_expired(folder)
    actor, secret = staff.sign_in_with_secret(name, pin)
    if actor.signer is None:  # a row changed outside PrintProof: verify names it; no session on it
        raise NotAllowed(t("{name} cannot start a session: their key does not open.", name=actor.name))
    ends = now() + timedelta(minutes=minutes or default_minutes())
    head = {
        "v": 1,
        "staff": actor.staff_id,
        "key": actor.signer.public,
        "record": staff.sealed_at(actor.staff_id),  # the audit event that last sealed their record
        "store": shop_key(),  # the chain's first event: the same shop under any address or URL spelling
        "workstation": actor.workstation,
        "expires": ends.isoformat(),
    }
    key, nonce, ident = AESGCM.generate_key(bit_length=256), os.urandom(12), secrets.token_hex(16)
    sealed = AESGCM(key).encrypt(nonce, secret, _bound(head))
    path = folder / f"{ident}.json"
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
        with os.fdopen(descriptor, "w") as out:
            json.dump({**head, "nonce": _text(nonce), "sealed": _text(sealed)}, out)
    except OSError as exc:
        path.unlink(missing_ok=True)  # never half a session
        raise UserError(t("The session could not be kept in {folder}; nothing was started.", folder=folder)) from exc
    return Started(f"{ident}.{_text(key)}", ends, actor)


def resume(token: str, moment: datetime | None = None) -> Actor:
    """The person signed in by the session ``token`` on the open store; refused in one sentence once it has ended."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    path, key = _parts(token)
    forget_expired(path.parent, moment)
    try:
        saved = json.loads(_read_private(path))
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
    if head["store"] != shop_key():
        raise NotAllowed(t("This session was started for another store; start one for this store."))
    return staff.resume_sign_in(
        int(head["staff"]), secret, str(head["workstation"]), str(head["key"]), int(head["record"])
    )


def end(token: str) -> bool:
    """End the session ``token`` (delete its file); whether there was one."""
    path, _key = _parts(token)
    forget_expired(path.parent)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:  # not a file PrintProof made there
        raise UserError(
            t("The session's file {path} is not one PrintProof made; delete it yourself.", path=path)
        ) from exc
    return True


def forget_expired(folder: Path, moment: datetime | None = None) -> None:
    """Delete the files of sessions that have ended (by the end each file states; a file that is not a session's,
    or unreadable, is left alone)."""
    moment = moment or now()
    for path in folder.glob("*.json"):
        try:
            if datetime.fromisoformat(json.loads(_read_private(path))["expires"]) <= moment:
                path.unlink(missing_ok=True)
        except (OSError, ValueError, TypeError, KeyError):
            continue


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_MOST_BYTES = 4096  # a session's file is about 500 bytes


def _read_private(path: Path) -> str:
    """A session's file, only if it is a regular file of this user's that nobody else may read (not a link, a pipe,
    a device)."""
    descriptor = os.open(path, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
    try:
        held = os.fstat(descriptor)
        private = not hasattr(os, "getuid") or (held.st_uid == os.getuid() and not held.st_mode & 0o077)
        if not stat.S_ISREG(held.st_mode) or not private or held.st_size > _MOST_BYTES:
            raise PermissionError(path)
        return os.read(descriptor, _MOST_BYTES).decode()
    finally:
        os.close(descriptor)


_TOKEN = re.compile(r"([0-9a-f]{32})\.([A-Za-z0-9_-]{43})")


def _parts(token: str) -> tuple[Path, bytes]:
    found = _TOKEN.fullmatch(token.strip())
    if found is None:
        raise UserError(_not_valid())
    return sessions_dir() / f"{found[1]}.json", _bytes(found[2])


def _bound(head: dict[str, Any]) -> bytes:
    """What the seal binds: the person, their key and record, the store, the workstation and the end, as written."""
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
