"""Show the proof to the customer, full screen, and take the decision with a signature."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import vocabulary
from ...domain.enums import Decision
from ...domain.i18n import LANGUAGES, speaking
from ...domain.i18n import language as ui_language
from ...domain.texts import customer_text
from ...domain.vocabulary import CHECKLIST
from ...services.core.context import Actor
from ...services.core.opening import reading
from ...services.core.shop import terms
from ...services.proofing import approvals, proofs
from ...services.proofing.acknowledgements import SeriousFinding
from ...workers.tasks import Failure, run_task
from ..widgets import palette
from ..widgets.common import (
    RowCheckBox,
    big_button,
    hint,
    language_box,
    message_line,
    show_message,
    small_button,
    text_box,
)
from ..widgets.proof_viewer import ProofViewer
from ..widgets.signature_pad import SignaturePad
from .findings_ack import FindingsAck
from .markup import MarkupPanel


@dataclass(frozen=True)
class PresentRead:
    """What the customer's screen shows, read in the background before it opens (in both languages: the
    customer switches without the screen waiting for the store)."""

    pdf: bytes
    findings: dict[str, list[SeriousFinding]]  # by language
    terms: dict[str, str]  # by language
    language: str = ""  # the proof's: the customer's language when it was made (the screen starts in it)


def read_present(number: str, version: int, viewer: Actor | None) -> PresentRead:
    """Read proof ``version`` of ``number`` with its serious findings and the shop's terms (background work)."""
    with reading():
        proof = proofs.get_proof(number, version, viewer)
        return PresentRead(
            proofs.proof_bytes(proof),
            {lang: proofs.serious_findings_of(number, version, lang, viewer) for lang in LANGUAGES},
            {lang: terms(lang) for lang in LANGUAGES},
            proof.language,
        )


