"""Where backups live and how their files are named (shared by making backups and checking against them)."""

from __future__ import annotations

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


def newest_backups(folder: Path, count: int) -> list[Path]:
    """The ``count`` newest automatic backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{BACKUP_PREFIX}*.sqlite3"))[-count:][::-1]
