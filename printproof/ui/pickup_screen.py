"""Pickup: type or scan the order number, the approval fills the screen; hand over or record a complaint."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain import rules
from ..domain.enums import DisputeOutcome, OrderStatus, Role
from ..domain.errors import UserError
from ..domain.rules import Step
from ..services import pickup
from ..workers.tasks import run_task
from . import workstation
from .common import (
    OK,
    SERIOUS,
    ElidedLabel,
    big_button,
    fit_to_screen,
    hint,
    local_time,
    message_line,
    pixmap_from,
    show_message,
    status_chip_style,
    status_label,
)
from .labels import decision_name, method_name
from .proof_viewer import ProofViewer
from .signature_pad import SignaturePad


class PickupScreen(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session = session
        self.record: pickup.PickupView | None = None
        self.busy = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Scan or type the order number, then Enter"))
        self.search.setMinimumHeight(48)
        font = self.search.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.search.setFont(font)
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.look_up)
        outer.addWidget(self.search)
        self.message = message_line()
        outer.addWidget(self.message)
        body = QHBoxLayout()
        self.viewer = ProofViewer()
        self.viewer.set_empty_text(self.tr("The approved proof appears here."))
        body.addWidget(self.viewer, 3)

        card = QFrame()
        card.setProperty("role", "card")
        card.setMinimumWidth(360)
        card.setMaximumWidth(560)
        side = QVBoxLayout(card)
        self.heading = ElidedLabel()
        self.heading.setProperty("role", "title")
        self.status_chip = QLabel()
        head = QHBoxLayout()
        head.addWidget(self.status_chip)
        head.addStretch()
        side.addWidget(self.heading)
        side.addLayout(head)
        # The facts scroll; the buttons below them are always in view, on every screen size.
        facts_box = QWidget()
        facts_layout = QVBoxLayout(facts_box)
        facts_layout.setContentsMargins(0, 0, 0, 0)
        self.verified = QLabel()
        self.verified.setWordWrap(True)
        self.signature = QLabel()
        self.signature.setMinimumHeight(90)
        self.signature.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signature.setStyleSheet("background: white; border: 1px solid #ddd; border-radius: 6px;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        facts_layout.addWidget(self.verified)
        facts_layout.addWidget(self.signature)
        facts_layout.addWidget(self.facts)
        facts_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(facts_box)
        side.addWidget(scroll, 1)
        self.hand_over = big_button(self.tr("Hand over – customer signs"), primary=True)
        self.hand_over.clicked.connect(self._hand_over)
        self.dispute = big_button(self.tr("Customer disputes"), danger=True)
        self.dispute.clicked.connect(self._dispute)
        self.decide = big_button(self.tr("Decide the complaint (owner)"))
        self.decide.clicked.connect(self._decide)
        self.certificate = big_button(self.tr("Signed approval certificate…"))
        self.certificate.clicked.connect(self._certificate)
        for button in (self.hand_over, self.dispute, self.decide, self.certificate):
            side.addWidget(button)
        body.addWidget(card, 2)
        outer.addLayout(body, 1)
        self.card = card
        self.clear()

    def clear(self) -> None:
        self.record = None
        self.viewer.set_pdf(None)
        self.card.setVisible(False)
        self.search.clear()
        self.search.setFocus()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        self.search.setFocus()
        self.search.selectAll()

    def session_changed(self) -> None:
        """Another person signed in (Ctrl+L): the buttons follow their role at once."""
        if self.record is not None:
            self._update_buttons()

    def refresh(self, on_failed: Callable[[str], None] | None = None) -> None:
        """Read the shown order again in the background (another workstation may have changed it); shown
        when read, only if something changed — the re-check of the approval's hashes never holds the window."""
        if self.record is None or self.busy:
            return
        from ..services.opening import reading

        number = self.record.number

        def read() -> pickup.PickupView:
            with reading():
                return pickup.pickup_view(number)

        def show(record: pickup.PickupView) -> None:
            if self.record is not None and self.record.number == number and not self.busy and record != self.record:
                self.record = record
                self._show()

        run_task(read, show, on_failed or (lambda _failure: None))

    def look_up(self, number: str | None = None, quiet: bool = False) -> None:
        text = number or self.search.text()
        if not text.strip():
            return
        try:
            self.record = pickup.pickup_view(text, viewer=self.session.actor)
        except UserError as exc:
            show_message(self.message, str(exc))
            self.record = None
            self.card.setVisible(False)
            self.viewer.set_pdf(None)
            self.search.selectAll()
            return
        if not quiet:
            self.message.clear_message()
        self._show()
        self.search.selectAll()
        self._check_copy(text)

    def _check_copy(self, text: str) -> None:
        """A scanned customer's copy is checked against the store at once: does the store still match it?"""
        from ..services.copy_check import check_copy_code, customer_copy_code

        code = customer_copy_code(text)
        if not code:
            return
        try:
            found = check_copy_code(code)
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        show_message(self.message, " ".join(found.lines), ok=found.status == "confirmed")

    def _show(self) -> None:
        rec = self.record
        assert rec is not None
        self.card.setVisible(True)
        self.heading.setText(f"{rec.number} · {rec.customer}" + (f" – {rec.company}" if rec.company else ""))
        self.status_chip.setText(status_label(rec.status))
        self.status_chip.setStyleSheet(status_chip_style(rec.status))
        pcs = self.tr("{n} pcs").format(n=rec.quantity)
        lines = [f"<b>{_esc(rec.product)}</b>, {pcs}, {rec.colors}"]
        a = rec.approval
        if a is None:
            self.viewer.set_pdf(None, key=(rec.number, None))
            self.signature.clear()
            self.signature.setText(self.tr("No approval on record for this order."))
            not_yet = self.tr("Not approved yet.")  # outside the f-string: lupdate must find it
            self.verified.setText(f"<span style='color:#c62828'><b>{not_yet}</b></span>")
        else:
            self.viewer.set_pdf(rec.proof_pdf, page=1, key=(rec.number, a.version))
            if a.signature_png:
                self.signature.setPixmap(
                    pixmap_from(a.signature_png).scaled(
                        380, 120, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                    )
                )
            else:
                self.signature.setText(method_name(a.method))
            if a.problems:
                text = self.tr("NOT verified: {problems}").format(problems="; ".join(a.problems))
                self.verified.setText(f"<span style='color:#c62828'><b>{SERIOUS} {_esc(text)}</b></span>")
            else:
                text = self.tr("Verified: record, signature and proof are unchanged")
                self.verified.setText(f"<span style='color:#2e7d32'>{OK} {text}</span>")
            recorder = (
                self.tr("Present: {staff} (workstation {workstation})")
                if a.method == "on_screen"
                else self.tr("Recorded by: {staff} (workstation {workstation})")
            )
            lines += [
                f"<span style='color:#2e7d32; font-size:13pt'><b>{decision_name(a.decision)}</b></span>",
                self.tr("by <b>{name}</b>").format(name=_esc(a.customer_name)),
                self.tr("on {when}").format(when=local_time(a.created_at)),
                self.tr("proof version {v}, {method}").format(v=a.version, method=method_name(a.method)),
                _esc(recorder.format(staff=a.staff or "–", workstation=a.workstation)),
            ]
            if a.note:
                lines.append(_esc(self.tr("Note: {note}").format(note=a.note)))
            lines.append(f"<span style='color:#616161'>SHA-256 {a.proof_sha256[:16]}…</span>")
        if rec.requested_changes:
            lines.append("<br><b>{}</b>".format(self.tr("Changes the customer asked for:")))
            lines += [_esc(self.tr("Version {v}: {text}").format(v=v, text=text)) for v, text in rec.requested_changes]
        if rec.complaint:
            lines.append("<br><b>{}</b>".format(self.tr("Open complaint:")))
            lines.append(f"„{_esc(rec.complaint)}“")
        self.facts.setText("<br>".join(lines))
        self._update_buttons()

    def _update_buttons(self) -> None:
        rec = self.record
        if rec is None:
            return
        status = OrderStatus(rec.status)
        actor = self.session.actor
        has_approval = rec.approval is not None
        outcome = DisputeOutcome(rec.outcome) if rec.outcome else None
        self.hand_over.setEnabled(has_approval and rules.can(status, Step.HANDOVER, outcome) and not self.busy)
        self.dispute.setEnabled(has_approval and rules.can(status, Step.COMPLAINT, outcome) and not self.busy)
        self.decide.setVisible(status == OrderStatus.DISPUTED)
        owner = actor is not None and actor.role == Role.OWNER
        self.decide.setEnabled(owner and rec.open_dispute_id is not None and not self.busy)
        self.decide.setToolTip("" if owner else self.tr("Only the owner decides a complaint (Ctrl+L to switch user)."))
        self.certificate.setEnabled(has_approval and not self.busy)

    def _certificate(self) -> None:
        from ..services.certificates import make_certificate
        from ..services.proofs import write_file_atomically

        rec = self.record
        if rec is None:
            return
        folder = workstation.folder("proof/folder")
        name = self.tr("Certificate-{number}.pdf").format(number=rec.number)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Approval certificate"), str(Path(str(folder)) / name), self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        actor, number = self.session.actor, rec.number
        self.busy = True
        self._update_buttons()
        self.message.show_text(self.tr("Preparing the signed certificate…"), "busy")

        def work() -> str:
            write_file_atomically(Path(path), make_certificate(actor, number))
            return path

        def done(saved: str) -> None:
            self.busy = False
            self._update_buttons()
            show_message(self.message, self.tr("Saved to {path}").format(path=saved), ok=True)

        def failed(text: str) -> None:
            self.busy = False
            self._update_buttons()
            show_message(self.message, text)

        run_task(work, done, failed)

    def _hand_over(self) -> None:
        rec = self.record
        if rec is None or not self.hand_over.isEnabled():
            return
        dialog = HandOverDialog(self.session, rec.number, rec.customer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.look_up(rec.number, quiet=True)
            show_message(self.message, self.tr("Handed over. Thank you!"), ok=True)
            self.offer_copy(f"pickup:{dialog.record.id}")

    def _dispute(self) -> None:
        from .disputes import DisputeDialog

        rec = self.record
        if rec is None or not self.dispute.isEnabled():
            return
        dialog = DisputeDialog(self.session, rec.number, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.look_up(rec.number, quiet=True)
            show_message(self.message, self.tr("The complaint is recorded; the owner decides it."), ok=True)

    def _decide(self) -> None:
        from .disputes import DecisionDialog

        rec = self.record
        if rec is None or rec.open_dispute_id is None or not self.decide.isEnabled():
            return
        dialog = DecisionDialog(self.session, rec.open_dispute_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.look_up(rec.number, quiet=True)
            show_message(self.message, self.tr("The decision is recorded."), ok=True)
            self.offer_copy(f"dispute_decision:{dialog.decision.id}")

    def offer_copy(self, subject: str) -> None:
        """The customer's copy of what was just recorded (printed and/or e-mailed)."""
        from .copy_dialog import CustomerCopyDialog

        self.copy_dialog = CustomerCopyDialog(self.session, subject, self)
        self.copy_dialog.show()


class HandOverDialog(QDialog):
    def __init__(self, session, number: str, name: str, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session, self.number = session, number
        self.setWindowTitle(self.tr("Hand over {number}").format(number=number))
        fit_to_screen(self, 760, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("The customer confirms receipt with their name and signature.")))
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(self.tr("Name of the person collecting"))
        layout.addWidget(self.name)
        self.pad = SignaturePad()
        layout.addWidget(self.pad, 1)
        self.message = message_line()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        clear = big_button(self.tr("Clear"))
        clear.clicked.connect(self.pad.clear)
        self.ok = big_button(self.tr("Confirm receipt"), primary=True)
        self.ok.clicked.connect(self._save)
        cancel = big_button(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row.addWidget(clear)
        row.addStretch()
        row.addWidget(cancel)
        row.addWidget(self.ok)
        layout.addLayout(row)

    def _save(self) -> None:
        try:
            self.record = pickup.record_pickup(self.session.actor, self.number, self.name.text(), self.pad.strokes)
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self.session.changed.emit()
        self.accept()


def _esc(text: str) -> str:
    from html import escape

    return escape(text).replace("\n", "<br>")
