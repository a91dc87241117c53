"""The app's automatic backup, run in its own process (``python -m printproof.services.admin.auto_backup`` or, in the
bundle, ``PrintProof --auto-backup``): in the owner's automatic mode it first erases the orders past retention,
then makes the day's verified backup and keeps the newest copies.

It needs no sign-in, so it takes nothing but the store: the folder and the number of copies kept are the owner's
settings (Settings → Backup), never the caller's. Started by anyone, it does exactly what the app does each day;
it cannot copy the store elsewhere or delete backups the owner keeps.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ...domain.errors import UserError
from ...store.db import open_store
from ..core.files import not_written
from ..evidence.backup import make_backup, prune_backups
from ..privacy.erased_copies import prune_erased
from ..privacy.erasure import auto_erase


def main(argv: list[str] | None = None) -> int:
    """``python -m printproof.services.admin.auto_backup --db URL``: the app's automatic backup, run in its own process
    so the app never waits and never shares its database connection."""
    from ...store.settings import get_setting
    from ..core.backup_files import backup_folder

    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    args = parser.parse_args(argv)
    folder = Path()
    try:
        open_store(args.db)
        erased = auto_erase()  # the owner's automatic mode: orders past retention go before the day's backup
        folder = backup_folder()  # the owner's choice (Settings → Backup), never the caller's
        keep = int(get_setting("backup.keep"))
        folder.mkdir(parents=True, exist_ok=True)
        made = make_backup(None, folder)
        if erased is not None:  # this folder's older copies still hold what was just erased
            prune_erased([folder], keep=made.path)
        prune_backups(folder, keep)
        from ..evidence.timestamps import stamp_if_due

        stamped = stamp_if_due(None)  # the daily trusted time of the chain head rides along (never fails a backup)
    except UserError as exc:
        print(json.dumps({"ok": False, "error": str(exc)}, ensure_ascii=False))
        return 2
    except OSError as exc:
        print(json.dumps({"ok": False, "error": not_written(exc, folder)}, ensure_ascii=False))
        return 2
    answer: dict[str, object] = {"ok": True, "path": str(made.path), "bytes": made.size, "head": made.head.to_dict()}
    if stamped is not None:
        answer["timestamp"] = {"stamped": stamped.stamped, "queued": stamped.queued, "error": stamped.error}
    print(json.dumps(answer, ensure_ascii=False))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
