"""Complaints by link (issue 25): the customer's copy carries a way to complain through the shop's portal; the
customer tells it on a phone with photos; the app pulls it, checks the portal's signed receipt and records the
complaint with its case number and acknowledgement, as one made at the counter.

The portal runs as ``printproof portal serve`` in a process of its own, the e-mails go through a real SMTP server
on loopback, the copy's QR code is read by zxing-cpp from the rendered PDF, and the customer is a browser without
JavaScript (a form with files, as a phone sends it) and, once, Debian's chromium on a phone-sized screen.
"""

from __future__ import annotations

import email
import re
import subprocess
from email import policy

import pytest

from printproof.domain.enums import DisputeCategory
from printproof.services.counter import remote_approval
from printproof.services.evidence import copies
from printproof.services.evidence.verify import verify_store
from printproof.store.models import ComplaintCase, ComplaintLink, Dispute, DisputePhoto
from tests.support.browser import chromium
from tests.support.codes import decoded_codes
from tests.support.portal_harness import Customer, Mailer, Portal, pair_with
from tests.support.stories import handed_over, photo


def copy_with_link(owner, number: str) -> tuple[bytes, str]:  # noqa: ANN001
    """The customer's copy of the hand-over, and the way to complain it prints (its QR code, read by zxing)."""
    from printproof.store.models import Pickup

    pdf, facts = copies.make_copy(owner, f"pickup:{Pickup.get().id}")
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    urls = [code for code in decoded_codes(pdf) if "/r/" in code]
    assert len(urls) == 1 and facts.complain_url == urls[0], urls
    assert urls[0] in " ".join(text.split()).replace(" ", "") or "/r/" in text
    return pdf, urls[0]


def test_a_complaint_by_link_from_the_copy_is_recorded_with_its_photos(owner, card_order, portal, mailer, tmp_path):
    pair_with(owner, portal, mailer)
    handed_over(owner, card_order, tmp_path)
    _pdf, url = copy_with_link(owner, card_order)
    assert copy_with_link(owner, card_order)[1] == url  # the same copy printed again: the same link
    from printproof.domain.errors import NotFound
    from printproof.services.counter import pickup

    with pytest.raises(NotFound, match="complains with from their phone") as scanned:  # scanned at the counter
        pickup.pickup_view(url, owner)
    assert url.rsplit("/", 1)[1] not in str(scanned.value)  # the token is not shown
    from printproof.store.models import Pickup

    receipt, _facts = copies.make_copy(owner, f"pickup:{Pickup.get().id}", "receipt")
    assert url in decoded_codes(receipt)  # the 80 mm receipt carries it too, under the copy's own code
    link = ComplaintLink.get()
    assert link.state == "queued" and url.rsplit("/", 1)[1] not in link.token_hash
    customer = Customer("de")
    assert customer.get(url).status == 404  # not on the portal before the sync
    report = remote_approval.sync(owner)
    assert ComplaintLink.get().state == "open", report.problems

    page = customer.get(url)
    assert page.status == 200 and f"Reklamation zu Auftrag {card_order}" in page.body
    refused = customer.post_files(url, {"category": "colour", "words": "", "name": ""}, [])
    assert refused.status == 400 and "Beschreibung" in customer.said()  # one sentence, nothing kept
    taken = [photo(1), photo(2)]
    photos = [("photos", "IMG_0001.jpg", taken[0]), ("photos", "IMG_0002.jpg", taken[1])]
    sent = customer.post_files(
        url, {"category": "colour", "words": "Das Blau ist viel zu hell.", "name": "Łukasz Żółć"}, photos
    )
    assert sent.status == 200 and "Danke – Ihre Reklamation ist eingegangen" in sent.body
    assert customer.get(url).status == 409  # one complaint at a time: the shop pulls it first

    mailer.inbox.messages.clear()
    report = remote_approval.sync(owner)
    assert len(report.complaints) == 1, report.problems
    dispute = Dispute.get()
    case = ComplaintCase.get_by_id(dispute.id)
    assert report.complaints == [case.number] and dispute.category == DisputeCategory.COLOUR
    assert "Das Blau ist viel zu hell." in dispute.customer_words and "Łukasz Żółć" in dispute.customer_words
    stored = [bytes(p.blob.data) for p in DisputePhoto.select().order_by(DisputePhoto.position)]
    assert stored == taken  # the photos as the phone sent them, byte for byte
    assert ComplaintLink.get().dispute_id == dispute.id and ComplaintLink.get().receipt_id
    mailer.inbox.wait(1)
    message = email.message_from_bytes(mailer.inbox.messages[-1][1], policy=policy.default)
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert case.number in message["Subject"] and "2 Fotos" in " ".join(body.split())
    assert verify_store().ok
    # The customer's data export (GDPR Art. 15) holds the portal's receipt of it: their words, name and browser.
    import json
    import zipfile

    from printproof.services.privacy.customer_export import export_customer

    export_customer(owner, card_order, tmp_path / "export.zip")
    with zipfile.ZipFile(tmp_path / "export.zip") as bundle:
        data = json.loads(bundle.read("data.json"))
        (order,) = data["orders"]
        (held,) = order["complaint_links"]
        assert "Łukasz Żółć" in bundle.read(data["files"][held["receipt"]]["path"]).decode()
    # The portal forgot the complaint; the copy's link takes the next one.
    assert customer.get(url).status == 200
    held = (portal.folder / "portal.sqlite3").read_bytes()
    assert b"Das Blau ist viel zu hell" not in held and photo(1)[200:260] not in held


