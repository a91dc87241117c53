"""A real screen for the app: Xvfb with openbox, and the story walked in it by tests/support/gui_story.py."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


# The smallest screen in English, the tightest in German (768 px high, the longer words), the largest in English.
# 1440 × 900 in German is what scripts/screenshots.py walks for docs/screenshots every time they are taken.
SIZES = [("1024x768", "en"), ("1366x768", "de"), ("1920x1080", "en")]


IDLE_LIMIT = 20.0  # per cent of one core; an idle app shows 1–3 %, the old fit-zoom loop 86–1000 %


STALL_LIMIT_MS = 1000


@contextlib.contextmanager
def real_display(size: str) -> Iterator[dict[str, str]]:
    """A virtual X screen of ``size`` with the openbox window manager running on it."""
    for tool in ("Xvfb", "openbox", "xdotool"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: scripts/bootstrap --dev installs it")
    # Xvfb picks a free display itself and writes its number to a pipe once it listens: two test processes
    # (pytest -n 2) never race for one number, and nobody polls for a socket file.
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    manager = None
    try:
        deadline = time.monotonic() + 20
        said = b""
        with os.fdopen(read_end, "rb") as answer:
            while not said.endswith(b"\n"):
                chunk = answer.read(1)
                if not chunk:
                    pytest.fail("the virtual X screen did not start")
                said += chunk
        env = {**os.environ, "DISPLAY": f":{int(said)}"}
        env.pop("QT_QPA_PLATFORM", None)
        said_by_manager = tempfile.TemporaryFile()
        manager = subprocess.Popen(["openbox"], env=env, stdout=said_by_manager, stderr=subprocess.STDOUT)
        # openbox has taken over the screen once it announces its desktops on the root window (EWMH)
        while subprocess.run(["xdotool", "get_num_desktops"], env=env, capture_output=True).returncode:
            if time.monotonic() > deadline or manager.poll() is not None:
                said_by_manager.seek(0)
                pytest.fail(
                    f"the window manager did not start on the virtual X screen {env['DISPLAY']} "
                    f"(exit {manager.poll()}): {said_by_manager.read().decode(errors='replace')[-2000:]}"
                )
            time.sleep(0.05)
        yield env
    finally:
        for process in (manager, server):
            if process is not None:
                process.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(10)


def run_story(size: str, language: str, out: Path, shots: Path | None = None) -> dict:
    """Tell the story once on a real display of ``size``; return its report."""
    return run_stories([(size, language, out)], shots)[0]


def run_stories(runs: Sequence[tuple[str, str, Path]], shots: Path | None = None) -> list[dict]:
    """Tell the story at each (size, language) at once, each on its own display; return the reports in order.

    A story mostly waits (for the window manager, the X server, a pen stroke, a settled screen: about 15 s
    of CPU in 60 s), so told side by side they take little longer than one.
    """
    with contextlib.ExitStack() as stack:
        started = []
        for size, language, out in runs:
            env = stack.enter_context(real_display(size))
            # faulthandler: a process that dies of a signal says where (a crash must never be a silent "no report")
            command = [sys.executable, "-X", "faulthandler", "-m", "tests.support.gui_story"]
            command += ["--out", str(out), "--language", language]
            if shots is not None:
                command += ["--shots", str(shots)]
            said = stack.enter_context(out.with_suffix(".said").open("w+b"))
            process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=said, stderr=subprocess.STDOUT)
            stack.callback(stop, process)
            started.append((out, said, process))
        reports = []
        for out, said, process in started:
            process.wait(600)
            if out.exists():
                reports.append(json.loads(out.read_text()))
                continue
            said.seek(0)
            output = said.read().decode(errors="replace")[-6000:]
            reports.append({"errors": [f"the story wrote no report (exit {process.returncode}):\n{output}"]})
        return reports


def stop(process: subprocess.Popen) -> None:
    """End a story that is still running (the test failed or timed out elsewhere)."""
    if process.poll() is None:
        process.kill()
    process.wait()
