"""Complaints: record the customer's words and photos; the owner compares and decides."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import DisputeCategory, DisputeOutcome, MatchesApproval
from ..domain.errors import UserError
from ..services import disputes
from ..services.disputes import Photo
from . import workstation
from .common import (
    ask,
    big_button,
    fit_to_screen,
    hint,
    local_time,
    message_line,
    pixmap_from,
    show_message,
    small_button,
    text_box,
)
from .labels import category_names, matches_names, outcome_names
from .proof_viewer import ProofViewer

PHOTO_FILTER_EXTENSIONS = "*.jpg *.jpeg *.png *.tif *.tiff"


class DisputeDialog(QDialog):
    """Record a complaint: what about, in the customer's words, with photos of what was delivered."""

    def __init__(self, session, number: str, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session, self.number = session, number
        self.photos: list[Photo] = []
        self.setWindowTitle(self.tr("Complaint about {number}").format(number=number))
        fit_to_screen(self, 700, 600)
        layout = QVBoxLayout(self)
        self.category = QComboBox()
        for key, name in category_names().items():
            self.category.addItem(name, key.value)
        layout.addWidget(QLabel(self.tr("What is the complaint about?")))
        layout.addWidget(self.category)
        layout.addWidget(QLabel(self.tr("In the customer's words:")))
        self.words = text_box(self.tr("What the customer says, as they say it"))
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
        self.remove_button = small_button(self.tr("Remove photo"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.remove_button)
        row.addStretch()
        layout.addLayout(row)
        self.photo_list = QListWidget()
        self.photo_list.setViewMode(QListView.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(96, 96))
        self.photo_list.setMovement(QListView.Movement.Static)
        self.photo_list.setMaximumHeight(150)
        self.photo_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        remove = QAction(self.tr("Remove photo"), self.photo_list)
        remove.triggered.connect(self.remove_selected)
        self.photo_list.addAction(remove)
        self.photo_list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.photo_list, activated=self.remove_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Backspace), self.photo_list, activated=self.remove_selected)
        layout.addWidget(self.photo_list)
        layout.addWidget(hint(self.tr("Photos: JPEG, PNG or TIFF. Select one and press Delete to remove it.")))
        self.message = message_line()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        cancel = big_button(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save_button = big_button(self.tr("Record complaint"), primary=True)
        self.save_button.clicked.connect(self._save)
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.words.setFocus()

    def _add_photos(self) -> None:
        folder = workstation.folder("photos/folder")
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Photos of the delivered product"),
            str(folder),
            self.tr("Photos ({patterns})").format(patterns=PHOTO_FILTER_EXTENSIONS),
        )
        if files:
            workstation.remember_folder("photos/folder", files[0])
        for name in files:
            self.add_photo(Path(name))

    def _camera(self) -> None:
        from .camera import CameraDialog

        dialog = CameraDialog(self)
        dialog.photo.connect(self._from_camera)
        dialog.exec()

    def _from_camera(self, data: bytes) -> None:
        self._append(Photo(self.tr("webcam-{n}.jpg").format(n=len(self.photos) + 1), data))

    def add_photo(self, path: Path) -> bool:
        """Add a photo file, checked at once; a file that is not a photo is refused in one sentence."""
        try:
            photo = disputes.read_photo(path)
        except UserError as exc:
            show_message(self.message, str(exc))
            return False
        self._append(photo)
        self.message.clear_message()
        return True

    def _append(self, photo: Photo) -> None:
        self.photos.append(photo)
        item = QListWidgetItem(QIcon(pixmap_from(photo.data).scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio)), "")
        item.setToolTip(photo.filename)
        item.setText(photo.filename if len(photo.filename) <= 18 else photo.filename[:16] + "…")
        self.photo_list.addItem(item)
        self.photo_list.setCurrentItem(item)

    def remove_selected(self) -> None:
        row = self.photo_list.currentRow()
        if 0 <= row < len(self.photos):
            del self.photos[row]
            self.photo_list.takeItem(row)

    def has_input(self) -> bool:
        return bool(self.words.toPlainText().strip() or self.photos)

    def reject(self) -> None:
        """Cancel, Esc or the window's ✕: what was typed is not thrown away without asking."""
        if self.has_input() and not ask(
            self,
            self.tr("Discard the complaint?"),
            self.tr("The customer's words and photos are not saved yet. Discard them?"),
            self.tr("Discard"),
            self.tr("Keep editing"),
        ):
            return
        super().reject()

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


