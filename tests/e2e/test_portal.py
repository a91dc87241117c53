"""Approval from anywhere (issue 24): the shop sends a proof by link through its portal, the customer confirms a
code from their mailbox, checks and signs, and the app seals the decision from the portal's signed receipt.

The portal runs as ``printproof portal serve`` in a process of its own; the e-mails go through a real SMTP server
on loopback; the customer is a browser without JavaScript (the pages read and answer without it), with the
signature's strokes as the pad would send them. Every refusal leaves the store verifying.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from printproof.domain.errors import UserError
from printproof.services.admin import setup
from printproof.services.artwork import artwork
from printproof.services.counter import remote_approval
from printproof.services.evidence.certificates import make_certificate
from printproof.services.evidence.verify import verify_store
from printproof.services.proofing import proofs
from printproof.store.models import Approval, PortalLink, Proof
from tests.support.browser import chromium, sign_with_the_mouse
from tests.support.portal_harness import Customer, Mailer, Portal, free_port, pair_with, strokes_json
from tests.support.shop import card_png
from tests.support.signatures import pyhanko_cli_validates, validate_pdf


@pytest.fixture
def paired(owner, portal, mailer):
    """The shop paired with the portal, its mail server the loopback one; the inbox emptied."""
    return pair_with(owner, portal, mailer)


def approved_by_link(owner, number: str, portal: Portal, mailer: Mailer, tmp_path) -> tuple[Customer, str, dict]:  # noqa: ANN001
    """``number``'s first proof sent by link; the customer opens it, confirms the code and approves. Returns the
    customer, the link and the form they sent (with its CSRF token: the browser's back button sends it again)."""
    artwork.add_artwork(owner, number, card_png(tmp_path / f"{number}.png"))
    proofs.make_proof(owner, number)
    mailer.inbox.messages.clear()
    portal.new_hour()
    remote_approval.send_for_approval(owner, number)
    mailer.inbox.wait(1)
    link = mailer.inbox.link()
    customer = Customer("de")
    open_with_code(customer, link, mailer)
    form = {"csrf": customer.csrf(), **full_form(customer)}
    assert customer.post(f"{link}/decide", form, with_csrf=False).status == 200
    return customer, link, form


def held_receipt(portal: Portal) -> str:
    """The receipt of the decision the portal holds, as it holds it (read from its database)."""
    with sqlite3.connect(portal.folder / "portal.sqlite3") as con:
        (receipt,) = con.execute("SELECT receipt FROM package WHERE state = 'decided'").fetchone()
    return str(receipt)


@pytest.fixture
def sent(owner, card_order, paired, mailer, tmp_path):
    """Version 1 of the card sent by link; (the link, what send said)."""
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "card.png"))
    proofs.make_proof(owner, card_order)
    said = remote_approval.send_for_approval(owner, card_order)
    mailer.inbox.wait(1)
    return mailer.inbox.link(), said


def open_with_code(customer: Customer, link: str, mailer: Mailer) -> None:
    """The customer opens the link, asks for the code, types it from the second e-mail: the proof page."""
    page = customer.get(link)
    assert page.status == 200, page.body
    before = len(mailer.inbox.messages)
    customer.post(f"{link}/code", {})
    mailer.inbox.wait(before + 1)
    answer = customer.post(f"{link}/confirm", {"code": mailer.inbox.code()})
    assert answer.status == 200 and answer.url.endswith("/proof"), (answer.status, customer.said())


def full_form(customer: Customer, **changes: object) -> dict[str, object]:
    body = customer.last.body
    import re

    ticks = re.findall(r'name="ticked" value="([^"]+)"', body)
    acks = re.findall(r'name="acknowledged" value="([^"]+)"', body)
    form: dict[str, object] = {
        "decision": "approve",
        "name": "Łukasz Żółć",
        "strokes": strokes_json(),
        "ticked": ticks,
        "acknowledged": acks,
        "changes": "",
        "reason": "",
        "pins": "[]",
    }
    form.update(changes)
    return form


