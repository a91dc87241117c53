"""Where backups live and how their files are named (shared by making backups and checking against them)."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path

BACKUP_PREFIX = "printproof-backup-"


def default_backup_folder() -> Path:
    """The standard backup folder: ``backups/`` in the user's data folder."""
    from platformdirs import user_data_path

    return user_data_path("PrintProof", appauthor=False) / "backups"


def backup_folder() -> Path:
    """The folder the shop's backups go to (Settings → Backup), or the standard one."""
    from ...store.settings import get_setting

    chosen = str(get_setting("backup.folder") or "")
    return Path(chosen).expanduser() if chosen else default_backup_folder()


# printproof-backup-<shop>-20261206-223000.sqlite3; before the shop's key was in the name: without it.
_NAME = re.compile(rf"^{re.escape(BACKUP_PREFIX)}(?:(?P<shop>[0-9a-f]{{12}})-)?(?P<at>\d{{8}}-\d{{6}})\.sqlite3$")


def shop_key() -> str:
    """The open store's shop, in twelve hex digits of the first event of its audit chain (the same in every copy
    of one shop's store, from its setup on); "" before the setup. Two shops' backups can share a folder (the
    standard one, a USB stick): each finds, counts and removes only its own."""
    from ...store.models import AuditEvent

    first = AuditEvent.select(AuditEvent.hash).where(AuditEvent.seq == 1).scalar()
    return str(first)[:12] if first else ""


def backup_name(key: str, at: datetime) -> str:
    """The file name of an automatic backup of shop ``key`` made ``at``."""
    return f"{BACKUP_PREFIX}{key + '-' if key else ''}{at:%Y%m%d-%H%M%S}.sqlite3"


def shop_backups(folder: Path, key: str | None, *, earlier_names: bool = True) -> list[Path]:
    """Shop ``key``'s automatic backups in ``folder``, oldest first (``key`` None: every shop's). ``earlier_names``:
    also those named before the shop was in the name (which shop they hold is not in their name: they are read,
    never removed)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{BACKUP_PREFIX}*.sqlite3"):
        named = _NAME.match(path.name)
        if not named:
            continue
        if key is None or named["shop"] == key or (earlier_names and named["shop"] is None and _holds(path, key)):
            found.append((named["at"], path.name, path))
    return [path for _at, _name, path in sorted(found)]


def _holds(path: Path, key: str) -> bool:
    """Whether a backup named before the shop's key was in the name holds shop ``key``'s store (read from it:
    another shop's must not count as this one's last backup, or this one would make none that day)."""
    try:
        first = first_event_hash(path)
    except Exception:  # not readable as a store: not this shop's
        return False
    return bool(first) and str(first)[:12] == key


def newest_backups(folder: Path, count: int, *, any_shop: bool = False) -> list[Path]:
    """The ``count`` newest automatic backups of the open store's shop in ``folder``, newest first; ``any_shop``:
    of every shop (comparing the chain reads them all — a chain rewritten from its first event has another key,
    and its own older backups are what says so)."""
    return shop_backups(folder, None if any_shop else shop_key())[-count:][::-1]


def first_event_hash(path: Path) -> str | None:
    """The hash of the first event in the audit chain of the store file ``path`` (a backup): the same in every copy
    of one shop's store, from its setup on; None for a store with no events."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        row = con.execute("SELECT hash FROM audit_event WHERE seq = 1").fetchone()
    finally:
        con.close()
    return str(row[0]) if row else None
