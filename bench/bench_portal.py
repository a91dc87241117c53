"""The portal: a 32-page brochure sent by link, opened in Debian's chromium, and the portal under load.

- **Send**: the app renders the brochure proof's pages for phones and pushes the package (in-process, timed).
- **First page after the code**: chromium on loopback, from the click on *Confirm* to the first page image
  painted (``naturalWidth > 0``), best and median of several customers.
- **Page requests per second, one core**: wrk (2 connections, 10 s) against ``printproof portal serve`` asking
  for one page image with the customer's session, beside the peer in the same run — uvicorn serving a static
  file of the same size (Starlette's StaticFiles), one process each, pinned to one core with ``taskset``.

    .venv/bin/python bench/bench_portal.py          (needs chromium and wrk: apt install chromium wrk)
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import smoke

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CUSTOMERS = smoke.env_int("BENCH_RUNS", 5, 1)
LOAD_SECONDS = smoke.size(10, 1)  # each wrk run's

FIRST_PAGE_PAINTED = (
    "() => { const i = document.querySelector('.page img'); return i && i.complete && i.naturalWidth > 0; }"
)
STATIC_PEER = r"""
import sys, uvicorn
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
app = Starlette(routes=[Mount("/s", StaticFiles(directory=sys.argv[1]))])
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), access_log=False, log_level="warning")
"""


def wrk(url: str, cookie: str = "") -> float:
    command = ["wrk", "-t1", "-c2", f"-d{LOAD_SECONDS}s", url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def wait_up(url: str) -> None:
    import urllib.request

    for _ in range(300):
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"{url} did not answer")


def main() -> None:
    # A smoke run without wrk (scripts/bootstrap does not install it) skips the load and its peer.
    load = shutil.which("wrk") is not None or not smoke.SMOKE
    for tool in ("chromium", "wrk", "taskset") if load else ("chromium", "taskset"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing (apt install chromium wrk)")
    folder = Path(tempfile.mkdtemp(prefix="printproof-bench-portal-"))
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    from playwright.sync_api import sync_playwright

    from bench.bench_print_truth import OUT, brochure_pdf
    from printproof.domain.spec import JobSpec
    from printproof.services.admin import pins, setup
    from printproof.services.artwork import artwork
    from printproof.services.core import orders
    from printproof.services.counter import remote_approval
    from printproof.services.proofing import proofs
    from printproof.store.db import open_store
    from tests.support.browser import CHROMIUM_FLAGS
    from tests.support.portal_harness import Customer, Mailer, Portal, free_port

    pins.use_cost(pins.TEST_COST)
    OUT.mkdir(parents=True, exist_ok=True)
    mailer = Mailer()
    portal = Portal(folder / "portal", mailer.port)
    subprocess.run(["taskset", "-pc", "0", str(portal.process.pid)], capture_output=True, check=True)
    peer = None
    try:
        open_store(str(folder / "store.sqlite3"))
        owner = setup.setup("Druckerei Bench", "Owner", "123456", "de").actor
        setup.change_settings(
            owner,
            {"smtp.host": "127.0.0.1", "smtp.port": mailer.port, "smtp.security": "none", "smtp.sender": "a@b.de"},
        )
        remote_approval.pair(owner, portal.url, portal.add_shop("Druckerei Bench"))
        spec = JobSpec("Broschüre A4", 210, 297, 3, 500, "", "4/4")
        number = orders.new_order(owner, orders.CustomerInput("Bench", email="kunde@example.com"), spec).number
        artwork.add_artwork(owner, number, brochure_pdf())
        proofs.make_proof(owner, number)
        sends, firsts = [], []
        for _ in range(CUSTOMERS):
            before = len(mailer.inbox.messages)
            started = time.perf_counter()
            remote_approval.send_for_approval(owner, number)
            sends.append(time.perf_counter() - started)
            mailer.inbox.wait(before + 1)
            link = mailer.inbox.link()
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_FLAGS)
                page = browser.new_page(viewport={"width": 390, "height": 844}, locale="de")
                page.goto(link)
                before = len(mailer.inbox.messages)
                page.locator("button.primary").click()
                mailer.inbox.wait(before + 1)
                page.locator("#code-field").fill(mailer.inbox.code())
                started = time.perf_counter()
                page.locator("form.code button").click()
                page.wait_for_function(FIRST_PAGE_PAINTED)
                firsts.append(time.perf_counter() - started)
                browser.close()
        pages = proofs.get_proof(number).pages
        print(f"A {pages}-page brochure proof ({len(proofs.proof_pdf(number)) / 1e6:.1f} MB), {CUSTOMERS} customers:")
        print(
            f"  send (render {pages} page images for phones, push): best {min(sends):.2f} s, "
            f"median {statistics.median(sends):.2f} s"
        )
        print(
            f"  confirm the code → first page painted in chromium: best {min(firsts) * 1000:.0f} ms, "
            f"median {statistics.median(firsts) * 1000:.0f} ms"
        )

        if not load:
            print("Page requests per second: skipped (no wrk on this machine)")
            return
        # The load: one customer with a session asks for page 5 over and over (a smoke run's brochure may be shorter).
        shown = min(5, pages)
        before = len(mailer.inbox.messages)
        remote_approval.send_for_approval(owner, number)
        mailer.inbox.wait(before + 1)
        link = mailer.inbox.link()
        customer = Customer("de")
        customer.get(link)
        before = len(mailer.inbox.messages)
        customer.post(f"{link}/code", {})
        mailer.inbox.wait(before + 1)
        customer.post(f"{link}/confirm", {"code": mailer.inbox.code()})
        cookie = "; ".join(f"{c.name}={c.value}" for c in customer.cookies)
        image = customer.get(f"{link}/page/{shown}")
        assert image.status == 200
        size = len(image.body.encode("utf-8", "surrogateescape"))
        static = folder / "static"
        static.mkdir()
        (static / "page.jpg").write_bytes(os.urandom(int(image.headers.get("content-length", size))))
        port = free_port()
        peer = subprocess.Popen([sys.executable, "-c", STATIC_PEER, str(static), str(port)])
        subprocess.run(["taskset", "-pc", "0", str(peer.pid)], capture_output=True, check=True)
        wait_up(f"http://127.0.0.1:{port}/s/page.jpg")
        ours = wrk(f"{link}/page/{shown}", cookie)
        theirs = wrk(f"http://127.0.0.1:{port}/s/page.jpg")
        kb = int(image.headers.get("content-length", size)) / 1000
        print(f"Page image ({kb:.0f} kB) on one core, wrk with 2 connections for {LOAD_SECONDS} s:")
        print(f"  portal (session checked, view noted): {ours:.0f} requests/s")
        print(f"  peer, uvicorn + StaticFiles, same size: {theirs:.0f} requests/s  (portal/peer {ours / theirs:.2f})")
    finally:
        if peer is not None:
            peer.terminate()
        portal.stop()
        mailer.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
