"""Qt's ``lrelease``: a language's catalogue (``.ts``) compiled to the ``.qm`` Qt loads.

Used by the build (``setup.py`` loads this file by its path, before PrintProof is installed) and by a source
checkout at start (:mod:`.translations`). Standard library and PySide6 only.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def lrelease() -> str | None:
    """Qt's lrelease: the one PySide6 bundles, else one on the PATH; None when there is none."""
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_catalogue(source: Path, target: Path) -> bool:
    """Compile ``source`` (.ts) to ``target`` (.qm); whether it worked."""
    tool = lrelease()
    if tool is None:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([tool, "-silent", str(source), "-qm", str(target)], capture_output=True)
    return done.returncode == 0 and target.exists()
