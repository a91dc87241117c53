"""Issue 11 in the app: a file dropped on the window is identified; Settings re-installs missing protections."""

from __future__ import annotations

import os
import subprocess

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QMimeData,
    QPointF,
    QSettings,  # noqa: E402
    Qt,
    QUrl,
)
from PySide6.QtGui import QDropEvent  # noqa: E402

from printproof.store.blobs import blob_bytes  # noqa: E402
from printproof.store.db import is_sqlite  # noqa: E402
from printproof.store.models import CustomerCopy, db  # noqa: E402
from printproof.store.triggers import check_triggers  # noqa: E402
from tests.support.gui import answer_next_dialog, press_button, settle  # noqa: E402
from tests.support.stories import make_history  # noqa: E402


@pytest.fixture
def window(store, qtbot, tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    from printproof.ui.main_window import MainWindow

    win = MainWindow(store.location)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def history(owner, card_order, tmp_path):
    return make_history(owner, card_order, tmp_path)


SHOTS = os.environ.get("PRINTPROOF_SHOTS")
pytestmark = pytest.mark.usefixtures("sync_tasks")


def drop_file(target, path) -> None:
    """A file dropped from the file manager: enter, then drop, with the mime data a file manager sends.

    Qt delivers drag events only during a real drag (its drag manager), so the handlers get the events."""
    from PySide6.QtGui import QDragEnterEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(args[0].toPoint(), *args[1:])
    target.dragEnterEvent(enter)
    assert enter.isAccepted()
    target.dropEvent(QDropEvent(*args))


def test_a_dropped_proof_is_identified_and_its_order_opens(window, qtbot, owner, card_order, history, tmp_path):
    window.session.sign_in(owner)
    window.resize(1024, 768)
    window.show_tab("orders")
    path = tmp_path / "Korrektur v1.pdf"
    path.write_bytes(blob_bytes(history["v1"].sha256))
    drop_file(window, path)
    settle(qtbot, lambda: getattr(window, "identify_dialog", None) is not None)
    dialog = window.identify_dialog
    assert dialog.found.status == "voided" and dialog.found.version == 1
    assert "its approval was voided" in dialog.answer.text()
    assert dialog.open_button.isVisible()
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "identify-voided.png"))
    geometry = dialog.frameGeometry()
    assert geometry.width() <= 1024 and geometry.height() <= 768
    dialog.open_button.click()
    assert window.body.currentWidget() is window.order and window.order.number == card_order


def test_settings_offers_to_reinstall_a_dropped_protection(window, qtbot, owner):
    window.session.sign_in(owner)
    window.show_tab("settings")
    db.execute_sql(
        'DROP TRIGGER "audit_event_no_delete"' if is_sqlite() else 'DROP TRIGGER "audit_event_sealed" ON "audit_event"'
    )
    window.settings.verify()
    settle(qtbot, lambda: "Altered items found" in window.settings.verify_result.text())
    assert "audit_event" in window.settings.verify_result.text()
    assert not window.settings.reinstall_button.isHidden()
    answer_next_dialog(lambda dialog: press_button(dialog, "Re-install"))
    window.settings.reinstall_button.click()
    settle(qtbot, lambda: "Verified" in window.settings.verify_result.text())
    assert check_triggers() == [] and window.settings.reinstall_button.isHidden()


def test_job_ticket_and_label_print_from_the_order_screen(window, qtbot, owner, card_order, history):
    window.session.sign_in(owner)
    window.resize(1024, 768)
    window.open_order(card_order)
    settle(qtbot)
    screen = window.order
    seen = []

    def cancel(dialog):
        seen.append((type(dialog).__name__, dialog.printer().docName(), dialog.printer().pageLayout().pageSize()))
        dialog.reject()

    for button in (screen.ticket_button, screen.label_button):
        assert button.isVisible() and button.isEnabled()
        top_left = button.mapTo(window, button.rect().topLeft())
        bottom_right = button.mapTo(window, button.rect().bottomRight())
        assert window.rect().contains(top_left) and window.rect().contains(bottom_right)
        answer_next_dialog(cancel)
        button.click()  # made in the background, then the print dialog
        assert screen.busy and not screen.ticket_button.isEnabled()
        settle(qtbot, lambda: not screen.busy)
    assert [(name, doc) for name, doc, _ in seen] == [
        ("QPrintDialog", f"Job ticket {card_order}"),
        ("QPrintDialog", f"Pickup label {card_order}"),
    ]
    label_size = seen[1][2].size(seen[1][2].Unit.Millimeter)
    assert (round(label_size.width()), round(label_size.height())) == (62, 100)
    assert screen.ticket_document.pageCount() == 1
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "order-1024x768.png"))


