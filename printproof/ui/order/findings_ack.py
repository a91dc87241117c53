"""The serious findings of a proof version, each ticked by the customer before approving.

"Mir ist bekannt: Seite 3, Bild oben links: nur 112 ppi …" — one box per finding, in the
language the customer reads (the presentation screen's switch; what the sealed record keeps).
Hidden when the proof has no serious findings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...services.core.context import Actor
from ...services.proofing import proofs
from ...services.proofing.acknowledgements import SeriousFinding
from ..widgets import palette


class FindingsAck(QWidget):
    """One box per serious finding of a proof version.

    Signals: ``changed()`` when a box is ticked or cleared.
    """

    changed = Signal()

    def __init__(
        self,
        number: str,
        version: int,
        lang: str,
        heading: str,
        large: bool = True,
        worded: dict[str, list[SeriousFinding]] | None = None,
        viewer: Actor | None = None,
    ) -> None:
        """``worded``: the findings already read in each language (background work); else read here."""
        super().__init__()
        self.number, self.version, self.viewer = number, version, viewer
        self.worded = dict(worded or {})
        self.items = self._findings(lang)
        self.boxes: dict[tuple[str, ...], QCheckBox] = {}
        self.labels: dict[tuple[str, ...], QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.title = QLabel(heading)
        self.title.setWordWrap(True)
        self.title.setStyleSheet(
            f"font-weight: bold; color: {palette.SERIOUS};" + (" font-size: 13pt;" if large else "")
        )
        layout.addWidget(self.title)
        size = "font-size: 12pt;" if large else ""
        for item in self.items:
            row = QHBoxLayout()
            box = QCheckBox()
            box.setStyleSheet("QCheckBox::indicator { width: 24px; height: 24px; }" if large else "")
            box.setAccessibleName(item.text)
            box.toggled.connect(lambda _checked: self.changed.emit())
            text = QLabel(item.text)  # a label wraps long sentences; a click on it ticks the box
            text.setWordWrap(True)
            text.setStyleSheet(f"color: {palette.SERIOUS}; {size}")
            text.setProperty("quoted", True)  # the finding as the customer is told it, in their language
            text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            text.mousePressEvent = lambda _e, b=box: b.toggle()  # type: ignore[method-assign]
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(text, 1)
            layout.addLayout(row)
            self.boxes[item.keys] = box
            self.labels[item.keys] = text
        self.setVisible(bool(self.items))

    def set_language(self, lang: str, heading: str) -> None:
        """Word the heading and every finding in ``lang``; what is ticked stays ticked."""
        self.title.setText(heading)
        self.items = self._findings(lang)
        for item in self.items:
            if item.keys in self.labels:  # the same findings, grouped alike in every language
                self.labels[item.keys].setText(item.text)
                self.boxes[item.keys].setAccessibleName(item.text)

    def _findings(self, lang: str) -> list[SeriousFinding]:
        if lang not in self.worded:
            self.worded[lang] = proofs.serious_findings_of(self.number, self.version, lang, self.viewer)
        return self.worded[lang]

    def texts(self) -> list[str]:
        """The sentences as shown now, in order."""
        return [self.labels[item.keys].text() for item in self.items if item.keys in self.labels]

    def all_ticked(self) -> bool:
        return all(box.isChecked() for box in self.boxes.values())

    def open_count(self) -> int:
        """How many findings are not yet ticked."""
        return sum(not box.isChecked() for box in self.boxes.values())

    def keys(self) -> list[str]:
        """The keys of the findings ticked, for :func:`approvals.record_approval`."""
        return [key for keys, box in self.boxes.items() if box.isChecked() for key in keys]
