"""Settings (owner): the shop's mail server, for telling customers that their order is ready."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from .common import hint


class MailSettings(QWidget):
    """Server, port, encryption, user, password and sender; saved with the other settings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addWidget(hint(self.tr("E-mails to customers (an order is ready) go through the shop's mail server.")))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. smtp.example.de"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        self.security.addItem(self.tr("STARTTLS (port 587)"), "starttls")
        self.security.addItem(self.tr("SSL/TLS (port 465)"), "ssl")
        self.security.addItem(self.tr("None (only inside the shop's network)"), "none")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender = QLineEdit()
        self.sender.setPlaceholderText(self.tr("e.g. theke@druckerei.de"))
        self.notice = QCheckBox(self.tr("Offer to tell the customer when an order is ready"))
        form.addRow(self.tr("Mail server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Encryption"), self.security)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Sender address"), self.sender)
        form.addRow("", self.notice)
        outer.addLayout(form)
        outer.addStretch()
        self.setMaximumWidth(1100)

    def load(self, values: dict[str, Any]) -> None:
        self.host.setText(str(values["smtp.host"]))
        self.port.setValue(int(values["smtp.port"]))
        self.security.setCurrentIndex(max(0, self.security.findData(values["smtp.security"])))
        self.user.setText(str(values["smtp.user"]))
        self.password.setText(str(values["smtp.password"]))
        self.sender.setText(str(values["smtp.sender"]))
        self.notice.setChecked(bool(values["mail.ready_notice"]))

    def changes(self) -> dict[str, Any]:
        """The settings as shown, for :func:`shop.change_settings`."""
        return {
            "smtp.host": self.host.text().strip(),
            "smtp.port": self.port.value(),
            "smtp.security": self.security.currentData(),
            "smtp.user": self.user.text().strip(),
            "smtp.password": self.password.text(),
            "smtp.sender": self.sender.text().strip(),
            "mail.ready_notice": self.notice.isChecked(),
        }