def test_mail_and_timestamp_settings_and_the_certificate_by_e_mail(window, qtbot, owner, card_order, history):
    from aiosmtpd.controller import Controller

    from printproof.services.core import shop
    from tests.support.mail import Inbox, free_port

    window.session.sign_in(owner)
    window.resize(1024, 768)
    window.show_tab("settings")
    settings = window.settings
    settings.tabs.setCurrentIndex(settings.tabs.count() - 3)  # E-mail & timestamp
    outside = settings.outside
    outside.fields["timestamp.url"].setText("tsa.example.com")
    settings.save_button.click()
    assert "must start with http:// or https://" in settings.message.text()
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        outside.fields["timestamp.url"].setText("")
        outside.fields["smtp.host"].setText("127.0.0.1")
        outside.fields["smtp.port"].setValue(controller.port)
        outside.fields["smtp.security"].setCurrentIndex(outside.fields["smtp.security"].findData("none"))
        outside.fields["smtp.sender"].setText("druck@example.com")
        settings.save_button.click()
        assert settings.message.text() == "Saved.", settings.message.text()
        assert shop.settings()["smtp.port"] == controller.port
        if SHOTS:
            window.grab().save(os.path.join(SHOTS, "settings-mail-timestamp-1024x768.png"))
        window.open_order(card_order)
        settle(qtbot)
        screen = window.order
        assert screen.mail_button.isEnabled()

        def address(dialog):
            assert dialog.textValue() == "lz@example.com"  # the customer's address, prefilled
            dialog.setTextValue("kunde@example.org")
            dialog.accept()

        answer_next_dialog(address)
        screen.mail_button.click()
        settle(qtbot, lambda: "Sent to kunde@example.org." in screen.message.text())
        assert [to for to, _ in inbox.messages] == [["kunde@example.org"]]
    finally:
        controller.stop()


def test_the_customers_copy_is_offered_printed_and_e_mailed(window, qtbot, owner, card_order, tmp_path):
    import json

    from aiosmtpd.controller import Controller

    from printproof.services.admin import setup
    from printproof.store.models import AuditEvent
    from printproof.ui.order.receipt import ApprovalReceipt, read_receipt
    from tests.support.mail import Inbox, free_port
    from tests.support.stories import handed_over

    record = handed_over(owner, card_order, tmp_path)
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        setup.change_settings(
            owner,
            {
                "smtp.host": "127.0.0.1",
                "smtp.port": controller.port,
                "smtp.security": "none",
                "smtp.sender": "d@example.com",
            },
        )
        window.session.sign_in(owner)
        window.resize(1024, 768)
        window.show_tab("pickup")
        window.pickup.offer_copy(f"pickup:{record.id}")
        dialog = window.pickup.copy_dialog
        assert dialog.address.text() == "lz@example.com"
        if SHOTS:
            dialog.grab().save(os.path.join(SHOTS, "copy-dialog.png"))
        assert dialog.frameGeometry().width() <= 1024
        seen = []

        def cancel(print_dialog):
            layout = print_dialog.printer().pageLayout()
            seen.append(layout.pageSize().size(layout.pageSize().Unit.Millimeter).width())
            print_dialog.reject()

        answer_next_dialog(cancel)
        assert dialog.print_copy("receipt") is False  # cancelled: nothing noted
        assert round(seen[0]) == 80
        assert AuditEvent.select().where(AuditEvent.kind == "copy.given").count() == 0
        # "Print to a PDF file" writes the copy's own PDF: vector, its own 80 mm page, a few kB (it was a
        # multi-megabyte picture of each page on a Letter sheet), under a name that says which copy it is.
        printed = tmp_path / "receipt-copy.pdf"

        def to_file(print_dialog):
            seen.append(print_dialog.printer().docName())
            print_dialog.printer().setOutputFormat(print_dialog.printer().OutputFormat.PdfFormat)
            print_dialog.printer().setOutputFileName(str(printed))
            print_dialog.done(1)  # accepted, with the file chosen above (accept() would re-read its own widgets)

        answer_next_dialog(to_file)
        assert dialog.print_copy("receipt") is True
        info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True).stdout
        assert printed.stat().st_size < 200_000 and "226.772 x" in info  # 80 mm = 226.8 pt wide
        assert subprocess.run(["pdffonts", str(printed)], capture_output=True, text=True).stdout.count("\n") > 2
        assert seen[1] != f"Copy {record.order.number}" and record.order.number in seen[1]
        assert seen[1].endswith("(receipt)")  # the A4 copy of the same record has another name
        assert AuditEvent.select().where(AuditEvent.kind == "copy.given").count() == 1
        dialog.address.setText("kunde@example.org")
        dialog.mail_button.click()
        settle(qtbot, lambda: "Sent to kunde@example.org." in dialog.message.text())
        noted = AuditEvent.select().where(AuditEvent.kind == "copy.given").order_by(AuditEvent.seq.desc()).get()
        assert json.loads(noted.payload)["record"] == f"pickup:{record.id}"
        assert json.loads(noted.payload)["channel"] == "email"
        assert CustomerCopy.get(CustomerCopy.channel == "email").address == "kunde@example.org"  # sealed, personal
        assert [to for to, _ in inbox.messages] == [["kunde@example.org"]]
    finally:
        controller.stop()
    from printproof.store.models import Approval

    receipt = ApprovalReceipt(read_receipt(Approval.select().first().id, None), window, session=window.session)
    qtbot.addWidget(receipt)
    receipt.copy_button.click()
    assert receipt.copy_dialog.subject.startswith("approval:")
