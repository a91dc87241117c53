"""Print truth: preflight + press-colour proofs of a 32-page brochure PDF and a 70 MP A1 poster.

Figures, not assertions. For each file, in the same run:

- the brochure (A4, 32 pages, 180-ppi RGB photos, non-embedded Helvetica, a 0.05 pt hairline):
  PrintProof's import (PDF preflight, rendering, press simulation, gamut check) + proof, in-process
  and as the two commands `artwork add` + `proof make`, beside poppler's `pdftoppm -r 150` of the
  same file;
- the A1 poster from a 70 MP JPEG with an embedded sRGB profile: the same two figures beside
  Pillow decoding it at full size, and decoding it with colour management on (the embedded profile
  converted to the press profile, as a colour-managed RIP would, at full size).

Each figure is the best of BENCH_REPEATS (default 3) fresh processes.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageCms, ImageDraw
from smoke import OUT, SMOKE, env_int, size

ROOT = Path(__file__).resolve().parent.parent
PAGES = size(32, 2)  # the brochure's
POSTER = size((7000, 9900), (700, 990))  # A1 + bleed at ~350 dpi: 69.3 MP (a smoke run: 0.7 MP)
# A smoke run signs in at the tests' PIN cost (tests/support/run_printproof.py: the product's own main), not 1.5 s.
CLI = [sys.executable, *size(["-m", "printproof.cli"], [str(ROOT / "tests" / "support" / "run_printproof.py")])]
SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _photo(size: tuple[int, int], seed: int) -> Image.Image:
    im = Image.linear_gradient("L").resize(size).convert("RGB")
    im = Image.merge("RGB", [im.getchannel(0), im.getchannel(0).rotate(90).resize(size), Image.new("L", size, 120)])
    draw = ImageDraw.Draw(im)
    for i in range(6):
        x = (seed * 97 + i * 173) % size[0]
        draw.ellipse((x, size[1] // 4, x + size[0] // 4, size[1] // 4 + size[0] // 4), fill=(230, 40 + i * 30, 60))
    noise = Image.merge("RGB", [Image.effect_noise(size, 50) for _ in range(3)])
    return Image.blend(im, noise, 0.3)


def brochure_pdf() -> Path:
    path = OUT / f"brochure-{PAGES}p.pdf"
    if path.exists():
        return path
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    mm = 72 / 25.4
    w, h = 216 * mm, 303 * mm  # A4 with 3 mm bleed
    c = Canvas(str(path), pagesize=(w, h))
    text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore."
    for page in range(PAGES):
        c.setTrimBox((3 * mm, 3 * mm, w - 3 * mm, h - 3 * mm))
        c.setBleedBox((0, 0, w, h))
        photo = _photo((1276, 850), page)  # 180 × 120 mm at 180 ppi
        buffer = io.BytesIO()
        photo.save(buffer, "JPEG", quality=88)
        c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 18 * mm, h - 140 * mm, 180 * mm, 120 * mm)
        small = _photo((425, 283), page + 100)  # 60 × 40 mm at 180 ppi
        buffer = io.BytesIO()
        small.save(buffer, "JPEG", quality=88)
        c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 138 * mm, 30 * mm, 60 * mm, 40 * mm)
        c.setFont("Helvetica-Bold", 22)
        c.drawString(18 * mm, h - 160 * mm, f"Kapitel {page + 1}")
        c.setFont("Helvetica", 10)
        for line in range(20):
            c.drawString(18 * mm, h - (172 + line * 5) * mm, text)
        c.setLineWidth(0.05)
        c.line(18 * mm, h - 165 * mm, 198 * mm, h - 165 * mm)
        c.showPage()
    c.save()
    return path


def poster_jpeg() -> Path:
    path = OUT / "poster-70mp-srgb.jpg"
    if not path.exists():
        subprocess.run([sys.executable, __file__, "--make-poster"], check=True)  # 800 MB: in a child
    return path


def _make_poster() -> None:
    path = OUT / "poster-70mp-srgb.jpg"
    im = Image.new("RGB", POSTER, (30, 90, 160))
    draw = ImageDraw.Draw(im)
    for i in range(0, POSTER[1], 150):
        draw.rectangle((0, i, POSTER[0], i + 70), fill=((i // 7) % 255, 120, 200 - (i // 60) % 150))
    for i in range(0, POSTER[0], 400):
        draw.ellipse((i, 2000, i + 380, 2380), fill=(250, 220, 40))
    noise = Image.merge("RGB", [Image.effect_noise(im.size, 60) for _ in range(3)])
    Image.blend(im, noise, 0.35).save(path, "JPEG", quality=92, icc_profile=SRGB)


IN_PROCESS = r"""
import json, sys, time
from printproof.store.db import open_store
from printproof.services.admin import setup
from printproof.services.artwork import artwork
from printproof.services.core import shop, orders
from printproof.services.proofing import proofs
from printproof.domain.spec import JobSpec
db, kind, path = sys.argv[1:]
open_store(db)
actor = setup.setup("Bench", "Owner", "123456", "de").actor
spec = JobSpec("Broschüre A4", 210, 297, 3, 500, "", "4/4") if kind == "brochure" else \
    JobSpec("Poster A1", 594, 841, 3, 10, "", "4/0")
