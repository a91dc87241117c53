"""The system's chromium as the customer's browser (Playwright), and a signature drawn with its mouse."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def sign_with_the_mouse(page) -> None:  # noqa: ANN001
    pad = page.locator("#pad")
    pad.scroll_into_view_if_needed()
    box = pad.bounding_box()
    x, y, w, h = box["x"], box["y"], box["width"], box["height"]
    page.mouse.move(x + w * 0.08, y + h * 0.6)
    page.mouse.down()
    for i in range(1, 40):
        page.mouse.move(x + w * (0.08 + i * 0.02), y + h * (0.6 - 0.25 * ((i % 8) / 8)), steps=2)
    page.mouse.up()


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """Debian's chromium, driven by Playwright (its own browser downloads are not used). Closed before the test
    goes on: Playwright's loop must not be running while the app signs PDFs (pyHanko runs its own)."""
    import shutil

    import pytest
    from playwright.sync_api import sync_playwright

    path = shutil.which("chromium")
    if path is None:
        pytest.fail("chromium is missing: scripts/bootstrap --dev installs it")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        try:
            yield launched
        finally:
            launched.close()
