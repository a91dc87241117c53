"""Issue 8's points one by one, through the real widgets (offscreen; the real window is test_real_window.py)."""

from __future__ import annotations

import io
import os
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from printproof.domain.enums import ApprovalMethod, Decision, DisputeCategory, Role  # noqa: E402
from printproof.domain.errors import UserError  # noqa: E402
from printproof.domain.vocabulary import CHECKLIST  # noqa: E402
from printproof.services.admin import staff  # noqa: E402
from printproof.services.artwork import artwork
from printproof.services.core import orders
from printproof.services.counter import disputes, pickup
from printproof.services.proofing import approvals, proofs
from printproof.store.models import Approval, AuditEvent, DisputePhoto  # noqa: E402
from tests.support.gui import answer_next_dialog, look_up, open_order, press_button, settle, type_text  # noqa: E402
from tests.support.shop import card_png, signature_strokes, table_counts  # noqa: E402

# Background work runs on the test thread, on the next turn of the event loop (no threads to wait for).
pytestmark = pytest.mark.usefixtures("sync_tasks")


@pytest.fixture
def window(store, qtbot, tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    from printproof.ui.main_window import MainWindow

    win = MainWindow(store.location)
    qtbot.addWidget(win)
    win.show()
    return win


def sideways_photo() -> bytes:
    """A phone photo stored as portrait pixels with EXIF orientation 6: upright it is landscape."""
    upright = Image.new("RGB", (900, 600), (120, 95, 70))
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    stored.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


@pytest.fixture
def proofed(owner, card_order, tmp_path) -> str:
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "f.png"))
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "b.png"), "back")
    proofs.make_proof(owner, card_order)
    return card_order


def approve(actor, number: str, **kw) -> Approval:
    defaults = dict(
        decision=Decision.APPROVED,
        customer_name="Łukasz Żółć",
        checklist=dict.fromkeys(CHECKLIST, True),
        strokes=signature_strokes(),
    )
    return approvals.record_approval(actor, number, **{**defaults, **kw})


# --- rules the screens follow, refused by the services --------------------------------------------------
def test_one_checklist_rule_for_every_approving_path(owner, proofed):
    """Approving, with or without changes, on screen or by phone, stands on every point; asking for changes
    needs none (issue 8: "approve with these changes" went through with no tick, a phone approval needed all)."""
    before = table_counts()
    for kw in (
        dict(decision=Decision.APPROVED_WITH_CHANGES, changes="Logo größer", checklist={}),
        dict(method=ApprovalMethod.PHONE, strokes=None, note="Anruf 10:00", checklist={"text": True}),
    ):
        with pytest.raises(UserError, match="Every point of the checklist"):
            approve(owner, proofed, **kw)
    assert table_counts() == before
    asked = approve(owner, proofed, decision=Decision.CHANGES_REQUESTED, changes="Logo größer", checklist={})
    assert asked.decision == "changes_requested"


# --- the window's size ----------------------------------------------------------------------------------
def test_the_window_fits_1024x768_whatever_the_names(window, owner, qtbot):
    from printproof.services.admin import setup

    setup.change_settings(owner, {"shop.name": "Druckerei " + "Sonnenschein und Söhne " * 8})
    long_customer = orders.new_order(
        owner,
        orders.CustomerInput("Maximiliane " * 6 + "Mustermann-Schmidt", "Kanzlei " * 10 + "Partner mbB"),
        orders.spec_of(orders.find_order(orders.new_order(owner, orders.CustomerInput("X"), _card()).number, None)),
    ).number
    window.session.sign_in(owner)
    for screen in ("orders", "pickup", "settings"):
        window.show_tab(screen)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 740, (screen, hint)
    open_order(window, qtbot, long_customer)
    look_up(window, qtbot, long_customer)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 740, hint
    assert window.minimumWidth() <= 1024 and window.minimumHeight() <= 740


def _card():
    from tests.support.shop import CARD

    return CARD


