"""Every document speaks the language of whoever it is for, and no stored key reaches it (issue 21).

A shop in one language serves a customer in either. Each document is made through the services and read back
with poppler's pdftotext, as the customer or a court reads it: the customer's documents (proof, certificate,
copies, the complaint's acknowledgement and the decision letter, also as e-mail text) in the customer's language;
the shop's own documents (job ticket, pickup label, dossier) in the shop's. A line fails when it is a sentence of
the other language the app can say, carries a word only the other language uses (tests/gui/test_language.py's rules,
the same as for the screens), or shows a stored key (``copy.given``, ``reprint_shop_cost``).
"""

from __future__ import annotations

import functools
import re
import subprocess
from datetime import date, timedelta

import pytest

from printproof.domain.enums import DisputeCategory, DisputeOutcome, MatchesApproval, OrderStatus
from printproof.domain.spec import JobSpec
from printproof.services.admin import setup
from printproof.services.artwork import artwork
from printproof.services.core import orders
from printproof.services.counter import complaint_cases, disputes, dossier, pickup, tickets
from printproof.services.evidence import certificates, copies
from printproof.services.proofing import proofs
from printproof.store.models import Approval, Dispute, DisputeDecision, Pickup
from tests.support.language import NEUTRAL_PRODUCT, as_pattern, catalogue, wrong_language
from tests.support.shop import card_png, signature_strokes
from tests.support.stories import approve

# What the records store and a person must never read: event kinds, enum values.
STORED_KEY = re.compile(r"\b[a-z]+(?:\.[a-z]+_?[a-z]*)+\b|\b[a-z]+_[a-z_]+\b")
KNOWN_FILES = re.compile(r"\b[\w-]+\.(?:png|pdf|jpe?g|tiff?)\b|\b[\w.-]+@[\w.-]+\b|\bexample\.\w+\b")


def text_of(pdf: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()


@functools.cache
def other_language(lang: str) -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """What the app says only in the other language: whole sentences, and those with {placeholders} as patterns
    (the catalogue read once, not once per document)."""
    english, german = catalogue()
    other = frozenset((english - german) if lang == "de" else (german - english))
    return other, tuple(as_pattern(s) for s in other if "{" in s)


def faults(text: str, lang: str) -> list[str]:
    other, patterns = other_language(lang)
    found = []
    for line in text.splitlines():
        for part in re.split(r"\s{3,}", line.strip()):  # -layout puts columns side by side
            why = wrong_language(part, lang, other, list(patterns))
            if why:
                found.append(why)
            keys = STORED_KEY.findall(KNOWN_FILES.sub(" ", part))
            if keys:
                found.append(f"stored key(s) {keys} in {part!r}")
    return found


@pytest.fixture(
    params=[("de", "de"), ("de", "en"), ("en", "en"), ("en", "de")], ids=lambda p: f"shop-{p[0]}-customer-{p[1]}"
)
def documents(request, sqlite_store, tmp_path):
    """(shop language, customer language, {document: text}) for one order taken through every step: proof with
    an acknowledged finding, approval, hand-over, complaint, decision, and every document made on the way."""
    shop_lang, customer_lang = request.param
    owner = setup.setup("PrintProof Test", "Anna Becker", "123456", shop_lang).actor
    spec = JobSpec(NEUTRAL_PRODUCT, 85, 55, 3, 500, "350 g", "4/4", "", date.today() + timedelta(days=5))
    number = orders.new_order(
        owner,
        orders.CustomerInput("Mira Kowalczyk", "Kowalczyk GmbH", "", "mira@example.com"),
        spec,
        language=customer_lang,
    ).number
    artwork.add_artwork(owner, number, card_png(tmp_path / "bc85-1.png", color=(0, 0, 255)))  # a blue the press dulls
    artwork.add_artwork(owner, number, card_png(tmp_path / "bc85-2.png"), "back")
    made = proofs.make_proof(owner, number)
    approve(owner, number)  # every point ticked, the serious finding acknowledged
    approval = Approval.get(Approval.order == orders.find_order(number, owner))
    job_ticket = tickets.make_job_ticket(owner, number)
    label = tickets.make_pickup_label(owner, number)
    certificate = certificates.make_certificate(owner, number)
    approval_copy, _ = copies.make_copy(owner, f"approval:{approval.id}")
    pickup.record_pickup(owner, number, "Mira Kowalczyk", signature_strokes())
    handed = Pickup.select().order_by(Pickup.id.desc()).get()
    pickup_copy, _ = copies.make_copy(owner, f"pickup:{handed.id}", "receipt")
    photos = [disputes.Photo("bc85.png", (tmp_path / "bc85-1.png").read_bytes())]
    dispute = disputes.open_dispute(owner, number, DisputeCategory.COLOUR, "BC-85 ???", photos)
    acknowledged = complaint_cases.acknowledgement(owner, dispute.id)
    disputes.decide_dispute(owner, dispute.id, MatchesApproval.YES, DisputeOutcome.CUSTOMER_PAYS, "BC-85 ok")
    letter = complaint_cases.decision_letter(owner, dispute.id)
    decision = DisputeDecision.get(DisputeDecision.dispute == Dispute.get_by_id(dispute.id))
    decision_copy, _ = copies.make_copy(owner, f"dispute_decision:{decision.id}")
    assert orders.find_order(number, owner).status == OrderStatus.RESOLVED.value
    customer = {
        "proof": text_of(made.pdf),
        "certificate": text_of(certificate),
        "approval copy": text_of(approval_copy),
        "hand-over copy (80 mm)": text_of(pickup_copy),
        "decision copy": text_of(decision_copy),
        "acknowledgement": text_of(acknowledged.pdf),
        "acknowledgement e-mail": acknowledged.subject + "\n" + acknowledged.text,
        "decision letter": text_of(letter.pdf),
        "decision e-mail": letter.subject + "\n" + letter.text,
    }
    own = {
        "job ticket": text_of(job_ticket),
        "pickup label": text_of(label),
        "dossier": text_of(dossier.make_dossier(owner, number)),
    }
    return shop_lang, customer_lang, customer, own


def test_the_customers_documents_speak_the_customers_language(documents):
    _shop_lang, customer_lang, customer, _own = documents
    wrong = {name: found for name, text in customer.items() if (found := faults(text, customer_lang))}
    assert not wrong, wrong
    assert all(text.strip() for text in customer.values())


def test_the_shops_own_documents_speak_the_shops_language(documents):
    shop_lang, customer_lang, _customer, own = documents
    wrong = {}
    for name, text in own.items():
        if name == "dossier" and customer_lang != shop_lang:
            # The dossier quotes the customer's records in the words they were shown (terms, checklist): only
            # its stored keys are checked here, its own words in the shops of one language.
            found = [f for f in faults(text, shop_lang) if f.startswith("stored key")]
        else:
            found = faults(text, shop_lang)
        if found:
            wrong[name] = found
    assert not wrong, wrong
