"""Complaints: record the customer's words and photos; the owner compares and decides."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain import vocabulary
from ...domain.enums import DisputeCategory, DisputeOutcome, MatchesApproval
from ...domain.errors import UserError
from ...domain.money import parse_amount
from ...services.core.context import Actor
from ...services.core.opening import reading
from ...services.counter import disputes
from ...services.counter.disputes import Photo
from ...workers.tasks import Failure, run_task
from .. import workstation
from ..widgets.common import (
    ask,
    big_button,
    fit_to_screen,
    hint,
    image_from,
    local_time,
    message_line,
    save_in_background,
    show_message,
    small_button,
    text_box,
)
from ..widgets.proof_viewer import ProofViewer

PHOTO_FILTER_EXTENSIONS = "*.jpg *.jpeg *.png *.tif *.tiff"
THUMBNAIL = 96  # px: a photo in the complaint form's list
SHOWN = 1920  # px: a photo is shown at most this large (a 12-megapixel phone photo is scaled down once)


def read_photo(path: Path) -> tuple[Photo, QImage]:
    """A photo file checked (background work: a phone photo is decoded for its thumbnail here)."""
    photo = disputes.read_photo(path)
    return photo, image_from(photo.data, THUMBNAIL, THUMBNAIL)


@dataclass(frozen=True)
class DecisionCase:
    """A complaint as the owner's decision screen shows it: the photos upright and decoded."""

    view: disputes.DisputeView
    photos: list[QImage]


def read_case(dispute_id: int, viewer: Actor | None) -> DecisionCase:
    """Read a complaint with its photos and the approved proof (background work: every photo is turned
    upright, decoded and scaled to the screen here, not on the GUI thread)."""
    with reading():
        view = disputes.dispute_view(dispute_id, viewer=viewer)
    return DecisionCase(view, [image_from(p.upright_jpeg, SHOWN, SHOWN, enlarge=False) for p in view.photos])


