"""The counter story in a real X window (Xvfb + openbox), at three screen sizes, with a watchdog.

Offscreen tests are fast; this one is the truth: the window manager maps, maximizes and resizes the
window, keys and the pen come through the X server. Each run is a separate process (one Qt platform per
process) on its own display, the three told side by side; tests/support/gui_story.py tells the story and
writes a report, and this test judges it:
- no step blocks the GUI thread for a second or more (the heartbeat's worst gap, the watchdog's stalls);
- nothing spins while nobody touches the app (CPU share after every screen has settled);
- every visible button lies inside its window, at every size, maximized and not;
- the story's own checks (a rotated phone photo shown upright, the approval verified at pickup, …).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.real_window import IDLE_LIMIT, SIZES, STALL_LIMIT_MS, run_stories

pytestmark = pytest.mark.slow  # started first (tests/conftest.py)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], dict[str, Any]]:
    """Every size's report; the stories are told at once (each mostly waits for its X server)."""
    work = tmp_path_factory.mktemp("stories")
    runs = [(size, language, work / f"{size}-{language}.json") for size, language in SIZES]
    return dict(zip(SIZES, run_stories(runs), strict=True))


@pytest.mark.parametrize(("size", "language"), SIZES)
def test_the_counter_story_in_a_real_window(
    size: str, language: str, reports: dict[tuple[str, str], dict[str, Any]]
) -> None:
    report = reports[(size, language)]
    assert report["errors"] == [], "\n".join(report["errors"]) + "\n" + "\n".join(report.get("screen_texts", []))
    assert report["steps"][-1]["step"] == "done"
    failed = [c for c in report["checks"] if not c["ok"]]
    assert failed == []
    assert report["stalls"] == [], "the GUI thread was blocked:\n" + "\n".join(
        f"{s['step']} ({s['seen_after_s']} s):\n{s['stack']}" for s in report["stalls"]
    )
    # "start" is the cold start before the window's event loop runs; every step after it is use.
    in_use = {step: ms for step, ms in report["worst_gap_ms"].items() if step != "start"}
    assert max(in_use.values()) < STALL_LIMIT_MS, in_use
    busy = [i for i in report["idle"] if i["cpu"] > IDLE_LIMIT]
    assert busy == [], f"the app keeps the CPU busy while nobody touches it: {busy}"
    measured = {i["what"] for i in report["idle"]}
    assert {"pickup, maximized", "customer screen, as opened", "decision, as opened"} <= measured
