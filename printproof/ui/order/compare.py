"""Compare two proof versions: side by side, as an overlay of what changed, or blinking between them; the
changes the customer asked for listed beside them, to tick off as done."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.i18n import language as ui_language
from ...domain.texts import side_label
from ...services.proofing import compare
from ...workers.tasks import Failure, run_task
from ..widgets import palette
from ..widgets.common import big_button, fit_to_screen, hint, message_line, pixmap_from, show_message
from ..widgets.labels import field_name


class Picture(QLabel):
    """A picture that keeps fitting its space."""

    def __init__(self) -> None:
        super().__init__()
        self._pixmap: QPixmap | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(200, 150)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setStyleSheet(f"background: {palette.BACKDROP};")

    def show_bytes(self, data: bytes | None) -> None:
        self._pixmap = pixmap_from(data) if data else None
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._pixmap is None or self._pixmap.isNull():
            self.clear()
            return
        self.setPixmap(
            self._pixmap.scaled(
                self.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )


class CompareDialog(QDialog):
    """Two versions of an order's proof; the screen's work (rendering the difference) runs off the GUI thread."""

    def __init__(self, session, number: str, versions: list[int], parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session, self.number = session, number
        self.result: compare.Comparison | None = None
        self.setWindowTitle(self.tr("Compare versions of {number}").format(number=number))
        fit_to_screen(self, 1180, 760)
        self.lang = ui_language()
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.before, self.after = QComboBox(), QComboBox()
        for box in (self.before, self.after):
            for v in sorted(versions):
                box.addItem(self.tr("Version {v}").format(v=v), v)
        self.before.setCurrentIndex(max(0, len(versions) - 2))
        self.after.setCurrentIndex(len(versions) - 1)
        self.side = QComboBox()
        self.side.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar.addWidget(self.before)
        bar.addWidget(QLabel("→"))
        bar.addWidget(self.after)
        bar.addWidget(self.side)
        bar.addStretch()
        self.modes = QButtonGroup(self)
        self.mode_buttons = []
        for index, text in enumerate((self.tr("Side by side"), self.tr("What changed"), self.tr("Blink"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, i=index: self.set_mode(i))
            self.modes.addButton(button, index)
            self.mode_buttons.append(button)
            bar.addWidget(button)
        outer.addLayout(bar)
        split = QSplitter()
        self.views = QStackedWidget()
        pair = QWidget()
        pair_layout = QHBoxLayout(pair)
        pair_layout.setContentsMargins(0, 0, 0, 0)
        self.left, self.right, self.overlay, self.blink = Picture(), Picture(), Picture(), Picture()
        pair_layout.addWidget(self.left)
        pair_layout.addWidget(self.right)
        self.views.addWidget(pair)
        self.views.addWidget(self.overlay)
        self.views.addWidget(self.blink)
        split.addWidget(self.views)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        self.summary = hint()
        side_layout.addWidget(self.summary)
        side_layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Changes asked for – tick when done"))))
        self.changes = QListWidget()
        self.changes.setWordWrap(True)
        self.changes.itemChanged.connect(self._ticked)
        side_layout.addWidget(self.changes, 1)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        outer.addWidget(split, 1)
        self.message = message_line()
        outer.addWidget(self.message)
        close = big_button(self.tr("Close (Esc)"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(close)
        outer.addLayout(row)
        self._blink_state = False
        self.timer = QTimer(self)
        self.timer.setInterval(700)
        self.timer.timeout.connect(self._flip)
        self.before.currentIndexChanged.connect(lambda _i: self.load())
        self.after.currentIndexChanged.connect(lambda _i: self.load())
        self.side.currentIndexChanged.connect(lambda _i: self._show_side())
        QShortcut(QKeySequence("B"), self, activated=lambda: self.set_mode(2))
        self.set_mode(1)
        self.load()

    def set_mode(self, index: int) -> None:
        self.mode_buttons[index].setChecked(True)
        self.views.setCurrentIndex(index)
        if index == 2:
            self.timer.start()
        else:
            self.timer.stop()

    def load(self) -> None:
        before, after = self.before.currentData(), self.after.currentData()
        if before == after:
            show_message(self.message, self.tr("Pick two different versions."))
            return
        show_message(self.message, self.tr("Comparing…"))
        number, actor = self.number, self.session.actor
        run_task(lambda: compare.compare_versions(number, before, after, viewer=actor), self._loaded, self._failed)

    def _failed(self, text: str) -> None:
        show_message(self.message, text)

    def _loaded(self, result: compare.Comparison) -> None:
        self.result = result
        self.message.clear_message()
        current = self.side.currentData()
        self.side.blockSignals(True)
        self.side.clear()
        for s in result.sides:
            self.side.addItem(f"{side_label(self.lang, s.side)} · {s.changed_share:.1%}", s.side)
        self.side.setCurrentIndex(max(0, self.side.findData(current)))
        self.side.blockSignals(False)
        self._show_side()
        lines = [self.tr("Changed places: {n}").format(n=sum(len(s.boxes) for s in result.sides))]
        lines += [f"{field_name(key)}: {a} → {b}" for key, (a, b) in result.spec_changes.items()]
        self.summary.setText("\n".join(lines))
        self.changes.blockSignals(True)
        self.changes.clear()
        for item in result.changes:
            label = f"{item.label}  {item.text}" if item.label else item.text
            entry = QListWidgetItem(self.tr("Version {v}: {text}").format(v=item.version, text=label))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            entry.setData(Qt.ItemDataRole.UserRole, (item.approval_id, item.item))
            self.changes.addItem(entry)
        if not result.changes:
            self.changes.addItem(self.tr("No changes were asked for between these versions."))
        self.changes.blockSignals(False)

    def _show_side(self) -> None:
        if self.result is None:
            return
        index = max(0, self.side.currentIndex())
        if index >= len(self.result.sides):
            return
        diff = self.result.sides[index]
        self.left.show_bytes(diff.before_jpeg)
        self.right.show_bytes(diff.after_jpeg)
        self.overlay.show_bytes(diff.overlay_png)
        self._flip()

    def _flip(self) -> None:
        if self.result is None or not self.result.sides:
            return
        diff = self.result.sides[max(0, self.side.currentIndex())]
        self._blink_state = not self._blink_state
        self.blink.show_bytes(diff.after_jpeg if self._blink_state else diff.before_jpeg)

    def _ticked(self, entry: QListWidgetItem) -> None:
        data = entry.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        approval_id, item = data
        actor, done = self.session.actor, entry.checkState() == Qt.CheckState.Checked
        self.changes.blockSignals(True)  # a flag changed is an itemChanged too
        entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)  # one save at a time for each change
        self.changes.blockSignals(False)

        def saved(_result: object) -> None:
            self._checkable(entry, done)

        def failed(failure: Failure) -> None:
            self._checkable(entry, not done)  # as the store still has it
            show_message(self.message, failure)

        run_task(lambda: compare.tick_change(actor, approval_id, item, done), saved, failed)

    def _checkable(self, entry: QListWidgetItem, done: bool) -> None:
        self.changes.blockSignals(True)
        entry.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        self.changes.blockSignals(False)

    def done(self, result: int) -> None:  # noqa: D102
        self.timer.stop()
        super().done(result)
