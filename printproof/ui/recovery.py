"""The owner's recovery code: shown once (to print and keep), and used to get back in after a lock-out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..services.admin import staff
from ..workers.tasks import run_task
from .widgets import palette
from .widgets.common import RowCheckBox, big_button, hint, message_line, show_message, title


class RecoveryCodeDialog(QDialog):
    """Shows the owner's recovery code once; it closes only after the owner says it is kept safe."""

    def __init__(
        self, shop_name: str, owner: str, code: str, parent: QWidget | None = None, renewed: bool = False
    ) -> None:
        super().__init__(parent)
        self.shop_name, self.owner, self.code = shop_name, owner, code
        self.setWindowTitle(self.tr("The owner's recovery code"))
        # As wide as its title in the window manager's bar (bold there, with buttons beside it): it was cut.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.windowTitle()) * 5 // 4 + 140)
        layout = QVBoxLayout(self)
        layout.addWidget(title(self.tr("Keep this code safe")))
        if renewed:
            layout.addWidget(
                hint(
                    self.tr(
                        "Your printed recovery code can no longer set a PIN (it was made before your current key). "
                        "This new code replaces it; destroy the old sheet."
                    )
                )
            )
        layout.addWidget(
            hint(
                self.tr(
                    "If the owner forgets the PIN or is locked out, this code lets them back in. It is shown "
                    "only now: print it or write it down, and keep it away from the counter."
                )
            )
        )
        shown = QLabel(code)
        font = QFont("DejaVu Sans Mono")
        font.setPointSizeF(22)
        font.setBold(True)
        shown.setFont(font)
        shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setStyleSheet(
            f"background: white; border: 1px solid {palette.LINE_STRONG}; border-radius: 6px; padding: 14px;"
        )
        layout.addWidget(shown)
        self.kept = RowCheckBox(self.tr("I have printed or written down the code"))
        layout.addWidget(self.kept)
        buttons = QDialogButtonBox()
        self.print_button = big_button(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_code)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.done_button = big_button(self.tr("Done"), primary=True)
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self.accept)
        buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(buttons)
        self.kept.toggled.connect(self.done_button.setEnabled)

    def reject(self) -> None:  # Esc or ✕ cannot skip it: the code is never shown again
        if self.kept.isChecked():
            super().reject()

    def print_code(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Recovery code"))
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setHtml(
            "<h2>{}</h2><p>{}</p><p style='font-size:24pt; font-family:monospace'><b>{}</b></p><p>{}</p>".format(
                self.shop_name,
                self.tr("Recovery code of the owner {owner}").format(owner=self.owner),
                self.code,
                self.tr("Keep this sheet away from the counter. A new code (Settings) makes this one invalid."),
            )
        )
        painter = QPainter(printer)
        document.drawContents(painter)
        painter.end()
        self.kept.setChecked(True)


class UnlockDialog(QDialog):
    """Back in with the owner's recovery code: lifts a lock-out and, if wanted, sets a new PIN."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setWindowTitle(self.tr("Unlock with the recovery code"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("The owner's printed recovery code unlocks {name}.").format(name=name)))
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.new_pin = QLineEdit()
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin.setPlaceholderText(self.tr("leave empty to keep the PIN"))
        form.addRow(self.tr("Recovery code"), self.code)
        form.addRow(self.tr("New PIN (optional)"), self.new_pin)
        layout.addLayout(form)
        self.message = message_line()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Unlock"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._unlock)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _unlock(self) -> None:
        if not self.ok.isEnabled():
            return
        name, code, pin = self.name, self.code.text(), self.new_pin.text() or None
        self.ok.setEnabled(False)
        self.message.show_text(self.tr("Checking the code…"), "busy")

        def failed(text: str) -> None:
            self.ok.setEnabled(True)
            show_message(self.message, text)

        run_task(lambda: staff.unlock_with_recovery_code(name, code, pin), lambda _r: self.accept(), failed)
