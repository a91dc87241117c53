"""Show the proof to the customer, full screen, and take the decision with a signature."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import Decision
from ..domain.errors import UserError
from ..domain.texts import CHECKLIST, checklist_label
from ..services import approvals, proofs
from ..services.shop import language, terms
from .common import ask, big_button, hint, message_line, show_message, small_button, text_box
from .proof_viewer import ProofViewer
from .signature_pad import SignaturePad


class PresentDialog(QDialog):
    """The customer's screen: the proof large, the checklist and terms, the signature and the decisions.

    The decision buttons sit in one bar across the whole screen, always in view; a line beside them says
    what is still missing for each, so no button is off without a word why.

    Signals: ``recorded(int)`` with the new approval record's id.
    """

    recorded = Signal(int)

    def __init__(self, session, number: str, version: int, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session, self.number, self.version = session, number, version
        self.setWindowTitle(self.tr("Proof {number} – version {v}").format(number=number, v=version))
        lang = language()  # the customer reads the proof's language: the shop's
        outer = QVBoxLayout(self)
        body = QHBoxLayout()
        self.viewer = ProofViewer(controls=True)
        self.viewer.set_pdf(proofs.proof_bytes(proofs.get_proof(number, version)), page=1, key=(number, version))
        body.addWidget(self.viewer, 3)

        side = QVBoxLayout()
        heading = QLabel(self.tr("Please check your proof carefully"))
        heading.setProperty("role", "title")
        heading.setWordWrap(True)
        side.addWidget(heading)
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        self.checks: dict[str, QCheckBox] = {}
        for i, key in enumerate(CHECKLIST):
            box = QCheckBox(checklist_label(lang, key))
            box.setStyleSheet(
                "QCheckBox { font-size: 12pt; padding: 3px; } QCheckBox::indicator { width: 22px; height: 22px; }"
            )
            box.toggled.connect(self._update)
            self.checks[key] = box
            grid.addWidget(box, i, 0)
        side.addLayout(grid)
        self.terms = QTextBrowser()
        self.terms.setPlainText(terms(lang))
        self.terms.setMinimumHeight(60)
        self.terms.setMaximumHeight(100)
        self.terms.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side.addWidget(self.terms)
        self.changes = text_box(self.tr("Changes you want (one per line) – leave empty to approve as shown"))
        self.changes.setMinimumHeight(56)
        self.changes.setMaximumHeight(84)
        self.changes.textChanged.connect(self._update)
        side.addWidget(self.changes)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Your name"))
        self.name.setMinimumHeight(36)
        self.name.textChanged.connect(self._update)
        side.addWidget(self.name)
        self.pad = SignaturePad()
        self.pad.setMinimumHeight(140)
        self.pad.changed.connect(self._update)
        side.addWidget(self.pad, 1)
        pad_row = QHBoxLayout()
        undo = small_button(self.tr("Undo stroke"))
        undo.clicked.connect(self.pad.undo)
        clear = small_button(self.tr("Clear signature"))
        clear.clicked.connect(self.pad.clear)
        pad_row.addWidget(undo)
        pad_row.addWidget(clear)
        pad_row.addStretch()
        side.addLayout(pad_row)
        holder = QWidget()
        holder.setLayout(side)
        scroll = QScrollArea()  # a small screen scrolls the form; the decision bar below stays in view
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(400)
        scroll.setMaximumWidth(620)
        body.addWidget(scroll, 2)
        outer.addLayout(body, 1)

        self.message = message_line()
        self.needed = hint()
        outer.addWidget(self.needed)
        outer.addWidget(self.message)
        actions = QHBoxLayout()
        close = big_button(self.tr("Back (Esc)"))
        close.clicked.connect(self.reject)
        self.ask = big_button(self.tr("Ask for changes"), danger=True)
        self.ask.clicked.connect(lambda: self._decide(Decision.CHANGES_REQUESTED))
        self.with_changes = big_button(self.tr("Approve with these changes"))
        self.with_changes.clicked.connect(lambda: self._decide(Decision.APPROVED_WITH_CHANGES))
        self.approve = big_button(self.tr("Approve for print"), primary=True)
        self.approve.clicked.connect(lambda: self._decide(Decision.APPROVED))
        actions.addWidget(close)
        actions.addStretch()
        for button in (self.ask, self.with_changes, self.approve):
            button.setMinimumHeight(48)
            actions.addWidget(button)
        outer.addLayout(actions)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.reject)
        self._update()

    def show_on_customer_screen(self) -> None:
        """Full screen, on the second screen when one is attached."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setScreen(screens[1])
            self.move(screens[1].geometry().topLeft())
        self.showFullScreen()

    def _update(self) -> None:
        open_points = sum(not b.isChecked() for b in self.checks.values())
        has_changes = bool(self.changes.toPlainText().strip())
        sign_needs = []
        if not self.name.text().strip():
            sign_needs.append(self.tr("write your name"))
        if self.pad.is_empty():
            sign_needs.append(self.tr("sign in the box"))
        approve_needs = list(sign_needs)
        if open_points:
            approve_needs.insert(0, self.tr("tick the {n} open points of the checklist").format(n=open_points))
        self.approve.setEnabled(not approve_needs and not has_changes)
        self.with_changes.setEnabled(not approve_needs and has_changes)
        self.ask.setEnabled(not sign_needs and has_changes)
        parts = []
        if not has_changes:
            if approve_needs:
                parts.append(self.tr("To approve: {needs}.").format(needs=", ".join(approve_needs)))
            parts.append(self.tr("To ask for changes, write them in the box first."))
        elif sign_needs:
            parts.append(self.tr("To ask for these changes: {needs}.").format(needs=", ".join(sign_needs)))
        elif approve_needs:
            parts.append(self.tr("To approve with these changes: {needs}.").format(needs=", ".join(approve_needs)))
        else:
            parts.append(self.tr("Approve with these changes, or ask for them and see a new proof first."))
        self.needed.setText(" ".join(parts))

    def reject(self) -> None:
        """Back: a signature or written changes are not thrown away without asking."""
        if (not self.pad.is_empty() or self.changes.toPlainText().strip()) and not ask(
            self,
            self.tr("Leave without a decision?"),
            self.tr("The signature and what was written here are not saved. Leave anyway?"),
            self.tr("Leave"),
            self.tr("Stay"),
        ):
            return
        super().reject()

    def _decide(self, decision: Decision) -> None:
        try:
            record = approvals.record_approval(
                self.session.actor,
                self.number,
                decision=decision,
                customer_name=self.name.text(),
                checklist={k: b.isChecked() for k, b in self.checks.items()},
                version=self.version,
                changes=self.changes.toPlainText(),
                strokes=self.pad.strokes,
            )
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self.session.changed.emit()
        self.recorded.emit(record.id)
        self.accept()