def test_the_customer_approves_by_link_and_the_app_seals_it(owner, card_order, sent, portal, mailer):
    link, said = sent
    assert said.state == "sent" and said.email == "lz@example.com"
    to, subject, text = mailer.inbox.text(0)
    assert to == "lz@example.com" and card_order in subject and "Druckerei Müller" in subject
    assert link.startswith(portal.url + "/a/") and len(link.rsplit("/", 1)[1]) >= 32  # ≥ 128 bits of token
    stored = PortalLink.get()
    assert stored.token_hash and link.rsplit("/", 1)[1] not in json.dumps(PortalLink.select().dicts()[0], default=str)

    customer = Customer("de")
    open_with_code(customer, link, mailer)
    to, subject, text = mailer.inbox.text(1)
    assert to == "lz@example.com" and "Code" in subject
    page = customer.last.body
    assert f"Korrekturabzug für Auftrag {card_order}, Version 1" in page
    assert "Ich habe geprüft" in page and "Ihre Unterschrift" in page
    pages = Proof.get().pages
    for n in range(1, pages + 1):
        image = customer.get(f"{link}/page/{n}")
        assert image.status == 200 and image.headers["content-type"] == "image/jpeg"
    assert customer.get(f"{link}/page/0").headers["content-type"] == "application/pdf"
    customer.get(f"{link}/proof")

    done = customer.post(f"{link}/decide", full_form(customer))
    assert done.status == 200 and "Ihre Entscheidung ist gespeichert" in done.body, customer.said()
    assert customer.get(link).status == 409  # the link is used up

    report = remote_approval.sync(owner)
    assert report.recorded == [card_order] and not report.problems
    approval = Approval.get()
    assert approval.method == "link" and approval.decision == "approved"
    assert approval.customer_name == "Łukasz Żółć"
    assert "lz@example.com" in approval.note and "127.0.0.1" in approval.note
    assert PortalLink.get().state == "decided"
    assert verify_store().ok
    mailer.inbox.wait(3)  # the signed certificate of the decision, to the address the code went to
    to, subject, _ = mailer.inbox.text(2)
    assert to == "lz@example.com" and card_order in subject
    certificate = make_certificate(owner, card_order)
    status = validate_pdf(certificate, None)
    assert status.intact and status.valid
    pyhanko_cli_validates(certificate, portal.folder.parent)  # and pyHanko's own command line agrees

    # The portal forgot the package: no name, address, signature or proof byte is left in its files.
    held = portal.files_bytes()
    proof_pdf = proofs.proof_pdf(card_order)
    for secret in ("Łukasz Żółć".encode(), b"lz@example.com", proof_pdf[200:264], strokes_json().encode()[:40]):
        assert secret not in held
    assert remote_approval.sync(owner).recorded == []  # pulled once


def test_wrong_codes_a_guessed_token_and_a_form_without_its_token_are_refused(owner, card_order, sent, mailer):
    link, _ = sent
    customer = Customer("en")
    customer.get(link)
    customer.post(f"{link}/code", {})
    mailer.inbox.wait(2)
    right = mailer.inbox.code()
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    for tries_left in (4, 3, 2, 1):
        answer = customer.post(f"{link}/confirm", {"code": wrong})
        assert answer.status == 400 and customer.said() == f"That code is not right; {tries_left} tries left."
    customer.post(f"{link}/confirm", {"code": wrong})
    assert customer.said() == "The code was entered wrongly too often; please ask for a new one."
    customer.post(f"{link}/confirm", {"code": right})  # the right one is dead now too
    assert customer.said() == "The code was entered wrongly too often; please ask for a new one."

    guessed = link[:-4] + ("AAAA" if not link.endswith("AAAA") else "BBBB")
    assert Customer().get(guessed).status == 404
    stranger = Customer()
    stranger.get(link)
    assert stranger.post(f"{link}/code", {}, with_csrf=False).status == 403
    assert stranger.get(f"{link}/proof").url.endswith(link.rsplit("/", 1)[1])  # no session: back to the start
    assert stranger.get(f"{link}/page/1").status == 403
    assert verify_store().ok and Approval.select().count() == 0


def test_a_newer_version_takes_the_link_back(owner, card_order, sent, mailer):
    link, _ = sent
    customer = Customer("en")
    open_with_code(customer, link, mailer)
    proofs.make_proof(owner, card_order, "Telefonnummer korrigiert")
    report = remote_approval.sync(owner)
    assert report.withdrawn == [card_order]
    answer = customer.post(f"{link}/decide", full_form(customer))
    assert answer.status == 409
    assert "A newer version of this proof is waiting for you" in customer.said()
    assert remote_approval.link_state(card_order, owner).state == "withdrawn"
    assert verify_store().ok and Approval.select().count() == 0


