"""Take the portal's screenshots in Debian's chromium: a customer's approval by link, on a phone (390×844) and on a
desktop (1440×900), in German and in English; and a complaint by link from the customer's copy, on a phone.

    .venv/bin/python scripts/portal_screenshots.py

A fresh shop in a temporary folder sends version 1 of a business card by link through a portal started with
``printproof portal serve``; the e-mails land in a loopback SMTP server. Writes docs/screenshots/portal-*.png.
Look at every one as a customer would before calling the pages done.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="printproof-portal-shots-"))
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    from printproof.services.admin import pins, setup
    from printproof.services.artwork import artwork
    from printproof.services.core import orders
    from printproof.services.counter import remote_approval
    from printproof.services.proofing import proofs
    from printproof.store.db import open_store
    from tests.support.browser import CHROMIUM_FLAGS, sign_with_the_mouse
    from tests.support.portal_harness import Mailer, Portal  # the tests' harness: the same portal and inbox
    from tests.support.shop import CARD, card_png

    pins.use_cost(pins.TEST_COST)
    mailer = Mailer()
    portal = Portal(folder / "portal", mailer.port)
    try:
        open_store(str(folder / "store.sqlite3"))
        owner = setup.setup("Druckerei Müller", "Anna Owner", "123456", "de").actor
        setup.change_settings(
            owner,
            {"smtp.host": "127.0.0.1", "smtp.port": mailer.port, "smtp.security": "none", "smtp.sender": "a@b.de"},
        )
        remote_approval.pair(owner, portal.url, portal.add_shop("Druckerei Müller"))
        from playwright.sync_api import sync_playwright

        for language, size in (("de", (390, 844)), ("en", (390, 844)), ("de", (1440, 900)), ("en", (1440, 900))):
            customer = orders.CustomerInput("Łukasz Żółć", "Ørsted GmbH", "+49 171 2345678", "lz@example.com")
            number = orders.new_order(owner, customer, CARD).number
            artwork.add_artwork(owner, number, card_png(folder / f"{number}.png"))
            proofs.make_proof(owner, number)
            remote_approval.send_for_approval(owner, number)
            mailer.inbox.wait(len(mailer.inbox.messages))
            link = mailer.inbox.link()
            tag = f"{size[0]}x{size[1]}-{language}"
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_FLAGS)
                page = browser.new_page(viewport={"width": size[0], "height": size[1]}, locale=language)
                page.goto(link)
                before = len(mailer.inbox.messages)
                page.locator("button.primary").click()
                mailer.inbox.wait(before + 1)
                page.locator("#code-field").fill(mailer.inbox.code())
                page.screenshot(path=str(OUT / f"portal-1-code-{tag}.png"))
                page.locator("form.code button").click()
                page.wait_for_url("**/proof")
                page.locator(".page img").first.wait_for()
                page.wait_for_load_state("networkidle")
                page.screenshot(path=str(OUT / f"portal-2-proof-{tag}.png"))
                for box in page.locator("input[type=checkbox]").all():
                    box.check()
                page.locator("input[value=approve]").check()
                page.locator("#name").fill("Łukasz Żółć")
                sign_with_the_mouse(page)
                page.screenshot(path=str(OUT / f"portal-3-sign-{tag}.png"))
                page.locator("form.decide button[type=submit]").click()
                page.wait_for_selector(".facts")
                page.screenshot(path=str(OUT / f"portal-4-done-{tag}.png"))
                browser.close()
            remote_approval.sync(owner)
        complain(owner, folder, mailer)
    finally:
        portal.stop()
        mailer.stop()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"Screenshots in {OUT}")
    return 0


def complain(owner, folder: Path, mailer) -> None:  # noqa: ANN001
    """The way to complain a customer's copy carries: the copy (rendered), the page on a phone, and its answer."""
    import subprocess

    from playwright.sync_api import sync_playwright

    from printproof.domain.enums import OrderStatus
    from printproof.services.core import orders
    from printproof.services.counter import pickup, remote_approval
    from printproof.services.evidence import copies
    from printproof.store.models import Order, Pickup
    from tests.support.browser import CHROMIUM_FLAGS
    from tests.support.shop import signature_strokes
    from tests.support.stories import photo

    for language in ("de", "en"):
        number = next(o.number for o in Order.select().where(Order.status == OrderStatus.APPROVED))
        orders.set_status(owner, number, OrderStatus.IN_PRODUCTION)
        orders.set_status(owner, number, OrderStatus.READY)
        pickup.record_pickup(owner, number, "Łukasz Żółć", signature_strokes())
        handed = Pickup.select().order_by(Pickup.id.desc()).get()
        pdf, facts = copies.make_copy(owner, f"pickup:{handed.id}")
        if language == "de":
            (folder / "copy.pdf").write_bytes(pdf)
            subprocess.run(
                ["pdftoppm", "-r", "70", "-png", "-singlefile", str(folder / "copy.pdf"),
                 str(OUT / "portal-5-copy-with-link")],
                check=True,
            )  # fmt: skip
        remote_approval.sync(owner)
        (folder / "delivery.jpg").write_bytes(photo(2))
        tag = f"390x844-{language}"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_FLAGS)
            page = browser.new_page(viewport={"width": 390, "height": 844}, locale=language, has_touch=True)
            page.goto(facts.complain_url)
            page.locator("#category").select_option("colour")
            page.locator("#words").fill(
                "Das Blau ist viel heller als auf dem Korrekturabzug."
                if language == "de"
                else "The blue is far lighter."
            )
            page.locator("#photos").set_input_files(str(folder / "delivery.jpg"))
            page.screenshot(path=str(OUT / f"portal-6-complaint-{tag}.png"), full_page=True)
            page.locator("form.complaint button").click()
            page.wait_for_selector(".facts")
            page.screenshot(path=str(OUT / f"portal-7-complaint-received-{tag}.png"))
            browser.close()
        remote_approval.sync(owner)


if __name__ == "__main__":
    raise SystemExit(main())
