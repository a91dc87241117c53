"""The signed record, shown back at once from what the store holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from ..store.blobs import blob_bytes
from ..store.models import Approval
from .common import big_button, local_time, title


class ApprovalReceipt(QDialog):
    def __init__(self, approval_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        a = Approval.get_by_id(approval_id)  # read back: what is shown is what was stored
        self.setWindowTitle(self.tr("Recorded"))
        layout = QVBoxLayout(self)
        decision = {
            "approved": self.tr("Approved for print"),
            "approved_with_changes": self.tr("Approved with changes"),
            "changes_requested": self.tr("Changes requested"),
        }[a.decision]
        layout.addWidget(title(decision))
        if a.signature_image_id:
            picture = QLabel()
            pixmap = QPixmap()
            pixmap.loadFromData(blob_bytes(a.signature_image_id))
            picture.setPixmap(
                pixmap.scaled(520, 180, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
            picture.setStyleSheet("background: white; border: 1px solid #ddd;")
            layout.addWidget(picture)
        facts = [
            self.tr("Order {number}, proof version {v}").format(number=a.order.number, v=a.proof.version),
            self.tr("by <b>{name}</b>").format(name=a.customer_name),
            self.tr("on {when}").format(when=local_time(a.created_at)),
        ]
        if a.changes:
            facts.append(self.tr("Changes: {changes}").format(changes=a.changes.replace("\n", "; ")))
        facts.append(
            f"<span style='color:#616161'>{self.tr('Record')} {a.content_sha256[:16]}… · "
            f"{self.tr('Proof')} {a.proof.pdf_id[:16]}…</span>"
        )
        label = QLabel("<br>".join(facts))
        label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(label)
        done = big_button(self.tr("Done"), primary=True)
        done.clicked.connect(self.accept)
        layout.addWidget(done, alignment=Qt.AlignmentFlag.AlignRight)
        self.resize(600, 420)
