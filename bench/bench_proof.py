"""Proof generation: a business card from 300-dpi PNGs, and an A1 poster from a 70 MP JPEG.

Prints wall times, peak memory (max RSS of a fresh process) and the ratios against
Pillow's own decode of the same JPEG and ImageMagick making a comparable watermarked PDF.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image, ImageDraw
from smoke import OUT, env_int, size

ROOT = Path(__file__).resolve().parent.parent
# A1 (594 × 841 mm) plus 3 mm bleed at about 350 dpi: 7000 × 9900 px = 69.3 MP (a smoke run: 0.7 MP).
POSTER = size((7000, 9900), (700, 990))


def poster_jpeg() -> Path:
    path = OUT / "poster-70mp.jpg"
    if not path.exists():
        # Made in a child process: Linux passes a parent's peak RSS on to the processes it starts,
        # and this picture needs 800 MB to draw.
        subprocess.run([sys.executable, __file__, "--make-poster"], check=True)
    return path


def _make_poster() -> None:
    path = OUT / "poster-70mp.jpg"
    if not path.exists():
        im = Image.new("RGB", POSTER, (30, 90, 160))
        draw = ImageDraw.Draw(im)
        for i in range(0, POSTER[1], 150):
            draw.rectangle((0, i, POSTER[0], i + 70), fill=((i // 7) % 255, 120, 200 - (i // 60) % 150))
        for i in range(0, POSTER[0], 400):
            draw.ellipse((i, 2000, i + 380, 2380), fill=(250, 220, 40))
        # Photographic grain, so the file compresses like a real photo (tens of MB, not 3).
        noise = Image.merge("RGB", [Image.effect_noise(im.size, 60) for _ in range(3)])
        im = Image.blend(im, noise, 0.35)
        im.save(path, "JPEG", quality=92)


def card_pngs() -> tuple[Path, Path]:
    paths = []
    for side, color in ((0, (240, 240, 230)), (1, (20, 70, 140))):
        path = OUT / f"card-{side}.png"
        if not path.exists():
            im = Image.new("RGB", (1075, 720), color)
            ImageDraw.Draw(im).rectangle((150, 250, 900, 450), fill=(200, 30, 30))
            im.save(path)
        paths.append(path)
    return paths[0], paths[1]


CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from printproof.store.db import open_store
from printproof.services.admin import setup
from printproof.services.artwork import artwork
from printproof.services.core import shop, orders
from printproof.services.proofing import proofs
from printproof.domain.spec import JobSpec
db, kind, *files = sys.argv[1:]
open_store(db)
actor = setup.setup("Bench", "Owner", "123456", "de").actor
if kind == "card":
    spec = JobSpec("Visitenkarte", 85, 55, 3, 500, "", "4/4")
else:
    spec = JobSpec("Poster A1", 594, 841, 3, 10, "", "4/0")
number = orders.new_order(actor, orders.CustomerInput("Bench"), spec).number
t0 = time.perf_counter()
for side, f in enumerate(files):
    artwork.add_artwork(actor, number, f, side)
t1 = time.perf_counter()
made = proofs.make_proof(actor, number)
t2 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "proof": t2 - t1, "total": t2 - t0, "pdf_bytes": len(made.pdf),
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

DECODE = r"""
import resource, sys, time
from PIL import Image
t = time.perf_counter()
im = Image.open(sys.argv[1]); im.load()
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def child(kind: str, files: list[Path]) -> dict[str, float]:
    db = OUT / f"bench-{kind}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), kind, *map(str, files)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout)


def best(runs: list[dict[str, float]], key: str) -> float:
    return min(r[key] for r in runs)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    repeats = env_int("BENCH_REPEATS", 3, 1)
    front, back = card_pngs()
    cards = [child("card", [front, back]) for _ in range(repeats)]
    print(f"Business card, 2 sides from 300-dpi PNGs (best of {repeats}):")
    print(f"  import both sides {best(cards, 'import') * 1000:7.0f} ms")
    print(f"  make + store proof {best(cards, 'proof') * 1000:6.0f} ms   PDF {cards[0]['pdf_bytes'] / 1024:.0f} KiB")

    jpeg = poster_jpeg()
    decodes = []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", DECODE, str(jpeg)], check=True, capture_output=True, text=True)
        seconds, rss = out.stdout.split()
        decodes.append((float(seconds), float(rss)))
    decode = min(d[0] for d in decodes)
    posters = [child("poster", [jpeg]) for _ in range(repeats)]
    total = best(posters, "total")
    print(f"A1 poster from a {jpeg.stat().st_size / 1e6:.0f} MB, 70 MP JPEG (best of {repeats}):")
    print(f"  Pillow full decode          {decode:6.2f} s  (peak RSS {min(d[1] for d in decodes):.0f} MB)")
    print(
        f"  PrintProof import + proof   {total:6.2f} s  = {total / decode:.2f} × the decode"
        f"  (import {best(posters, 'import'):.2f} s, proof {best(posters, 'proof'):.2f} s)"
    )
    print(f"  peak RSS {max(p['max_rss_mb'] for p in posters):.0f} MB, PDF {posters[0]['pdf_bytes'] / 1e6:.1f} MB")

    magick = shutil.which("convert-im6.q16") or "/usr/bin/convert"
    if Path(magick).exists():
        pdf = OUT / "magick.pdf"
        cmd = [
            magick,
            "-limit",
            "memory",
            "2GiB",
            str(jpeg),
            "-resize",
            "50%",
            "-fill",
            "rgba(200,20,20,0.3)",
            "-pointsize",
            "200",
            "-gravity",
            "center",
            "-annotate",
            "30x30+0+0",
            "PROOF – NOT FOR PRINT",
            "-quality",
            "88",
            "-compress",
            "jpeg",
            f"PDFA:{pdf}",
        ]  # Debian's policy blocks "PDF:"
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            times.append(time.perf_counter() - t)
        print(
            f"  ImageMagick watermarked PDF {min(times):6.2f} s  → PrintProof takes {total / min(times):.2f} × "
            f"ImageMagick's time"
        )
    else:
        print("  ImageMagick is not installed (apt-get install imagemagick) – no ratio")


if __name__ == "__main__":
    if sys.argv[1:] == ["--make-poster"]:
        _make_poster()
    else:
        main()