def test_changes_with_pins_and_a_decline_are_recorded_as_asked(owner, card_order, sent, mailer):
    link, _ = sent
    customer = Customer("de")
    open_with_code(customer, link, mailer)
    pins = json.dumps([{"page": 1, "x": 0.4, "y": 0.3, "text": "Logo größer"}])
    missing = customer.post(f"{link}/decide", full_form(customer, decision="changes"))
    assert missing.status == 400 and "Änderungen" in customer.said()
    assert "Łukasz Żółć" in missing.body  # what was typed is still there
    done = customer.post(f"{link}/decide", full_form(customer, decision="changes", pins=pins))
    assert done.status == 200, customer.said()
    assert remote_approval.sync(owner).recorded == [card_order]
    approval = Approval.get()
    assert approval.decision == "changes_requested" and approval.markup is not None
    assert "Logo größer" in approval.changes

    proofs.make_proof(owner, card_order, "Logo größer")
    before = len(mailer.inbox.messages)
    remote_approval.send_for_approval(owner, card_order)
    mailer.inbox.wait(before + 1)
    second, link = Customer("en"), mailer.inbox.link()
    open_with_code(second, link, mailer)
    refused = second.post(f"{link}/decide", full_form(second, decision="decline"))
    assert refused.status == 400 and second.said() == "Please say why you decline the proof."
    second.post(f"{link}/decide", full_form(second, decision="decline", reason="Zu teuer"))
    assert remote_approval.sync(owner).recorded == [card_order]
    last = Approval.select().order_by(Approval.id.desc()).get()
    assert last.decision == "changes_requested" and "Zu teuer" in last.changes
    assert verify_store().ok


def test_a_forged_receipt_is_refused_and_kept(owner, card_order, sent, portal, mailer):
    link, _ = sent
    customer = Customer("en")
    open_with_code(customer, link, mailer)
    customer.post(f"{link}/decide", full_form(customer))
    with sqlite3.connect(portal.folder / "portal.sqlite3") as con:  # an insider on the portal's server
        (receipt,) = con.execute("SELECT receipt FROM package WHERE state = 'decided'").fetchone()
        forged = receipt.replace('"decision":"approve"', '"decision":"approve_changes"')
        con.execute("UPDATE package SET receipt = ? WHERE state = 'decided'", (forged,))
    report = remote_approval.sync(owner)
    assert report.refused == [card_order] and report.recorded == []
    assert "not signed by the paired portal" in report.problems[0]
    link_row = PortalLink.get()
    assert link_row.state == "refused" and link_row.receipt_id is not None
    assert Approval.select().count() == 0 and verify_store().ok


def test_the_portal_down_queues_the_link_and_sync_sends_it(owner, card_order, paired, portal, mailer, tmp_path):
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "card.png"))
    proofs.make_proof(owner, card_order)
    setup.change_settings(owner, {"portal.url": f"http://127.0.0.1:{free_port()}"})  # nobody listens there
    said = remote_approval.send_for_approval(owner, card_order, "kunde@example.org")
    assert said.state == "queued" and "cannot be reached" in said.problem
    assert mailer.inbox.messages == []
    setup.change_settings(owner, {"portal.url": portal.url})
    report = remote_approval.sync(owner)
    assert report.sent == [card_order]
    mailer.inbox.wait(1)
    assert mailer.inbox.text(0)[0] == "kunde@example.org"
    assert remote_approval.link_state(card_order, owner).state == "sent"


def test_refusals_before_sending_say_one_sentence(owner, card_order, counter, tmp_path):
    with pytest.raises(UserError, match="no proof|proof"):
        remote_approval.send_for_approval(owner, card_order)
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "card.png"))
    proofs.make_proof(owner, card_order)
    with pytest.raises(UserError, match=r"^PrintProof is not paired with a portal yet"):
        remote_approval.send_for_approval(owner, card_order)
    with pytest.raises(UserError, match="not an e-mail address"):
        remote_approval.send_for_approval(owner, card_order, "kunde at example")
    with pytest.raises(UserError):
        remote_approval.pair(counter, "https://portal.example.com", "x")


