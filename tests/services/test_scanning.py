"""Every code PrintProof prints opens its order: decoded with zxing-cpp from the rendered page, as a scanner
reads it, then typed into pickup and the orders search the ways scanners and people type it."""

from __future__ import annotations

import pytest

from printproof.domain.enums import Decision
from printproof.domain.errors import NotFound, UserError
from printproof.domain.vocabulary import CHECKLIST
from printproof.services.artwork import artwork
from printproof.services.core import orders
from printproof.services.counter import pickup
from printproof.services.evidence.certificates import make_certificate
from printproof.services.proofing import approvals, proofs
from tests.support.codes import AS_GERMAN_KEYBOARD_TYPES, decoded_codes
from tests.support.shop import card_png, signature_strokes


@pytest.fixture
def proof_code(owner, card_order, tmp_path) -> tuple[str, str]:
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "front.png"))
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "back.png"), "back")
    made = proofs.make_proof(owner, card_order)
    codes = decoded_codes(made.pdf)
    assert len(codes) == 1, codes
    return card_order, codes[0]


def test_the_proofs_qr_code_opens_the_order_at_pickup_and_in_the_search(proof_code):
    number, scanned = proof_code
    assert scanned.startswith(f"PRINTPROOF|{number}|v1|")
    assert pickup.find_for_pickup(scanned).order.number == number
    assert [r.number for r in orders.search_orders(scanned)] == [number]
    through_german_keyboard = "".join(AS_GERMAN_KEYBOARD_TYPES.get(ch, ch) for ch in scanned)
    assert through_german_keyboard != scanned and "ß" in through_german_keyboard
    assert pickup.find_for_pickup(through_german_keyboard + "\r\n").order.number == number
    assert [r.number for r in orders.search_orders(through_german_keyboard)] == [number]


@pytest.mark.parametrize("typed", ["{n}", " {n} ", "{n_spaced}", "{n_lower}", "{n_short}", "{n_german}"])
def test_the_number_as_people_and_scanners_type_it(proof_code, typed):
    number, _ = proof_code
    year, serial = number.split("-")
    text = typed.format(
        n=number,
        n_spaced=f"{year} {serial[:2]} {serial[2:]}",
        n_lower=f"auftrag {number}",
        n_short=f"{year}-{int(serial)}",
        n_german=number.replace("-", "ß"),
    )
    assert pickup.find_for_pickup(text).order.number == number
    assert [r.number for r in orders.search_orders(text)] == [number]


def test_the_certificates_code_opens_the_order(owner, proof_code):
    number, _ = proof_code
    approvals.record_approval(
        owner,
        number,
        decision=Decision.APPROVED,
        customer_name="Łukasz Żółć",
        checklist=dict.fromkeys(CHECKLIST, True),
        strokes=signature_strokes(),
    )
    pdf = make_certificate(owner, number)
    codes = [c for page in (1, 2) for c in decoded_codes(pdf, page)]
    approval_codes = [c for c in codes if c.startswith("PRINTPROOF-APPROVAL|")]
    assert approval_codes, codes
    record = pickup.find_for_pickup(approval_codes[0])
    assert record.order.number == number and record.approval is not None


def test_a_code_from_another_store_does_not_open_somebody_elses_order(proof_code):
    number, scanned = proof_code
    forged = scanned.rsplit("|", 1)[0] + "|" + "0" * 64
    with pytest.raises(UserError, match=f"The code names order {number}, but its fingerprint matches nothing"):
        pickup.find_for_pickup(forged)
    with pytest.raises(NotFound, match="There is no order 2026-99999."):
        pickup.find_for_pickup(scanned.replace(number, "2026-99999"))
    with pytest.raises(NotFound, match="There is no order OTHERSHOP"):
        pickup.find_for_pickup("OTHERSHOP|1234|x")