def test_a_complaint_the_order_cannot_take_is_kept_for_the_owner(owner, card_order, portal, mailer, tmp_path):
    """A complaint sent while the order already has an open one: nothing recorded, the receipt kept, said once."""
    from printproof.services.counter import disputes

    pair_with(owner, portal, mailer)
    handed_over(owner, card_order, tmp_path)
    _pdf, url = copy_with_link(owner, card_order)
    remote_approval.sync(owner)
    disputes.open_dispute(owner, card_order, DisputeCategory.TEXT, "Tippfehler", [])
    customer = Customer("en")
    customer.get(url)
    sent = customer.post_files(url, {"category": "size", "words": "Cut wrong.", "name": ""}, [])
    assert sent.status == 200, sent.body[:500]
    report = remote_approval.sync(owner)
    assert report.complaints == [] and any(card_order in p for p in report.problems)
    link = ComplaintLink.get()
    assert link.problem and link.receipt_id and link.dispute_id is None and Dispute.select().count() == 1
    from printproof.services.counter import complaint_links

    (waiting,) = complaint_links.waiting(owner)  # said to the owner at every sign-in
    assert waiting.order == card_order and waiting.problem == link.problem
    again = remote_approval.sync(owner)  # not fetched again, not said again every minute, while it cannot be taken
    assert again.complaints == [] and not any(card_order in p for p in again.problems)
    # The open complaint decided: the order takes the next one, and the waiting complaint is recorded by itself.
    from printproof.domain.enums import DisputeOutcome, MatchesApproval

    first = Dispute.get()
    disputes.decide_dispute(owner, first.id, MatchesApproval.YES, DisputeOutcome.CUSTOMER_PAYS, "Wie freigegeben")
    later = remote_approval.sync(owner)
    assert len(later.complaints) == 1 and Dispute.select().count() == 2 and complaint_links.waiting(owner) == []


def test_a_phone_sends_a_complaint_with_photos_in_a_real_browser(request, owner, card_order, portal, mailer, tmp_path):
    if request.node.callspec.params.get("store") == "postgresql":
        pytest.skip("the browser's part does not depend on the shop's store; the store's part runs on both above")
    pair_with(owner, portal, mailer)
    handed_over(owner, card_order, tmp_path)
    _pdf, url = copy_with_link(owner, card_order)
    remote_approval.sync(owner)
    (tmp_path / "a.jpg").write_bytes(photo(3))
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 390, "height": 844}, locale="de", has_touch=True)
        page = context.new_page()
        problems: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.goto(url)
        page.get_by_label("Worum geht es?").select_option("damage")
        page.get_by_label("Was ist nicht in Ordnung – in Ihren Worten").fill("Die Ecken sind geknickt.")
        page.get_by_label(re.compile("Fotos der Lieferung")).set_input_files(str(tmp_path / "a.jpg"))
        page.screenshot(path=str(tmp_path / "complain.png"), full_page=True)
        page.get_by_role("button", name="Reklamation senden").click()
        page.wait_for_selector("h1")
        assert page.locator("h1").inner_text() == "Danke – Ihre Reklamation ist eingegangen"
        assert problems == []
        context.close()
    report = remote_approval.sync(owner)
    assert len(report.complaints) == 1 and Dispute.get().category == DisputeCategory.DAMAGE, report.problems


# --- what an attack on it found (and what must hold now) ----------------------------------------------------------


def portal_states(portal: Portal) -> list[str]:
    import sqlite3

    with sqlite3.connect(portal.folder / "portal.sqlite3") as con:
        return [state for (state,) in con.execute("SELECT state FROM complaint_link ORDER BY id")]


def ready(owner, card_order: str, portal: Portal, mailer: Mailer, tmp_path) -> str:  # noqa: ANN001
    pair_with(owner, portal, mailer)
    handed_over(owner, card_order, tmp_path)
    _pdf, url = copy_with_link(owner, card_order)
    remote_approval.sync(owner)
    return url


def complain(
    url: str, photos: list[tuple[str, str, bytes]], words: str = "Das Blau ist zu hell.", name: str = ""
) -> Customer:
    customer = Customer("de")
    customer.get(url)
    sent = customer.post_files(url, {"category": "colour", "words": words, "name": name}, photos)
    assert sent.status == 200 and "Danke" in sent.body, (sent.status, customer.said())
    return customer