def test_the_pages_carry_strict_security_headers(owner, card_order, sent, portal):
    link, _ = sent
    customer = Customer()
    page = customer.get(link)
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["referrer-policy"] == "no-referrer" and page.headers["x-frame-options"] == "DENY"
    assert page.headers["cache-control"] == "no-store"
    said = portal.log.read_text()  # the portal's journal: every request, never a link's token
    assert "GET /a/…" in said and link.rsplit("/", 1)[1] not in said


@pytest.mark.parametrize("size, language", [((390, 844), "de"), ((1440, 900), "en")])
def test_the_customer_signs_in_a_real_browser(
    request, owner, card_order, sent, portal, mailer, tmp_path, size, language
):
    if request.node.callspec.params.get("store") == "postgresql":
        pytest.skip("the browser's part does not depend on the shop's store; the store's part runs on both above")
    link, _ = sent
    with chromium() as browser:
        context = browser.new_context(
            viewport={"width": size[0], "height": size[1]}, locale=language, has_touch=size[0] < 500
        )
        page = context.new_page()
        problems: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(link)
        page.screenshot(path=str(tmp_path / f"1-start-{language}.png"), full_page=True)
        page.get_by_role("button", name="Code an mich senden" if language == "de" else "Send me the code").click()
        mailer.inbox.wait(2)
        page.get_by_label("Der Code aus der E-Mail" if language == "de" else "The code from the e-mail").fill(
            mailer.inbox.code()
        )
        page.get_by_role(
            "button", name="Bestätigen und Korrekturabzug zeigen" if language == "de" else "Confirm and show the proof"
        ).click()
        page.wait_for_url("**/proof")
        first = page.locator(".page img").first
        first.wait_for()
        assert page.evaluate("(img) => img.complete && img.naturalWidth > 0", first.element_handle())
        page.screenshot(path=str(tmp_path / f"2-proof-{language}.png"), full_page=True)
        for box in page.locator("input[type=checkbox]").all():
            box.check()
        page.get_by_label(
            "So zum Druck freigeben, wie gezeigt" if language == "de" else "Approve for printing as shown"
        ).check()
        page.get_by_label("Ihr vollständiger Name" if language == "de" else "Your full name").fill("Łukasz Żółć")
        sign_with_the_mouse(page)
        page.screenshot(path=str(tmp_path / f"3-signed-{language}.png"), full_page=True)
        page.get_by_role("button", name="Meine Entscheidung senden" if language == "de" else "Send my decision").click()
        page.wait_for_selector("h1")
        done = (
            "Danke – Ihre Entscheidung ist gespeichert" if language == "de" else "Thank you – your decision is recorded"
        )
        assert page.locator("h1").inner_text() == done, page.content()[:2000]
        page.screenshot(path=str(tmp_path / f"4-done-{language}.png"), full_page=True)
        assert problems == []  # no script error, no resource the CSP refused
        context.close()

    report = remote_approval.sync(owner)
    assert report.recorded == [card_order], report.problems
    approval = Approval.get()
    assert approval.method == "link" and approval.signature_image is not None
    assert "HeadlessChrome" in approval.note or "Chrome" in approval.note
    assert verify_store().ok
    assert Customer().get(link).status == 409  # the link is dead afterwards


def test_one_reminder_with_a_new_link_and_the_old_one_dies(owner, card_order, sent, mailer):
    link, _ = sent
    setup.change_settings(owner, {"portal.reminder_days": 2})
    from datetime import timedelta

    row = PortalLink.get()
    PortalLink.update(sent_at=row.sent_at - timedelta(days=3)).execute()
    report = remote_approval.sync(owner)
    assert report.reminded == [card_order]
    mailer.inbox.wait(2)
    assert "Erinnerung" in mailer.inbox.text(1)[1]
    fresh = mailer.inbox.link()
    assert fresh != link
    assert Customer().get(link).status == 404  # the first link is dead
    assert Customer().get(fresh).status == 200
    assert remote_approval.sync(owner).reminded == []  # one reminder only


def test_an_expired_link_says_so_and_the_order_screen_knows(owner, card_order, sent, portal, mailer):
    link, _ = sent
    with sqlite3.connect(portal.folder / "portal.sqlite3") as con:
        con.execute("UPDATE package SET expires_at = '2000-01-01 00:00:00'")
    customer = Customer("en")
    assert customer.get(link).status == 409
    assert customer.said() == "This link has expired. Please ask the shop for a new one."
    remote_approval.sync(owner)
    assert remote_approval.link_state(card_order, owner).state == "expired"
    assert proofs.proof_pdf(card_order)[200:264] not in portal.files_bytes()  # forgotten


