"""Switch a proof viewer between a side's simulated press colours and its colour warning page (paired by the
proof's page labels: :func:`~printproof.domain.texts.colour_warning_pages`)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QWidget

from ...domain.texts import colour_warning_pages
from . import palette
from .common import small_button


class ColourToggle(QWidget):
    """Two buttons: "Press colours" and "Colour warning", for the viewer's current side."""

    def __init__(self, viewer, parent: QWidget | None = None) -> None:  # noqa: ANN001 (ProofViewer)
        super().__init__(parent)
        self.viewer = viewer
        self.pairs: dict[int, int] = {}
        self.warnings: set[int] = set()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.simulated = small_button(self.tr("Press colours"))
        self.simulated.setToolTip(self.tr("The side as the press prints it (simulated through the press profile)"))
        self.marked = small_button(self.tr("Colour warning"))
        self.marked.setToolTip(self.tr("Hatched: colours that print visibly different from the screen"))
        group = QButtonGroup(self)
        for button in (self.simulated, self.marked):
            button.setCheckable(True)
            button.setStyleSheet(f"QPushButton:checked {{ background: {palette.PRIMARY}; color: white; }}")
            group.addButton(button)
            layout.addWidget(button)
        self.simulated.clicked.connect(lambda: self._show(marked=False))
        self.marked.clicked.connect(lambda: self._show(marked=True))
        self.refresh()

    def set_texts(self, simulated: str, simulated_tip: str, marked: str, marked_tip: str) -> None:
        """Speak another language than the workstation's (the customer's screen)."""
        self.simulated.setText(simulated)
        self.simulated.setToolTip(simulated_tip)
        self.marked.setText(marked)
        self.marked.setToolTip(marked_tip)

    def refresh(self) -> None:
        """Re-read the page labels of the loaded proof and follow the current page."""
        document = self.viewer.document
        labels = [document.pageLabel(i) for i in range(document.pageCount())]
        found = colour_warning_pages(labels)
        self.pairs = {**found, **{warning: side for side, warning in found.items()}}
        self.warnings = set(found.values())
        self.follow()

    def follow(self) -> None:
        """Show the buttons only on a side that has a colour warning page, checked as the page shown."""
        page = self.viewer.current_page()
        has = page in self.pairs
        self.setVisible(has)
        if has:
            (self.marked if page in self.warnings else self.simulated).setChecked(True)

    def _show(self, marked: bool) -> None:
        page = self.viewer.current_page()
        if page in self.pairs and (page in self.warnings) != marked:
            self.viewer.go(self.pairs[page])
        self.follow()
