"""Hostile and odd input: property tests over the services, a fuzz run over artwork import,
full and read-only stores. Every refusal is one sentence; nothing stored changes."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from printproof.domain.errors import StoreError, UserError
from printproof.domain.spec import JobSpec
from printproof.services.artwork import artwork, imaging
from printproof.services.core import orders
from printproof.services.evidence.verify import verify_store
from printproof.store.models import db
from tests.support.shop import CARD, card_png, table_counts

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(
    product=st.text(max_size=60),
    width=st.floats(allow_nan=True, allow_infinity=True),
    height=st.floats(min_value=-10, max_value=1e6),
    bleed=st.floats(min_value=-5, max_value=50),
    quantity=st.integers(min_value=-10, max_value=10**9),
    colors=st.text(max_size=6),
)
def test_a_job_is_either_valid_or_refused_in_words(product, width, height, bleed, quantity, colors):
    try:
        spec = JobSpec(product, width, height, bleed, quantity, colors=colors)
    except UserError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert 5 <= spec.width_mm <= 20000 and spec.quantity >= 1 and spec.product.strip()


@FAST
@given(name=st.text(min_size=1, max_size=80), company=st.text(max_size=40))
def test_any_name_is_refused_cleanly_or_found_again(owner, name, company):
    before = table_counts()
    try:
        made = orders.new_order(owner, orders.CustomerInput(name, company), CARD)
    except UserError:
        assert table_counts() == before
        return
    from printproof.domain.fold import words as search_tokens

    words = search_tokens(made.customer.name)
    if words:
        assert made.number in [r.number for r in orders.search_orders(words[0], limit=10_000)]
    assert made.number in [r.number for r in orders.search_orders(made.number)]


def _seeds() -> list[tuple[str, bytes]]:
    im = Image.new("RGB", (300, 200), (20, 120, 200))
    png, jpg, tif = io.BytesIO(), io.BytesIO(), io.BytesIO()
    im.save(png, "PNG")
    im.save(jpg, "JPEG")
    im.convert("CMYK").save(tif, "TIFF")
    from reportlab.pdfgen.canvas import Canvas

    pdf = io.BytesIO()
    c = Canvas(pdf, pagesize=(200, 150))
    c.drawString(20, 20, "x")
    c.save()
    return [("a.png", png.getvalue()), ("a.jpg", jpg.getvalue()), ("a.tif", tif.getvalue()), ("a.pdf", pdf.getvalue())]


SEEDS = _seeds()


def mutated(draw_seed: int, edits: list[tuple[int, int]], cut: int | None) -> tuple[str, bytes]:
    name, data = SEEDS[draw_seed % len(SEEDS)]
    buf = bytearray(data)
    for position, value in edits:
        buf[position % len(buf)] = value
    if cut is not None:
        buf = buf[: cut % (len(buf) + 1)]
    return name, bytes(buf)


def import_or_refuse(name: str, data: bytes) -> str:
    """The contract of artwork import: pages back, or a UserError naming the file; nothing else."""
    try:
        imaging.read_pages(data, name, CARD, 150)
    except UserError as exc:
        assert name in str(exc)
        return "refused"
    return "accepted"


@settings(max_examples=150, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=3),
    edits=st.lists(st.tuples(st.integers(min_value=0, max_value=10**6), st.integers(0, 255)), max_size=8),
    cut=st.none() | st.integers(min_value=0, max_value=10**6),
)
def test_fuzzed_artwork_is_read_or_refused_never_crashes(seed, edits, cut):
    import_or_refuse(*mutated(seed, edits, cut))


def test_full_disk_loses_nothing(owner, card_order, tmp_path, store):
    if store.kind != "sqlite":
        pytest.skip("a full disk is simulated with a SQLite pragma; PostgreSQL reports it through the same words")
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "small.png"))
    before = table_counts()
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")  # the disk is full from here on
    big = card_png(tmp_path / "big.png", size=(2150, 1441))
    with pytest.raises(StoreError, match="disk is full"):
        artwork.add_artwork(owner, card_order, big, "back")
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    assert table_counts() == before
    assert verify_store().ok


def test_read_only_store_says_so_and_loses_nothing(owner, card_order, tmp_path, store):
    before = table_counts()
    # As a store on a read-only share (SQLite) or a read-only database role (PostgreSQL) behaves.
    on, off = (
        ("PRAGMA query_only = 1", "PRAGMA query_only = 0")
        if store.kind == "sqlite"
        else (
            "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
            "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE",
        )
    )
    db.execute_sql(on)
    with pytest.raises(StoreError, match="read-only"):
        orders.new_order(owner, orders.CustomerInput("X"), CARD)
    db.execute_sql(off)
    assert table_counts() == before


@pytest.mark.parametrize(
    "text",
    [
        'Robert\'); DROP TABLE "order";--',
        "../../etc/passwd",
        "C:\\Windows\\system32",
        "%s %d {0} ${HOME}",
        "<script>alert(1)</script>",
        "ÆØÅ Ñandú ß ﬁ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👍",
        "الخط العربي",
        "漢字かな",
    ],
)
def test_sql_and_path_fragments_are_just_text(owner, tmp_path, text):
    made = orders.new_order(owner, orders.CustomerInput(text, company=text), JobSpec(text, 85, 55))
    assert made.customer.name == text and made.product == text
    path = tmp_path / "weird name; DROP TABLE blob.png"
    card_png(path)
    artwork.add_artwork(owner, made.number, path)
    assert verify_store().ok
