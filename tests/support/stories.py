"""Orders told from start to a given point: approved, handed over, complained about; a customer's whole story
for privacy; the clock moved on."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image

from printproof.domain.enums import Decision, DisputeCategory, DisputeOutcome, MatchesApproval, OrderStatus
from printproof.domain.signature import Point
from printproof.domain.spec import JobSpec  # noqa: E402
from printproof.domain.vocabulary import CHECKLIST
from printproof.services.artwork import artwork
from printproof.services.core import orders, retention
from printproof.services.counter import disputes, pickup
from printproof.services.evidence import copies
from printproof.services.evidence.identify import identify_bytes
from printproof.services.proofing import acknowledgements, approvals, proofs
from printproof.store.blobs import blob_bytes
from printproof.store.migrations import now
from printproof.store.models import Approval, Pickup, db
from tests.support.photos import coloured_photo
from tests.support.shop import CARD, card_png, signature_strokes

NAME, PHONE, EMAIL = "Zacharias Quellmalz", "+49 351 9876543", "zq.privat@example.org"


def approve(actor, number, **kw):
    values = {
        "decision": Decision.APPROVED,
        "customer_name": "Łukasz Żółć",
        "checklist": ALL_TICKED,
        "strokes": signature_strokes(),
        "acknowledged": acknowledgements.serious_keys(proofs.get_proof(number)),
    }
    values.update(kw)
    return approvals.record_approval(actor, number, **values)


def make_history(owner, card_order, tmp_path):
    """v1 approved then voided, v2 with changes asked for, v3 approved: every status in one order."""
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "f.png"))
    v1 = proofs.make_proof(owner, card_order)
    approve(owner, card_order)
    v1_approved = blob_bytes(v1.sha256)
    states = {"v1 while approved": identify_bytes(v1_approved).status}
    approvals.void_standing_approval(owner, card_order, "Falsche Stückzahl am Telefon")
    v2 = proofs.make_proof(owner, card_order, "Stückzahl korrigiert")
    approve(owner, card_order, decision=Decision.CHANGES_REQUESTED, changes="Logo größer")
    states["v2 with changes asked"] = identify_bytes(blob_bytes(v2.sha256)).status
    v3 = proofs.make_proof(owner, card_order, "Logo größer")
    approve(owner, card_order)
    return {"v1": v1, "v2": v2, "v3": v3, "states": states}


def handed_over(owner, card_order, tmp_path) -> Pickup:
    make_history(owner, card_order, tmp_path)
    orders.set_status(owner, card_order, OrderStatus.IN_PRODUCTION)
    orders.set_status(owner, card_order, OrderStatus.READY)
    return pickup.record_pickup(owner, card_order, "Łukasz Żółć", signature_strokes())


def strokes(shift: int) -> list[list[Point]]:
    return [[Point(40 + i * 9 + shift, 140 + (i % 5) * 15, 0.7, i * 12.0) for i in range(70)]]


def photo(seed: int) -> bytes:
    im = Image.effect_noise((640, 480), 40 + seed).convert("RGB")
    out = io.BytesIO()
    im.save(out, "JPEG", quality=90)
    return out.getvalue()


def customer_story(
    owner, counter, tmp_path: Path, name: str = NAME, email: str = EMAIL, shift: int = 0, phone: str = PHONE
) -> str:
    """An order through its whole life: changes asked for, approval, pickup, complaint with photos, decision."""
    company = f"{name.split()[-1]} Bau"
    number = orders.new_order(counter, orders.CustomerInput(name, company, phone, email), CARD, "Stammkunde").number
    artwork.add_artwork(counter, number, card_png(tmp_path / f"{name.split()[-1]}-Visitenkarte.png"))
    proofs.make_proof(counter, number)
    approve(
        counter,
        number,
        decision=Decision.CHANGES_REQUESTED,
        checklist={},
        changes=f"{name}: Name fett",
        strokes=strokes(shift + 1),
    )
    proofs.make_proof(counter, number, note=f"{name} jetzt fett")
    approve(counter, number, customer_name=name, strokes=strokes(shift))
    orders.set_status(counter, number, OrderStatus.IN_PRODUCTION)
    orders.set_status(counter, number, OrderStatus.READY)
    pickup.record_pickup(counter, number, name, strokes(shift + 3))
    photos = [disputes.Photo(f"{name.split()[-1]}-{n}.jpg", photo(shift + n)) for n in (1, 2)]
    case = disputes.open_dispute(counter, number, DisputeCategory.COLOUR, f"{name} findet das Blau zu dunkel", photos)
    disputes.decide_dispute(owner, case.id, MatchesApproval.YES, DisputeOutcome.CUSTOMER_PAYS, f"{name} hat abgehakt")
    return number


def later(monkeypatch, years: float) -> None:
    """Move retention's clock ``years`` on, here and in the processes the test starts
    (tests/support/run_printproof.py)."""
    moment = now() + timedelta(days=365.25 * years)
    retention.use_clock(lambda: moment)
    monkeypatch.setenv("PRINTPROOF_TEST_CLOCK", moment.isoformat())


def traces(number: str) -> dict[str, bytes]:
    """What must not survive: the customer's words and a slice of every personal file's bytes."""
    order = orders.find_order(number, None)
    found = {w: w.encode() for w in (NAME, "Quellmalz", EMAIL, PHONE, "9876543")}
    for a in Approval.select().where(Approval.order == order):
        for sha in (a.signature_image_id, a.signature_strokes_id):
            if sha:
                data = blob_bytes(sha)
                found[f"signature {sha[:8]}"] = data[len(data) // 2 : len(data) // 2 + 48]
    p = Pickup.get(Pickup.order == order)
    data = blob_bytes(p.signature_image_id)
    found["pickup signature"] = data[len(data) // 2 : len(data) // 2 + 48]
    for n in (1, 2):
        data = photo(n)
        found[f"photo {n}"] = data[len(data) // 2 : len(data) // 2 + 48]
    return found


def store_files(store, postgres) -> list[Path]:
    """The files the store's data lives in on disk."""
    if store.kind == "sqlite":
        return [p for p in (store.path, Path(f"{store.path}-wal")) if p.exists()]
    oid = db.execute_sql("SELECT oid FROM pg_database WHERE datname = current_database()").fetchone()[0]
    db.execute_sql("CHECKPOINT")  # the table files as the server writes them, not only its buffers
    data = postgres.dir / "data"
    return [p for p in (*(data / "base" / str(oid)).iterdir(), *(data / "pg_wal").iterdir()) if p.is_file()]