def test_an_order_is_read_in_the_background_and_offers_nothing_until_shown(window, owner, proofed, qtbot):
    window.session.sign_in(owner)
    screen = window.order
    window.open_order(proofed)
    assert screen.loading and screen.heading.full_text() == f"Order {proofed}"  # named at once, read after
    buttons = (screen.add_button, screen.make_button, screen.present_button, screen.dossier_button)
    assert not any(b.isEnabled() for b in buttons) and screen.versions.count() == 0
    settle(qtbot, lambda: not screen.loading)
    assert "Łukasz Żółć" in screen.heading.full_text() and screen.versions.count() == 1
    assert screen.present_button.isEnabled() and screen.viewer.page_count() > 0


def test_work_ending_after_another_order_was_opened_leaves_that_order_usable(
    window, owner, proofed, qtbot, tmp_path, monkeypatch
):
    from printproof.ui.order import order_screen

    other = orders.new_order(owner, orders.CustomerInput("Anna Weber"), _card()).number
    artwork.add_artwork(owner, other, card_png(tmp_path / "o.png"))
    window.session.sign_in(owner)
    open_order(window, qtbot, other)
    screen = window.order
    real, opened = order_screen.read_order, []

    def read_while_the_user_moves_on(number, viewer, wanted):
        got = real(number, viewer, wanted)
        if number == other and screen.busy and not opened:  # the order is read again after the work ...
            opened.append(proofed)
            window.open_order(proofed)  # ... and meanwhile the user opens another one
        return got

    monkeypatch.setattr(order_screen, "read_order", read_while_the_user_moves_on)
    screen.make_proof()
    assert screen.busy
    settle(qtbot, lambda: not screen.busy and not screen.loading)
    assert opened and screen.number == proofed and screen.view_data.number == proofed
    assert "Proof version" not in screen.message.text()  # the other order's news is not said here
    assert screen.present_button.isEnabled() and not screen.progress.isVisible()
    assert proofs.get_proof(other).version == 1  # the work itself was done


def test_a_message_never_moves_a_button(window, owner, proofed, qtbot):
    window.session.sign_in(owner)
    open_order(window, qtbot, proofed)
    screen = window.order
    QApplication.processEvents()
    before = {b: b.mapTo(window, QPoint(0, 0)) for b in (screen.make_button, screen.present_button)}
    screen.message.show_text("Ein langer Satz, der erklärt, was gerade geschehen ist, " * 3, "error")
    QApplication.processEvents()
    after = {b: b.mapTo(window, QPoint(0, 0)) for b in before}
    assert before == after
    screen.message.show_text("Gespeichert.", "ok", fade_ms=50)
    qtbot.waitUntil(lambda: screen.message.text() == "", timeout=3000)  # confirmations fade


# --- sign-in ----------------------------------------------------------------------------------------------
def test_clicking_the_picked_name_puts_the_cursor_in_the_pin(window, owner, qtbot):
    staff.add_staff(owner, "Tom Keller", Role.COUNTER, "1111")
    window.show_sign_in()
    names = window.sign_in.names
    item = names.findItems("Tom Keller", Qt.MatchFlag.MatchExactly)[0]
    names.setCurrentItem(item)
    names.setFocus()
    qtbot.mouseClick(names.viewport(), Qt.MouseButton.LeftButton, pos=names.visualItemRect(item).center())
    assert window.sign_in.pin.hasFocus()
    names.setFocus()
    qtbot.keyClicks(names, "1111")  # digits typed while the list has the focus belong to the PIN
    assert window.sign_in.pin.text() == "1111"
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    settle(qtbot, lambda: window.session.actor is not None)
    assert window.session.actor.name == "Tom Keller"


# --- shortcuts and focus ----------------------------------------------------------------------------------
def test_ctrl_n_works_on_every_screen_and_clicks_leave_no_focus_on_buttons(window, owner, proofed, qtbot):
    from printproof.ui.order.orders import NewOrderDialog

    window.session.sign_in(owner)
    open_order(window, qtbot, proofed)
    window.order.viewer.view.setFocus()
    qtbot.mouseClick(window.order.viewer.next, Qt.MouseButton.LeftButton)
    assert window.order.viewer.current_page() == 2
    assert not window.order.viewer.next.hasFocus()  # a later Space cannot press it by surprise
    seen: list[type] = []
    for tab in ("order", "pickup"):
        if tab == "pickup":
            window.show_tab("pickup")
        window.activateWindow()  # offscreen, a closed dialog does not give the activation back
        qtbot.waitUntil(window.isActiveWindow)
        answer_next_dialog(lambda d: (seen.append(type(d)), d.reject()))
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == [NewOrderDialog, NewOrderDialog]


