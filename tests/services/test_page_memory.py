"""A PDF's pages are drawn and viewed in memory handed round (imaging.PageMemory): no page may show another's pixels,
whatever the order the workers finish in, and a page larger than the memory given back gets memory of its size."""

from __future__ import annotations

import io
import threading

import numpy as np
import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from printproof.domain.spec import JobSpec
from printproof.services.artwork import imaging
from printproof.services.artwork.pdf_render import render_pages

SPEC = JobSpec("Flyer A6", 105, 148, 3, 100, "", "4/4")
# Page sizes in points: A6 with bleed, then a larger and a smaller page, so memory is reused and made again.
SIZES = [(314, 437), (314, 437), (420, 595), (314, 437), (200, 300), (420, 595), (314, 437)]
COLOURS = [(230, 40, 40), (40, 160, 60), (40, 70, 220), (240, 200, 30), (120, 40, 160), (20, 180, 190), (90, 90, 90)]


def pages_pdf() -> bytes:
    out = io.BytesIO()
    c = Canvas(out)
    for (w, h), rgb in zip(SIZES, COLOURS, strict=True):
        c.setPageSize((w, h))
        c.setFillColorRGB(*(v / 255 for v in rgb))
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.showPage()
    c.save()
    return out.getvalue()


def test_pages_drawn_into_memory_handed_round_are_the_pages_drawn_afresh():
    data = pages_pdf()
    fresh = [np.array(page.pixels) for page in render_pages(data, "p.pdf", SPEC, 100, None, [False] * len(SIZES))]
    memory = imaging.PageMemory(1)  # one buffer: every page is drawn where the one before it was
    seen = []
    for page, expected in zip(
        render_pages(data, "p.pdf", SPEC, 100, None, [False] * len(SIZES), memory.take), fresh, strict=True
    ):
        assert page.memory is not None and np.array_equal(page.pixels, expected)
        assert np.array_equal(np.asarray(page.image), expected)  # the image shares those bytes
        seen.append(page.memory.ctypes.data)
        memory.give(page.memory)
    # A6 twice in the first buffer; A5 needs a larger one, which every page after it fits in: reused, not made anew
    assert seen[0] == seen[1] != seen[2] and set(seen[2:]) == {seen[2]}


def test_every_page_shows_its_own_colours_whatever_order_the_workers_finish_in(monkeypatch):
    """Workers slowed at random hold their buffers longer: a buffer given back too early would show up here as
    a page in another page's colour."""
    rng = np.random.default_rng(7)
    delays = iter(rng.uniform(0, 0.05, 64).tolist())
    lock = threading.Lock()
    finish = imaging._finish

    def slow_finish(*args: object, **kwargs: object) -> imaging.DecodedPage:
        with lock:
            delay = next(delays)
        threading.Event().wait(delay)
        return finish(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(imaging, "_finish", slow_finish)
    _, pages = imaging.read_pages(pages_pdf(), "p.pdf", SPEC, 100)
    assert [p.page for p in pages] == list(range(len(SIZES)))
    for page, rgb in zip(pages, COLOURS, strict=True):
        preview = Image.open(io.BytesIO(page.preview)).convert("RGB")
        shown = preview.getpixel((preview.width // 2, preview.height // 2))
        # the press view of the page's colour: near it for these in-gamut and out-of-gamut colours alike
        assert sum(abs(a - b) for a, b in zip(shown, rgb, strict=True)) < 150, (page.page, shown, rgb)
        others = [c for c in COLOURS if c != rgb]
        nearest = min(COLOURS, key=lambda c: sum(abs(a - b) for a, b in zip(shown, c, strict=True)))
        assert nearest == rgb, (page.page, shown, rgb, others)


@pytest.mark.parametrize("count", [1, 2])
def test_taking_waits_for_a_buffer_to_be_given_back(count):
    memory = imaging.PageMemory(count)
    taken = [memory.take(10) for _ in range(count)]
    got: list[np.ndarray] = []
    waiting = threading.Thread(target=lambda: got.append(memory.take(10)))
    waiting.start()
    waiting.join(0.2)
    assert waiting.is_alive() and not got  # all are out: whoever takes waits
    memory.give(taken[0])
    waiting.join(5)
    assert got and got[0] is taken[0]


def test_memory_that_cannot_be_had_is_given_back_and_the_import_says_so(monkeypatch):
    """Out of memory for a page's view: the buffers go back (nothing waits for one for ever) and the PDF is refused
    in one sentence."""
    memory = imaging.PageMemory(1)
    small = memory.take(10)
    memory.give(small)

    def refused(*args: object, **kwargs: object) -> np.ndarray:
        raise MemoryError

    with monkeypatch.context() as patched:
        patched.setattr(imaging.np, "empty", refused)
        with pytest.raises(MemoryError):
            memory.take(1 << 20)
    got: list[np.ndarray] = []
    again = threading.Thread(target=lambda: got.append(memory.take(10)), daemon=True)
    again.start()
    again.join(10)
    assert got and got[0] is small  # back in its place, not lost (else this take would wait for ever)

    made: list[imaging.PageMemory] = []
    build = imaging.PageMemory.__init__

    def remembered(self: imaging.PageMemory, count: int) -> None:
        build(self, count)
        made.append(self)

    take = imaging.PageMemory.take

    def views_refused(self: imaging.PageMemory, size: int) -> np.ndarray:
        if self is made[1]:  # the workers' view memory
            raise MemoryError
        return take(self, size)

    monkeypatch.setattr(imaging.PageMemory, "__init__", remembered)
    monkeypatch.setattr(imaging.PageMemory, "take", views_refused)
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            imaging.read_pages(pages_pdf(), "p.pdf", SPEC, 100)
        except BaseException as exc:  # noqa: BLE001 (what the import raised is the test's subject)
            outcome.append(exc)

    reading = threading.Thread(target=read)
    reading.start()
    reading.join(60)
    assert not reading.is_alive(), "the import waits for ever"
    from printproof.domain.errors import UserError

    assert isinstance(outcome[0], UserError) and "is too large to open on this computer" in str(outcome[0])
