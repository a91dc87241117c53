"""The English UI speaks English everywhere, the German one German (issue 8).

Every screen and dialog is opened with data in neutral words (names, a product code), in one language,
and every string a person can see is collected: labels, buttons, tool tips, place-holders, titles, list
and table entries, combo items, tabs. A string fails when it is a sentence of the other language that the
app itself can say (from the Qt catalogue, the services' catalogue and the document texts), or when it
carries a word only the other language uses. Dates must be in the locale's order (23/11/2026 or
23.11.26, never 11/23/26).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from html import unescape
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from printproof.domain.enums import DisputeCategory, DisputeOutcome, MatchesApproval, Role  # noqa: E402
from printproof.domain.spec import JobSpec  # noqa: E402
from printproof.domain.texts import CHECKLIST  # noqa: E402
from printproof.services import approvals, artwork, disputes, order_edits, orders, pickup, proofs, shop, staff  # noqa: E402
from printproof.services.context import Actor  # noqa: E402

from .conftest import card_png, signature_strokes  # noqa: E402

# Background work runs on the test thread, on the next turn of the event loop (no threads to wait for).
pytestmark = pytest.mark.usefixtures("sync_tasks")

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "printproof_de.ts"

# Words a sentence of the other language gives itself away by (never names, never product words).
ENGLISH_ONLY = {
    "the", "and", "with", "for", "is", "are", "this", "that", "your", "please", "customer", "approved",
    "requested", "signed", "pickup", "complaint", "artwork", "settings", "staff", "owner", "print", "save",
    "cancel", "back", "order", "orders", "no", "yes", "not", "page", "of", "from", "to", "by", "on",
    "add", "remove", "file", "files", "photo", "photos", "changes", "decision", "record", "recorded",
    "quantity",
}  # fmt: skip
# (Not "am": English has it too, "I am aware: …".)
GERMAN_ONLY = {
    "der", "die", "das", "und", "nicht", "mit", "für", "ist", "sind", "bitte", "auftrag", "aufträge",
    "kunde", "kunden", "seite", "freigabe", "freigegeben", "druck", "drucken", "speichern", "abbrechen",
    "zurück", "abholung", "reklamation", "einstellungen", "druckdaten", "änderungen", "gewünscht", "ja",
    "nein", "von", "zum", "datei", "foto", "fotos", "inhaber", "anwesend", "unterschrift", "über",
}  # fmt: skip
NEUTRAL_PRODUCT = "BC-85 Cards"  # user data in neither language


def catalogue() -> tuple[set[str], set[str]]:
    """Everything the app can say: (English sources, German translations), as whole strings — the one catalogue
    holds the screens', the services' and the documents' messages."""
    from printproof.domain.catalogue import read

    english, german = set(), set()
    for entry in read(TS):
        english.update(t for t in (entry.source, entry.plural) if t)  # also what reads the same in both
        german.update(entry.forms)  # ("Name", "Dossier"): those are removed by the caller
    return english, german


def as_pattern(template: str) -> re.Pattern[str]:
    """A catalogue string with ``{placeholders}`` as a pattern over what is shown."""
    parts = re.split(r"\{[^}]*\}", template.replace("&&", "&"))
    return re.compile("^" + ".+".join(re.escape(p) for p in parts) + "$", re.S)


