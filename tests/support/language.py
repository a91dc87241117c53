"""The catalogue's words per language and every screen of the app walked, for the checks that nothing is said in
the other language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from html import unescape
from pathlib import Path

from PySide6.QtCore import Qt  # noqa: E402
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
from printproof.domain.vocabulary import CHECKLIST  # noqa: E402
from printproof.services.admin import setup, staff  # noqa: E402
from printproof.services.artwork import artwork
from printproof.services.core import order_edits, orders
from printproof.services.core.context import Actor  # noqa: E402
from printproof.services.counter import disputes, pickup
from printproof.services.proofing import approvals, proofs
from tests.support.shop import card_png, signature_strokes  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


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


def build_neutral_shop(tmp_path: Path) -> tuple[Actor, dict[str, str]]:
    """The neutral shop in the open store (also for tests/gui/test_every_window_fits.py): the owner, the numbers."""
    made = setup.setup("PrintProof Test", "Anna Becker", "123456", "de")
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
    from printproof.services.core import customers
    from printproof.services.counter import overview
    from printproof.services.evidence.identify import identify_code
    from printproof.ui.counter.align import AlignDialog
    from printproof.ui.counter.copy_dialog import CustomerCopyDialog
    from printproof.ui.counter.disputes import DecisionDialog, DisputeDialog, read_case
    from printproof.ui.counter.identify_dialog import IdentifyDialog
    from printproof.ui.counter.pickup_screen import HandOverDialog
    from printproof.ui.customers.customers import MergeDialog
    from printproof.ui.order.compare import CompareDialog
    from printproof.ui.order.order_tools import EditOrderDialog, MarkupDialog, ReprintDialog
    from printproof.ui.order.orders import NewOrderDialog
    from printproof.ui.order.other_approval import OtherApprovalDialog
    from printproof.ui.order.present import PresentDialog, read_present
    from printproof.ui.order.receipt import ApprovalReceipt, read_receipt
    from printproof.ui.recovery import RecoveryCodeDialog, UnlockDialog
    from printproof.ui.settings.settings_screen import PinDialog
    from printproof.ui.widgets.dialogs import ReasonDialog
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