def test_a_lost_word_to_the_portal_records_the_complaint_once(owner, card_order, portal, mailer, tmp_path, monkeypatch):
    """The portal does not hear that the shop recorded a complaint (down a moment): recorded once all the same,
    said and acknowledged; the next sync tells the portal, and no later sync records the same receipt again."""
    from printproof.domain.enums import DisputeOutcome, MatchesApproval
    from printproof.services.counter import complaint_links, disputes
    from printproof.services.counter.portal_client import PortalDown

    url = ready(owner, card_order, portal, mailer, tmp_path)
    complain(url, [("photos", "a.jpg", photo(1))])
    real = complaint_links._call

    def deaf(method: str, path: str, body: dict | None = None) -> object:
        if path.endswith("/pulled"):
            raise PortalDown("The portal cannot be reached.")
        return real(method, path, body)

    monkeypatch.setattr(complaint_links, "_call", deaf)
    mailer.inbox.messages.clear()
    report = remote_approval.sync(owner)
    assert len(report.complaints) == 1 and Dispute.select().count() == 1
    mailer.inbox.wait(1)  # acknowledged at once all the same
    assert portal_states(portal)[-1] == "received"
    monkeypatch.setattr(complaint_links, "_call", real)
    report = remote_approval.sync(owner)
    assert report.complaints == [] and not report.problems and portal_states(portal)[-1] == "open"
    disputes.decide_dispute(
        owner, Dispute.get().id, MatchesApproval.YES, DisputeOutcome.CUSTOMER_PAYS, "Wie freigegeben"
    )
    remote_approval.sync(owner)
    assert Dispute.select().count() == 1 and not ComplaintLink.get().problem


def test_erasing_the_order_takes_its_complaints_by_link_with_it(
    owner, card_order, portal, mailer, tmp_path, monkeypatch
):
    """The receipt of a complaint by link holds the customer's words, name, address and browser: erased with the
    order; the link ends here and on the portal, and takes nothing more."""
    from printproof.domain.enums import DisputeOutcome, MatchesApproval
    from printproof.services.counter import disputes
    from printproof.services.privacy import erasure
    from printproof.store.blobs import blob_bytes
    from tests.support.stories import later

    url = ready(owner, card_order, portal, mailer, tmp_path)
    complain(url, [("photos", "a.jpg", photo(1))], words="Die Farbe ist falsch.", name="Zofia Geheim")
    remote_approval.sync(owner)
    receipt = ComplaintLink.get().receipt_id
    assert b"Zofia Geheim" in blob_bytes(receipt)
    disputes.decide_dispute(
        owner, Dispute.get().id, MatchesApproval.YES, DisputeOutcome.CUSTOMER_PAYS, "Wie freigegeben"
    )
    later(monkeypatch, 10.1)
    erasure.erase_orders(owner, [card_order])
    assert b"Zofia Geheim" not in (blob_bytes(receipt) or b"")
    remote_approval.sync(owner)
    assert ComplaintLink.get().state == "withdrawn" and portal_states(portal)[-1] == "expired"
    assert Customer("de").get(url).status == 409
    assert verify_store().ok


def test_a_hostile_form_is_refused_in_one_sentence_and_costs_the_portal_little(
    owner, card_order, portal, mailer, tmp_path
):
    """A damaged PNG, a WebP the app would refuse, thousands of parts, a giant field, a link nobody holds: one
    sentence each (never a server error), nothing kept; a complaint link's token never reaches the log."""
    import io
    import time

    from PIL import Image

    url = ready(owner, card_order, portal, mailer, tmp_path)
    png = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 90, 200)).save(png, "PNG")
    damaged = bytearray(png.getvalue())
    damaged[60] ^= 0xFF  # a byte of the picture data: the chunk's checksum no longer holds
    webp = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 90, 200)).save(webp, "WEBP")
    customer = Customer("de")
    for name, data in (("broken.png", bytes(damaged)), ("phone.webp", webp.getvalue())):
        customer.get(url)
        sent = customer.post_files(url, {"category": "colour", "words": "Kaputt", "name": ""}, [("photos", name, data)])
        assert sent.status == 400 and name in customer.said(), (sent.status, sent.body[:300])
    customer.get(url)
    started = time.monotonic()
    many = customer.post_files(url, {f"f{i}": "x" for i in range(3000)}, [])
    assert many.status == 413 and time.monotonic() - started < 5
    customer.get(url)
    giant = customer.post_files(url, {"category": "colour", "words": "x" * 2_000_000, "name": ""}, [])
    assert giant.status == 413 and len(giant.body) < 2000
    stranger = Customer("de")
    stranger.get(url)
    assert stranger.post_files(url.rsplit("/", 1)[0] + "/not-a-token", {}, []).status == 404
    assert portal_states(portal)[-1] == "open"  # nothing kept
    token = url.rsplit("/", 1)[1]
    assert token not in portal.log.read_text()
