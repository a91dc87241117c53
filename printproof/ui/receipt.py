"""The signed record, shown back at once from what the store holds."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..services.overview import approval_record
from .common import big_button, local_time, pixmap_from, title
from .labels import decision_name, method_name


class ApprovalReceipt(QDialog):
    def __init__(self, approval_id: int, parent: QWidget | None = None, session=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session, self.approval_id = session, approval_id
        a = approval_record(approval_id)  # read back: what is shown is what was stored
        self.setWindowTitle(self.tr("Recorded"))
        layout = QVBoxLayout(self)
        layout.addWidget(title(decision_name(a.decision)))
        if a.signature_png:
            picture = QLabel()
            picture.setPixmap(
                pixmap_from(a.signature_png).scaled(
                    520, 180, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
            picture.setStyleSheet("background: white; border: 1px solid #ddd;")
            layout.addWidget(picture)
        facts = [
            self.tr("Order {number}, proof version {v}").format(number=a.number, v=a.version),
            self.tr("by <b>{name}</b>").format(name=escape(a.customer_name)),
            self.tr("on {when}").format(when=local_time(a.created_at)),
            method_name(a.method),
        ]
        if a.changes:
            facts.append(self.tr("Changes: {changes}").format(changes=escape(a.changes).replace("\n", "; ")))
        if a.note:
            facts.append(self.tr("Note: {note}").format(note=escape(a.note)))
        facts.append(
            "<span style='color:#616161'>"
            + self.tr("Record {record}… · Proof {proof}…").format(
                record=a.record_sha256[:16], proof=a.proof_sha256[:16]
            )
            + "</span>"
        )
        label = QLabel("<br>".join(facts))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        layout.addWidget(label)
        done = big_button(self.tr("Done"), primary=True)
        done.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        done.setDefault(True)
        done.clicked.connect(self.accept)
        row = QHBoxLayout()
        self.copy_button = big_button(self.tr("Copy for the customer…"))
        self.copy_button.setVisible(session is not None)
        self.copy_button.clicked.connect(self.offer_copy)
        row.addWidget(self.copy_button)
        row.addStretch()
        row.addWidget(done)
        layout.addLayout(row)
        self.resize(600, 420)

    def offer_copy(self) -> None:
        """The customer's copy of this approval: printed on A4 or a receipt, and/or e-mailed."""
        from .copy_dialog import CustomerCopyDialog

        self.copy_dialog = CustomerCopyDialog(self.session, f"approval:{self.approval_id}", self)
        self.copy_dialog.show()
