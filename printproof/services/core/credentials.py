"""Passwords of the services outside the shop (mail server, timestamp authority), kept out of the store (issue 22).

The store and every backup of it would otherwise carry the mail password in plain text. The passwords live in
the operating system's keyring instead — Windows Credential Manager, macOS Keychain, the Secret Service of a
Linux desktop — through the ``keyring`` library, under "PrintProof" and the shop's key. Where a computer offers
no keyring (a Linux workstation without a desktop session), in a file only its user may read (0600) in the
user's own configuration folder; never in the store.

So each workstation keeps its own: on PostgreSQL, the owner types the mail password once on each workstation that
sends mail. A password is kept for the server it was typed for (address, port, user name): a server changed in the
store is sent none, and a server changed in Settings needs the password typed again. A password an older
PrintProof kept in the store is moved out the first time it is read.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from ...domain.errors import StoreError
from ...domain.i18n import t
from ...store.db import write
from ...store.models import Setting
from .backup_files import shop_key
from .files import partial_file
from .outside_settings import SECRET_SETTINGS

log = logging.getLogger(__name__)

SERVICE = "PrintProof"

_folder: Path | None = None
_use_keyring = True


def use_folder(folder: Path | None, keyring: bool = True) -> None:
    """Keep the file of computers without a keyring in ``folder`` (tests; None: the user's configuration folder);
    ``keyring=False`` uses that file even where a keyring is offered (tests must not touch the user's keyring)."""
    global _folder, _use_keyring
    _folder, _use_keyring = folder, keyring


# A password belongs to the server it was typed for: someone who points the store's mail server or timestamp
# authority at their own machine is sent no password (it is looked up under the server's address and user name).
_SERVER = {
    "smtp.password": ("smtp.host", "smtp.port", "smtp.user"),
    "timestamp.password": ("timestamp.url", "timestamp.user"),
}


def _account(key: str) -> str:
    from ...store.settings import get_setting

    server = "|".join(str(get_setting(part) or "").strip() for part in _SERVER[key])
    return f"{shop_key() or 'store'}:{key}:{server}"


def _backend() -> object | None:
    """The operating system's keyring, or None where the computer offers none."""
    if not _use_keyring:
        return None
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001  (a broken keyring install is a computer without one)
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    found: object = backend
    return found


def _file() -> Path:
    from platformdirs import user_config_path

    return (_folder or user_config_path("PrintProof", appauthor=False)) / "credentials.json"


def _read_file() -> dict[str, str]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _write_file(data: dict[str, str]) -> None:
    path = _file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with partial_file(path.parent) as partial:  # made by mkstemp: the user's alone (0600)
            partial.write_text(json.dumps(data, indent=1), encoding="utf-8")
            os.replace(partial, path)
    except OSError as exc:
        raise StoreError(
            t("The password could not be kept on this computer ({folder}); nothing was saved.", folder=path.parent)
        ) from exc


def _keyring_get(backend: object, account: str) -> str | None:
    try:
        return backend.get_password(SERVICE, account)  # type: ignore[attr-defined,no-any-return]
    except Exception as exc:  # noqa: BLE001  (a locked or absent keyring: the file instead)
        log.info("keyring not readable: %s", exc)
        return None


def _keyring_set(backend: object, account: str, value: str) -> bool:
    try:
        if value:
            backend.set_password(SERVICE, account, value)  # type: ignore[attr-defined]
        else:
            try:
                backend.delete_password(SERVICE, account)  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001  (nothing to delete)
                pass
    except Exception as exc:  # noqa: BLE001
        log.info("keyring not writable, the user's file instead: %s", exc)
        return False
    return True


def save(key: str, value: str) -> None:
    """Keep ``value`` as this workstation's ``key`` (one of the secret settings); "" forgets it."""
    if key not in SECRET_SETTINGS:
        raise KeyError(key)
    account = _account(key)
    backend = _backend()
    data = _read_file()
    if backend is not None and _keyring_set(backend, account, value):
        if data.pop(account, None) is not None:
            _write_file(data)
        return
    if value:
        data[account] = value
    else:
        data.pop(account, None)
    _write_file(data)


def read(key: str) -> str:
    """This workstation's ``key``; a value an older PrintProof kept in the store is moved out first."""
    if key not in SECRET_SETTINGS:
        raise KeyError(key)
    _move_out(key)
    account = _account(key)
    backend = _backend()
    if backend is not None:
        found = _keyring_get(backend, account)
        if found:
            return found
    return _read_file().get(account, "")


def _move_out(key: str) -> None:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return
    try:
        value = str(json.loads(row.value) or "")
    except ValueError:
        value = ""
    if value:
        save(key, value)
    with write():
        Setting.delete().where(Setting.key == key).execute()


def move_out() -> None:
    """Move every password an older PrintProof kept in the store out of it (at sign-in; where this computer cannot
    keep it, it stays in the store until it can)."""
    if Setting.select().where(Setting.key.in_(sorted(SECRET_SETTINGS))).exists():
        for key in SECRET_SETTINGS:
            try:
                _move_out(key)
            except StoreError as exc:
                log.info("password not moved out of the store: %s", exc)
