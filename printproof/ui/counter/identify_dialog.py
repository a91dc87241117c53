"""What a dropped file is: order, version, whether it stands, and for signed documents signature and time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...services.evidence.identify import Identification
from ..widgets import palette
from ..widgets.common import OK, SERIOUS, big_button

GOOD = {"approved"}
BAD = {"altered", "unknown", "voided"}


class IdentifyDialog(QDialog):
    """Signals: ``open_order(str)`` when the person asks to open the order the file belongs to."""

    open_order = Signal(str)

    def __init__(self, name: str, found: Identification, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.setWindowTitle(self.tr("What is this file?"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{Path(name).name}</b>")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        bad = found.status in BAD or found.signature in ("broken", "foreign")
        mark = SERIOUS if bad else (OK if found.status in GOOD else "•")
        self.answer = QLabel("\n".join(f"{mark} {line}" if i == 0 else line for i, line in enumerate(found.lines)))
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        colour = palette.ERROR if bad else (palette.OK if found.status in GOOD else palette.TEXT_SOFT)
        self.answer.setStyleSheet(f"font-size: 15px; color: {colour};")
        layout.addWidget(self.answer)
        fingerprint = QLabel(self.tr("SHA-256 of the file: {sha}").format(sha=found.sha256) if found.sha256 else "")
        fingerprint.setWordWrap(True)
        fingerprint.setStyleSheet(f"color: {palette.TEXT_FAINT}; font-size: 11px;")
        layout.addWidget(fingerprint)
        buttons = QHBoxLayout()
        buttons.addStretch()
        self.open_button = big_button(self.tr("Open order {number}").format(number=found.order))
        self.open_button.setVisible(bool(found.order) and found.status != "unknown")
        self.open_button.clicked.connect(self._open)
        close = big_button(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def _open(self) -> None:
        self.open_order.emit(self.found.order)
        self.accept()
