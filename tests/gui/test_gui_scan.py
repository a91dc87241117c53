"""The real pickup screen opens an order from the QR code on its printed proof, decoded as a scanner reads it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from printproof.domain.enums import Decision
from printproof.domain.vocabulary import CHECKLIST
from printproof.services.artwork import artwork
from printproof.services.proofing import approvals, proofs
from tests.support.codes import AS_GERMAN_KEYBOARD_TYPES, decoded_codes
from tests.support.gui import settle, type_text
from tests.support.shop import card_png, signature_strokes

# Background work runs on the test thread, on the next turn of the event loop (no threads to wait for).
pytestmark = pytest.mark.usefixtures("sync_tasks")


def test_a_qr_code_scanned_from_the_printed_proof_opens_the_order_at_pickup(window, qtbot, owner, card_order, tmp_path):  # noqa: F811
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "front.png"))
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "back.png"), "back")
    made = proofs.make_proof(owner, card_order)
    approvals.record_approval(
        owner,
        card_order,
        decision=Decision.APPROVED,
        customer_name="Łukasz Żółć",
        checklist=dict.fromkeys(CHECKLIST, True),
        strokes=signature_strokes(),
    )
    (scanned,) = decoded_codes(made.pdf)
    window.session.sign_in(owner)
    window.show_tab("pickup")
    screen = window.pickup
    # The scanner is set to a US layout, the counter PC to German: the code arrives with ß and ' in it.
    type_text(screen.search, "".join(AS_GERMAN_KEYBOARD_TYPES.get(ch, ch) for ch in scanned))
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    settle(qtbot)
    assert screen.card.isVisible(), screen.message.text()
    assert screen.heading.text().startswith(card_order) and "Łukasz Żółć" in screen.facts.text()
    assert screen.viewer.page_count() == made.pages
    # A code whose fingerprint matches nothing here is said so, in the screen's message line (the field's
    # text is selected after each look-up, so the next scan replaces it).
    type_text(screen.search, scanned.rsplit("|", 1)[0] + "|" + "0" * 64)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    settle(qtbot, lambda: not screen.loading)
    assert not screen.card.isVisible() and "fingerprint matches nothing" in screen.message.text()
