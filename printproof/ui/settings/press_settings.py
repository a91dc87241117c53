"""Settings (owner): the press the proofs simulate — its ICC profile, the rendering intent for RGB,
black-point compensation and the total ink limit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.settings import definition
from ...services.artwork import press
from ..widgets.common import hint, message_line, show_message, small_button
from ..widgets.setting_fields import field_for

if TYPE_CHECKING:
    from ..session import Session


class PressSettings(QWidget):
    """The press profile and how colours are converted to it; saved with the other settings.

    A settings page like the others: fields at their natural height from the top, numbers short.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        outer = QVBoxLayout(self)
        outer.addWidget(hint(self.tr("The press the proofs simulate")))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        profile_row = QHBoxLayout()
        self.profile = QLabel()
        self.profile.setWordWrap(True)
        install = small_button(self.tr("Install ICC profile…"))
        install.clicked.connect(self._choose_profile)
        self.default_button = small_button(self.tr("Use FOGRA39"))
        self.default_button.setToolTip(self.tr("The shipped profile for offset on coated paper"))
        self.default_button.clicked.connect(self._use_default)
        profile_row.addWidget(self.profile, 1)
        profile_row.addWidget(install)
        profile_row.addWidget(self.default_button)
        self.intent = field_for(definition("press.intent"))
        self.bpc = field_for(definition("press.bpc"))
        self.ink_limit = field_for(definition("press.ink_limit"))
        self.ink_limit.setSingleStep(10)
        form.addRow(definition("press.profile_sha256").title(), profile_row)
        form.addRow(definition("press.intent").title(), self.intent)
        form.addRow("", self.bpc)
        form.addRow(definition("press.ink_limit").title(), self.ink_limit)
        outer.addLayout(form)
        self.message = message_line()
        outer.addWidget(self.message)
        outer.addStretch()
        self.setMaximumWidth(1100)

    def load(self, values: dict[str, Any]) -> None:
        self.profile.setText(press.press_setup().name)
        self.default_button.setEnabled(bool(values["press.profile_sha256"]))
        self.intent.setCurrentIndex(max(0, self.intent.findData(values["press.intent"])))
        self.bpc.setChecked(bool(values["press.bpc"]))
        self.ink_limit.setValue(int(values["press.ink_limit"]))
        show_message(self.message, "")

    def changes(self) -> dict[str, Any]:
        """The settings as shown, for :func:`setup.change_settings`."""
        return {
            "press.intent": self.intent.currentData(),
            "press.bpc": self.bpc.isChecked(),
            "press.ink_limit": self.ink_limit.value(),
        }

    def _choose_profile(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Press profile"), str(Path.home()), self.tr("ICC profiles (*.icc *.icm)")
        )
        if name:
            self.install(Path(name))

    def install(self, path: Path) -> None:
        from ...services.artwork.artwork import read_file

        try:
            name = press.install_press_profile(self.session.current, path.name, read_file(path))
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self.profile.setText(name)
        self.default_button.setEnabled(True)
        show_message(self.message, self.tr("New proofs simulate {name}.").format(name=name), ok=True)

    def _use_default(self) -> None:
        try:
            press.use_default_profile(self.session.current)
        except UserError as exc:
            show_message(self.message, str(exc))
            return
        self.profile.setText(press.press_setup().name)
        self.default_button.setEnabled(False)
