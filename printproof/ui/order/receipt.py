"""The signed record, shown back at once from what the store holds."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain import vocabulary
from ...services.core.context import Actor
from ...services.core.opening import reading
from ...services.counter.overview import RecordView, approval_record
from ..widgets import palette
from ..widgets.common import big_button, image_from, local_time, title

if TYPE_CHECKING:
    from ..session import Session


@dataclass(frozen=True)
class ReceiptData:
    record: RecordView
    signature: QImage | None  # the stored signature picture, decoded and scaled to the receipt


def read_receipt(approval_id: int, viewer: Actor | None) -> ReceiptData:
    """Read the record back (what is shown is what was stored), in background work: the signature picture
    is 2000 × 700 px, decoding and scaling it on the GUI thread held the window for ~40 ms."""
    with reading():
        record = approval_record(approval_id, viewer)
    picture = image_from(record.signature_png, 520, 180) if record.signature_png else None
    return ReceiptData(record, picture)


class ApprovalReceipt(QDialog):
    def __init__(self, receipt: ReceiptData, parent: QWidget | None = None, session: Session | None = None) -> None:
        """``receipt``: the record read back in the background (:func:`read_receipt`)."""
        super().__init__(parent)
        a = receipt.record
        self.session, self.approval_id = session, a.approval_id
        self.setWindowTitle(self.tr("Recorded"))
        layout = QVBoxLayout(self)
        layout.addWidget(title(vocabulary.name("decision", a.decision)))
        if receipt.signature is not None:
            picture = QLabel()
            picture.setPixmap(QPixmap.fromImage(receipt.signature))
            picture.setStyleSheet(f"background: white; border: 1px solid {palette.LINE};")
            layout.addWidget(picture)
        facts = [
            self.tr("Order {number}, proof version {v}").format(number=a.number, v=a.version),
            self.tr("by <b>{name}</b>").format(name=escape(a.customer_name)),
            self.tr("on {when}").format(when=local_time(a.created_at)),
            vocabulary.name("method", a.method),
        ]
        if a.changes:
            facts.append(self.tr("Changes: {changes}").format(changes=escape(a.changes).replace("\n", "; ")))
        if a.note:
            facts.append(self.tr("Note: {note}").format(note=escape(a.note)))
        facts.append(
            f"<span style='color:{palette.MUTED}'>"
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
        from ..counter.copy_dialog import CustomerCopyDialog

        if self.session is None:  # a receipt shown without a session offers no copy (no button for it)
            return
        self.copy_dialog = CustomerCopyDialog(self.session, f"approval:{self.approval_id}", self)
        self.copy_dialog.show()
