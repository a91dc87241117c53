"""Several workstations at once: real processes against one store (SQLite file and PostgreSQL)."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import subprocess
import sys
import time

import pytest

from printproof.services.admin import setup
from printproof.services.core import orders
from printproof.services.evidence.verify import verify_store
from printproof.store.db import open_store
from printproof.store.models import Approval, AuditEvent, Order, Proof
from tests.support.shop import CARD, card_png, signature_strokes
from tests.support.stores import KILL_SCRIPT, _url

pytestmark = pytest.mark.slow  # started first (tests/conftest.py)

WORKERS = 4
ORDERS_EACH = 4


def _worker(url: str, art: str, index: int, queue, barrier) -> None:  # noqa: ANN001
    try:
        queue.put(_work(url, art, index, barrier))
    except BaseException as exc:  # report instead of hanging the test
        queue.put(("error", repr(exc), ""))
        raise


def _work(url: str, art: str, index: int, barrier):  # noqa: ANN001, ANN202
    from printproof.domain.enums import Decision
    from printproof.domain.errors import Conflict
    from printproof.domain.vocabulary import CHECKLIST
    from printproof.services.admin import staff
    from printproof.services.artwork import artwork
    from printproof.services.proofing import acknowledgements, approvals, proofs

    open_store(url)
    actor = staff.sign_in("Anna", "123456")
    made = []
    for n in range(ORDERS_EACH):
        number = orders.new_order(actor, orders.CustomerInput(f"Kunde {index}-{n}"), CARD).number
        artwork.add_artwork(actor, number, art)
        artwork.add_artwork(actor, number, art, "back")
        proofs.make_proof(actor, number)
        made.append(number)
    # Everyone makes a proof of the shared order at the same time, then tries to approve it.
    shared = os.environ.get("SHARED_ORDER", "")
    versions = [proofs.make_proof(actor, shared).version for _ in range(2)]
    barrier.wait(timeout=120)  # every version exists before anyone approves
    outcome = "approved"
    try:
        approvals.record_approval(
            actor,
            shared,
            decision=Decision.APPROVED,
            customer_name="K",
            checklist=dict.fromkeys(CHECKLIST, True),
            strokes=signature_strokes(),
            version=proofs.get_proof(shared).version,
            acknowledged=acknowledgements.serious_keys(proofs.get_proof(shared)),
        )
    except Conflict:
        outcome = "conflict"
    except Exception as exc:  # a newer version appeared meanwhile: also a clear refusal
        outcome = f"refused: {exc}"
    return made, versions, outcome


def test_many_writers_lose_nothing(any_store, tmp_path):
    owner = setup.setup("Shop", "Anna", "123456", "de").actor
    art = str(card_png(tmp_path / "f.png"))
    shared = orders.new_order(owner, orders.CustomerInput("Geteilt"), CARD).number
    from printproof.services.artwork import artwork

    artwork.add_artwork(owner, shared, art)
    artwork.add_artwork(owner, shared, art, "back")
    url = any_store.location if any_store.kind == "sqlite" else _url(any_store)
    os.environ["SHARED_ORDER"] = shared
    ctx = mp.get_context("spawn")
    queue, barrier = ctx.Queue(), ctx.Barrier(WORKERS)
    procs = [ctx.Process(target=_worker, args=(url, art, i, queue, barrier)) for i in range(WORKERS)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=180) for _ in procs]
    assert not [r for r in results if r[0] == "error"], results
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    numbers = [n for made, _, _ in results for n in made]
    assert len(numbers) == len(set(numbers)) == WORKERS * ORDERS_EACH
    assert Order.select().count() == WORKERS * ORDERS_EACH + 1
    shared_versions = sorted(v for _, versions, _ in results for v in versions)
    assert shared_versions == list(range(1, 2 * WORKERS + 1))  # consecutive, none lost, none twice
    stored = [p.version for p in Proof.select().join(Order).where(Order.number == shared).order_by(Proof.version)]
    assert stored == shared_versions
    outcomes = [o for _, _, o in results]
    assert Approval.select().join(Order).where(Order.number == shared).count() <= 1
    assert outcomes.count("approved") == Approval.select().join(Order).where(Order.number == shared).count()
    seqs = [e.seq for e in AuditEvent.select(AuditEvent.seq).order_by(AuditEvent.seq)]
    assert seqs == list(range(1, len(seqs) + 1))  # one chain, no fork, no gap
    report = verify_store()
    assert report.ok, report.problems


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_killed_writers_leave_a_store_that_verifies(tmp_path, request, kind):
    if kind == "sqlite":
        path = str(tmp_path / "kill.sqlite3")
    else:
        path = request.getfixturevalue("postgres_server").new_database()
    opened = open_store(path)
    setup.setup("Shop", "Anna", "123456", "de")
    art = str(card_png(tmp_path / "big.png", size=(2150, 1441)))
    opened.close()
    kills = 0
    for delay in (0.3, 0.45, 0.6, 0.75, 0.9, 1.1, 1.3, 1.6):
        proc = subprocess.Popen(
            [sys.executable, "-c", KILL_SCRIPT, str(path), art],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
    opened = open_store(path)
    report = verify_store()
    assert report.ok, report.problems
    # Nothing half-saved: every proof has its PDF, every artwork row its files.
    from printproof.store.models import Artwork, Blob

    for proof in Proof.select():
        assert Blob.get_or_none(Blob.sha256 == proof.pdf_id) is not None
    for approval in Approval.select():
        assert Blob.get_or_none(Blob.sha256 == approval.signature_image_id) is not None
    for art_row in Artwork.select():
        assert Blob.get_or_none(Blob.sha256 == art_row.original_id) is not None
    assert Order.select().count() >= kills  # work was really happening when the kills came
    opened.close()