class DisputeDialog(QDialog):
    """Record a complaint: what about, in the customer's words, with photos of what was delivered."""

    def __init__(self, session, number: str, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session, self.number = session, number
        self.photos: list[Photo] = []
        self.saving = False  # the complaint is being saved in the background
        self.dispute_id: int | None = None  # the complaint once saved (its case is offered next)
        self.reading = 0  # photos being read and checked in the background
        self.setWindowTitle(self.tr("Complaint about {number}").format(number=number))
        fit_to_screen(self, 700, 600)
        layout = QVBoxLayout(self)
        self.category = QComboBox()
        for key, name in vocabulary.names("category").items():
            self.category.addItem(name, key)
        layout.addWidget(QLabel(self.tr("What is the complaint about?")))
        layout.addWidget(self.category)
        layout.addWidget(QLabel(self.tr("In the customer's words:")))
        self.words = text_box(self.tr("What the customer says, as they say it"))
        layout.addWidget(self.words, 1)
        row = QHBoxLayout()
        self.add_button = big_button(self.tr("Add photos…"))
        self.add_button.clicked.connect(self._add_photos)
        row.addWidget(self.add_button)
        from ..widgets.camera import camera_may_exist

        self.camera_button = big_button(self.tr("Webcam…"))
        self.camera_button.clicked.connect(self._camera)
        self.camera_button.setVisible(camera_may_exist())
        row.addWidget(self.camera_button)
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
        self.cancel_button = big_button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = big_button(self.tr("Record complaint"), primary=True)
        self.save_button.clicked.connect(self._save)
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
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
        from ..widgets.camera import CameraDialog, camera_available

        if not camera_available():
            show_message(self.message, self.tr("No webcam is connected to this workstation."))
            return
        dialog = CameraDialog(self)
        dialog.photo.connect(self._from_camera)
        dialog.exec()

    def _from_camera(self, data: bytes) -> None:
        photo = Photo(self.tr("webcam-{n}.jpg").format(n=len(self.photos) + 1), data)
        self._append(photo, image_from(data, THUMBNAIL, THUMBNAIL))

    def take_over(self, written) -> None:  # noqa: ANN001 - complaint_cases.EmailComplaint
        """A complaint that arrived by e-mail: its words and photos in the form, what was left out said."""
        self.words.setPlainText(written.words)
        for photo in written.photos:
            self._append(photo, image_from(photo.data, THUMBNAIL, THUMBNAIL))
        said = self.tr("Taken over from the e-mail of {sender}.").format(sender=written.sender or "?")
        if written.left_out:
            said += " " + self.tr("Not photos, left out: {names}").format(names=", ".join(written.left_out))
        check = {
            "number_only": self.tr(
                "The sender is not this order's customer: check that it is the right order before saving."
            ),
            "sender": self.tr(
                "The e-mail names no order: this is the sender's latest delivered one. Check it before saving."
            ),
        }.get(written.found_by)
        show_message(self.message, f"{check} {said}" if check else said, ok=check is None)

    def add_photo(self, path: Path) -> None:
        """Add a photo file, read and checked in the background; a file that is not a photo is refused in one
        sentence. The complaint cannot be saved until every photo added is read."""
        self.reading += 1
        self._update_buttons()
        self.message.show_text(self.tr("Reading the photo…"), "busy")

        def added(got: tuple[Photo, QImage]) -> None:
            self.reading -= 1
            self._append(*got)
            if not self.reading:
                self.message.clear_message()
            self._update_buttons()

        def refused(failure: Failure) -> None:
            self.reading -= 1
            show_message(self.message, failure)
            self._update_buttons()

        run_task(lambda: read_photo(path), added, refused)

    def _update_buttons(self) -> None:
        idle = not self.saving and not self.reading
        self.save_button.setEnabled(idle)
        for widget in (self.cancel_button, self.add_button, self.camera_button, self.category, self.words):
            widget.setEnabled(not self.saving)
        self.remove_button.setEnabled(idle and self.photo_list.currentRow() >= 0)

    def _append(self, photo: Photo, thumbnail: QImage) -> None:
        self.photos.append(photo)
        item = QListWidgetItem(QIcon(QPixmap.fromImage(thumbnail)), "")
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
        if self.saving:
            return  # it is being saved: the form closes when it is
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
        """Save the complaint in the background; the form waits (no second complaint from a second press)."""
        if self.saving or self.reading or not self.save_button.isEnabled():
            return
        actor, number, photos = self.session.actor, self.number, list(self.photos)
        category, words = DisputeCategory(self.category.currentData()), self.words.toPlainText()

        save_in_background(
            self.message,
            self._saving,
            self.tr("Saving the complaint…"),
            lambda: disputes.open_dispute(actor, number, category, words, photos),
            self._saved,
        )

    def _saving(self, saving: bool) -> None:
        self.saving = saving
        self._update_buttons()

    def _saved(self, dispute: object) -> None:
        self.dispute_id = getattr(dispute, "id", None)
        self.session.changed.emit()
        self.accept()


class PhotoPanel(QWidget):
    """The delivery photos, upright and as large as the space allows; thumbnails switch between them."""

    def __init__(self, photos: list[disputes.PhotoView], images: list[QImage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixmaps = [QPixmap.fromImage(image) for image in images]
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

    def __init__(self, session, read: DecisionCase, parent: QWidget | None = None) -> None:  # noqa: ANN001
        """``read``: the complaint read in the background (:func:`read_case`)."""
        super().__init__(parent)
        case = read.view
        self.session, self.dispute_id = session, case.dispute_id
        self.saving = False  # the decision is being saved in the background
        self.setWindowTitle(self.tr("Decide the complaint about {number}").format(number=case.number))
        fit_to_screen(self, 1400, 900)
        layout = QVBoxLayout(self)
        category = vocabulary.name("category", case.category)
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
        self.viewer.set_pdf(case.approved_pdf, page=1, key=("decide", case.dispute_id))
        left_layout.addWidget(self.viewer, 1)
        split.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(hint(self.tr("What was delivered (the customer's photos)")))
        self.photos = PhotoPanel(case.photos, read.photos)
        right_layout.addWidget(self.photos, 1)
        self.case = case
        self.align_button = small_button(self.tr("Lay this photo on the proof…"))
        self.align_button.setToolTip(
            self.tr("Mark the product's four corners; the photo is straightened onto the proof")
        )
        self.align_button.setEnabled(bool(case.photos) and case.approved_version is not None)
        self.align_button.clicked.connect(self._align)
        right_layout.addWidget(self.align_button, alignment=Qt.AlignmentFlag.AlignLeft)
        split.addWidget(right)
        split.setSizes([600, 600])
        layout.addWidget(split, 1)

        matches = QHBoxLayout()
        matches.addWidget(QLabel(self.tr("Does the delivery match the approval?")))
        self.group = QButtonGroup(self)
        for value, text in vocabulary.names("matches").items():
            button = QRadioButton(text)
            button.setProperty("value", value)
            self.group.addButton(button)
            matches.addWidget(button)
        matches.addStretch()
        layout.addLayout(matches)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(QLabel(self.tr("Outcome:")))
        self.outcome = QComboBox()
        for key, name in vocabulary.names("outcome").items():
            self.outcome.addItem(name, key)
        outcome_row.addWidget(self.outcome, 1)
        # A discount or a refund records its amount (sealed with the decision, named in the letter).
        self.amount_label = QLabel(self.tr("Amount (€):"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 12,50"))
        self.amount.setMaximumWidth(120)
        self.amount_label.setBuddy(self.amount)
        outcome_row.addWidget(self.amount_label)
        outcome_row.addWidget(self.amount)
        self.outcome.currentIndexChanged.connect(self._amount_shown)
        self._amount_shown()
        layout.addLayout(outcome_row)
        self.reason = text_box(self.tr("Why – in words the customer can follow"), max_height=90)
        layout.addWidget(self.reason)
        self.message = message_line()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.cancel_button = big_button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = big_button(self.tr("Record decision"), primary=True)
        self.save_button.clicked.connect(self._save)
        row.addStretch()
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def _amount_shown(self) -> None:
        """The amount only where the outcome has one."""
        wanted = self.outcome.currentData() in disputes.AMOUNTED
        self.amount_label.setVisible(wanted)
        self.amount.setVisible(wanted)

    def _align(self) -> None:
        from ...services.counter.photo_align import AlignStart, align_start
        from .align import AlignDialog

        photo = self.case.photos[self.photos.current]

        def opened(start: AlignStart) -> None:
            self.align_button.setEnabled(True)
            if self.isVisible():  # not closed meanwhile
                AlignDialog(self.session, photo.photo_id, photo.upright_jpeg, parent=self, start=start).exec()

        def failed(failure: Failure) -> None:
            self.align_button.setEnabled(True)
            show_message(self.message, failure)

        viewer = self.session.actor

        def read() -> AlignStart:
            with reading():
                return align_start(photo.photo_id, viewer)

        self.align_button.setEnabled(False)  # one dialog from a double click
        run_task(read, opened, failed)  # the photo's size and the corners kept for it, if any

    def reject(self) -> None:
        if self.saving:
            return  # it is being saved: the dialog closes when it is
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
        """Save the decision in the background; the dialog waits (no second decision from a second press)."""
        if self.saving:
            return
        checked = self.group.checkedButton()
        if checked is None:
            show_message(self.message, self.tr("Say whether the delivery matches the approval."))
            return
        actor, dispute_id, reason = self.session.actor, self.dispute_id, self.reason.toPlainText()
        matches, outcome = MatchesApproval(checked.property("value")), DisputeOutcome(self.outcome.currentData())
        amount = None
        if outcome in disputes.AMOUNTED:
            try:
                amount = parse_amount(self.amount.text())
            except UserError as exc:
                show_message(self.message, str(exc))
                self.amount.setFocus()
                return

        def saved(decision: object) -> None:
            self.decision = decision  # the customer's copy is offered of it
            self.session.changed.emit()
            self.accept()

        save_in_background(
            self.message,
            self._saving,
            self.tr("Saving the decision…"),
            lambda: disputes.decide_dispute(actor, dispute_id, matches, outcome, reason, amount),
            saved,
        )

    def _saving(self, saving: bool) -> None:
        self.saving = saving
        for widget in (self.save_button, self.cancel_button, self.outcome, self.reason, *self.group.buttons()):
            widget.setEnabled(not saving)
