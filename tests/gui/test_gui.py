"""The counter app driven through its real widgets, offscreen, on a real store file."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPointF, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel  # noqa: E402

from printproof.domain.enums import Role  # noqa: E402
from printproof.services.admin import staff  # noqa: E402
from printproof.store.models import Approval, DisputeDecision, Pickup, Proof  # noqa: E402
from tests.support.gui import answer_next_dialog, open_order, settle, sign, type_text
from tests.support.shop import card_png  # noqa: E402


def test_first_run_sign_in_and_idle_lock(window, qtbot):
    assert window.pages.currentWidget() is window.first_run
    fr = window.first_run
    type_text(fr.shop_name, "Druckerei Müller")
    type_text(fr.owner, "Anna")
    type_text(fr.pin, "123456")
    type_text(fr.pin2, "1235")
    qtbot.mouseClick(fr.create, Qt.MouseButton.LeftButton)
    assert "differ" in fr.message.text()
    fr.pin2.setText("123456")

    def keep_code(dialog):  # the owner's recovery code is shown once and must be kept
        assert len(dialog.code) >= 16 and not dialog.done_button.isEnabled()
        dialog.reject()  # Esc cannot skip it
        assert dialog.isVisible()
        dialog.kept.setChecked(True)
        dialog.done_button.click()

    answer_next_dialog(keep_code)
    qtbot.keyClick(fr.pin2, Qt.Key.Key_Return)  # Enter in the form sets up the shop
    settle(qtbot, lambda: window.pages.currentWidget() is window.workspace)
    window.session.sign_out()
    assert window.pages.currentWidget() is window.sign_in
    type_text(window.sign_in.pin, "0000")
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    settle(qtbot, lambda: "Wrong PIN" in window.sign_in.message.text())
    assert window.sign_in.message.text() == "Wrong PIN; 4 tries left before a 30-second lock."
    type_text(window.sign_in.pin, "123456")
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    settle(qtbot, lambda: window.session.actor is not None)
    assert window.session.actor.name == "Anna"
    window.session.set_idle_minutes(1)
    window.session._idle.setInterval(50)
    window.session._idle.start()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sign_in, timeout=3000)


def test_the_whole_story(window, qtbot, tmp_path, owner):
    from printproof.ui.counter.disputes import DecisionDialog, DisputeDialog
    from printproof.ui.counter.pickup_screen import HandOverDialog
    from printproof.ui.order.orders import NewOrderDialog

    staff.add_staff(owner, "Tom", Role.COUNTER, "1111")
    window.show_sign_in()
    items = window.sign_in.names.findItems("Tom", Qt.MatchFlag.MatchExactly)
    window.sign_in.names.setCurrentItem(items[0])
    type_text(window.sign_in.pin, "1111")
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    settle(qtbot, lambda: window.session.actor is not None)
    assert window.session.actor.name == "Tom"
    assert not window.tabs["settings"].isVisible()

    # New order: the preset fills size and bleed; an empty name is refused in place.
    dialog = NewOrderDialog(window.session.actor, window)
    qtbot.addWidget(dialog)
    assert dialog.product.text() == "Visitenkarte" and dialog.width_mm.value() == 85
    take = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    take.click()
    assert not take.isEnabled() and not dialog.customer.isEnabled()  # saved in the background: no second press
    settle(qtbot, lambda: take.isEnabled())
    assert "customer name is empty" in dialog.message.text() and dialog.customer.isEnabled()
    type_text(dialog.customer, "Łukasz Żółć")
    type_text(dialog.phone, "0171 2345678")
    take.click()
    settle(qtbot, lambda: dialog.number is not None)
    number = dialog.number
    assert number

    # Find it by typing, open it with Enter.
    window.show_tab("orders")
    type_text(window.orders.search, "żół")
    qtbot.waitUntil(lambda: [r.number for r in window.orders.model.rows] == [number], timeout=3000)
    with qtbot.waitSignal(window.orders.open_order):
        qtbot.keyClick(window.orders.search, Qt.Key.Key_Return)
    screen = window.order
    settle(qtbot, lambda: not screen.loading)
    assert screen.number == number
    assert number in screen.heading.full_text() and screen.add_button.isEnabled()
    assert not screen.make_button.isEnabled()

    # Artwork dropped in, a refused file says why, then two proof versions made in the background.
    bad = tmp_path / "notes.png"
    bad.write_text("not an image")
    screen.add_files([bad])
    settle(qtbot, lambda: not screen.busy)
    assert "is not artwork" in screen.message.text()
    screen.add_files([card_png(tmp_path / "front.png"), card_png(tmp_path / "back.png", color=(200, 40, 40))])
    settle(qtbot, lambda: not screen.busy)
    assert screen.sides_box.count() >= 2 and screen.make_button.isEnabled()
    qtbot.mouseClick(screen.make_button, Qt.MouseButton.LeftButton)
    assert screen.progress.isVisible()  # the window is free while the proof is made
    settle(qtbot, lambda: not screen.busy)
    screen.make_proof()
    settle(qtbot, lambda: not screen.busy)
    assert Proof.select().count() == 2
    assert screen.versions.count() == 2 and screen.viewer.page_count() == 3

    # Present version 2 and sign: approve is possible only with everything ticked and signed.
    settle(qtbot)
    window.present(number, 2)  # read in the background, then the customer's screen opens
    window.present(number, 2)  # F5 pressed again meanwhile: one screen
    settle(qtbot, lambda: getattr(window, "present_dialog", None) is not None)
    present = window.present_dialog
    assert [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()].count("PresentDialog") == 1
    assert not present.approve.isEnabled()
    for box in present.checks.values():
        box.setChecked(True)
    type_text(present.name, "Łukasz Żółć")
    sign(qtbot, present.pad)
    assert not present.pad.is_empty()
    present.pad.undo()
    assert present.pad.is_empty() and not present.approve.isEnabled()
    sign(qtbot, present.pad)
    assert present.approve.isEnabled()
    qtbot.mouseClick(present.approve, Qt.MouseButton.LeftButton)
    # Saved in the background: the customer sees it is being saved, and cannot press twice or leave.
    assert present.saving and not present.approve.isEnabled() and not present.back.isEnabled()
    assert present.message.text() in ("Saving your decision…", "Ihre Entscheidung wird gespeichert…")
    present.reject()
    assert present.isVisible()
    settle(qtbot, lambda: getattr(window, "receipt", None) is not None and window.receipt.isVisible())
    approval = Approval.get()
    assert approval.proof.version == 2 and approval.customer_name == "Łukasz Żółć"
    assert not present.isVisible()
    receipt = window.receipt  # the signed record is shown back at once, read from the store
    assert receipt.isVisible() and approval.content_sha256[:16] in receipt.findChildren(QLabel)[-1].text()
    receipt.accept()
    assert approval.signature_image_id

    settle(qtbot, lambda: not screen.loading)
    assert "record intact" in screen.versions.item(0).text() and screen.certificate_button.isEnabled()
    assert not screen.void_button.isVisible()  # counter staff do not void approvals
    window.order.next_button.click()  # start production
    assert screen.busy and not screen.next_button.isVisible()  # saved in the background: no second press
    window.order.next_button.click()  # pressed again meanwhile: nothing happens
    settle(qtbot, lambda: not screen.busy)
    assert screen.view_data.status == "in_production" and "In production" in screen.message.text()
    window.order.next_button.click()  # ready for pickup
    settle(qtbot, lambda: not screen.busy)
    assert screen.view_data.status == "ready"

    # Pickup: the scanner types the number and Enter.
    window.show_tab("pickup")
    pickup = window.pickup
    type_text(pickup.search, number)
    qtbot.keyClick(pickup.search, Qt.Key.Key_Return)
    settle(qtbot, lambda: pickup.record is not None)
    assert pickup.card.isVisible() and "Łukasz Żółć" in pickup.facts.text()
    assert pickup.viewer.page_count() == 3 and pickup.hand_over.isEnabled()
    assert "Verified: record, signature and proof are unchanged" in pickup.verified.text()
    hand = HandOverDialog(window.session, number, "Łukasz Żółć", window)
    qtbot.addWidget(hand)
    hand.show()
    sign(qtbot, hand.pad)
    hand.ok.click()
    assert not hand.ok.isEnabled() and not hand.pad.isEnabled()  # saved in the background
    settle(qtbot, lambda: not hand.isVisible())
    assert Pickup.select().count() == 1

    # The customer complains; counter staff record it, only the owner decides.
    complaint = DisputeDialog(window.session, number, window)
    qtbot.addWidget(complaint)
    type_text(complaint.words, "Die Farbe ist zu dunkel")
    complaint.add_photo(card_png(tmp_path / "photo.jpg", fmt="JPEG"))
    assert not complaint.save_button.isEnabled()  # the photo is still being read
    settle(qtbot, lambda: complaint.save_button.isEnabled())
    assert complaint.photo_list.count() == 1
    complaint.save_button.click()
    assert complaint.saving and not complaint.save_button.isEnabled() and not complaint.words.isEnabled()
    settle(qtbot, lambda: not complaint.saving)
    pickup.look_up(number)
    settle(qtbot, lambda: not pickup.loading)
    assert pickup.decide.isVisible() and not pickup.decide.isEnabled()

    window.session.sign_in(owner)
    assert pickup.decide.isEnabled()
    pickup.decide.click()  # the complaint and its photos are read first, then the owner's dialog opens
    assert not pickup.decide.isEnabled()
    settle(qtbot, lambda: isinstance(getattr(pickup, "decision_dialog", None), DecisionDialog))
    decide = pickup.decision_dialog
    assert decide.isVisible() and decide.photos.pixmaps and not decide.photos.pixmaps[0].isNull()
    decide.save_button.click()
    assert "Say whether" in decide.message.text()
    decide.group.buttons()[0].setChecked(True)
    type_text(decide.reason, "Entspricht dem freigegebenen Proof.")
    decide.save_button.click()
    assert not decide.save_button.isEnabled() and not decide.reason.isEnabled()
    settle(qtbot, lambda: not decide.isVisible())
    assert DisputeDecision.select().count() == 1
    settle(qtbot, lambda: not pickup.loading and pickup.record.status == "resolved")
    assert "The decision is recorded." in pickup.message.text()
    from printproof.domain import vocabulary

    assert window.pickup.status_chip.text() == vocabulary.name("status", "resolved")
    assert window.pickup.hand_over.isEnabled()  # a resolved complaint: the customer can take it now


def test_trivial_signature_is_refused(window, qtbot, owner, card_order, tmp_path):
    from printproof.services.artwork import artwork
    from printproof.services.proofing import proofs

    artwork.add_artwork(owner, card_order, card_png(tmp_path / "f.png"))
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "b.png"), "back")
    proofs.make_proof(owner, card_order)
    window.session.sign_in(owner)
    window.present(card_order, 1)
    settle(qtbot, lambda: getattr(window, "present_dialog", None) is not None)
    present = window.present_dialog
    for box in present.checks.values():
        box.setChecked(True)
    present.name.setText("X")
    QApplication.sendEvent(
        present.pad,
        QMouseEvent(
            QEvent.Type.MouseButtonPress,
            QPointF(100, 80),
            QPointF(100, 80),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    QApplication.sendEvent(
        present.pad,
        QMouseEvent(
            QEvent.Type.MouseButtonRelease,
            QPointF(101, 80),
            QPointF(101, 80),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    present.approve.click()
    settle(qtbot, lambda: not present.saving)
    said = present.message.text()  # the customer's screen speaks the proof's language (the shop's German here)
    assert "zu kurz" in said or "too short" in said or "no signature" in said, said
    assert present.isVisible() and present.back.isEnabled()  # refused: the customer can sign again
    assert Approval.select().count() == 0
    sign(qtbot, present.pad)  # signing again takes the refusal away (it stayed beside the new signature)
    assert present.message.text() == ""


def test_cancel_phone_approval_history_and_logo(window, qtbot, owner, card_order, tmp_path):
    from printproof.services.artwork import artwork
    from printproof.services.proofing import proofs
    from printproof.ui.order.other_approval import OtherApprovalDialog

    window.session.sign_in(owner)
    window.open_order(card_order)
    screen = window.order
    settle(qtbot, lambda: not screen.loading)
    screen.add_files([card_png(tmp_path / "f.png"), card_png(tmp_path / "b.png")])
    settle(qtbot, lambda: not screen.busy)
    # Cancel while the proof is being made: nothing is stored.
    screen.make_proof()
    screen.cancel()
    settle(qtbot, lambda: not screen.busy)
    assert "Cancelled" in screen.message.text(), screen.message.text()
    assert Proof.select().count() == 0
    screen.make_proof()
    settle(qtbot, lambda: not screen.busy)
    assert Proof.select().count() == 1

    # An approval by phone needs a note; then it is on record.
    dialog = OtherApprovalDialog(window.session, card_order, 1, window)
    qtbot.addWidget(dialog)
    dialog.method.setCurrentIndex(2)
    dialog.name.setText("Łukasz Żółć")
    for box in dialog.checks.values():
        box.setChecked(True)
    dialog.save_button.click()
    assert not dialog.save_button.isEnabled() and not dialog.fields.isEnabled()  # saved in the background
    settle(qtbot, lambda: dialog.save_button.isEnabled())
    assert "phone call" in dialog.message.text()
    type_text(dialog.note, "Anruf 14:10, Freigabe so wie gezeigt")
    dialog.save_button.click()
    settle(qtbot, lambda: not dialog.isVisible())
    assert Approval.get().method == "phone" and dialog.record_id == Approval.get().id
    screen.offer_copy(dialog.record_id)  # as after the dialog the screen opened: the customer's copy is offered
    assert screen.copy_dialog.isVisible() and screen.copy_dialog.subject == f"approval:{dialog.record_id}"
    screen.copy_dialog.close()
    screen.reload()
    settle(qtbot, lambda: not screen.loading)
    history = [screen.history.item(i).text() for i in range(screen.history.count())]
    # The owner voids it with a reason (the question is answered for the test); both records stay.
    from printproof.store.models import ApprovalVoid

    assert screen.void_button.isVisible()

    def give_reason(dialog):
        type_text(dialog.text, "Falscher Kunde am Telefon")
        dialog.ok.click()

    answer_next_dialog(give_reason)
    screen.void_button.click()
    settle(qtbot, lambda: not screen.busy)
    assert ApprovalVoid.select().count() == 1 and "approval voided" in screen.versions.item(0).text()
    assert Approval.select().count() == 1
    assert any("Proof version 1 made" in h for h in history)
    # The history and the version list say what was said, not only that something was (issue 8).
    assert any("Approved for print (by phone, Łukasz Żółć)" in h and "Anruf 14:10" in h for h in history)
    assert "Anruf 14:10, Freigabe so wie gezeigt" in screen.versions.item(0).text()

    # The owner runs the full check from Settings.
    window.show_tab("settings")
    window.settings.verify()
    settle(qtbot, lambda: "Verified" in window.settings.verify_result.text())

    # The owner's logo goes on the next proof's cover.
    window.show_tab("settings")
    logo = tmp_path / "logo.png"
    card_png(logo, size=(300, 100))
    window.settings.set_logo(logo)
    assert window.settings.logo.pixmap() is not None and not window.settings.logo.pixmap().isNull()
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "f2.png"), "front")
    assert Proof.select().count() == 1
    window.order.load(card_order)
    assert proofs.make_proof(owner, card_order).version == 2  # after the void a new version may follow


def test_automatic_backup_and_its_warning(store, qtbot, tmp_path, owner):
    from printproof.services.admin import setup
    from printproof.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    folder = tmp_path / "usb"
    folder.mkdir()
    setup.change_settings(owner, {"backup.folder": str(folder), "backup.keep": 2})
    win = MainWindow(store.location, store.location, auto_backup=True)
    qtbot.addWidget(win)
    assert "first copy is made shortly" in win.backup_label.text()  # a new shop: no alarm yet
    for _ in range(3):
        win.auto_backup.run()
        qtbot.waitUntil(lambda: win.auto_backup.process is None, timeout=60_000)
    backups = sorted(folder.glob("printproof-backup-*.sqlite3"))
    assert 1 <= len(backups) <= 2  # older copies beyond "keep" are removed
    assert "Last backup" in win.backup_label.text() and "⚠" not in win.backup_label.text()


def test_changes_from_another_workstation_show_up(window, qtbot, owner, card_order, tmp_path):
    from printproof.services.artwork import artwork
    from printproof.services.proofing import proofs

    artwork.add_artwork(owner, card_order, card_png(tmp_path / "f.png"))
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "b.png"), "back")
    window.session.sign_in(owner)
    window.open_order(card_order)
    assert window.order.versions.count() == 0
    proofs.make_proof(owner, card_order)  # as if made at the design desk
    assert window.poll.isActive() and window.poll.interval() <= 30_000
    window.refresh_from_store()  # read in the background, shown when read
    settle(qtbot, lambda: window.order.versions.count() == 1)
    shown = window.order.view_data
    window.refresh_from_store()  # nothing changed: nothing is redrawn
    settle(qtbot)
    assert window.order.view_data is shown


def test_first_run_starts_in_the_shop_name_and_answers_enter_on_its_buttons(window, qtbot):
    """Issue 21: typed text went nowhere (no initial focus); Enter on the focused 'Set up shop' did nothing; the red
    message about the PINs stayed after they were typed again."""
    fr = window.first_run
    window.activateWindow()
    qtbot.waitUntil(lambda: window.focusWidget() is fr.shop_name)
    type_text(fr.shop_name, "Druckerei Müller")
    type_text(fr.owner, "Anna")
    type_text(fr.pin, "123456")
    type_text(fr.pin2, "1235")
    fr.create.setFocus()
    qtbot.keyClick(fr.create, Qt.Key.Key_Return)
    assert "differ" in fr.message.text()
    type_text(fr.pin2, "123456")
    assert fr.message.text() == ""


def test_f9_opens_the_settings_for_the_owner_only_and_ctrl_o_adds_a_file(window, qtbot, owner, card_order, monkeypatch):
    staff.add_staff(owner, "Tom", Role.COUNTER, "1111")
    window.session.sign_in(owner)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.body.currentWidget() is window.settings and "F9" in window.tabs["settings"].text()
    window.session.sign_in(staff.sign_in("Tom", "1111"))
    window.show_tab("orders")
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.body.currentWidget() is window.orders
    window.session.sign_in(owner)
    open_order(window, qtbot, card_order)
    asked = []
    monkeypatch.setattr(window.order, "browse_artwork", lambda: asked.append(True))
    qtbot.keyClick(window.order, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]  # the file dialog would open: Ctrl+O is "Add file…"
    side = window.order.side  # the side combo is as wide as its longest side name (it was cut to "Vorderse")
    longest = max(side.fontMetrics().horizontalAdvance(side.itemText(i)) for i in range(side.count()))
    assert side.count() >= 2 and side.sizeHint().width() >= longest


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_the_demo_shop_says_its_people_and_pins_before_the_sign_in(window, qtbot):
    assert window.pages.currentWidget() is window.first_run
    window.first_run.demo.click()
    settle(qtbot, lambda: getattr(window.first_run, "demo_people", None) is not None, timeout=120_000)
    said = window.first_run.demo_people.text()
    assert "Anna Becker" in said and "123456" in said and "Tom Keller" in said and "1111" in said
    window.first_run.demo_people.accept()
    settle(qtbot, lambda: window.pages.currentWidget() is window.sign_in)
    names = [window.sign_in.names.item(i).text() for i in range(window.sign_in.names.count())]
    assert any("Anna Becker" in n for n in names)


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_the_order_screen_keeps_room_for_the_history_and_starts_on_the_next_step(window, qtbot, owner, card_order):
    window.session.sign_in(owner)
    window.resize(1024, 700)  # a 1024×768 screen less the title bar and panel
    open_order(window, qtbot, card_order)
    screen = window.order
    assert QApplication.focusWidget() is screen.add_button  # no artwork yet: Enter adds a file
    for _ in range(12):  # Tab never rests on something that shows no focus (a scroll area's frame)
        screen.focusNextChild()
        assert type(QApplication.focusWidget()).__name__ != "QScrollArea"
    screen.record_tabs.setCurrentWidget(screen.history)
    QApplication.processEvents()
    line = screen.history.fontMetrics().lineSpacing()
    assert screen.history.viewport().height() >= 7 * line  # it showed about two entries at 1024×768
    buttons = screen.buttons_area
    assert buttons.verticalScrollBar().maximum() > 0  # the documents scroll in their own area instead
    top = screen.make_button.mapTo(buttons.viewport(), screen.make_button.rect().topLeft())
    assert 0 <= top.y() < buttons.viewport().height()  # the next steps stand at its top, in sight
    window.resize(1900, 1000)
    QApplication.processEvents()
    assert buttons.verticalScrollBar().maximum() == 0  # on a large screen every button is in sight
    handle = screen.column.handle(1)  # the user drags the handle: the split is theirs, and kept
    screen.column.moveSplitter(150, 1)
    screen.column.splitterMoved.emit(150, 1)
    assert screen.column.sizes()[0] == 150
    window.resize(1200, 800)
    QApplication.processEvents()
    assert screen.column.sizes()[0] == 150 and handle.isVisible()


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_printing_the_proof_to_a_file_writes_the_proof_and_a_printer_gets_bounded_pictures(
    window, qtbot, owner, card_order, tmp_path
):
    import hashlib
    import re
    import subprocess

    from printproof.services.artwork import artwork
    from printproof.services.proofing import proofs
    from printproof.ui.widgets.printing import RENDER_DPI, print_pdf

    artwork.add_artwork(owner, card_order, card_png(tmp_path / "front.png"))
    made = proofs.make_proof(owner, card_order)
    window.session.sign_in(owner)
    open_order(window, qtbot, card_order)
    printed = tmp_path / "printed.pdf"

    def to_file(print_dialog):
        print_dialog.printer().setOutputFormat(print_dialog.printer().OutputFormat.PdfFormat)
        print_dialog.printer().setOutputFileName(str(printed))
        print_dialog.done(1)

    answer_next_dialog(to_file)
    window.order.print_proof()
    # "Print to a PDF file" is the proof itself, byte for byte (it was a picture of each page, once an empty file)
    assert hashlib.sha256(printed.read_bytes()).hexdigest() == made.sha256
    printed.unlink()
    # A printer gets each page as a picture of at most RENDER_DPI, centred at 100 % (a 1200 dpi driver asked
    # for 560 MB per A4 page and froze the window for seconds).
    answer_next_dialog(to_file)
    assert print_pdf(window.order, window.order.viewer.document, "Proof")
    pages = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True).stdout
    assert re.search(rf"^Pages:\s+{window.order.viewer.document.pageCount()}$", pages, re.M)
    listed = subprocess.run(["pdfimages", "-list", str(printed)], capture_output=True, text=True, check=True).stdout
    dpis = [int(line.split()[12]) for line in listed.splitlines()[2:]]
    assert dpis and max(dpis) <= RENDER_DPI + 1


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_an_order_that_cannot_be_opened_says_why(window, qtbot, owner):
    window.session.sign_in(owner)
    open_order(window, qtbot, "2026-99999")
    assert "2026-99999" in window.order.message.text()  # it stayed blank, saying nothing