# --- settings -----------------------------------------------------------------------------------------------
def test_leaving_settings_with_unsaved_changes_asks(window, owner, qtbot):
    from printproof.services.core import shop

    window.session.sign_in(owner)
    window.show_tab("settings")
    window.settings.shop_name.setText("Druckerei Neu")
    answer_next_dialog(lambda d: press_button(d, "Stay here"))
    window.show_tab("orders")
    assert window.body.currentWidget() is window.settings  # stayed, nothing lost
    assert window.settings.shop_name.text() == "Druckerei Neu"
    answer_next_dialog(lambda d: press_button(d, "Save"))
    window.show_tab("orders")
    assert window.body.currentWidget() is window.orders
    assert shop.settings()["shop.name"] == "Druckerei Neu"
    window.show_tab("settings")
    window.settings.shop_name.setText("Verworfen")
    answer_next_dialog(lambda d: press_button(d, "Discard changes"))
    window.show_tab("pickup")
    assert shop.settings()["shop.name"] == "Druckerei Neu"


def test_the_owner_writes_an_answer_letter_of_their_own(window, owner, qtbot):
    """Settings → Complaints → Answer letters: the standard letter to start from; a misspelt placeholder is named
    in its own editor and nothing is saved; the fixed letter is saved for its outcome and language only; the
    standard text back in the editor stores the standard letter again."""
    from printproof.services.core import shop

    window.session.sign_in(owner)
    window.show_tab("settings")
    letters = window.settings.letters
    letters.language.setCurrentIndex(letters.language.findData("de"))
    letters.outcome.setCurrentIndex(letters.outcome.findData("refund"))
    assert letters.editor.toPlainText().startswith("{greeting}") and not letters.standard_button.isEnabled()
    letters.outcome.setCurrentIndex(letters.outcome.findData("discount"))
    letters.editor.setPlainText("{greeting}\n\nFall {case}: {statment}\n\n{next}")
    letters.outcome.setCurrentIndex(letters.outcome.findData("customer_pays"))  # looks elsewhere before saving
    assert not window.settings.save()
    assert letters.outcome.currentData() == "discount" and "{statment}" in window.settings.message.text()
    assert shop.settings()["letter.de.discount"] == ""
    letters.editor.setPlainText("{greeting}\n\nFall {case}: {statement}\n\n{next}")
    assert window.settings.save()
    assert shop.settings()["letter.de.discount"] == "{greeting}\n\nFall {case}: {statement}\n\n{next}"
    assert shop.settings()["letter.en.discount"] == shop.settings()["letter.de.refund"] == ""
    letters.standard_button.click()
    assert window.settings.save() and shop.settings()["letter.de.discount"] == ""


def test_the_owner_sets_a_new_pin_in_the_app(window, owner, qtbot):
    staff.add_staff(owner, "Tom Keller", Role.COUNTER, "1111")
    window.session.sign_in(owner)
    window.show_tab("settings")
    settings = window.settings
    settings.staff_list.setCurrentRow(settings._staff_names.index("Tom Keller"))

    def new_pin(dialog):
        dialog.first.setText("4321")
        dialog.second.setText("4321")
        press_button(dialog, "Set PIN")

    answer_next_dialog(new_pin)
    settings.reset_pin_button.click()
    settle(qtbot, lambda: "new PIN" in settings.message.text())  # hashed in the background, the window answers
    assert staff.sign_in("Tom Keller", "4321").name == "Tom Keller"
    # Adding a staff member secures the PIN in the background too, saying so; the form waits meanwhile.
    settings.new_name.setText("Lea Design")
    settings.new_pin.setText("2468")
    settings.add_button.click()
    assert not settings.add_button.isEnabled() and "Lea Design" in settings.message.text()
    settle(qtbot, lambda: settings.add_button.isEnabled())
    assert "Lea Design" in settings._staff_names and settings.new_name.text() == ""


