"""The GUI entry point (the counter app)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Start the counter app."""
    from .ui.application import run

    return run(sys.argv if argv is None else argv)