def test_a_huge_or_odd_form_is_refused_in_one_sentence(owner, card_order, sent, mailer):
    link, _ = sent
    customer = Customer("en")
    open_with_code(customer, link, mailer)
    import http.client
    from urllib.parse import urlsplit

    where = urlsplit(link)  # a browser starting to send 4 MB: the portal answers before reading them
    connection = http.client.HTTPConnection(where.hostname, where.port, timeout=10)
    connection.putrequest("POST", f"{where.path}/decide")
    connection.putheader("Content-Type", "application/x-www-form-urlencoded")
    connection.putheader("Content-Length", "4000000")
    connection.putheader("Accept-Language", "en")
    connection.endheaders()
    huge = connection.getresponse()
    assert huge.status == 413 and "The form is too large." in huge.read().decode()
    connection.close()
    customer.get(f"{link}/proof")
    odd = customer.request(f"{link}/decide", raw=b"\x00\xff" * 100)  # not a form this page sends
    assert odd.status in (400, 403)
    customer.get(f"{link}/proof")
    strokes = customer.post(f"{link}/decide", full_form(customer, strokes="[[[1e309, -5]]]"))
    assert strokes.status == 400 and customer.said() == "The signature could not be read; please sign again."
    assert Approval.select().count() == 0 and verify_store().ok


def test_a_portal_on_postgresql_serves_many_shops_each_alone(
    request, owner, card_order, postgres_server, mailer, tmp_path
):
    if request.node.callspec.params.get("store") == "postgresql":
        pytest.skip("the portal's own database is the point here; the shop's store runs on both elsewhere")
    import urllib.request

    running = Portal(tmp_path / "pg-portal", mailer.port, db=postgres_server.new_database())
    try:
        other_key = running.add_shop("Copyshop Nebenan")
        setup.change_settings(
            owner,
            {"smtp.host": "127.0.0.1", "smtp.port": mailer.port, "smtp.security": "none", "smtp.sender": "d@e.de"},
        )
        remote_approval.pair(owner, running.url, running.add_shop("Druckerei Müller"))
        artwork.add_artwork(owner, card_order, card_png(tmp_path / "card.png"))
        proofs.make_proof(owner, card_order)
        mailer.inbox.messages.clear()
        remote_approval.send_for_approval(owner, card_order)
        mailer.inbox.wait(1)
        listing = urllib.request.Request(
            f"{running.url}/api/packages", headers={"Authorization": f"Bearer {other_key}"}
        )
        with urllib.request.urlopen(listing) as answer:
            assert json.loads(answer.read()) == {"packages": []}  # the other shop sees nothing of ours
        customer = Customer("de")
        link = mailer.inbox.link()
        open_with_code(customer, link, mailer)
        assert customer.post(f"{link}/decide", full_form(customer)).status == 200
        assert remote_approval.sync(owner).recorded == [card_order]
        assert Approval.get().method == "link" and verify_store().ok
    finally:
        running.stop()


def test_the_order_screen_sends_by_link_and_says_where_it_stands(
    owner, card_order, paired, mailer, window, qtbot, tmp_path
):
    from tests.support.gui import answer_next_dialog, settle

    artwork.add_artwork(owner, card_order, card_png(tmp_path / "card.png"))
    proofs.make_proof(owner, card_order)
    window.session.sign_in(owner)
    window.open_order(card_order)
    screen = window.order
    settle(qtbot, lambda: not screen.loading)
    assert screen.link_button.isEnabled() and screen.link_state.isHidden()

    def give_address(dialog) -> None:  # noqa: ANN001
        assert dialog.textValue() == "lz@example.com"  # the order's address, offered
        dialog.setTextValue("kunde@example.org")
        dialog.accept()

    answer_next_dialog(give_address)
    screen._send_link()
    settle(qtbot, lambda: not screen.busy)
    assert "was sent to kunde@example.org" in screen.message.text(), screen.message.text()
    assert "sent to kunde@example.org" in screen.link_state.text() and screen.link_state.isVisible()
    mailer.inbox.wait(1)
    assert mailer.inbox.text(0)[0] == "kunde@example.org"

    customer = Customer("de")
    link = mailer.inbox.link()
    customer.get(link)
    remote_approval.sync(owner)
    window.show_tab("orders")
    window.orders.refresh_in_background(lambda _e: None)
    model = window.orders.table.model()

    def status_shown() -> str:
        for row in range(model.rowCount()):
            if model.index(row, 0).data() == card_order:
                return str(model.index(row, 3).data())
        return ""

    settle(qtbot, lambda: "link opened" in status_shown())
    assert status_shown() == "Proofing · link opened"


