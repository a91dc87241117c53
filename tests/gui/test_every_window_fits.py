"""Every window, screen and dialog fits the counter's hardware (issue 21): on screens of 1024×768, 1366×768,
1440×900 and 1920×1080, and at 125 % and 150 % on the 1920×1080 one, in German and English, nothing lies outside
its window or the screen, no label is cut without a tool tip that says it whole, every button's words fit it and
every field is as tall as its font.

Each screen is its own process (Qt's screen and scale factor are per process), offscreen with the screen's size set
(Qt's offscreen platform reads it from a configuration file) and QT_SCALE_FACTOR; tests/support/fit_walk.py opens each
screen and dialog of the neutral shop of tests/gui/test_language.py in turn and says what does not fit.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = [
    (1024, 768, 1.0),
    (1366, 768, 1.0),
    (1440, 900, 1.0),
    (1920, 1080, 1.0),
    (1920, 1080, 1.25),
    (1920, 1080, 1.5),
]


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.support.fit_walk", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def neutral_shop_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fit-shop")
    made = _run(["--make-shop", str(folder)], {**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert made.returncode == 0, made.stderr[-3000:]
    return folder


@pytest.mark.parametrize(("width", "height", "scale"), SCREENS, ids=[f"{w}x{h}@{int(s * 100)}%" for w, h, s in SCREENS])
def test_every_window_fits_the_screen(neutral_shop_file: Path, tmp_path: Path, width: int, height: int, scale: float):
    store = tmp_path / "shop.sqlite3"
    shutil.copy(neutral_shop_file / "shop.sqlite3", store)
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "counter",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1.0,
                    }
                ]
            }
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "QT_SCALE_FACTOR": str(scale)}
    report = tmp_path / "report.json"
    numbers = (neutral_shop_file / "numbers.json").read_text()
    walked = _run(["--store", str(store), "--numbers", numbers, "--out", str(report)], env)
    assert walked.returncode == 0 and report.exists(), walked.stderr[-3000:]
    found = json.loads(report.read_text())
    assert found == [], "\n".join(found)