def test_a_new_shop_is_not_greeted_by_a_red_backup_warning(store, qtbot, tmp_path, owner, monkeypatch):
    from printproof.services.admin import setup
    from printproof.ui.main_window import MainWindow
    from printproof.ui.settings import auto_backup

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    (tmp_path / "usb").mkdir()
    setup.change_settings(owner, {"backup.folder": str(tmp_path / "usb")})
    win = MainWindow(store.location, store.location, auto_backup=True)
    qtbot.addWidget(win)
    assert "⚠" not in win.backup_label.text() and "first copy" in win.backup_label.text()
    monkeypatch.setattr(auto_backup, "STALE_AFTER", timedelta(0))  # the shop is older than the grace period
    win.auto_backup.report()
    assert "⚠" in win.backup_label.text()


# --- the order screen -----------------------------------------------------------------------------------------
def test_artwork_can_be_replaced_after_asking_and_removed(window, owner, card_order, qtbot, tmp_path):
    window.session.sign_in(owner)
    open_order(window, qtbot, card_order)
    screen = window.order
    screen.add_files([card_png(tmp_path / "f.png"), card_png(tmp_path / "b.png")])
    settle(qtbot, lambda: not screen.busy and len(screen.view_data.sides) == 2)
    screen.side.setCurrentIndex(0)
    answer_next_dialog(lambda d: press_button(d, "Cancel"))
    screen.add_files([card_png(tmp_path / "other.png", color=(0, 0, 0))])
    assert not screen.busy and screen.view_data.sides[0].filename == "f.png"  # nothing replaced silently
    answer_next_dialog(lambda d: press_button(d, "Replace"))
    screen.add_files([card_png(tmp_path / "other.png", color=(0, 0, 0))])
    settle(qtbot, lambda: not screen.busy and screen.view_data.sides[0].filename == "other.png")
    answer_next_dialog(lambda d: press_button(d, "Remove"))
    screen.remove_side(1)
    assert screen.busy and not screen.add_button.isEnabled()  # taken off in the background
    settle(qtbot, lambda: not screen.busy)
    assert [s.side for s in screen.view_data.sides] == [0]
    assert "was taken off the order" in screen.message.text()
    history = [screen.history.item(i).text() for i in range(screen.history.count())]
    assert any("Artwork removed: b.png" in h for h in history)


def test_artwork_is_frozen_once_approved(owner, proofed):
    approve(owner, proofed)
    with pytest.raises(UserError, match="frozen since the customer approved it"):
        artwork.remove_artwork(owner, proofed, "back")


def test_a_vector_pdf_is_described_in_millimetres(window, owner, card_order, qtbot, tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "card.pdf"
    canvas = Canvas(str(path), pagesize=(91 / 25.4 * 72, 61 / 25.4 * 72))
    canvas.drawString(20, 20, "Visitenkarte")
    canvas.save()
    artwork.add_artwork(owner, card_order, path)
    window.session.sign_in(owner)
    open_order(window, qtbot, card_order)
    view = window.order.view_data.sides[0]
    assert view.size_mm == pytest.approx((91, 61), abs=0.5)
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in window.order.findChildren(QLabel)]
    facts = [t for t in texts if t.startswith("vector PDF")]
    assert facts and "mm" in facts[0] and "px" not in facts[0], texts


def test_a_new_document_opens_fitted_not_at_the_last_zoom(window, owner, proofed, qtbot):
    window.session.sign_in(owner)
    open_order(window, qtbot, proofed)
    viewer = window.order.viewer
    viewer.zoom.setCurrentIndex(viewer.zoom.findData(4.0))
    window.order.reload()  # the same document again: the chosen zoom stays
    settle(qtbot, lambda: not window.order.loading)
    assert viewer.zoom.currentData() == 4.0
    other = orders.new_order(owner, orders.CustomerInput("Anna"), _card()).number
    open_order(window, qtbot, other)
    open_order(window, qtbot, proofed)
    assert viewer.zoom.currentData() == "fit"


def test_saved_pdfs_are_readable_by_colleagues(owner, proofed, tmp_path):
    old = os.umask(0o022)
    try:
        out = tmp_path / "shared" / "proof.pdf"
        out.parent.mkdir()
        proofs.export_proof(owner, proofed, out)
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644