class PresentDialog(QDialog):
    """The customer's screen: the proof large, the checklist and terms, the signature and the decisions.

    It speaks the customer's language (a switch at the top; first the workstation's), and the record keeps
    the checklist, the terms and the serious findings the customer acknowledged in exactly the words shown.
    Every serious finding of the proof must be ticked before approving. The decision buttons sit in one bar
    across the whole screen, always in view; a line beside them says what is still missing for each, so no
    button is off without a word why.

    Signals: ``recorded(int)`` with the new approval record's id.
    """

    recorded = Signal(int)

    def __init__(
        self,
        session,  # noqa: ANN001
        number: str,
        version: int,
        read: PresentRead,
        parent: QWidget | None = None,
    ) -> None:
        """``read``: the proof, findings and terms read in the background (:func:`read_present`)."""
        super().__init__(parent)
        self.session, self.number, self.version = session, number, version
        self.read = read
        self.saving = False  # the decision is being saved in the background
        self.setWindowTitle(f"{number} – v{version}")
        # The customer's language, in which their proof was made; else the workstation's (the switch stays)
        self.lang = next(lang for lang in (read.language, ui_language(), "de") if lang in LANGUAGES)
        outer = QVBoxLayout(self)
        body = QHBoxLayout()
        self.viewer = ProofViewer(controls=True)
        pdf = read.pdf
        self.viewer.set_pdf(pdf, page=1, key=(number, version))
        # Marks on the proof (pen, circles, numbered pins): the customer shows what should change.
        self.markup = MarkupPanel(self.lang)
        self.markup.set_pdf(pdf, page=1)
        self.markup.changed.connect(self._update)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.viewer)
        self.stack.addWidget(self.markup)
        body.addWidget(self.stack, 3)

        side = QVBoxLayout()
        side.setSpacing(5)  # from 1440×900 up the whole form fits without a scroll
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")  # one line beside the language
        self.language = language_box(self.lang)
        self.language.currentIndexChanged.connect(lambda _i: self.set_language(self.language.currentData()))
        top.addWidget(self.heading, 1)
        top.addWidget(self.language, alignment=Qt.AlignmentFlag.AlignTop)
        side.addLayout(top)
        self.checks: dict[str, QCheckBox] = {}
        self.check_labels: dict[str, QLabel] = {}
        for key in CHECKLIST:
            row = QHBoxLayout()
            row.setSpacing(8)
            box = RowCheckBox()
            box.setStyleSheet("QCheckBox { padding: 2px; } QCheckBox::indicator { width: 22px; height: 22px; }")
            box.toggled.connect(self._update)
            label = QLabel()  # a label wraps a long point on a narrow screen; a touch on it ticks the box
            label.setWordWrap(True)
            label.setStyleSheet("font-size: 12pt;")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.mousePressEvent = lambda _e, b=box: b.toggle()  # type: ignore[method-assign]
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label, 1)
            side.addLayout(row)
            self.checks[key] = box
            self.check_labels[key] = label
        # Every serious finding of the proof, ticked one by one before approving ("Mir ist bekannt: …").
        self.findings_ack = FindingsAck(
            number,
            version,
            self.lang,
            customer_text(self.lang, "findings_heading"),
            worded=read.findings,
            viewer=session.actor,
        )
        self.findings_ack.changed.connect(self._update)
        side.addWidget(self.findings_ack)
        self.changes = text_box()
        self.changes.setMinimumHeight(50)
        self.changes.setMaximumHeight(84)
        self.changes.textChanged.connect(self._update)
        side.addWidget(self.changes)
        self.name = QLineEdit()
        self.name.setMinimumHeight(36)
        self.name.textChanged.connect(self._update)
        side.addWidget(self.name)
        self.pad = SignaturePad()
        self.pad.setMinimumHeight(112)
        self.pad.changed.connect(self._update)
        self.pad.changed.connect(self._signing_again)
        side.addWidget(self.pad, 1)
        pad_row = QHBoxLayout()
        self.undo = small_button("")
        self.undo.clicked.connect(self.pad.undo)
        self.clear = small_button("")
        self.clear.clicked.connect(self.pad.clear)
        pad_row.addWidget(self.undo)
        pad_row.addWidget(self.clear)
        pad_row.addStretch()
        side.addLayout(pad_row)
        holder = QWidget()
        holder.setLayout(side)
        self.form = holder
        scroll = QScrollArea()  # a small screen scrolls the form; the decision bar below stays in view
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(340)
        scroll.setMaximumWidth(620)
        body.addWidget(scroll, 2)
        outer.addLayout(body, 1)

        # The terms across the whole width, right above the decisions: read in full at a glance, never in a
        # small box of their own that the mouse wheel scrolls together with the form.
        self.terms = QLabel()
        self.terms.setWordWrap(True)
        self.terms.setTextFormat(Qt.TextFormat.RichText)
        self.terms.setStyleSheet(
            f"QLabel {{ background: {palette.NOTE_BACKGROUND}; border: 1px solid {palette.NOTE_LINE}; "
            "border-radius: 4px; padding: 6px; }"
        )
        terms_view = QScrollArea()  # a shop's very long terms scroll here; the decisions stay on the screen
        terms_view.setWidget(self.terms)
        terms_view.setWidgetResizable(True)
        terms_view.setFrameShape(QFrame.Shape.NoFrame)
        terms_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.terms_view = terms_view
        outer.addWidget(terms_view)
        self.message = message_line()
        self.needed = hint()
        outer.addWidget(self.needed)
        outer.addWidget(self.message)
        actions = QHBoxLayout()
        self.back = big_button("")
        self.back.clicked.connect(self.reject)
        self.ask = big_button("", danger=True)
        self.ask.clicked.connect(lambda: self._decide(Decision.CHANGES_REQUESTED))
        self.with_changes = big_button("")
        self.with_changes.clicked.connect(lambda: self._decide(Decision.APPROVED_WITH_CHANGES))
        self.approve = big_button("", primary=True)
        self.approve.clicked.connect(lambda: self._decide(Decision.APPROVED))
        actions.addWidget(self.back)
        self.mark_button = big_button("")
        self.mark_button.setCheckable(True)
        self.mark_button.setMinimumHeight(48)
        self.mark_button.toggled.connect(self.show_marks)
        actions.addWidget(self.mark_button)
        actions.addStretch()
        for button in (self.ask, self.with_changes, self.approve):
            button.setMinimumHeight(48)
            actions.addWidget(button)
        outer.addLayout(actions)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.reject)
        QShortcut(QKeySequence("Ctrl+M"), self, activated=self.mark_button.toggle)
        self.set_language(self.lang)

    def show_marks(self, on: bool) -> None:
        """Switch between looking at the proof and marking it (on the page the customer is looking at)."""
        if on:
            self.markup.go(self.viewer.current_page())
            self.stack.setCurrentWidget(self.markup)
            self.markup.canvas.setFocus()
        else:
            self.viewer.go(self.markup.canvas.page)
            self.stack.setCurrentWidget(self.viewer)
        self._mark_label()

    def _mark_label(self) -> None:
        on = self.mark_button.isChecked()
        self.mark_button.setText(("◀ " + self.text("view")) if on else ("✎ " + self.text("mark")))
        self.mark_button.setToolTip(self.text("mark_tip"))

    def text(self, key: str, **params: object) -> str:
        return customer_text(self.lang, key, **params) if params else customer_text(self.lang, key, raw=True)

    def set_language(self, lang: str) -> None:
        """Everything the customer reads in ``lang``: the chrome, the checklist, the findings and the terms."""
        self.lang = lang if lang in LANGUAGES else "de"
        self.heading.setText(self.text("heading"))
        for key, box in self.checks.items():
            box.setAccessibleName(vocabulary.name("checklist", key, self.lang))
            self.check_labels[key].setText(vocabulary.name("checklist", key, self.lang))
        self.findings_ack.set_language(self.lang, self.text("findings_heading"))
        terms_text = escape(self.read.terms.get(self.lang, "")).replace("\n", "<br>")
        self.terms.setText(f"<b>{escape(self.text('terms'))}:</b> {terms_text}")
        self._fit_terms()
        self.changes.setPlaceholderText(self.text("changes_placeholder"))
        self.name.setPlaceholderText(self.text("name_placeholder"))
        self.pad.placeholder = self.text("sign_here")
        self.pad.update()
        self.undo.setText(self.text("undo"))
        self.clear.setText(self.text("clear"))
        self.back.setText(self.text("back"))
        self.ask.setText(self.text("ask"))
        self.with_changes.setText(self.text("with_changes"))
        self.approve.setText(self.text("approve"))
        self.markup.set_language(self.lang)
        self._mark_label()
        self.viewer.set_texts(
            self.text("page_of"), self.text("fit_page"), self.text("fit_width"), self.text("true_size")
        )
        self.viewer.colours.set_texts(
            self.text("press_colours"),
            self.text("press_colours_tip"),
            self.text("colour_warning"),
            self.text("colour_warning_tip"),
        )
        self._update()

    TERMS_MAX_PX = 150  # longer terms scroll inside their strip; the form and the decisions keep their room

    def _fit_terms(self) -> None:
        """The terms' strip exactly as tall as the terms at the strip's width (at most TERMS_MAX_PX)."""
        width = self.terms_view.viewport().width() or max(self.width() - 40, 200)
        needed = self.terms.heightForWidth(width)
        if needed <= 0:
            needed = self.terms.sizeHint().height()
        self.terms_view.setFixedHeight(min(self.TERMS_MAX_PX, needed))

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_terms()

    def show_on_customer_screen(self) -> None:
        """Full screen, on the second screen when one is attached."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setScreen(screens[1])
            self.move(screens[1].geometry().topLeft())
        self.showFullScreen()

    def _signing_again(self) -> None:
        """The customer signs again after a refused signature: the refusal goes (it stayed beside the new one)."""
        if not self.saving:
            self.message.clear_message()

    def _update(self) -> None:
        open_points = sum(not b.isChecked() for b in self.checks.values())
        open_findings = self.findings_ack.open_count()
        has_marks = self.markup.has_marks()
        has_changes = bool(self.changes.toPlainText().strip()) or has_marks
        sign_needs = [customer_text(self.lang, "need_pin_text", n=n) for n in self.markup.pins_without_text()]
        if not self.name.text().strip():
            sign_needs.append(self.text("need_name"))
        if self.pad.is_empty():
            sign_needs.append(self.text("need_signature"))
        approve_needs = list(sign_needs)
        if open_points:
            approve_needs.insert(0, self.text("need_ticks", n=open_points))
        if open_findings:
            need = self.text("need_findings", n=open_findings) if open_findings > 1 else self.text("need_finding")
            approve_needs.insert(0, need)
        free = not self.saving  # never a second record from a second press while the first is saved
        self.approve.setEnabled(free and not approve_needs and not has_changes)
        self.with_changes.setEnabled(free and not approve_needs and has_changes)
        self.ask.setEnabled(free and not sign_needs and has_changes)
        parts = []
        if has_marks and not self.changes.toPlainText().strip():
            parts.append(self.text("marks_no_approve"))
        if not has_changes:
            if approve_needs:
                parts.append(self.text("to_approve", needs=", ".join(approve_needs)))
            parts.append(self.text("to_ask_first"))
        elif sign_needs:
            parts.append(self.text("to_ask", needs=", ".join(sign_needs)))
        elif approve_needs:
            parts.append(self.text("to_approve_changes", needs=", ".join(approve_needs)))
        else:
            parts.append(self.text("either"))
        self.needed.setText(" ".join(parts))

    def reject(self) -> None:
        """Back: a signature or written changes are not thrown away without asking."""
        if self.saving:
            return  # the decision is being saved: it ends with the receipt, or says why not
        if not self.pad.is_empty() or self.changes.toPlainText().strip() or self.markup.has_marks():
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.text("leave_title"))
            box.setText(self.text("leave_text"))
            leave = box.addButton(self.text("leave"), QMessageBox.ButtonRole.AcceptRole)
            stay = box.addButton(self.text("stay"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(stay)
            box.setEscapeButton(stay)
            box.exec()
            if box.clickedButton() is not leave:
                return
        super().reject()

    def _decide(self, decision: Decision) -> None:
        """Save the decision in the background (the signature picture is drawn and the record sealed there);
        the screen says so and takes no second press; then the receipt, or the reason in one sentence."""
        if self.saving:
            return
        lang, actor, number, version = self.lang, self.session.actor, self.number, self.version
        name, changes = self.name.text(), self.changes.toPlainText()
        checklist = {k: b.isChecked() for k, b in self.checks.items()}
        strokes, acknowledged = list(self.pad.strokes), self.findings_ack.keys()
        marks = self.markup.marks() if decision != Decision.APPROVED else None

        def work() -> int:
            with speaking(lang):  # a refusal is said in the language the customer reads
                record = approvals.record_approval(
                    actor,
                    number,
                    decision=decision,
                    customer_name=name,
                    checklist=checklist,
                    version=version,
                    changes=changes,
                    strokes=strokes,
                    acknowledged=acknowledged,
                    shown_language=lang,
                    marks=marks,
                )
            return int(record.id)

        self._saving(True)
        self.message.show_text(self.text("saving"), "busy")
        run_task(work, self._saved, self._not_saved)

    def _saving(self, saving: bool) -> None:
        self.saving = saving
        for widget in (self.form, self.back, self.language, self.mark_button, self.markup):  # the proof stays in view
            widget.setEnabled(not saving)
        self._update()

    def _saved(self, record_id: int) -> None:
        self._saving(False)
        self.message.clear_message()
        self.session.changed.emit()
        self.recorded.emit(record_id)
        self.accept()

    def _not_saved(self, failure: Failure) -> None:
        self._saving(False)
        show_message(self.message, failure)
