"""PrintProof's resources (fonts, the press profile, translations), wherever PrintProof runs from.

Installed (wheel, bundle) they are the package ``printproof._resources``, read with
:mod:`importlib.resources`; in a source checkout run without installing, the folder ``resources/``
beside the package.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def resources_dir() -> Path:
    """The folder that holds PrintProof's resources (fonts, press profile, translations)."""
    try:
        root = Path(str(resources.files("printproof._resources")))
    except ModuleNotFoundError:  # a checkout on sys.path, not installed
        root = Path(__file__).resolve().parent.parent / "resources"
    if getattr(sys, "frozen", False):  # a bundle: the files beside the frozen package
        root = Path(getattr(sys, "_MEIPASS", root)) / "printproof" / "_resources"
    if not (root / "fonts").is_dir():
        raise FileNotFoundError("PrintProof's resources folder is missing; reinstall PrintProof.")
    return root


def get_resource(*parts: str) -> Path:
    """The path of one resource file, e.g. ``get_resource("fonts", "DejaVuSans.ttf")``."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Resource {'/'.join(parts)} is missing; reinstall PrintProof.")
    return path
