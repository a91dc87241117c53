"""Pickup: type or scan the order number, the approval fills the screen; hand over or record a complaint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import OrderStatus, Role
from ..domain.errors import UserError
from ..services import pickup, proofs
from ..services.disputes import open_disputes
from ..store.blobs import blob_bytes
from .common import STATUS_COLORS, big_button, hint, local_time, message_line, show_message, status_label
from .proof_viewer import ProofViewer
from .signature_pad import SignaturePad


def method_name(method: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "on_screen": QCoreApplication.translate("Pickup", "signed on screen"),
        "paper": QCoreApplication.translate("Pickup", "signed paper proof"),
        "email": QCoreApplication.translate("Pickup", "by e-mail"),
        "phone": QCoreApplication.translate("Pickup", "by phone"),
    }.get(method, method)


class PickupScreen(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session = session
        self.record: pickup.PickupRecord | None = None
        outer = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Scan or type the order number, then Enter"))
        self.search.setMinimumHeight(56)
        font = self.search.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.search.setFont(font)
        self.search.returnPressed.connect(self.look_up)
        outer.addWidget(self.search)
        self.message = message_line()
        outer.addWidget(self.message)
        body = QHBoxLayout()
        self.viewer = ProofViewer()
        body.addWidget(self.viewer, 3)
        card = QFrame()
        card.setProperty("role", "card")
        card.setMinimumWidth(420)
        side = QVBoxLayout(card)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.status_chip = QLabel()
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signature = QLabel()
        self.signature.setMinimumHeight(120)
        self.signature.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signature.setStyleSheet("background: white; border: 1px solid #ddd; border-radius: 6px;")
        side.addWidget(self.heading)
        side.addWidget(self.status_chip, alignment=Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.signature)
        side.addWidget(self.facts)
        side.addStretch()
        self.hand_over = big_button(self.tr("Hand over – customer signs"), primary=True)
        self.hand_over.clicked.connect(self._hand_over)
        self.dispute = big_button(self.tr("Customer disputes"), danger=True)
        self.dispute.clicked.connect(self._dispute)
        self.decide = big_button(self.tr("Decide the complaint (owner)"))
        self.decide.clicked.connect(self._decide)
        side.addWidget(self.hand_over)
        side.addWidget(self.dispute)
        side.addWidget(self.decide)
        self.certificate = big_button(self.tr("Signed approval certificate…"))
        self.certificate.clicked.connect(self._certificate)
        side.addWidget(self.certificate)
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

    def look_up(self, number: str | None = None) -> None:
        text = number or self.search.text()
        try:
            self.record = pickup.find_for_pickup(text)
        except UserError as exc:
            show_message(self.message, str(exc))
            self.card.setVisible(False)
            self.viewer.set_pdf(None)
            self.search.selectAll()
            return
        show_message(self.message, "")
        self._show()
        self.search.selectAll()

    def _show(self) -> None:
        rec = self.record
        order = rec.order
        customer = order.customer
        self.card.setVisible(True)
        self.heading.setText(f"{order.number} · {customer.name}")
        color = STATUS_COLORS.get(order.status, "#000")
        self.status_chip.setText(status_label(order.status))
        self.status_chip.setStyleSheet(
            f"background:{color}; color:white; padding:6px 12px; border-radius:12px;font-weight:600;"
        )
        pcs = self.tr("{n} pcs").format(n=order.quantity)
        lines = [f"<b>{order.product}</b>, {pcs}, {order.colors}"]
        a = rec.approval
        if a is None:
            self.viewer.set_pdf(None)
            self.signature.clear()
            self.signature.setText(self.tr("No approval on record for this order."))
            not_yet = self.tr("Not approved yet.")
            lines.append(f"<span style='color:#c62828'><b>{not_yet}</b></span>")
        else:
            self.viewer.set_pdf(proofs.proof_bytes(a.proof), page=1)
            pixmap = QPixmap()
            if a.signature_image_id:
                pixmap.loadFromData(blob_bytes(a.signature_image_id))
                self.signature.setPixmap(
                    pixmap.scaled(
                        400, 140, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                    )
                )
            else:
                self.signature.setText(method_name(a.method))
            decision = {
                "approved": self.tr("Approved for print"),
                "approved_with_changes": self.tr("Approved with changes"),
            }.get(a.decision, a.decision)
            lines += [
                f"<span style='color:#2e7d32; font-size:14pt'><b>{decision}</b></span>",
                self.tr("by <b>{name}</b>").format(name=a.customer_name),
                self.tr("on {when}").format(when=local_time(a.created_at)),
                self.tr("proof version {v} ({method})").format(v=a.proof.version, method=method_name(a.method)),
                self.tr("present: {staff} at {workstation}").format(
                    staff=a.staff.name if a.staff else "–", workstation=a.workstation
                ),
                f"<span style='color:#616161'>SHA-256 {a.proof.pdf_id[:16]}…</span>",
            ]
            from ..services.verify import verify_approval

            problems = verify_approval(a.id)
            if problems:
                text = self.tr("NOT verified: {problems}").format(problems="; ".join(problems))
                lines.insert(1, f"<span style='color:#c62828'><b>⛔ {text}</b></span>")
            else:
                text = self.tr("Verified: record, signature and proof are unchanged")
                lines.insert(1, f"<span style='color:#2e7d32'>✔ {text}</span>")
        if rec.requested_changes:
            heading = self.tr("Changes asked for along the way:")
            lines.append(f"<br><b>{heading}</b>")
            lines += [f"v{v}: {text}" for v, text in rec.requested_changes]
        self.facts.setText("<br>".join(lines))
        status = OrderStatus(order.status)
        self.hand_over.setEnabled(
            a is not None
            and status in (OrderStatus.APPROVED, OrderStatus.IN_PRODUCTION, OrderStatus.READY, OrderStatus.RESOLVED)
        )
        self.dispute.setEnabled(a is not None and status != OrderStatus.DISPUTED)
        self.decide.setVisible(status == OrderStatus.DISPUTED)
        self.certificate.setEnabled(a is not None)
        self.decide.setEnabled(self.session.actor is not None and self.session.actor.role == Role.OWNER)

    def _certificate(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from ..services.certificates import make_certificate
        from ..services.proofs import write_file_atomically

        number = self.record.order.number
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Approval certificate"),
            str(Path.home() / f"Approval-certificate-{number}.pdf"),
            "PDF (*.pdf)",
        )
        if not path:
            return
        try:
            write_file_atomically(Path(path), make_certificate(self.session.actor, number))
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        show_message(self.message, self.tr("Saved to {path}").format(path=path), ok=True)

    def _hand_over(self) -> None:
        dialog = HandOverDialog(self.session, self.record.order.number, self.record.order.customer.name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            show_message(self.message, self.tr("Handed over. Thank you!"), ok=True)
            self.look_up(self.record.order.number)

    def _dispute(self) -> None:
        from .disputes import DisputeDialog

        dialog = DisputeDialog(self.session, self.record.order.number, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            show_message(self.message, self.tr("The complaint is recorded; the owner decides it."), ok=True)
            self.look_up(self.record.order.number)

    def _decide(self) -> None:
        from .disputes import DecisionDialog

        cases = [d for d in open_disputes() if d.order_id == self.record.order.id]
        if not cases:
            return
        dialog = DecisionDialog(self.session, cases[-1].id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            show_message(self.message, self.tr("The decision is recorded."), ok=True)
            self.look_up(self.record.order.number)


class HandOverDialog(QDialog):
    def __init__(self, session, number: str, name: str, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session, self.number = session, number
        self.setWindowTitle(self.tr("Hand over {number}").format(number=number))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("The customer confirms receipt with a signature.")))
        self.name = QLineEdit(name)
        layout.addWidget(self.name)
        self.pad = SignaturePad()
        layout.addWidget(self.pad, 1)
        self.message = message_line()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        clear = big_button(self.tr("Clear"))
        clear.clicked.connect(self.pad.clear)
        ok = big_button(self.tr("Confirm receipt"), primary=True)
        ok.clicked.connect(self._save)
        cancel = big_button(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row.addWidget(clear)
        row.addStretch()
        row.addWidget(cancel)
        row.addWidget(ok)
        layout.addLayout(row)

    def _save(self) -> None:
        try:
            pickup.record_pickup(self.session.actor, self.number, self.name.text(), self.pad.strokes)
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self.session.changed.emit()
        self.accept()
