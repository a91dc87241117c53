"""Issue 20: at pickup, every fact a dispute turns on — read off the screen (the widgets' visible text and images),
as counter staff, in German and English: the approval and its signature, the checklist as ticked, the terms as
shown, the finding acknowledged (and the proof opened on its side), the press colours, "frozen since", both
hand-overs with their own signatures, the complaint with its two photos and the owner's decision, the due date
beside the times, the copies given; and the verdict on a scanned printout of a superseded version."""

from __future__ import annotations

import os
from datetime import date, timedelta

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QLabel  # noqa: E402

from printproof.domain.enums import Decision, OrderStatus, Role
from printproof.domain.spec import JobSpec  # noqa: E402
from printproof.domain.vocabulary import CHECKLIST  # noqa: E402
from printproof.services.admin.staff import add_staff, sign_in  # noqa: E402
from printproof.services.artwork import artwork
from printproof.services.core import orders  # noqa: E402
from printproof.services.counter import pickup
from printproof.services.evidence import copies
from printproof.services.proofing import acknowledgements, approvals, proofs
from printproof.ui.counter.pickup_evidence import PhotoButton  # noqa: E402
from tests.support.codes import decoded_codes  # noqa: E402
from tests.support.gui import look_up, screen_text, settle  # noqa: E402
from tests.support.shop import card_png, signature_strokes  # noqa: E402

pytestmark = pytest.mark.usefixtures("sync_tasks")


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=["1024x768", "1920x1080"])
def test_the_pickup_screen_shows_every_fact_a_dispute_turns_on(window, qtbot, owner, disputed_story, language, size):
    number, first = disputed_story
    add_staff(owner, "Tom Counter", Role.COUNTER, "1111")
    window.session.sign_in(sign_in("Tom Counter", "1111"))
    window.resize(*size)  # the counter's small screen and a large one: every fact on the screen at both
    window.show_tab("pickup")
    look_up(window, qtbot, number)
    screen = window.pickup
    settle(qtbot, lambda: screen.record is not None)
    text = screen_text(screen)
    de = language == "de"
    # "I don't like it now, won't pay": signature, name, time, the checklist as ticked, the terms as shown.
    assert "Jürgen Müller" in text and screen.signature.pixmap() is not None
    assert ("Checkliste" if de else "Checklist") in text and text.count("✔") >= len(CHECKLIST)
    assert screen.record.facts.terms and screen.record.facts.terms.splitlines()[0][:40] in text
    # "The blue is darker": the press colours the proof showed.
    assert screen.record.facts.press_profile and screen.record.facts.press_profile in text
    # "You changed it after I approved": frozen since the approval.
    assert ("eingefroren seit" if de else "frozen since") in text
    # "The photo is blurry": the finding acknowledged, and the proof opens on its side (the front).
    assert "100" in text and screen.viewer.current_page() == screen.record.facts.first_page == 1
    # "I never picked it up": the hand-over with its own, labelled signature.
    handover_signatures = [w for w in screen.findChildren(QLabel) if w.isVisible() and "Müller" in w.accessibleName()]
    assert handover_signatures and handover_signatures[0].pixmap() is not None
    # "Not what I asked for": the complaint's two photos beside the approved proof, and the owner's decision.
    photos = [b for b in screen.findChildren(PhotoButton) if b.isVisible()]
    assert len(photos) == 2 and screen.viewer.page_count() > 0
    assert "Das Blau ist zu dunkel" in text and "Wie freigegeben" in text
    # "It was late": the due date beside the times the order moved on.
    assert (date.today() - timedelta(days=3)).strftime("%y") in text
    # The copy the customer was given.
    assert ("Kopie der Freigabe" if de else "copy of the approval") in text
    assert ("zu spät" if de else "Late by 3 days") in text
    # "There are too few": the quantity of each hand-over, and what was noted.
    assert ("Übergabe 1: 200 Stück" if de else "Hand-over 1: 200 pieces") in text
    assert ("Übergabe 2: 300 Stück" if de else "Hand-over 2: 300 pieces") in text
    assert "2 Kartons, versiegelt" in text
    # "I approved a different version": the printout of version 1, scanned.
    assert first.version == 1
    code = next(c for c in decoded_codes(proofs.proof_bytes(proofs.get_proof(number, 1, owner)), 1) if "|" in c)
    look_up(window, qtbot, code)
    settle(qtbot, lambda: screen.record is not None and screen.scanned.isVisible())
    banner = screen.scanned.text()
    assert ("Version 1" if de else "version 1") in banner and "2" in banner
    screen.refresh()  # the half-minute re-read keeps what was scanned, and so its verdict
    settle(qtbot)
    assert screen.scanned.isVisible() and screen.scanned.text() == banner


