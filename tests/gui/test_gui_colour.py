"""The counter app's parts for print truth: findings to tick, the colour toggle, press settings, languages."""

from __future__ import annotations

import json
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from printproof.domain.spec import JobSpec  # noqa: E402
from printproof.services.artwork import artwork
from printproof.services.core import orders
from printproof.services.proofing import proofs  # noqa: E402
from printproof.store.models import Approval  # noqa: E402
from tests.support.gui import settle, sign, type_text  # noqa: E402

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


def blue_order(owner, tmp_path) -> str:
    number = orders.new_order(
        owner, orders.CustomerInput("Frau Blau", "", "", ""), JobSpec("Visitenkarte", 85, 55, 3, 500, "", "4/0")
    ).number
    path = tmp_path / "blue.png"
    Image.new("RGB", (1075, 720), (0, 0, 255)).save(path)
    artwork.add_artwork(owner, number, path)
    proofs.make_proof(owner, number)
    return number


def test_the_customer_ticks_each_serious_finding_before_approving(window, qtbot, owner, tmp_path):
    from printproof.domain.i18n import language

    number = blue_order(owner, tmp_path)
    window.session.sign_in(owner)
    window.present(number, 1)
    settle(qtbot, lambda: getattr(window, "present_dialog", None) is not None)
    present = window.present_dialog
    ack = present.findings_ack
    assert ack.isVisible() and len(ack.boxes) == 1
    # The screen starts in the customer's language, in which their proof was made (the shop's German here); the
    # customer switches it to English, the findings speak it too.
    assert present.lang == "de" and language() == "en"
    present.language.setCurrentIndex(present.language.findData("en"))
    assert present.lang == "en"
    assert ack.texts()[0].startswith("I am aware: Front: 100 % of the area prints visibly different"), ack.texts()
    for box in present.checks.values():
        box.setChecked(True)
    type_text(present.name, "Frau Blau")
    sign(qtbot, present.pad)
    assert not present.approve.isEnabled()  # the finding is not yet acknowledged, and the hint line says so
    assert present.needed.text().startswith("To approve: confirm the point found in your files."), present.needed.text()
    # The customer switches the screen to German: the findings follow, with the hint line and the viewer's toggle.
    present.language.setCurrentIndex(present.language.findData("de"))
    assert present.lang == "de"
    texts = [label.text() for label in ack.findChildren(QLabel)]
    assert texts[0] == "In Ihren Druckdaten gefunden – bitte jeden Punkt bestätigen:"
    assert ack.texts()[0].startswith("Mir ist bekannt: Vorderseite: 100 % der Fläche"), ack.texts()
    assert present.needed.text().startswith("Zum Freigeben: den Punkt aus Ihren Druckdaten bestätigen.")
    assert present.viewer.colours.marked.text() == "Farbwarnung"
    next(iter(ack.boxes.values())).setChecked(True)
    present.language.setCurrentIndex(present.language.findData("en"))
    present.language.setCurrentIndex(present.language.findData("de"))
    assert ack.all_ticked() and present.approve.isEnabled()  # a tick survives the switch
    assert "bestätigen" not in present.needed.text()
    present.approve.click()
    assert present.message.text() == "Ihre Entscheidung wird gespeichert…"  # in the customer's language
    settle(qtbot, lambda: not present.saving)
    record = Approval.get()
    sealed = json.loads(record.acknowledged)
    assert [i["acknowledged"] for i in sealed] == [True]
    assert sealed[0]["text"] == ack.texts()[0]  # sealed in the words shown: German
    assert json.loads(record.checklist)[0]["label"] == "Text und Rechtschreibung"


def test_the_viewer_toggles_between_press_colours_and_the_colour_warning(window, qtbot, owner, tmp_path):
    number = blue_order(owner, tmp_path)
    window.session.sign_in(owner)
    window.open_order(number)
    viewer = window.order.viewer
    settle(qtbot, lambda: viewer.page_count() == 3)
    toggle = viewer.colours
    viewer.go(1)
    QApplication.processEvents()
    assert toggle.isVisible() and toggle.simulated.isChecked()
    toggle.marked.click()
    assert viewer.current_page() == 2 and toggle.marked.isChecked()
    toggle.simulated.click()
    assert viewer.current_page() == 1
    viewer.go(0)  # the cover has no colour warning page
    QApplication.processEvents()
    assert not toggle.isVisible()


def test_an_english_workstation_shows_english_findings_in_a_german_shop(window, qtbot, owner, tmp_path):
    from printproof.domain.i18n import language, set_language
    from printproof.services.counter import overview

    number = blue_order(owner, tmp_path)
    before = language()
    set_language("en")
    try:
        view = overview.order_view(number)
        assert view.sides[0].findings and all(
            "Vorderseite" not in f and "Fläche" not in f for f in view.sides[0].findings
        )
        assert any(f.startswith("Front: 100 % of the area prints visibly different") for f in view.sides[0].findings)
        set_language("de")
        assert any("Vorderseite" in f for f in overview.order_view(number).sides[0].findings)
    finally:
        set_language(before)


def test_press_settings_are_saved_by_the_owner(window, qtbot, owner):
    from printproof.store.settings import get_setting

    window.session.sign_in(owner)
    window.show_tab("settings")
    settings = window.settings
    settings.load()
    group = settings.press
    assert "FOGRA39" in group.profile.text() and not group.default_button.isEnabled()
    group.intent.setCurrentIndex(group.intent.findData("perceptual"))
    group.ink_limit.setValue(330)
    settings.save()
    assert get_setting("press.intent") == "perceptual" and get_setting("press.ink_limit") == 330


def test_the_owner_compares_the_approved_press_colours_with_the_photo(window, qtbot, owner, tmp_path):
    from printproof.domain.enums import Decision, DisputeCategory
    from printproof.domain.vocabulary import CHECKLIST
    from printproof.services.counter import disputes
    from printproof.services.counter.disputes import Photo
    from printproof.services.proofing import acknowledgements, approvals
    from printproof.ui.counter.disputes import DecisionDialog, read_case
    from tests.support.shop import image_bytes, signature_strokes

    number = blue_order(owner, tmp_path)
    approvals.record_approval(
        owner,
        number,
        decision=Decision.APPROVED,
        customer_name="Frau Blau",
        checklist=dict.fromkeys(CHECKLIST, True),
        strokes=signature_strokes(),
        acknowledged=acknowledgements.serious_keys(proofs.get_proof(number)),
    )
    photo = Photo("karte.jpg", image_bytes(Image.new("RGB", (800, 520), (20, 60, 140)), "JPEG"))
    case = disputes.open_dispute(owner, number, DisputeCategory.COLOUR, "Das Blau ist viel dunkler", [photo])
    window.session.sign_in(owner)
    dialog = DecisionDialog(window.session, read_case(case.id, owner), window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, lambda: dialog.viewer.page_count() == 3)
    viewer = dialog.viewer
    # The approved side as the press prints it, with the way to its colour warning page at hand.
    assert viewer.current_page() == 1 and viewer.document.pageLabel(1) == "Vorderseite"
    assert viewer.colours.isVisible() and viewer.colours.simulated.isChecked()