class PhotoPanel(QWidget):
    """The delivery photos, upright and as large as the space allows; thumbnails switch between them."""

    def __init__(self, photos: list[disputes.PhotoView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixmaps = [pixmap_from(p.upright_jpeg) for p in photos]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.strip = QListWidget()
        self.strip.setViewMode(QListView.ViewMode.IconMode)
        self.strip.setFlow(QListView.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.strip.setIconSize(QSize(64, 64))
        self.strip.setFixedHeight(92)
        for photo, pixmap in zip(photos, self.pixmaps, strict=True):
            item = QListWidgetItem(QIcon(pixmap.scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio)), "")
            item.setToolTip(f"{photo.filename} · SHA-256 {photo.sha256[:16]}…")
            self.strip.addItem(item)
        self.strip.setVisible(len(photos) > 1)
        self.strip.currentRowChanged.connect(self._show)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setMinimumSize(200, 150)
        self.caption = hint()
        layout.addWidget(self.strip)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.caption)
        self.names = [p.filename for p in photos]
        self.current = 0
        if photos:
            self.strip.setCurrentRow(0)
            self._show(0)
        else:
            self.picture.setText(self.tr("No photos were taken."))

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.pixmaps):
            self.current = row
            self.caption.setText(
                self.tr("Photo {n} of {count}: {name}").format(n=row + 1, count=len(self.pixmaps), name=self.names[row])
            )
            self._scale()

    def _scale(self) -> None:
        if self.pixmaps:
            pixmap: QPixmap = self.pixmaps[self.current]
            self.picture.setPixmap(
                pixmap.scaled(
                    self.picture.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._scale()


class DecisionDialog(QDialog):
    """The owner's view: approved proof and photos side by side, then the decision and why."""

    def __init__(self, session, dispute_id: int, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session, self.dispute_id = session, dispute_id
        case = disputes.dispute_view(dispute_id, viewer=session.actor)
        self.setWindowTitle(self.tr("Decide the complaint about {number}").format(number=case.number))
        fit_to_screen(self, 1400, 900)
        layout = QVBoxLayout(self)
        category = category_names()[DisputeCategory(case.category)]
        words = QLabel(
            self.tr("{category}, recorded {when}: „{words}“").format(
                category=category, when=local_time(case.created_at), words=case.customer_words
            )
        )
        words.setWordWrap(True)
        words.setStyleSheet("font-weight: 600;")
        layout.addWidget(words)
        split = QSplitter()
        split.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        if case.approved_version is not None:
            left_layout.addWidget(hint(self.tr("Approved proof, version {v}").format(v=case.approved_version)))
        self.viewer = ProofViewer()
        self.viewer.set_empty_text(self.tr("There is no approved proof for this order."))
        self.viewer.set_pdf(case.approved_pdf, page=1, key=("decide", dispute_id))
        left_layout.addWidget(self.viewer, 1)
        split.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(hint(self.tr("What was delivered (the customer's photos)")))
        self.photos = PhotoPanel(case.photos)
        right_layout.addWidget(self.photos, 1)
        split.addWidget(right)
        split.setSizes([600, 600])
        layout.addWidget(split, 1)

        matches = QHBoxLayout()
        matches.addWidget(QLabel(self.tr("Does the delivery match the approval?")))
        self.group = QButtonGroup(self)
        for value, text in matches_names().items():
            button = QRadioButton(text)
            button.setProperty("value", value.value)
            self.group.addButton(button)
            matches.addWidget(button)
        matches.addStretch()
        layout.addLayout(matches)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(QLabel(self.tr("Outcome:")))
        self.outcome = QComboBox()
        for key, name in outcome_names().items():
            self.outcome.addItem(name, key.value)
        outcome_row.addWidget(self.outcome, 1)
        layout.addLayout(outcome_row)
        self.reason = text_box(self.tr("Why – in words the customer can follow"), max_height=90)
        layout.addWidget(self.reason)
        self.message = message_line()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        cancel = big_button(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save_button = big_button(self.tr("Record decision"), primary=True)
        self.save_button.clicked.connect(self._save)
        row.addStretch()
        row.addWidget(cancel)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def reject(self) -> None:
        if self.reason.toPlainText().strip() and not ask(
            self,
            self.tr("Discard the decision?"),
            self.tr("The reason you wrote is not saved yet. Discard it?"),
            self.tr("Discard"),
            self.tr("Keep editing"),
        ):
            return
        super().reject()

    def _save(self) -> None:
        checked = self.group.checkedButton()
        if checked is None:
            show_message(self.message, self.tr("Say whether the delivery matches the approval."))
            return
        try:
            self.decision = disputes.decide_dispute(
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
