"""Issue 13 in the counter app, driven through its real widgets offscreen: a returning customer picked by keyboard,
marks on the proof recorded with a request for changes and shown on the next version's cover, the compare view,
names at pickup, the directory, order changes and reprints, a complaint photo laid on the proof, the ready e-mail."""

from __future__ import annotations

import os
import subprocess

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox  # noqa: E402

from printproof.domain.enums import Decision, DisputeCategory, OrderStatus  # noqa: E402
from printproof.domain.markup import Mark, MarkKind, read_markup  # noqa: E402
from printproof.domain.vocabulary import CHECKLIST  # noqa: E402
from printproof.services.artwork import artwork
from printproof.services.core import orders  # noqa: E402
from printproof.services.counter import disputes
from printproof.services.proofing import approvals, proofs
from printproof.store.blobs import blob_bytes  # noqa: E402
from printproof.store.models import Approval, ChangeTick, Order, PhotoCorners  # noqa: E402
from tests.support.gui import answer_next_dialog, press_button, settle, sign, type_text  # noqa: E402
from tests.support.shop import CARD, card_png, needs, signature_strokes  # noqa: E402

pytestmark = pytest.mark.usefixtures("sync_tasks")  # background work runs on the test's thread


@pytest.fixture
def window(store, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from printproof.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    win = MainWindow(store.location)
    qtbot.addWidget(win)
    win.show()
    return win


def proofed(owner, tmp_path, name="Jürgen Müller", versions=1):
    number = orders.new_order(owner, orders.CustomerInput(name, "Bäckerei Sonne", "0171 2345678"), CARD).number
    artwork.add_artwork(owner, number, card_png(tmp_path / f"{number}-f.png"))
    artwork.add_artwork(owner, number, card_png(tmp_path / f"{number}-b.png", color=(200, 40, 40)), "back")
    for _ in range(versions):
        proofs.make_proof(owner, number)
    return number


def approve(owner, number):
    approvals.record_approval(
        owner,
        number,
        decision=Decision.APPROVED,
        customer_name="Jürgen Müller",
        checklist=dict.fromkeys(CHECKLIST, True),
        strokes=signature_strokes(),
    )


def drag(widget, start: QPointF, end: QPointF, steps: int = 12) -> None:
    """A press, a path and a release with the left button, as a mouse or a pen on a tablet sends them."""

    def send(kind, pos, buttons):
        event = QMouseEvent(
            kind, pos, widget.mapToGlobal(pos), Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(widget, event)

    send(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for i in range(1, steps + 1):
        at = start + (end - start) * (i / steps)
        send(QEvent.Type.MouseMove, at, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_a_returning_customer_is_picked_by_keyboard(window, qtbot, owner):
    first = orders.new_order(owner, orders.CustomerInput("Jürgen Müller", "Bäckerei Sonne", "0171 2345678"), CARD)
    window.session.sign_in(owner)
    seen = {}

    def take_order(dialog):
        type_text(dialog.customer, "mueller")  # as counter staff type Müller
        qtbot.waitUntil(lambda: dialog.picker.suggestions.isVisible(), timeout=3000)
        assert dialog.picker.suggestions.count() == 1
        qtbot.keyClick(dialog.customer, Qt.Key.Key_Return)  # one keystroke picks the returning customer
        seen["company"], seen["phone"] = dialog.company.text(), dialog.phone.text()
        assert dialog.customer.text() == "Jürgen Müller" and dialog.isVisible()
        assert "Returning customer no." in dialog.picker.state.text()
        qtbot.keyClick(dialog.customer, Qt.Key.Key_Tab)  # Tab moves on through the form
        assert not dialog.customer.hasFocus()
        qtbot.keyClick(dialog.customer, Qt.Key.Key_Return)  # Enter takes the order

    answer_next_dialog(take_order)
    window.new_order()  # Ctrl+N
    settle(qtbot, lambda: window.order.number not in ("", first.number))
    made = orders.find_order(window.order.number, None)
    assert made.customer_id == first.customer_id and made.number != first.number
    assert seen == {"company": "Bäckerei Sonne", "phone": "0171 2345678"}


def test_enter_typed_at_once_picks_what_was_typed(window, qtbot, owner):
    from printproof.ui.order.orders import NewOrderDialog

    orders.new_order(owner, orders.CustomerInput("Ayşe Şahin", "Café Lindenblüte"), CARD)
    dialog = NewOrderDialog(owner, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.customer, "ayse sahin")
    qtbot.keyClick(dialog.customer, Qt.Key.Key_Return)  # faster than the search as one types: it is asked now
    assert dialog.customer.text() == "Ayşe Şahin" and dialog.company.text() == "Café Lindenblüte"
    assert dialog.isVisible() and dialog.picker.chosen is not None


def test_the_customers_language_comes_with_them_and_the_presets_speak_it(window, qtbot, owner):
    """A returning English customer's new order is in English; the product presets (their names are printed on the
    customer's proof) follow the language, a name typed by hand stays; the order is taken in it."""
    from printproof.ui.order.orders import NewOrderDialog

    orders.new_order(owner, orders.CustomerInput("Jane Doe", "Doe Ltd"), CARD, language="en")
    dialog = NewOrderDialog(owner, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.currentData() == "de" and dialog.product.text() == "Visitenkarte"  # the shop's
    type_text(dialog.customer, "Jane Doe")
    qtbot.keyClick(dialog.customer, Qt.Key.Key_Return)
    assert dialog.picker.chosen is not None and dialog.language.currentData() == "en"
    assert dialog.product.text() == "Business card" and dialog.preset.currentText().startswith("Business card")
    dialog.product.setText("Letterpress cards")  # typed by hand: the language does not touch it
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert dialog.product.text() == "Letterpress cards"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.number is not None, timeout=10_000)
    made = orders.find_order(dialog.number, owner)
    assert made.language == "en" and made.product == "Letterpress cards"


def test_escape_gives_a_new_customer_and_escape_again_closes(window, qtbot, owner):
    orders.new_order(owner, orders.CustomerInput("Jürgen Müller"), CARD)
    from printproof.ui.order.orders import NewOrderDialog

    dialog = NewOrderDialog(owner, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.customer, "Jürgen M")
    qtbot.waitUntil(lambda: dialog.picker.suggestions.isVisible(), timeout=3000)
    qtbot.keyClick(dialog.customer, Qt.Key.Key_Escape)
    assert not dialog.picker.suggestions.isVisible() and dialog.isVisible()
    assert "New customer" in dialog.picker.state.text()
    qtbot.keyClick(dialog.customer, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_marks_on_the_customers_screen_reach_the_next_versions_cover(window, qtbot, owner, tmp_path):
    for tool in ("pdftotext", "pdfimages"):
        needs(tool)
    number = proofed(owner, tmp_path)
    window.session.sign_in(owner)
    window.present(number, 1)  # read in the background, then the customer's screen opens
    settle(qtbot, lambda: getattr(window, "present_dialog", None) is not None)
    present = window.present_dialog
    assert not present.ask.isEnabled()
    present.mark_button.click()  # the customer marks the proof
    panel = present.markup
    assert present.stack.currentWidget() is panel and panel.canvas.page == 1
    canvas = panel.canvas
    canvas.resize(600, 500)
    rect = canvas.page_rect()
    pin_at = QPointF(rect.x() + rect.width() * 0.5, rect.y() + rect.height() * 0.4)
    drag(canvas, pin_at, pin_at, steps=1)  # the pin tool: a tap sets pin 1, its text field takes the keys
    assert [m.kind for m in canvas.marks] == [MarkKind.PIN]
    assert "say what pin 1 means" in present.needed.text() or "Nadel 1 beschreiben" in present.needed.text()
    type_text(panel.texts[1], "Telefonnummer größer")
    panel.set_tool(MarkKind.CIRCLE)
    drag(
        canvas,
        QPointF(rect.x() + rect.width() * 0.2, rect.y() + rect.height() * 0.2),
        QPointF(rect.x() + rect.width() * 0.4, rect.y() + rect.height() * 0.35),
    )
    panel.set_tool(MarkKind.PEN)
    drag(
        canvas,
        QPointF(rect.x() + rect.width() * 0.1, rect.y() + rect.height() * 0.7),
        QPointF(rect.x() + rect.width() * 0.6, rect.y() + rect.height() * 0.75),
    )
    assert [m.kind for m in canvas.marks] == [MarkKind.PIN, MarkKind.CIRCLE, MarkKind.PEN]
    canvas.undo()
    assert len(canvas.marks) == 2
    assert not present.approve.isEnabled()  # marks belong to a request for changes
    type_text(present.name, "Jürgen Müller")
    sign(qtbot, present.pad)
    assert present.ask.isEnabled() and not present.with_changes.isEnabled()  # approving still needs the ticks
    qtbot.mouseClick(present.ask, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: getattr(window, "receipt", None) is not None)  # saved in the background
    record = Approval.get()
    assert record.decision == Decision.CHANGES_REQUESTED and record.changes == "1: Telefonnummer größer"
    markup = read_markup(blob_bytes(record.markup_id))
    assert [(m.kind, m.page) for m in markup.marks] == [(MarkKind.PIN, 1), (MarkKind.CIRCLE, 1)]
    assert markup.marks[0].points[0] == pytest.approx((0.5, 0.4), abs=0.01)
    window.receipt.accept()
    # The next version's cover lists the marks with small crops of the marked places.
    made = proofs.make_proof(owner, number)
    pdf = tmp_path / "v2.pdf"
    pdf.write_bytes(made.pdf)
    cover = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Telefonnummer größer" in cover and "Änderungswünsche zu Version 1" in cover
    listed = subprocess.run(["pdfimages", "-f", "1", "-l", "1", "-list", str(pdf)], capture_output=True, text=True)
    assert len(listed.stdout.splitlines()[2:]) == 2  # a crop for the pin and one for the circle


def test_the_compare_view_shows_what_changed_and_ticks_off_the_requests(window, qtbot, owner, tmp_path):
    from PIL import Image, ImageDraw

    from printproof.ui.order.compare import CompareDialog

    number = proofed(owner, tmp_path)
    approvals.record_approval(
        owner,
        number,
        decision=Decision.CHANGES_REQUESTED,
        customer_name="Jürgen Müller",
        checklist={},
        strokes=signature_strokes(),
        marks=[Mark(MarkKind.PIN, 1, ((0.7, 0.8),), text="Telefonnummer rein")],
    )
    front = Image.open(card_png(tmp_path / "front2.png")).convert("RGB")
    ImageDraw.Draw(front).rectangle((700, 560, 1000, 640), fill=(0, 0, 0))
    front.save(tmp_path / "front2.png")
    artwork.add_artwork(owner, number, tmp_path / "front2.png")
    proofs.make_proof(owner, number)
    window.session.sign_in(owner)
    window.open_order(number)
    settle(qtbot)
    assert window.order.tools.compare_button.isEnabled()
    dialog = CompareDialog(window.session, number, [1, 2], window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, lambda: dialog.result is not None)
    assert dialog.views.currentWidget() is dialog.overlay and dialog.overlay.pixmap() is not None
    assert "1" in dialog.summary.text()
    assert dialog.side.count() == 2 and "%" in dialog.side.itemText(0)
    entry = dialog.changes.item(0)
    assert "Telefonnummer rein" in entry.text() and entry.checkState() == Qt.CheckState.Unchecked
    entry.setCheckState(Qt.CheckState.Checked)
    settle(qtbot)  # saved in the background
    assert ChangeTick.select().count() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_B)  # blink between the versions
    assert dialog.views.currentWidget() is dialog.blink and dialog.timer.isActive()
    dialog.mode_buttons[0].click()
    assert dialog.left.pixmap() is not None and dialog.right.pixmap() is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not dialog.timer.isActive()


def test_a_name_typed_at_pickup_lists_the_orders_ready_first(window, qtbot, owner, tmp_path):
    ready = proofed(owner, tmp_path)
    approve(owner, ready)
    orders.set_status(owner, ready, OrderStatus.IN_PRODUCTION)
    orders.set_status(owner, ready, OrderStatus.READY)
    later = orders.new_order(owner, orders.CustomerInput("Jürgen Müller"), CARD).number
    window.session.sign_in(owner)
    window.show_tab("pickup")
    pickup = window.pickup
    type_text(pickup.search, "juergen mueller")
    qtbot.keyClick(pickup.search, Qt.Key.Key_Return)
    settle(qtbot, lambda: pickup.candidates.isVisible())  # looked up in the background
    assert pickup.candidates.count() == 2
    assert pickup.candidates.item(0).text().startswith(ready) and later in pickup.candidates.item(1).text()
    qtbot.keyClick(pickup.search, Qt.Key.Key_Down)
    assert pickup.candidates.hasFocus()
    qtbot.keyClick(pickup.candidates, Qt.Key.Key_Return)
    settle(qtbot, lambda: pickup.record is not None)
    assert pickup.record is not None and pickup.record.number == ready and not pickup.candidates.isVisible()
    # The number's last digits, typed as the orders list takes them ("00001"): the order, not "there is no order".
    pickup.search.clear()
    type_text(pickup.search, ready.split("-")[-1])
    qtbot.keyClick(pickup.search, Qt.Key.Key_Return)
    settle(qtbot, lambda: not pickup.loading)
    assert pickup.record is not None and pickup.record.number == ready, pickup.message.text()
    # Back on the orders list (F2) the last search is selected: what is typed next replaces it.
    window.show_tab("orders")
    type_text(window.orders.search, "x")
    window.show_tab("pickup")
    window.show_tab("orders")
    type_text(window.orders.search, "mueller")
    assert window.orders.search.text() == "mueller"


def test_the_directory_lists_orders_and_the_owner_merges(window, qtbot, owner, tmp_path):
    a = orders.new_order(owner, orders.CustomerInput("Jürgen Müller", phone="0171 111"), CARD)
    b = orders.new_order(owner, orders.CustomerInput("Juergen Mueller", "Bäckerei"), CARD)
    window.session.sign_in(owner)
    qtbot.keyClick(window, Qt.Key.Key_F4)
    screen = window.customers
    assert window.body.currentWidget() is screen and screen.search.hasFocus()
    type_text(screen.search, "mueller")
    settle(qtbot, lambda: screen.list.count() == 2)
    screen.list.setCurrentRow(1)
    settle(qtbot, lambda: screen.details is not None and screen.details.customer.id == a.customer_id)
    assert [screen.orders.item(i).text().split(" · ")[0] for i in range(screen.orders.count())] == [a.number]

    def pick_duplicate(dialog):
        assert dialog.list.count() >= 1
        dialog.search.setText("juergen")
        settle(qtbot, lambda: dialog.ok.isEnabled())  # searched in the background
        dialog.ok.click()

    answer_next_dialog(pick_duplicate)
    screen.merge_button.click()
    settle(qtbot, lambda: screen.orders.count() == 2)
    assert Order.get(Order.number == b.number).customer_id == a.customer_id
    assert screen.list.count() == 1 and screen.orders.count() == 2
    screen.phone.setText("0171 999")
    screen.save_button.click()
    settle(qtbot, lambda: bool(screen.message.text()))
    assert "Saved" in screen.message.text() or "Gespeichert" in screen.message.text()
    screen.orders.setCurrentRow(0)
    with qtbot.waitSignal(screen.open_order):
        qtbot.keyClick(screen.orders, Qt.Key.Key_Return)
    assert window.body.currentWidget() is window.order


def test_a_search_answer_keeps_the_customer_picked_while_their_details_are_read(window, qtbot, owner):
    """Under load a search answer can arrive while the picked customer's details are still being read: the
    directory keeps the customer the user picked, never jumps back to the first row."""
    a = orders.new_order(owner, orders.CustomerInput("Jürgen Müller", phone="0171 111"), CARD)
    orders.new_order(owner, orders.CustomerInput("Juergen Mueller", "Bäckerei"), CARD)
    window.session.sign_in(owner)
    qtbot.keyClick(window, Qt.Key.Key_F4)
    screen = window.customers
    type_text(screen.search, "mueller")
    settle(qtbot, lambda: screen.list.count() == 2)
    picked = next(i for i, row in enumerate(screen.rows) if row.id == a.customer_id)
    screen.refresh()  # an answer on its way (the half-minute refresh, a late keystroke) …
    screen.list.setCurrentRow(picked)  # … while the user picks a customer, whose details are then read
    settle(qtbot, lambda: screen.details is not None)
    assert screen.list.currentRow() == picked
    assert screen.details.customer.id == a.customer_id
    assert screen.name.text() == "Jürgen Müller"


def test_the_orders_list_keeps_the_order_selected_when_it_is_read_again(window, qtbot, owner):
    """The half-minute refresh (and any search answer) keeps the order the user selected, not the first row."""
    numbers = [orders.new_order(owner, orders.CustomerInput(f"Kunde {i}"), CARD).number for i in range(3)]
    window.session.sign_in(owner)
    window.show_tab("orders")
    screen = window.orders
    screen.refresh_in_background()
    settle(qtbot, lambda: screen.model.rowCount() == 3)
    third = next(i for i, row in enumerate(screen.model.rows) if row.number == numbers[0])
    screen.table.selectRow(third)
    screen.refresh_in_background()
    settle(qtbot)
    assert [screen.model.rows[i.row()].number for i in screen.table.selectionModel().selectedRows()] == [numbers[0]]


def test_change_and_reprint_from_the_order_screen(window, qtbot, owner, tmp_path):
    number = proofed(owner, tmp_path)
    window.session.sign_in(owner)
    window.open_order(number)
    settle(qtbot)
    screen = window.order

    def more_cards(dialog):
        dialog.quantity.setValue(1000)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_dialog(more_cards)
    screen.tools.edit_button.click()
    settle(qtbot)
    assert orders.find_order(number, None).quantity == 1000 and "changed" in screen.message.text().lower()
    proofs.make_proof(owner, number)
    approve(owner, number)
    screen.reload()
    settle(qtbot)

    def frozen(dialog):
        assert not dialog.quantity.isEnabled() and dialog.due.isEnabled() is dialog.has_due.isChecked()
        dialog.reject()

    answer_next_dialog(frozen)
    screen.tools.edit_button.click()

    def reprint(dialog):
        dialog.quantity.setValue(250)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_dialog(reprint)
    screen.tools.reprint_button.click()
    settle(qtbot, lambda: not screen.busy and screen.number != number)
    new = orders.find_order(screen.number, None)
    assert new.reorder_of.number == number and new.quantity == 250 and new.status == OrderStatus.PROOFING
    assert screen.versions.count() == 1


def test_a_complaint_photo_is_laid_on_the_approved_proof(window, qtbot, owner, tmp_path):
    from printproof.ui.counter.align import AlignDialog
    from tests.support.photos import CORNERS, phone_photo

    number = proofed(owner, tmp_path)
    approve(owner, number)
    case = disputes.open_dispute(
        owner, number, DisputeCategory.SIZE, "schief geschnitten", [phone_photo(number, CORNERS)]
    )
    photo = disputes.dispute_view(case.id).photos[0]
    window.session.sign_in(owner)
    dialog = AlignDialog(window.session, photo.photo_id, photo.upright_jpeg, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    canvas = dialog.canvas
    canvas.resize(800, 600)
    for index, corner in enumerate(CORNERS):  # drag each handle onto the card's corner
        start = canvas.to_widget(canvas.corners[index])
        drag(canvas, start, canvas.to_widget(corner))
    assert all(abs(a - b) < 4 for c, d in zip(canvas.corners, CORNERS, strict=True) for a, b in zip(c, d, strict=True))
    dialog.keep.click()
    settle(qtbot, lambda: dialog.result is not None)
    assert dialog.result.changed_share < 0.05 and dialog.overlay.pixmap() is not None
    assert PhotoCorners.select().count() == 1
    assert "%" in dialog.share.text()


def test_ready_for_pickup_offers_the_e_mail(window, qtbot, owner, tmp_path):
    from aiosmtpd.controller import Controller

    from printproof.services.admin import setup
    from tests.support.mail import Inbox, free_port

    inbox = Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=free_port())
    server.start()
    try:
        setup.change_settings(
            owner,
            {"smtp.host": "127.0.0.1", "smtp.port": server.port, "smtp.security": "none", "smtp.sender": "a@b.de"},
        )
        number = orders.new_order(owner, orders.CustomerInput("Jürgen Müller", email="jm@example.com"), CARD).number
        artwork.add_artwork(owner, number, card_png(tmp_path / "f.png"))
        artwork.add_artwork(owner, number, card_png(tmp_path / "b.png"), "back")
        proofs.make_proof(owner, number)
        approve(owner, number)
        orders.set_status(owner, number, OrderStatus.IN_PRODUCTION)
        window.session.sign_in(owner)
        window.open_order(number)
        settle(qtbot)
        answer_next_dialog(lambda box: press_button(box, "Send e-mail"))
        window.order.next_button.click()  # ready for pickup
        settle(qtbot, lambda: bool(inbox.messages))
        settle(qtbot, lambda: "jm@example.com" in window.order.message.text())
        assert inbox.messages[0][0] == ["jm@example.com"]
    finally:
        server.stop()


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_every_button_of_the_new_screens_lies_inside_its_window(window, qtbot, owner, tmp_path, size):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton

    from printproof.ui.counter.align import AlignDialog
    from printproof.ui.order.compare import CompareDialog
    from printproof.ui.order.orders import NewOrderDialog
    from printproof.ui.order.present import PresentDialog, read_present
    from tests.support.photos import CORNERS, phone_photo

    number = proofed(owner, tmp_path, versions=2)
    other = proofed(owner, tmp_path, name="Emma Fischer")
    approve(owner, other)
    case = disputes.open_dispute(owner, other, DisputeCategory.SIZE, "schief", [phone_photo(other, CORNERS)])
    photo = disputes.dispute_view(case.id).photos[0]
    window.session.sign_in(owner)
    window.resize(*size)

    def inside(top) -> None:  # noqa: ANN001
        settle(qtbot)
        frame = QRect(0, 0, top.width(), top.height())
        for button in top.findChildren(QAbstractButton):
            if button.isVisibleTo(top) and button.width() > 0:
                corner = button.mapTo(top, button.rect().topLeft())
                assert frame.contains(QRect(corner, button.size())), (type(top).__name__, button.text(), size)

    window.show_tab("customers")
    inside(window)
    window.open_order(number)
    settle(qtbot)
    inside(window)
    dialogs = [
        PresentDialog(window.session, number, 2, read_present(number, 2, window.session.actor), window),
        CompareDialog(window.session, number, [1, 2], window),
        AlignDialog(window.session, photo.photo_id, photo.upright_jpeg, parent=window),
        NewOrderDialog(owner, window),
    ]
    dialogs[0].mark_button.setChecked(True)
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        if not isinstance(dialog, NewOrderDialog):
            dialog.resize(*size)
        dialog.show()
        if isinstance(dialog, NewOrderDialog):
            type_text(dialog.customer, "mueller")
            dialog.picker.refresh()
        inside(dialog)
        dialog.hide()
