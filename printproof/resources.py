"""Find files under ``resources/`` from a source tree, an installed package or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the folder that holds PrintProof's resources (fonts, icons, translations)."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    candidates.append(Path(sys.prefix) / "share" / "printproof" / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("PrintProof's resources folder is missing; reinstall PrintProof.")


def get_resource(*parts: str) -> Path:
    """Return the path of one resource file, e.g. ``get_resource("fonts", "DejaVuSans.ttf")``."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Resource {'/'.join(parts)} is missing; reinstall PrintProof.")
    return path