def visible_strings(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a person can read on ``top`` and its visible children."""
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        where = f"{type(top).__name__}/{type(widget).__name__}"
        if widget.isWindow() and widget.windowTitle():
            yield where + ".title", widget.windowTitle()
        if widget.toolTip():
            yield where + ".tooltip", widget.toolTip()
        if isinstance(widget, QLabel):
            if widget.property("quoted"):  # a record's words as the customer saw them (terms, checklist, findings)
                continue
            yield where, unescape(re.sub(r"<[^>]+>", "\n", widget.text()))
        elif isinstance(widget, QAbstractButton):
            if widget.property("quoted"):  # a checklist point in the customer's language
                continue
            yield where, widget.text().replace("&&", "&")
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            yield where + ".placeholder", widget.placeholderText()
        elif isinstance(widget, QTextBrowser):
            yield where, widget.toPlainText()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield where + ".item", widget.itemText(i)
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield where + ".tab", widget.tabText(i)
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield where + ".item", widget.item(i).text()
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                yield where + ".header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for row in range(min(model.rowCount(), 20)):
                    yield where + ".cell", str(model.index(row, column).data() or "")


def wrong_language(text: str, lang: str, other: set[str], other_patterns: list[re.Pattern[str]]) -> str | None:
    """Why ``text`` is not in ``lang``, or None."""
    for line in [text, *text.splitlines()]:
        line = line.strip(" ✔✖⚠•·–:\n")
        if not line or len(line) < 3:
            continue
        if line in other or any(p.match(line) for p in other_patterns):
            return f"a sentence of the other language: {line!r}"
    hashless = re.sub(r"\b[0-9a-f]{12,}", " ", text)  # a fingerprint (SHA-256 fd9add9f…) has no words
    words = {w.lower() for w in re.findall(r"[A-Za-zÄÖÜäöüß]+", hashless)}
    give_away = (ENGLISH_ONLY if lang == "de" else GERMAN_ONLY) & words
    if give_away:
        return f"the word(s) {sorted(give_away)} in {text!r}"
    if lang == "en" and re.search(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b", text):
        return f"a German date in {text!r}"
    today = date.today()
    if today.day > 12 and re.search(rf"\b0?{today.month}/{today.day}/", text):
        return f"a US date (month first) in {text!r}"
    return None


@pytest.fixture
def neutral_shop(store, tmp_path):
    """A shop whose data (names, product) is in neither language, with orders in every state."""
    return build_neutral_shop(tmp_path)


def build_neutral_shop(tmp_path: Path) -> tuple[Actor, dict[str, str]]:
    """The neutral shop in the open store (also for tests/test_every_window_fits.py): the owner, the numbers."""
    made = shop.setup("PrintProof Test", "Anna Becker", "123456", "de")
    owner = made.actor
    staff.add_staff(owner, "Tom Keller", Role.COUNTER, "1111")
    spec = JobSpec(NEUTRAL_PRODUCT, 85, 55, 3, 500, "350 g", "4/4", "", date.today() + timedelta(days=5))
    numbers = {}
    for name in ("draft", "proofing", "approved", "disputed", "resolved"):  # the keys are not shown
        number = orders.new_order(owner, orders.CustomerInput("Mira Kowalczyk", "Kowalczyk GmbH"), spec).number
        numbers[name] = number
        if name == "draft":
            continue
        # The proof shown to the customer has a serious finding (a blue the press prints duller) to tick.
        blue = {"color": (0, 0, 255)} if name == "proofing" else {}
        front = card_png(tmp_path / f"bc85-{len(numbers)}-1.png", **blue)
        artwork.add_artwork(owner, number, front)
        artwork.add_artwork(owner, number, card_png(tmp_path / f"bc85-{len(numbers)}-2.png"), "back")
        proofs.make_proof(owner, number)
        if name == "proofing":
            # A second version after a corrected quantity: the compare view and the history name what changed.
            order_edits.edit_order(owner, number, spec=replace(spec, quantity=1000))
            proofs.make_proof(owner, number)
            continue
        approvals.record_approval(
            owner,
            number,
            decision="approved",
            customer_name="Mira Kowalczyk",
            checklist=dict.fromkeys(CHECKLIST, True),
            strokes=signature_strokes(),
        )
        if name == "approved":
            continue
        pickup.record_pickup(owner, number, "Mira Kowalczyk", signature_strokes())
        photos = [disputes.Photo("bc85.png", (tmp_path / f"bc85-{len(numbers)}-1.png").read_bytes())]
        case = disputes.open_dispute(owner, number, DisputeCategory.COLOUR, "BC-85 ???", photos)
        if name == "resolved":
            disputes.decide_dispute(owner, case.id, MatchesApproval.YES, DisputeOutcome.CUSTOMER_PAYS, "BC-85 ok")
    return owner, numbers


def every_screen(window, owner, numbers) -> Iterator[QWidget]:
    """Every screen and dialog, one after the other, each shown when it is yielded."""
    from printproof.services import customers, overview
    from printproof.services.identify import identify_code
    from printproof.ui.align import AlignDialog
    from printproof.ui.compare import CompareDialog
    from printproof.ui.copy_dialog import CustomerCopyDialog
    from printproof.ui.customers import MergeDialog
    from printproof.ui.dialogs import ReasonDialog
    from printproof.ui.disputes import DecisionDialog, DisputeDialog, read_case
    from printproof.ui.identify_dialog import IdentifyDialog
    from printproof.ui.order_tools import EditOrderDialog, MarkupDialog, ReprintDialog
    from printproof.ui.orders import NewOrderDialog
    from printproof.ui.other_approval import OtherApprovalDialog
    from printproof.ui.pickup_screen import HandOverDialog
    from printproof.ui.present import PresentDialog, read_present
    from printproof.ui.receipt import ApprovalReceipt, read_receipt
    from printproof.ui.recovery import RecoveryCodeDialog, UnlockDialog
    from printproof.ui.settings_screen import PinDialog
    from printproof.workers.tasks import wait_for_tasks

    def settled(dialog):
        dialog.show()
        wait_for_tasks()
        QApplication.processEvents()
        return dialog

    def in_workstation_language(dialog):
        """The customer's screen opens in the customer's language (the shop's German here); switched, as the
        customer may, to the workstation's, every word of it is read in that language."""
        from printproof.domain.i18n import language as ui_language

        dialog.set_language(ui_language())
        return dialog

    def marking(dialog):
        dialog.mark_button.setChecked(True)  # the customer marks the proof: tools and hints in their language
        return dialog

    photo = disputes.dispute_view(disputes.open_disputes()[0].id).photos[0]

    window.show_sign_in()
    yield window
    window.session.sign_in(owner)
    window.show_tab("orders")
    wait_for_tasks()
    yield window
    for number in numbers.values():
        window.open_order(number)
        wait_for_tasks()  # read in the background (the synchronous runner: here), then shown
        yield window
    window.show_tab("pickup")
    for key in ("approved", "disputed", "resolved", "draft"):
        window.pickup.look_up(numbers[key])
        wait_for_tasks()
        yield window
    window.pickup.search.setText("kowalczyk")  # a name typed at pickup: the orders it may mean
    window.pickup.look_up()
    wait_for_tasks()
    assert window.pickup.candidates.isVisible()
    yield window
    window.show_tab("customers")
    wait_for_tasks()
    yield window
    window.show_tab("settings")
    for index in range(window.settings.tabs.count()):
        window.settings.tabs.setCurrentIndex(index)
        yield window
    window.settings.load()
    window.show_tab("orders")
    dialogs = [
        lambda: NewOrderDialog(owner, window),
        lambda: in_workstation_language(
            PresentDialog(
                window.session,
                numbers["proofing"],
                1,
                read_present(numbers["proofing"], 1, window.session.actor),
                window,
            )
        ),
        lambda: OtherApprovalDialog(window.session, numbers["proofing"], 1, window),
        lambda: HandOverDialog(window.session, numbers["approved"], "Mira Kowalczyk", window),
        lambda: DisputeDialog(window.session, numbers["approved"], window),
        lambda: DecisionDialog(window.session, read_case(disputes.open_disputes()[0].id, owner), window),
        lambda: ApprovalReceipt(
            read_receipt(approvals.active_approval(orders.find_order(numbers["approved"], None)).id, None), window
        ),
        lambda: RecoveryCodeDialog("PrintProof Test", "Anna Becker", "ABCD-EFGH-JKLM-NPQR", window),
        lambda: UnlockDialog("Anna Becker", window),
        lambda: PinDialog("Tom Keller", window),
        lambda: ReasonDialog("?", "?", "OK", window),
        lambda: EditOrderDialog(window.session, overview.order_view(numbers["approved"]), False, window),
        lambda: ReprintDialog(overview.order_view(numbers["approved"]), window),
        lambda: MarkupDialog(numbers["proofing"], 1, None, window),
        lambda: settled(CompareDialog(window.session, numbers["proofing"], [1, 2], window)),
        lambda: settled(AlignDialog(window.session, photo.photo_id, photo.upright_jpeg, parent=window)),
        lambda: MergeDialog(customers.search_customers("kowalczyk")[0], window),
        lambda: marking(
            in_workstation_language(
                PresentDialog(
                    window.session,
                    numbers["proofing"],
                    2,
                    read_present(numbers["proofing"], 2, window.session.actor),
                    window,
                )
            )
        ),
        # Issue 11: the customer's copy, a dropped file identified, the receipt offering the copy.
        lambda: CustomerCopyDialog(window.session, f"approval:{_standing(numbers)}", window),
        lambda: IdentifyDialog("v1.pdf", identify_code(_proof_code(numbers)), window),
        lambda: ApprovalReceipt(read_receipt(_standing(numbers), None), window, session=window.session),
    ]
    for make in dialogs:
        dialog = make()
        dialog.show()
        QApplication.processEvents()
        if isinstance(dialog, PresentDialog | OtherApprovalDialog):
            assert dialog.findings_ack.isVisibleTo(dialog)  # the finding to acknowledge is read too
        yield dialog
        dialog.hide()
        dialog.deleteLater()


def _standing(numbers) -> int:
    return approvals.active_approval(orders.find_order(numbers["approved"], None)).id


def _proof_code(numbers) -> str:
    proof = proofs.get_proof(numbers["approved"])
    return f"PRINTPROOF|{numbers['approved']}|v{proof.version}|{proof.content_sha256}"


def test_every_visible_string_is_in_the_workstations_language(neutral_shop, language, qtbot, tmp_path):
    from printproof.ui.main_window import MainWindow

    owner, numbers = neutral_shop
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    english, german = catalogue()
    other = (english - german) if language == "de" else (german - english)  # "Name" is both: not a leak
    patterns = [as_pattern(s) for s in other if "{" in s]
    window = MainWindow("store")
    qtbot.addWidget(window)
    window.show()
    wrong: dict[str, str] = {}
    for top in every_screen(window, owner, numbers):
        QApplication.processEvents()
        for where, text in visible_strings(top):
            why = text and wrong_language(text, language, other, patterns)
            if why:
                wrong.setdefault(text[:80], f"{where}: {why}")
    QTimer.singleShot(0, window.close)
    assert wrong == {}, "\n".join(sorted(wrong.values()))


def _reachable_by_tab(top: QWidget) -> tuple[set[int], list[QWidget]]:
    """Press Tab round ``top`` as a keyboard-only user would; what got the focus, and what should have."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    top.activateWindow()
    QApplication.setActiveWindow(top)
    QApplication.processEvents()
    wanted = [
        w
        for w in top.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QPlainTextEdit | QComboBox | QAbstractSpinBox)
        and w.isVisible()
        and w.isEnabled()
        and w.window() is top
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not (isinstance(w, QLineEdit) and isinstance(w.parent(), QAbstractSpinBox | QComboBox))
    ]
    seen: set[int] = set()
    first = QApplication.focusWidget() or top
    if QApplication.focusWidget() is None:
        top.focusNextChild()
    for _ in range(3 * len(wanted) + 10):
        focused = QApplication.focusWidget()
        if focused is not None:
            seen.add(id(focused))
        QTest.keyClick(focused or first, Qt.Key.Key_Tab)
        QApplication.processEvents()
    return seen, wanted


def _one_of_a_reached_group(widget: QWidget, seen: set[int]) -> bool:
    """Buttons of one exclusive group are one Tab stop (arrow keys move within it), as radio buttons are."""
    from PySide6.QtWidgets import QAbstractButton

    if not isinstance(widget, QAbstractButton):
        return False
    group = widget.group()
    if group is not None and group.exclusive():
        return any(id(b) in seen for b in group.buttons())
    if widget.autoExclusive() and widget.parentWidget() is not None:
        siblings = [b for b in widget.parentWidget().findChildren(QAbstractButton) if b.autoExclusive()]
        return any(id(b) in seen for b in siblings)
    return False


def test_every_field_and_button_is_reached_with_the_keyboard(neutral_shop, qtbot, tmp_path):
    """Keyboard only: Tab reaches every field and button of every screen and dialog (the signature itself
    needs a pen; everything around it does not)."""
    from printproof.ui.main_window import MainWindow

    owner, numbers = neutral_shop
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    window = MainWindow("store")
    qtbot.addWidget(window)
    window.show()
    missed: dict[str, list[str]] = {}
    for top in every_screen(window, owner, numbers):
        seen, wanted = _reachable_by_tab(top)
        lost = [
            f"{type(w).__name__} {w.text() if hasattr(w, 'text') else ''!s}"[:60]
            for w in wanted
            if id(w) not in seen and not _one_of_a_reached_group(w, seen)
        ]
        if lost:
            missed.setdefault(f"{type(top).__name__}: {top.windowTitle()}", lost)
    QTimer.singleShot(0, window.close)
    assert missed == {}, "\n".join(f"{k}: {v}" for k, v in missed.items())