number = orders.new_order(actor, orders.CustomerInput("Bench"), spec).number
t0 = time.perf_counter()
added = artwork.add_artwork(actor, number, path)
t1 = time.perf_counter()
made = proofs.make_proof(actor, number)
t2 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "proof": t2 - t1, "total": t2 - t0, "pages": made.pages,
                  "pdf_bytes": len(made.pdf), "codes": sorted({f.code for f in made.findings})}))
"""

DECODE = r"""
import io, sys, time
from PIL import Image, ImageCms
from printproof.services.artwork.colour import default_profile
t = time.perf_counter()
im = Image.open(sys.argv[1]); im.load()
decoded = time.perf_counter() - t
if sys.argv[2] == "cm":
    own = ImageCms.ImageCmsProfile(io.BytesIO(im.info["icc_profile"]))
    press = ImageCms.ImageCmsProfile(io.BytesIO(default_profile()))
    ImageCms.applyTransform(im, ImageCms.buildTransform(own, press, "RGB", "CMYK", 1,
                                                        flags=ImageCms.Flags.BLACKPOINTCOMPENSATION))
print(time.perf_counter() - t)
"""


def fresh_db(name: str) -> Path:
    db = OUT / f"bench-{name}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return db


def in_process(kind: str, path: Path) -> dict:
    db = fresh_db(kind)
    out = subprocess.run(
        [sys.executable, "-c", IN_PROCESS, str(db), kind, str(path)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout)


def command_line(kind: str, path: Path) -> tuple[float, float, float]:
    """Wall times of `artwork add` + `proof make` (Python start-up included): each with its own PIN check, and in a
    session (`session start` checks the PIN once for the run: its own time is the third figure)."""
    db = fresh_db(f"{kind}-cli")
    env = {**os.environ, "PRINTPROOF_DB": str(db), "PRINTPROOF_USER": "Owner", "PRINTPROOF_PIN": "123456"}
    env["XDG_RUNTIME_DIR"] = str(OUT / "run")  # the session's sealed half
    (OUT / "run").mkdir(mode=0o700, exist_ok=True)
    if SMOKE:
        env["PRINTPROOF_TEST_CREDENTIALS"] = str(OUT / "credentials")  # run_printproof.py's, else a new temp folder

    def cli(*args: str, **extra: str) -> str:
        done = subprocess.run([*CLI, *args], check=True, capture_output=True, text=True, env={**env, **extra}, cwd=ROOT)
        return done.stdout

    cli("setup", "--shop", "Bench", "--owner", "Owner", "--pin", "123456")
    size, colours = ("210x297", "4/4") if kind == "brochure" else ("594x841", "4/0")
    order = ["--json", "order", "new", "--customer", "Bench", "--product", kind, "--size", size, "--quantity", "10"]
    number, again = (json.loads(cli(*order, "--colors", colours))["order"] for _ in range(2))
    times = []
    for target, extra in ((number, {}), (again, {"PRINTPROOF_PIN": ""})):
        if extra:
            t = time.perf_counter()
            token = cli("session", "start").strip().split("=", 1)[1]
            started = time.perf_counter() - t
            extra["PRINTPROOF_SESSION"] = token
        t = time.perf_counter()
        cli("artwork", "add", target, str(path), **extra)
        with tempfile.TemporaryDirectory() as tmp:
            cli("proof", "make", target, "--out", str(Path(tmp) / "proof.pdf"), **extra)
        times.append(time.perf_counter() - t)
    return times[0], times[1], started


def pdftoppm(path: Path) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        subprocess.run(["pdftoppm", "-r", "150", str(path), str(Path(tmp) / "p")], check=True)
        return time.perf_counter() - t


def decode(path: Path, mode: str) -> float:
    out = subprocess.run([sys.executable, "-c", DECODE, str(path), mode], check=True, capture_output=True, text=True)
    return float(out.stdout)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    repeats = env_int("BENCH_REPEATS", 3, 1)
    brochure = brochure_pdf()
    megabytes = brochure.stat().st_size / 1e6
    print(f"Brochure: {PAGES} A4 pages with 180-ppi RGB photos, {megabytes:.1f} MB (best of {repeats})")
    peer = min(pdftoppm(brochure) for _ in range(repeats))
    runs = [in_process("brochure", brochure) for _ in range(repeats)]
    best = min(runs, key=lambda r: r["total"])
    timed = [command_line("brochure", brochure) for _ in range(repeats)]
    cli, session, started = (min(t[i] for t in timed) for i in range(3))
    print(f"  poppler pdftoppm -r 150          {peer:6.2f} s")
    print(
        f"  PrintProof preflight + proof     {best['total']:6.2f} s = {best['total'] / peer:.2f} × pdftoppm"
        f"  (import {best['import']:.2f} s, proof {best['proof']:.2f} s; {best['pages']} pages, "
        f"{best['pdf_bytes'] / 1e6:.1f} MB)"
    )
    print(f"  artwork add + proof make (CLI)   {cli:6.2f} s = {cli / peer:.2f} × pdftoppm (a PIN check each)")
    print(f"  the same in a session            {session:6.2f} s = {session / peer:.2f} × pdftoppm")
    print(f"  (session start, once for a run   {started:6.2f} s)")
    print(f"  findings: {', '.join(best['codes'])}")

    poster = poster_jpeg()
    print(f"A1 poster from a {poster.stat().st_size / 1e6:.0f} MB, 70 MP JPEG with an sRGB profile (best of {repeats})")
    plain = min(decode(poster, "plain") for _ in range(repeats))
    managed = min(decode(poster, "cm") for _ in range(repeats))
    runs = [in_process("poster", poster) for _ in range(repeats)]
    best = min(runs, key=lambda r: r["total"])
    timed = [command_line("poster", poster) for _ in range(repeats)]
    cli, session = (min(t[i] for t in timed) for i in range(2))
    print(f"  Pillow decode                    {plain:6.2f} s")
    print(f"  Pillow decode + colour managed   {managed:6.2f} s (full size, sRGB → press CMYK)")
    print(
        f"  PrintProof import + proof        {best['total']:6.2f} s = {best['total'] / managed:.2f} × the managed one"
        f" ({best['total'] / plain:.2f} × the plain one; import {best['import']:.2f} s, proof {best['proof']:.2f} s)"
    )
    print(
        f"  artwork add + proof make (CLI)   {cli:6.2f} s = {cli / managed:.2f} × the managed decode (a PIN check each)"
    )
    print(f"  the same in a session            {session:6.2f} s = {session / managed:.2f} × the managed decode")


if __name__ == "__main__":
    if sys.argv[1:] == ["--make-poster"]:
        OUT.mkdir(parents=True, exist_ok=True)
        _make_poster()
    else:
        main()