# --- complaints ---------------------------------------------------------------------------------------------
def test_the_complaint_dialog_refuses_fakes_removes_photos_and_asks_before_discarding(
    window, owner, proofed, qtbot, tmp_path
):
    from printproof.ui.counter.disputes import DisputeDialog

    approve(owner, proofed)
    window.session.sign_in(owner)
    dialog = DisputeDialog(window.session, proofed, window)
    qtbot.addWidget(dialog)
    dialog.show()
    fake = tmp_path / "fake.jpg"
    fake.write_text("not a photo at all")
    dialog.add_photo(fake)
    settle(qtbot, lambda: not dialog.reading)
    assert dialog.photo_list.count() == 0
    assert "is not a photo" in dialog.message.text() and "artwork" not in dialog.message.text()
    photo = tmp_path / "phone.jpg"
    photo.write_bytes(sideways_photo())
    dialog.add_photo(photo)
    dialog.add_photo(photo)
    settle(qtbot, lambda: not dialog.reading)
    assert dialog.photo_list.count() == 2 and dialog.message.text() == "" and dialog.save_button.isEnabled()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.photo_list.setCurrentRow(1)
    dialog.photo_list.setFocus()
    qtbot.keyClick(dialog.photo_list, Qt.Key.Key_Delete)
    assert len(dialog.photos) == 1 and dialog.photo_list.count() == 1
    type_text(dialog.words, "Farbe zu dunkel")
    answer_next_dialog(lambda d: press_button(d, "Keep editing"))
    dialog.reject()
    assert dialog.isVisible() and dialog.words.toPlainText() == "Farbe zu dunkel"
    answer_next_dialog(lambda d: press_button(d, "Discard"))
    dialog.reject()
    assert not dialog.isVisible()


def test_a_sideways_phone_photo_is_upright_for_the_owner_and_in_the_dossier(window, owner, proofed, qtbot, tmp_path):
    from printproof.services.counter.dossier import make_dossier
    from printproof.ui.counter.disputes import DecisionDialog, read_case

    approve(owner, proofed)
    pickup.record_pickup(owner, proofed, "Łukasz Żółć", signature_strokes())
    case = disputes.open_dispute(
        owner, proofed, DisputeCategory.COLOUR, "zu dunkel", [disputes.Photo("phone.jpg", sideways_photo())]
    )
    stored = Image.open(io.BytesIO(bytes(DisputePhoto.get().blob.data)))
    assert stored.size == (600, 900)  # the original stays as taken (its hash is sealed)
    window.session.sign_in(owner)
    dialog = DecisionDialog(window.session, read_case(case.id, owner), window)
    qtbot.addWidget(dialog)
    pixmap = dialog.photos.pixmaps[0]
    assert (pixmap.width(), pixmap.height()) == (900, 600)
    path = tmp_path / "dossier.pdf"
    path.write_bytes(make_dossier(owner, proofed))
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    sizes = [tuple(int(v) for v in line.split()[3:5]) for line in listing.splitlines()[2:]]
    assert (900, 600) in sizes and (600, 900) not in sizes


def test_a_discount_asks_for_its_amount_and_the_pickup_screen_names_it(window, owner, proofed, qtbot):
    """The amount field shows for a discount or a refund only; a wrong amount is one sentence and saves nothing;
    the decision saved names its amount wherever it is shown."""
    from printproof.domain.enums import DisputeOutcome
    from printproof.store.models import DisputeDecision
    from printproof.ui.counter.disputes import DecisionDialog, read_case

    approve(owner, proofed)
    pickup.record_pickup(owner, proofed, "Łukasz Żółć", signature_strokes())
    case = disputes.open_dispute(owner, proofed, DisputeCategory.COLOUR, "zu blass", [])
    window.session.sign_in(owner)
    dialog = DecisionDialog(window.session, read_case(case.id, owner), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.amount.isVisible()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(DisputeOutcome.DISCOUNT.value))
    assert dialog.amount.isVisible()
    dialog.group.buttons()[0].setChecked(True)  # yes, it matches
    dialog.reason.setPlainText("Aus Kulanz")
    type_text(dialog.amount, "zwölf")
    dialog.save_button.click()
    assert "not an amount" in dialog.message.text() and not DisputeDecision.select().exists()
    dialog.amount.clear()
    type_text(dialog.amount, "12,50")
    dialog.save_button.click()
    settle(qtbot, lambda: DisputeDecision.select().exists())
    assert DisputeDecision.get().amount_cents == 1250
    look_up(window, qtbot, proofed)
    settle(qtbot, lambda: "Discount (€12.50)" in " ".join(window.pickup.evidence.texts()))


