"""This workstation's settings (Qt's QSettings), read and written through the settings registry.

No bare keys in the screens: ``workstation.get("proof/folder")`` knows the key, its default and what
it may hold; a value that no longer fits (a folder since removed, a tab that no longer exists) reads
as the default.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from ..domain.errors import UserError
from ..domain.settings import SettingDef, by_key

DEFINITIONS: dict[str, SettingDef] = by_key("workstation")


def get(key: str) -> Any:
    """The value stored on this computer for ``key``, or its default when missing or no longer valid."""
    definition = DEFINITIONS[key]
    value = QSettings().value(key)
    if value is None:
        return definition.default
    if definition.type == "state":
        return value
    try:
        return definition.check(value)
    except UserError:
        return definition.default


def put(key: str, value: Any) -> None:
    """Keep ``value`` for ``key`` on this computer (checked by its definition)."""
    definition = DEFINITIONS[key]
    QSettings().setValue(key, value if definition.type == "state" else definition.check(value))


def folder(key: str) -> str:
    """A remembered folder that still exists, else the home folder (for file dialogs)."""
    remembered = str(get(key) or "")
    return remembered if remembered and Path(remembered).is_dir() else str(Path.home())


def remember_folder(key: str, path: str | Path) -> None:
    """Remember the folder of ``path`` (a file) or ``path`` itself (a folder) for the next file dialog."""
    path = Path(path)
    put(key, str(path if path.is_dir() else path.parent))
