"""Qt translations: the ``.qm`` compiled from the language's catalogue when the package was built; in a source
checkout, compiled from ``resources/translations/printproof_<lang>.ts`` into the cache when it changed."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from platformdirs import user_cache_path

from ..resources import resources_dir
from .lrelease import compile_catalogue


def compiled_translation(lang: str) -> Path | None:
    """The ``.qm`` for ``lang``, compiled from its ``.ts`` if that is newer; None for English or when missing."""
    if lang == "en":
        return None
    source = resources_dir() / "translations" / f"printproof_{lang}.ts"
    shipped = source.with_suffix(".qm")
    installed = getattr(sys, "frozen", False) or not source.exists()  # a bundle copies files in any order
    if shipped.exists() and (installed or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped  # compiled when the package was built
    if not source.exists():
        return None
    # Named by the source's content, not compared by date: two installations (or checkouts) share this
    # cache folder, and an older .ts compiled later must not stand in for a newer one.
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = user_cache_path("PrintProof", appauthor=False) / f"printproof_{lang}-{digest}.qm"
    if target.exists():
        return target
    return target if compile_catalogue(source, target) else None
