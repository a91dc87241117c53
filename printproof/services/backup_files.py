"""Where backups live and how their files are named (shared by making backups and checking against them)."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

BACKUP_PREFIX = "printproof-backup-"


def default_backup_folder() -> Path:
    """The standard backup folder: ``backups/`` in the user's data folder."""
    from platformdirs import user_data_path

    return user_data_path("PrintProof", appauthor=False) / "backups"


def backup_folder() -> Path:
    """The folder the shop's backups go to (Settings → Backup), or the standard one."""
    from ..store.settings import get_setting

    chosen = str(get_setting("backup.folder") or "")
    return Path(chosen).expanduser() if chosen else default_backup_folder()


# printproof-backup-<shop>-20261206-223000.sqlite3; before the shop's key was in the name: without it.
_NAME = re.compile(rf"^{re.escape(BACKUP_PREFIX)}(?:(?P<shop>[0-9a-f]{{12}})-)?(?P<at>\d{{8}}-\d{{6}})\.sqlite3$")


def shop_key() -> str:
    """The open store's shop, in twelve hex digits of the first event of its audit chain (the same in every copy
    of one shop's store, from its setup on); "" before the setup. Two shops' backups can share a folder (the
    standard one, a USB stick): each finds, counts and removes only its own."""
    from ..store.models import AuditEvent

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
        if named and (key is None or named["shop"] == key or (earlier_names and named["shop"] is None)):
            found.append((named["at"], path.name, path))
    return [path for _at, _name, path in sorted(found)]


def newest_backups(folder: Path, count: int, *, any_shop: bool = False) -> list[Path]:
    """The ``count`` newest automatic backups of the open store's shop in ``folder``, newest first; ``any_shop``:
    of every shop (comparing the chain reads them all — a chain rewritten from its first event has another key,
    and its own older backups are what says so)."""
    return shop_backups(folder, None if any_shop else shop_key())[-count:][::-1]
