"""Show the proof to the customer, full screen, and take the decision with a signature."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
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
from .common import big_button, message_line, show_message
from .findings_ack import FindingsAck
from .proof_viewer import ProofViewer
from .signature_pad import SignaturePad


class PresentDialog(QDialog):
    """The customer's screen: the proof large, the checklist and terms, the signature and two big actions.

    Signals: ``recorded(object)`` with the new Approval.
    """

    recorded = Signal(object)

    def __init__(self, session, number: str, version: int, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session, self.number, self.version = session, number, version
        self.setWindowTitle(self.tr("Proof {number} – version {v}").format(number=number, v=version))
        lang = language()
        outer = QHBoxLayout(self)
        self.viewer = ProofViewer(controls=True)
        self.viewer.set_pdf(proofs.proof_bytes(proofs.get_proof(number, version)), page=1)
        outer.addWidget(self.viewer, 3)
        side = QVBoxLayout()
        heading = QLabel(self.tr("Please check your proof carefully"))
        heading.setProperty("role", "title")
        heading.setWordWrap(True)
        side.addWidget(heading)
        self.checks: dict[str, QCheckBox] = {}
        for key in CHECKLIST:
            box = QCheckBox(checklist_label(lang, key))
            box.setStyleSheet(
                "QCheckBox { font-size: 13pt; padding: 4px; } QCheckBox::indicator { width: 24px; height: 24px; }"
            )
            box.toggled.connect(self._update)
            self.checks[key] = box
            side.addWidget(box)
        self.findings_ack = FindingsAck(number, version, lang, self.tr("Please confirm each of these points:"))
        self.findings_ack.changed.connect(self._update)
        side.addWidget(self.findings_ack)
        self.terms = QTextBrowser()
        self.terms.setPlainText(terms(lang))
        self.terms.setMaximumHeight(120)
        side.addWidget(self.terms)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Your name"))
        self.name.setMinimumHeight(40)
        self.name.textChanged.connect(self._update)
        side.addWidget(self.name)
        self.pad = SignaturePad()
        self.pad.setMinimumHeight(170)
        self.pad.changed.connect(self._update)
        side.addWidget(self.pad, 1)
        pad_row = QHBoxLayout()
        undo = big_button(self.tr("Undo stroke"))
        undo.clicked.connect(self.pad.undo)
        clear = big_button(self.tr("Clear"))
        clear.clicked.connect(self.pad.clear)
        pad_row.addWidget(undo)
        pad_row.addWidget(clear)
        pad_row.addStretch()
        side.addLayout(pad_row)
        self.changes = QPlainTextEdit()
        self.changes.setPlaceholderText(self.tr("Changes the customer asks for (one per line)"))
        self.changes.setMaximumHeight(90)
        self.changes.textChanged.connect(self._update)
        side.addWidget(self.changes)
        self.message = message_line()
        side.addWidget(self.message)
        actions = QVBoxLayout()  # stacked: big, readable, never cut off
        self.approve = big_button(self.tr("Approve for print"), primary=True)
        self.approve.clicked.connect(lambda: self._decide(Decision.APPROVED))
        self.with_changes = big_button(self.tr("Approve with these changes"))
        self.with_changes.clicked.connect(lambda: self._decide(Decision.APPROVED_WITH_CHANGES))
        self.ask = big_button(self.tr("Ask for changes"), danger=True)
        self.ask.clicked.connect(lambda: self._decide(Decision.CHANGES_REQUESTED))
        actions.addWidget(self.approve)
        actions.addWidget(self.with_changes)
        actions.addWidget(self.ask)
        side.addLayout(actions)
        close = big_button(self.tr("Back (Esc)"))
        close.clicked.connect(self.reject)
        side.addWidget(close, alignment=Qt.AlignmentFlag.AlignRight)
        holder = QWidget()
        holder.setLayout(side)
        scroll = QScrollArea()  # small screens scroll instead of squeezing the signature box
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(480)
        scroll.setMaximumWidth(620)
        outer.addWidget(scroll, 2)
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
        ticked = all(b.isChecked() for b in self.checks.values()) and self.findings_ack.all_ticked()
        signed = not self.pad.is_empty() and bool(self.name.text().strip())
        has_changes = bool(self.changes.toPlainText().strip())
        self.approve.setEnabled(ticked and signed and not has_changes)
        self.with_changes.setEnabled(signed and has_changes)
        self.ask.setEnabled(signed and has_changes)

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
                acknowledged=self.findings_ack.keys(),
            )
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self.session.changed.emit()
        self.recorded.emit(record)
        self.accept()