def test_a_stranger_without_the_shops_key_is_refused_before_any_byte_is_read(portal):
    import http.client
    from urllib.parse import urlsplit

    where = urlsplit(portal.url)
    connection = http.client.HTTPConnection(where.hostname, where.port, timeout=10)
    connection.putrequest("POST", "/api/packages")
    connection.putheader("Authorization", "Bearer ppk_guessed")
    connection.putheader("Content-Type", "application/json")
    connection.putheader("Content-Length", "300000000")  # 300 MB announced, none sent
    connection.endheaders()
    answer = connection.getresponse()
    assert answer.status == 401 and json.loads(answer.read()) == {"error": "The portal does not know this shop's key."}
    connection.close()


def test_a_decision_made_while_a_newer_version_appears_is_kept_not_lost(owner, card_order, sent, portal, mailer):
    link, _ = sent
    customer = Customer("en")
    open_with_code(customer, link, mailer)
    assert customer.post(f"{link}/decide", full_form(customer, decision="decline", reason="Zu teuer")).status == 200
    proofs.make_proof(owner, card_order, "neu")  # the shop made a newer version before it synced
    report = remote_approval.sync(owner)
    assert report.refused == [card_order] and not report.withdrawn  # pulled, refused as stale, its receipt kept
    assert PortalLink.get().state == "refused" and PortalLink.get().receipt_id is not None
    with sqlite3.connect(portal.folder / "portal.sqlite3") as con:  # and the portal forgot it
        row = con.execute("SELECT state, email, receipt FROM package WHERE ref = ?", (PortalLink.get().ref,)).fetchone()
    assert row == ("pulled", "", "")
    assert verify_store().ok


def test_a_signature_of_nan_is_refused_in_one_sentence(owner, card_order, sent, mailer):
    link, _ = sent
    customer = Customer("en")
    open_with_code(customer, link, mailer)
    nan = json.dumps([[[float("nan"), 1, 0.5, 0]] * 60])
    answer = customer.post(f"{link}/decide", full_form(customer, strokes=nan))
    assert answer.status == 400 and customer.said() == "The signature could not be read; please sign again."


def test_a_push_sent_again_after_a_timeout_counts_with_its_new_link(owner, card_order, sent, mailer):
    """The app's first push timed out after the portal had stored it: the next try (same package, a new token)
    is taken, not refused as a duplicate, and only the new link opens the page."""
    import secrets

    link, _ = sent
    row = PortalLink.get()
    token = secrets.token_urlsafe(24)
    remote_approval._call("POST", "/api/packages", remote_approval._package(row, token))
    fresh = link.rsplit("/", 1)[0] + "/" + token
    assert Customer().get(fresh).status == 200
    assert Customer().get(link).status == 404


def test_a_decision_a_crashed_workstation_claimed_is_sealed_by_the_next_sync(owner, card_order, sent, mailer):
    """A workstation claims the decision ("pulling") and dies before sealing it: while the claim is fresh the next
    sync leaves it (somebody may be sealing it now); ten minutes on, the next sync takes it over."""
    from datetime import timedelta

    from printproof.store.migrations import now

    link, _ = sent
    customer = Customer("de")
    open_with_code(customer, link, mailer)
    assert customer.post(f"{link}/decide", full_form(customer)).status == 200
    PortalLink.update(state="pulling", claimed_at=now()).execute()  # claimed just now, by a workstation that died
    assert remote_approval.sync(owner).recorded == [] and Approval.select().count() == 0
    PortalLink.update(claimed_at=now() - timedelta(minutes=11)).execute()
    assert remote_approval.sync(owner).recorded == [card_order]
    assert PortalLink.get().state == "decided" and Approval.get().method == "link"
    assert verify_store().ok