# --- documents ---------------------------------------------------------------------------------------------
def test_a_change_request_certificate_says_so(owner, proofed, tmp_path):
    from printproof.services.evidence.certificates import make_certificate

    approve(owner, proofed, decision=Decision.CHANGES_REQUESTED, changes="Logo größer", checklist={})
    path = tmp_path / "changes.pdf"
    path.write_bytes(make_certificate(owner, proofed))
    first = subprocess.run(["pdftotext", "-l", "1", str(path), "-"], capture_output=True, text=True).stdout
    assert "Änderungswunsch – Auftrag" in first and "Freigabebestätigung" not in first
    assert "nicht zum Druck freigegeben" in first and "Es folgt der freigegebene" not in first
    assert "Es folgt der Korrekturabzug, zu dem die Änderungen gewünscht wurden" in first
    second = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(path), "-"], capture_output=True, text=True).stdout
    assert "KORREKTURABZUG" in second  # the certificate is one page; the proof follows at once


def test_the_history_names_what_was_asked(owner, proofed):
    approve(owner, proofed, decision=Decision.CHANGES_REQUESTED, changes="Logo größer", checklist={})
    from printproof.services.counter.overview import order_timeline

    entry = next(e for e in order_timeline(proofed) if e.kind == "approval.recorded")
    assert entry.details["changes"] == "Logo größer" and entry.details["customer_name"] == "Łukasz Żółć"
    assert AuditEvent.select().where(AuditEvent.kind == "approval.recorded").count() == 1


# --- sign-in that holds (issue 9) in the app -----------------------------------------------------------------
def test_a_locked_out_owner_gets_back_in_with_the_recovery_code(window, owner, qtbot):
    code = staff.new_recovery_code(owner)
    window.show_sign_in()
    screen = window.sign_in
    for _ in range(5):
        type_text(screen.pin, "999999")
        qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
        settle(qtbot, lambda: screen.go.isEnabled())
    assert "recovery code" in screen.message.text()  # the lock names the way out that exists

    def unlock(dialog):
        type_text(dialog.code, code)
        type_text(dialog.new_pin, "24681012")
        dialog.ok.click()

    answer_next_dialog(unlock)
    screen.unlock.click()
    settle(qtbot, lambda: "unlocked" in screen.message.text())
    type_text(screen.pin, "24681012")
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    settle(qtbot, lambda: window.session.actor is not None)
    assert window.session.actor.name == owner.name


def test_the_owner_changes_roles_and_deactivates_staff_in_the_app(window, owner, qtbot):
    staff.add_staff(owner, "Tom Keller", Role.COUNTER, "1111")
    window.session.sign_in(owner)
    window.show_tab("settings")
    settings = window.settings
    settings.staff_list.setCurrentRow(settings._staff_names.index("Tom Keller"))
    settings.role_box.setCurrentIndex(settings.role_box.findData(Role.DESIGNER.value))
    settings.role_box.activated.emit(settings.role_box.currentIndex())
    assert next(m for m in staff.list_staff() if m.name == "Tom Keller").role == Role.DESIGNER
    settings.staff_list.setCurrentRow(settings._staff_names.index("Tom Keller"))
    settings.active_button.click()
    assert "Tom Keller" not in [m.name for m in staff.list_staff()]
    assert "deactivated" in settings.staff_list.item(settings._staff_names.index("Tom Keller")).text()
    settings.staff_list.setCurrentRow(settings._staff_names.index(owner.name))
    settings.active_button.click()  # the last owner cannot go
    assert "owner" in settings.message.text().lower()
    assert owner.name in [m.name for m in staff.list_staff()]


def test_after_a_reprint_decision_the_order_screen_offers_production(window, owner, proofed, qtbot):
    from printproof.domain.enums import DisputeOutcome, MatchesApproval

    approve(owner, proofed)
    pickup.record_pickup(owner, proofed, "Łukasz Żółć", signature_strokes())
    case = disputes.open_dispute(owner, proofed, DisputeCategory.DAMAGE, "Kanten geknickt", [])
    disputes.decide_dispute(owner, case.id, MatchesApproval.NO, DisputeOutcome.REPRINT_SHOP_COST, "Transportschaden")
    window.session.sign_in(owner)
    open_order(window, qtbot, proofed)
    screen = window.order
    assert screen.next_button.isVisible() and "Reprint" in screen.next_button.text()
    assert not screen.add_button.isEnabled() and not screen.make_button.isEnabled()
    screen.next_button.click()
    settle(qtbot, lambda: not screen.busy)
    assert screen.view_data.status == "in_production"


