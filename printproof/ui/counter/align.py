"""The owner lays a complaint photo on the approved proof: drag the four corners onto the product's corners,
straighten, then look at both side by side, as an overlay of what differs, or blinking between them."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap, QPolygonF, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.i18n import language as ui_language
from ...domain.texts import side_label
from ...services.counter import photo_align
from ...workers.tasks import run_task
from ..order.compare import Picture
from ..widgets import palette
from ..widgets.common import big_button, fit_to_screen, hint, message_line, pixmap_from, show_message

HANDLE = 11
ORDER = ("↖", "↗", "↘", "↙")  # top left, top right, bottom right, bottom left, as the product reads


class CornerCanvas(QWidget):
    """The photo with four corner handles to drag (mouse or touch); corners in the photo's own pixels.

    Signals:
        moved: a corner was moved.
    """

    moved = Signal()

    def __init__(self, photo: bytes, width: int, height: int, corners: list[tuple[float, float]]) -> None:
        super().__init__()
        self.pixmap: QPixmap = pixmap_from(photo)
        self.size_px = (width, height)  # the original's upright size: the corners are in its pixels
        self.corners = list(corners)
        self.dragging: int | None = None
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def _rect(self) -> QRectF:
        w, h = self.size_px
        scale = min((self.width() - 2 * HANDLE) / w, (self.height() - 2 * HANDLE) / h)
        return QRectF((self.width() - w * scale) / 2, (self.height() - h * scale) / 2, w * scale, h * scale)

    def to_widget(self, corner: tuple[float, float]) -> QPointF:
        r = self._rect()
        x = r.x() + corner[0] / self.size_px[0] * r.width()
        return QPointF(x, r.y() + corner[1] / self.size_px[1] * r.height())

    def _to_photo(self, pos: QPointF) -> tuple[float, float]:
        r = self._rect()
        x = min(max(pos.x(), r.left()), r.right())
        y = min(max(pos.y(), r.top()), r.bottom())
        return (x - r.x()) / r.width() * self.size_px[0], (y - r.y()) / r.height() * self.size_px[1]

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        distances = [(pos - self.to_widget(c)).manhattanLength() for c in self.corners]
        nearest = min(range(4), key=lambda i: distances[i])
        self.dragging = nearest
        self.corners[nearest] = self._to_photo(pos)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.dragging is not None:
            self.corners[self.dragging] = self._to_photo(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.dragging is not None:
            self.dragging = None
            self.moved.emit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(palette.BACKDROP))
        painter.drawPixmap(self._rect().toRect(), self.pixmap)
        points = [self.to_widget(c) for c in self.corners]
        painter.setPen(QPen(QColor(0, 230, 118), 2))
        painter.setBrush(QColor(0, 230, 118, 40))
        painter.drawPolygon(QPolygonF(points))
        for sign, point in zip(ORDER, points, strict=True):
            painter.setBrush(QColor(0, 230, 118))
            painter.setPen(QPen(Qt.GlobalColor.black, 1))
            painter.drawEllipse(point, HANDLE, HANDLE)
            box = QRectF(point.x() - HANDLE, point.y() - HANDLE, 2 * HANDLE, 2 * HANDLE)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, sign)
        painter.end()


class AlignDialog(QDialog):
    """Straighten one complaint photo onto the approved proof (owner)."""

    def __init__(  # noqa: ANN001 (session)
        self,
        session,
        photo_id: int,
        photo: bytes,
        sides: int = 2,
        parent: QWidget | None = None,
        start: photo_align.AlignStart | None = None,
    ) -> None:
        """``start``: the photo's size and the corners kept for it, read in the background by the caller."""
        super().__init__(parent)
        self.session, self.photo_id = session, photo_id
        self.result: photo_align.Aligned | None = None
        if start is None:
            start = photo_align.align_start(photo_id, session.actor)
        self.setWindowTitle(self.tr("Lay the photo on the approved proof"))
        fit_to_screen(self, 1200, 760)
        outer = QVBoxLayout(self)
        outer.addWidget(
            hint(
                self.tr(
                    "Drag the four green corners onto the product's corners (↖ top left as the print reads), then "
                    "Straighten. A wrong cut, a missing line or a colour shift shows at once."
                )
            )
        )
        split = QSplitter()
        self.canvas = CornerCanvas(photo, start.width, start.height, start.corners)
        split.addWidget(self.canvas)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        bar = QHBoxLayout()
        self.modes = QButtonGroup(self)
        self.mode_buttons = []
        for index, text in enumerate((self.tr("Side by side"), self.tr("Overlay"), self.tr("Blink"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, i=index: self.set_mode(i))
            self.modes.addButton(button, index)
            self.mode_buttons.append(button)
            bar.addWidget(button)
        right_layout.addLayout(bar)
        self.views = QStackedWidget()
        pair = QWidget()
        pair_layout = QVBoxLayout(pair)
        pair_layout.setContentsMargins(0, 0, 0, 0)
        self.proof, self.photo, self.overlay, self.blink = Picture(), Picture(), Picture(), Picture()
        pair_layout.addWidget(self.proof)
        pair_layout.addWidget(self.photo)
        self.views.addWidget(pair)
        self.views.addWidget(self.overlay)
        self.views.addWidget(self.blink)
        right_layout.addWidget(self.views, 1)
        self.share = hint()
        right_layout.addWidget(self.share)
        split.addWidget(right)
        split.setSizes([600, 600])
        outer.addWidget(split, 1)
        self.message = message_line()
        outer.addWidget(self.message)
        row = QHBoxLayout()
        lang = ui_language()
        self.side = QComboBox()
        for index in range(max(1, sides)):
            self.side.addItem(side_label(lang, index), index)
        self.side.setCurrentIndex(max(0, self.side.findData(start.side)))
        straighten = big_button(self.tr("Straighten"), primary=True)
        straighten.clicked.connect(self.straighten)
        self.keep = big_button(self.tr("Keep these corners"))
        self.keep.setToolTip(self.tr("The dossier and the next look use them"))
        self.keep.clicked.connect(self.keep_corners)
        close = big_button(self.tr("Close (Esc)"))
        close.clicked.connect(self.accept)
        row.addWidget(self.side)
        row.addWidget(straighten)
        row.addWidget(self.keep)
        row.addStretch()
        row.addWidget(close)
        outer.addLayout(row)
        self._blink_state = False
        self.timer = QTimer(self)
        self.timer.setInterval(700)
        self.timer.timeout.connect(self._flip)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self, activated=self.straighten)
        self.set_mode(1)
        if start.kept:
            self.straighten()

    def set_mode(self, index: int) -> None:
        self.mode_buttons[index].setChecked(True)
        self.views.setCurrentIndex(index)
        if index == 2:
            self.timer.start()
        else:
            self.timer.stop()

    def straighten(self) -> None:
        corners, side, photo_id = list(self.canvas.corners), self.side.currentData(), self.photo_id
        show_message(self.message, self.tr("Straightening…"))
        viewer = self.session.actor
        run_task(lambda: photo_align.aligned(photo_id, corners, side, viewer), self._shown, self._failed)

    def keep_corners(self) -> None:
        corners, side, photo_id = list(self.canvas.corners), self.side.currentData(), self.photo_id
        actor = self.session.actor
        show_message(self.message, self.tr("Straightening…"))
        run_task(lambda: photo_align.keep_corners(actor, photo_id, corners, side), self._kept, self._failed)

    def _failed(self, text: str) -> None:
        show_message(self.message, text)

    def _kept(self, result: photo_align.Aligned) -> None:
        self._shown(result)
        show_message(self.message, self.tr("The corners are kept with the complaint."), ok=True)

    def _shown(self, result: photo_align.Aligned) -> None:
        self.result = result
        self.message.clear_message()
        self.proof.show_bytes(result.proof_jpeg)
        self.photo.show_bytes(result.photo_jpeg)
        self.overlay.show_bytes(result.overlay_png)
        share = f"{result.changed_share:.0%}"
        self.share.setText(self.tr("{share} of the area differs from the approved proof.").format(share=share))
        self._flip()

    def _flip(self) -> None:
        if self.result is None:
            return
        self._blink_state = not self._blink_state
        self.blink.show_bytes(self.result.proof_jpeg if self._blink_state else self.result.photo_jpeg)

    def done(self, result: int) -> None:  # noqa: D102
        self.timer.stop()
        super().done(result)
