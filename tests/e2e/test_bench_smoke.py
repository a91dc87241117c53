"""Every benchmark runs through on tiny sizes (``BENCH_SMOKE=1``, bench/smoke.py), so none rots unnoticed.

A smoke run asserts no figure: a script passes when it exits with 0. Each new bench/bench_*.py is run too. A peer
tool that scripts/bootstrap does not install (wrk, the sqlite3 command line, ImageMagick) is skipped by the script
itself in a smoke run, never the whole script.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # started first (tests/conftest.py)

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = sorted((ROOT / "bench").glob("bench_*.py"))


def test_the_benchmarks_are_found():
    assert SCRIPTS, "no bench/bench_*.py found"


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_benchmark_runs_on_a_tiny_input(script: Path, tmp_path: Path):
    # Sizes come from BENCH_SMOKE alone: a BENCH_ORDERS=1000000 of the person running the tests is not passed on.
    env = {k: v for k, v in os.environ.items() if not k.startswith("BENCH_") and k != "PRINTPROOF_DB"}
    env.update(
        BENCH_SMOKE="1",
        BENCH_OUT=str(tmp_path / "out"),
        QT_QPA_PLATFORM="offscreen",
        # The shop's data, settings and log of this run's own, never the user's.
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        PRINTPROOF_LOG_DIR=str(tmp_path / "log"),
    )
    # What the scripts and the helpers they use leave in the temp folder goes too (a short path: chromium's socket
    # lives in it, and a socket's path is limited to 107 bytes).
    env["TMPDIR"] = temp = tempfile.mkdtemp(prefix="bench-smoke-")
    try:
        done = subprocess.run(
            [sys.executable, str(script.relative_to(ROOT))],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,  # a guard against a hang only: a smoke run takes seconds
        )
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    assert done.returncode == 0, (
        f"{script.name} exited with {done.returncode}:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    )
