"""After an erasure: a new backup that holds no trace, and older copies that still hold the erased data removed.

Old backups and the stores kept aside by upgrades and restores are copies of everything they held. A copy
made before an erasure still holds what was erased, so it goes once its data has passed retention — which is
exactly when an erasure happens. A copy is recognised by the number of sealed erasures in it: fewer than the
store has now means it was made before the latest one. Copies on a disk that is not attached cannot be
reached; the README says to prune them by hand.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ...domain.errors import UserError
from ...store.db import is_sqlite
from ...store.models import Erasure, db
from ...store.settings import get_setting
from ..core.backup_files import BACKUP_PREFIX, default_backup_folder
from ..core.context import Actor
from ..evidence.backup import make_backup


@dataclass(frozen=True)
class CopiesPruned:
    backup: Path | None  # the new backup, made right after the erasure
    removed: list[Path]  # older backups and kept-aside stores that held erased data


def backup_folder() -> Path:
    """The folder automatic backups go to (the setting, or the data folder's ``backups/``)."""
    chosen = str(get_setting("backup.folder") or "")
    return Path(chosen).expanduser() if chosen else default_backup_folder()


def erasures_in(path: Path) -> int:
    """How many sealed erasures a store file holds (0 for a file from before schema 5)."""
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return int(con.execute('SELECT COUNT(*) FROM "erasure"').fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0  # no erasure table (an older schema) or not readable as a store: it predates every erasure


def copies(folders: list[Path]) -> list[Path]:
    """Backups and kept-aside stores in ``folders`` (the live store itself never)."""
    live = Path(db.obj.database).resolve() if is_sqlite() else None
    found: set[Path] = set()
    for folder in folders:
        if not folder.is_dir():
            continue
        patterns = [f"{BACKUP_PREFIX}*.sqlite3", "before-restore-*.sqlite3"]
        if live is not None and folder == live.parent:
            patterns += [f"{live.stem}.before-*{live.suffix}"]
        for pattern in patterns:
            found.update(p.resolve() for p in folder.glob(pattern) if p.is_file())
    if live is not None:
        found.discard(live)
    return sorted(found)


def prune_erased(folders: list[Path], *, keep: Path | None = None) -> list[Path]:
    """Remove every copy in ``folders`` made before the store's latest erasure; returns what was removed."""
    current = Erasure.select().count()
    removed = []
    for path in copies(folders):
        if keep is not None and path == keep.resolve():
            continue
        if erasures_in(path) < current:
            path.unlink(missing_ok=True)
            removed.append(path)
    from ..evidence.witness import forget

    forget(removed)  # removed here on purpose: not a backup gone missing
    return removed


def after_erasure(actor: Actor | None) -> CopiesPruned:
    """A verified backup without the erased data, then the older copies pruned (the backup folder, and the
    store's own folder for SQLite)."""
    folder = backup_folder()
    made: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        made = make_backup(actor, folder).path
    except (OSError, UserError):
        made = None  # the USB disk or NAS is not there: pruning what can be reached still happens
    folders = [folder, default_backup_folder()]  # PostgreSQL keeps the store a restore replaced there
    if is_sqlite():
        folders.append(Path(db.obj.database).resolve().parent)
    return CopiesPruned(made, prune_erased(folders, keep=made))
