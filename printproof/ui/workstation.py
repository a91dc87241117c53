"""This workstation's settings (Qt's QSettings), read and written through the settings registry.

No bare keys in the screens: ``workstation.get("proof/folder")`` knows the key, its default and what
it may hold; a value that no longer fits (a folder since removed, a tab that no longer exists) reads
as the default.

Writing goes to the disk in background work: QSettings writes its whole file and waits for the disk
(fdatasync) for every change, which held the window for over 100 ms at each tab switch while the disk
was busy (bench/bench_stall.py). A value put is read back at once from memory until it is written.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from ..domain.errors import UserError
from ..domain.settings import SettingDef, by_key

DEFINITIONS: dict[str, SettingDef] = by_key("workstation")


# Put, not yet on disk, by (settings file, key): the file is part of the key, so a value never lands in
# another settings file than the one it was put for (the tests give every test its own).
_pending: dict[tuple[str, str], Any] = {}
_lock = threading.Lock()
_writing = False


def get(key: str) -> Any:
    """The value stored on this computer for ``key``, or its default when missing or no longer valid."""
    definition = DEFINITIONS[key]
    settings = QSettings()
    with _lock:
        pending = (settings.fileName(), key)
        value = _pending[pending] if pending in _pending else settings.value(key)
    if value is None:
        return definition.default
    if definition.type == "state":
        return value
    try:
        return definition.check(value)
    except UserError:
        return definition.default


def put(key: str, value: Any) -> None:
    """Keep ``value`` for ``key`` on this computer (checked by its definition); written in the background."""
    from ..workers.tasks import run_task

    global _writing
    definition = DEFINITIONS[key]
    checked = value if definition.type == "state" else definition.check(value)
    where = QSettings().fileName()
    with _lock:
        _pending[(where, key)] = checked
        start, _writing = not _writing, True
    if start:
        run_task(write_pending, lambda _done: None, lambda _failure: None)  # a failure is logged as a bug


def write_pending() -> None:
    """Write what was put to the disk, each file in one go; what is put meanwhile goes in the next round."""
    global _writing
    while True:
        with _lock:
            batch = dict(_pending)
            if not batch:
                _writing = False
                return
        _write(batch)
        with _lock:
            for pending, value in batch.items():
                if pending in _pending and _pending[pending] is value:
                    del _pending[pending]


def write_now() -> None:
    """Write what was put, on this thread, before the program ends (the window's place at closing)."""
    with _lock:
        batch = dict(_pending)
    _write(batch)


def _write(batch: dict[tuple[str, str], Any]) -> None:
    for where in {w for w, _key in batch}:
        settings = QSettings(where, QSettings.Format.NativeFormat)
        for (file, key), value in batch.items():
            if file == where and settings.value(key) != value:  # an unchanged value is not written again
                settings.setValue(key, value)
        settings.sync()


def folder(key: str) -> str:
    """A remembered folder that still exists, else the home folder (for file dialogs)."""
    remembered = str(get(key) or "")
    return remembered if remembered and Path(remembered).is_dir() else str(Path.home())


def remember_folder(key: str, path: str | Path) -> None:
    """Remember the folder of ``path`` (a file) or ``path`` itself (a folder) for the next file dialog."""
    path = Path(path)
    put(key, str(path if path.is_dir() else path.parent))