def test_each_side_shows_its_colour_warning_on_request(request, owner, card_order, paired, mailer, tmp_path):
    """A side the press prints visibly different has its colour warning beside it on the customer's page (a
    disclosure that opens without JavaScript), named as in the proof; it is not a page of its own in the list."""
    import re

    from PIL import Image

    blue = tmp_path / "blue.png"
    Image.new("RGB", (1075, 720), (0, 0, 255)).save(blue)  # pure sRGB blue: outside what the press prints
    artwork.add_artwork(owner, card_order, blue)
    made = proofs.make_proof(owner, card_order)
    assert made.pages == 3  # the cover, the front in press colours, its colour warning
    remote_approval.send_for_approval(owner, card_order)
    mailer.inbox.wait(1)
    link = mailer.inbox.link()
    customer = Customer("en")
    open_with_code(customer, link, mailer)
    page = customer.last.body
    figures = re.findall(r'<figure class="page" data-page="(\d+)">', page)
    assert figures == ["0", "1"], figures  # the warning page is shown with its side, not as a third page
    details = page[page.index('<details class="colour-warning">') : page.index("</details>")]
    assert "Show the colour warning for this side" in details and f'src="/a/{link.rsplit("/", 1)[1]}/page/3"' in details
    assert "<strong>Vorderseite</strong>" in page  # the side named as the proof names it (the shop's language)
    warning = customer.get(f"{link}/page/3")
    assert warning.status == 200 and warning.headers["content-type"] == "image/jpeg"
    if request.node.callspec.params.get("store") == "postgresql":
        return  # the browser's part does not depend on the shop's store
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en", has_touch=True)
        for cookie in customer.cookies:
            context.add_cookies([{"name": cookie.name, "value": cookie.value or "", "url": link}])
        page = context.new_page()
        page.goto(f"{link}/proof")
        image = page.locator(".colour-warning img")
        assert not image.is_visible()  # closed until asked for
        page.get_by_text("Show the colour warning for this side").click()
        image.wait_for()
        page.wait_for_function("() => document.querySelector('.colour-warning img').complete")
        assert page.evaluate("() => document.querySelector('.colour-warning img').naturalWidth") > 300
        page.screenshot(path=str(tmp_path / "colour-warning.png"), full_page=True)
        context.close()


def test_a_portal_with_a_timestamp_authority_stamps_each_receipt(owner, card_order, mailer, tmp_path):
    """The portal's receipt carries the authority's token over its signature: the app checks it against the shop's
    trusted authority, names its time in the record, and refuses a receipt whose token was swapped."""
    import base64

    from printproof.domain.receipts import canonical
    from printproof.services.core import orders
    from printproof.tsa import request_token
    from tests.support.shop import CARD
    from tests.support.signatures import validate_token
    from tests.support.tsa_server import LoopbackTSA

    authority = LoopbackTSA().start()
    stamping = Portal(tmp_path / "stamping", mailer.port, extra=("--timestamp-url", authority.url))

    try:
        pair_with(
            owner, stamping, mailer, **{"timestamp.url": authority.url, "timestamp.ca_pem": authority.ca_pem.decode()}
        )
        approved_by_link(owner, card_order, stamping, mailer, tmp_path)
        outer = json.loads(held_receipt(stamping))
        token, signature = base64.b64decode(outer["timestamp"]), base64.b64decode(outer["signature"])
        assert validate_token(token, signature, authority).intact  # pyHanko's validator, the authority's CA
        report = remote_approval.sync(owner)
        assert report.recorded == [card_order], report.problems
        note = Approval.get().note
        assert "Zeitstempel des Zeitstempeldienstes von" in note, note  # the shop's language, its trusted authority
        assert verify_store().ok

        # An insider on the portal swaps the token for one over other bytes: the decision (the portal's signature
        # holds) is sealed, and its record says the timestamp does not verify, never the swapped token's time.
        second = orders.new_order(owner, orders.CustomerInput("Łukasz Żółć", "", "", "lz@example.com"), CARD).number
        approved_by_link(owner, second, stamping, mailer, tmp_path)
        outer = json.loads(held_receipt(stamping))
        outer["timestamp"] = base64.b64encode(request_token(authority.url, b"other bytes")).decode()
        with sqlite3.connect(stamping.folder / "portal.sqlite3") as con:
            con.execute("UPDATE package SET receipt = ? WHERE state = 'decided'", (canonical(outer).decode(),))
        report = remote_approval.sync(owner)
        assert report.recorded == [second], report.problems
        note = Approval.select().order_by(Approval.id.desc()).get().note
        assert (
            "Zeitstempel auf ihrer Quittung lässt sich nicht prüfen" in note and "Zeitstempeldienstes von" not in note
        )
        assert verify_store().ok
    finally:
        stamping.stop()
        authority.stop()