def test_a_reprint_at_the_shops_cost_prints_the_replacements_job_ticket(window, owner, proofed, qtbot, tmp_path):
    """The replacement order in one step, and its job ticket offered to the printer at once: printed to a file,
    it is the ticket of the replacement (its number in the text, its barcode read by zxing)."""
    import zxingcpp

    from printproof.domain.enums import DisputeOutcome, MatchesApproval
    from printproof.store.models import ComplaintCase

    approve(owner, proofed)
    pickup.record_pickup(owner, proofed, "Łukasz Żółć", signature_strokes())
    case = disputes.open_dispute(owner, proofed, DisputeCategory.DAMAGE, "Kanten geknickt", [])
    disputes.decide_dispute(owner, case.id, MatchesApproval.NO, DisputeOutcome.REPRINT_SHOP_COST, "Transportschaden")
    window.session.sign_in(owner)
    window.show_tab("pickup")
    printed = tmp_path / "ticket.pdf"

    def to_file(print_dialog) -> None:  # noqa: ANN001
        print_dialog.printer().setOutputFormat(print_dialog.printer().OutputFormat.PdfFormat)
        print_dialog.printer().setOutputFileName(str(printed))
        print_dialog.done(1)

    answer_next_dialog(to_file)
    window.pickup.make_replacement(case.id)
    settle(qtbot, lambda: printed.exists() and printed.stat().st_size > 0)
    replacement = ComplaintCase.get_by_id(case.id).replacement.number
    text = subprocess.run(["pdftotext", str(printed), "-"], capture_output=True, text=True, check=True).stdout
    png = subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-singlefile", str(printed), str(tmp_path / "t")], check=True
    )
    bars = [c.text for c in zxingcpp.read_barcodes(Image.open(tmp_path / "t.png"))]
    assert png.returncode == 0 and replacement in text and replacement in bars, bars


def test_an_unexpected_error_is_logged_and_said_calmly(window, qtbot, monkeypatch):
    import sys

    from printproof import logs
    from printproof.ui import crash

    logs.setup_logging("test")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # given back after the test
    crash.install_crash_handler()
    seen = []

    def read_and_close(box):
        seen.append(box.text())
        box.accept()

    answer_next_dialog(read_and_close)
    try:
        raise ZeroDivisionError("in a slot")
    except ZeroDivisionError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    settle(qtbot, lambda: bool(seen))
    assert "did not expect" in seen[0] and "ZeroDivision" not in seen[0]
    assert "ZeroDivisionError: in a slot" in logs.log_path().read_text()


def test_typing_a_search_never_waits_for_the_store_and_old_answers_are_dropped(window, owner, card_order, qtbot):
    window.session.sign_in(owner)
    window.show_tab("orders")  # the list is read in the background too
    screen = window.orders
    settle(qtbot, lambda: screen.model.rowCount() == 1)
    screen.search.setText("zzzz-no-such-customer")
    screen.refresh_in_background()  # as one types: read off the GUI thread, answered later
    assert screen.model.rowCount() == 1  # nothing read on the GUI thread yet
    screen.search.setText("")
    screen.refresh()  # Enter: read now
    assert screen.model.rowCount() == 1
    settle(qtbot)
    qtbot.wait(50)
    assert screen.model.rowCount() == 1 and not screen.empty.isVisible()  # the late answer was dropped


def test_workstation_settings_are_kept_at_once_and_written_in_the_background(window, owner, qtbot):
    """A tab switch remembers the tab without waiting for the disk: read back at once, on disk after."""
    from printproof.ui import workstation

    window.session.sign_in(owner)
    window.show_tab("orders")
    settle(qtbot)
    file = Path(QSettings().fileName())
    window.show_tab("pickup")
    assert workstation.get("window/tab") == "pickup"  # at once, before it is on disk
    settle(qtbot)
    assert "tab=pickup" in file.read_text()
