"""Complaints: record the customer's words and photos; the owner compares and decides."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import DisputeCategory, DisputeOutcome, MatchesApproval
from ..domain.errors import UserError
from ..services import disputes, proofs
from ..services.artwork import read_file
from ..services.disputes import Photo
from ..store.blobs import blob_bytes
from ..store.models import Dispute
from .common import big_button, hint, message_line, show_message
from .proof_viewer import ProofViewer


def category_names() -> dict[DisputeCategory, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        DisputeCategory.COLOUR: QCoreApplication.translate("Dispute", "Colour"),
        DisputeCategory.TEXT: QCoreApplication.translate("Dispute", "Text / typo"),
        DisputeCategory.SIZE: QCoreApplication.translate("Dispute", "Size / cut"),
        DisputeCategory.QUANTITY: QCoreApplication.translate("Dispute", "Quantity"),
        DisputeCategory.STOCK: QCoreApplication.translate("Dispute", "Stock / finish"),
        DisputeCategory.DAMAGE: QCoreApplication.translate("Dispute", "Damage"),
        DisputeCategory.LATE: QCoreApplication.translate("Dispute", "Late"),
        DisputeCategory.CHANGED_MIND: QCoreApplication.translate("Dispute", "Changed mind"),
    }


def outcome_names() -> dict[DisputeOutcome, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        DisputeOutcome.CUSTOMER_PAYS: QCoreApplication.translate("Dispute", "Customer pays and takes it"),
        DisputeOutcome.REPRINT_SHOP_COST: QCoreApplication.translate("Dispute", "Reprint at the shop's cost"),
        DisputeOutcome.DISCOUNT: QCoreApplication.translate("Dispute", "Discount"),
        DisputeOutcome.REFUND: QCoreApplication.translate("Dispute", "Refund"),
        DisputeOutcome.NEW_PROOF_CUSTOMER_COST: QCoreApplication.translate(
            "Dispute", "New proof at the customer's cost"
        ),
    }


class DisputeDialog(QDialog):
    def __init__(self, session, number: str, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session, self.number = session, number
        self.photos: list[Photo] = []
        self.setWindowTitle(self.tr("Complaint about {number}").format(number=number))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        self.category = QComboBox()
        for key, name in category_names().items():
            self.category.addItem(name, key.value)
        layout.addWidget(QLabel(self.tr("What is the complaint about?")))
        layout.addWidget(self.category)
        layout.addWidget(QLabel(self.tr("In the customer's words:")))
        self.words = QPlainTextEdit()
        layout.addWidget(self.words, 1)
        row = QHBoxLayout()
        add = big_button(self.tr("Add photos…"))
        add.clicked.connect(self._add_photos)
        row.addWidget(add)
        from .camera import camera_available

        if camera_available():
            camera = big_button(self.tr("Webcam…"))
            camera.clicked.connect(self._camera)
            row.addWidget(camera)
        row.addStretch()
        layout.addLayout(row)
        self.photo_list = QListWidget()
        self.photo_list.setMaximumHeight(110)
        layout.addWidget(self.photo_list)
        self.message = message_line()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        cancel = big_button(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        save = big_button(self.tr("Record complaint"), primary=True)
        save.clicked.connect(self._save)
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        layout.addLayout(buttons)

    def _add_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Photos of the delivered product"),
            str(Path.home()),
            "Photos (*.jpg *.jpeg *.png *.tif *.tiff)",
        )
        for name in files:
            self.add_photo(Path(name))

    def _camera(self) -> None:
        from .camera import CameraDialog

        dialog = CameraDialog(self)
        dialog.photo.connect(self._from_camera)
        dialog.exec()

    def _from_camera(self, data: bytes) -> None:
        name = self.tr("webcam-{n}.jpg").format(n=len(self.photos) + 1)
        self.photos.append(Photo(name, data))
        self.photo_list.addItem(name)

    def add_photo(self, path: Path) -> None:
        try:
            self.photos.append(Photo(path.name, read_file(path)))
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self.photo_list.addItem(path.name)

    def _save(self) -> None:
        try:
            disputes.open_dispute(
                self.session.actor,
                self.number,
                DisputeCategory(self.category.currentData()),
                self.words.toPlainText(),
                self.photos,
            )
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self.session.changed.emit()
        self.accept()


class DecisionDialog(QDialog):
    """The owner's view: approved proof and photos side by side, then the decision and why."""

    def __init__(self, session, dispute_id: int, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session, self.dispute_id = session, dispute_id
        case = Dispute.get_by_id(dispute_id)
        self.setWindowTitle(self.tr("Decide the complaint about {number}").format(number=case.order.number))
        self.resize(1200, 760)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(f"{category_names()[DisputeCategory(case.category)]}: „{case.customer_words}“"))
        compare = QHBoxLayout()
        viewer = ProofViewer()
        approved = disputes.approved_proof_for(case)
        viewer.set_pdf(proofs.proof_bytes(approved) if approved else None, page=1)
        compare.addWidget(viewer, 1)
        photos = QVBoxLayout()
        for photo in case.photos:
            label = QLabel()
            pixmap = QPixmap()
            pixmap.loadFromData(blob_bytes(photo.blob_id))
            label.setPixmap(pixmap.scaledToWidth(520, Qt.TransformationMode.SmoothTransformation))
            photos.addWidget(label)
        if not list(case.photos):
            photos.addWidget(hint(self.tr("No photos were taken.")))
        holder = QWidget()
        holder.setLayout(photos)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        compare.addWidget(scroll, 1)
        layout.addLayout(compare, 1)
        matches = QHBoxLayout()
        matches.addWidget(QLabel(self.tr("Does the delivery match the approval?")))
        self.group = QButtonGroup(self)
        for value, text in (
            (MatchesApproval.YES, self.tr("Yes")),
            (MatchesApproval.PARTLY, self.tr("Partly")),
            (MatchesApproval.NO, self.tr("No")),
        ):
            button = QRadioButton(text)
            button.setProperty("value", value.value)
            self.group.addButton(button)
            matches.addWidget(button)
        matches.addStretch()
        layout.addLayout(matches)
        self.outcome = QComboBox()
        for key, name in outcome_names().items():
            self.outcome.addItem(name, key.value)
        layout.addWidget(self.outcome)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why – in words the customer can follow"))
        self.reason.setMaximumHeight(100)
        layout.addWidget(self.reason)
        self.message = message_line()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        cancel = big_button(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        save = big_button(self.tr("Record decision"), primary=True)
        save.clicked.connect(self._save)
        row.addStretch()
        row.addWidget(cancel)
        row.addWidget(save)
        layout.addLayout(row)

    def _save(self) -> None:
        checked = self.group.checkedButton()
        if checked is None:
            show_message(self.message, self.tr("Say whether the delivery matches the approval."))
            return
        try:
            disputes.decide_dispute(
                self.session.actor,
                self.dispute_id,
                MatchesApproval(checked.property("value")),
                DisputeOutcome(self.outcome.currentData()),
                self.reason.toPlainText(),
            )
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self.session.changed.emit()
        self.accept()
