"""Take the README's screenshots in a real window: Xvfb + openbox, the counter story and a demo shop tour.

    .venv/bin/python scripts/screenshots.py [--size 1440x900] [--language de|en] [--out docs/screenshots/en-1024x768]

Writes docs/screenshots/*.png (or into --out). Look at every one before calling the GUI done.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.real_window import run_story  # noqa: E402

STORY_SHOTS = {
    "01-first-run",
    "05-present-and-sign",
    "06-receipt",
    "07-pickup",
    "09-owner-decides",
    "08b-pickup-resolved",
    "26-backup-made",
    "27-restore-asks",
}
TOUR_SHOTS = {
    "02-sign-in",
    "03-orders",
    "04-order-proof",
    "08-pickup-disputed",
    "07b-pickup-queue",
    "08a-pickup-picked-up",
    "08c-pickup-resolved",
    "10-settings",
    "11-press-colours",
    "12-colour-warning",
    "13-acknowledge-findings",
    "21-settings-mail-timestamp",
    "22-settings-privacy",
    "23-customer-copy",
    "28-complaint-figures",
    "29-answer-letters",
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1440x900")
    parser.add_argument("--language", default="de")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="printproof-shots-"))
    report = run_story(args.size, args.language, work / "story.json", work / "story")
    if report["errors"]:
        print("\n".join(report["errors"]), file=sys.stderr)
        return 1
    run_tour(args.size, args.language, work)
    for folder, names in ((work / "story", STORY_SHOTS), (work / "tour", TOUR_SHOTS)):
        for name in names:
            shutil.copy(folder / f"{name}.png", out / f"{name}.png")
    print(f"Screenshots in {out}: look at every one.")
    return 0


def run_tour(size: str, language: str, work: Path) -> dict:
    import json
    import subprocess

    from tests.support.real_window import real_display

    with real_display(size) as env:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.support.gui_story",
                "--tour",
                "--out",
                str(work / "tour.json"),
                "--shots",
                str(work / "tour"),
                "--language",
                language,
            ],
            env=env,
            cwd=ROOT,
            check=True,
            timeout=600,
        )
    report = json.loads((work / "tour.json").read_text())
    if report["errors"]:
        raise SystemExit("\n".join(report["errors"]))
    return report


if __name__ == "__main__":
    raise SystemExit(main())