def test_a_large_proof_pdf_goes_out_whole_a_chunk_at_a_time(owner, card_order, sent, portal, mailer):
    """The proof PDF of a brochure (up to 100 MB) is streamed from the portal's store a megabyte at a time (never
    whole in memory per request): a package of a 5 MB PDF, pushed as the app pushes, downloads byte for byte."""
    import base64
    import hashlib
    import io
    import os
    import secrets

    from PIL import Image

    from printproof.domain.errors import Conflict
    from printproof.services.counter.remote_approval import _call

    old_link, _ = sent
    pdf = b"%PDF-1.7\n" + os.urandom(5 << 20)
    page = io.BytesIO()
    Image.new("RGB", (200, 100), "white").save(page, "JPEG")
    stored = PortalLink.get()
    _call("POST", f"/api/packages/{stored.ref}/withdraw", {})
    body = {
        "ref": secrets.token_hex(16),
        "token_sha256": hashlib.sha256(old_link.rsplit("/", 1)[1].encode()).hexdigest(),
        "order": card_order,
        "version": 1,
        "proof_sha256": hashlib.sha256(pdf).hexdigest(),
        "email": "lz@example.com",
        "shop": "Druckerei Müller",
        "language": "de",
        "expires_at": "2099-01-01T00:00:00.000000Z",
        "texts": {"de": {"checklist": [], "terms": "", "findings": []}},
        "files": [{"data": base64.b64encode(b).decode()} for b in (pdf, page.getvalue())],
    }
    with pytest.raises(Conflict, match="already holds this link|hat diesen Link schon"):  # a link is never given twice
        _call("POST", "/api/packages", body)
    token = secrets.token_urlsafe(24)
    link = f"{old_link.rsplit('/', 1)[0]}/{token}"
    _call("POST", "/api/packages", {**body, "token_sha256": hashlib.sha256(token.encode()).hexdigest()})
    customer = Customer("de")
    open_with_code(customer, link, mailer)
    download = customer.get(f"{link}/page/0")
    assert download.status == 200 and download.headers["content-length"] == str(len(pdf))
    assert download.data == pdf


def test_an_authority_away_or_a_crash_while_stamping_loses_no_decision(owner, card_order, mailer, tmp_path):
    """An authority that does not answer leaves the receipt signed only, and the shop pulls it; a decision the
    portal left "stamping" (it crashed while asking) is not pulled half-made, and after two minutes it is pulled
    as signed."""
    from printproof.services.core import orders
    from tests.support.shop import CARD

    nobody = f"http://127.0.0.1:{free_port()}/tsa"  # nothing listens there
    stamping = Portal(tmp_path / "away", mailer.port, extra=("--timestamp-url", nobody))
    try:
        pair_with(owner, stamping, mailer)
        database = stamping.folder / "portal.sqlite3"
        for number in (
            card_order,
            orders.new_order(owner, orders.CustomerInput("Ida", email="lz@example.com"), CARD).number,
        ):
            customer, link, form = approved_by_link(owner, number, stamping, mailer, tmp_path)
            if number == card_order:  # the authority away: signed only, pulled at once
                assert "timestamp" not in json.loads(held_receipt(stamping))
                assert remote_approval.sync(owner).recorded == [number]
                continue
            with sqlite3.connect(database) as con:  # the portal died while asking the authority
                con.execute("UPDATE package SET state = 'stamping' WHERE state = 'decided'")
            # The customer reloads, or presses Send again, meanwhile: their decision is said to be recorded.
            reloaded = customer.get(link)
            assert reloaded.status == 409 and ("recorded" in reloaded.body or "gespeichert" in reloaded.body)
            again = customer.post(f"{link}/decide", form, with_csrf=False)
            assert again.status == 409, again.status
            assert remote_approval.sync(owner).recorded == []  # not pulled half-made
            with sqlite3.connect(database) as con:
                con.execute(
                    "UPDATE package SET decided_at = datetime(decided_at, '-3 minutes') WHERE state = 'stamping'"
                )
            assert remote_approval.sync(owner).recorded == [number]
        assert Approval.select().count() == 2 and verify_store().ok
    finally:
        stamping.stop()
