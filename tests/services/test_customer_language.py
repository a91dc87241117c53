"""A document is in the language of whoever it is for (issue 21): an English customer of a German shop gets an
English proof, certificate and copy, read back with poppler as they read them; their next order keeps the
language; the shop's own documents (the job ticket) stay in the shop's language."""

from __future__ import annotations

import subprocess

import pytest

from printproof.domain.errors import UserError
from printproof.services.artwork import artwork
from printproof.services.core import orders
from printproof.services.evidence import certificates, copies
from printproof.services.proofing import proofs
from printproof.store.models import Approval
from tests.support.shop import CARD, card_png
from tests.support.stories import approve


def text_of(pdf: bytes) -> str:
    said = subprocess.run(["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    return " ".join(said.decode().split())


@pytest.fixture
def english_order(owner) -> str:  # the shop speaks German (conftest's owner sets it up so)
    customer = orders.CustomerInput("Jane Doe", "Doe Ltd", "", "jane@example.com")
    return orders.new_order(owner, customer, CARD, language="en").number


def test_an_english_customer_gets_english_documents_from_a_german_shop(owner, english_order, tmp_path):
    artwork.add_artwork(owner, english_order, card_png(tmp_path / "front.png"))
    made = proofs.make_proof(owner, english_order)
    proof = text_of(made.pdf)
    assert "PROOF – NOT FOR PRINT" in proof and "Front" in proof, proof[:400]
    assert "KORREKTUR" not in proof and "Vorderseite" not in proof
    approve(owner, english_order)  # every point ticked, every serious finding acknowledged
    certificate = text_of(certificates.make_certificate(owner, english_order))
    assert "Approval" in certificate and "Freigabe" not in certificate, certificate[:400]
    copy, _facts = copies.make_copy(owner, f"approval:{Approval.get().id}")
    said = text_of(copy)
    assert "Your copy" in said and "signature" in said and "Unterschrift" not in said, said[:400]


def test_the_next_order_keeps_the_customers_language_and_a_new_customer_gets_the_shops(owner, english_order):
    again = orders.new_order(owner, None, CARD, customer_id=orders.find_order(english_order, owner).customer_id)
    assert again.language == "en"
    assert orders.new_order(owner, orders.CustomerInput("Erika Muster"), CARD).language == "de"
    with pytest.raises(UserError, match="(de, en)"):
        orders.new_order(owner, orders.CustomerInput("X"), CARD, language="fr")


def test_the_language_changed_on_the_order_makes_the_next_proof_speak_it(owner, card_order, tmp_path):
    from printproof.services.core import order_edits
    from printproof.store.models import AuditEvent

    artwork.add_artwork(owner, card_order, card_png(tmp_path / "front.png"))
    first = text_of(proofs.make_proof(owner, card_order).pdf)
    assert "KORREKTURABZUG" in first  # the shop's German
    assert order_edits.edit_order(owner, card_order, language="en").changed == ["language"]
    second = text_of(proofs.make_proof(owner, card_order).pdf)
    assert "PROOF – NOT FOR PRINT" in second and "KORREKTUR" not in second
    event = AuditEvent.select().where(AuditEvent.kind == "order.edited").order_by(AuditEvent.seq.desc()).get()
    assert '"language": ["de", "en"]' in event.payload or '"language":["de","en"]' in event.payload
    assert order_edits.edit_order(owner, card_order, language="en").changed == []  # nothing changed, nothing said
    with pytest.raises(UserError, match="(de, en)"):
        order_edits.edit_order(owner, card_order, language="xx")
