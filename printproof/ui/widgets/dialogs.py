"""Small dialogs several screens use."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from .common import hint, text_box


class ReasonDialog(QDialog):
    """Ask for a reason in words (voiding an approval): the confirm button stays off until one is written."""

    def __init__(self, heading: str, question: str, confirm: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(heading)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(question))
        self.text = text_box(max_height=140)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(confirm)
        self.ok.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.text.textChanged.connect(lambda: self.ok.setEnabled(bool(self.reason())))
        self.text.setFocus()

    def reason(self) -> str:
        return self.text.toPlainText().strip()