def found_in(paths: list[Path], wanted: dict[str, bytes]) -> set[str]:
    return set(found_where(paths, wanted))


@pytest.fixture
def disputed_story(owner, tmp_path):
    """Version 1 (changes asked), version 2 approved on screen with the 100-ppi front acknowledged, two hand-overs
    (200 of 500, then the rest), a complaint with two photos, the owner's decision, a copy of the approval given."""
    spec = JobSpec("Visitenkarte", 85, 55, 3, 500, "350 g matt", "4/4", due=date.today() - timedelta(days=3))
    number = orders.new_order(owner, orders.CustomerInput("Jürgen Müller", "Bäckerei Sonne"), spec).number
    low = tmp_path / "front.png"
    Image.new("RGB", (358, 240), (40, 110, 190)).save(low, dpi=(100, 100))
    artwork.add_artwork(owner, number, low)
    artwork.add_artwork(owner, number, card_png(tmp_path / "back.png", color=(200, 40, 40)), "back")
    first = proofs.make_proof(owner, number)
    approvals.record_approval(
        owner,
        number,
        decision=Decision.CHANGES_REQUESTED,
        customer_name="Jürgen Müller",
        checklist={},
        changes="Telefonnummer größer",
        strokes=signature_strokes(),
    )
    proofs.make_proof(owner, number)
    approvals.record_approval(
        owner,
        number,
        decision=Decision.APPROVED,
        customer_name="Jürgen Müller",
        checklist=dict.fromkeys(CHECKLIST, True),
        strokes=signature_strokes(),
        acknowledged=acknowledgements.serious_keys(proofs.get_proof(number)),
    )
    approval = approvals.active_approval(orders.find_order(number, owner))
    copies.note_copy(owner, copies.make_copy(owner, f"approval:{approval.id}")[1], "printed_a4", "ab" * 32)
    orders.set_status(owner, number, OrderStatus.IN_PRODUCTION)
    orders.set_status(owner, number, OrderStatus.READY)
    pickup.record_pickup(owner, number, "Jürgen Müller", signature_strokes(), 200, "2 Kartons, versiegelt")
    pickup.record_pickup(owner, number, "Jürgen Müller", signature_strokes())  # the other 300
    photos = [
        disputes.Photo("a.jpg", coloured_photo((30, 60, 200))),
        disputes.Photo("b.jpg", coloured_photo((20, 40, 90))),
    ]
    case = disputes.open_dispute(owner, number, DisputeCategory.COLOUR, "Das Blau ist zu dunkel", photos)
    disputes.decide_dispute(owner, case.id, MatchesApproval.YES, DisputeOutcome.CUSTOMER_PAYS, "Wie freigegeben")
    return number, first


ALL_TICKED = dict.fromkeys(CHECKLIST, True)


def found_where(paths: list[Path], wanted: dict[str, bytes]) -> dict[str, list[str]]:
    """Each value found, with the files it was found in (their names say which relation or WAL segment)."""
    hits: dict[str, list[str]] = {}
    for path in paths:
        data = path.read_bytes()
        for key, value in wanted.items():
            if value in data:
                hits.setdefault(key, []).append(f"{path.parent.name}/{path.name}")
    return hits