def test_with_nothing_typed_the_pickup_screen_is_the_queue_of_ready_orders(window, qtbot, owner, tmp_path):
    made = []
    for name, due in (("Erika Erst", date.today() - timedelta(days=2)), ("Zora Zweit", None), ("Nina Noch", None)):
        spec = JobSpec("Flyer", 148, 105, 3, 100, "", "4/4", due=due)
        number = orders.new_order(owner, orders.CustomerInput(name), spec).number
        artwork.add_artwork(owner, number, card_png(tmp_path / f"{number}.png"))
        proofs.make_proof(owner, number)
        if name != "Nina Noch":  # still in the making: not on the shelf
            approvals.record_approval(
                owner,
                number,
                decision=Decision.APPROVED,
                customer_name=name,
                checklist=dict.fromkeys(CHECKLIST, True),
                strokes=signature_strokes(),
                acknowledged=acknowledgements.serious_keys(proofs.get_proof(number)),
            )
            orders.set_status(owner, number, OrderStatus.IN_PRODUCTION)
            orders.set_status(owner, number, OrderStatus.READY)
        made.append(number)
    pickup.record_pickup(owner, made[1], "Zora Zweit", signature_strokes(), 40)  # a part: the rest stays on the shelf
    window.session.sign_in(owner)
    window.show_tab("pickup")
    screen = window.pickup
    settle(qtbot, lambda: screen.queue.count() == 2)
    lines = [screen.queue.item(i).text() for i in range(screen.queue.count())]
    assert made[0] in lines[0] and lines[0].startswith("⚠") and made[1] in lines[1] and "⚠" not in lines[1]
    assert "60" in lines[1] and "100" in lines[1] and "60" not in lines[0]  # 60 of 100 still open
    assert "2" in screen.queue_title.text() and screen.queue.isVisible() and not screen.card.isVisible()
    screen.search.setText("zora")  # typing narrows the queue
    assert [screen.queue.item(i).isHidden() for i in range(2)] == [True, False]
    screen.queue.setCurrentRow(1)
    screen.queue.itemActivated.emit(screen.queue.item(1))
    settle(qtbot, lambda: screen.record is not None)
    assert screen.record.number == made[1] and screen.card.isVisible() and not screen.queue.isVisible()
    screen.clear()  # the queue comes back when the screen is cleared
    settle(qtbot, lambda: screen.queue.isVisible() and screen.queue.count() == 2)


def test_every_event_of_an_order_is_said_in_the_shops_words(owner, disputed_story, language):
    """The history (order screen) and the dossier's audit trail never show a raw key such as ``copy.given``."""
    from printproof.domain import vocabulary
    from printproof.services.counter import overview
    from printproof.ui.widgets.labels import timeline_text

    number, _first = disputed_story
    entries = overview.order_timeline(number, owner)
    assert {"copy.given", "pickup.recorded", "dispute.decided"} <= {e.kind for e in entries}
    for entry in entries:
        said = timeline_text(entry)
        assert entry.kind not in said and "{" not in said, said
        assert vocabulary.name("event", entry.kind, language) != entry.kind


def test_a_restricted_order_leaves_the_screen_when_counter_staff_sign_in(window, qtbot, owner, disputed_story):
    """The owner had a restricted order open at pickup; Ctrl+L, counter staff sign in: it is read again as them
    and refused, not left on their screen."""
    from printproof.services.privacy import privacy

    number, _first = disputed_story
    add_staff(owner, "Tom Counter", Role.COUNTER, "1111")
    customer = orders.find_order(number, owner).customer
    privacy.request_erasure(owner, f"#{customer.id}", "am Telefon")
    window.session.sign_in(owner)
    window.show_tab("pickup")
    look_up(window, qtbot, number)
    assert window.pickup.record is not None and window.pickup.card.isVisible()
    window.session.sign_in(sign_in("Tom Counter", "1111"))
    settle(qtbot, lambda: window.pickup.record is None)
    assert not window.pickup.card.isVisible()


def test_what_was_scanned_gets_a_verdict_on_screen(window, qtbot, owner, card_order, tmp_path, language):
    """Version 1 approved, its job ticket and the customer's copy printed; the owner voids the approval, version 2
    is approved; the copy's record is then altered behind the app's back. Each paper's QR code, as poppler renders
    it and zxing-cpp reads it, gets its verdict on the pickup screen."""
    from printproof.services.counter import tickets
    from printproof.store.models import Approval
    from printproof.store.triggers import drop_triggers, install_triggers
    from tests.support.stories import approve

    de = language == "de"
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "front.png"))
    v1 = proofs.make_proof(owner, card_order)
    approve(owner, card_order)
    ticket = tickets.make_job_ticket(owner, card_order)
    first = approvals.active_approval(orders.find_order(card_order, owner))
    copy_pdf, _facts = copies.make_copy(owner, f"approval:{first.id}")
    approvals.void_standing_approval(owner, card_order, "Falsche Stückzahl am Telefon")
    proofs.make_proof(owner, card_order, "Stückzahl korrigiert")
    approve(owner, card_order)
    window.session.sign_in(owner)
    window.show_tab("pickup")
    screen = window.pickup
    voided = "aufgehoben" if de else "voided"

    proof_code = next(c for c in decoded_codes(v1.pdf, 1) if c.startswith("PRINTPROOF|"))
    look_up(window, qtbot, proof_code)
    settle(qtbot, lambda: screen.record is not None and screen.scanned.isVisible())
    assert "1" in screen.scanned.text() and voided in screen.scanned.text() and "2" in screen.scanned.text()

    ticket_code = next(c for c in decoded_codes(ticket, 1) if c.startswith("PRINTPROOF-TICKET|"))
    screen.clear()
    look_up(window, qtbot, ticket_code)
    settle(qtbot, lambda: screen.record is not None and screen.scanned.isVisible())
    said = screen.scanned.text()
    assert ("Auftragstasche der Version 1" if de else "job ticket of version 1") in said and voided in said

    drop_triggers()  # somebody with the database open changes the record the copy shows
    Approval.update(content_sha256="0" * 64).where(Approval.id == first.id).execute()
    install_triggers()
    copy_code = next(c for c in decoded_codes(copy_pdf, 1) if c.startswith("PRINTPROOF-COPY|"))
    screen.clear()
    look_up(window, qtbot, copy_code)
    settle(qtbot, lambda: screen.record is not None and bool(screen.message.text()))
    said = screen.message.text()
    assert ("passt nicht mehr" if de else "no longer matches") in said, said
