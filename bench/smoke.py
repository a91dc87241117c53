"""Smoke runs of the benchmarks: ``BENCH_SMOKE=1`` shrinks every size to a tiny one, so that each script runs
through in seconds (tests/e2e/test_bench_smoke.py does this for every bench/bench_*.py; its figures mean nothing).

``BENCH_OUT`` names the folder for stores, images and reports (default ``bench/out``, or ``bench/out/smoke`` for a
smoke run, so that tiny files never stand in for full-size ones).

Scripts run as ``python bench/bench_x.py``, which puts bench/ first on ``sys.path``: ``from smoke import size``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

SMOKE = os.environ.get("BENCH_SMOKE") == "1"
OUT = (
    Path(os.environ["BENCH_OUT"])
    if os.environ.get("BENCH_OUT")
    else Path(__file__).resolve().parent / "out" / ("smoke" if SMOKE else "")
)


def size(full: T, tiny: T) -> T:
    """``tiny`` in a smoke run, ``full`` otherwise."""
    return tiny if SMOKE else full


def env_int(name: str, full: int, tiny: int) -> int:
    """A size given in the environment (``BENCH_ORDERS=…``), else ``size(full, tiny)``."""
    return int(os.environ.get(name, size(full, tiny)))
